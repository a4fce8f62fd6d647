// The claim model (server/src/engine/model/): a sentence that makes a rule's
// claim in words no rule holds is reported as a warning under that rule, with
// a suggestion to delete it that --fix never applies; compliant near-misses,
// headings, customers' words and sentences the rules already report get nothing.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixText, lintText, parseProse, resolveConfig } from '../../server/src/engine/index.js';
import { buildRuleSet } from '../../server/src/engine/ruleset.js';
import { judge } from '../../server/src/engine/model/judgement.js';
import { addWeights, addWeightsBytewise, addWeightsPacked, readModel, readModelLazily, threeWordRows, writeModel, type ClaimModel, type ModelHeader } from '../../server/src/engine/model/model.js';
import { sentenceFeatures, sumSentenceFeatures } from '../../server/src/engine/model/features.js';
import type { Token } from '../../server/src/engine/lexicon.js';
import { HELD_BACK, RESERVED } from '../../scripts/eval.js';

const config = resolveConfig(undefined, { noConfig: true });
const lint = (text: string, kind = 'promo', c = config) => lintText(`---\nkind: ${kind}\n---\n${text}\n`, { config: c, filePath: 'draft.md' });
const byModel = (text: string, kind?: string) => lint(text, kind).filter((f) => f.message.includes('模型判断'));

