// The command's disk cache of compiled lexicons: building the automaton of
// every lexicon word is a good part of a one-file run, so the CLI keeps the
// built index in its cache folder (server/bin/cache-dir.js), one file per
// lexicon content and policylint build; changed packs get a new file. A file
// that is missing, damaged, of another build or unwritable only means building
// as before. Off unless the CLI turns it on (the language server builds once
// per session anyway; tests from source leave it off).
//
// The file: a magic line, the byte length of a JSON header, a SHA-256 of
// everything after it, the header (the exact key, words, patterns, array
// lengths), then the automata's Int32Arrays, read in place.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LexiconIndex, type LexiconData, type Lexicons } from './lexicon.js';
import type { AutomatonData } from './text/automaton.js';

export interface LexiconDiskCache {
  /** The cache folder; the files go to its lexicons/ subfolder. */
  dir: string;
  /** Names the running build: a cache from other code is never used. */
  build: string;
}

/** Bump when the file layout or LexiconData changes. */
const FORMAT = 1;
const MAGIC = Buffer.from('policylint lexicons\n');
const DIGEST = 32;
const PREFIX = MAGIC.length + 4 + DIGEST; // magic, header length, digest
/** Files kept; older ones (of edited packs, earlier builds) are removed when a new one is written. */
const KEEP = 16;

let settings: LexiconDiskCache | undefined;

export function useLexiconDiskCache(s: LexiconDiskCache | undefined): void {
  settings = s;
}

export function lexiconDiskCache(): LexiconDiskCache | undefined {
  return settings;
}

/** The index of these lexicons: from the disk cache when it is on and holds them, else built (and then stored). */
export function lexiconIndexFor(lexicons: Lexicons): LexiconIndex {
  if (!settings) return new LexiconIndex(lexicons);
  // The whole key is stored and compared; its hash only names the file.
  const key = JSON.stringify([FORMAT, settings.build, lexicons]);
  const file = join(settings.dir, 'lexicons', `${sha256(key).toString('hex', 0, 16)}.bin`);
  const saved = readSaved(file, key);
  if (saved) {
    try {
      return new LexiconIndex(lexicons, saved);
    } catch {
      // data of the wrong shape: built again below, and the file replaced
    }
  }
  const index = new LexiconIndex(lexicons);
  writeSaved(file, key, index.toData());
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

function readSaved(file: string, key: string): LexiconData | undefined {
  try {
    let bytes: Buffer = readFileSync(file);
    if (bytes.length < PREFIX || bytes.length % 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    if (bytes.byteOffset % 4) bytes = Buffer.from(bytes); // Int32Array views need 4-byte alignment
    const headerBytes = bytes.readUInt32LE(MAGIC.length);
    if (!sha256(bytes.subarray(PREFIX)).equals(bytes.subarray(PREFIX - DIGEST, PREFIX))) return undefined;
    const header = JSON.parse(bytes.toString('utf8', PREFIX, PREFIX + headerBytes)) as Header;
    if (header.key !== key) return undefined;
    const arrays: Int32Array[] = [];
    let at = align4(PREFIX + headerBytes);
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

function writeSaved(file: string, key: string, data: LexiconData): void {
  try {
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
    const body = align4(PREFIX + json.length);
    const bytes = Buffer.alloc(body + arrays.reduce((n, a) => n + a.length * 4, 0));
    MAGIC.copy(bytes);
    bytes.writeUInt32LE(json.length, MAGIC.length);
    json.copy(bytes, PREFIX);
    let at = body;
    for (const a of arrays) {
      Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(bytes, at);
      at += a.byteLength;
    }
    sha256(bytes.subarray(PREFIX)).copy(bytes, PREFIX - DIGEST);
    const dir = join(file, '..');
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
    prune(dir);
  } catch {
    // an unwritable cache folder: the next run builds again
  }
}

const align4 = (n: number) => (n + 3) & ~3;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest();

function prune(dir: string): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.bin'));
  if (files.length <= KEEP) return;
  const byAge = files.map((f) => ({ f, t: statSync(join(dir, f), { throwIfNoEntry: false })?.mtimeMs ?? 0 })).sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, files.length - KEEP)) rmSync(join(dir, f), { force: true });
}
