import { facts, promoBody, promoHead, scriptBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '犹豫期后解除合同可能会遭受一定损失，您只能领取保单的现金价值，请慎重考虑。';
const withoutIt = promoHead + promoBody('surrender-cost');

ruleTester('surrender-cost', {
  kind: 'promo',
  facts,
  valid: [
    '# 安和鑫享年金保险\n\n犹豫期后解除合同，您只能领取保单的现金价值。\n',
    '# 安和鑫享年金保险\n\n提前退保可能遭受损失，请慎重决定。\n',
    '# 安和鑫享年金保险\n\n退保时需扣除退保费用。\n',
    '# 安和鑫享年金保险\n\n保单前几年的现金价值可能低于您已交的保险费。\n',
    '# 安和鑫享年金保险\n\n合同生效后解约将收取手续费。\n',
    '# 安和鑫享年金保险\n\n中途解除合同只能领取保单的现金价值，可能少于您已交的保险费。\n',
    '# 安和鑫享年金保险\n\n前五年退保要扣退保手续费，损失不小，请考虑清楚。\n',
    '# 安和鑫享年金保险\n\n犹豫期后解除合同会有损失，按现金价值退还。\n',
  ],
  invalid: [
    { text: withoutIt + '\n', found: ['安和鑫享年金保险'], fixed: withoutIt + '\n\n' + insert + '\n' },
    // Cash value as part of the death benefit says nothing about surrender.
    {
      text: withoutIt + '\n\n身故保险金为已交保险费与现金价值两者中的较大者。\n',
      found: ['安和鑫享年金保险'],
      fixed: withoutIt + '\n\n身故保险金为已交保险费与现金价值两者中的较大者。\n\n' + insert + '\n',
    },
    { text: '# 安和鑫享年金保险\n\n交费灵活，领取方便。\n', found: ['安和鑫享年金保险'] },
    // The cooling-off refund, and a death benefit measured 'by' the cash value, say nothing about surrender.
    { text: '# 安和鑫享年金保险\n\n犹豫期内解除合同，本公司在扣除不超过10元的工本费后退还全部保险费。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n80岁前身故，按已交保费和现金价值较大的给付。\n', found: ['安和鑫享年金保险'] },
  ],
});

ruleTester('surrender-cost', {
  kind: 'script',
  facts,
  valid: ['销售：犹豫期过后退保，只能退还保单的现金价值，前几年现金价值低于已交保费，会有损失。\n', '销售：过了这半个月再退，就只能退现金价值，会亏一些。\n'],
  invalid: [
    { text: '# 网点面谈话术\n\n' + scriptBody('surrender-cost') + '\n', found: ['网点面谈话术'], fixed: '# 网点面谈话术\n\n' + scriptBody('surrender-cost') + '\n\n' + insert + '\n' },
  ],
});

// Said plainly, as tellers and one-page notes say it.
ruleTester('surrender-cost', {
  kind: 'promo',
  facts,
  valid: [
    '# 安和鑫享年金保险\n\n15天以后也能退，但头几年那个数比您交的少，退了是要吃亏的。\n',
    '# 安和鑫享年金保险\n\n头五年拿出来要扣一笔手续费，所以拿回来的可能比您放进去的少。\n',
  ],
  invalid: [],
});

// A surrender after the period losing money in the first years, or an exit fee deducted.
ruleTester('surrender-cost', {
  kind: 'script',
  facts,
  valid: [
    '# 话术\n\n理财经理：签收保单15天以内退，保费全退；过了15天退，只能领现金价值，前几年会亏不少。\n',
    '# 话术\n\n坐席：之后退出要按账户价值扣除退出费用，前三年会有损失。\n',
  ],
  invalid: [{ text: '# 话术\n\n理财经理：签收保单15天以内退，保费全退。\n', found: [''] }],
});

// Taiwan's 解約金 and ending the contract early, in their own words.
ruleTester('surrender-cost', {
  kind: 'promo',
  facts,
  valid: [
    '# 宏信人壽 安康定期壽險\n\n【解約金】本商品解約金甚低，提前終止契約可能無法領回或僅能領回少部分已繳保費。\n',
    '# 安和的終身壽險\n\n十日過了才欲解約，就干焦會當領解約金，會比繳的較少。\n',
  ],
  invalid: [{ text: '# 宏信人壽 安康定期壽險\n\n【解約】要保人得隨時申請解約。\n', found: ['宏信人壽 安康定期壽險'] }],
});

// No refund on surrender, said in Cantonese.
ruleTester('surrender-cost', {
  kind: 'promo',
  facts,
  valid: ['# 安和安心定期壽險\n\n本產品冇現金價值，中途退保唔會退返已繳保費。\n'],
  invalid: [{ text: '# 安和安心定期壽險\n\n中途退保請致電客戶服務熱線辦理。\n', found: ['安和安心定期壽險'] }],
});

// Nothing refunded after cancelling or ending the contract, or not all of it.
ruleTester('surrender-cost', {
  kind: 'promo',
  facts,
  valid: [
    '# 安和安心定期壽險\n\n冷靜期過後取消，呢份保單冇現金價值，已繳保費唔會退還。\n',
    '# 安和安心定期壽險\n\n本險沒有解約金，中途解約依短期費率退還未滿期保費，不會全退。\n',
  ],
  invalid: [],
});

// Cantonese: less than what was paid, no refund at all.
ruleTester('surrender-cost', {
  kind: 'script',
  facts,
  valid: ['職員：頭幾年退保，攞返嘅錢會少過你交咗嘅保費。\n', '職員：呢份計劃冇現金價值，中途退保唔會有任何退款。\n'],
  invalid: [],
});

// Less than the premiums paid, in Cantonese.
ruleTester('surrender-cost', {
  kind: 'script',
  facts,
  valid: ['# 分紅保險\n\n頭幾年退保，攞返嘅錢會少過已繳保費。\n'],
  invalid: [{ text: '# 分紅保險\n\n頭幾年退保要諗清楚。\n', found: ['分紅保險'] }],
});

// Taiwan: what can be taken back on cancelling is little or nothing.
ruleTester('surrender-cost', {
  kind: 'promo',
  facts,
  valid: ['# 定期壽險\n\n解約說明：期中解約可領回之保單價值準備金甚少或為零，請審慎考量。\n'],
  invalid: [{ text: '# 定期壽險\n\n解約說明：請洽服務人員。\n', found: ['定期壽險'] }],
});

// Taiwan's surrender value said to be small (中途解約的話解約金很少).
ruleTester('surrender-cost', {
  kind: 'phone-script',
  valid: ['這張是純保障型，中途解約的話解約金很少，幾乎沒有，請您了解。\n'],
  invalid: [{ text: '這張是純保障型，保障內容很完整，請您了解。\n', found: [''] }],
});

// Less back than was paid in, in Cantonese (攞返嘅可能少過供咗嘅premium).
ruleTester('surrender-cost', {
  kind: 'script',
  valid: ['頭五年退保，攞返嘅可能少過供咗嘅premium。\n'],
  invalid: [],
});

// A surrender charge, or only the account or cash value back after the cooling-off period.
ruleTester('surrender-cost', {
  kind: 'script',
  product: 'universal',
  valid: [
    '理财经理：前五年退的话会扣退保费，第一年扣5%，所以一定是长期不用的钱再放。\n',
    '理專：過了這段時間要解約，只能領回保單帳戶價值，可能比您繳的保費少。\n',
  ],
  invalid: [{ text: '理财经理：账户每个月公布结算利率，可以部分领取。\n', found: [''] }],
});
