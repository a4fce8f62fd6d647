// --shard i/n: the files of one CI job out of n. Files are ordered by a hash
// of their path (relative to cwd, so every job agrees) and cut into n runs of
// nearly equal length, as Jest does: the split depends on the paths only,
// never on the order the file system lists them in.
import { nodeCrypto } from '../engine/node-crypto.js';
import { relative } from 'node:path';
import { UsageError } from './args.js';

export interface Shard {
  index: number;
  total: number;
}

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard 的格式应为 i/n（1 ≤ i ≤ n），例如 --shard 2/4，收到“${spec}”`);
  }
  return { index, total };
}

export function shardFiles(files: string[], shard: Shard, cwd: string): string[] {
  const keyed = files.map((f) => ({ f, h: nodeCrypto().createHash('sha1').update(relative(cwd, f).split('\\').join('/')).digest('hex') }));
  keyed.sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  const cut = (i: number) => Math.floor((i * keyed.length) / shard.total);
  return keyed
    .slice(cut(shard.index - 1), cut(shard.index))
    .map((k) => k.f)
    .sort();
}
