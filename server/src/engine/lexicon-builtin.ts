// The built-in pack's lexicon index, compiled by the build beside the pack
// (packs/load.ts writes and reads it). A run whose lexicons are that pack's
// alone takes it: no index to build, and no cache entry to key by a digest of
// the lexicons (node:crypto, and a SHA-256 of tens of kilobytes at every
// start); the lexicons themselves are not even read. It goes with the
// compiled pack of the same stamp only: an edited pack is read from its YAML,
// and its index built or taken from the cache store (lexicon-cache.ts) as any
// user pack's.
import { LexiconIndex, mergeLexicons, type Lexicons } from './lexicon.js';
import { LEXICON_DATA_FORMAT, decodeLexiconData, encodeLexiconData } from './lexicon-data.js';

/** What the header holds besides the data. */
interface Own {
  format: number;
  stamp: string;
}

/** Build step: the index of a built-in pack's lexicons (merged as a rule set merges them), as bytes. */
export function encodeBuiltinLexicons(stamp: string, lexicons: Lexicons): Buffer {
  const index = new LexiconIndex(mergeLexicons({}, lexicons));
  return encodeLexiconData(index.toData(), { format: LEXICON_DATA_FORMAT, stamp } satisfies Own);
}

/** The index of the pack's lexicons from the build's bytes for the pack of `stamp`, or undefined when they are not for it. */
export function builtinLexiconIndex(compiled: { stamp: string; bytes: Buffer }): LexiconIndex | undefined {
  // Int32Array views need 4-byte alignment.
  const bytes = compiled.bytes.byteOffset % 4 ? Buffer.from(compiled.bytes) : compiled.bytes;
  const data = decodeLexiconData<Own>(bytes, (header) => header.format === LEXICON_DATA_FORMAT && header.stamp === compiled.stamp);
  if (!data) return undefined;
  try {
    // A built-in pack's patterns are reviewed (native-regexp.ts).
    return new LexiconIndex(undefined, data, true);
  } catch {
    return undefined;
  }
}
