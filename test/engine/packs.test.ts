// Rule packs are data: invalid ones are refused with file, line and column;
// patterns that RE2 cannot run in linear time are refused; prh.yml loads.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, fixText, lintText, loadPack, resolveConfig } from '../../server/src/engine/index.js';
import { tempTree } from '../helpers/tmp.js';

function errorsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e.errors;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

const RULE = `  - id: no-lottery
    check: forbidden
    severity: error
    articles: [90号 第三条(四)]
    title: 抽奖
    message: 不得以“{{match}}”诱导
    docs: 说明
`;

describe('rule packs', () => {
  const dir = tempTree({
    'unknown-field.yaml': `pack: team\nrules:\n${RULE}    phrases: [抽奖]\n    phrasez: [x]\n`,
    'bad-regex.yaml': `pack: team\nrules:\n${RULE}    patterns:\n      - '抽奖(?=活动)'\n`,
    'empty-match.yaml': `pack: team\nrules:\n${RULE}    patterns: ['(抽奖)*']\n`,
    'bad-yaml.yaml': `pack: team\nrules:\n  - id: [unclosed\n`,
    'good.yaml': `pack: team\nrules:\n${RULE}    phrases: [抽奖]\n`,
    'bad-within.yaml': `pack: team\nrules:\n${RULE}    patterns: ['参加[^，。]{0,6}抽奖']\n    suggest: [活动]\n    replaceWithin: '抽奖(?=活动)'\n`,
    'within.yaml': `pack: team\nrules:\n${RULE}    patterns: ['参加[^，。]{0,6}抽奖']\n    suggest: [活动]\n    replaceWithin: '抽奖'\n`,
    'bad-off-topic.yaml': `pack: team\nlexicons:\n  gift: [抽奖]\nrules:\n  - id: gift-claim\n    check: claim\n    severity: error\n    articles: [90号 第三条(四)]\n    title: 抽奖\n    message: 不得以“{{match}}”诱导\n    docs: 说明\n    claims:\n      - all: [gift]\n    offTopic:\n      - about:\n          patterns: ['手机银行(?=签到)']\n`,
    'topics/a.yaml': `pack: team\nlexicons:\n  gift: [抽奖]\nrules:\n  - id: gift-claim\n    check: claim\n    severity: error\n    articles: [90号 第三条(四)]\n    title: 抽奖\n    message: 不得以“{{match}}”诱导\n    docs: 说明\n    claims:\n      - all: [gift]\n    offTopic:\n      - about:\n          topics: [bank-app]\n        notAbout:\n          topics: [insurance]\n          patterns: ['这款']\n`,
    'topics/b.yaml': `pack: team\nrules: []\ntopics:\n  bank-app:\n    patterns: ['手机银行']\n  insurance:\n    phrases: [保险, 年金]\n`,
    'bad-topic/a.yaml': `pack: team\nlexicons:\n  gift: [抽奖]\nrules:\n  - id: gift-claim\n    check: claim\n    severity: error\n    articles: [90号 第三条(四)]\n    title: 抽奖\n    message: 不得以“{{match}}”诱导\n    docs: 说明\n    claims:\n      - all: [gift]\n    offTopic:\n      - about:\n          topics: [bank-ap]\n`,
    'bad-topic/b.yaml': `pack: team\nrules: []\ntopics:\n  bank-app:\n    patterns: ['手机银行(?=签到)']\n`,
    'off-topics/a.yaml': `pack: team\nlexicons:\n  gift: [抽奖]\n  hurry: [最后一天]\nrules:\n  - id: gift-claim\n    check: claim\n    severity: error\n    articles: [90号 第三条(四)]\n    title: 抽奖\n    message: 不得以“{{match}}”诱导\n    docs: 说明\n    claims:\n      - all: [gift]\n    offTopic:\n      - bank-app-only\n  - id: hurry-claim\n    check: claim\n    severity: error\n    articles: [销售办法 第十七条]\n    title: 催促\n    message: 不得以“{{match}}”催促\n    docs: 说明\n    claims:\n      - all: [hurry]\n    offTopic:\n      - bank-app-only\n      - about:\n          patterns: ['演唱会']\n`,
    'off-topics/b.yaml': `pack: team\nrules: []\ntopics:\n  insurance:\n    phrases: [保险, 年金]\noffTopics:\n  bank-app-only:\n    about:\n      patterns: ['手机银行']\n    notAbout:\n      topics: [insurance]\n`,
    'bad-off-topics/a.yaml': `pack: team\nlexicons:\n  gift: [抽奖]\nrules:\n  - id: gift-claim\n    check: claim\n    severity: error\n    articles: [90号 第三条(四)]\n    title: 抽奖\n    message: 不得以“{{match}}”诱导\n    docs: 说明\n    claims:\n      - all: [gift]\n    offTopic:\n      - bank-app-onyl\n`,
    'bad-off-topics/b.yaml': `pack: team\nrules: []\noffTopics:\n  bank-app-only:\n    about:\n      patterns: ['手机银行(?=签到)']\n`,
    'self-answered.yaml': `pack: team\nlexicons:\n  loss: [亏]\nrules:\n  - id: loss-claim\n    check: claim\n    severity: error\n    articles: [90号 第三条(一)]\n    title: 亏\n    message: “{{match}}”\n    docs: 说明\n    claims:\n      - all: [loss]\n        selfAnswered: true\n`,
    'prh.yml': `version: 1\nrules:\n  - expected: 保险费\n    pattern: 保费钱\n  - expected: 犹豫期\n    patterns:\n      - 冷静期\n      - /反悔期/\n`,
    'bad-prh.yml': `version: 1\nrules:\n  - expected: x\n    pattern: /(a)\\1/\n`,
  });

  it('names the line and column of an unknown field', () => {
    const [e] = errorsOf(() => loadPack('unknown-field.yaml', dir));
    expect(e.file).toBe(join(dir, 'unknown-field.yaml'));
    expect(e.line).toBe(3);
    expect(e.message).toContain('phrasez');
  });

  it('refuses a claim that is self-answered with no answer classes, naming its line', () => {
    const [e] = errorsOf(() => loadPack('self-answered.yaml', dir));
    expect(e.line).toBe(13);
    expect(e.message).toContain('answer');
  });

  it('refuses a pattern RE2 cannot run in linear time, naming its line', () => {
    const [e] = errorsOf(() => loadPack('bad-regex.yaml', dir));
    expect(e.line).toBe(11);
    expect(e.message).toMatch(/线性时间/);
  });

  it('refuses a replaceWithin pattern RE2 cannot run in linear time, naming its line', () => {
    const [e] = errorsOf(() => loadPack('bad-within.yaml', dir));
    expect(e.line).toBe(12);
    expect(e.message).toMatch(/线性时间/);
  });

  it('refuses an offTopic pattern RE2 cannot run in linear time, naming its line', () => {
    const [e] = errorsOf(() => loadPack('bad-off-topic.yaml', dir));
    expect(e.line).toBe(16);
    expect(e.message).toMatch(/线性时间/);
  });

  it('resolves offTopic topics named across the files of a pack, with the entry\'s own patterns', () => {
    const config = resolveConfig(undefined, { noConfig: true, extraPacks: [join(dir, 'topics')] });
    const lint = (text: string) => lintText(`---\nkind: promo\n---\n${text}\n`, { config }).filter((f) => f.ruleId === 'gift-claim').length;
    expect(lint('手机银行签到抽奖，天天有礼。')).toBe(0);
    expect(lint('手机银行投保年金即可参加抽奖。')).toBe(1);
    expect(lint('手机银行办这款就能抽奖。')).toBe(1);
    expect(lint('投保即可参加抽奖。')).toBe(1);
  });

  it('an offTopic entry named in the pack\'s offTopics serves every rule that names it, with its topics resolved', () => {
    const config = resolveConfig(undefined, { noConfig: true, extraPacks: [join(dir, 'off-topics')] });
    const lint = (text: string) => lintText(`---\nkind: promo\n---\n${text}\n`, { config })
        .map((f) => f.ruleId)
        .filter((id) => id.endsWith('-claim'))
        .sort();
    expect(lint('手机银行签到抽奖，活动最后一天。')).toEqual([]);
    expect(lint('手机银行投保年金即可参加抽奖，活动最后一天。')).toEqual(['gift-claim', 'hurry-claim']);
    expect(lint('演唱会门票，最后一天。')).toEqual([]);
    expect(lint('参加抽奖，最后一天。')).toEqual(['gift-claim', 'hurry-claim']);
  });

  it('names an unknown offTopics entry and the bad pattern of one with file and line', () => {
    const errors = errorsOf(() => loadPack('bad-off-topics', dir));
    expect(errors.map((e) => [e.file.endsWith('a.yaml') ? 'a' : 'b', e.line])).toEqual([['b', 6], ['a', 15]]);
    expect(errors[1].message).toContain('bank-app-onyl');
    expect(errors[1].message).toContain('bank-app-only');
  });

  it('names an unknown topic and the bad pattern of a topic with file and line', () => {
    const errors = errorsOf(() => loadPack('bad-topic', dir));
    expect(errors.map((e) => [e.file.endsWith('a.yaml') ? 'a' : 'b', e.line])).toEqual([['b', 5], ['a', 16]]);
    expect(errors[1].message).toContain('bank-ap');
    expect(errors[1].message).toContain('bank-app');
  });

  it('a rewording replaces only the replaceWithin part of a match that takes in context', () => {
    const config = resolveConfig(undefined, { noConfig: true, extraPacks: [join(dir, 'within.yaml')] });
    const source = '---\nkind: promo\n---\n欢迎参加周末抽奖。\n';
    const f = lintText(source, { config }).find((x) => x.ruleId === 'no-lottery')!;
    expect(source.slice(f.start, f.end)).toBe('参加周末抽奖');
    expect(f.suggestions?.[0].fix).toEqual({ range: [source.indexOf('抽奖'), source.indexOf('抽奖') + 2], text: '活动' });
  });

  it('refuses a pattern that matches the empty string', () => {
    const [e] = errorsOf(() => loadPack('empty-match.yaml', dir));
    expect(e.message).toMatch(/空字符串/);
  });

  it('reports YAML syntax errors with a position', () => {
    const [e] = errorsOf(() => loadPack('bad-yaml.yaml', dir));
    expect(e.message).toMatch(/YAML/);
    expect(e.line).toBeGreaterThanOrEqual(3);
  });

  it('names the field a half-written role entry lacks, and the alternatives of one that has begun none', () => {
    const tree = tempTree({
      'no-because.yaml': `pack: team\nrules: []\nroles:\n  - quiets: [missing]\n    signals:\n      - weight: 6\n        phrases: [投诉答复]\n`,
      'no-role.yaml': `pack: team\nrules: []\nroles:\n  - minScore: 3\n    signals:\n      - weight: 6\n        phrases: [投诉答复]\n`,
    });
    const [half] = errorsOf(() => loadPack('no-because.yaml', tree));
    expect(half.line).toBe(4);
    expect(half.message).toContain('“because”');
    expect(half.message).not.toContain('kind');
    const none = errorsOf(() => loadPack('no-role.yaml', tree));
    expect(none).toHaveLength(1);
    expect(none[0].message).toContain('“kind”、“product”、“quiets”与“because”之一');
  });

  it('names the missing pack', () => {
    const [e] = errorsOf(() => loadPack('nope.yaml', dir));
    expect(e.message).toMatch(/找不到规则包/);
  });

  it('runs a team pack next to the built-in one', () => {
    const config = resolveConfig(undefined, { noConfig: true, extraPacks: [join(dir, 'good.yaml')] });
    const ids = lintText('---\nkind: promo\n---\n参加抽奖活动。\n', { config }).map((f) => f.ruleId);
    expect(ids).toContain('no-lottery');
    expect(ids).toContain('inducement');
  });

  it('loads a textlint prh.yml: replacements are safe fixes', () => {
    const config = resolveConfig(undefined, { noConfig: true, extraPacks: [join(dir, 'prh.yml')] });
    const src = '冷静期内可退保，保费钱按年交，反悔期另计。\n';
    const found = lintText(src, { config }).filter((f) => f.ruleId === 'prh');
    expect(found.map((f) => src.slice(f.start, f.end))).toEqual(['冷静期', '保费钱', '反悔期']);
    expect(fixText(src, { config }).output).toBe('犹豫期内可退保，保险费按年交，犹豫期另计。\n');
  });

  it('refuses backreferences in prh patterns', () => {
    const [e] = errorsOf(() => loadPack('bad-prh.yml', dir));
    expect(e.line).toBe(4);
  });
});
