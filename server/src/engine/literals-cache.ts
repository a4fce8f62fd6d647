// The literals each pattern needs (text/prefilter.ts) in the cache store
// (cache-store.ts): working them out for the hundreds of patterns of a rule
// set takes a cold run longer than reading them back. One entry per build,
// holding every pattern the build has met; a run that works out new ones (a
// user's pack, lexicons built afresh) writes it again. The built-in packs carry
// their rules' answers (packs/load.ts) and a restored lexicon index its own, so
// a warm run with them reads the entry only if it meets a pattern they lack.
import { knownLiterals, literalsWorkedOut, onFirstUnknownPattern } from './text/prefilter.js';
import { cacheStore, fileNameOf, type CacheStore } from './cache-store.js';

const FORMAT = 1;
const FOLDER = 'literals';
/** Past this many patterns the entry is no longer written: a run works the rest out. */
const CAP = 20_000;

/** The store whose entry the prefilter reads on its first unknown pattern. */
let armedFor: object | undefined;
/** literalsWorkedOut() when the entry was last written. */
let savedAt = 0;

const keyOf = (build: string) => JSON.stringify([FORMAT, build]);

const isAnswer = (r: unknown) => r === null || (Array.isArray(r) && r.every((set) => Array.isArray(set) && set.every((s) => typeof s === 'string')));

/** Has the prefilter read the entry when it first meets a pattern it has no answer for, once per store. */
export function loadKnownLiterals(): void {
  const store = cacheStore();
  if (!store || armedFor === store) return;
  armedFor = store;
  onFirstUnknownPattern(() => readEntry(store));
}

function readEntry(store: CacheStore): void {
  const key = keyOf(store.build);
  const known = knownLiterals();
  const bytes = store.read(FOLDER, fileNameOf(key));
  if (!bytes) return;
  try {
    const data = JSON.parse(bytes.toString('utf8')) as { key?: string; known?: [string, string[][] | null][] };
    if (data.key !== key || !Array.isArray(data.known)) return;
    for (const entry of data.known) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && isAnswer(entry[1]) && !known.has(entry[0])) known.set(entry[0], entry[1]);
    }
  } catch {
    // unreadable: worked out again, and written afresh
  }
}

/** Writes the prefilter's answers when this run worked out new ones. */
export function saveKnownLiterals(): void {
  const store = cacheStore();
  const known = knownLiterals();
  if (!store || literalsWorkedOut() === savedAt || known.size > CAP) return;
  const key = keyOf(store.build);
  store.write(FOLDER, fileNameOf(key), Buffer.from(JSON.stringify({ key, known: [...known] })));
  savedAt = literalsWorkedOut();
}
