// GitHub Actions workflow commands: one annotation per finding.

import type { Severity } from '../../engine/types.js';
import { LineIndex } from '../../engine/text/positions.js';
import { messageWithArticles, skippedMessage } from './message.js';
import { relativePosixPath, sortFindings, spanOf } from './shared.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping of a command's message (actions/toolkit escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property values (actions/toolkit escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, props: [string, string | number][], message: string): string {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${name} ${p}::${escapeData(message)}`;
}

export const github: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePosixPath(result.filePath, ctx.cwd);
    if (result.skipped !== undefined) {
      lines.push(command('warning', [['file', file], ['title', 'policylint']], skippedMessage(result.skipped)));
    }
    const index = new LineIndex(result.source);
    for (const f of sortFindings(result.findings)) {
      const s = spanOf(index, f.start, f.end);
      lines.push(
        command(
          COMMAND[f.severity],
          [
            ['file', file],
            ['line', s.line],
            ['col', s.column],
            ['endLine', s.endLine],
            ['endColumn', s.endColumn],
            ['title', f.ruleId],
          ],
          messageWithArticles(f),
        ),
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
