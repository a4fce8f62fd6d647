// Finds and reads configuration: policylint.config.yaml (also .yml),
// .policylintrc.yaml/.yml/.json, walking up from each file, nearest first,
// until one says `root: true`.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileStamp, readYamlSource, schemaStamp, schemaValidator, type YamlSource } from '../yaml-source.js';
import { ConfigError } from '../types.js';
import { forgetFreshness, freshStamp } from '../freshness.js';
import { dataMemo, isPosition, jsonSafe, type Position } from '../data-memo.js';
import type { ConfigData, ConfigFile } from './model.js';

export const CONFIG_NAMES = [
  'policylint.config.yaml',
  'policylint.config.yml',
  '.policylintrc.yaml',
  '.policylintrc.yml',
  '.policylintrc.json',
];

const CONFIG_KEYS = ['root', 'extends', 'rules', 'kind', 'product', 'facts', 'ignores', 'overrides', 'spelling', 'maxFileSize', '\\$schema'];

const cache = new Map<string, { stamp: string; file: ConfigFile }>();
const dirCache = new Map<string, string | null>();

/** Forget what is known about config and pack files (an editor saw a change). */
export function clearConfigCache(): void {
  cache.clear();
  dirCache.clear();
  forgetFreshness();
}

export function readConfigFile(path: string): ConfigFile {
  const abs = resolve(path);
  if (!existsSync(abs)) throw new ConfigError([{ file: abs, line: 1, column: 1, message: '配置文件不存在' }]);
  const stamp = freshStamp(`config:${abs}`, () => fileStamp(abs));
  const hit = cache.get(abs);
  if (hit && hit.stamp === stamp) return hit.file;
  // The disk memo (data-memo.ts): an unchanged config is not parsed again.
  const memo = dataMemo();
  const key = memo && `${abs}\n${stamp}\n${schemaStamp('config')}`;
  const kept = key ? asEntry(memo!.read('configs', abs, key)) : undefined;
  const file = kept ? fromMemo(abs, kept) : readAndValidate(abs, key, stamp);
  cache.set(abs, { stamp, file });
  return file;
}

function readAndValidate(abs: string, key: string | undefined, stamp: string): ConfigFile {
  const src = readYamlSource(abs);
  if (!src.validate(schemaValidator('config'))) {
    // A file with none of a config's keys is not one: say so without echoing its lines.
    if (!src.mentionsKey(CONFIG_KEYS)) throw new ConfigError([{ file: abs, line: 1, column: 1, message: '不是有效的 policylint 配置文件（内容未显示）' }]);
    throw new ConfigError(src.errors);
  }
  const data = (src.data() ?? {}) as ConfigData;
  const file = { path: abs, dir: dirname(abs), data, extendsAt: (data.extends ?? []).map((_, i) => src.locate(['extends', i])), locate: (path: (string | number)[]) => src.locate(path), locateKey: (path: (string | number)[]) => src.locateKey(path) };
  // Kept only when the file did not change while it was read.
  if (key && fileStamp(abs) === stamp && jsonSafe(data)) dataMemo()!.write('configs', abs, key, memoEntry(file, src));
  return file;
}

/** A config as the memo keeps it: its data and the positions a run may report. */
interface MemoEntry {
  data: ConfigData;
  extendsAt: Position[];
  /** locate(path), by JSON of the path. */
  at: Record<string, Position>;
  /** locateKey(path), likewise. */
  keyAt: Record<string, Position>;
}

/** The paths whose positions resolveConfig and its warnings ask for (resolve.ts, rule-ids.ts). */
function reportedPaths(data: ConfigData): { at: (string | number)[][]; keyAt: (string | number)[][] } {
  const keyAt: (string | number)[][] = Object.keys(data.rules ?? {}).map((id) => ['rules', id]);
  (data.overrides ?? []).forEach((o, i) => Object.keys(o.rules ?? {}).forEach((id) => keyAt.push(['overrides', i, 'rules', id])));
  return { at: data.spelling?.dictionary ? [['spelling', 'dictionary']] : [], keyAt };
}

function memoEntry(file: ConfigFile, src: YamlSource): MemoEntry {
  const paths = reportedPaths(file.data);
  const at = Object.fromEntries(paths.at.map((p) => [JSON.stringify(p), src.locate(p)]));
  const keyAt = Object.fromEntries(paths.keyAt.map((p) => [JSON.stringify(p), src.locateKey(p)]));
  return { data: file.data, extendsAt: file.extendsAt, at, keyAt };
}

/** A config from the memo; a position it does not hold is found in the file, parsed then. */
const isPositions = (o: unknown) => typeof o === 'object' && o !== null && !Array.isArray(o) && Object.values(o).every(isPosition);

/** A memo entry of the shape written, or undefined. */
function asEntry(v: unknown): MemoEntry | undefined {
  const e = v as MemoEntry | undefined;
  if (typeof e !== 'object' || e === null || typeof e.data !== 'object' || e.data === null || Array.isArray(e.data)) return undefined;
  if (!Array.isArray(e.extendsAt) || e.extendsAt.length !== (e.data.extends?.length ?? 0) || !e.extendsAt.every(isPosition)) return undefined;
  return isPositions(e.at) && isPositions(e.keyAt) ? e : undefined;
}

function fromMemo(abs: string, kept: MemoEntry): ConfigFile {
  let src: YamlSource | undefined;
  const parsed = () => (src ??= readYamlSource(abs));
  return {
    path: abs,
    dir: dirname(abs),
    data: kept.data,
    extendsAt: kept.extendsAt,
    locate: (path) => kept.at[JSON.stringify(path)] ?? parsed().locate(path),
    locateKey: (path) => kept.keyAt[JSON.stringify(path)] ?? parsed().locateKey(path),
  };
}

function configIn(dir: string): string | null {
  if (dirCache.has(dir)) return dirCache.get(dir)!;
  const found = CONFIG_NAMES.map((n) => join(dir, n)).find((p) => existsSync(p)) ?? null;
  dirCache.set(dir, found);
  return found;
}

/** Config files that apply to a file in `dir`, nearest first. */
export function findConfigChain(dir: string): ConfigFile[] {
  const chain: ConfigFile[] = [];
  let d = resolve(dir);
  for (;;) {
    const found = configIn(d);
    if (found) {
      const file = readConfigFile(found);
      chain.push(file);
      if (file.data.root) break;
    }
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  return chain;
}
