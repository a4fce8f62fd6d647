// Whole documents: the bundled examples, the notice itself read as a
// regulation, fixes that are stable, and bad front matter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixText, lintText, resolveConfig } from '../../server/src/engine/index.js';

const config = resolveConfig(undefined, { noConfig: true });
const read = (f: string) => readFileSync(f, 'utf8');
const ids = (src: string, opts = {}) => lintText(src, { config, filePath: 'x.md', ...opts }).map((f) => f.ruleId);

describe('the founding notice and later rules', () => {
  for (const file of ['../shared/reference/cbrc-2010-90.md', '../shared/reference/later-rules.md']) {
    it(`${file} read as a regulation has no marketing findings`, () => {
      const spelling = new Set(['english-spelling', 'term-typo']);
      expect(ids(read(file), { kind: 'regulation' }).filter((id) => !spelling.has(id))).toEqual([]);
    });
  }
  it('the same text treated as marketing copy would be flagged (the kind matters)', () => {
    expect(ids(read('../shared/reference/cbrc-2010-90.md'), { kind: 'promo' })).toContain('bank-name');
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

  it('an unknown kind still checks wording, says disclosures were not checked, and offers to declare the kind', () => {
    const found = lintText('存款\n', { config, filePath: 'x.md' });
    const info = found.find((f) => f.ruleId === 'kind-unknown')!;
    expect(info.severity).toBe('info');
    expect(info.suggestions?.[0].fix.text).toBe('---\nkind: promo\n---\n');
    expect(found.map((f) => f.ruleId)).toEqual(['kind-unknown', 'deposit-wording']);
  });
});
