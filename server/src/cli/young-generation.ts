// Node 20's young generation is kept from growing by server/bin/policylint.js
// (--semi-space-growth-factor=1): a one-file run's start-up data survive
// their first collections, and each doubling would write to fresh pages. A
// run over many files is another matter: with a young generation of 1 MB the
// data of the file being linted (tokens, clauses, findings) are still alive at
// almost every collection, so they are copied and promoted instead of dying
// young. Over the 4.4 MB bench corpus that was about 430 scavenges, a fifth of
// the run. Such a run lets it grow (V8's default factor, 2) while it lints,
// and pins it again before the bin writes its code cache, which V8 accepts
// only under the flags it was made with.
import { createRequire } from 'node:module';

/** Files from which a run in one thread lets the young generation grow. */
export const GROWING_FROM_FILES = 16;

let pinned = false;

/** Told by the bin that it pinned the young generation. */
export function youngGenerationPinned(on: boolean): void {
  pinned = on;
}

/** Runs `lint` with the young generation free to grow when the run is large and the bin pinned it. */
export async function withGrowingYoungGeneration<T>(files: number, lint: () => Promise<T>): Promise<T> {
  if (!pinned || files < GROWING_FROM_FILES) return lint();
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=2');
  try {
    return await lint();
  } finally {
    v8.setFlagsFromString('--semi-space-growth-factor=1');
  }
}
