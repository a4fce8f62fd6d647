// The command's start-up cache (V8's code cache of the bundle and the compiled
// lexicons, server/bin/policylint.js and engine/lexicon-cache.ts): the report
// is the same with it off, on the first run that fills it, on the runs that use
// it, after its files are damaged, and when the cache folder cannot be written.
// The built-in pack's lexicons need no entry: the build compiled their index
// (engine/lexicon-builtin.ts). ICU's word segmentations are kept too
// (fs/segments-memo.ts). Runs the built bin (npm test builds first).
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policylint } from '../helpers/cli.js';
import { POSTER } from '../helpers/drafts.js';
import { tempTree } from '../helpers/tmp.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile());
}

describe('start-up cache', () => {
  const drafts = tempTree({
    'poster.md': POSTER,
    'notes.txt': '---\nkind: script\n---\n销售：这个产品跟存款一样，随用随取，保本保息。这份保单就是锁进抽屉。\n',
    // A user pack adding a deposit word (reported in notes.txt): the rule set's lexicons are no longer the built-in pack's alone.
    'words.yaml': 'pack: house-words\nlexicons:\n  deposit: [锁进抽屉]\n',
  });
  const run = (cacheDir: string, args = ['poster.md', 'notes.txt']) => policylint(args, { cwd: drafts, env: { POLICYLINT_CACHE_DIR: cacheDir } });
  const off = run('off');
  const withWords = ['--rule-pack', 'words.yaml', 'poster.md', 'notes.txt'];
  const offWithWords = run('off', withWords);

  it('reports the same whether the cache is off, being filled or used', () => {
    expect(off.code).toBe(1);
    expect(off.stdout).toContain('poster.md');
    const cache = tempTree({});
    expect(run(cache)).toEqual(off);
    const written = filesUnder(cache);
    expect(written.some((f) => f.includes(join(cache, 'v8')))).toBe(true);
    // The built-in lexicons' index comes with the build.
    expect(written.some((f) => f.includes(join(cache, 'lexicons')))).toBe(false);
    expect(run(cache)).toEqual(off);
    expect(run(cache, ['-f', 'json', 'poster.md', 'notes.txt']).stdout).toBe(policylint(['-f', 'json', 'poster.md', 'notes.txt'], { cwd: drafts, env: { POLICYLINT_CACHE_DIR: 'off' } }).stdout);
  });

  it('keeps the index of lexicons a user pack adds to, and reports the same with it', () => {
    expect(offWithWords.code).toBe(1);
    expect(offWithWords).not.toEqual(off);
    const cache = tempTree({});
    expect(run(cache, withWords)).toEqual(offWithWords);
    const lexicons = filesUnder(cache).filter((f) => f.includes(join(cache, 'lexicons')));
    expect(lexicons).toHaveLength(1);
    const written = statSync(lexicons[0]);
    expect(run(cache, withWords)).toEqual(offWithWords);
    // Read, not built again: a rebuild would have replaced the file.
    expect(statSync(lexicons[0]).ino).toBe(written.ino);
    expect(statSync(lexicons[0]).mtimeMs).toBe(written.mtimeMs);
  });

  it('reports the same from damaged cache files, and mends them', () => {
    const cache = tempTree({});
    run(cache, withWords);
    const files = filesUnder(cache);
    expect(files.some((f) => f.includes(join(cache, 'lexicons')))).toBe(true);
    const good = new Map(files.map((f) => [f, readFileSync(f)]));
    const damages = [() => Buffer.from('garbage'), (b: Buffer) => b.subarray(0, b.length >> 1), (b: Buffer) => Buffer.alloc(b.length)];
    for (const damage of damages) {
      for (const [f, bytes] of good) writeFileSync(f, damage(bytes));
      expect(run(cache, withWords)).toEqual(offWithWords);
      // The run that found them wrote them afresh.
      for (const [f, bytes] of good) {
        if (f.includes(join(cache, 'lexicons'))) expect(readFileSync(f).equals(bytes)).toBe(true);
        else if (f.includes(join(cache, 'v8'))) expect(readFileSync(f).length).toBeGreaterThan(bytes.length >> 1);
      }
      expect(run(cache, withWords)).toEqual(offWithWords);
    }
  }, 20_000); // three runs of the command: near vitest's 5 s default on a loaded machine

  it('needs no pattern literals on a warm run: the built-in rules carry theirs, the restored lexicons theirs', () => {
    const cache = tempTree({});
    run(cache, withWords);
    const [literals] = filesUnder(cache).filter((f) => f.includes(join(cache, 'literals')));
    // Read only for a pattern with no answer, written only when one was worked out: a damaged entry stays as it is.
    writeFileSync(literals, 'garbage');
    expect(run(cache, withWords)).toEqual(offWithWords);
    expect(readFileSync(literals, 'utf8')).toBe('garbage');
  });

  it('keeps the word segmentation of the windows it met, and reports the same from a damaged memo', () => {
    // 招商银行 between 与 and 共同: its word boundaries are ICU's segmentation of the clause.
    const bank = tempTree({ 'bank.md': '---\nkind: promo\n---\n金澜长兴人寿与招商银行共同推出开门红专享。\n' });
    const runBank = (cacheDir: string) => policylint(['bank.md'], { cwd: bank, env: { POLICYLINT_CACHE_DIR: cacheDir } });
    const offBank = runBank('off');
    expect(offBank.stdout).toContain('bank-name');
    const cache = tempTree({});
    expect(runBank(cache)).toEqual(offBank);
    const [memo] = filesUnder(cache).filter((f) => f.includes(join(cache, 'segments')));
    const good = readFileSync(memo);
    expect(good.toString()).toContain('招商银行');
    const written = statSync(memo);
    expect(runBank(cache)).toEqual(offBank);
    // Read, not written again: nothing new was segmented.
    expect(statSync(memo).mtimeMs).toBe(written.mtimeMs);
    const damages = [Buffer.from('garbage'), good.subarray(0, good.length >> 1), Buffer.from(good.toString().replace('[0,', '[1,'))];
    for (const damage of damages) {
      writeFileSync(memo, damage);
      expect(runBank(cache)).toEqual(offBank);
      expect(readFileSync(memo).equals(good)).toBe(true);
    }
  }, 20_000);

  it('works nothing out on a run with the built-in packs, and loads no node:crypto', () => {
    const cache = tempTree({});
    const loaded = tempTree({ 'report.cjs': "process.on('exit', () => process.stderr.write(`\\nloaded: ${process.moduleLoadList.filter((m) => m.startsWith('NativeModule crypto')).join()}\\n`));\n" });
    const traced = () => policylint(['poster.md', 'notes.txt'], { cwd: drafts, env: { POLICYLINT_CACHE_DIR: cache, NODE_OPTIONS: `--require=${join(loaded, 'report.cjs')}` } });
    traced();
    const warm = traced();
    expect(warm.stdout).toBe(off.stdout);
    expect(warm.stderr).toMatch(/\nloaded: \n$/);
    // Nothing but the code cache: the built-in pack's lexicon index and pattern literals come with the build.
    expect(readdirSync(cache)).toEqual(['v8']);
  });

  // Node 20's road (Node 22 keeps its own compile cache): two checkouts on one machine used to delete each other's
  // code cache at every run, so that every run compiled the bundle again.
  it.runIf(!('enableCompileCache' in Module))('keeps the newest code caches of other builds beside its own, and removes older ones', () => {
    const cache = tempTree({});
    const v8 = join(cache, 'v8');
    mkdirSync(v8, { recursive: true });
    const now = Date.now() / 1000;
    const others = [1, 2, 3, 4, 5].map((i) => join(v8, `cli-otherbuild${i}-v20-x64.bin`));
    others.forEach((f, i) => {
      writeFileSync(f, 'not a code cache');
      utimesSync(f, now - 100 * (i + 1), now - 100 * (i + 1)); // otherbuild1 newest
    });
    expect(run(cache)).toEqual(off);
    const left = readdirSync(v8);
    expect(others.slice(0, 3).every((f) => left.includes(f.split('/').pop()!))).toBe(true);
    expect(others.slice(3).some((f) => left.includes(f.split('/').pop()!))).toBe(false);
    expect(left.filter((f) => f.startsWith('cli-') && !f.includes('otherbuild'))).toHaveLength(1);
  });

  it('reports the same when the cache folder cannot be written', () => {
    const blocked = tempTree({ 'not-a-folder': 'x' });
    expect(run(join(blocked, 'not-a-folder'))).toEqual(off);
  });
});
