// What the claim model reads of a sentence: its character 1- to 3-grams and the
// lexicon's word classes (each class, and each pair of classes of neighbouring
// words), hashed into a fixed number of buckets. Training (scripts/train-model.ts)
// and the engine call this same function, so the two read alike. A feature
// that occurs twice counts twice: no set to keep, as this runs on every sentence.
import type { Token } from '../lexicon.js';
import type { Block } from '../document/index.js';
import { readingSentences, softBreaksAsCommas, type Span } from '../text/sentence.js';
import { SPEAKER_LABEL } from '../document/speakers.js';

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

const mix = (h: number, c: number): number => Math.imul(h ^ c, PRIME);

/** Tags keep the kinds of features apart in the hash. */
const GRAM1 = 0x4731;
const GRAM2 = 0x4732;
const GRAM3 = 0x4733;
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
 * Emoji and dingbats (💰, ✨, ✅, 💯) decorate a claim without changing it: the character grams read
 * through them, so that 放这儿一年三千多💰 reads as 放这儿一年三千多. Arrows (↑↓) carry meaning and stay.
 */
const isDecoration = (c: number): boolean =>
  (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2600 && c <= 0x27bf) || (c >= 0xfe00 && c <= 0xfe0f) || c === 0x200d || (c >= 0x2b00 && c <= 0x2bff);

let scratch = new Int32Array(1024);
/** Views of scratch by length, each made once: a view per sentence was most of the model's garbage. */
let views: Int32Array[] = [];
/** The sentence's characters as the grams read them: lower-cased, decorations left out, a blank as BLANK. */
let codes = new Int32Array(256);
const BLANK = -1;
/** The class hashes of the word before and of this one (its first four: the pairs read no more). */
let previousHashes = new Int32Array(4);
let currentHashes = new Int32Array(4);

/**
 * The feature buckets of text[start, end) (folded text), given the lexicon
 * tokens tokens[from, to) that start inside it. `buckets` is a power of two.
 * The array is reused by the next call: read it or copy it before then.
 */
export function sentenceFeatures(text: string, start: number, end: number, tokens: readonly Token[], from: number, to: number, buckets: number): Int32Array {
  const mask = buckets - 1;
  let classes = 0;
  for (let t = from; t < to; t++) classes += tokens[t].classes.length;
  const most = 3 * (end - start) + 5 * classes;
  if (most > scratch.length) {
    scratch = new Int32Array(Math.max(most, scratch.length * 2));
    views = [];
  }
  const out = scratch;
  const m = readCodes(text, start, end);
  const cs = codes;
  let n = 0;
  for (let i = 0; i < m; i++) {
    const c1 = cs[i];
    if (c1 === BLANK) continue;
    const h1 = mix(OFFSET, c1);
    out[n++] = (mix(h1, GRAM1) >>> 0) & mask;
    if (i + 1 === m || cs[i + 1] === BLANK) continue;
    const h2 = mix(h1, cs[i + 1]);
    out[n++] = (mix(h2, GRAM2) >>> 0) & mask;
    if (i + 2 === m || cs[i + 2] === BLANK) continue;
    out[n++] = (mix(mix(h2, cs[i + 2]), GRAM3) >>> 0) & mask;
  }
  n = classFeatures(tokens, from, to, mask, out, n);
  return (views[n] ??= out.subarray(0, n));
}

/**
 * text[start, end) into codes[0 … m) as the grams read it; returns m. Each character read once: the grams then run
 * over the codes. Han and the other characters from U+3400 to the surrogates, most of a sentence, are none of a
 * decoration, a blank or a capital: kept as they are, with no call (the CLI's inlining budget leaves isDecoration and
 * isSpace calls).
 */
function readCodes(text: string, start: number, end: number): number {
  if (end - start > codes.length) codes = new Int32Array(Math.max(end - start, codes.length * 2));
  const cs = codes;
  let m = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c < 0xd800) cs[m++] = c;
    else if (!isDecoration(c)) cs[m++] = isSpace(c) ? BLANK : lower(c);
  }
  return m;
}

