import { common, facts, paragraphs, uncertain } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '分红水平不确定，保险公司不保证分红，在某些年度分红可能为零。';
// Without a word on uncertain benefits (which would cover the dividends): --fix also inserts benefit-uncertainty's sentence at the end.
const rest = paragraphs([common]);
const benefitInsert = '本产品的保单利益具有不确定性，分红、结算利率或投资收益均不保证，过往表现不代表未来。\n';

ruleTester('participating-uncertainty', {
  kind: 'promo',
  product: 'participating',
  facts,
  valid: [
    '# 安和福满堂两全保险\n\n本产品为分红型保险，分红水平不确定，在某些年度可能为零。\n',
    // A traditional product said to involve no dividend.
    '# 安和福满堂两全保险\n\n这款是传统型的，每年领多少在合同里写明，不涉及分红。\n',
    '# 安和福满堂两全保险\n\n红利分配方案由保险公司每年根据经营状况确定，分红不保证。\n',
    '# 安和福满堂两全保险\n\n保单的分红存在不确定性，以保险公司实际经营状况为准。\n',
    '# 安和福满堂两全保险\n\n本产品提供分红，但分红是不确定的。\n',
    '# 安和福满堂两全保险\n\n红利领取方式：现金领取或累积生息。\n\n实际红利水平不确定，以保险公司公布的为准。\n',
    // Whatever benefit-uncertainty accepts covers the dividends too: said of the policy's benefits, or of the dividends in plain words.
    '# 安和福满堂两全保险\n\n本产品每年参与公司分红。\n\n本产品的保单利益具有不确定性。\n',
    '销售：这款是分红型的年金。\n\n销售：分红那部分多少不一定，公司经营不好的年份可能就没有，这个我不能跟您打包票。\n',
    // A product without dividends.
    '# 瑞和定期寿险\n\n本产品为传统型保险，无分红、无投资账户。\n',
  ],
  invalid: [
    // The sentence goes right after the first mention's sentence.
    {
      text: '# 安和福满堂两全保险\n\n本产品每年参与公司分红，分红可用于抵交保险费。年交1万元，交费10年。\n\n' + rest + '\n',
      found: ['分红'],
      fixed: '# 安和福满堂两全保险\n\n本产品每年参与公司分红，分红可用于抵交保险费。' + insert + '年交1万元，交费10年。\n\n' + rest + '\n\n' + benefitInsert,
    },
    {
      text: '# 安和福满堂两全保险\n\n- 红利领取方式：现金领取、抵交保险费或累积生息。\n\n' + rest + '\n',
      found: ['红利领取'],
      fixed: '# 安和福满堂两全保险\n\n- 红利领取方式：现金领取、抵交保险费或累积生息。' + insert + '\n\n' + rest + '\n\n' + benefitInsert,
    },
    { text: '# 安和福满堂两全保险\n\n过去五年分红实现率均超过100%。\n', found: ['分红'] },
    { text: '# 安和福满堂两全保险\n\n每年分红，稳稳的幸福。\n', found: ['分红'] },
  ],
});

ruleTester('participating-uncertainty', {
  kind: 'script',
  product: 'traditional',
  facts,
  valid: [
    // A traditional product that says it pays no dividend.
    '销售：这是一款传统型终身寿险，不参与分红，保额终身不变。\n',
    // 红利 as a policy windfall, not a dividend.
    '销售：个人养老金可以享受税收政策红利，每年最多抵扣12000元。\n',
  ],
  invalid: [{ text: '销售：这个产品的分红就跟利息一样，每年都有。\n', found: ['分红'] }],
});
