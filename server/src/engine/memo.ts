// Memoization for the language server, where a writer's edit changes one
// paragraph of a long draft: prose of unchanged chunks and the matches of
// unchanged blocks are reused. Off for the CLI, whose files differ anyway
// (and whose benchmark must not profit from repeated paragraphs).
export const memo = { enabled: false };

export function enableMemo(on = true): void {
  memo.enabled = on;
}

/** A Map that forgets everything when it grows past `cap` entries. */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly cap = 20_000) {}
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  set(key: K, value: V): void {
    if (this.map.size >= this.cap) this.map.clear();
    this.map.set(key, value);
  }
}

/**
 * A copy of s that does not hold on to the string it was sliced from. V8
 * keeps a slice (13 characters or more) as a view of its parent: a cache key
 * sliced from a draft would keep that whole version of the draft alive, one
 * per keystroke. Concatenating and slicing again flattens into a string of
 * its own.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
