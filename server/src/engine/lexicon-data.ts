// LexiconData (lexicon.ts) as bytes, for the CLI's cache of compiled lexicons
// (lexicon-cache.ts) and the built-in pack's index compiled at build time
// (lexicon-builtin.ts): the byte length of a JSON header, the header (what the
// reader checks, words, class lists, patterns, array lengths), then the words'
// class lists and the automaton's tables as Int32Arrays, read in place.
import type { LexiconData } from './lexicon.js';
import type { AutomatonData } from './text/automaton.js';

/** Bump when the layout or LexiconData changes. */
export const LEXICON_DATA_FORMAT = 5;

/** LexiconData less its Int32Arrays, which follow the header. */
type Header = Omit<LexiconData, 'wordClasses' | 'automaton'> & {
  automaton: boolean;
  /** Lengths of the Int32Arrays that follow the header, in order: wordClasses, then the automaton's. */
  arrays: number[];
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
    if (at !== bytes.length) return undefined;
    const wordClasses = arrays.shift();
    const automaton = header.automaton ? automatonFrom(arrays) : null;
    if (!wordClasses || arrays.length) return undefined;
    const { wordList, classLists, suggestions, patterns, literals } = header;
    return { wordList, classLists, wordClasses, suggestions, automaton, patterns, literals };
  } catch {
    return undefined;
  }
}

/** The bytes decodeLexiconData reads, with `own` fields in the header. */
export function encodeLexiconData(data: LexiconData, own: object): Buffer {
  const { wordClasses, automaton, ...rest } = data;
  const arrays = [wordClasses, ...(automaton ? automatonArrays(automaton) : [])];
  const header: Header = { ...own, ...rest, automaton: Boolean(automaton), arrays: arrays.map((a) => a.length) };
  const json = Buffer.from(JSON.stringify(header));
  const body = align4(4 + json.length);
  const payload = Buffer.alloc(body + arrays.reduce((n, a) => n + a.byteLength, 0));
  payload.writeUInt32LE(json.length, 0);
  json.copy(payload, 4);
  let at = body;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(payload, at);
    at += a.byteLength;
  }
  return payload;
}
