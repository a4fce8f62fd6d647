// Quick fixes for findings (each rewording its own action, the preferred one
// marked), "disable for this line" (for the whole document when the finding
// is about the whole document), and `source.fixAll.policylint`, which runs the
// engine's own fixer on the current text and sends the difference.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diffChars } from 'diff';
import { fixText } from '../engine/index.js';
import { readFrontMatter } from '../engine/document/front-matter.js';
import type { Finding, Fix } from '../engine/types.js';
import { SOURCE, type DiagnosticData } from './diagnostics.js';
import type { LintOutcome } from './linter.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policylint`;

function edit(doc: TextDocument, fix: Fix): TextEdit {
  return { range: { start: doc.positionAt(fix.range[0]), end: doc.positionAt(fix.range[1]) }, newText: fix.text };
}

/** How edits are sent: versioned (the editor refuses them once the document has changed) when the client can. */
export interface EditOptions {
  versioned: boolean;
}

function workspaceEdit(doc: TextDocument, edits: TextEdit[], options: EditOptions): WorkspaceEdit {
  if (options.versioned) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  return { changes: { [doc.uri]: edits } };
}

function action(doc: TextDocument, title: string, fixes: Fix[], diagnostic: Diagnostic, options: EditOptions, preferred = false): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred || undefined,
    edit: workspaceEdit(doc, fixes.map((f) => edit(doc, f)), options),
  };
}

/**
 * Non-overlapping edits, in document order, that turn `before` into `after`: each inserted disclosure
 * is its own edit. A diff too large to compute quickly becomes the one edit of the changed middle.
 */
export function diffEdits(doc: TextDocument, before: string, after: string): TextEdit[] {
  const changes = diffChars(before, after, { timeout: 200 });
  if (!changes) return [minimalEdit(doc, before, after)];
  const edits: TextEdit[] = [];
  let at = 0;
  let pending: { start: number; end: number; text: string } | undefined;
  const flush = () => {
    if (pending) edits.push({ range: { start: doc.positionAt(pending.start), end: doc.positionAt(pending.end) }, newText: pending.text });
    pending = undefined;
  };
  for (const c of changes) {
    if (!c.added && !c.removed) {
      flush();
      at += c.value.length;
      continue;
    }
    pending ??= { start: at, end: at, text: '' };
    if (c.removed) {
      at += c.value.length;
      pending.end = at;
    } else pending.text += c.value;
  }
  flush();
  return edits;
}

/** The one edit that turns `before` into `after`: the changed middle. */
export function minimalEdit(doc: TextDocument, before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  return { range: { start: doc.positionAt(start), end: doc.positionAt(endB) }, newText: after.slice(start, endA) };
}

function findingFor(outcome: LintOutcome, d: Diagnostic): Finding | undefined {
  const data = d.data as DiagnosticData | undefined;
  if (data && data.version === outcome.version) return outcome.findings[data.index];
  return outcome.findings.find((f) => f.ruleId === d.code && f.message.startsWith(String(d.message).replace(/〔[^〕]*〕$/, '')));
}

function disable(doc: TextDocument, f: Finding, d: Diagnostic, options: EditOptions): CodeAction | null {
  if (f.ruleId === 'kind-unknown' || f.ruleId === 'kind-inferred' || f.ruleId === 'front-matter' || f.ruleId === 'unused-directive') return null;
  if (f.scope === 'document') {
    // Missing from the whole document: a line directive would name a line that has nothing to do with it.
    const at = readFrontMatter(doc.getText())?.end ?? 0;
    return action(doc, `在本文档中停用规则 ${f.ruleId}`, [{ range: [at, at], text: `<!-- policylint-disable ${f.ruleId} -->\n` }], d, options);
  }
  const line = doc.positionAt(f.start).line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)![0];
  const at = doc.offsetAt({ line, character: 0 });
  return action(doc, `在此行停用规则 ${f.ruleId}`, [{ range: [at, at], text: `${indent}<!-- policylint-disable-next-line ${f.ruleId} -->\n` }], d, options);
}

export const ADD_WORD = 'policylint.server.addWord';

/** "Add to workspace dictionary" (a server command) and "ignore in this document" (a directive). */
function spellingActions(doc: TextDocument, f: Finding, d: Diagnostic, outcome: LintOutcome, options: EditOptions): CodeAction[] {
  const text = doc.getText();
  const word = text.slice(f.start, f.end);
  const actions: CodeAction[] = [];
  if (outcome.config) {
    actions.push({
      title: `将“${word}”添加到工作区词典`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: '添加到工作区词典', command: ADD_WORD, arguments: [outcome.config.dictionaryFile, word] },
    });
  }
  const existing = /<!--\s*policylint-words\s+([\s\S]*?)-->/.exec(text);
  let fix: Fix;
  if (existing) {
    const at = existing.index + existing[0].length - 3;
    fix = { range: [at, at], text: `${/\s$/.test(text.slice(0, at)) ? '' : ' '}${word} ` };
  } else {
    const fm = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
    const at = fm ? fm[0].length : 0;
    fix = { range: [at, at], text: `<!-- policylint-words ${word} -->\n` };
  }
  actions.push(action(doc, `在本文档中忽略“${word}”`, [fix], d, options));
  return actions;
}

export function codeActions(doc: TextDocument, outcome: LintOutcome, params: CodeActionParams, fixAll: () => string, options: EditOptions = { versioned: false }): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      if (d.source !== SOURCE) continue;
      const f = findingFor(outcome, d);
      if (!f) continue;
      const suggestions = f.suggestions ?? [];
      for (const s of suggestions) out.push(action(doc, s.desc, [s.fix], d, options, s.preferred));
      const sameAsSuggestion = f.fix && suggestions.some((s) => s.fix.range[0] === f.fix!.range[0] && s.fix.range[1] === f.fix!.range[1] && s.fix.text === f.fix!.text);
      if (f.fix && !sameAsSuggestion) out.push(action(doc, f.fix.text ? `修复：${f.fix.text.trim().slice(0, 40)}` : '修复：删除', [f.fix], d, options, !suggestions.length));
      if (f.ruleId === 'english-spelling') out.push(...spellingActions(doc, f, d, outcome, options));
      const off = disable(doc, f, d, options);
      if (off) out.push(off);
    }
  }
  if (wants(FIX_ALL_KIND) && outcome.findings.some((f) => f.fix)) {
    const before = doc.getText();
    const after = fixAll();
    if (after !== before) {
      out.push({ title: '修复所有可安全修复的问题（policylint）', kind: FIX_ALL_KIND, edit: workspaceEdit(doc, diffEdits(doc, before, after), options) });
    }
  }
  return out;
}

export function fixAllText(text: string, options: Parameters<typeof fixText>[1]): string {
  return fixText(text, options).output;
}
