// Hover on a finding: the rule's title, a link to its documentation, and why
// it matters and how to fix it. The message and its articles are not repeated:
// the editor shows the diagnostic itself (with its articles) beside the hover.
import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl } from './diagnostics.js';
import type { LintOutcome } from './linter.js';

export function hover(doc: TextDocument, outcome: LintOutcome, position: Position): Hover | null {
  const offset = doc.offsetAt(position);
  const hits = outcome.findings.filter((f) => f.start <= offset && offset <= Math.max(f.end, f.start + 1));
  if (!hits.length) return null;
  const parts: string[] = [];
  for (const ruleId of new Set(hits.map((f) => f.ruleId))) {
    const meta = outcome.meta.get(ruleId);
    const title = `**${meta?.title ?? ruleId}**（[\`${ruleId}\`](${docsUrl(ruleId)})）`;
    parts.push([title, meta?.docs.trim() ?? ''].filter(Boolean).join('\n\n'));
  }
  const first = hits[0];
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') },
    range: { start: doc.positionAt(first.start), end: doc.positionAt(first.end) },
  };
}
