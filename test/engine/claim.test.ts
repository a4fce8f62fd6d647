// The claim check kind, through a team's own pack: word classes as data,
// claims as combinations of classes in one clause or sentence, negation,
// contexts that cancel a claim, and one finding per clause with its fixes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, lintText, loadPack, resolveConfig, type Finding } from '../../server/src/engine/index.js';
import { tempTree } from '../helpers/tmp.js';

const RULE = `  - id: team/gift
    check: claim
    severity: error
    articles: [90号 第三条(四)]
    title: 赠品
    message: “{{match}}”以赠品诱导投保
    docs: 说明
`;

const LEXICONS = `lexicons:
  negation: [不, 不设, 没有]
  give: [送, {text: 赠送, suggest: [提供]}]
  gift: [{text: 礼品, suggest: [服务]}, 大米, 食用油]
  buy: [投保, 签单]
  report: [罚款]
  neutral: [寄送]
`;

const dir = tempTree({
  'team.yaml': `pack: team\n${LEXICONS}rules:\n${RULE}    claims:\n      - all: [give, gift]\n        ordered: true\n        within: 8\n      - all: [buy, give]\n        scope: sentence\n        noneInSentence: [report]\n    unless: [report]\n`,
  'split/a-lexicons.yaml': `pack: split\n${LEXICONS}`,
  'split/b-rules.yaml': `pack: split\nrules:\n${RULE}    claims:\n      - all: [give, gift]\n`,
  'unknown-class.yaml': `pack: bad\n${LEXICONS}rules:\n${RULE}    claims:\n      - all: [give, prize]\n`,
  'uses-builtin.yaml': `pack: team\n${LEXICONS}rules:\n${RULE}    claims:\n      - all: [give, gift, savings]\n        scope: sentence\n`,
  'bad-class-name.yaml': `pack: bad\nlexicons:\n  Gift: [礼品]\nrules: []\n`,
  'team/policylint.config.yaml': 'root: true\nextends: [../team.yaml]\n',
  'split-only/policylint.config.yaml': 'root: true\nextends: [../split]\n',
  'bad-pattern.yaml': `pack: bad\nlexicons:\n  figure:\n    - pattern: '(\\d+)\\1'\nrules: []\n`,
});

// Each pack alone (its config extends only it), so the built-in lexicons do not mix in.
function lint(body: string, folder = 'team'): Finding[] {
  const filePath = join(dir, folder, 'draft.md');
  const config = resolveConfig(filePath, { cwd: dir });
  return lintText(`---\nkind: promo\n---\n${body}\n`, { config, filePath }).filter((f) => f.ruleId === 'team/gift');
}
const texts = (body: string, pack?: string) => {
  const src = `---\nkind: promo\n---\n${body}\n`;
  return lint(body, pack).map((f) => src.slice(f.start, f.end));
};

describe('claim rules from a pack', () => {
  it('report a claim made of several classes in one clause', () => {
    expect(texts('投保即送精美礼品一份。')).toEqual(['投保即送精美礼品']);
  });

  it('needs every class: a gift word alone, or giving alone, is no claim', () => {
    expect(texts('礼品包装请选择环保材料。')).toEqual([]);
    expect(texts('保单将在三日内寄送。')).toEqual([]);
  });

  it('keeps order and distance when the rule asks for them', () => {
    expect(texts('大米产地直送。')).toEqual([]); // gift before give: not in order
    expect(texts('送您一张来自远方的明信片和大米。')).toEqual([]); // too far apart
  });

  it('does not count a negated word', () => {
    expect(texts('本活动不送礼品。')).toEqual([]);
    expect(texts('本活动不设礼品、大米或食用油。')).toEqual([]);
    // A quotation a negation heads is negated whole; an unnegated quotation is not.
    expect(texts('本活动没有“投保送礼品”一说。')).toEqual([]);
    expect(texts('“投保送礼品”活动进行中。')).toEqual(['投保送礼品']);
  });

  it('reads the short lines of a poster or a post as one sentence: a claim may sit over two lines', () => {
    expect(texts('今天签单\n马上就送')).toEqual(['签单']);
    // A line of two or three Han characters is a phrase broken for the layout: read joined.
    expect(texts('签单\n就送')).toEqual(['签单\n就送']);
    // … and a cancelling context on the next line still cancels it.
    expect(texts('签单就送\n某网点因此被罚款')).toEqual([]);
    // A new speaker's line or a list item starts afresh.
    expect(texts('签单\n客户：送吗？')).toEqual([]);
    expect(texts('签单\n1. 送')).toEqual([]);
  });

  it('reads 不…就… as a condition: what follows 就 is not denied', () => {
    expect(texts('不签单就送大米。')).toEqual(['送大米']);
  });

  it('drops the sentence when a cancelling context is in it, not the next sentence', () => {
    expect(texts('某网点因投保送大米被罚款。投保即送大米。')).toEqual(['投保即送大米']);
  });

  it('gives one finding per clause, spanning every word of the claim found there', () => {
    expect(texts('签单就送大米，再送食用油。')).toEqual(['签单就送大米', '送食用油']);
  });

  it('offers the rewording of the word the claim turns on first, then removal of the clause', () => {
    const [f] = lint('赠送礼品，欢迎咨询。');
    expect(f.suggestions?.map((s) => s.desc)).toEqual(['改为“提供”', '删除“赠送礼品”']);
    expect(f.fix).toBeUndefined(); // a claim is never rewritten without the writer
  });

  it('reads traditional characters and spacing through the normalised text', () => {
    expect(texts('投保即送禮 品。')).toEqual(['投保即送禮 品']);
  });

  it('takes the lexicons from another file of the same pack folder', () => {
    expect(texts('送礼品。', 'split-only')).toEqual(['送礼品']);
  });
});

describe('claim words that run past a comma', () => {
  it('are reported inside the document, in the clause where they start', () => {
    const src = '---\nkind: promo\n---\n錯過今年，再等十年。\n';
    const config = resolveConfig(undefined, { noConfig: true });
    const [f] = lintText(src, { config, filePath: 'draft.md' }).filter((x) => x.ruleId === 'pressure-selling');
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(src.slice(f.start, f.end)).toBe('錯過今年，再等');
  });
});

describe('claim rules that cannot work', () => {
  it('refuses a pack whose rule names a class no pack defines, at the line that names it', () => {
    let errors: { file: string; line: number; column: number; message: string }[] = [];
    try {
      resolveConfig(undefined, { noConfig: true, extraPacks: [join(dir, 'unknown-class.yaml')] });
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      errors = e.errors;
    }
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: join(dir, 'unknown-class.yaml'), line: 18 });
    expect(errors[0].message).toMatch(/team\/gift.*未定义的词类：prize/);
  });

  it('lets a team pack name the built-in classes beside its own', () => {
    const config = resolveConfig(undefined, { noConfig: true, extraPacks: [join(dir, 'uses-builtin.yaml')] });
    const found = lintText('---\nkind: promo\n---\n投保就送大米，比定期划算。\n', { config, filePath: 'draft.md' });
    expect(found.some((f) => f.ruleId === 'team/gift')).toBe(true);
  });

  it('refuses a lexicon class name that is not lower-case, with its line', () => {
    expect(() => loadPack('bad-class-name.yaml', dir)).toThrow(ConfigError);
  });

  it('refuses a lexicon pattern RE2 cannot run in linear time, with its line', () => {
    try {
      loadPack('bad-pattern.yaml', dir);
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const [err] = (e as ConfigError).errors;
      expect(err.line).toBe(4);
      expect(err.message).toMatch(/线性时间|RE2/);
    }
  });
});