describe('the claim model', () => {
  it('reports claims in words no rule holds, under the rule they break, as warnings', () => {
    const cases: [string, string][] = [
      ['现在把钱放这儿，跟您以前每年去银行转存一回是一个意思，只是不用再跑了。', 'deposit-wording'],
      ['这个收益您闭着眼睛拿，年年都少不了您的。', 'guaranteed-return'],
      ['今天签单的客户，行里额外安排一次高端体检。', 'inducement'],
    ];
    for (const [text, rule] of cases) {
      const found = byModel(text);
      expect(found.map((f) => f.ruleId), text).toEqual([rule]);
      expect(found[0].severity).toBe('warning');
      expect(found[0].articles.length).toBeGreaterThan(0);
      expect(found[0].suggestions?.[0].fix.text).toBe('');
    }
  });

  it('reads no promise in a seller denying that a sure gain exists (没有稳赚不赔的东西), and one in a seller affirming it', () => {
    const ask = '客户：是不是稳赚不赔？\n';
    expect(lint(`${ask}理财经理：没有稳赚不赔的东西，这个也一样，买之前要想好这笔钱能放多久。`, 'script').filter((f) => f.ruleId === 'guaranteed-return')).toEqual([]);
    expect(lint(`${ask}理财经理：对，稳赚不赔的，您放心。`, 'script').map((f) => f.ruleId)).toContain('guaranteed-return');
  });

  it('reads the same claim alike with emoji, half-width commas, a speaker\'s label or broken over lines', () => {
    const claim = '现在把钱放这儿，跟您以前每年去银行转存一回是一个意思，只是不用再跑了。';
    expect(byModel(claim, 'script').map((f) => f.ruleId)).toEqual(['deposit-wording']);
    for (const variant of [
      claim.replace('，', '💰，').replace('。', '✨。'),
      claim.replace(/，/g, ',').replace('。', '！'),
      `理财经理：${claim}`,
      claim.replace(/，/g, '\n'),
    ]) {
      expect(byModel(variant, 'script').map((f) => f.ruleId), variant).toEqual(['deposit-wording']);
    }
  });

  it('never deletes a sentence by itself: --fix leaves the model\'s findings to a person', () => {
    // (--fix still inserts the missing disclosures after it.)
    const source = '---\nkind: promo\n---\n这个收益您闭着眼睛拿，年年都少不了您的。\n';
    expect(fixText(source, { config, filePath: 'draft.md' }).output.startsWith(source)).toBe(true);
  });

  it('leaves compliant near-misses alone', () => {
    for (const text of [
      '本产品为保险产品，不是银行存款，收益具有不确定性。',
      '请勿将本产品的演示利率与银行存款利率进行比较。',
      '截至6月末，一年期定期存款挂牌利率为1.45%。',
      '某银行支行因客户经理宣称“保险就是存款”被罚款二十万元。',
      '犹豫期内解除合同的，保险公司退还全部保险费。',
    ]) expect(byModel(text), text).toEqual([]);
  });

  it('reports a claim at the sentence that makes it, not at a short line beside it', () => {
    const script = '主播：今天就讲到这里。最后再跟大家说一句：上周来直播间的财经大学陈教授也讲了，像这样的长期投资账户，就是普通家庭给养老做配置的最优解，大家可以放心上车。我们下周同一时间见！';
    const found = byModel(script, 'promo');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.message).toContain('陈教授');
  });

  it('reads nothing into a quotation of several sentences that a report or a question put to the writer opens', () => {
    // The model read 要不要赶在下调之前上车？ as pressure: the words before the quotation (最近常被问) name who asks.
    expect(lint('最近常被问：“利率都这么低了，现在还能买年金险吗？要不要赶在下调之前上车？”我一条一条说，说完你再决定要不要往下看。').filter((f) => f.ruleId === 'pressure-selling')).toEqual([]);
    expect(lint('朋友圈文案：“利率都这么低了，现在还能买年金险吗？要不要赶在下调之前上车？”').map((f) => f.ruleId)).toContain('pressure-selling');
  });

  it('does not judge a heading by itself, nor the customer\'s words in a script', () => {
    expect(byModel('## 五、确认投保\n\n## 二、请详细阅读保险条款和产品说明书')).toEqual([]);
    expect(byModel('客户：这个跟存单是不是一个意思？利息是不是高一点？', 'script')).toEqual([]);
  });

  it('reads no comparison into a table that holds no other side (modelNeeds), whatever the model says', () => {
    // A model that reads every sentence as a comparison: only the gate keeps it out of the table of monthly rates.
    const eager: ClaimModel = {
      buckets: 64,
      outputs: [{ rule: 'juxtaposed-rates', family: 'comparison', bias: 10, scale: 1 }],
      trainedOn: [],
      items: 0,
      proseWindows: 0,
      thresholds: { report: 0.5, minFeatures: 1 },
      weights: new Int8Array(64),
    };
    const ruleSet = buildRuleSet(config);
    const added = (text: string) => {
      const doc = parseProse(text, 'markdown');
      return judge(doc, { doc, kind: 'description', facts: {} }, ruleSet, [], eager, { active: new Set(['juxtaposed-rates']), severity: 'warning' });
    };
    const table = (first: string, second: string) => `${first}\n|---|---|---|---|\n${second}\n`;
    expect(added(table('| 月份 | 2024.07 | 2024.08 | 2024.09 |', '| 结算利率 | 3.10% | 3.00% | 2.90% |'))).toEqual([]);
    expect(added(table('| 产品 | 第1年 | 第2年 | 第3年 |', '| 三年定期 | 1.75% | 1.75% | 1.75% |')).length).toBeGreaterThan(0);
    // Prose is not gated: the model finds the other side there in words no class holds (那边, 卡里).
    expect(added('钱放卡里一年也就那样，放这边每年有三个多点。').length).toBeGreaterThan(0);
  });

  it('adds nothing where a rule of the same family already reports', () => {
    const found = lint('这款产品就是存款，利息比定期高。');
    expect(found.some((f) => f.ruleId === 'deposit-wording' && !f.message.includes('模型判断'))).toBe(true);
    expect(found.filter((f) => f.message.includes('模型判断') && ['deposit-wording', 'principal-interest-wording'].includes(f.ruleId))).toEqual([]);
  });

  it('is turned off, or made an error, by the claim-model setting', () => {
    const off = resolveConfig(undefined, { noConfig: true });
    off.settings.set('claim-model', { severity: 'off' });
    expect(lint('这个收益您闭着眼睛拿，年年都少不了您的。', 'promo', off)).toEqual(lint('这个收益您闭着眼睛拿，年年都少不了您的。', 'promo', off).filter((f) => !f.message.includes('模型判断')));
    expect(lint('这个收益您闭着眼睛拿，年年都少不了您的。', 'promo', off).some((f) => f.ruleId === 'guaranteed-return')).toBe(false);
    const strict = resolveConfig(undefined, { noConfig: true });
    strict.settings.set('claim-model', { severity: 'error' });
    expect(lint('这个收益您闭着眼睛拿，年年都少不了您的。', 'promo', strict).find((f) => f.ruleId === 'guaranteed-return')?.severity).toBe('error');
  });
});

