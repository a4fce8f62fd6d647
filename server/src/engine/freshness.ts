// Packs and configs are re-read when their files change. Checking that costs
// a stat per file per lint; within a short window the last answer is reused,
// and an editor that saw a file change calls forgetFreshness() to re-check.
const WINDOW_MS = 1000;
const checked = new Map<string, { at: number; stamp: string }>();
/** Bumped by forgetFreshness(). */
let epoch = 0;
/** While withFreshness runs: when the first stamp it read runs out. */
let until = Infinity;

export function freshStamp(key: string, compute: () => string): string {
  const now = Date.now();
  const hit = checked.get(key);
  if (hit && now - hit.at < WINDOW_MS) {
    until = Math.min(until, hit.at + WINDOW_MS);
    return hit.stamp;
  }
  const stamp = compute();
  checked.set(key, { at: now, stamp });
  until = Math.min(until, now + WINDOW_MS);
  return stamp;
}

export function forgetFreshness(): void {
  checked.clear();
  epoch++;
}

/**
 * Runs f, whose answer depends on files only through freshStamp, and says how
 * long that answer holds: until the first stamp it read would be checked
 * again, unless forgetFreshness() is called before (compare `epoch`).
 */
export function withFreshness<T>(f: () => T): { value: T; until: number; epoch: number } {
  const outer = until;
  until = Infinity;
  try {
    const value = f();
    return { value, until, epoch };
  } finally {
    until = Math.min(outer, until);
  }
}

/** Reuses an answer withFreshness gave earlier, which holds until `at`: the answer being worked out holds no longer. */
export function reusedUntil(at: number): void {
  until = Math.min(until, at);
}

export function freshnessEpoch(): number {
  return epoch;
}
