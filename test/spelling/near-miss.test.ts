// term-typo (check kind near-miss): misspellings of the glossary terms in
// rules/spelling/near-miss.yaml, from the confusion set that
// scripts/build-confusables.mjs derives from character data.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixText, lintText, resolveConfig, type Finding } from '../../server/src/engine/index.js';
import * as T from '../../bench/corpus-templates.mjs';

const RULE = 'term-typo';
const PACK = resolve('rules/spelling');
const REFERENCE = resolve('test', 'fixtures', 'reference');

const config = resolveConfig(undefined, { noConfig: true, extraPacks: [PACK] });
const withoutRule = resolveConfig(undefined, { noConfig: true, extraPacks: [PACK], rules: { [RULE]: 'off' } });

const typos = (src: string, options: { kind?: 'regulation' | 'promo'; filePath?: string } = {}): Finding[] =>
  lintText(src, { config, filePath: options.filePath ?? 'draft.md', kind: options.kind }).filter((f) => f.ruleId === RULE);

/** [flagged text, glossary term] of each finding. */
const found = (src: string, kind?: 'regulation' | 'promo') => typos(src, { kind }).map((f) => [src.slice(f.start, f.end), f.fix?.text]);

const promo = (body: string) => `---\nkind: promo\n---\n${body}\n`;