describe('the model file', () => {
  const bytes = readFileSync('rules/cbrc-90/claims.model');

  it('was never trained on the held-back or reserved corpus parts', () => {
    const model = readModel(bytes);
    expect(model.trainedOn).not.toContain(HELD_BACK);
    for (const p of RESERVED) expect(model.trainedOn).not.toContain(p);
    expect(model.outputs.map((o) => o.rule)).toContain('deposit-wording');
  });

  it('is checked whole when read, but its weights are read only when first used', () => {
    const reads: number[] = [];
    const read = (from: number, length: number) => (reads.push(length), bytes.subarray(from, from + length));
    const lazy = readModelLazily(bytes.length, read);
    expect(Math.max(...reads)).toBeLessThan(20_000);
    expect({ ...lazy, weights: undefined }).toEqual({ ...readModel(bytes), weights: undefined });
    expect([...lazy.weights]).toEqual([...readModel(bytes).weights]);
    expect(reads.at(-1)).toBe(bytes.length);
    const cut = bytes.subarray(0, bytes.length - 100);
    expect(() => readModelLazily(cut.length, (from, length) => cut.subarray(from, from + length))).toThrow(/模型文件无效：权重长度/);
    expect(() => readModelLazily(18, () => new TextEncoder().encode('not a model at all'))).toThrow(/模型文件无效：不是 policylint 的模型文件/);
  });

  it('is refused with a reason when it is not one, or cut short', () => {
    expect(() => readModel(new TextEncoder().encode('not a model at all'))).toThrow(/模型文件无效：不是 policylint 的模型文件/);
    expect(() => readModel(bytes.subarray(0, bytes.length - 100))).toThrow(/模型文件无效：权重长度/);
  });
  it('sums a sentence\'s weights four outputs at a time exactly as one byte at a time', () => {
    // Extreme weights (every lane at -128 or 127 for 1,000 features: past the 256 at which lanes are emptied),
    // any number of outputs (padded rows), and a model whose weights start unaligned in their buffer.
    let seed = 7;
    const rand = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
    for (const n of [1, 3, 4, 5, 12, 13, 16, 17]) {
      const buckets = 64;
      const header: ModelHeader = {
        buckets,
        outputs: Array.from({ length: n }, (_, o) => ({ rule: `r${o}`, family: 'f', bias: 0, scale: 1 })),
        trainedOn: [],
        items: 0,
        proseWindows: 0,
        thresholds: { report: 0.8, minFeatures: 1 },
      };
      const weights = Int8Array.from({ length: buckets * n }, (_, i) => (i % 7 === 0 ? -128 : i % 5 === 0 ? 127 : Math.floor(rand() * 256) - 128));
      const file = writeModel(header, weights);
      const shifted = new Uint8Array(file.length + 1);
      shifted.set(file, 1);
      for (const model of [readModel(file), readModel(shifted.subarray(1))]) {
        for (const length of [0, 1, 255, 256, 257, 1000]) {
          const features = Int32Array.from({ length }, (_, k) => (k % 3 === 0 ? 0 : Math.floor(rand() * buckets)));
          const fast = new Int32Array(n);
          const slow = new Int32Array(n);
          expect(addWeightsPacked(model, features, fast)).toBe(length);
          addWeightsBytewise(model, features, slow);
          expect([...fast]).toEqual([...slow]);
          const either = new Int32Array(n);
          expect(addWeights(model, features, either)).toBe(length);
          expect([...either]).toEqual([...slow]);
        }
      }
    }
  });
  it('sums a sentence\'s features as it hashes them exactly as its features summed one byte at a time', () => {
    // Rows of three words (9 to 12 outputs), extreme weights, sentences past the 256 features at which lanes are
    // emptied, blanks, decorations, capitals, and words of several classes.
    let seed = 11;
    const rand = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
    const han = (length: number) => Array.from({ length }, () => String.fromCharCode(0x4e00 + Math.floor(rand() * 40))).join('');
    const texts = ['', '保', '保本', han(30), `${han(5)} ${han(3)}\u3000${han(4)}💰ABC def✨${han(2)}`, han(90), han(86), han(300), `  ${han(120)}  ${han(200)} `];
    for (const n of [9, 10, 11, 12]) {
      const buckets = 256;
      const header: ModelHeader = {
        buckets,
        outputs: Array.from({ length: n }, (_, o) => ({ rule: `r${o}`, family: 'f', bias: 0, scale: 1 })),
        trainedOn: [],
        items: 0,
        proseWindows: 0,
        thresholds: { report: 0.8, minFeatures: 1 },
      };
      const weights = Int8Array.from({ length: buckets * n }, (_, i) => (i % 7 === 0 ? -128 : i % 5 === 0 ? 127 : Math.floor(rand() * 256) - 128));
      const model = readModel(writeModel(header, weights));
      const words = threeWordRows(model)!;
      expect(words).not.toBeNull();
      for (const text of texts) {
        const tokens: Token[] = [];
        for (let at = 0; at + 2 <= text.length; at += 1 + Math.floor(rand() * 6)) {
          const classes = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, c) => `class-${Math.floor(rand() * 9)}-${c}`);
          tokens.push({ start: at, end: at + 2, classes, bits: [], literal: true });
        }
        for (const [start, end] of [[0, text.length], [1, text.length - 1], [Math.floor(text.length / 2), text.length]]) {
          if (end < start) continue;
          const from = tokens.findIndex((t) => t.start >= start);
          const to = from < 0 ? 0 : tokens.findIndex((t) => t.start >= end);
          const f = from < 0 ? tokens.length : from;
          const t = to < 0 ? tokens.length : to;
          const features = sentenceFeatures(text, start, end, tokens, f, t, buckets).slice();
          const slow = new Int32Array(n);
          addWeightsBytewise(model, features, slow);
          const fused = new Int32Array(n);
          expect(sumSentenceFeatures(text, start, end, tokens, f, t, buckets, words, fused, n)).toBe(features.length);
          expect([...fused], `${n} outputs, ${text.slice(start, end)}`).toEqual([...slow]);
        }
      }
    }
  });
});

