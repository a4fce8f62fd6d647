// The command's start-up cache (V8's code cache of the bundle and the compiled
// lexicons, server/bin/policylint.js and engine/lexicon-cache.ts): the report
// is the same with it off, on the first run that fills it, on the runs that use
// it, after its files are damaged, and when the cache folder cannot be written.
// Runs the built bin (npm test builds first).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
  const drafts = tempTree({ 'poster.md': POSTER, 'notes.txt': '---\nkind: script\n---\n销售：这个产品跟存款一样，随用随取，保本保息。\n' });
  const run = (cacheDir: string, args = ['poster.md', 'notes.txt']) => policylint(args, { cwd: drafts, env: { POLICYLINT_CACHE_DIR: cacheDir } });
  const off = run('off');

  it('reports the same whether the cache is off, being filled or used', () => {
    expect(off.code).toBe(1);
    expect(off.stdout).toContain('poster.md');
    const cache = tempTree({});
    expect(run(cache)).toEqual(off);
    const written = filesUnder(cache);
    expect(written.some((f) => f.includes(join(cache, 'lexicons')))).toBe(true);
    expect(written.some((f) => f.includes(join(cache, 'v8')))).toBe(true);
    expect(run(cache)).toEqual(off);
    expect(run(cache, ['-f', 'json', 'poster.md', 'notes.txt']).stdout).toBe(policylint(['-f', 'json', 'poster.md', 'notes.txt'], { cwd: drafts, env: { POLICYLINT_CACHE_DIR: 'off' } }).stdout);
  });

  it('reports the same from damaged cache files, and mends them', () => {
    const cache = tempTree({});
    run(cache);
    const files = filesUnder(cache);
    const good = new Map(files.map((f) => [f, readFileSync(f)]));
    const damages = [() => Buffer.from('garbage'), (b: Buffer) => b.subarray(0, b.length >> 1), (b: Buffer) => Buffer.alloc(b.length)];
    for (const damage of damages) {
      for (const [f, bytes] of good) writeFileSync(f, damage(bytes));
      expect(run(cache)).toEqual(off);
      // The run that found them wrote them afresh.
      for (const [f, bytes] of good) {
        if (f.includes(join(cache, 'lexicons'))) expect(readFileSync(f).equals(bytes)).toBe(true);
        else expect(readFileSync(f).length).toBeGreaterThan(bytes.length >> 1);
      }
      expect(run(cache)).toEqual(off);
    }
  });

  it('needs no pattern literals on a warm run: the built-in rules carry theirs, the restored lexicons theirs', () => {
    const cache = tempTree({});
    run(cache);
    const [literals] = filesUnder(cache).filter((f) => f.includes(join(cache, 'literals')));
    // Read only for a pattern with no answer, written only when one was worked out: a damaged entry stays as it is.
    writeFileSync(literals, 'garbage');
    expect(run(cache)).toEqual(off);
    expect(readFileSync(literals, 'utf8')).toBe('garbage');
  });

  it('reports the same when the cache folder cannot be written', () => {
    const blocked = tempTree({ 'not-a-folder': 'x' });
    expect(run(join(blocked, 'not-a-folder'))).toEqual(off);
  });
});
