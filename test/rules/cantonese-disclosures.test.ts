// A Cantonese outbound phone script by the insurer's own consultant says every
// disclosure in its own words; none is reported missing. Dropping the
// cooling-off and call-back sentences reports those two.
import { describe, expect, it } from 'vitest';
import { lintText, resolveConfig } from '../../server/src/engine/index.js';
import { facts } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const script = [
  '---',
  'kind: phone-script',
  'product: investment-linked',
  '---',
  '您好，我係錦程人壽保險股份有限公司嘅電話顧問何敏，執業證編號0200123456。',
  '呢通電話會全程錄音。請問您而家方唔方便傾幾分鐘？',
  '今日同您介紹嘅係一款投資連結保險，係保險，唔係銀行存款。',
  '佢嘅身故保障係投資賬戶價值嘅110%。',
  '賬戶入面嘅錢會跟住投資行情升跌，可能會蝕，蝕咗要您自己承擔。',
  '我哋會扣初始費用同資產管理費，比例喺合同度有寫。',
  '收到保單後有15日考慮時間，呢段時間改變主意，我哋退返全部保費俾您。',
  '過咗呢15日再退，就只可以退賬戶價值，仲要扣退保費用，會蝕一啲。',
  '合同生效後公司會安排專人打電話俾您，覆核投保資料。',
  '有問題可以打客服熱線95xxx。',
  '',
].join('\n');

const DISCLOSURES = ['insurer-is-underwriter', 'coverage', 'benefit-uncertainty', 'cooling-off', 'callback', 'fee-deduction', 'surrender-cost', 'complaint-channel'];
const missing = (text: string) =>
  lintText(text, { config: resolveConfig(undefined, { noConfig: true }), filePath: 'script.md' })
    .filter((f) => DISCLOSURES.includes(f.ruleId) && f.severity !== 'info')
    .map((f) => f.ruleId)
    .sort();

describe('disclosures said in Cantonese', () => {
  it('finds every disclosure of a complete Cantonese phone script', () => {
    expect(missing(script)).toEqual([]);
  });
  it('reports the cooling-off and call-back sentences when they are taken out', () => {
    const cut = script
      .replace('收到保單後有15日考慮時間，呢段時間改變主意，我哋退返全部保費俾您。\n', '')
      .replace('合同生效後公司會安排專人打電話俾您，覆核投保資料。\n', '');
    expect(missing(cut)).toEqual(['callback', 'cooling-off']);
  });
});

// More Cantonese: the insurer named by its full name as "this one's", uncertainty in the seller's words, cash value only.
ruleTester('insurer-is-underwriter', {
  kind: 'script',
  facts,
  valid: ['# 话术\n\n销售：刘生，呢份系嘉泽人寿保险股份有限公司嘅万能型年金保险，银行只系代理销售。\n', '# 话术\n\n销售：王姨，呢份系溢康人寿那边保嘅，我哋行系代卖。\n'],
  invalid: [{ text: '# 话术\n\n销售：王姨，呢份系溢康人寿嘅产品。\n', found: [''] }],
});
ruleTester('benefit-uncertainty', {
  kind: 'script',
  product: 'participating',
  facts,
  valid: ['# 话术\n\n销售：分红每年唔同，有可能系零，演示表啲数字唔代表实际会攞到。\n'],
  invalid: [],
});
ruleTester('surrender-cost', {
  kind: 'script',
  facts,
  valid: ['# 话术\n\n销售：过咗十五日先退，就只可以攞返现金价值，头几年会少过你交落去嘅钱。\n'],
  invalid: [],
});
