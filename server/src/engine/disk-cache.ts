// The command's disk cache: what a run would otherwise work out again at every
// start (the lexicon automata, the literals each pattern needs), kept in the
// cache folder the CLI names (server/bin/cache-dir.js). Off unless the CLI
// turns it on: the language server works things out once per session anyway,
// and tests from source leave it off.
//
// Every file is a magic line, a SHA-256 of the rest, and the rest. A file that
// is missing, damaged or unreadable reads as absent; one that cannot be written
// is not written. Either way the caller works things out as if there were no cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../fs/drafts.js';

export interface DiskCache {
  /** The cache folder. */
  dir: string;
  /** Names the running build: what one build wrote is never read by another. */
  build: string;
}

const MAGIC = Buffer.from('policylint cache v1\n');
const DIGEST = 32;
/** Where the payload starts: a multiple of 4, so that Int32Arrays can view it in place. */
export const PAYLOAD_OFFSET = MAGIC.length + DIGEST;
/** Files kept per folder; older ones (of edited packs, earlier builds) are removed when one is written. */
const KEEP = 16;

let settings: DiskCache | undefined;

export function useDiskCache(s: DiskCache | undefined): void {
  settings = s;
}

export function diskCache(): DiskCache | undefined {
  return settings;
}

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest();

/** A file name for a key: the key itself is stored in the file and compared by the reader. */
export const fileNameOf = (key: string) => `${sha256(key).toString('hex', 0, 16)}.bin`;

/** The whole file (payload from PAYLOAD_OFFSET), or undefined when it is missing or its digest is wrong. */
export function readCacheFile(folder: string, name: string): Buffer | undefined {
  if (!settings) return undefined;
  try {
    let bytes: Buffer = readFileSync(join(settings.dir, folder, name));
    if (bytes.length < PAYLOAD_OFFSET || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    if (!sha256(bytes.subarray(PAYLOAD_OFFSET)).equals(bytes.subarray(MAGIC.length, PAYLOAD_OFFSET))) return undefined;
    if (bytes.byteOffset % 4) bytes = Buffer.from(bytes); // Int32Array views need 4-byte alignment
    return bytes;
  } catch {
    return undefined;
  }
}

/** Writes the payload (all at once: readers never see half a file); quietly does nothing when it cannot. */
export function writeCacheFile(folder: string, name: string, payload: Buffer): void {
  if (!settings) return;
  try {
    const dir = join(settings.dir, folder);
    mkdirSync(dir, { recursive: true });
    // The drafts' temp-file-and-rename write: no temporary file is left behind when it fails.
    writeAtomic(join(dir, name), Buffer.concat([MAGIC, sha256(payload), payload]));
    prune(dir);
  } catch {
    // an unwritable cache folder: the next run works things out again
  }
}

function prune(dir: string): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.bin'));
  if (files.length <= KEEP) return;
  const byAge = files.map((f) => ({ f, t: statSync(join(dir, f), { throwIfNoEntry: false })?.mtimeMs ?? 0 })).sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, files.length - KEEP)) rmSync(join(dir, f), { force: true });
}
