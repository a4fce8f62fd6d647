// ESLint's `stylish` look, with a Chinese summary and CJK-aware alignment.

import type { LintResult, Severity } from '../../engine/types.js';
import { LineIndex } from '../../engine/text/positions.js';
import { messageWithArticles, skippedMessage } from './message.js';
import { relativePath, sortFindings, spanOf, sumCounts } from './shared.js';
import type { FormatContext, Formatter } from './types.js';
import { displayWidth, padEndDisplay } from './width.js';

type Paint = (s: string) => string;

interface Palette {
  bold: Paint;
  dim: Paint;
  underline: Paint;
  red: Paint;
  yellow: Paint;
  cyan: Paint;
}

function ansi(open: number, close: number): Paint {
  return (s) => `\u001b[${open}m${s}\u001b[${close}m`;
}

const identity: Paint = (s) => s;

function palette(color: boolean): Palette {
  if (!color) return { bold: identity, dim: identity, underline: identity, red: identity, yellow: identity, cyan: identity };
  return {
    bold: ansi(1, 22),
    dim: ansi(2, 22),
    underline: ansi(4, 24),
    red: ansi(31, 39),
    yellow: ansi(33, 39),
    cyan: ansi(36, 39),
  };
}

/** One line per message: newlines and tabs would break the columns, control characters the terminal. */
function singleLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

interface Row {
  line: string;
  column: string;
  severity: Severity;
  message: string;
  ruleId: string;
}

function rowsOf(result: LintResult): Row[] {
  const rows: Row[] = [];
  if (result.skipped !== undefined) {
    rows.push({ line: '1', column: '1', severity: 'warning', message: singleLine(skippedMessage(result.skipped)), ruleId: '' });
  }
  // Word, PDF, images: not a line of the file but a paragraph, page and line, or box (see readers/).
  if (result.notice !== undefined) rows.push({ line: '', column: '', severity: 'info', message: singleLine(result.notice), ruleId: '' });
  const index = new LineIndex(result.source);
  for (const f of sortFindings(result.findings)) {
    const { line, column } = spanOf(index, f.start, f.end);
    const place = result.extracted && f.location ? f.location.label : undefined;
    rows.push({
      line: place ?? String(line),
      column: place === undefined ? String(column) : '',
      severity: f.severity,
      message: singleLine(messageWithArticles(f)),
      ruleId: f.ruleId,
    });
  }
  return rows;
}

function fileBlock(result: LintResult, rows: Row[], ctx: FormatContext, p: Palette): string {
  const lineWidth = Math.max(...rows.map((r) => (r.column === '' ? 0 : r.line.length)));
  const places = rows.map((r) => (r.column === '' ? r.line : `${r.line.padStart(lineWidth)}:${r.column}`));
  const placeWidth = Math.max(...places.map(displayWidth));
  const severityWidth = Math.max(...rows.map((r) => r.severity.length));
  const messageWidth = Math.max(...rows.map((r) => displayWidth(r.message)));
  const lines = rows.map((r, i) => {
    const position = p.dim(places[i]) + ' '.repeat(placeWidth - displayWidth(places[i]));
    const paintSeverity = r.severity === 'error' ? p.red : r.severity === 'warning' ? p.yellow : p.cyan;
    const severity = paintSeverity(r.severity) + ' '.repeat(severityWidth - r.severity.length);
    const cells = [`  ${position}`, severity];
    if (r.ruleId === '') cells.push(r.message);
    else cells.push(padEndDisplay(r.message, messageWidth), p.dim(r.ruleId));
    return cells.join('  ');
  });
  return `${p.underline(relativePath(result.filePath, ctx.cwd))}\n${lines.join('\n')}\n`;
}

export const stylish: Formatter = (results, ctx) => {
  const p = palette(ctx.color);
  const blocks: string[] = [];
  for (const result of results) {
    const rows = rowsOf(result);
    if (rows.length > 0) blocks.push(fileBlock(result, rows, ctx, p));
  }
  const c = sumCounts(results);
  const problems = c.errorCount + c.warningCount;
  const summary: string[] = [];
  if (problems > 0) {
    const paint: Paint = (s) => p.bold((c.errorCount > 0 ? p.red : p.yellow)(s));
    summary.push(paint(`✖ ${problems} 个问题（${c.errorCount} 个错误，${c.warningCount} 个警告）`));
    const fixable: string[] = [];
    if (c.fixableErrorCount > 0) fixable.push(`${c.fixableErrorCount} 个错误`);
    if (c.fixableWarningCount > 0) fixable.push(`${c.fixableWarningCount} 个警告`);
    if (fixable.length > 0) summary.push(paint(`  其中 ${fixable.join('和 ')}可用 --fix 自动修复`));
    if (c.infoCount > 0) summary.push(p.cyan(`  另有 ${c.infoCount} 条提示`));
  } else if (c.infoCount > 0) {
    summary.push(p.bold(p.cyan(`ℹ ${c.infoCount} 条提示`)));
  }
  if (ctx.maxWarningsExceeded) {
    const limit = ctx.maxWarnings === undefined ? '设定的上限' : `上限 ${ctx.maxWarnings} 条`;
    summary.push(p.bold(p.red(`✖ 警告 ${c.warningCount} 条，超过 --max-warnings ${limit}`)));
  }
  if (blocks.length === 0 && summary.length === 0) return '';
  return `\n${blocks.map((b) => `${b}\n`).join('')}${summary.map((s) => `${s}\n`).join('')}`;
};
