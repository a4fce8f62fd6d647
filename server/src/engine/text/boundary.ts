// Chinese word boundaries. 存款 inside 保存款式 or 生存款项 is not the word
// 存款: a match counts only if it starts and ends on a segment boundary.
// Intl.Segmenter is quadratic on long strings in V8, so only a short window
// around each candidate is segmented, never the whole document.

import { BoundedCache } from '../memo.js';

// Made on first use: creating it loads ICU's word dictionary (~10 ms of every start).
let made: Intl.Segmenter | undefined;
const segmenter = (): Intl.Segmenter => (made ??= new Intl.Segmenter('zh', { granularity: 'word' }));
const WINDOW = 12;
const WORDLIKE = /[\p{L}\p{N}]/u;
const STOP = /[\s\p{P}\p{S}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORDLIKE.test(ch);
}

/** True when [start, end) of text begins and ends on word boundaries. */
export function onWordBoundaries(text: string, start: number, end: number): boolean {
  const leftOpen = !isWordChar(text[start - 1]) || !isWordChar(text[start]);
  const rightOpen = !isWordChar(text[end - 1]) || !isWordChar(text[end]);
  if (leftOpen && rightOpen) return true;

  // Window: up to WINDOW characters each side, cut at punctuation or space.
  let from = start;
  while (from > 0 && start - from < WINDOW && !STOP.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW && !STOP.test(text[to])) to++;

  const cuts = new Set<number>();
  for (const seg of segmenter().segment(text.slice(from, to))) cuts.add(from + seg.index);
  cuts.add(to);
  return (leftOpen || cuts.has(start)) && (rightOpen || cuts.has(end));
}

/** The segmenter's words of a short text (a glossary term, a candidate). */
export function segmentText(text: string): Intl.Segments {
  return segmenter().segment(text);
}

const words = new BoundedCache<string, boolean>(50_000);

/** True when the segmenter's dictionary reads text, alone, as a single word. */
export function isWord(text: string): boolean {
  let hit = words.get(text);
  if (hit === undefined) {
    const segs = [...segmenter().segment(text)];
    hit = segs.length === 1 && segs[0].isWordLike === true;
    words.set(text, hit);
  }
  return hit;
}
