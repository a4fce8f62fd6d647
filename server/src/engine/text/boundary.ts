// Chinese word boundaries. 存款 inside 保存款式 or 生存款项 is not the word
// 存款: a match counts only if it starts and ends on a segment boundary.
// Intl.Segmenter is quadratic on long strings in V8, so only a short window
// around each candidate is segmented, never the whole document.

import { BoundedCache, detached } from '../memo.js';

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

  const cuts = cutsOf(text.slice(from, to));
  const isCut = (at: number) => at === to || cuts.includes(at - from);
  return (leftOpen || isCut(start)) && (rightOpen || isCut(end));
}

/**
 * Where the segmenter cuts each window met (its segments' starts), most
 * recently met last: a window is segmented once per process, and the CLI keeps
 * them from run to run (cli/segments-memo.ts), so that a run meeting only
 * known windows never makes the segmenter.
 */
const known = new Map<string, readonly number[]>();
const MAX_KNOWN = 10_000;
let loadKnown: (() => void) | undefined;
let learned = 0;

function cutsOf(window: string): readonly number[] {
  let cuts = known.get(window);
  if (!cuts && loadKnown) {
    const load = loadKnown;
    loadKnown = undefined;
    load();
    cuts = known.get(window);
  }
  if (cuts) {
    known.delete(window);
  } else {
    cuts = Array.from(segmenter().segment(window), (seg) => seg.index);
    learned++;
    if (known.size >= MAX_KNOWN) known.delete(known.keys().next().value!);
  }
  // A slice would keep the whole draft alive.
  known.set(detached(window), cuts);
  return cuts;
}

/** Has `load` add the windows of earlier runs (addKnownWindows) when a window is first not known. */
export function onFirstUnknownWindow(load: () => void): void {
  loadKnown = load;
}

/** Windows and their cuts, as segmented by this ICU (oldest first); they come before those met so far. */
export function addKnownWindows(entries: Iterable<[string, readonly number[]]>): void {
  const met = [...known];
  known.clear();
  for (const [window, cuts] of entries) known.set(window, cuts);
  for (const [window, cuts] of met) {
    known.delete(window);
    known.set(window, cuts);
  }
}

/** The windows known, most recently met last. */
export function knownWindows(): ReadonlyMap<string, readonly number[]> {
  return known;
}

/** How many windows this process has segmented itself. */
export function windowsSegmented(): number {
  return learned;
}

/**
 * Where the segmenter's words of a short text (a glossary term) start, read
 * through the known windows (cutsOf): a built-in pack hands in its terms' cuts
 * (packs/load.ts readCompiled), so compiling it does not make the segmenter.
 */
export function wordStarts(text: string): readonly number[] {
  return cutsOf(text);
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
