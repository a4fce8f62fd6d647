// --cache: a file whose bytes, configuration, rule packs and policylint build
// are unchanged since the last run is not linted again; its findings come
// from node_modules/.cache/policylint/results.json. A run with --fix or
// --fix-dry-run does not use the cache (it needs the fixed text).
import { nodeCrypto } from '../engine/node-crypto.js';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRuleSet, resolveConfig, type LintResult, type ResolvedConfig, type RuleMeta } from '../engine/index.js';
import type { Pack } from '../engine/packs/model.js';
import { lintFiles, type FileJob } from './lint-files.js';

export const CACHE_DIR = join('node_modules', '.cache', 'policylint');
const CACHE_FILE = 'results.json';

/** A file's result without its path; the text only when it is not the file's bytes as UTF-8 (HTML, Word, GBK …). */
type Stored = Omit<LintResult, 'filePath' | 'source'> & { source?: string };

interface CacheFile {
  version: 2;
  /** By path relative to cwd. */
  files: Record<string, { key: string; result: Stored }>;
}

const asUtf8 = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '');

const sha = (...parts: string[]) => {
  const h = nodeCrypto().createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
};

/** The running policylint: any change to its code changes this. */
let buildHash: string | undefined;
function policylintBuild(): string {
  if (buildHash === undefined) {
    try {
      buildHash = sha(readFileSync(fileURLToPath(import.meta.url)).toString('latin1'));
    } catch {
      buildHash = String(Date.now()); // no file to hash: never reuse
    }
  }
  return buildHash;
}

const packHashes = new WeakMap<Pack, string>();
function packHash(p: Pack): string {
  let h = packHashes.get(p);
  if (h === undefined) {
    h = sha(JSON.stringify({ name: p.name, rules: p.rules, roles: p.roles, lexicons: p.lexicons }));
    packHashes.set(p, h);
  }
  return h;
}

function configHash(c: ResolvedConfig): string {
  return sha(
    JSON.stringify({
      packs: c.packs.map(packHash),
      settings: [...c.settings],
      kind: c.kind,
      product: c.product,
      facts: c.facts,
      words: c.words,
      maxFileSize: c.maxFileSize,
    }),
  );
}

function readCache(path: string): CacheFile {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    if (data.version === 2 && data.files && typeof data.files === 'object') return data;
  } catch {
    // missing or damaged: start afresh
  }
  return { version: 2, files: {} };
}

export interface CacheStats {
  hits: number;
  misses: number;
}

/**
 * lintFiles with the cache: files whose key is unchanged are answered from it,
 * the others are linted (in workers when there are many) and stored.
 */
export async function lintFilesCached(
  files: string[],
  job: FileJob,
  meta: Map<string, RuleMeta>,
  onTick: (file: string) => void,
  cwd: string,
  warn: (message: string) => void,
): Promise<{ results: LintResult[]; stats: CacheStats }> {
  const path = join(cwd, CACHE_DIR, CACHE_FILE);
  const cache = readCache(path);
  const run = JSON.stringify({ build: policylintBuild(), kind: job.o.kind ?? null, quiet: job.o.quiet });
  const byFile = new Map<string, LintResult>();
  const keys = new Map<string, string>();
  const misses: string[] = [];
  let hits = 0;
  for (const file of files) {
    const config = resolveConfig(file, job.ropts);
    if (config.ignored) continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      misses.push(file); // lintFile reports it as the uncached run would
      continue;
    }
    const key = sha(run, configHash(config), extname(file).toLowerCase(), bytes.toString('latin1'));
    const rel = relative(cwd, file);
    const hit = cache.files[rel];
    if (hit?.key === key) {
      hits++;
      onTick(file);
      for (const [id, m] of buildRuleSet(config).meta) meta.set(id, m);
      const { source, ...rest } = hit.result;
      byFile.set(file, { filePath: file, source: source ?? asUtf8(bytes), ...rest });
    } else {
      keys.set(file, key);
      misses.push(file);
    }
  }
  for (const r of await lintFiles(misses, job, meta, onTick)) {
    byFile.set(r.filePath, r);
    const key = keys.get(r.filePath);
    // Skipped files (unreadable, too large, an internal error) are tried again next time.
    if (key === undefined || r.skipped !== undefined) continue;
    const { filePath: _path, source, ...rest } = r;
    const stored: Stored = source === asUtf8(readFileSync(r.filePath)) ? rest : { ...rest, source };
    cache.files[relative(cwd, r.filePath)] = { key, result: stored };
  }
  // Forget files that are gone, so the cache does not grow with renames.
  for (const rel of Object.keys(cache.files)) if (!existsSync(join(cwd, rel))) delete cache.files[rel];
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cache));
    renameSync(tmp, path);
  } catch (e) {
    warn(`policylint: 无法写入缓存 ${path}：${(e as Error).message}。本次结果未缓存。\n`);
  }
  const results = files.flatMap((f) => (byFile.has(f) ? [byFile.get(f)!] : []));
  return { results, stats: { hits, misses: misses.length } };
}
