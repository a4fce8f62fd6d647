// Quick fixes for findings (each rewording its own action, the preferred one
// marked), "disable for this line", and `source.fixAll.policylint`, which
// relints the current text and applies the safe fixes until stable.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixText } from '../engine/index.js';
import type { Finding, Fix } from '../engine/types.js';
import { SOURCE, type DiagnosticData } from './diagnostics.js';
import type { LintOutcome } from './linter.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policylint`;

function edit(doc: TextDocument, fix: Fix): TextEdit {
  return { range: { start: doc.positionAt(fix.range[0]), end: doc.positionAt(fix.range[1]) }, newText: fix.text };
}

function action(doc: TextDocument, title: string, fixes: Fix[], diagnostic: Diagnostic, preferred = false): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred || undefined,
    edit: { changes: { [doc.uri]: fixes.map((f) => edit(doc, f)) } },
  };
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

function disableLine(doc: TextDocument, f: Finding, d: Diagnostic): CodeAction | null {
  if (f.ruleId === 'kind-unknown' || f.ruleId === 'front-matter' || f.ruleId === 'unused-directive') return null;
  const line = doc.positionAt(f.start).line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)![0];
  const at = doc.offsetAt({ line, character: 0 });
  return action(doc, `在此行停用规则 ${f.ruleId}`, [{ range: [at, at], text: `${indent}<!-- policylint-disable-next-line ${f.ruleId} -->\n` }], d);
}

export const ADD_WORD = 'policylint.server.addWord';

/** "Add to workspace dictionary" (a server command) and "ignore in this document" (a directive). */
function spellingActions(doc: TextDocument, f: Finding, d: Diagnostic, outcome: LintOutcome): CodeAction[] {
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
  actions.push(action(doc, `在本文档中忽略“${word}”`, [fix], d));
  return actions;
}

export function codeActions(doc: TextDocument, outcome: LintOutcome, params: CodeActionParams, fixAll: () => string): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      if (d.source !== SOURCE) continue;
      const f = findingFor(outcome, d);
      if (!f) continue;
      const suggestions = f.suggestions ?? [];
      for (const s of suggestions) out.push(action(doc, s.desc, [s.fix], d, s.preferred));
      const sameAsSuggestion = f.fix && suggestions.some((s) => s.fix.range[0] === f.fix!.range[0] && s.fix.range[1] === f.fix!.range[1] && s.fix.text === f.fix!.text);
      if (f.fix && !sameAsSuggestion) out.push(action(doc, f.fix.text ? `修复：${f.fix.text.trim().slice(0, 40)}` : '修复：删除', [f.fix], d, !suggestions.length));
      if (f.ruleId === 'english-spelling') out.push(...spellingActions(doc, f, d, outcome));
      const disable = disableLine(doc, f, d);
      if (disable) out.push(disable);
    }
  }
  if (wants(FIX_ALL_KIND) && outcome.findings.some((f) => f.fix)) {
    const before = doc.getText();
    const after = fixAll();
    if (after !== before) {
      out.push({ title: '修复所有可安全修复的问题（policylint）', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: [minimalEdit(doc, before, after)] } } });
    }
  }
  return out;
}

export function fixAllText(text: string, options: Parameters<typeof fixText>[1]): string {
  return fixText(text, options).output;
}
