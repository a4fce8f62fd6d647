// A baseline: findings accepted when policylint was adopted, so a run fails
// only on new ones. Like ESLint's bulk-suppressions file, entries are counts
// per file and key, where the key is the rule, the matched words and a hash
// of the clause around them: edits elsewhere in a file leave them intact,
// and rewording the clause itself makes its findings count as new.
import { nodeCrypto } from '../engine/node-crypto.js';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding, LintResult } from '../engine/index.js';
import { UsageError } from './args.js';

export const DEFAULT_BASELINE = 'policylint-baseline.json';

export interface BaselineEntry {
  rule: string;
  /** The matched words, normalised; for a finding about the whole document, its message. */
  text: string;
  /** Hash of the clause the words sit in; "document" for a finding about the whole document. */
  context: string;
  count: number;
}

export interface Baseline {
  version: 1;
  /** Paths relative to the baseline file's folder, with forward slashes. */
  files: Record<string, BaselineEntry[]>;
}

export interface StaleEntry extends BaselineEntry {
  file: string;
}

export interface BaselineOutcome {
  results: LintResult[];
  /** How many findings the baseline accepted. */
  suppressed: number;
  /** Entries (or parts of their counts) that no finding used. */
  stale: StaleEntry[];
}

/** Width, spacing and emphasis do not matter: full-width letters, spaces, line breaks and Markdown's * _ ` ~ are dropped. */
function normalise(s: string): string {
  return s.normalize('NFKC').replace(/[\s*_`~]+/g, '');
}

/** Ends of sentences and clauses; 、 is not one, so a list stays together. */
const CLAUSE_END = /[。！？!?；;，,：:\n]/;

/** The clause holding [start, end): from the previous clause end to the next. */
function clauseAround(source: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !CLAUSE_END.test(source[a - 1])) a--;
  let b = Math.max(start, end);
  while (b < source.length && !CLAUSE_END.test(source[b])) b++;
  return source.slice(a, b);
}

export function keyOf(f: Finding, source: string): Omit<BaselineEntry, 'count'> {
  if (f.scope === 'document') return { rule: f.ruleId, text: normalise(f.message), context: 'document' };
  const context = nodeCrypto().createHash('sha256').update(normalise(clauseAround(source, f.start, f.end))).digest('hex').slice(0, 12);
  return { rule: f.ruleId, text: normalise(source.slice(f.start, Math.max(f.start, f.end))), context };
}

const join = (k: Omit<BaselineEntry, 'count'>) => `${k.rule}\u0000${k.text}\u0000${k.context}`;

function baselinePath(file: string, dir: string): string {
  const rel = relative(dir, resolve(dir, file));
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export function readBaseline(path: string): Baseline {
  if (!existsSync(path)) throw new UsageError(`找不到基线文件 ${path}。先用 --update-baseline 生成它。`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`基线文件 ${path} 不是有效的 JSON：${(e as Error).message}`);
  }
  const b = data as Baseline;
  if (!b || b.version !== 1 || typeof b.files !== 'object' || b.files === null) {
    throw new UsageError(`基线文件 ${path} 的格式不对（应为 policylint 生成的 version 1 基线）`);
  }
  return b;
}

/** Counts per key of one file's findings. */
function countKeys(r: LintResult): Map<string, BaselineEntry> {
  const counts = new Map<string, BaselineEntry>();
  for (const f of r.findings) {
    const k = keyOf(f, r.source);
    const id = join(k);
    const e = counts.get(id);
    if (e) e.count++;
    else counts.set(id, { ...k, count: 1 });
  }
  return counts;
}

/** Drops the findings the baseline accounts for; the first ones in document order are the accepted ones. */
export function applyBaseline(results: LintResult[], baseline: Baseline, dir: string): BaselineOutcome {
  let suppressed = 0;
  const stale: StaleEntry[] = [];
  const out = results.map((r) => {
    const file = baselinePath(r.filePath, dir);
    const allowed = new Map((baseline.files[file] ?? []).map((e) => [join(e), { ...e }]));
    const accepted = new Set<Finding>();
    for (const f of [...r.findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
      const e = allowed.get(join(keyOf(f, r.source)));
      if (!e || e.count <= 0) continue;
      e.count--;
      accepted.add(f);
    }
    suppressed += accepted.size;
    // A skipped file was not linted: its entries are neither used nor stale.
    if (r.skipped === undefined) for (const e of allowed.values()) if (e.count > 0) stale.push({ file, ...e });
    return accepted.size ? { ...r, findings: r.findings.filter((f) => !accepted.has(f)) } : r;
  });
  // Entries of files that are gone are stale too.
  const linted = new Set(results.map((r) => baselinePath(r.filePath, dir)));
  for (const [file, entries] of Object.entries(baseline.files)) {
    if (!linted.has(file) && !existsSync(resolve(dir, file))) for (const e of entries) stale.push({ file, ...e });
  }
  return { results: out, suppressed, stale };
}

/**
 * The baseline after this run. 'update' records every finding of the files
 * linted; 'prune' only lowers counts to what is still found. Entries of files
 * not linted in this run (another shard, outside --diff) are kept unless the
 * file is gone.
 */
export function nextBaseline(old: Baseline | undefined, results: LintResult[], dir: string, mode: 'update' | 'prune'): Baseline {
  const files: Record<string, BaselineEntry[]> = {};
  for (const [file, entries] of Object.entries(old?.files ?? {})) if (existsSync(resolve(dir, file))) files[file] = entries;
  for (const r of results) {
    if (r.skipped !== undefined) continue;
    const file = baselinePath(r.filePath, dir);
    const found = countKeys(r);
    let entries: BaselineEntry[];
    if (mode === 'update') entries = [...found.values()];
    else {
      entries = (files[file] ?? [])
        .map((e) => ({ ...e, count: Math.min(e.count, found.get(join(e))?.count ?? 0) }))
        .filter((e) => e.count > 0);
    }
    if (entries.length) files[file] = entries;
    else delete files[file];
  }
  return sortBaseline(files);
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted files and entries, so the file diffs well and two runs write the same bytes. */
function sortBaseline(files: Record<string, BaselineEntry[]>): Baseline {
  const sorted: Record<string, BaselineEntry[]> = {};
  for (const file of Object.keys(files).sort(byCodePoint)) {
    sorted[file] = files[file]
      .map(({ rule, text, context, count }) => ({ rule, text, context, count }))
      .sort((a, b) => byCodePoint(a.rule, b.rule) || byCodePoint(a.text, b.text) || byCodePoint(a.context, b.context));
  }
  return { version: 1, files: sorted };
}

export function writeBaseline(path: string, baseline: Baseline): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(baseline, null, 2) + '\n');
  renameSync(tmp, path);
}

export function countEntries(b: Baseline): number {
  return Object.values(b.files).reduce((n, es) => n + es.reduce((m, e) => m + e.count, 0), 0);
}

/** Chinese lines for stderr about entries no finding used. */
export function staleReport(stale: StaleEntry[], baselineFile: string, pruned: boolean): string {
  if (!stale.length) return '';
  const n = stale.reduce((s, e) => s + e.count, 0);
  const head = pruned
    ? `policylint: 已从基线 ${baselineFile} 删除 ${n} 个不再出现的问题：\n`
    : `policylint: 基线 ${baselineFile} 中有 ${n} 个问题已不再出现（可用 --prune-baseline 删除）：\n`;
  const lines = stale.map((e) => `  ${e.file}  ${e.rule}  “${e.text}”${e.count > 1 ? ` ×${e.count}` : ''}\n`);
  return head + lines.join('');
}

export function baselineFileOf(option: string | undefined, cwd: string): string {
  const p = option ?? DEFAULT_BASELINE;
  return isAbsolute(p) ? p : resolve(cwd, p);
}
