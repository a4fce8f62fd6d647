// Compiled lexicons in the command's disk cache (disk-cache.ts): building the
// automaton of every lexicon word is a good part of a one-file run, so the
// built index is kept, one file per lexicon content and build; an edited pack
// gets a new file. The payload: the byte length of a JSON header, the header
// (the exact key, words, patterns, array lengths), then the automata's
// Int32Arrays, read in place.
import { LexiconIndex, type LexiconData, type Lexicons } from './lexicon.js';
import type { AutomatonData } from './text/automaton.js';
import { PAYLOAD_OFFSET, diskCache, fileNameOf, readCacheFile, writeCacheFile } from './disk-cache.js';

/** Bump when the payload layout or LexiconData changes. */
const FORMAT = 1;
const FOLDER = 'lexicons';

/** The index of these lexicons: from the disk cache when it is on and holds them, else built (and then stored). */
export function lexiconIndexFor(lexicons: Lexicons): LexiconIndex {
  const cache = diskCache();
  if (!cache) return new LexiconIndex(lexicons);
  // The whole key is stored and compared; its hash only names the file.
  const key = JSON.stringify([FORMAT, cache.build, lexicons]);
  const name = fileNameOf(key);
  const saved = readSaved(name, key);
  if (saved) {
    try {
      return new LexiconIndex(lexicons, saved);
    } catch {
      // data of the wrong shape: built again below, and the file replaced
    }
  }
  const index = new LexiconIndex(lexicons);
  writeSaved(name, key, index.toData());
  return index;
}

interface Header {
  key: string;
  wordList: string[];
  infos: { classes: string[]; suggest?: string[] }[];
  patterns: LexiconData['patterns'];
  automaton: boolean;
  triggers: boolean;
  /** Lengths of the Int32Arrays that follow the header, in order. */
  arrays: number[];
}

/** An automaton's Maps and arrays as Int32Arrays: transition keys, targets, fail, own, dict, lengths, alphabet. */
function automatonArrays(a: AutomatonData): Int32Array[] {
  const alphabet: number[] = [];
  a.alphabet.forEach((on, c) => on && alphabet.push(c));
  return [Int32Array.from(a.next.keys()), Int32Array.from(a.next.values()), a.fail, a.own, a.dict, a.lengths, Int32Array.from(alphabet)];
}

function automatonFrom(arrays: Int32Array[]): AutomatonData {
  const [keys, targets, fail, own, dict, lengths, chars] = arrays.splice(0, 7);
  if (keys.length !== targets.length) throw new Error('automaton arrays of different lengths');
  const next = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) next.set(keys[i], targets[i]);
  const alphabet = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) alphabet[chars[i]] = 1;
  return { next, fail, own, dict, lengths, alphabet };
}

const align4 = (n: number) => (n + 3) & ~3;

function readSaved(name: string, key: string): LexiconData | undefined {
  const bytes = readCacheFile(FOLDER, name);
  if (!bytes) return undefined;
  try {
    const headerBytes = bytes.readUInt32LE(PAYLOAD_OFFSET);
    const headerAt = PAYLOAD_OFFSET + 4;
    const header = JSON.parse(bytes.toString('utf8', headerAt, headerAt + headerBytes)) as Header;
    if (header.key !== key) return undefined;
    const arrays: Int32Array[] = [];
    let at = align4(headerAt + headerBytes);
    for (const n of header.arrays) {
      arrays.push(new Int32Array(bytes.buffer, bytes.byteOffset + at, n));
      at += n * 4;
    }
    if (at !== bytes.length) return undefined;
    const words = new Map<string, Header['infos'][number]>();
    header.wordList.forEach((w, i) => words.set(w, header.infos[i]));
    const automaton = header.automaton ? automatonFrom(arrays) : null;
    const triggers = header.triggers ? automatonFrom(arrays) : null;
    return { wordList: header.wordList, words, automaton, patterns: header.patterns, triggers };
  } catch {
    return undefined;
  }
}

function writeSaved(name: string, key: string, data: LexiconData): void {
  const arrays = [...(data.automaton ? automatonArrays(data.automaton) : []), ...(data.triggers ? automatonArrays(data.triggers) : [])];
  const header: Header = {
    key,
    wordList: data.wordList,
    infos: data.wordList.map((w) => data.words.get(w)!),
    patterns: data.patterns,
    automaton: Boolean(data.automaton),
    triggers: Boolean(data.triggers),
    arrays: arrays.map((a) => a.length),
  };
  const json = Buffer.from(JSON.stringify(header));
  // Offsets within the payload, which itself starts at PAYLOAD_OFFSET (a multiple of 4).
  const body = align4(4 + json.length);
  const payload = Buffer.alloc(body + arrays.reduce((n, a) => n + a.byteLength, 0));
  payload.writeUInt32LE(json.length, 0);
  json.copy(payload, 4);
  let at = body;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(payload, at);
    at += a.byteLength;
  }
  writeCacheFile(FOLDER, name, payload);
}
