import { common, facts, liability, paragraphs, uncertain } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '最低保证利率仅适用于万能账户中的资金，超过最低保证利率的部分是不确定的。';
const head = '# 安和金账户终身寿险（万能型）\n\n';
const rest = paragraphs([common, liability, uncertain]);

ruleTester('minimum-rate-scope', {
  kind: 'web',
  product: 'universal',
  facts,
  valid: [
    head + '最低保证利率为年化1.75%，仅适用于万能账户中的资金。\n',
    // In Cantonese: the floor only for the account, what lies above it unsure.
    head + '賬戶有最低保證利率1.75%，只係保證賬戶價值嗰部分；高過保證利率嗰部分唔保證。\n',
    head + '本产品保底利率2%，超过保底利率的部分是不确定的。\n',
    head + '万能账户的最低保证利率只针对个人账户价值，超出最低保证利率的收益不确定。\n',
    head + '结算利率以保险公司每月公布的为准。\n',
  ],
  invalid: [
    {
      text: head + '万能账户最低保证利率为年化1.75%，按日计息，按月结算。\n\n' + rest + '\n',
      found: ['最低保证利率'],
      fixed: head + '万能账户最低保证利率为年化1.75%，按日计息，按月结算。' + insert + '\n\n' + rest + '\n',
    },
    { text: head + '保底利率2%，稳稳的幸福。\n', found: ['保底利率'] },
    { text: head + '保证利率2.5%，终身锁定。\n', found: ['保证利率'] },
    // Saying the rate applies to the account is not enough when it is not said to be the only place.
    { text: head + '**最低保证利率**：年化1.75%，适用于万能账户。\n', found: ['最低保证利率'] },
  ],
});

// The scope said in plain words.
ruleTester('minimum-rate-scope', {
  kind: 'script',
  product: 'universal',
  facts,
  valid: [
    head + '销售：有个1.75%的最低保证利率，只管账户里的钱；高出来的部分可能有也可能没有。\n',
    head + '销售：最低保证利率只对账户里的钱有效，超出的部分不保证。\n',
  ],
  invalid: [{ text: head + '销售：最低保证利率1.75%，账户里的钱越滚越多。\n', found: ['最低保证利率'] }],
});

// Everything above the floor said to be unsure, in other words.
ruleTester('minimum-rate-scope', {
  kind: 'promo',
  valid: [
    '戶口結算利率由本公司每月公佈，除最低保證利率2%外，其餘部分並不保證。\n',
    '本产品扣除初始费用和保单管理费；最低保证利率之上的部分不确定。\n',
    '理财经理：账户有个保底利率，就管账户那块，往上那部分可能有也可能没有，看公司经营。\n',
  ],
  invalid: [{ text: '万能账户最低保证利率2%，每月公布结算利率。\n', found: ['最低保证利率'] }],
});

// The rate said to be no guaranteed rate, or the part above said to change further on, states the scope.
ruleTester('minimum-rate-scope', {
  kind: 'description',
  valid: [
    '本商品之宣告利率由本公司每月宣告，宣告利率非保證利率，未來可能調升或調降。\n',
    '最低保证利率为年利率1.75%，超过最低保证利率的部分取决于万能账户的实际投资情况，是不确定的。\n',
  ],
  invalid: [{ text: '本产品最低保证利率为年利率1.75%，历史结算利率均在3%以上。\n', found: ['最低保证利率'] }],
});
