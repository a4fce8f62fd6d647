// The command's cache store on disk (engine/cache-store.ts): one folder per
// kind of entry under the cache folder the CLI names (server/bin/cache-dir.js).
//
// Every file is a magic line, a SHA-256 of the payload, and the payload. A file
// that is missing, damaged or unreadable reads as absent; one that cannot be
// written is not written. Either way the engine works things out as if there
// were no cache.
import { nodeCrypto } from '../engine/node-crypto.js';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheStore } from '../engine/cache-store.js';
import { writeAtomic } from './drafts.js';

/** Plain data, so that the CLI can hand it to worker threads, which open their own store. */
export interface CacheFilesSettings {
  /** The cache folder. */
  dir: string;
  /** Names the running build (see CacheStore.build). */
  build: string;
}

const MAGIC = Buffer.from('policylint cache v1\n');
const DIGEST = 32;
/** A multiple of 4, so that a payload read into a fresh buffer needs no copy to be aligned. */
const PAYLOAD_OFFSET = MAGIC.length + DIGEST;
/** Files kept per folder; older ones (of edited packs, earlier builds) are removed when one is written. */
const KEEP = 16;

const sha256 = (data: Buffer) => nodeCrypto().createHash('sha256').update(data).digest();

export function openCacheFiles({ dir, build }: CacheFilesSettings): CacheStore {
  return {
    build,
    read: (folder, name) => readPayload(join(dir, folder, name)),
    write: (folder, name, payload) => writePayload(join(dir, folder), name, payload),
  };
}

function readPayload(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    if (bytes.length < PAYLOAD_OFFSET || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const payload = bytes.subarray(PAYLOAD_OFFSET);
    if (!sha256(payload).equals(bytes.subarray(MAGIC.length, PAYLOAD_OFFSET))) return undefined;
    // Int32Array views need 4-byte alignment.
    return payload.byteOffset % 4 ? Buffer.from(payload) : payload;
  } catch {
    return undefined;
  }
}

function writePayload(folder: string, name: string, payload: Buffer): void {
  try {
    mkdirSync(folder, { recursive: true });
    // The drafts' temp-file-and-rename write: readers never see half a file,
    // and no temporary file is left behind when it fails.
    writeAtomic(join(folder, name), Buffer.concat([MAGIC, sha256(payload), payload]));
    prune(folder);
  } catch {
    // an unwritable cache folder: the next run works things out again
  }
}

function prune(folder: string): void {
  const files = readdirSync(folder).filter((f) => f.endsWith('.bin'));
  if (files.length <= KEEP) return;
  const byAge = files.map((f) => ({ f, t: statSync(join(folder, f), { throwIfNoEntry: false })?.mtimeMs ?? 0 })).sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, files.length - KEEP)) rmSync(join(folder, f), { force: true });
}
