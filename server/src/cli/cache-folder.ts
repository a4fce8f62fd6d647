// The cache folder this run keeps its cache files in (fs/cache-files.ts), if
// any. Held as plain settings, not only as the engine's store, because worker
// threads cannot receive a store: they get these settings and open their own.
import { useCacheStore } from '../engine/cache-store.js';
import { openCacheFiles, type CacheFilesSettings } from '../fs/cache-files.js';
import { useSegmentsMemo } from '../fs/segments-memo.js';
import { useDataMemo } from '../engine/data-memo.js';
import { openDataMemo } from '../fs/data-memo.js';

let settings: CacheFilesSettings | undefined;

/** Installs the engine's cache store on these files, the word segmentation memo and the memo of configs and packs (undefined: no cache). */
export function useCacheFolder(s: CacheFilesSettings | undefined): void {
  settings = s;
  useCacheStore(s && openCacheFiles(s));
  useSegmentsMemo(s?.dir);
  useDataMemo(s && openDataMemo(s.dir, s.build));
}

export function cacheFolder(): CacheFilesSettings | undefined {
  return settings;
}
