// Validated configs and rule packs kept between runs by the host (the CLI:
// fs/data-memo.ts), so that a run whose YAML is unchanged neither parses nor
// validates it again (nor loads RE2 to check a pack's patterns). An entry is
// found by a key naming the stamps of every file read and of the schema: any
// change is a miss, and a miss, or an entry of any doubt, means reading the
// YAML as usual. (The stamps: fileStamp in yaml-source.ts.)
export type MemoKind = 'configs' | 'packs';

export interface DataMemo {
  /** The entry kept for this file under this key, or undefined. */
  read(kind: MemoKind, file: string, key: string): unknown;
  write(kind: MemoKind, file: string, key: string, entry: unknown): void;
}

let installed: DataMemo | undefined;

export function useDataMemo(memo: DataMemo | undefined): void {
  installed = memo;
}

export function dataMemo(): DataMemo | undefined {
  return installed;
}

/**
 * Whether JSON gives the value back as it is: strings, booleans, null, finite
 * numbers other than -0, arrays and plain objects of them (an object's
 * undefined members, which JSON drops, aside). YAML may hold .inf or .nan.
 */
export function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(([k, v]) => k !== '__proto__' && (v === undefined || jsonSafe(v)));
}

export type Position = { line: number; column: number };

export const isPosition = (p: unknown): p is Position =>
  typeof p === 'object' && p !== null && Number.isInteger((p as Position).line) && Number.isInteger((p as Position).column);
