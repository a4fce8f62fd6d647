import { facts, noticeBody, promoBody, promoHead, scriptBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '保险责任和责任免除以保险合同条款为准，请您仔细阅读保险条款和产品说明书。';

ruleTester('coverage', {
  kind: 'promo',
  facts,
  valid: [
    '# 安和鑫享年金保险\n\n保险责任：被保险人生存至约定年龄的，按合同约定给付养老年金。\n',
    '# 安和鑫享年金保险\n\n本产品的保险责任包括养老年金和身故保险金。\n',
    '# 安和鑫享年金保险\n\n## 二、保险责任\n\n1. **养老年金**：自60周岁起每年给付。\n',
    '# 安和鑫享年金保险\n\n具体保险责任和责任免除以保险合同条款为准。\n',
    // What is paid and when, without the words 保险责任.
    '# 安和康健终身重疾\n\n确诊合同约定的重大疾病，一次性给付基本保险金额。\n',
    '# 安和鑫享年金保险\n\n保障内容：自您年满60周岁起，每年领取一笔养老年金。\n',
    '# 安和定期寿险\n\n被保险人于保险期间内身故或全残，按基本保险金额给付保险金。\n',
    // The benefits named: 身故保障为…, 身故保险金和满期保险金.
    '# 安和智选投资连结保险\n\n它的身故保障为投资账户价值的110%。\n',
    '# 安和福满堂两全保险\n\n本产品提供身故保险金和满期保险金，一份保单两份安心。\n',
  ],
  invalid: [
    { text: promoHead + promoBody('coverage') + '\n', found: ['安和鑫享年金保险'], fixed: promoHead + promoBody('coverage') + '\n\n' + insert + '\n' },
    { text: '# 安和鑫享年金保险\n\n一份年金，稳稳领到老。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n年交1万元，交费10年，投保手续简单。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n本产品不含身故保险金，账户稳健增值。\n', found: ['安和鑫享年金保险'] },
  ],
});

ruleTester('coverage', {
  kind: 'script',
  facts,
  valid: ['销售：我先跟您讲一下保险责任：被保险人身故的，按合同约定给付身故保险金。\n', '销售：它保的是满期给付和身故给付，条款里写得很清楚。\n'],
  invalid: [
    { text: '# 网点面谈话术\n\n' + scriptBody('coverage') + '\n', found: ['网点面谈话术'], fixed: '# 网点面谈话术\n\n' + scriptBody('coverage') + '\n\n' + insert + '\n' },
  ],
});

ruleTester('coverage', {
  kind: 'notice',
  facts,
  valid: [],
  invalid: [
    { text: '# 投保提示书\n\n' + noticeBody('coverage') + '\n', found: ['投保提示书'], fixed: '# 投保提示书\n\n' + noticeBody('coverage') + '\n\n' + insert + '\n' },
  ],
});

// Benefits said plainly: the annuity's schedule, and what is paid on death.
ruleTester('coverage', {
  kind: 'promo',
  valid: [
    '# 安和鑫享年金保险\n\n60岁以后，每年给您发一笔固定的养老钱。\n',
    '# 安和鑫享年金保险\n\n人要是不在了，按现金价值和交的钱哪个多给家属。\n',
  ],
  invalid: [],
});

// What it protects said as 保障是… (保障是你若是過身或者完全失能…).
ruleTester('coverage', {
  kind: 'promo',
  facts,
  valid: ['# 安和的終身壽險\n\n保障是你若是過身或者完全失能，保險公司照保額賠予你的囝仔。\n'],
  invalid: [{ text: '# 安和的終身壽險\n\n保障是我們最重視的事。\n', found: ['安和的終身壽險'] }],
});

// The death benefit paid (支付), in Hong Kong's wording.
ruleTester('coverage', {
  kind: 'web',
  facts,
  valid: ['問：保障啲乜？答：受保人身故時，支付已繳保費的101%加非保證終期紅利。\n'],
  invalid: [],
});

// The death benefit in plainer words, an annuity paid from an age, a benefit table's row.
ruleTester('coverage', {
  kind: 'promo',
  facts,
  valid: [
    '身故还有账户价值105%的保障，一举两得。\n',
    '“福寿安康”养老年金保险：60岁起每年领取，活多久领多久，身故返还已交保费。\n',
    '小陈：交三年，十年期满一笔领回来，中间人要有个啥，赔交的钱一倍六！\n',
    '身故保障：投資帳戶價值的105%\n',
    '★ 意外身故／傷殘：最高100萬元\n',
  ],
  invalid: [{ text: '账户每个月按结算利率往上长，可以部分领取，手续很方便。\n', found: [''] }],
});
