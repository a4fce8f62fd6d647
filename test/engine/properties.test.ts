// Property tests: random CJK-heavy drafts (surrogate pairs, zero-width
// characters, combining marks, Markdown nesting, front matter) never make
// the engine throw, every range it reports lies inside the document, and
// fixing is idempotent and leaves nothing fixable behind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixText, lintText, resolveConfig, type Finding } from '../../server/src/engine/index.js';

const config = resolveConfig(undefined, { noConfig: true });

// Pieces of realistic copy, forbidden and required wording among them.
const WORDS = [
  '本产品', '保险', '保障', '年金', '两全保险', '犹豫期', '电话回访', '保险责任', '退保', '现金价值', '投诉热线',
  '存款', '银行存款', '储蓄', '储蓄卡', '保本', '保息', '本金', '利息', '稳赚', '零风险', '收益比定期存款高',
  '不是银行存款', '投保即送礼品', '赠送', '抽奖', '中国银行', '银行推出', '代签', '专家推荐', '分红', '万能账户',
  '华泰安康人寿保险股份有限公司', '犹豫期为15日', '分红不确定', 'policy', 'Anxin', 'recieve', 'https://example.com/存款',
];
const ODD = [
  '\u200b', '\u200c', '\u200d', '\ufeff', // zero-width
  '\u0301', '\u3099', '\u20dd', // combining marks
  '𠀀', '𪚥', '😀', '👨‍👩‍👧', '\ud800', '\udc00', // astral, emoji sequences, lone surrogates
  '\u3000', '　', '１５', 'Ａ', '\t', '\r\n', '\r',
];
const PUNCT = ['。', '，', '！', '？', '；', '：', '、', '“', '”', '（', '）', '【', '】', '\n', '\n\n', ' '];
const MARKUP = [
  '*', '**', '_', '__', '`', '```\n', '~~~\n', '[', ']', '](', ')', '![', '<', '>', '> ', '- ', '1. ', '# ', '## ', '|', '| --- |',
  '<!--', '-->', '<!-- policylint-disable-next-line deposit-wording -->', '<!-- policylint-disable -->', '\\', '&amp;', '---\n',
  '    ', '  - ', '客户：', '销售：',
];
const HAN = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: HAN },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
  { weight: 1, arbitrary: fc.nat({ max: 12 }).map((n) => '>'.repeat(n) + ' ') },
  { weight: 1, arbitrary: fc.nat({ max: 12 }).map((n) => '*'.repeat(n)) },
  // Nesting deep enough to overflow a recursive reader (issue 9, item 4).
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('>', '*', '[', '- ', '  '), fc.integer({ min: 1000, max: 6000 })).map(([m, n]) => m.repeat(n)) },
);

const FRONT_MATTER = [
  '',
  '---\nkind: promo\nproduct: participating\ninsurer: 华泰安康人寿保险股份有限公司\nhotline: "95123"\ncoolingOffDays: 15\n---\n',
  '---\nkind: phone-script\n---\n',
  '---\nkind: notice\nproduct: investment-linked\n---\n',
  '---\nkind: [broken\n---\n',
  '---\n',
];

const draft = fc
  .tuple(fc.constantFrom(...FRONT_MATTER), fc.array(piece, { maxLength: 120 }))
  .map(([fm, pieces]) => fm + pieces.join(''));
const format = fc.constantFrom<'markdown' | 'text'>('markdown', 'text');

function rangesInside(findings: Finding[], length: number): boolean {
  const ok = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= length;
  return findings.every(
    (f) => ok(f.start, f.end) && (!f.fix || ok(...f.fix.range)) && (f.suggestions ?? []).every((s) => ok(...s.fix.range)),
  );
}

// PROPERTY_RUNS=2000 for a longer hunt; the suite keeps to a few seconds.
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 150 };

describe('the engine on random CJK-heavy drafts', () => {
  it('never throws, and every finding, fix and suggestion range lies inside the document', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(draft, format, (source, fmt) => {
        const findings = lintText(source, { config, format: fmt });
        expect(rangesInside(findings, source.length)).toBe(true);
      }),
      RUNS,
    );
  });

  it('fixing is idempotent and leaves no fixable finding', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(draft, format, (source, fmt) => {
        const once = fixText(source, { config, format: fmt });
        expect(rangesInside(once.findings, once.output.length)).toBe(true);
        const twice = fixText(once.output, { config, format: fmt });
        expect(twice.output).toBe(once.output);
        expect(once.findings.filter((f) => f.fix).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      }),
      RUNS,
    );
  });
});