/**
 * The features of the words' classes in tokens[from, to) (each class, and each pair of classes of neighbouring
 * words) into out from n on; returns the new end. Shared by sentenceFeatures (training) and sumSentenceFeatures (the
 * engine), so the two read alike.
 */
function classFeatures(tokens: readonly Token[], from: number, to: number, mask: number, out: Int32Array, n: number): number {
  // The previous word's first four classes, hashed when it was read: -1 before the first word.
  let previousCount = -1;
  for (let t = from; t < to; t++) {
    const classes = tokens[t].classes;
    for (let j = 0; j < classes.length; j++) {
      const ch = classHash(classes[j]);
      out[n++] = (mix(ch, CLASS) >>> 0) & mask;
      if (previousCount < 0) out[n++] = (mix(mix(ch, START), PAIR) >>> 0) & mask;
      else for (let k = 0; k < previousCount; k++) out[n++] = (mix(mix(ch, previousHashes[k]), PAIR) >>> 0) & mask;
      if (j < 4) currentHashes[j] = ch;
    }
    const swap = previousHashes;
    previousHashes = currentHashes;
    currentHashes = swap;
    previousCount = Math.min(classes.length, 4);
  }
  return n;
}

/**
 * sentenceFeatures(text, start, end, tokens, from, to, buckets) summed into sums[0 … n) as the claim model's packed
 * rows of three words sum them (model.ts addRows3: 9 to 12 outputs, a bucket's weights as three 32-bit words), in the
 * same pass that hashes them: the engine's road (judgement.ts), where writing each feature out, then touching its
 * row, then reading it back to sum were two thirds of the model's instructions. The same features, so the same exact
 * integer sums (each output's bytes plus 128 in 16-bit lanes, emptied before any can overflow). Returns how many
 * features the sentence has (sentenceFeatures' length). `sums` is added to: zero it first.
 */