describe('the confusion set (rules/spelling/confusables.json)', () => {
  // Spawns the generator (about 2 s of CPU): a busy machine needs more than the default 5 s.
  it('is what scripts/build-confusables.mjs generates from the character data and the glossary', { timeout: 30_000 }, () => {
    const r = spawnSync(process.execPath, ['scripts/build-confusables.mjs', '--check'], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain('up to date');
    expect(r.status).toBe(0);
  });

  it('pairs look-alikes and sound-alikes, and not unrelated characters', () => {
    const data = JSON.parse(readFileSync('rules/spelling/confusables.json', 'utf8')) as Record<string, string>;
    const kinds = (c: string) => [...data[c].split('|'), '', ''].slice(0, 3);
    const main = (c: string) => kinds(c)[0];
    expect(main('豫')).toContain('像'); // same structure, shared 象
    expect(main('销')).toContain('梢'); // shared 肖
    expect(main('内')).toContain('丙'); // 丙 is 内 and one stroke
    expect(main('字')).toContain('宇'); // 宀 over 于/子, one stroke apart
    expect(kinds('豫')[1]).toContain('玉'); // same sound, yu4
    expect(kinds('结')[2]).toContain('接'); // same syllable, other tone
    expect(data['字']).not.toContain('名');
    expect(data['部']).not.toContain('外');
    // Radicals shared by dozens of characters (钅, ⺮, 亻) do not make a pair.
    expect(main('销')).not.toContain('钱');
    expect(main('签')).not.toContain('第');
  });
});

describe('the 90号 notice as published (test/fixtures/reference/cbrc-2010-90.md)', () => {
  const expected: Record<string, string> = {
    丙部: '内部',
    犹像期: '犹豫期',
    电话回户访: '电话回访',
    签宇: '签字',
    梢售: '销售',
    内中国银监会: '向中国银监会',
  };

  it('finds at least five of its six typos, each with the right term, and nothing else', () => {
    const src = readFileSync(resolve(REFERENCE, 'cbrc-2010-90.md'), 'utf8');
    for (const kind of [undefined, 'regulation'] as const) {
      const hits = typos(src, { kind });
      // The file's header names the six typos too: those are the same strings.
      for (const f of hits) {
        const text = src.slice(f.start, f.end);
        expect(Object.keys(expected), `unexpected finding “${text}”`).toContain(text);
        expect(f.fix?.text).toBe(expected[text]);
      }
      // In the notice itself, each typo once.
      const inBody = hits.filter((f) => f.start > src.indexOf('\n---\n')).map((f) => src.slice(f.start, f.end));
      expect(new Set(inBody).size).toBe(inBody.length);
      expect(inBody.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('flags nothing in later-rules.md', () => {
    const src = readFileSync(resolve(REFERENCE, 'later-rules.md'), 'utf8');
    expect(found(src)).toEqual([]);
    expect(found(src, 'regulation')).toEqual([]);
  });

  it('flags nothing in the examples', () => {
    for (const f of readdirSync('examples').filter((n) => n.endsWith('.md'))) {
      const src = readFileSync(resolve('examples', f), 'utf8');
      expect(found(src), f).toEqual([]);
    }
  });
});

describe('typos in drafts', () => {
  const cases: [string, string, string][] = [
    // A look-alike character (shared component, one stroke more, a similar small part).
    ['请在犹像期内办理退保手续。', '犹像期', '犹豫期'],
    ['本产品的梢售渠道为银行网点。', '梢售', '销售'],
    ['销售人员不得代客户签宇。', '签宇', '签字'],
    ['公司丙部管理制度。', '丙部', '内部'],
    ['退保会扣除退保费甩。', '退保费甩', '退保费用'],
    ['请查阅责任免徐条款。', '责任免徐', '责任免除'],
    ['代理保脸业务应当合规。', '代理保脸', '代理保险'],
    ['保险公司将进行电话回仿，请如实回答。', '电话回仿', '电话回访'],
    ['本合同的投保入须年满十八周岁。', '投保入', '投保人'],
    ['本产品设有等侍期。', '等侍期', '等待期'],
    ['如有投拆，请拨打客服热线。', '投拆', '投诉'],
    // A sound-alike character.
    ['请在犹预期内办理退保手续。', '犹预期', '犹豫期'],
    ['中国银监汇发布了新规定。', '银监汇', '银监会'],
    ['受益仁可以由投保人指定。', '受益仁', '受益人'],
    ['保险公司承担保险责认。', '保险责认', '保险责任'],
    ['保险责仁以合同为准。', '保险责仁', '保险责任'],
    // One character too many.
    ['保险公司将进行电话回户访，请如实回答。', '电话回户访', '电话回访'],
    ['请仔细阅读产品说明明书。', '产品说明明书', '产品说明书'],
    ['费用扣扣除后进入个人账户。', '费用扣扣除', '费用扣除'],
    // One character dropped.
    ['请仔细阅读投保示书。', '投保示书', '投保提示书'],
    ['投资连保险的投资风险由投保人承担。', '投资连保险', '投资连结保险'],
    ['请仔细阅读产品说书。', '产品说书', '产品说明书'],
  ];
  for (const [body, text, term] of cases) {
    it(`${text} → ${term}`, () => {
      const src = promo(body);
      const hits = typos(src);
      expect(hits.map((f) => [src.slice(f.start, f.end), f.fix?.text])).toEqual([[text, term]]);
      const f = hits[0];
      expect(f.message).toBe(`“${text}”疑似“${term}”的错别字`);
      expect(f.suggestions).toEqual([{ desc: `改为“${term}”`, fix: f.fix, preferred: true }]);
      // The safe fix writes the glossary term, and nothing is left to report.
      const fixed = applyFixes(src, [f.fix!]).output;
      expect(fixed).toBe(src.replace(text, term));
      expect(typos(fixed)).toEqual([]);
    });
  }

  it('is checked in every kind of document, regulation and undeclared included', () => {
    for (const src of [promo('请在犹像期内办理。'), '请在犹像期内办理。\n', '---\nkind: regulation\n---\n请在犹像期内办理。\n']) {
      expect(typos(src)).toHaveLength(1);
    }
    expect(typos('请在犹像期内办理。\n', { kind: 'regulation' })).toHaveLength(1);
  });

  it('--fix writes every term', () => {
    const regulation = (body: string) => `---\nkind: regulation\n---\n${body}\n`;
    const src = regulation('请在犹像期内办理。\n\n本产品的梢售渠道为银行网点，保险公司将进行电话回户访。');
    expect(fixText(src, { config, filePath: 'draft.md' }).output).toBe(regulation('请在犹豫期内办理。\n\n本产品的销售渠道为银行网点，保险公司将进行电话回访。'));
  });

  it('offers only a suggestion when markup runs through the typo', () => {
    const src = promo('请在**犹像**期内办理。');
    const [f] = typos(src);
    expect(src.slice(f.start, f.end)).toBe('犹像**期');
    expect(f.fix).toBeUndefined();
    expect(f.suggestions![0].fix.text).toBe('犹豫期');
  });

  it('can be disabled for a line', () => {
    expect(typos(promo('<!-- policylint-disable-next-line term-typo -->\n公司丙部管理制度。'))).toEqual([]);
  });
});

describe('correct words that look like glossary terms', () => {
  const valid = [
    // The pairs named in the issue.
    '公司内部管理制度和外部监管要求都很严格。',
    '本季度销量增长明显，销售人员表现突出。',
    '请在投保单上签名，签字笔由网点提供。',
    '保险人应当按约定给付保险金。',
    '如需退还保费，请在犹豫期内申请退保。',
    '客户犹豫不决时不要催促，犹豫期过后退保会有损失。',
    // Real words one character away from a term.
    '电话回访会全程录音，录音回放可供查询，访问记录和回复意见由客服整理。',
    '完成风险测评后方能购买，风险评估结果有效期一年。',
    '红利分配以实际为准，分红不保证；万一发生保险事故，万元保额起售。',
    '保单贷款、保障范围、账单和清单均可在线查询。',
    '如有投诉请拨打客服电话，投资有风险，投宿旅店费用不在保障范围内。',
    '请您亲自抄录确认语句，抄写时注意字迹工整，记录和摘录均需保存。',
    '受益人可以指定，受益顺序另行约定；投资人和投保人可以不是同一人。',
    '现金价值表见合同，现金流稳定，价值投资是长期的。',
    // Phrases: a word between two words of a term is not a typo.
    '保险公司的分公司和子公司、保险分公司均可承保。',
    '保险的条款和保险合同书由保险公司寄送。',
    '投资连结保险又称投连险，投资连结型保险和投资连结险的风险由投保人承担。',
    '被保险人和被保人的年龄要求相同。',
    // Bank names end in 商银行; 商业银行 is not misspelt in them.
    '本产品由商业银行代理销售，农商银行、招商银行、工商银行和浙商银行网点均可办理。',
    '中国银监会、中国保监会、中国证监会和原银保监会先后发布规定，银监局负责辖区监管。',
    '本行内部员工不得私自销售非本行代理的保险产品，部门之间分工明确。',
    '等待期内发生的保险事故不承担保险责任，观察期和宽限期另有约定。',
    // A one-character word at the end of a term: a phrase goes on (等待|七, 投保|但).
    '理赔款请等待七个工作日到账，六十周岁以上也可以投保但需体检。',
    // A count, not a misspelt term (千名 beside 签名).
    '千名医生参与了这次健康普查，百名志愿者到场服务。',
  ];
  for (const body of valid) {
    it(`valid: ${body.slice(0, 24)}`, () => {
      expect(found(promo(body))).toEqual([]);
    });
  }
});

describe('bench-like drafts', () => {
  // The fragments of the benchmark corpus, filled for every insurer and product.
  function drafts(): string[] {
    const out: string[] = [];
    T.INSURERS.forEach((insurer, i) => {
      const product = T.PRODUCTS[i % T.PRODUCTS.length];
      const vars: Record<string, string> = {
        insurer: insurer.name,
        short: insurer.short,
        hotline: insurer.hotline,
        product,
        days: '15',
        age: '60',
        years: '10',
        amount: '30',
        premium: '3600',
      };
      const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
      const parts = [
        `---\nkind: promo\nproduct: traditional\n---\n# ${product}${T.DOC_TITLES[i % T.DOC_TITLES.length]}`,
        ...Object.values(T.SECTION_HEADINGS).flat().map((h) => `## ${h}`),
        ...T.MARKETING_SENTENCES.map(fill),
        T.LIST_ITEMS.map((s) => `- ${fill(s)}`).join('\n'),
        ...T.SCRIPT_TURNS.flat().map(fill),
        ...T.REGULATION_PARAGRAPHS,
        ...T.FORBIDDEN_SENTENCES,
        ...T.CODE_BLOCKS.map(([lang, code]) => `\`\`\`${lang}\n${fill(code)}\n\`\`\``),
        ...T.TABLE_HEADERS.map((h) => [`| ${h.join(' | ')} |`, `|${h.map(() => ' --- |').join('')}`, ...(T.TABLE_ROWS as Record<string, string[][]>)[h[0]].map((r) => `| ${r.map(fill).join(' | ')} |`)].join('\n')),
      ];
      out.push(`${parts.join('\n\n')}\n`);
    });
    return out;
  }

  it('adds no finding to them', () => {
    for (const src of drafts()) {
      const strip = (fs: Finding[]) => fs.filter((f) => f.ruleId !== 'english-spelling');
      const on = strip(lintText(src, { config, filePath: 'bench.md' }));
      const off = strip(lintText(src, { config: withoutRule, filePath: 'bench.md' }));
      expect(on.filter((f) => f.ruleId === RULE)).toEqual([]);
      expect(on).toEqual(off);
    }
  });
});
