// The CLI's memo of validated config files (engine/config/memo.ts) in the
// cache folder: configs/<FNV-1a of the config's path>.json, one per config.
// The file: a checksum line (FNV-1a of the rest), then JSON of the build, the
// engine's key (the config's stamps) and the entry. A missing, damaged or
// foreign file, or one of another build or stamp, reads as absent: the config
// is then read and validated as usual. Written to a temporary file and
// renamed, so that no run reads half a file.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ConfigMemo, ConfigMemoEntry, Position } from '../engine/config/memo.js';
import { checksum } from './checksum.js';

const FOLDER = 'configs';
/** Files kept; the oldest (of configs since deleted, temporary folders) go when one is written. */
const KEEP = 64;

export function openConfigMemo(dir: string, build: string): ConfigMemo {
  const folder = join(dir, FOLDER);
  const fileOf = (config: string) => join(folder, `${checksum(config)}.json`);
  return {
    read: (config, key) => readEntry(fileOf(config), build, key),
    write: (config, key, entry) => writeEntry(folder, fileOf(config), { build, key, entry }),
  };
}

const isPosition = (p: unknown) => typeof p === 'object' && p !== null && Number.isInteger((p as Position).line) && Number.isInteger((p as Position).column);
const isPositions = (o: unknown) => typeof o === 'object' && o !== null && !Array.isArray(o) && Object.values(o).every(isPosition);

function readEntry(file: string, build: string, key: string): ConfigMemoEntry | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    const line = text.indexOf('\n');
    const body = text.slice(line + 1);
    if (line < 0 || text.slice(0, line) !== checksum(body)) return undefined;
    const saved = JSON.parse(body) as { build?: unknown; key?: unknown; entry?: ConfigMemoEntry };
    const entry = saved.entry;
    if (saved.build !== build || saved.key !== key || typeof entry !== 'object' || entry === null) return undefined;
    const { data, extendsAt, at, keyAt } = entry;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    if (!Array.isArray(extendsAt) || extendsAt.length !== (data.extends?.length ?? 0) || !extendsAt.every(isPosition)) return undefined;
    return isPositions(at) && isPositions(keyAt) ? entry : undefined;
  } catch {
    return undefined;
  }
}

function writeEntry(folder: string, file: string, saved: { build: string; key: string; entry: ConfigMemoEntry }): void {
  const body = JSON.stringify(saved);
  // Only data JSON gives back as it was (YAML may hold .inf, which JSON cannot).
  if (!isDeepStrictEqual(JSON.parse(body), saved)) return;
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(tmp, `${checksum(body)}\n${body}`);
    renameSync(tmp, file);
    prune(folder);
  } catch {
    // an unwritable cache folder: the next run reads the config again
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
  }
}

function prune(folder: string): void {
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
  if (files.length <= KEEP) return;
  const byAge = files.map((f) => ({ f, t: statSync(join(folder, f), { throwIfNoEntry: false })?.mtimeMs ?? 0 })).sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, files.length - KEEP)) rmSync(join(folder, f), { force: true });
}
