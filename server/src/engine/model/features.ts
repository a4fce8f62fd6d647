// What the claim model reads of a sentence: its character 1- to 3-grams and the
// lexicon's word classes (each class, and each pair of classes of neighbouring
// words), hashed into a fixed number of buckets. Training (scripts/train-model.ts)
// and the engine call this same function, so the two read alike.
import type { Token } from '../lexicon.js';

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

const mix = (h: number, c: number): number => Math.imul(h ^ c, PRIME);

/** Tags keep the kinds of features apart in the hash. */
const GRAM = [0, 0x4731, 0x4732, 0x4733];
const CLASS = 0x43;
const PAIR = 0x50;
const START = 0x5e;

const classHashes = new Map<string, number>();
function classHash(name: string): number {
  let h = classHashes.get(name);
  if (h === undefined) {
    h = OFFSET;
    for (let i = 0; i < name.length; i++) h = mix(h, name.charCodeAt(i));
    classHashes.set(name, h);
  }
  return h;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xfffc;
const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * The distinct feature buckets of text[start, end) (folded text), given the
 * lexicon tokens that start inside it. `buckets` is a power of two.
 */
export function sentenceFeatures(text: string, start: number, end: number, tokens: readonly Token[], buckets: number): Int32Array {
  const mask = buckets - 1;
  const seen = new Set<number>();
  for (let i = start; i < end; i++) {
    let h = OFFSET;
    for (let n = 1; n <= 3 && i + n <= end; n++) {
      const c = text.charCodeAt(i + n - 1);
      if (isSpace(c)) break;
      h = mix(h, lower(c));
      seen.add((mix(h, GRAM[n]) >>> 0) & mask);
    }
  }
  let previous: readonly string[] | null = null;
  for (const t of tokens) {
    if (t.start < start || t.start >= end) continue;
    for (const c of t.classes) {
      const ch = classHash(c);
      seen.add((mix(ch, CLASS) >>> 0) & mask);
      if (previous === null) seen.add((mix(mix(ch, START), PAIR) >>> 0) & mask);
      else for (let k = 0; k < previous.length && k < 4; k++) seen.add((mix(mix(ch, classHash(previous[k])), PAIR) >>> 0) & mask);
    }
    previous = t.classes;
  }
  return Int32Array.from(seen);
}
