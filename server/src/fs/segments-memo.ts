// ICU's word segmentation of the windows earlier runs met (engine/text/
// boundary.ts), kept in the cache folder: a run that meets only those never
// makes the segmenter, whose first use costs a run about 14 ms (ICU reads its
// locale data). The cuts depend on ICU alone, so one file per ICU, Unicode and
// Node version serves every build; it holds the most recently met MAX windows.
//
// The file: a checksum line (FNV-1a of the rest, which a damaged file fails),
// then [window, cuts] pairs as JSON, oldest first. Missing, damaged or
// unwritable, it only means segmenting again.
import { join } from 'node:path';
import { readChecksummed, writeChecksummed } from './checksum.js';
import { addKnownWindows, knownWindows, onFirstUnknownWindow, windowsSegmented } from '../engine/text/boundary.js';

const MAX = 1000;
const FOLDER = 'segments';

let file: string | undefined;
let savedAt = 0;

function memoFile(dir: string): string {
  const { icu = 'none', unicode = 'none' } = process.versions;
  return join(dir, FOLDER, `icu${icu}-unicode${unicode}-node${process.versions.node}.json`.replace(/[^\w.-]/g, '_'));
}

/** Has the engine read the memo in `dir` when it first meets a window it has not segmented (undefined: no memo). */
export function useSegmentsMemo(dir: string | undefined): void {
  file = dir === undefined ? undefined : memoFile(dir);
  savedAt = windowsSegmented();
  const from = file;
  onFirstUnknownWindow(() => from && readMemo(from));
}

/** Cuts as the segmenter gives them: the first at 0, rising, inside the window. */
function isCuts(window: unknown, cuts: unknown): cuts is number[] {
  if (typeof window !== 'string' || !Array.isArray(cuts) || cuts[0] !== 0) return false;
  return cuts.every((c, i) => Number.isInteger(c) && c < window.length && (i === 0 || c > cuts[i - 1]));
}

function readMemo(from: string): void {
  // none yet, or damaged: segmented again, and written afresh
  const pairs = readChecksummed(from);
  if (Array.isArray(pairs) && pairs.every((p) => Array.isArray(p) && isCuts(p[0], p[1]))) addKnownWindows(pairs as [string, number[]][]);
}

/** Writes the memo when this run segmented windows it did not hold. */
export function saveSegmentsMemo(): void {
  if (!file || windowsSegmented() === savedAt) return;
  savedAt = windowsSegmented();
  // an unwritable cache folder: the next run segments again
  writeChecksummed(file, [...knownWindows()].slice(-MAX));
}
