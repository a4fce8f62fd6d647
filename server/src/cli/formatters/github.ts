// GitHub Actions workflow commands: one annotation per finding, at most
// ANNOTATIONS_PER_KIND of each kind (GitHub shows no more per step and drops the
// rest silently). Findings over the cap are printed as plain log lines and one
// notice says how many there are; the step summary lists them all.

import type { LintResult, Severity } from '../../engine/types.js';
import { LineIndex } from '../../engine/text/positions.js';
import { messageWithArticles, skippedMessage } from './message.js';
import { relativePosixPath, sortFindings, sourceRoot, spanOf } from './shared.js';
import { appendStepSummary } from './summary.js';
import type { FormatContext, Formatter } from './types.js';

/** GitHub displays at most 10 error, 10 warning and 10 notice annotations per step. */
export const ANNOTATIONS_PER_KIND = 10;

type Kind = 'error' | 'warning' | 'notice';
const COMMAND: Record<Severity, Kind> = { error: 'error', warning: 'warning', info: 'notice' };
const LABEL: Record<Kind, string> = { error: '错误', warning: '警告', notice: '提示' };

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
  return `::${name}${p ? ` ${p}` : ''}::${escapeData(message)}`;
}

interface Entry {
  kind: Kind;
  file: string;
  props: [string, string | number][];
  message: string;
  /** `file:line:col`, for the plain log line when it is not annotated. */
  where: string;
  ruleId?: string;
}

function entriesOf(results: LintResult[], ctx: FormatContext): Entry[] {
  const entries: Entry[] = [];
  // GitHub places annotations by path from the repository root, wherever policylint ran.
  const root = ctx.srcRoot ?? sourceRoot(ctx.cwd);
  for (const result of results) {
    const file = relativePosixPath(result.filePath, root);
    if (result.skipped !== undefined) {
      entries.push({ kind: 'warning', file, props: [['file', file], ['title', 'policylint']], message: skippedMessage(result.skipped), where: file });
    }
    const index = new LineIndex(result.source);
    for (const f of sortFindings(result.findings)) {
      const s = spanOf(index, f.start, f.end);
      entries.push({
        kind: COMMAND[f.severity],
        file,
        props: [['file', file], ['line', s.line], ['col', s.column], ['endLine', s.endLine], ['endColumn', s.endColumn], ['title', f.ruleId]],
        message: messageWithArticles(f),
        where: `${file}:${s.line}:${s.column}`,
        ruleId: f.ruleId,
      });
    }
  }
  return entries;
}

interface Plan {
  annotated: Entry[];
  rest: Entry[];
}

function plan(entries: Entry[]): Plan {
  const count: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  for (const e of entries) count[e.kind]++;
  const overflow = count.error > ANNOTATIONS_PER_KIND || count.warning > ANNOTATIONS_PER_KIND || count.notice > ANNOTATIONS_PER_KIND;
  // The "N more" notice takes one notice slot.
  const limit: Record<Kind, number> = {
    error: ANNOTATIONS_PER_KIND,
    warning: ANNOTATIONS_PER_KIND,
    notice: overflow ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND,
  };
  const shown: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  const annotated: Entry[] = [];
  const rest: Entry[] = [];
  for (const e of entries) {
    if (shown[e.kind] < limit[e.kind]) {
      shown[e.kind]++;
      annotated.push(e);
    } else rest.push(e);
  }
  return { annotated, rest };
}

export const github: Formatter = (results, ctx) => {
  const { annotated, rest } = plan(entriesOf(results, ctx));
  const lines = annotated.map((e) => command(e.kind, e.props, e.message));
  if (rest.length > 0) {
    lines.push(`policylint：以下 ${rest.length} 条问题超出了 GitHub 每个步骤每类 ${ANNOTATIONS_PER_KIND} 条注释的上限，只在日志中列出：`);
    for (const e of rest) lines.push(`  ${e.where}  ${LABEL[e.kind]}  ${e.message}${e.ruleId ? `  (${e.ruleId})` : ''}`);
    const byKind = (['error', 'warning', 'notice'] as Kind[])
      .map((k) => [k, rest.filter((e) => e.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} 个${LABEL[k]}`)
      .join('、');
    lines.push(
      command('notice', [['title', 'policylint']], `另有 ${byKind}未显示为注释（GitHub 每个步骤每类最多显示 ${ANNOTATIONS_PER_KIND} 条）。完整列表见步骤日志和任务摘要。`),
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

/** -f github also writes the run's summary to $GITHUB_STEP_SUMMARY, noting what the annotations left out. */
export function writeGithubStepSummary(results: LintResult[], ctx: FormatContext, env: Record<string, string | undefined>, warn: (s: string) => void): void {
  appendStepSummary(results, ctx, env, warn, { notAnnotated: plan(entriesOf(results, ctx)).rest.length });
}
