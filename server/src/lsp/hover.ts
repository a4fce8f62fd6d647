// Hover on a finding: the rule, the articles it enforces, why it matters and
// how to fix it (the rule's own documentation).
import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { articlesSuffix } from './diagnostics.js';
import type { LintOutcome } from './linter.js';

export function hover(doc: TextDocument, outcome: LintOutcome, position: Position): Hover | null {
  const offset = doc.offsetAt(position);
  const hits = outcome.findings.filter((f) => f.start <= offset && offset <= Math.max(f.end, f.start + 1));
  if (!hits.length) return null;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of hits) {
    if (seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const meta = outcome.meta.get(f.ruleId);
    parts.push(
      [
        `**${meta?.title ?? f.ruleId}**（\`${f.ruleId}\`）`,
        f.message + articlesSuffix(f.articles),
        f.articles.length ? `依据：${f.articles.join('、')}` : '',
        meta?.docs.trim() ?? '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    );
  }
  const first = hits[0];
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') },
    range: { start: doc.positionAt(first.start), end: doc.positionAt(first.end) },
  };
}
