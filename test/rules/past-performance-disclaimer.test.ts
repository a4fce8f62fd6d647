import { common, facts, liability, paragraphs, uncertain } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '过往的结算利率、投资收益等历史数据不代表未来表现。';
const head = '# 安和金账户终身寿险（万能型）\n\n';
const rest = paragraphs([common, liability, uncertain]);

ruleTester('past-performance-disclaimer', {
  kind: 'web',
  product: 'universal',
  facts,
  valid: [
    head + '本账户过去三年的年化结算利率分别为4.1%、3.8%和3.6%，过往表现不代表未来。\n',
    head + '历史结算利率仅供参考，不能代表未来的结算水平。\n',
    head + '近五年投资回报率见下表。过往业绩不预示未来表现。\n',
    head + '结算利率以保险公司每月公布的为准。\n',
  ],
  invalid: [
    {
      text: head + '万能账户近三年结算利率均在4%以上，收益稳健。\n\n' + rest + '\n',
      found: ['近三年结算利率'],
      fixed: head + '万能账户近三年结算利率均在4%以上，收益稳健。' + insert + '\n\n' + rest + '\n',
    },
    { text: head + '去年结算利率达到4.5%。\n', found: ['去年结算利率'] },
    { text: head + '2023年度结算利率为4.2%，跑赢同期通胀。\n', found: ['2023年度结算利率'] },
    { text: head + '本账户过去三年的年化收益率分别为4.1%、3.8%和4.3%。\n', found: ['过去三年的年化收益率'] },
  ],
});

ruleTester('past-performance-disclaimer', {
  kind: 'promo',
  product: 'participating',
  facts,
  valid: [],
  invalid: [{ text: '# 安和福满堂两全保险\n\n以上数据为理财经理根据历史分红水平测算，分红不保证。\n', found: ['历史分红水平'] }],
});

// The future as 将来 (過往的分紅實現率並不代表將來表現; 过去的数不代表将来).
ruleTester('past-performance-disclaimer', {
  kind: 'promo',
  valid: [
    '本公司於網站公佈各分紅計劃的分紅實現率。過往的分紅實現率並不代表將來表現。\n',
    '去年这款产品的分红实现率在官网有公布，但去年是去年，过去的数不代表将来。\n',
  ],
  invalid: [],
});