describe('the claim model and the rules\' contexts', () => {
  it('adds nothing where the rule itself would not report: a penalty report, a warning, a training note quoting the claim', () => {
    const claim = '这个收益您闭着眼睛拿，年年都少不了您的';
    expect(byModel(`${claim}。`).map((f) => f.ruleId)).toEqual(['guaranteed-return']);
    for (const text of [
      `某银行支行因销售人员向客户宣称“${claim}”，被监管部门罚款30万元。`,
      `如有销售人员跟您说“${claim}”，请拒绝并拨打客服电话投诉。`,
      `培训提示：“${claim}”属于违规话术，严禁使用。`,
    ]) expect(byModel(text), text).toEqual([]);
  });
});

describe('the claim model between two families', () => {
  const rules = (text: string, c = config) => lint(text, 'promo', c).filter((f) => f.severity !== 'info' && !f.ruleId.startsWith('kind')).map((f) => f.ruleId);
  const rulesOnly = resolveConfig(undefined, { noConfig: true });
  rulesOnly.settings.set('claim-model', { severity: 'off' });

  it('drops a finding of a family it reads as plainly absent where the rules also report another', () => {
    const testimonial = '客户王先生：“买了五年，账户涨了40%，强烈推荐！”';
    expect(rules(testimonial, rulesOnly)).toContain('guaranteed-return');
    // (The quoted testimonial and its 强烈推荐 may each be reported: the family is what is asked.)
    expect([...new Set(rules(testimonial))]).toEqual(['expert-endorsement']);
    // 返一笔利息 is the interest wording, not a rebate; 每年固定拿3.5个点 a guarantee, not a gift.
    for (const [text, kept, gone] of [
      ['每年交两万，连交五年，第六年开始每年给您返一笔利息。', 'principal-interest-wording', 'inducement'],
      ['钱放进来，每年固定拿3.5个点的分红，这个是写进合同里的。', 'guaranteed-return', 'inducement'],
    ]) {
      expect(rules(text, rulesOnly)).toContain(gone);
      expect(rules(text)).toContain(kept);
      expect(rules(text)).not.toContain(gone);
    }
  });

  it('keeps both families of a sentence that makes both claims, and any finding that stands alone', () => {
    const both = rules('这款产品保本保息，稳赚不赔，跟存定期一样，还比定期多一倍。');
    for (const id of ['guaranteed-return', 'deposit-wording', 'return-comparison']) expect(both).toContain(id);
    expect(rules('这款产品收益稳赚不赔。')).toContain('guaranteed-return');
  });

  it('keeps rates set side by side beside another family\'s claim: the figures, not words, make the comparison', () => {
    const poster = '【岚溪银行·开门红】💰\n给钱找个“长期饭票”👇\n✅ 一次交清 / 三年交清，两种方式任选\n✅ 写进合同的复利增长，3.0%终身锁定\n✅ 急用钱可以减保取现，随用随取\n📊 3年定存 1.55% ｜ 增额终身寿 3.0%\n🎁 本周投保满10万，送品牌空气炸锅一台\n⏰ 3月31日后3.0%的产品全部下架，要上车的抓紧！\n产品由晴岸人寿承保，详询网点理财经理\n';
    expect(rules(poster)).toContain('guaranteed-return');
    expect(rules(poster)).toContain('juxtaposed-rates');
  });
});

