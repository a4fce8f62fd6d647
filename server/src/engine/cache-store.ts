// Where the engine keeps what a run would otherwise work out again at every
// start (compiled lexicons, the literals each pattern needs). The engine only
// names entries and encodes their payloads; the host decides where they live.
// The CLI installs a store on disk (fs/cache-files.ts); the language server
// works things out once per session anyway and, like tests from source,
// installs none, so nothing is kept.
import { nodeCrypto } from './node-crypto.js';

export interface CacheStore {
  /** Names the running build: what one build wrote is never read by another. */
  build: string;
  /**
   * The payload last written under folder/name, or undefined when there is
   * none (or it is damaged). Its byteOffset is a multiple of 4, so that
   * Int32Arrays can view it in place.
   */
  read(folder: string, name: string): Buffer | undefined;
  /** Stores the payload, replacing any; quietly does nothing when it cannot. */
  write(folder: string, name: string, payload: Buffer): void;
}

let installed: CacheStore | undefined;

export function useCacheStore(store: CacheStore | undefined): void {
  installed = store;
}

export function cacheStore(): CacheStore | undefined {
  return installed;
}

/** A key's SHA-256 in hex: an entry may hold it in place of a long key. */
export const digestOf = (key: string) => nodeCrypto().createHash('sha256').update(key).digest('hex');

/** An entry name for a key (half its digest): the key, or its digest, goes in the payload and is compared by the reader. */
export const fileNameOf = (key: string) => `${digestOf(key).slice(0, 32)}.bin`;