export function sumSentenceFeatures(text: string, start: number, end: number, tokens: readonly Token[], from: number, to: number, buckets: number, words: Int32Array, sums: Int32Array, n: number): number {
  const mask = buckets - 1;
  let classes = 0;
  for (let t = from; t < to; t++) classes += tokens[t].classes.length;
  const most = 5 * classes;
  if (most > scratch.length) {
    scratch = new Int32Array(Math.max(most, scratch.length * 2));
    views = [];
  }
  const m = readCodes(text, start, end);
  const cs = codes;
  let count = 0;
  // Features in the lanes now: at most three a character, so emptied past 253 (a lane holds 257 bytes plus 128).
  let held = 0;
  let l0 = 0;
  let h0 = 0;
  let l1 = 0;
  let h1 = 0;
  let l2 = 0;
  let h2 = 0;
  for (let i = 0; i < m; i++) {
    const c1 = cs[i];
    if (c1 === BLANK) continue;
    if (held > 253) {
      addLanes3(sums, n, 128 * held, l0, h0, l1, h1, l2, h2);
      count += held;
      held = l0 = h0 = l1 = h1 = l2 = h2 = 0;
    }
    // mix() written out: the CLI's inlining budget would not inline it at every use in a function this size.
    const h1c = Math.imul(OFFSET ^ c1, PRIME);
    let b = (((Math.imul(h1c ^ GRAM1, PRIME) >>> 0) & mask) * 3) | 0;
    let y0 = words[b] ^ 0x80808080;
    let y1 = words[(b + 1) | 0] ^ 0x80808080;
    let y2 = words[(b + 2) | 0] ^ 0x80808080;
    l0 = (l0 + (y0 & 0xff00ff)) | 0;
    h0 = (h0 + ((y0 >>> 8) & 0xff00ff)) | 0;
    l1 = (l1 + (y1 & 0xff00ff)) | 0;
    h1 = (h1 + ((y1 >>> 8) & 0xff00ff)) | 0;
    l2 = (l2 + (y2 & 0xff00ff)) | 0;
    h2 = (h2 + ((y2 >>> 8) & 0xff00ff)) | 0;
    held = (held + 1) | 0;
    if (i + 1 === m || cs[i + 1] === BLANK) continue;
    const h2c = Math.imul(h1c ^ cs[i + 1], PRIME);
    b = (((Math.imul(h2c ^ GRAM2, PRIME) >>> 0) & mask) * 3) | 0;
    y0 = words[b] ^ 0x80808080;
    y1 = words[(b + 1) | 0] ^ 0x80808080;
    y2 = words[(b + 2) | 0] ^ 0x80808080;
    l0 = (l0 + (y0 & 0xff00ff)) | 0;
    h0 = (h0 + ((y0 >>> 8) & 0xff00ff)) | 0;
    l1 = (l1 + (y1 & 0xff00ff)) | 0;
    h1 = (h1 + ((y1 >>> 8) & 0xff00ff)) | 0;
    l2 = (l2 + (y2 & 0xff00ff)) | 0;
    h2 = (h2 + ((y2 >>> 8) & 0xff00ff)) | 0;
    held = (held + 1) | 0;
    if (i + 2 === m || cs[i + 2] === BLANK) continue;
    b = (((Math.imul(Math.imul(h2c ^ cs[i + 2], PRIME) ^ GRAM3, PRIME) >>> 0) & mask) * 3) | 0;
    y0 = words[b] ^ 0x80808080;
    y1 = words[(b + 1) | 0] ^ 0x80808080;
    y2 = words[(b + 2) | 0] ^ 0x80808080;
    l0 = (l0 + (y0 & 0xff00ff)) | 0;
    h0 = (h0 + ((y0 >>> 8) & 0xff00ff)) | 0;
    l1 = (l1 + (y1 & 0xff00ff)) | 0;
    h1 = (h1 + ((y1 >>> 8) & 0xff00ff)) | 0;
    l2 = (l2 + (y2 & 0xff00ff)) | 0;
    h2 = (h2 + ((y2 >>> 8) & 0xff00ff)) | 0;
    held = (held + 1) | 0;
  }
  if (held > 0) {
    addLanes3(sums, n, 128 * held, l0, h0, l1, h1, l2, h2);
    count += held;
  }
  // The words' classes, as sentenceFeatures hashes them (few a sentence): into scratch, then summed.
  if (from === to) return count;
  const out = scratch;
  const k = classFeatures(tokens, from, to, mask, out, 0);
  for (let f = 0; f < k; f += 256) {
    const last = Math.min(k, f + 256);
    l0 = h0 = l1 = h1 = l2 = h2 = 0;
    for (let q = f; q < last; q++) {
      const b = (out[q] * 3) | 0;
      const y0 = words[b] ^ 0x80808080;
      const y1 = words[(b + 1) | 0] ^ 0x80808080;
      const y2 = words[(b + 2) | 0] ^ 0x80808080;
      l0 = (l0 + (y0 & 0xff00ff)) | 0;
      h0 = (h0 + ((y0 >>> 8) & 0xff00ff)) | 0;
      l1 = (l1 + (y1 & 0xff00ff)) | 0;
      h1 = (h1 + ((y1 >>> 8) & 0xff00ff)) | 0;
      l2 = (l2 + (y2 & 0xff00ff)) | 0;
      h2 = (h2 + ((y2 >>> 8) & 0xff00ff)) | 0;
    }
    addLanes3(sums, n, 128 * (last - f), l0, h0, l1, h1, l2, h2);
  }
  return count + k;
}

