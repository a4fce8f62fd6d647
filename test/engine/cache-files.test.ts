// The CLI's cache files (fs/cache-files.ts, installed as the engine's cache
// store) of compiled lexicons (lexicon-cache.ts) and pattern literals
// (literals-cache.ts): what is read back works exactly as what is worked out
// afresh; a damaged or foreign file, an edited pack or another build is never
// used (the index is built again and the file replaced); an unwritable cache
// folder changes nothing but speed. The built-in pack's lexicons alone take
// the index the build compiled (lexicon-builtin.ts), and only they do.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintText, resolveConfig } from '../../server/src/engine/index.js';
import { LexiconIndex, mergeLexicons, type Lexicons } from '../../server/src/engine/lexicon.js';
import { lexiconIndexFor } from '../../server/src/engine/lexicon-cache.js';
import { builtinLexiconIndex } from '../../server/src/engine/lexicon-builtin.js';
import { markCompiled } from '../../server/src/engine/packs/compiled.js';
import { compiledLexicons } from '../../server/src/engine/packs/load.js';
import { useCacheStore } from '../../server/src/engine/cache-store.js';
import { openCacheFiles } from '../../server/src/fs/cache-files.js';
import { loadKnownLiterals, saveKnownLiterals } from '../../server/src/engine/literals-cache.js';
import { knownLiterals, requiredLiterals } from '../../server/src/engine/text/prefilter.js';
import { POSTER } from '../helpers/drafts.js';
import { tempTree } from '../helpers/tmp.js';

function builtinLexicons(): Lexicons {
  let lexicons: Lexicons = {};
  for (const p of resolveConfig(undefined, { noConfig: true }).packs) if (p.lexicons) lexicons = mergeLexicons(lexicons, p.lexicons);
  return lexicons;
}

const TEXTS = [
  POSTER,
  '本产品收益稳定，保本保息，年化收益3.5%，比银行定期存款利率更高，存得越多送得越多。',
  '生存保险金按年领取，不保本，犹豫期内退保无损失；到期还本，零存整取，起存1000元。',
];

const tokensOf = (index: LexiconIndex) => TEXTS.map((t) => index.tokens(t));

function cacheFiles(dir: string, folder = 'lexicons'): string[] {
  return readdirSync(join(dir, folder))
    .filter((f) => f.endsWith('.bin'))
    .map((f) => join(dir, folder, f));
}

/** A fresh store on these files, as each CLI run (and each of its worker threads) opens. */
const useCacheFiles = (dir: string, build: string) => useCacheStore(openCacheFiles({ dir, build }));

afterEach(() => useCacheStore(undefined));

