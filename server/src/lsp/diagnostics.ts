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

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}

export function articlesSuffix(articles: string[]): string {
  return articles.length ? `〔${[...new Set(articles)].join('、')}〕` : '';
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
