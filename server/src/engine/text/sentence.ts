// Sentence and clause spans inside a block of prose, for contexts that exempt
// a match (a differentiation sentence) and for fixes that remove a clause.

const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_END = /[，,。！？!?；;：:\n]/;

export interface Span {
  start: number;
  end: number;
}

function spanAround(text: string, start: number, end: number, stop: RegExp): Span {
  let s = start;
  while (s > 0 && !stop.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !stop.test(text[e])) e++;
  if (e < text.length) e++; // keep the delimiter with its sentence
  return { start: s, end: e };
}

export function sentenceAround(text: string, start: number, end: number): Span {
  return spanAround(text, start, end, SENTENCE_END);
}

export function clauseAround(text: string, start: number, end: number): Span {
  return spanAround(text, start, end, CLAUSE_END);
}
