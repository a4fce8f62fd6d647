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
  ],
  invalid: [
    { text: promoHead + promoBody('coverage') + '\n', found: ['安和鑫享年金保险'], fixed: promoHead + promoBody('coverage') + '\n\n' + insert + '\n' },
    { text: '# 安和鑫享年金保险\n\n一份年金，稳稳领到老。\n', found: ['安和鑫享年金保险'] },
  ],
});

ruleTester('coverage', {
  kind: 'script',
  facts,
  valid: ['销售：我先跟您讲一下保险责任：被保险人身故的，按合同约定给付身故保险金。\n'],
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
