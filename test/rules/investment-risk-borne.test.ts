import { common, facts, investmentLinked, liability, paragraphs, phone, uncertain } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '投资账户的投资收益不确定，账户价值可能出现亏损，投资风险由投保人承担。';
const head = '# 安和智选投资连结保险\n\n三大投资账户，满足不同风险偏好。\n\n';
const body = paragraphs([common, uncertain, investmentLinked], 'investment-risk-borne');

ruleTester('investment-risk-borne', {
  kind: 'promo',
  product: 'investment-linked',
  facts,
  valid: [
    head + '**投资风险由投保人承担**。\n',
    head + '投资账户价值可能出现亏损。\n',
    head + '账户价值随投资单位价格波动，相关风险由您自行承担。\n',
    head + '本产品的投资收益不确定，存在亏损的可能。\n',
    head + '您可能损失部分或全部投资本金。\n',
    head + '账户里的钱可能会亏，亏了是您自己承担。\n',
  ],
  invalid: [
    { text: head + body + '\n', found: ['安和智选投资连结保险'], fixed: head + body + '\n\n' + insert + '\n' },
    // The surrender loss every product discloses is not the investment risk.
    {
      text: head + body + '\n\n提前退保可能遭受损失。\n',
      found: ['安和智选投资连结保险'],
      fixed: head + body + '\n\n提前退保可能遭受损失。\n\n' + insert + '\n',
    },
  ],
});

ruleTester('investment-risk-borne', {
  kind: 'phone-script',
  product: 'investment-linked',
  facts,
  valid: ['坐席：需要提醒您，投资连结保险的投资风险由您承担。\n'],
  invalid: [
    {
      text: '# 电话销售话术\n\n' + paragraphs([phone, common, liability, uncertain, investmentLinked], 'investment-risk-borne') + '\n',
      found: ['电话销售话术'],
      fixed: '# 电话销售话术\n\n' + paragraphs([phone, common, liability, uncertain, investmentLinked], 'investment-risk-borne') + '\n\n' + insert + '\n',
    },
  ],
});

ruleTester('investment-risk-borne', {
  kind: 'web',
  product: 'investment-linked',
  valid: ['# 安和智选投资连结保险 产品详情\n\n投资风险提示：投资账户价值随市场波动，投资风险由投保人承担。\n'],
  invalid: [{ text: '# 安和智选投资连结保险 产品详情\n\n稳健型账户主要投资于债券，进取型账户主要投资于股票。\n', found: ['安和智选投资连结保险 产品详情'] }],
});

ruleTester('investment-risk-borne', {
  kind: 'web',
  product: 'traditional',
  valid: ['# 安和鑫享年金保险 产品详情\n\n投保年龄：出生满28天至60周岁。\n'],
  invalid: [],
});

// Hong Kong's and Taiwan's words for the policyholder who bears it.
ruleTester('investment-risk-borne', {
  kind: 'notice',
  product: 'investment-linked',
  valid: [
    '三、投資風險：本商品所連結之投資標的無保本之保證，投資風險由要保人自行承擔。\n',
    '■ 投資風險：保單戶口價值與閣下所選投資選擇的表現掛鈎，可升可跌，投資風險由保單持有人承擔。\n',
    '- 投資風險：保單價值隨相連基金的單位價格上落，閣下可能損失大部分已繳保費。\n',
  ],
  invalid: [],
});

// Gains and losses borne by the policyholder, the policyholder bearing the risk, the account said to fall below the premiums.
ruleTester('investment-risk-borne', {
  kind: 'promo',
  product: 'investment-linked',
  facts,
  valid: [
    head + '投資標的無保證收益，投資盈虧由要保人自行承擔。\n',
    head + '投資標的之價格可能上漲或下跌，要保人須自行承擔投資風險。\n',
    head + '投资账户的单位价格随市场行情变动，账户价值可能低于您已交的保险费。\n',
  ],
  invalid: [{ text: head + body + '\n\n投资账户由专业团队管理。\n', found: ['安和智选投资连结保险'] }],
});
