// Whole documents: the bundled examples, the notice itself read as a
// regulation, fixes that are stable, and bad front matter.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText, lintText, resolveConfig } from '../../server/src/engine/index.js';

const config = resolveConfig(undefined, { noConfig: true });
const read = (f: string) => readFileSync(f, 'utf8');
const ids = (src: string, opts = {}) => lintText(src, { config, filePath: 'x.md', ...opts }).map((f) => f.ruleId);

describe('the founding notice and later rules', () => {
  for (const file of ['test/fixtures/reference/cbrc-2010-90.md', 'test/fixtures/reference/later-rules.md']) {
    it(`${file} read as a regulation has no marketing findings`, () => {
      const spelling = new Set(['english-spelling', 'term-typo']);
      expect(ids(read(file), { kind: 'regulation' }).filter((id) => !spelling.has(id))).toEqual([]);
    });
  }
  it('the same text treated as marketing copy would be flagged (the kind matters)', () => {
    expect(ids(read('test/fixtures/reference/cbrc-2010-90.md'), { kind: 'promo' })).toContain('bank-name');
  });
});

describe('the suite runs from a fresh clone', () => {
  // Tests run with the repository as working directory. A relative path that
  // is not an import (nothing there next to the test file) must not climb out
  // of it, as the reference texts in the sibling shared folder once did.
  it('no test reads a file outside the repository', () => {
    const root = resolve('.');
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : /\.(?:ts|mjs|js)$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const outside: string[] = [];
    for (const file of sources('test')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/['"`](\.\.\/[^'"`$]*)['"`]/g)) {
        const nextToTest = resolve(dirname(file), m[1]);
        if ([nextToTest, nextToTest.replace(/\.js$/, '.ts')].some((p) => existsSync(p))) continue; // an import
        if (relative(root, resolve(root, m[1])).startsWith('..')) outside.push(`${file}: ${m[0]}`);
      }
      for (const m of text.matchAll(/resolve\(\s*['"]\.\.['"][^)]*\)/g)) outside.push(`${file}: ${m[0]}`);
    }
    expect(outside).toEqual([]);
  });

  it('the reference texts are fixtures in the repository', () => {
    for (const name of ['cbrc-2010-90.md', 'later-rules.md']) expect(read(join('test/fixtures/reference', name))).toMatch(/银/);
  });
});

describe('bundled examples', () => {
  it('the compliant web page and the 投保提示书 produce no finding', () => {
    expect(ids(read('examples/compliant-promo.md'))).toEqual([]);
    expect(ids(read('examples/toubao-tishishu.md'))).toEqual([]);
  });

  it('the poster is flagged for deposit framing, comparisons, inducements, bank name and missing disclosures', () => {
    const found = new Set(ids(read('examples/promo-poster.md')));
    for (const id of ['deposit-wording', 'return-comparison', 'guaranteed-return', 'inducement', 'bank-as-originator', 'bank-name', 'cooling-off', 'callback', 'complaint-channel']) {
      expect(found, id).toContain(id);
    }
  });

  it('keeps the differentiation sentence in the poster clean', () => {
    const src = read('examples/promo-poster.md');
    const at = src.indexOf('不是银行存款');
    expect(at).toBeGreaterThan(0);
    const hits = lintText(src, { config, filePath: 'x.md' }).filter((f) => f.start <= at + 6 && f.end >= at);
    expect(hits).toEqual([]);
  });

  it('the phone script pitches before asking consent and never announces the recording', () => {
    const found = ids(read('examples/phone-script.md'));
    expect(found).toContain('phone-consent-first');
    expect(found).toContain('phone-recording');
  });

  for (const file of ['promo-poster', 'phone-script', 'face-to-face-script', 'investment-linked-brochure']) {
    it(`fixing ${file} twice changes nothing the second time`, () => {
      const src = read(`examples/${file}.md`);
      const once = fixText(src, { config, filePath: 'x.md' }).output;
      expect(once).not.toBe(src);
      expect(fixText(once, { config, filePath: 'x.md' }).output).toBe(once);
    });
  }
});

describe('front matter', () => {
  it('reports an unknown kind at its line and falls back to unknown', () => {
    const src = '---\nkind: poster\n---\n存款\n';
    const found = lintText(src, { config, filePath: 'x.md' });
    const fm = found.find((f) => f.ruleId === 'front-matter')!;
    expect(src.slice(fm.start, fm.end)).toBe('kind: poster');
    expect(found.map((f) => f.ruleId)).toContain('kind-unknown');
    expect(found.map((f) => f.ruleId)).toContain('deposit-wording');
  });

  it('reports broken YAML', () => {
    expect(ids('---\nkind: [promo\n---\n正文\n')).toContain('front-matter');
  });

  it('reports an alias to no anchor instead of throwing, and still lints the text', () => {
    const found = ids('---\n*本产品\n---\n本产品是存款。\n');
    expect(found).toContain('front-matter');
    expect(found).toContain('deposit-wording');
  });

  it('an unknown kind still checks wording, says disclosures were not checked, and offers to declare the kind', () => {
    const found = lintText('存款\n', { config, filePath: 'x.md' });
    const info = found.find((f) => f.ruleId === 'kind-unknown')!;
    expect(info.severity).toBe('info');
    expect(info.suggestions?.[0].fix.text).toBe('---\nkind: promo\n---\n');
    expect(found.map((f) => f.ruleId)).toEqual(['kind-unknown', 'deposit-wording']);
  });
});
