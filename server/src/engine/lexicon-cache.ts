// Compiled lexicons in the cache store (cache-store.ts): building the
// automaton of every lexicon word is a good part of a one-file run, so the
// built index is kept, one entry per lexicon content and build; an edited pack
// gets a new entry. The payload: the byte length of a JSON header, the header
// (the key's SHA-256, words, class lists, patterns, array lengths), then the
// words' class lists and the automaton's tables as Int32Arrays, read in place.
import { LexiconIndex, type LexiconData, type Lexicons } from './lexicon.js';
import type { AutomatonData } from './text/automaton.js';
import { cacheStore, digestOf, type CacheStore } from './cache-store.js';

/** Bump when the payload layout or LexiconData changes. */
const FORMAT = 5;
const FOLDER = 'lexicons';

/** The index of these lexicons: from the cache store when there is one and it holds them, else built (and then stored). */
export function lexiconIndexFor(lexicons: Lexicons): LexiconIndex {
  const store = cacheStore();
  if (!store) return new LexiconIndex(lexicons);
  // The key's digest is stored and compared (the key itself is tens of kilobytes); its first half names the entry.
  const digest = digestOf(JSON.stringify([FORMAT, store.build, lexicons]));
  const name = `${digest.slice(0, 32)}.bin`;
  const saved = readSaved(store, name, digest);
  if (saved) {
    try {
      return new LexiconIndex(lexicons, saved);
    } catch {
      // data of the wrong shape: built again below, and the file replaced
    }
  }
  const index = new LexiconIndex(lexicons);
  writeSaved(store, name, digest, index.toData());
  return index;
}

/** LexiconData less its Int32Arrays, which follow the header. */
type Header = Omit<LexiconData, 'wordClasses' | 'automaton'> & {
  digest: string;
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

function readSaved(store: CacheStore, name: string, digest: string): LexiconData | undefined {
  // 4-byte aligned (CacheStore.read), so the arrays are viewed in place.
  const bytes = store.read(FOLDER, name);
  if (!bytes) return undefined;
  try {
    const headerBytes = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.toString('utf8', 4, 4 + headerBytes)) as Header;
    if (header.digest !== digest) return undefined;
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

function writeSaved(store: CacheStore, name: string, digest: string, data: LexiconData): void {
  const { wordClasses, automaton, ...rest } = data;
  const arrays = [wordClasses, ...(automaton ? automatonArrays(automaton) : [])];
  const header: Header = { digest, ...rest, automaton: Boolean(automaton), arrays: arrays.map((a) => a.length) };
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
  store.write(FOLDER, name, payload);
}
