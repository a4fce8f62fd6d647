import { common, facts, paragraphs, promoBody, promoHead, scriptBody, uncertain } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '本产品的费用扣除项目及扣除比例以保险合同条款和产品说明书为准。';
const withoutIt = promoHead + promoBody('fee-deduction');
// A universal product must also say its benefits are uncertain.
const universalWithoutIt = promoHead + paragraphs([common, uncertain], 'fee-deduction');

// Only products that deduct fees from the premium or the account must say so: 万能 and 投连.
ruleTester('fee-deduction', {
  kind: 'promo',
  product: 'universal',
  facts,
  valid: [
    '# 安和鑫享年金保险\n\n费用扣除：本产品不收取初始费用。\n',
    '# 安和鑫享年金保险\n\n万能账户每月扣除保单管理费5元。\n',
    '# 安和鑫享年金保险\n\n本产品不扣除任何费用。\n',
    '# 安和鑫享年金保险\n\n本产品收取初始费用、资产管理费和退保费用，具体比例见产品说明书。\n',
    '# 安和鑫享年金保险\n\n部分领取时收取领取金额1%的手续费。\n',
    '# 安和鑫享年金保险\n\n| 费用项目 | 收取标准 |\n|---|---|\n| 初始费用 | 趸交保险费的3% |\n',
    // In other words.
    '# 安和金账户终身寿险\n\n每笔保费扣除3%的初始费用后计入个人账户。\n',
    '# 安和金账户终身寿险\n\n您交的每一笔钱，会先扣掉一部分初始费用，剩下的进入万能账户。\n',
  ],
  invalid: [
    { text: universalWithoutIt + '\n', found: ['安和鑫享年金保险'], fixed: universalWithoutIt + '\n\n' + insert + '\n' },
    // Debiting the premium is not a fee deduction.
    {
      text: universalWithoutIt + '\n\n续期交费：交费日系统将从您的账户自动扣除续期保险费。\n',
      found: ['安和鑫享年金保险'],
      fixed: universalWithoutIt + '\n\n续期交费：交费日系统将从您的账户自动扣除续期保险费。\n\n' + insert + '\n',
    },
    { text: '# 安和鑫享年金保险\n\n保险费将从您指定的账户中按年扣除。\n', found: ['安和鑫享年金保险'] },
    // The charges on cancelling are the surrender cost and the cooling-off, not the fees taken from the account.
    { text: '# 安和鑫享年金保险\n\n退保时收取退保费用，第1保单年度为5%，逐年递减。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n犹豫期内解除合同，保险公司扣除不超过10元的工本费。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n一份年金，稳稳领到老。\n', found: ['安和鑫享年金保险'] },
  ],
});

ruleTester('fee-deduction', {
  kind: 'script',
  product: 'investment-linked',
  facts,
  valid: ['销售：投资账户每年收取1.5%的资产管理费。\n'],
  invalid: [
    { text: '# 网点面谈话术\n\n' + scriptBody('fee-deduction') + '\n', found: ['网点面谈话术'] },
    { text: '# 网点面谈话术\n\n销售：15天后退保按账户价值扣除退保费用后退还，前五年退保要扣退保手续费。\n', found: ['网点面谈话术'] },
    // Taiwan's surrender charge (解約費用) is the cost of cancelling, not a fee taken from the account.
    { text: '# 電話行銷話術\n\n收到保單翌日起10日內可以撤銷契約，保費全額退還；之後解約要扣解約費用，前五年比例較高。\n', found: ['電話行銷話術'] },
  ],
});

// Traditional and participating products deduct no fees the customer must be told about.
for (const product of ['traditional', 'participating'] as const) {
  ruleTester('fee-deduction', {
    kind: 'promo',
    product,
    facts,
    valid: [withoutIt + '\n', '# 安和鑫享年金保险\n\n一份年金，稳稳领到老。\n'],
    invalid: [],
  });
}