describe('the claim model as a second opinion on sentences with nothing of a policy in them', () => {
  const rules = (text: string, c = config) => lint(text, 'web', c).filter((f) => f.severity !== 'info' && !f.ruleId.startsWith('kind')).map((f) => f.ruleId);
  const rulesOnly = resolveConfig(undefined, { noConfig: true });
  rulesOnly.settings.set('claim-model', { severity: 'off' });

  it('withdraws a generic word of a rule in an everyday post the model reads as no claim', () => {
    const post = '期中考试英语从50分翻倍到100分，这学期没白熬😭';
    expect(rules(post, rulesOnly)).toContain('exaggerated-return');
    expect(rules(post)).toEqual([]);
  });

  it('withdraws a finding in a long sentence about the product that the model reads as no claim (a refusal in other words)', () => {
    const refusal = '买之前我自己把存款、国债和这款年金都对比了一遍，最后分了一部分钱买年金，图的是给自己养老留一笔固定的现金流。要说收益，真没什么好吹的。';
    expect(rules(refusal, rulesOnly)).toContain('return-comparison');
    expect(rules(refusal)).toEqual([]);
  });

  it('keeps a Taiwan or Hong Kong return word as a word of a policy (配息, 收息): the model withdraws nothing there', () => {
    expect(rules('年年配息最高、最穩、最安心。')).toContain('exaggerated-return');
  });

  it('adds nothing where the rule itself would stand down (the bank denying it brings the insurance out)', () => {
    expect(rules('我们银行推出的是存款和理财，保险不是银行推出的，是保险公司的。')).not.toContain('bank-as-originator');
  });

  it('keeps a claim about the product that the model reads as one, and a short one it has too little to read', () => {
    expect(rules('您放心，这款年金保险的收益每年都稳稳地往上走，绝对不会让您亏一分钱。')).toContain('guaranteed-return');
    expect(rules('这款增额终身寿说白了就是一笔长期定期存款，放进去二十年慢慢滚。')).toContain('deposit-wording');
    expect(rules('经理：这个一定翻倍。')).not.toEqual([]);
  });

  it('keeps the finding where anything makes the sentence about a policy, a sale, money or the customer', () => {
    for (const text of ['这款十年翻倍，稳稳的。', '您放心，十年稳稳翻倍。', '十年翻倍，保本保息。', '不是定期存款，胜似定期存款。']) expect(rules(text)).not.toEqual([]);
  });
});

describe("the claim model's second opinion on bank names", () => {
  it('names no bank in the channel in general, but does in a named bank’s channel', () => {
    const generic = lint('本产品说明书适用于通过银行代理渠道销售的澜舟福寿两全保险。', 'description');
    expect(generic.filter((f) => f.ruleId === 'bank-name')).toEqual([]);
    const named = lint('本说明书适用于通过青禾银行代理渠道销售的保险合同。', 'description');
    expect(named.filter((f) => f.ruleId === 'bank-name').length).toBe(1);
  });
});
