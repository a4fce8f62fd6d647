// node:crypto, loaded on first use. Requiring it loads Node's streams and
// ciphers too, about 8 ms of a one-file run, and a warm run with the built-in
// packs hashes nothing (packs/load.ts, lexicon-builtin.ts).
import { createRequire } from 'node:module';

let loaded: typeof import('node:crypto') | undefined;

export const nodeCrypto = (): typeof import('node:crypto') => (loaded ??= createRequire(import.meta.url)('node:crypto'));