describe('lexicon disk cache', () => {
  const lexicons = builtinLexicons();
  const fresh = tokensOf(new LexiconIndex(lexicons));

  it('reads back an index that tokenises as a freshly built one, without building it again', () => {
    const dir = tempTree({});
    useCacheFiles(dir, 'test');
    expect(tokensOf(lexiconIndexFor(lexicons))).toEqual(fresh);
    const [file] = cacheFiles(dir);
    const written = statSync(file);
    const restored = lexiconIndexFor(lexicons);
    expect(tokensOf(restored)).toEqual(fresh);
    expect(restored.toData()).toEqual(new LexiconIndex(lexicons).toData());
    // Read, not rebuilt: a rebuild would have replaced the file.
    expect(statSync(file).ino).toBe(written.ino);
    expect(statSync(file).mtimeMs).toBe(written.mtimeMs);
  });

  it('gives the right tokens from a damaged file, and replaces it', () => {
    const dir = tempTree({});
    useCacheFiles(dir, 'test');
    lexiconIndexFor(lexicons);
    const [file] = cacheFiles(dir);
    const good = readFileSync(file);
    const damaged = [
      Buffer.from('not a cache file'),
      good.subarray(0, good.length >> 1), // truncated
      Buffer.concat([good, Buffer.alloc(4)]), // trailing bytes
      (() => {
        const b = Buffer.from(good);
        b[b.length - 9] ^= 0x40; // one bit of an automaton array
        return b;
      })(),
      (() => {
        const b = Buffer.from(good);
        const at = b.lastIndexOf('["'); // the words' JSON, last in the file
        expect(at).toBeGreaterThan(b.length >> 1);
        b[at + 4] ^= 0x01; // one bit of a word
        return b;
      })(),
    ];
    for (const bytes of damaged) {
      writeFileSync(file, bytes);
      expect(tokensOf(lexiconIndexFor(lexicons))).toEqual(fresh);
      expect(readFileSync(file).equals(good)).toBe(true);
    }
  });

  // Entries whose checksum is right but whose content is not this format's: written through the store.
  const payloadOf = (header: object, arrays: Int32Array[], tail = Buffer.alloc(0)) => {
    const json = Buffer.from(JSON.stringify(header));
    const body = (4 + json.length + 3) & ~3;
    const payload = Buffer.alloc(body + arrays.reduce((n, a) => n + a.byteLength, 0) + tail.length);
    payload.writeUInt32LE(json.length, 0);
    json.copy(payload, 4);
    let at = body;
    for (const a of arrays) at += Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(payload, at);
    tail.copy(payload, at);
    return payload;
  };

  it('reads an entry of the previous format (whole key, a class list per word) as absent, and replaces it', () => {
    const dir = tempTree({});
    useCacheFiles(dir, 'test');
    lexiconIndexFor(lexicons);
    const [file] = cacheFiles(dir);
    const good = readFileSync(file);
    const data = new LexiconIndex(lexicons).toData();
    const names = Object.keys(lexicons);
    const automaton = Object.values(data.automaton!).map((a) => (a instanceof Int32Array ? a : Int32Array.of(a as number)));
    const header = {
      key: JSON.stringify([4, 'test', lexicons]),
      wordList: data.wordList,
      infos: Array.from(data.wordClasses, (k) => ({ classes: data.classLists[k].map((i) => names[i]), bits: [0, 0] })),
      patterns: Array.from(data.patterns.classes, (cls, i) => ({ cls: names[cls], entry: { pattern: data.patterns.sources.at(i) }, reqs: null, needs: data.patterns.needs[i] })),
      literals: data.literals.length,
      automaton: true,
      arrays: automaton.map((a) => a.length),
    };
    openCacheFiles({ dir, build: 'test' }).write('lexicons', basename(file), payloadOf(header, automaton));
    expect(readFileSync(file).equals(good)).toBe(false);
    expect(tokensOf(lexiconIndexFor(lexicons))).toEqual(fresh);
    expect(readFileSync(file).equals(good)).toBe(true);
  });

  it('rebuilds from an entry of this format whose indices are out of range', () => {
    const dir = tempTree({});
    useCacheFiles(dir, 'test');
    lexiconIndexFor(lexicons);
    const [file] = cacheFiles(dir);
    const good = readFileSync(file);
    const payload = good.subarray(52);
    const length = payload.readUInt32LE(0);
    const header = JSON.parse(payload.toString('utf8', 4, 4 + length));
    const arrays: Int32Array[] = [];
    let at = (4 + length + 3) & ~3;
    for (const n of header.arrays) {
      arrays.push(new Int32Array(payload.buffer.slice(payload.byteOffset + at, payload.byteOffset + at + n * 4)));
      at += n * 4;
    }
    // The patterns' and the literals' text, and the words.
    const tail = payload.subarray(at);
    // In the order the header lists them (lexicon-data.ts).
    const [, , byLiteral, , patternClasses, , literalEnds] = arrays;
    const withNeeds = header.patterns.needs.findIndex((n: number[][] | null) => n?.length);
    const wrong = [
      () => (header.classLists[0][0] = Object.keys(lexicons).length), // no such class
      () => (arrays[0][0] = header.classLists.length), // no such class list
      () => (patternClasses[0] = -1), // a pattern of no class
      () => (header.patterns.needs[withNeeds] = [[literalEnds.length]]), // a pattern needing no such literal
      () => (byLiteral[0] = patternClasses.length), // no such pattern
      () => (literalEnds[0] = tail.length), // a literal past the text
      () => (header.arrays[6] -= 1), // one literal fewer than the automaton reports
    ];
    for (const damage of wrong) {
      const saved = JSON.stringify(header);
      const copies = arrays.map((a) => a.slice());
      damage();
      const damaged = header.arrays[6] === literalEnds.length ? arrays : arrays.map((a, i) => (i === 6 ? a.subarray(0, header.arrays[6]) : a));
      openCacheFiles({ dir, build: 'test' }).write('lexicons', basename(file), payloadOf(header, damaged, tail));
      expect(tokensOf(lexiconIndexFor(lexicons))).toEqual(fresh);
      expect(readFileSync(file).equals(good)).toBe(true);
      Object.assign(header, JSON.parse(saved));
      copies.forEach((copy, i) => arrays[i].set(copy));
    }
  });

  it('builds again for an edited pack, and for another build', () => {
    const dir = tempTree({});
    useCacheFiles(dir, 'test');
    lexiconIndexFor(lexicons);
    // 锁进抽屉 added to the deposit class, as an edited pack would.
    const edited = { ...lexicons, deposit: [...lexicons.deposit, '锁进抽屉'] };
    const text = '把钱锁进抽屉更放心';
    expect(new LexiconIndex(lexicons).tokens(text).some((t) => text.slice(t.start, t.end) === '锁进抽屉')).toBe(false);
    const index = lexiconIndexFor(edited);
    expect(index.tokens(text).some((t) => text.slice(t.start, t.end) === '锁进抽屉')).toBe(true);
    expect(index.tokens(text)).toEqual(new LexiconIndex(edited).tokens(text));
    expect(cacheFiles(dir)).toHaveLength(2);
    useCacheFiles(dir, 'another');
    expect(tokensOf(lexiconIndexFor(lexicons))).toEqual(fresh);
    expect(cacheFiles(dir)).toHaveLength(3);
  });

  it('never uses a file made for other lexicons, even under their name', () => {
    const dir = tempTree({});
    useCacheFiles(dir, 'test');
    const other = { deposit: ['存款'] };
    lexiconIndexFor(other);
    lexiconIndexFor(lexicons);
    const [a, b] = cacheFiles(dir);
    const small = readFileSync(a).length < readFileSync(b).length ? a : b;
    const large = small === a ? b : a;
    writeFileSync(large, readFileSync(small));
    expect(tokensOf(lexiconIndexFor(lexicons))).toEqual(fresh);
  });

  it('lints as without it when the cache folder cannot be written', () => {
    const dir = tempTree({ 'a-file': 'x' });
    useCacheFiles(join(dir, 'a-file'), 'test');
    expect(tokensOf(lexiconIndexFor(lexicons))).toEqual(fresh);
  });

  it('changes no finding of a whole lint, cold or warm', () => {
    // A user pack adding to the built-in lexicons: the built-in pack's own index (lexicon-builtin.ts) does not serve.
    const words = join(tempTree({ 'words.yaml': 'pack: house-words\nlexicons:\n  deposit: [锁进抽屉]\n' }), 'words.yaml');
    const config = resolveConfig(undefined, { noConfig: true, extraPacks: [words] });
    const without = lintText(POSTER, { config, filePath: 'poster.md' });
    const dir = tempTree({});
    useCacheFiles(dir, 'lint');
    // Other settings (rules at their own severity), so that the rule set is compiled again, with the cache on.
    const lintWith = (rules: Record<string, 'error'>) =>
      lintText(POSTER, { config: resolveConfig(undefined, { noConfig: true, extraPacks: [words], rules }), filePath: 'poster.md' });
    const cold = lintWith({ 'bank-name': 'error' });
    expect(cacheFiles(dir)).toHaveLength(1);
    const [file] = cacheFiles(dir);
    const written = statSync(file);
    // The next run's own store on the same folder.
    useCacheFiles(dir, 'lint');
    const warm = lintWith({ 'bank-name': 'error', 'deposit-wording': 'error' });
    expect(cold).toEqual(without);
    expect(warm).toEqual(without);
    // Read, not rebuilt: a rebuild would have replaced the file.
    expect(statSync(file).ino).toBe(written.ino);
    expect(statSync(file).mtimeMs).toBe(written.mtimeMs);
  });
});

