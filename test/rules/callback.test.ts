import { facts, promoBody, promoHead, scriptBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '安和人寿保险股份有限公司将在犹豫期内对您进行电话回访，请您留意接听并如实回答。';

ruleTester('callback', {
  kind: 'promo',
  facts,
  valid: [
    '# 安和鑫享年金保险\n\n保险公司将在犹豫期内对您进行电话回访，请保持电话畅通。\n',
    '# 安和鑫享年金保险\n\n犹豫期内您会接到安和人寿的回访电话，请根据真实理解回答。\n',
    '# 安和鑫享年金保险\n\n- **新单回访**：保险公司会通过95399与您联系。\n',
    '# 安和鑫享年金保险\n\n必要时保险公司可能对您进行上门面访或视频回访。\n',
  ],
  invalid: [
    { text: promoHead + promoBody('callback') + '\n', found: ['安和鑫享年金保险'], fixed: promoHead + promoBody('callback') + '\n\n' + insert + '\n' },
    // The scanning typo of the founding notice (电话回户访) is not the word.
    { text: '# 安和鑫享年金保险\n\n保险公司将进行电话回户访。\n', found: ['安和鑫享年金保险'] },
  ],
});

ruleTester('callback', {
  kind: 'script',
  facts,
  valid: ['销售：犹豫期内保险公司会给您打电话回访，请您如实回答。\n'],
  invalid: [
    { text: '# 网点面谈话术\n\n' + scriptBody('callback') + '\n', found: ['网点面谈话术'], fixed: '# 网点面谈话术\n\n' + scriptBody('callback') + '\n\n' + insert + '\n' },
  ],
});

ruleTester('callback', {
  kind: 'web',
  facts,
  valid: [],
  invalid: [{ text: '# 安和鑫享年金保险 产品详情\n\n投保年龄：出生满28天至60周岁。\n', found: ['安和鑫享年金保险 产品详情'] }],
});
