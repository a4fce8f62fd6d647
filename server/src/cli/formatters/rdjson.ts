// reviewdog's Diagnostic Format (reviewdog -f=rdjson): columns are 1-based
// UTF-8 byte counts, as reviewdog requires, not UTF-16 units; fixes and
// suggestions become `suggestions` that reviewdog posts as suggested changes.
import type { Severity } from '../../engine/types.js';
import { proposedFixes } from './fixes.js';
import { LineIndex } from '../../engine/text/positions.js';
import { ruleDocUrl } from './links.js';
import { messageWithArticles, skippedMessage } from './message.js';
import { relativePosixPath, sortFindings } from './shared.js';
import type { Formatter } from './types.js';

const SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

interface Position {
  line: number;
  column: number;
}

interface Range {
  start: Position;
  end: Position;
}

/** Line and UTF-8 byte column (both 1-based) of a UTF-16 offset. */
function bytePosition(index: LineIndex, source: string, offset: number): Position {
  const { line, column } = index.position(offset);
  const o = index.offset(line, column);
  return { line, column: Buffer.byteLength(source.slice(o - (column - 1), o), 'utf8') + 1 };
}

function rangeOf(index: LineIndex, source: string, start: number, end: number): Range {
  return { start: bytePosition(index, source, start), end: bytePosition(index, source, Math.max(start, end)) };
}

export const rdjson: Formatter = (results, ctx) => {
  const diagnostics: unknown[] = [];
  for (const result of results) {
    const path = relativePosixPath(result.filePath, ctx.cwd);
    if (result.skipped !== undefined) {
      diagnostics.push({ message: skippedMessage(result.skipped), location: { path }, severity: 'WARNING', source: { name: 'policylint' } });
    }
    const index = new LineIndex(result.source);
    for (const f of sortFindings(result.findings)) {
      const fixes = proposedFixes(f);
      const url = ruleDocUrl(f.ruleId, ctx.rules.get(f.ruleId));
      diagnostics.push({
        message: messageWithArticles(f),
        location: { path, range: rangeOf(index, result.source, f.start, f.end) },
        severity: SEVERITY[f.severity],
        source: { name: 'policylint' },
        code: url ? { value: f.ruleId, url } : { value: f.ruleId },
        ...(fixes.length > 0
          ? { suggestions: fixes.map((x) => ({ range: rangeOf(index, result.source, x.range[0], x.range[1]), text: x.text })) }
          : {}),
      });
    }
  }
  return JSON.stringify({ source: { name: 'policylint', url: 'https://github.com/policylint/policylint' }, diagnostics }, null, 2);
};