describe("the built-in pack's lexicon index, compiled by the build", () => {
  const packs = resolveConfig(undefined, { noConfig: true }).packs.filter((p) => p.lexicons);
  const lexicons = builtinLexicons();

  it('serves a rule set whose lexicons are that pack\'s alone: the data and tokens of an index built afresh, and no cache entry', () => {
    expect(packs.map((p) => p.name)).toEqual(['cbrc-90']);
    const compiled = compiledLexicons(packs[0]);
    expect(compiled).toBeDefined();
    const index = builtinLexiconIndex(compiled!);
    expect(index).toBeDefined();
    const fresh = new LexiconIndex(lexicons);
    expect(index!.toData()).toEqual(fresh.toData());
    expect(tokensOf(index!)).toEqual(tokensOf(fresh));
    // A whole lint with the cache store on writes nothing.
    const dir = tempTree({});
    useCacheFiles(dir, 'test');
    const rules = { 'bank-name': 'error' } as const; // settings of their own: the rule set is compiled again
    lintText(POSTER, { config: resolveConfig(undefined, { noConfig: true, rules }), filePath: 'poster.md' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('serves no other pack: one not read from the build\'s JSON, or compiled from other YAML', () => {
    expect(compiledLexicons({ ...packs[0] })).toBeUndefined();
    const edited = { ...packs[0] };
    markCompiled(edited, { name: 'cbrc-90', stamp: 'another stamp', hasLexicons: true });
    expect(builtinLexiconIndex(compiledLexicons(edited)!)).toBeUndefined();
  });
});

describe('pattern literals in the disk cache', () => {
  const PATTERNS = ['(收益|回报)[^。]{0,8}比[^。]{0,8}(存款|定期)', '(?:年化)?收益率?\\d+(\\.\\d+)?%', '.*'];
  const answers = () => PATTERNS.map((p) => requiredLiterals(p));
  /** A new run's start: nothing known, a fresh store on the same folder. */
  const newRun = (dir: string, build: string) => {
    knownLiterals().clear();
    useCacheFiles(dir, build);
    loadKnownLiterals();
  };

  it('reads back what an earlier run worked out once a pattern is not known, and nothing from a damaged file or another build', () => {
    const expected = answers();
    const dir = tempTree({});
    newRun(dir, 'test');
    answers();
    saveKnownLiterals();
    const [file] = cacheFiles(dir, 'literals');

    // Read only when a pattern has no answer yet: the first one asked brings in the others.
    newRun(dir, 'test');
    expect(knownLiterals().size).toBe(0);
    expect(requiredLiterals(PATTERNS[0])).toEqual(expected[0]);
    expect(PATTERNS.map((p) => knownLiterals().get(p))).toEqual(expected);

    const good = readFileSync(file);
    const damaged = Buffer.from(good);
    damaged[damaged.indexOf('存款')] ^= 0x01;
    writeFileSync(file, damaged);
    newRun(dir, 'test');
    requiredLiterals('存款');
    expect([...knownLiterals().keys()]).toEqual(['存款']);
    expect(answers()).toEqual(expected);

    writeFileSync(file, good);
    newRun(dir, 'another');
    requiredLiterals('存款');
    expect([...knownLiterals().keys()]).toEqual(['存款']);
  });

  it('is written only when a run worked out answers', () => {
    const dir = tempTree({});
    newRun(dir, 'test');
    answers();
    saveKnownLiterals();
    const [file] = cacheFiles(dir, 'literals');
    const written = statSync(file);
    // Answers given beforehand (as the built-in packs carry them) are not worked out: nothing to write.
    newRun(dir, 'test');
    knownLiterals().set('定期', [['定期']]);
    requiredLiterals(PATTERNS[1]);
    saveKnownLiterals();
    expect(statSync(file).mtimeMs).toBe(written.mtimeMs);
    requiredLiterals('利率');
    saveKnownLiterals();
    newRun(dir, 'test');
    requiredLiterals('利率');
    expect(knownLiterals().size).toBe(PATTERNS.length + 2);
  });

});

describe('the cache files themselves', () => {
  it('hold a magic line, the SHA-256 of the payload and the payload, which reads back aligned', () => {
    const dir = tempTree({});
    const store = openCacheFiles({ dir, build: 'test' });
    // An odd length, so that nothing lines up by chance.
    const payload = Buffer.from('payload of seven bytes, or so');
    store.write('things', 'a.bin', payload);
    const magic = Buffer.from('policylint cache v1\n');
    const digest = createHash('sha256').update(payload).digest();
    expect(readFileSync(join(dir, 'things', 'a.bin')).equals(Buffer.concat([magic, digest, payload]))).toBe(true);
    const read = store.read('things', 'a.bin')!;
    expect(read.equals(payload)).toBe(true);
    expect(read.byteOffset % 4).toBe(0);
    expect(store.read('things', 'missing.bin')).toBeUndefined();
  });

  it('keeps the 16 newest files of a folder', () => {
    const dir = tempTree({});
    const store = openCacheFiles({ dir, build: 'test' });
    for (let i = 0; i < 18; i++) store.write('things', `${i}.bin`, Buffer.of(i));
    expect(cacheFiles(dir, 'things')).toHaveLength(16);
  });
});
