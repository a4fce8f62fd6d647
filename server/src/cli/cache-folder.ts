// The cache folder this run keeps its cache files in (fs/cache-files.ts), if
// any. Held as plain settings, not only as the engine's store, because worker
// threads cannot receive a store: they get these settings and open their own.
import { useCacheStore } from '../engine/cache-store.js';
import { openCacheFiles, type CacheFilesSettings } from '../fs/cache-files.js';
import { useSegmentsMemo } from '../fs/segments-memo.js';
import { useConfigMemo } from '../engine/config/memo.js';
import { openConfigMemo } from '../fs/config-memo.js';

let settings: CacheFilesSettings | undefined;

/** Installs the engine's cache store on these files, the word segmentation memo and the config memo (undefined: no cache). */
export function useCacheFolder(s: CacheFilesSettings | undefined): void {
  settings = s;
  useCacheStore(s && openCacheFiles(s));
  useSegmentsMemo(s?.dir);
  useConfigMemo(s && openConfigMemo(s.dir, s.build));
}

export function cacheFolder(): CacheFilesSettings | undefined {
  return settings;
}
