// The literals each pattern needs (text/prefilter.ts) in the cache store
// (cache-store.ts): working them out for the two hundred patterns of the
// built-in packs takes a cold run longer than reading them back. One entry per
// build, holding every pattern the build has met; a run that meets new ones
// (a user's pack) writes it again.
import { knownLiterals } from './text/prefilter.js';
import { cacheStore, fileNameOf } from './cache-store.js';

const FORMAT = 1;
const FOLDER = 'literals';
/** Past this many patterns the entry is no longer written: a run works the rest out. */
const CAP = 20_000;

/** The store the entry was last read from. */
let loadedFor: object | undefined;
let stored = 0;

const keyOf = (build: string) => JSON.stringify([FORMAT, build]);

const isAnswer = (r: unknown) => r === null || (Array.isArray(r) && r.every((set) => Array.isArray(set) && set.every((s) => typeof s === 'string')));

/** Reads the entry into the prefilter's answers, once per store. */
export function loadKnownLiterals(): void {
  const store = cacheStore();
  if (!store) return;
  if (loadedFor === store) return;
  loadedFor = store;
  const key = keyOf(store.build);
  const known = knownLiterals();
  stored = 0;
  const bytes = store.read(FOLDER, fileNameOf(key));
  if (!bytes) return;
  try {
    const data = JSON.parse(bytes.toString('utf8')) as { key?: string; known?: [string, string[][] | null][] };
    if (data.key !== key || !Array.isArray(data.known)) return;
    for (const entry of data.known) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && isAnswer(entry[1]) && !known.has(entry[0])) known.set(entry[0], entry[1]);
    }
    stored = data.known.length;
  } catch {
    // unreadable: worked out again, and written afresh
  }
}

/** Writes the prefilter's answers when this run added some. */
export function saveKnownLiterals(): void {
  const store = cacheStore();
  const known = knownLiterals();
  if (!store || known.size <= stored || known.size > CAP) return;
  const key = keyOf(store.build);
  store.write(FOLDER, fileNameOf(key), Buffer.from(JSON.stringify({ key, known: [...known] })));
  stored = known.size;
}
