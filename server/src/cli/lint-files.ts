// Linting a list of files: in this thread for small runs, across worker
// threads (one per core) for large ones. Workers run this same bundle.
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { ConfigError, buildRuleSet, fixText, formatOf, lintText, resolveConfig, type Finding, type LintResult, type RuleMeta } from '../engine/index.js';
import type { CliOptions } from './args.js';
import { writeDraft } from '../fs/drafts.js';
import { locatorFor, readDocument, type ReadDocument } from '../readers/index.js';
import type { ResolveOptions, ResolvedConfig } from '../engine/index.js';
import { workerThreads } from './node-builtins.js';
import { cacheFolder, useCacheFolder } from './cache-folder.js';
import type { CacheFilesSettings } from '../fs/cache-files.js';
import { withGrowingYoungGeneration } from './young-generation.js';

export interface FileJob {
  o: CliOptions;
  ropts: ResolveOptions;
}

/** Where a finding about the whole document (a missing disclosure, the inferred kind) sits. */
const WHOLE_DOCUMENT = { label: '整份文档' };

/** Findings of a file that cannot take fixes: no fix, no suggestion (they would edit the extracted text). */
function withoutFixes(findings: Finding[]): { findings: Finding[]; dropped: boolean } {
  let dropped = false;
  const out = findings.map((f) => {
    if (!f.fix && !f.suggestions) return f;
    dropped ||= Boolean(f.fix);
    const { fix: _fix, suggestions: _s, ...rest } = f;
    return rest;
  });
  return { findings: out, dropped };
}

/** Lints (and with --fix writes) one file's text; `doc` says how it was read. */
export function lintSource(
  filePath: string,
  source: string,
  job: FileJob,
  meta: Map<string, RuleMeta>,
  config: ResolvedConfig,
  doc: ReadDocument,
): LintResult {
  const { o } = job;
  for (const [id, m] of buildRuleSet(config).meta) meta.set(id, m);
  const format = doc.format === 'markdown' ? 'markdown' : doc.format === 'text' ? 'text' : formatOf(filePath);
  const opts = { config, filePath, kind: o.kind, format, prose: doc.prose, defaultKind: doc.defaultKind };
  let findings: Finding[];
  let output: string | undefined;
  let notice: string | undefined;
  if ((o.fix || o.fixDryRun) && !doc.readOnly) {
    const fixed = fixText(source, opts);
    findings = fixed.findings;
    if (fixed.output !== source) output = fixed.output;
  } else findings = lintText(source, opts);
  if (doc.readOnly) {
    const stripped = withoutFixes(findings);
    findings = stripped.findings;
    if (o.fix || o.fixDryRun || stripped.dropped) notice = doc.readOnly;
  }
  // Positions in the original: after --fix, of the fixed text.
  const locate = locatorFor(doc, output ?? source);
  if (locate) findings = findings.map((f) => ({ ...f, location: f.scope === 'document' || f.end === 0 ? WHOLE_DOCUMENT : locate(f.start, f.end) }));
  if (o.quiet) findings = findings.filter((f) => f.severity === 'error');
  const result: LintResult = { filePath, source, findings, output };
  if (doc.format !== 'markdown' && doc.format !== 'text') result.format = doc.format;
  if (doc.format === 'docx' || doc.format === 'pdf' || doc.format === 'image') result.extracted = true;
  if (notice) result.notice = notice;
  return result;
}

/**
 * Reads, lints and (with --fix) writes one file; null when it is ignored.
 * Never throws for a file it cannot read or write: that file is reported
 * (skipped) and the run goes on. A file whose fixes were not written is
 * reported as it is on disk.
 */
export async function lintFile(file: string, job: FileJob, meta: Map<string, RuleMeta>): Promise<LintResult | null> {
  const config = resolveConfig(file, job.ropts);
  if (config.ignored) return null;
  const doc = await readDocument(file, config.maxFileSize);
  if ('skipped' in doc) return { filePath: file, source: '', findings: [], skipped: doc.skipped };
  const result = lintSource(file, doc.source, job, meta, config, doc);
  if (job.o.fix && !job.o.fixDryRun && result.output !== undefined) {
    const written = writeDraft(file, result.output, { bom: doc.bom, encoding: doc.encoding });
    if (!written.written) {
      const asIs = lintSource(file, doc.source, { ...job, o: { ...job.o, fix: false } }, meta, config, doc);
      return { ...asIs, skipped: written.reason };
    }
  }
  return result;
}

/**
 * lintFile for every file of a run, in this thread and in workers alike: an
 * unexpected failure on one file (an engine bug) becomes that file's own
 * report entry, and the other files are still linted. A config error still
 * stops the run (exit code 2).
 */
