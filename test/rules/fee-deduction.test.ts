import { facts, promoBody, promoHead } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '本产品的费用扣除项目及扣除比例以保险合同条款和产品说明书为准。';
const withoutIt = promoHead + promoBody('fee-deduction');

ruleTester('fee-deduction', {
  kind: 'promo',
  facts,
  valid: [
    '# 安和鑫享年金保险\n\n费用扣除：本产品不收取初始费用。\n',
    '# 安和鑫享年金保险\n\n万能账户每月扣除保单管理费5元。\n',
    '# 安和鑫享年金保险\n\n本产品不扣除任何费用。\n',
    '# 安和鑫享年金保险\n\n退保时收取退保费用，第1保单年度为5%，逐年递减。\n',
    '# 安和鑫享年金保险\n\n犹豫期内解除合同，保险公司扣除不超过10元的工本费。\n',
    '# 安和鑫享年金保险\n\n| 费用项目 | 收取标准 |\n|---|---|\n| 初始费用 | 趸交保险费的3% |\n',
  ],
  invalid: [
    { text: withoutIt + '\n', found: ['安和鑫享年金保险'], fixed: withoutIt + '\n\n' + insert + '\n' },
    // Debiting the premium is not a fee deduction.
    {
      text: withoutIt + '\n\n续期交费：交费日系统将从您的账户自动扣除续期保险费。\n',
      found: ['安和鑫享年金保险'],
      fixed: withoutIt + '\n\n续期交费：交费日系统将从您的账户自动扣除续期保险费。\n\n' + insert + '\n',
    },
    { text: '# 安和鑫享年金保险\n\n保险费将从您指定的账户中按年扣除。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n一份年金，稳稳领到老。\n', found: ['安和鑫享年金保险'] },
  ],
});
