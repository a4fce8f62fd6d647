// Findings as LSP diagnostics: the rule id is the code and links to the
// rule's documentation; the articles end the message.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, RuleMeta } from '../engine/types.js';
import type { LintOutcome } from './linter.js';

export const SOURCE = 'policylint';
export const DOCS_BASE = 'https://github.com/policylint/policylint/blob/main/docs/rules/';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

// Both made once per rule, not per finding at every keystroke.
const urls = new Map<string, string>();
const suffixes = new WeakMap<string[], string>();

export function docsUrl(ruleId: string): string {
  let url = urls.get(ruleId);
  if (url === undefined) {
    url = `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
    if (urls.size < 10_000) urls.set(ruleId, url);
  }
  return url;
}

/** By the articles list (a rule's own, shared by its findings). */
export function articlesSuffix(articles: string[]): string {
  if (!articles.length) return '';
  let suffix = suffixes.get(articles);
  if (suffix === undefined) suffixes.set(articles, (suffix = `〔${[...new Set(articles)].join('、')}〕`));
  return suffix;
}

export interface DiagnosticData {
  /** Index of the finding in the cached lint result of this document version. */
  index: number;
  version: number;
}

export function toDiagnostic(doc: TextDocument, f: Finding, index: number, meta: RuleMeta | undefined): Diagnostic {
  const d: Diagnostic = {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(Math.max(f.end, f.start)) },
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: docsUrl(f.ruleId) },
    source: SOURCE,
    message: f.message + articlesSuffix(f.articles),
    data: { index, version: doc.version } satisfies DiagnosticData,
  };
  if (f.ruleId === 'unused-directive') d.tags = [DiagnosticTag.Unnecessary];
  if (f.related) {
    d.relatedInformation = [
      { location: { uri: doc.uri, range: d.range }, message: meta ? `${f.related}（${meta.title}）` : f.related },
    ];
  }
  return d;
}

/** All findings of a lint outcome as diagnostics of the document. */
export function toDiagnostics(doc: TextDocument, outcome: Pick<LintOutcome, 'findings' | 'meta'>): Diagnostic[] {
  return outcome.findings.map((f, i) => toDiagnostic(doc, f, i, outcome.meta.get(f.ruleId)));
}