export async function lintFileOrReport(file: string, job: FileJob, meta: Map<string, RuleMeta>): Promise<LintResult | null> {
  try {
    return await lintFile(file, job, meta);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    return { filePath: file, source: '', findings: [], skipped: internalError(e) };
  }
}

/** Why a file was not linted, in Chinese; the stack only with POLICYLINT_DEBUG set. */
export function internalError(e: unknown): string {
  const err = e instanceof Error ? e : new Error(String(e));
  const detail = process.env.POLICYLINT_DEBUG ? `\n${err.stack ?? err.message}` : '（设置环境变量 POLICYLINT_DEBUG=1 可查看详细信息）';
  return `检查此文件时发生内部错误，此文件未检查：${err.name}: ${err.message}。请向 policylint 报告此问题${detail}`;
}

interface Batch {
  results: (LintResult | null)[];
  meta: [string, RuleMeta][];
}

const WORKER_TAG = 'policylint-lint-worker';
/** In a worker's argv, so that a run can tell it is none without loading worker_threads. */
const WORKER_ARG = `--${WORKER_TAG}`;

// A worker: lint the files it was given, post the results, exit.
const threads = process.argv.includes(WORKER_ARG) ? workerThreads() : undefined;
if (threads && !threads.isMainThread && threads.workerData?.tag === WORKER_TAG) {
  const { parentPort, workerData } = threads;
  const meta = new Map<string, RuleMeta>();
  const { files, job, cache } = workerData as { files: string[]; job: FileJob; cache?: CacheFilesSettings };
  useCacheFolder(cache);
  void (async () => {
    try {
      const results: (LintResult | null)[] = [];
      for (const f of files) {
        results.push(await lintFileOrReport(f, job, meta));
        parentPort!.postMessage({ tick: f });
      }
      parentPort!.postMessage({ done: { results, meta: [...meta] } satisfies Batch });
    } catch (e) {
      // Errors lose their class crossing threads; a config error keeps its list.
      if (e instanceof ConfigError) parentPort!.postMessage({ configErrors: e.errors });
      else throw e;
    }
  })();
}

/**
 * Worker threads pay a start-up cost (each loads the bundle and warms up its
 * own JIT): on the 2-core bench machine a 4.4 MB run is faster in one thread,
 * so workers start only for runs of 16 MB or more.
 */
function workerCount(files: string[]): number {
  const forced = process.env.POLICYLINT_WORKERS;
  const cores = forced ? Number(forced) || 1 : Math.min(availableParallelism(), 8);
  if (cores < 2 || files.length < 16) return 1;
  let bytes = 0;
  for (const f of files) bytes += statSync(f).size;
  if (bytes < 16 << 20 && !forced) return 1;
  return Math.min(cores, Math.ceil(files.length / 8));
}

/** Lints files in order; onTick is called once per file as it finishes. */
export async function lintFiles(files: string[], job: FileJob, meta: Map<string, RuleMeta>, onTick: (file: string) => void): Promise<LintResult[]> {
  const n = workerCount(files);
  if (n === 1) {
    return withGrowingYoungGeneration(files.length, async () => {
      const results: LintResult[] = [];
      for (const f of files) {
        onTick(f);
        const r = await lintFileOrReport(f, job, meta);
        if (r) results.push(r);
      }
      return results;
    });
  }
  // Interleave so every worker gets a similar mix of large and small files.
  const shares: string[][] = Array.from({ length: n }, () => []);
  files.forEach((f, i) => shares[i % n].push(f));
  const batches = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Batch>((resolveBatch, reject) => {
          const worker = new (workerThreads().Worker)(new URL(import.meta.url), {
            argv: [WORKER_ARG],
            workerData: { tag: WORKER_TAG, files: share, job, cache: cacheFolder() },
          });
          worker.on('message', (m: { tick?: string; done?: Batch; configErrors?: ConfigError['errors'] }) => {
            if (m.tick) onTick(m.tick);
            if (m.done) resolveBatch(m.done);
            if (m.configErrors) reject(new ConfigError(m.configErrors));
          });
          worker.on('error', reject);
          worker.on('exit', (code) => code !== 0 && reject(new Error(`worker exited with code ${code}`)));
        }),
    ),
  );
  const byFile = new Map<string, LintResult>();
  for (const b of batches) {
    for (const [id, m] of b.meta) meta.set(id, m);
    for (const r of b.results) if (r) byFile.set(r.filePath, r);
  }
  return files.flatMap((f) => (byFile.has(f) ? [byFile.get(f)!] : []));
}