// Without a declared product, the content decides: 万能账户 makes it a universal product.
ruleTester('fee-deduction', {
  kind: 'promo',
  facts,
  valid: [withoutIt + '\n'],
  invalid: [{ text: '# 安和金账户终身寿险（万能型）\n\n万能账户按月结算，身故保险金为账户价值的120%。\n', found: ['安和金账户终身寿险（万能型）'] }],
});

// An insurer's call-back script sells nothing: no fee disclosure is asked of it.
ruleTester('fee-deduction', {
  kind: 'callback',
  product: 'universal',
  valid: ['坐席：您好，这里是安和人寿回访中心。请问您是否清楚万能账户的结算利率不保证？\n'],
  invalid: [],
});

// A heading that only points to the clauses, a vague 扣除相关费用, a fee denied or asked about, and the
// surrender fee alone do not tell the customer which fees are deducted.
ruleTester('fee-deduction', {
  kind: 'promo',
  product: 'universal',
  facts,
  valid: [universalWithoutIt + '\n\n【费用扣除】初始费用：每笔保费扣除3%；保单管理费：每月5元。\n'],
  invalid: [
    { text: universalWithoutIt + '\n\n【费用扣除】详见保险条款。\n', found: ['安和鑫享年金保险'] },
    { text: universalWithoutIt + '\n\n费用说明：各项费用以保险条款为准。\n', found: ['安和鑫享年金保险'] },
    { text: universalWithoutIt + '\n\n您的保费扣除相关费用后进入个人账户。\n', found: ['安和鑫享年金保险'] },
    { text: universalWithoutIt + '\n\n您不用另外付什么手续费，交多少钱就进多少钱到账户里。\n', found: ['安和鑫享年金保险'] },
    { text: universalWithoutIt + '\n\n犹豫期后退保要扣手续费，前几年可能拿不回交的钱。\n', found: ['安和鑫享年金保险'] },
  ],
});

// A fee rate stated in Taiwan's words (附加費用率, 前置費用) says the fees.
ruleTester('fee-deduction', {
  kind: 'promo',
  product: 'universal',
  facts,
  valid: ['# 康祺人壽 利多多年金保險\n\n✔ 附加費用率：保費的2.5%，於繳費時扣除。\n', '# 宏信人壽投資型保單\n\n每次繳費會先收5%的前置費用。\n'],
  invalid: [{ text: '# 康祺人壽 利多多年金保險\n\n✔ 宣告利率每月公告。\n', found: ['康祺人壽 利多多年金保險'] }],
});

// Hong Kong's charges line names the fees.
ruleTester('fee-deduction', {
  kind: 'web',
  product: 'investment-linked',
  facts,
  valid: ['# 投資相連壽險計劃\n\n收費：每月保單費用HK$80、戶口價值年費1.2%。\n'],
  invalid: [{ text: '# 投資相連壽險計劃\n\n收費詳情請參閱銷售文件。\n', found: ['投資相連壽險計劃'] }],
});

// Hong Kong's charges taken from the account value.
ruleTester('fee-deduction', {
  kind: 'description',
  product: 'investment-linked',
  valid: ['收費：每年戶口價值收費1.5%、每月行政費港幣80元，以及保險費用，均從戶口價值中扣除。\n'],
  invalid: [{ text: '本計劃為人壽保險保單，並非銀行存款或基金。\n', found: [''] }],
});

// Surrender charges in Taiwan's words and a surrender fee by its year are no fee disclosure, as the rule's documentation says; an initial charge said plainly is.
ruleTester('fee-deduction', {
  kind: 'notice',
  product: 'universal',
  valid: ['每交一笔保费，先扣掉一部分初始费用，剩下的进万能账户。\n'],
  invalid: [
    { text: '提前解約：依保單帳戶價值扣除解約費用後給付，前五年解約可能拿回少於已繳保費。\n', found: [''] },
    { text: '猶豫期後解除合同，按保單賬戶價值扣除退保手續費後退還，前五個保單年度手續費較高。\n', found: [''] },
  ],
});
