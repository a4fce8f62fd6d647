// Finds and reads configuration: policylint.config.yaml (also .yml),
// .policylintrc.yaml/.yml/.json, walking up from each file, nearest first,
// until one says `root: true`.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readYamlSource, schemaValidator } from '../yaml-source.js';
import { ConfigError } from '../types.js';
import { forgetFreshness, freshStamp } from '../freshness.js';
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
  const stamp = freshStamp(`config:${abs}`, () => String(statSync(abs).mtimeMs));
  const hit = cache.get(abs);
  if (hit && hit.stamp === stamp) return hit.file;
  const src = readYamlSource(abs);
  if (!src.validate(schemaValidator('config'))) {
    // A file with none of a config's keys is not one: say so without echoing its lines.
    if (!src.mentionsKey(CONFIG_KEYS)) throw new ConfigError([{ file: abs, line: 1, column: 1, message: '不是有效的 policylint 配置文件（内容未显示）' }]);
    throw new ConfigError(src.errors);
  }
  const data = (src.data() ?? {}) as ConfigData;
  const file = { path: abs, dir: dirname(abs), data, extendsAt: (data.extends ?? []).map((_, i) => src.locate(['extends', i])), locate: (path: (string | number)[]) => src.locate(path), locateKey: (path: (string | number)[]) => src.locateKey(path) };
  cache.set(abs, { stamp, file });
  return file;
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
