// The juxtaposed check kind through a team's own pack: its fields validate,
// classes it names must exist, and figures are compared as data says.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, lintText, loadPack, resolveConfig } from '../../server/src/engine/index.js';
import { chineseNumber, chineseSum, figuresIn } from '../../server/src/engine/text/figures.js';
import { tempTree } from '../helpers/tmp.js';

const RULE = `  - id: team/side-by-side
    check: juxtaposed
    severity: error
    articles: [90号 第三条(一)]
    title: 并列对比
    message: “{{match}}”并列对比
    docs: 说明
`;
const LEXICONS = `lexicons:\n  bank-side: [定期, 余额宝]\n  warn: [甲乙对照]\n`;

const dir = tempTree({
  'team.yaml': `pack: team\n${LEXICONS}rules:\n${RULE}    savings: [bank-side]\n    unless: [warn]\n`,
  'no-savings.yaml': `pack: team\n${LEXICONS}rules:\n${RULE}    unless: [warn]\n`,
  'bad-class.yaml': `pack: team\n${LEXICONS}rules:\n${RULE}    savings: [bank-side, deposits]\n`,
});

function errorsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e.errors;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

const lint = (pack: string, text: string) => {
  const config = resolveConfig(undefined, { noConfig: true, extraPacks: [join(dir, pack)] });
  return lintText(`---\nkind: promo\n---\n${text}\n`, { config, filePath: 'draft.md' }).filter((f) => f.ruleId === 'team/side-by-side');
};

describe('juxtaposed rules in a pack', () => {
  it('require savings classes, naming the rule', () => {
    const errors = errorsOf(() => loadPack('no-savings.yaml', dir));
    expect(errors.some((e) => /savings/.test(e.message))).toBe(true);
  });

  it('refuse a class no lexicon defines, naming it at its line', () => {
    const errors = errorsOf(() => resolveConfig(undefined, { noConfig: true, extraPacks: [join(dir, 'bad-class.yaml')] }));
    expect(errors).toMatchObject([{ file: join(dir, 'bad-class.yaml'), line: 13 }]);
    expect(errors[0].message).toMatch(/未定义的词类：deposits/);
  });

  it('compare a savings figure with a higher one of the other side, unless a class cancels it', () => {
    const [f] = lint('team.yaml', '定期 1.5 ｜ 年金 3.0');
    expect(f.message).toBe('“定期 1.5 ｜ 年金 3.0”并列对比');
    // Deleting a comparison changes what the copy says: offered, never applied by --fix.
    expect(f.fix).toBeUndefined();
    expect(f.suggestions?.[0].desc).toBe('删除“定期 1.5 ｜ 年金 3.0”');
    expect(lint('team.yaml', '定期 3.0 ｜ 年金 1.5')).toEqual([]);
    expect(lint('team.yaml', '甲乙对照：定期 1.5 ｜ 年金 3.0')).toEqual([]);
  });
});

describe('figures', () => {
  it('reads rates and sums in one pass', () => {
    const text = '百分之三点五，3个点，3.5 %，定存1.5，¥118,600，11.86万，3万，5250元，2025年，1.5倍';
    expect(figuresIn(text, 0, text.length).map((f) => [f.kind, f.value])).toEqual([
      ['rate', 3.5], ['rate', 3], ['rate', 3.5], ['rate', 1.5], ['sum', 118600], ['sum', 118600], ['sum', 30000], ['sum', 5250],
    ]);
  });

  it('reads rates said in points, a half for 多 (一个多点, 三个多 at a clause end), and leaves 三个多月 alone', () => {
    const text = '余额宝才一个多点，这个年化能到三个多，定期两个点都不到，理财2个多点，等了三个多月。';
    expect(figuresIn(text, 0, text.length).map((f) => [f.value, text.slice(f.start, f.end)])).toEqual([
      [1.5, '一个多点'], [3.5, '三个多'], [2, '两个点'], [2.5, '2个多点'],
    ]);
  });

  it('reads sums said in Chinese numerals with 千 or 万, and leaves other measures alone', () => {
    expect(['一千五', '三千', '十二万', '三万五', '两万', '一百二十万', '五千三百'].map(chineseSum)).toEqual([1500, 3000, 120_000, 35_000, 20_000, 1_200_000, 5300]);
    const text = '放银行一年利息也就一千五，放这儿一年能有三千多块。跑了三千米，二〇二六年，走了一万步，十万块。';
    expect(figuresIn(text, 0, text.length).map((f) => [f.kind, f.value, text.slice(f.start, f.end)])).toEqual([
      ['sum', 1500, '一千五'], ['sum', 3000, '三千多块'], ['sum', 100_000, '十万块'],
    ]);
  });

  it('parses Chinese numerals', () => {
    expect([chineseNumber('三点五'), chineseNumber('二十'), chineseNumber('十二'), chineseNumber('一百')]).toEqual([3.5, 20, 12, 100]);
  });
});
