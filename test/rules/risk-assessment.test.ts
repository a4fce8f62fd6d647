import { common, facts, investmentLinked, liability, paragraphs, uncertain } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '购买本产品前，请您先完成风险测评；测评结果表明本产品不适合您时，我们将建议您不要购买。';
const head = '# 安和智选投资连结保险\n\n三大投资账户，满足不同风险偏好。\n\n';
const body = paragraphs([common, uncertain, investmentLinked], 'risk-assessment');

ruleTester('risk-assessment', {
  kind: 'promo',
  product: 'investment-linked',
  facts,
  valid: [
    head + '购买本产品前，请您先完成风险测评。\n',
    head + '我们将在理财专区对您进行风险承受能力评估。\n',
    head + '适合度评估结果为“进取型”的客户方可购买本产品。\n',
    head + '请您先填写风险评估问卷，测评结果不适合的，我们将建议您不购买。\n',
  ],
  invalid: [
    { text: head + body + '\n', found: ['安和智选投资连结保险'], fixed: head + body + '\n\n' + insert + '\n' },
    { text: head + '投资有风险，入市需谨慎。\n', found: ['安和智选投资连结保险'] },
  ],
});

ruleTester('risk-assessment', {
  kind: 'script',
  product: 'investment-linked',
  facts,
  valid: ['销售：购买投连险前，需要您先在理财专区做一个风险测评。\n'],
  invalid: [
    {
      text: '# 投连险面谈话术\n\n' + paragraphs([common, liability, uncertain, investmentLinked], 'risk-assessment') + '\n',
      found: ['投连险面谈话术'],
      fixed: '# 投连险面谈话术\n\n' + paragraphs([common, liability, uncertain, investmentLinked], 'risk-assessment') + '\n\n' + insert + '\n',
    },
  ],
});

ruleTester('risk-assessment', {
  kind: 'notice',
  product: 'investment-linked',
  valid: ['# 投保提示书\n\n购买本产品前，您须在代理机构网点理财专区完成**风险测评**。\n'],
  invalid: [{ text: '# 投保提示书\n\n您购买的是投资连结保险产品，投资风险由投保人承担。\n', found: ['投保提示书'] }],
});

// Other products, and phone scripts (complex products are sold in the branch's wealth area only).
ruleTester('risk-assessment', {
  kind: 'promo',
  product: 'participating',
  valid: [head + '投资有风险，入市需谨慎。\n'],
  invalid: [],
});
ruleTester('risk-assessment', {
  kind: 'phone-script',
  product: 'investment-linked',
  valid: ['# 电话回访话术\n\n坐席：您好，这里是安和人寿客服中心。\n'],
  invalid: [],
});
