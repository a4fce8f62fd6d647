// The CLI's memo of validated configs and rule packs (engine/data-memo.ts) in the
// cache folder: <kind>/<FNV-1a of the file's path>.json, one per file. The
// file: a checksum line (FNV-1a of the rest), then JSON of the build, the
// engine's key (the stamps of the files read) and the entry. A missing,
// damaged or foreign file, or one of another build or key, reads as absent:
// the engine then reads and validates the YAML as usual. Written to a
// temporary file and renamed, so that no run reads half a file.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DataMemo, MemoKind } from '../engine/data-memo.js';
import { checksum, readChecksummed, writeChecksummed } from './checksum.js';

/** Files kept per kind; the oldest (of files since deleted, temporary folders) go when one is written. */
const KEEP = 64;

export function openDataMemo(dir: string, build: string): DataMemo {
  const fileOf = (kind: MemoKind, of: string) => join(dir, kind, `${checksum(of)}.json`);
  return {
    read: (kind, of, key) => readEntry(fileOf(kind, of), build, key),
    write: (kind, of, key, entry) => writeEntry(join(dir, kind), fileOf(kind, of), { build, key, entry }),
  };
}

function readEntry(file: string, build: string, key: string): unknown {
  const saved = readChecksummed(file) as { build?: unknown; key?: unknown; entry?: unknown } | undefined;
  return saved?.build === build && saved.key === key ? saved.entry : undefined;
}

function writeEntry(folder: string, file: string, saved: { build: string; key: string; entry: unknown }): void {
  // an unwritable cache folder: the next run reads the YAML again
  if (writeChecksummed(file, saved)) prune(folder);
}

function prune(folder: string): void {
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
  if (files.length <= KEEP) return;
  const byAge = files.map((f) => ({ f, t: statSync(join(folder, f), { throwIfNoEntry: false })?.mtimeMs ?? 0 })).sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, files.length - KEEP)) rmSync(join(folder, f), { force: true });
}