/** Outputs 0 … n - 1 (9 to 12) from the three words' lanes (bytes 0 and 2 in l, 1 and 3 in h), each less `off`. */
function addLanes3(sums: Int32Array, n: number, off: number, l0: number, h0: number, l1: number, h1: number, l2: number, h2: number): void {
  sums[0] += (l0 & 0xffff) - off;
  sums[1] += (h0 & 0xffff) - off;
  sums[2] += (l0 >>> 16) - off;
  sums[3] += (h0 >>> 16) - off;
  sums[4] += (l1 & 0xffff) - off;
  sums[5] += (h1 & 0xffff) - off;
  sums[6] += (l1 >>> 16) - off;
  sums[7] += (h1 >>> 16) - off;
  sums[8] += (l2 & 0xffff) - off;
  if (n > 9) sums[9] += (h2 & 0xffff) - off;
  if (n > 10) sums[10] += (l2 >>> 16) - off;
  if (n > 11) sums[11] += (h2 >>> 16) - off;
}

/** Does text[start, end) hold a colon (：or :)? */
function colonIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 58) return true;
  }
  return false;
}

/** Does text[start, end) hold more than blanks (spaces, line breaks, stand-ins for markup)? */
function said(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0x3000 && c !== 0xfffc) return true;
  }
  return false;
}

/**
 * Each sentence of a block that says something, with its features, in order:
 * how the engine and the trainer both read a block. The features array is
 * reused by the next sentence: read or copy it in `visit`.
 */
export function forEachSentence(block: Block, tokens: readonly Token[], buckets: number, visit: (start: number, end: number, features: Int32Array) => void): void {
  // As the claim rules read it: a line that goes on (a poster's short lines) as the comma it stands for,
  // so that the same claim reads the same broken over lines or not.
  const text = softBreaksAsCommas(block.folded);
  forEachReadSentence(text, readingSentences(text), tokens, buckets, visit);
}

/**
 * forEachSentence, given the block's text as the claim rules read it and its reading sentences (the engine has them
 * from the rules' analysis: a block is cut into sentences once).
 */
export function forEachReadSentence(text: string, sentences: readonly Span[], tokens: readonly Token[], buckets: number, visit: (start: number, end: number, features: Int32Array) => void): void {
  forEachSpan(text, sentences, tokens, buckets, visit, null, null, 0, null);
}

/**
 * forEachReadSentence summing each sentence's features into sums[0 … n) (zeroed first) as sumSentenceFeatures does, for
 * the rows of three words `words`, and telling `visit` the sentence and how many features it has.
 */
export function sumReadSentences(text: string, sentences: readonly Span[], tokens: readonly Token[], buckets: number, words: Int32Array, sums: Int32Array, n: number, visit: (start: number, end: number, count: number) => void): void {
  forEachSpan(text, sentences, tokens, buckets, null, words, sums, n, visit);
}

function forEachSpan(
  text: string,
  sentences: readonly Span[],
  tokens: readonly Token[],
  buckets: number,
  visit: ((start: number, end: number, features: Int32Array) => void) | null,
  words: Int32Array | null,
  sums: Int32Array | null,
  n: number,
  visitSum: ((start: number, end: number, count: number) => void) | null,
): void {
  let at = 0;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    if (!said(text, s.start, s.end)) continue;
    // A speaker's label (理财经理：) says who speaks, not what: its characters and words are not read.
    let begin = s.start;
    while (begin < s.end && isSpace(text.charCodeAt(begin))) begin++;
    const head = Math.min(s.end, begin + 12);
    // Every label ends in a colon: most sentences, with none near their start, need no slice to match.
    if (colonIn(text, begin, head)) {
      const label = SPEAKER_LABEL.exec(text.slice(begin, head));
      if (label) begin += label[0].length;
    }
    // The tokens that start in [begin, s.end): tokens are in order.
    let from = at;
    while (from < tokens.length && tokens[from].start < begin) from++;
    let to = from;
    while (to < tokens.length && tokens[to].start < s.end) to++;
    at = to;
    if (visit) visit(s.start, s.end, sentenceFeatures(text, begin, s.end, tokens, from, to, buckets));
    else {
      sums!.fill(0, 0, n);
      visitSum!(s.start, s.end, sumSentenceFeatures(text, begin, s.end, tokens, from, to, buckets, words!, sums!, n));
    }
  }
}
