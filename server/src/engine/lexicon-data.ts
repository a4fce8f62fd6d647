// LexiconData (lexicon.ts) as bytes, for the CLI's cache of compiled lexicons
// (lexicon-cache.ts) and the built-in pack's index compiled at build time
// (lexicon-builtin.ts): the byte length of a JSON header, the header (what the
// reader checks, class lists, the patterns' rewordings and literal needs,
// array and text lengths), the Int32Arrays (the words' class lists, the
// patterns by literal, the patterns' classes, where each pattern and literal
// ends, the automaton's tables), read in place, then the patterns and the
// literals as UTF-16 text (copied, not parsed), and last the words as JSON,
// read only when asked for (a lint never needs them as text).
import type { LexiconData } from './lexicon.js';
import type { AutomatonData } from './text/automaton.js';
import { TextList } from './text/text-list.js';

/** Bump when the layout or LexiconData changes. */
export const LEXICON_DATA_FORMAT = 7;

/** What of LexiconData is JSON, and where the rest is. */
type Header = Pick<LexiconData, 'classes' | 'classLists' | 'suggestions'> & {
  patterns: Pick<LexiconData['patterns'], 'suggest' | 'needs'>;
  automaton: boolean;
  /**
   * Lengths of the Int32Arrays that follow the header, in order: wordClasses,
   * byLiteral's, the patterns' classes, the ends of the patterns and of the
   * literals, then the automaton's.
   */
  arrays: number[];
  /** Byte lengths of the patterns' and the literals' text. */
  texts: [patterns: number, literals: number];
  /** How many words, and the byte length of their JSON. */
  words: [count: number, bytes: number];
};

/** An automaton's tables as Int32Arrays, in the order of FIELDS, then its literal count. */
const FIELDS = ['alphabet', 'root', 'keyState', 'keyLetter', 'targets', 'childBits', 'fail', 'own', 'dict', 'ownLiteral', 'dictLiteral', 'lengths'] as const;

function automatonArrays(a: AutomatonData): Int32Array[] {
  return [...FIELDS.map((f) => a[f]), Int32Array.of(a.literalCount)];
}

function automatonFrom(arrays: Int32Array[]): AutomatonData {
  const taken = arrays.splice(0, FIELDS.length + 1);
  if (taken.length !== FIELDS.length + 1 || taken[FIELDS.length].length !== 1) throw new Error('automaton arrays missing');
  const data = { literalCount: taken[FIELDS.length][0] } as AutomatonData;
  FIELDS.forEach((f, i) => (data[f] = taken[i]));
  return data;
}

const align4 = (n: number) => (n + 3) & ~3;

/**
 * The data in `bytes` (4-byte aligned, so that the arrays are viewed in
 * place), or undefined when they are not of this layout or `accept` refuses
 * the header's own fields (a key's digest, a pack's stamp).
 */
export function decodeLexiconData<Own extends object>(bytes: Buffer, accept: (header: Partial<Own>) => boolean): LexiconData | undefined {
  try {
    const headerBytes = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.toString('utf8', 4, 4 + headerBytes)) as Header & Partial<Own>;
    if (!accept(header)) return undefined;
    const arrays: Int32Array[] = [];
    let at = align4(4 + headerBytes);
    for (const n of header.arrays) {
      arrays.push(new Int32Array(bytes.buffer, bytes.byteOffset + at, n));
      at += n * 4;
    }
    const [wordClasses, starts, listed, always, classes, patternEnds, literalEnds] = arrays.splice(0, 7);
    const automaton = header.automaton ? automatonFrom(arrays) : null;
    if (!literalEnds || arrays.length) return undefined;
    const text = (n: number) => bytes.toString('utf16le', at, (at += n));
    const [patternBytes, literalBytes] = header.texts;
    const patterns = { sources: new TextList(text(patternBytes), patternEnds), classes, suggest: header.patterns.suggest, needs: header.patterns.needs };
    const literals = new TextList(text(literalBytes), literalEnds);
    const [count, wordBytes] = header.words;
    if (at + wordBytes !== bytes.length || !Number.isInteger(count)) return undefined;
    let words: string[] | undefined;
    const wordsAt = at;
    const wordList = { count, read: () => (words ??= JSON.parse(bytes.toString('utf8', wordsAt, wordsAt + wordBytes)) as string[]) };
    const { classes: classNames, classLists, suggestions } = header;
    if (!Array.isArray(classNames) || !classNames.every((c) => typeof c === 'string')) return undefined;
    return { classes: classNames, wordList, classLists, wordClasses, suggestions, automaton, patterns, byLiteral: { starts, patterns: listed, always }, literals };
  } catch {
    return undefined;
  }
}

/** The bytes decodeLexiconData reads, with `own` fields in the header. */
export function encodeLexiconData(data: LexiconData, own: object): Buffer {
  const { classes, wordList, classLists, wordClasses, suggestions, byLiteral, automaton, patterns, literals } = data;
  const words = Buffer.from(JSON.stringify(Array.isArray(wordList) ? wordList : wordList.read()));
  const texts = [Buffer.from(patterns.sources.text, 'utf16le'), Buffer.from(literals.text, 'utf16le')];
  const arrays = [wordClasses, byLiteral.starts, byLiteral.patterns, byLiteral.always, patterns.classes, patterns.sources.ends, literals.ends, ...(automaton ? automatonArrays(automaton) : [])];
  const header: Header = {
    ...own,
    classes,
    classLists,
    suggestions,
    patterns: { suggest: patterns.suggest, needs: patterns.needs },
    automaton: Boolean(automaton),
    arrays: arrays.map((a) => a.length),
    texts: [texts[0].length, texts[1].length],
    words: [Array.isArray(wordList) ? wordList.length : wordList.count, words.length],
  };
  const json = Buffer.from(JSON.stringify(header));
  const body = align4(4 + json.length);
  const payload = Buffer.alloc(body + arrays.reduce((n, a) => n + a.byteLength, 0) + texts[0].length + texts[1].length + words.length);
  payload.writeUInt32LE(json.length, 0);
  json.copy(payload, 4);
  let at = body;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(payload, at);
    at += a.byteLength;
  }
  for (const b of [...texts, words]) at += b.copy(payload, at);
  return payload;
}
