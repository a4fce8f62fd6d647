// The memo of configs and user packs (engine/data-memo.ts, fs/data-memo.ts): a
// run whose YAML is unchanged takes its validated data from the cache folder. The
// report must be the same as with the cache off, an edited or broken config
// or pack must be read again (and a broken one reported where it is broken), and a
// damaged memo file must be ignored. Runs the built bin (npm test builds first).
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policylint } from '../helpers/cli.js';
import { POSTER } from '../helpers/drafts.js';
import { tempTree } from '../helpers/tmp.js';

// An unknown rule id in `rules` and in an override: warned about at its place, which the memo must give as the YAML does.
const CONFIG = 'root: true\nextends: [cbrc-90]\nrules:\n  inducement: warn\n  no-such-rule: error\noverrides:\n  - files: ["*.md"]\n    rules:\n      also-unknown: "off"\n';

/** The memo's checksum (fs/checksum.ts), to forge a well-formed file. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

function memoFiles(cache: string, kind = 'configs'): string[] {
  const dir = join(cache, kind);
  return readdirSync(dir).map((f) => join(dir, f));
}

describe('config memo', () => {
  const fresh = () => tempTree({ 'policylint.config.yaml': CONFIG, 'poster.md': POSTER });
  const run = (cwd: string, cacheDir: string) => policylint(['poster.md'], { cwd, env: { POLICYLINT_CACHE_DIR: cacheDir } });

  it('reports the same from the memo as from the YAML, warnings and their places included', () => {
    const drafts = fresh();
    const off = run(drafts, 'off');
    expect(off.stderr).toMatch(/policylint\.config\.yaml:5:3[^\n]*no-such-rule/);
    expect(off.stderr).toContain('also-unknown');
    expect(off.stdout).toContain('inducement');
    const cache = tempTree({});
    expect(run(drafts, cache)).toEqual(off);
    const [memo] = memoFiles(cache);
    const written = statSync(memo);
    expect(run(drafts, cache)).toEqual(off);
    // Read, not written again.
    expect(statSync(memo).mtimeMs).toBe(written.mtimeMs);
  });

  it('reads an edited config again, even with its old size and time', () => {
    const drafts = fresh();
    const cache = tempTree({});
    run(drafts, cache);
    const config = join(drafts, 'policylint.config.yaml');
    const before = statSync(config);
    // Same length: inducement off instead of warn.
    writeFileSync(config, CONFIG.replace('inducement: warn', 'inducement: off '));
    utimesSync(config, before.atime, before.mtime);
    expect(statSync(config).size).toBe(before.size);
    const edited = run(drafts, cache);
    expect(edited).toEqual(run(drafts, 'off'));
    expect(edited.stdout).not.toContain('inducement');
  });

  it('reports a config broken after the memo was written, with its file and line', () => {
    const drafts = fresh();
    const cache = tempTree({});
    run(drafts, cache);
    writeFileSync(join(drafts, 'policylint.config.yaml'), CONFIG.replace('inducement: warn', 'inducement: loud'));
    const broken = run(drafts, cache);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/policylint\.config\.yaml:4:\d+/);
    expect(broken).toEqual(run(drafts, 'off'));
  });

  it('ignores a damaged memo file and writes it afresh', () => {
    const drafts = fresh();
    const off = run(drafts, 'off');
    const cache = tempTree({});
    run(drafts, cache);
    const [memo] = memoFiles(cache);
    const good = readFileSync(memo, 'utf8');
    for (const damage of ['garbage', good.slice(0, good.length >> 1), good.replace('"inducement":"warn"', '"inducement":"off"'), '']) {
      writeFileSync(memo, damage);
      expect(run(drafts, cache)).toEqual(off);
      expect(readFileSync(memo, 'utf8')).toBe(good);
    }
    // Well formed and checksummed, but under another key (another stamp of the config): not trusted.
    const body = good.slice(good.indexOf('\n') + 1).replace(/"key":"[^"]*"/, '"key":"elsewhere"').replace('"inducement":"warn"', '"inducement":"off"');
    writeFileSync(memo, `${fnv(body)}\n${body}`);
    expect(run(drafts, cache)).toEqual(off);
    expect(readFileSync(memo, 'utf8')).toBe(good);
  }, 20_000);
});

const PACK = 'pack: house\nrules:\n  - id: house-best\n    check: forbidden\n    severity: error\n    title: 最高级用语\n    docs: 不得使用最高级用语。\n    articles: ["90号 第三条"]\n    message: 不得使用最高级用语\n    patterns: ["高收益(产品|保险)"]\n    phrases: [稳赚]\n';
const POSTER_WITH_HOUSE_WORDS = `${POSTER}\n这是高收益产品，买了稳赚，还有开门红。\n`;

describe('pack memo', () => {
  const fresh = () => tempTree({ 'policylint.config.yaml': 'root: true\nextends: [cbrc-90, ./house.yaml]\n', 'house.yaml': PACK, 'poster.md': POSTER_WITH_HOUSE_WORDS });
  const run = (cwd: string, cacheDir: string) => policylint(['poster.md'], { cwd, env: { POLICYLINT_CACHE_DIR: cacheDir } });

  it('reports the same from the memo, reads an edited pack again, and reports a broken one where it is broken', () => {
    const drafts = fresh();
    const off = run(drafts, 'off');
    expect(off.stdout).toContain('house-best');
    const cache = tempTree({});
    expect(run(drafts, cache)).toEqual(off);
    const [memo] = memoFiles(cache, 'packs');
    const written = statSync(memo);
    expect(run(drafts, cache)).toEqual(off);
    expect(statSync(memo).mtimeMs).toBe(written.mtimeMs);
    // 开门红 added as a phrase: found once the pack is read again.
    writeFileSync(join(drafts, 'house.yaml'), PACK.replace('[稳赚]', '[稳赚, 开门红]'));
    const edited = run(drafts, cache);
    expect(edited).toEqual(run(drafts, 'off'));
    expect(edited.stdout).not.toEqual(off.stdout);
    writeFileSync(join(drafts, 'house.yaml'), PACK.replace('    severity: error\n', ''));
    const broken = run(drafts, cache);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/house\.yaml:3:5/);
    expect(broken).toEqual(run(drafts, 'off'));
  }, 20_000);

  it('ignores a damaged memo file and writes it afresh', () => {
    const drafts = fresh();
    const off = run(drafts, 'off');
    const cache = tempTree({});
    run(drafts, cache);
    const [memo] = memoFiles(cache, 'packs');
    const good = readFileSync(memo, 'utf8');
    for (const damage of ['garbage', good.slice(0, good.length >> 1), good.replace('稳赚', '保本'), '']) {
      writeFileSync(memo, damage);
      expect(run(drafts, cache)).toEqual(off);
      expect(readFileSync(memo, 'utf8')).toBe(good);
    }
    // Well formed and checksummed, but under another key: not trusted.
    const body = good.slice(good.indexOf('\n') + 1).replace(/"key":"[^"]*"/, '"key":"elsewhere"').replace('稳赚', '保本');
    writeFileSync(memo, `${fnv(body)}\n${body}`);
    expect(run(drafts, cache)).toEqual(off);
  }, 20_000);
});
