// The CI side of a run over files: which files (--diff, --shard), linting
// them (--cache), and which findings are reported (--baseline, --diff).
import { existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { LintResult, RuleMeta } from '../engine/index.js';
import type { CliOptions } from './args.js';
import { applyBaseline, baselineFileOf, countEntries, nextBaseline, readBaseline, staleReport, writeBaseline } from './baseline.js';
import { changedFromPatch, changedLinesOf, changedSince, keepChanged, type ChangedLines } from './diff.js';
import { expandPatterns } from './files.js';
import { lintFilesCached } from './cache.js';
import { lintFiles, type FileJob } from './lint-files.js';
import { shardFiles } from './shard.js';

export interface Selection {
  files: string[];
  changed?: ChangedLines;
}

/** The files to lint: the patterns (the current folder with --diff and none), only changed ones with --diff, this job's share with --shard. */
export function selectFiles(o: CliOptions, cwd: string, readStdin: () => string | Buffer): Selection {
  let changed: ChangedLines | undefined;
  if (o.diff !== undefined) {
    if (o.diff === '-') {
      const raw = readStdin();
      changed = changedFromPatch(typeof raw === 'string' ? raw : raw.toString('utf8'), cwd);
    } else changed = changedSince(o.diff, cwd);
  }
  const patterns = o.patterns.length || !changed ? o.patterns : ['.'];
  let files = expandPatterns(patterns, cwd);
  if (changed) files = files.filter((f) => changedLinesOf(changed, f) !== undefined);
  if (o.shard) files = shardFiles(files, o.shard, cwd);
  return { files, changed };
}

export async function lintSelected(
  files: string[],
  job: FileJob,
  meta: Map<string, RuleMeta>,
  onTick: (file: string) => void,
  cwd: string,
  stderr: (s: string) => void,
): Promise<LintResult[]> {
  const { o } = job;
  if (!o.cache || o.fix || o.fixDryRun) return lintFiles(files, job, meta, onTick);
  const { results, stats } = await lintFilesCached(files, job, meta, onTick, cwd, stderr);
  if (process.env.POLICYLINT_DEBUG) stderr(`policylint: 缓存命中 ${stats.hits} 个文件，检查 ${stats.misses} 个文件\n`);
  return results;
}

/** Baseline (written first with --update-baseline / --prune-baseline), then --diff's changed lines. */
export function reportedFindings(results: LintResult[], o: CliOptions, selection: Selection | undefined, cwd: string, stderr: (s: string) => void): LintResult[] {
  let out = results;
  if (o.baseline !== undefined || o.updateBaseline || o.pruneBaseline) {
    const file = baselineFileOf(o.baseline, cwd);
    const dir = dirname(file);
    const shown = relative(cwd, file) || file;
    const writing = o.updateBaseline ? 'update' : o.pruneBaseline ? 'prune' : undefined;
    let baseline = writing === 'update' && !existsSync(file) ? undefined : readBaseline(file);
    if (writing) {
      const before = baseline;
      baseline = nextBaseline(baseline, results, dir, writing);
      writeBaseline(file, baseline);
      if (writing === 'prune' && before) stderr(staleReport(applyBaseline(results, before, dir).stale, shown, true));
      if (writing === 'update') stderr(`policylint: 已把 ${countEntries(baseline)} 个问题写入基线 ${shown}\n`);
    }
    const outcome = applyBaseline(results, baseline!, dir);
    if (!writing) stderr(staleReport(outcome.stale, shown, false));
    out = outcome.results;
  }
  if (selection?.changed) out = keepChanged(out, selection.changed);
  return out;
}
