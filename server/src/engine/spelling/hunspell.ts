// Hunspell (nodehun) with the en_US dictionary from dictionary-en, loaded on
// first use only, so a run or a server with spelling off pays nothing. The
// bundles ship a copy of both under server/out/ (see scripts/build.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resourcePath } from '../resources.js';

export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

let loaded: Speller | null | undefined;
let problem: string | undefined;

function firstExisting(paths: string[]): string | undefined {
  return paths.find((p) => existsSync(p));
}

/** The shared speller, or null when nodehun or the dictionary is unavailable (see spellingProblem). */
export function speller(): Speller | null {
  if (loaded !== undefined) return loaded;
  try {
    const require = createRequire(import.meta.url);
    const native = firstExisting([resourcePath('server', 'out', 'native', 'nodehun.node')]);
    const { Nodehun } = (native ? require(native) : require('nodehun')) as { Nodehun: new (aff: Buffer, dic: Buffer) => { spellSync(w: string): boolean; suggestSync(w: string): string[] | null } };
    const dir = firstExisting([resourcePath('server', 'out', 'dict'), resourcePath('node_modules', 'dictionary-en')]);
    if (!dir) throw new Error('找不到 en_US 词典（dictionary-en）');
    const aff = readFileSync(firstExisting([`${dir}/en_US.aff`, `${dir}/index.aff`])!);
    const dic = readFileSync(firstExisting([`${dir}/en_US.dic`, `${dir}/index.dic`])!);
    const h = new Nodehun(aff, dic);
    const suggestions = new Map<string, string[]>();
    const verdicts = new Map<string, boolean>();
    loaded = {
      correct(word) {
        let v = verdicts.get(word);
        if (v === undefined) verdicts.set(word, (v = h.spellSync(word)));
        return v;
      },
      // Hunspell's suggestions take ~25 ms a word: computed once per word.
      suggest(word) {
        let s = suggestions.get(word);
        if (!s) suggestions.set(word, (s = (h.suggestSync(word) ?? []).slice(0, 5)));
        return s;
      },
    };
  } catch (e) {
    problem = (e as Error).message;
    loaded = null;
  }
  return loaded;
}

export function spellingProblem(): string | undefined {
  return problem;
}

/** Whether Hunspell has been loaded in this process (for tests of laziness). */
export function spellerLoaded(): boolean {
  return loaded !== undefined;
}
