// Sentence and clause spans inside a block of prose, for contexts that exempt
// a match (a differentiation sentence) and for fixes that remove a clause.
// A check that asks about many matches of one block uses SentenceIndex: a
// block that is one 40,000-character "sentence" (no 。！？；) must not be
// walked again for every match.

const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_END = /[，,。！？!?；;：:\n]/;

/** A lookup table over UTF-16 code units: 1 for each of chars. */
export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

// A line broken right after a comma or semicolon goes on with the same sentence (…一年也就一万出头；⏎放进这个账户…).
const CONTINUES = charTable('，,；;：:、');
// Marks that end a line for good: sentence stops, closing brackets of headings.
const ENDS_LINE = charTable('。！？!?…】]」』》>#|');
const NEXT_TURN = /^\s*(?:[\u4e00-\u9fffA-Za-z]{1,4}[：:]|[【#|>\-*0-9一二三四五六七八九十]+[、.．)）】\s])/;

/**
 * Does the line break at i go on with the same sentence? It does after
 * ，；：、 and after a line that ends with no mark at all (WeChat copy, posters,
 * SMS: 收益比存款高⏎风险比股票低), unless the next line is another speaker's turn
 * or a list item. It stays a clause break either way.
 */
export function lineGoesOn(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 10) return false;
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
  if (j < 0) return false;
  if (CONTINUES[text.charCodeAt(j)] === 1) return true;
  if (ENDS_LINE[text.charCodeAt(j)] === 1) return false;
  return !NEXT_TURN.test(text.slice(i + 1, i + 12));
}

// Where a claim or a set of figures is read: a semicolon does not end it (放在存单里…；放在这款年金里… are one claim's halves).
const READING_STOP = charTable('。！？!?\n');

/**
 * The sentences a claim is read in, in order, each keeping its stop: cut at
 * 。！？!? and at line breaks that do not go on (lineGoesOn).
 */
export function readingSentences(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  // The last clause mark of the sentence so far: where one too long to be a sentence is cut.
  let clauseMark = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (i - s >= MAX_READING) {
      const cut = clauseMark > s ? clauseMark + 1 : i;
      out.push({ start: s, end: cut });
      s = cut;
      clauseMark = -1;
    }
    // Han and the rest of U+3400 … U+D7FF, most of the text, are neither a stop nor a clause mark: no table lookups.
    if (c >= 0x3400 && c < 0xd800) continue;
    if (!READING_STOP[c] || lineGoesOn(text, i)) {
      if (CLAUSE_MARK[c]) clauseMark = i;
      continue;
    }
    if (hashtagsFollow(text, i + 1)) continue;
    out.push({ start: s, end: i + 1 });
    s = i + 1;
    clauseMark = -1;
  }
  if (text.length > s) out.push({ start: s, end: text.length });
  return out;
}

/**
 * No sentence a claim is read in runs longer: a "sentence" of thousands of clauses with no full stop (a pasted
 * spreadsheet, an adversarial line) is read in pieces cut at a clause mark, so that the checks that compare a
 * sentence's words with one another stay linear in the text. Real sentences of the corpus stay under a few hundred.
 */
export const MAX_READING = 1000;
const CLAUSE_MARK = charTable('，,；;：:、\n ');

// Hashtags that close a post (…不少储户转向国债。#降息 #大额存单): topic labels of the sentence before, not sentences.
const HASHTAGS = /[ \t\n]*(?:#[^\s#。！？!?]{1,20}#?[ \t]*){1,8}(?:\n|$)/y;

/** Does a line of hashtags and nothing else start at i (after white space)? */
function hashtagsFollow(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  // Only a '#' or white space can start one: most stops are followed by text.
  if (c !== 35 && c !== 32 && c !== 9 && c !== 10) return false;
  HASHTAGS.lastIndex = i;
  return HASHTAGS.test(text);
}

/** Is text[i] the end of a sentence (a line break only when the sentence does not go on)? */
function endsSentence(text: string, i: number): boolean {
  return SENTENCE_END.test(text[i]) && !lineGoesOn(text, i);
}

/** A clause longer than this on either side of a match is not a clause. */
export const MAX_CLAUSE = 200;

export interface Span {
  start: number;
  end: number;
}

export interface ClauseSpan extends Span {
  /** True when no clause mark was found within MAX_CLAUSE characters. */
  cut: boolean;
}

function spanAround(text: string, start: number, end: number, stop: (text: string, i: number) => boolean, limit = Infinity): ClauseSpan {
  let s = start;
  const sMin = Math.max(0, start - limit);
  while (s > sMin && !stop(text, s - 1)) s--;
  let e = end;
  const eMax = Math.min(text.length, end + limit);
  while (e < eMax && !stop(text, e)) e++;
  const cut = (s > 0 && !stop(text, s - 1)) || (e < text.length && !stop(text, e));
  if (e < text.length && !cut) e++; // keep the delimiter with its sentence
  return { start: s, end: e, cut };
}

export function isSentenceEnd(ch: string | undefined): boolean {
  return ch !== undefined && SENTENCE_END.test(ch);
}

export function sentenceAround(text: string, start: number, end: number): Span {
  const { start: s, end: e } = spanAround(text, start, end, endsSentence);
  return { start: s, end: e };
}

/** The clause around a match, walking at most MAX_CLAUSE characters each way. */
export function clauseAround(text: string, start: number, end: number): ClauseSpan {
  return spanAround(text, start, end, (t, i) => CLAUSE_END.test(t[i]), MAX_CLAUSE);
}

/**
 * Sentence spans of one text, found in one pass: `around` gives what
 * sentenceAround gives, in O(log n) instead of O(sentence length).
 */
export class SentenceIndex {
  /** Offsets just after each sentence delimiter, ascending. */
  private readonly cuts: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (endsSentence(text, i)) this.cuts.push(i + 1);
  }

  around(start: number, end: number): Span {
    // Sentence start: the last cut at or before start.
    const before = this.lastAtOrBefore(start);
    // Sentence end: the first delimiter at or after end, kept with its sentence.
    const after = this.lastAtOrBefore(end) + 1;
    const e = after < this.cuts.length ? this.cuts[after] : this.text.length;
    return { start: before >= 0 ? this.cuts[before] : 0, end: e };
  }

  private lastAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.cuts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.cuts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

/**
 * A line broken where a comma could stand (a poster's or a WeChat message's
 * short lines: 存下今天的安心⏎取出明天的从容) reads as that comma, so that words,
 * patterns and negations that span a comma span the break too. One character
 * for one: offsets stay those of the folded text.
 */
export function softBreaksAsCommas(folded: string): string {
  let at = folded.indexOf('\n');
  if (at < 0) return folded;
  let out = '';
  let from = 0;
  for (; at >= 0; at = folded.indexOf('\n', at + 1)) {
    if (!lineGoesOn(folded, at)) continue;
    out += folded.slice(from, at) + '，';
    from = at + 1;
  }
  return from === 0 ? folded : out + folded.slice(from);
}
