// Sentence and clause spans inside a block of prose, for contexts that exempt
// a match (a differentiation sentence) and for fixes that remove a clause.
// A check that asks about many matches of one block uses SentenceIndex: a
// block that is one 40,000-character "sentence" (no 。！？；) must not be
// walked again for every match.

const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_END = /[，,。！？!?；;：:\n]/;

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

function spanAround(text: string, start: number, end: number, stop: RegExp, limit = Infinity): ClauseSpan {
  let s = start;
  const sMin = Math.max(0, start - limit);
  while (s > sMin && !stop.test(text[s - 1])) s--;
  let e = end;
  const eMax = Math.min(text.length, end + limit);
  while (e < eMax && !stop.test(text[e])) e++;
  const cut = (s > 0 && !stop.test(text[s - 1])) || (e < text.length && !stop.test(text[e]));
  if (e < text.length && !cut) e++; // keep the delimiter with its sentence
  return { start: s, end: e, cut };
}

export function isSentenceEnd(ch: string | undefined): boolean {
  return ch !== undefined && SENTENCE_END.test(ch);
}

export function sentenceAround(text: string, start: number, end: number): Span {
  const { start: s, end: e } = spanAround(text, start, end, SENTENCE_END);
  return { start: s, end: e };
}

/** The clause around a match, walking at most MAX_CLAUSE characters each way. */
export function clauseAround(text: string, start: number, end: number): ClauseSpan {
  return spanAround(text, start, end, CLAUSE_END, MAX_CLAUSE);
}

/**
 * Sentence spans of one text, found in one pass: `around` gives what
 * sentenceAround gives, in O(log n) instead of O(sentence length).
 */
export class SentenceIndex {
  /** Offsets just after each sentence delimiter, ascending. */
  private readonly cuts: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (SENTENCE_END.test(text[i])) this.cuts.push(i + 1);
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
