// A Markdown summary of a run: totals, a table per article and per rule, and the
// files with the most findings. GitHub shows it on the run's page when it is
// appended to $GITHUB_STEP_SUMMARY (done for -f github); -f markdown prints it.
import { appendFileSync } from 'node:fs';
import type { LintResult } from '../../engine/types.js';
import { ruleDocUrl } from './links.js';
import { relativePosixPath, sourceRoot, sumCounts } from './shared.js';
import { ranked, ruleTitle, tally, total } from './tally.js';
import type { FormatContext, Formatter } from './types.js';

/** Rows of the files table; the rest are counted in one closing line. */
const MAX_FILE_ROWS = 30;

/** Text for a Markdown table cell: no pipes or line breaks that would break the row. */
export function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

export interface SummaryOptions {
  /** Findings that were not shown as annotations, when -f github had to cap them. */
  notAnnotated?: number;
}

export function markdownSummary(results: LintResult[], ctx: FormatContext, opts: SummaryOptions = {}): string {
  const counts = sumCounts(results);
  const { byArticle, byRule, byFile } = tally(results);
  const withFindings = [...byFile.values()].filter((t) => total(t) > 0).length;
  const lines: string[] = [];
  const head = `policylint：检查了 ${results.length} 个文件，${withFindings} 个文件有问题`;
  if (counts.errorCount + counts.warningCount + counts.infoCount === 0) {
    lines.push(`## ✅ ${head}`, '', '没有发现问题。', '');
    return lines.join('\n');
  }
  lines.push(
    `## ${counts.errorCount > 0 ? '❌' : '⚠️'} ${head}`,
    '',
    `错误 **${counts.errorCount}** 个，警告 **${counts.warningCount}** 个，提示 **${counts.infoCount}** 个（其中 ${counts.fixableErrorCount + counts.fixableWarningCount} 个可用 \`--fix\` 自动修复）。`,
    '',
  );
  if (opts.notAnnotated) {
    lines.push(`> GitHub 每个步骤每类最多显示 10 条注释，另有 ${opts.notAnnotated} 条问题没有标注在文件上；下表和步骤日志列出了全部问题。`, '');
  }

  lines.push('### 按条款', '', '| 条款 | 错误 | 警告 | 提示 | 涉及规则 |', '|---|---:|---:|---:|---|');
  for (const [article, t] of ranked(byArticle)) {
    lines.push(`| ${cell(article)} | ${t.error} | ${t.warning} | ${t.info} | ${[...t.related].sort().map(code).join(' ')} |`);
  }
  lines.push('', '### 按规则', '', '| 规则 | 说明 | 错误 | 警告 | 提示 | 文件数 | 条款 |', '|---|---|---:|---:|---:|---:|---|');
  for (const [id, t] of ranked(byRule)) {
    const url = ruleDocUrl(id, ctx.rules.get(id));
    const name = url ? `[${code(id)}](${url})` : code(id);
    lines.push(`| ${name} | ${cell(ruleTitle(id, ctx.rules))} | ${t.error} | ${t.warning} | ${t.info} | ${t.files.size} | ${cell([...t.related].join('、'))} |`);
  }
  const files = ranked(byFile).filter(([, t]) => total(t) > 0);
  const root = ctx.srcRoot ?? sourceRoot(ctx.cwd);
  lines.push('', '### 按文件', '', '| 文件 | 错误 | 警告 | 提示 |', '|---|---:|---:|---:|');
  for (const [file, t] of files.slice(0, MAX_FILE_ROWS)) {
    lines.push(`| ${cell(relativePosixPath(file, root))} | ${t.error} | ${t.warning} | ${t.info} |`);
  }
  if (files.length > MAX_FILE_ROWS) lines.push('', `另有 ${files.length - MAX_FILE_ROWS} 个文件有问题，未在表中列出。`);
  lines.push('');
  return lines.join('\n');
}

export const markdown: Formatter = (results, ctx) => markdownSummary(results, ctx);

/**
 * Appends the summary to $GITHUB_STEP_SUMMARY when GitHub Actions set it; a
 * failure to write is reported and does not change the run's outcome.
 */
export function appendStepSummary(
  results: LintResult[],
  ctx: FormatContext,
  env: Record<string, string | undefined>,
  warn: (s: string) => void,
  opts: SummaryOptions = {},
): void {
  const target = env.GITHUB_STEP_SUMMARY;
  if (!target) return;
  try {
    appendFileSync(target, `${markdownSummary(results, ctx, opts)}\n`);
  } catch (e) {
    warn(`policylint: 无法写入 GITHUB_STEP_SUMMARY（${target}）：${(e as Error).message}\n`);
  }
}
