// Compiled lexicons in the cache store (cache-store.ts): building the
// automaton of every lexicon word is a good part of a one-file run, so the
// built index is kept, one entry per lexicon content and build; an edited pack
// gets a new entry. The payload is LexiconData as bytes (lexicon-data.ts),
// its header holding the key's SHA-256. The built-in pack's lexicons alone
// need no entry: the build compiled their index (lexicon-builtin.ts).
import { LexiconIndex, type Lexicons } from './lexicon.js';
import { LEXICON_DATA_FORMAT, decodeLexiconData, encodeLexiconData } from './lexicon-data.js';
import { cacheStore, digestOf } from './cache-store.js';

const FOLDER = 'lexicons';

/** The index of these lexicons: from the cache store when there is one and it holds them, else built (and then stored). */
export function lexiconIndexFor(lexicons: Lexicons): LexiconIndex {
  const store = cacheStore();
  if (!store) return new LexiconIndex(lexicons);
  // The key's digest is stored and compared (the key itself is tens of kilobytes); its first half names the entry.
  const digest = digestOf(JSON.stringify([LEXICON_DATA_FORMAT, store.build, lexicons]));
  const name = `${digest.slice(0, 32)}.bin`;
  const bytes = store.read(FOLDER, name);
  const saved = bytes && decodeLexiconData<{ digest: string }>(bytes, (header) => header.digest === digest);
  if (saved) {
    try {
      return new LexiconIndex(lexicons, saved);
    } catch {
      // data of the wrong shape: built again below, and the file replaced
    }
  }
  const index = new LexiconIndex(lexicons);
  store.write(FOLDER, name, encodeLexiconData(index.toData(), { digest }));
  return index;
}
