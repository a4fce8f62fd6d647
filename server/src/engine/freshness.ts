// Packs and configs are re-read when their files change. Checking that costs
// a stat per file per lint; within a short window the last answer is reused,
// and an editor that saw a file change calls forgetFreshness() to re-check.
const WINDOW_MS = 1000;
const checked = new Map<string, { at: number; stamp: string }>();

export function freshStamp(key: string, compute: () => string): string {
  const now = Date.now();
  const hit = checked.get(key);
  if (hit && now - hit.at < WINDOW_MS) return hit.stamp;
  const stamp = compute();
  checked.set(key, { at: now, stamp });
  return stamp;
}

export function forgetFreshness(): void {
  checked.clear();
}
