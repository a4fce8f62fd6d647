import { common, facts, paragraphs, uncertain } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '利益演示基于假设的投资收益率，不代表实际收益，实际收益不确定。';
const head = '# 安和金账户终身寿险（万能型）\n\n';
const rest = paragraphs([common, uncertain]);

ruleTester('illustration-disclaimer', {
  kind: 'promo',
  product: 'universal',
  facts,
  valid: [
    // A traditional product's table figured as the contract sets it.
    '# 福享终身寿险产品说明书\n\n## 八、利益演示（单位：元）\n\n| 保单年度末 | 现金价值 |\n|---|---|\n| 10 | 52,800 |\n\n上表数值均按合同约定计算，本产品不参与红利分配。\n',
    // …or said to be the contract's guaranteed benefits.
    '# 福享终身寿险产品说明书\n\n## 七、保证利益演示\n\n| 保单年度末 | 现金价值 |\n|---|---|\n| 10 | 109,540 |\n\n上表为合同约定的保证利益，具体数额以您的保险单为准。\n',
    head + '以下利益演示基于假设的投资收益率，不代表实际收益。\n',
    head + '利益演示（中档）：第10年末账户价值约12万元。演示数据仅供参考。\n',
    head + '演示利率不代表未来实际结算利率。\n',
    head + '## 利益演示\n\n| 保单年度 | 低档 | 中档 |\n|---|---|---|\n| 10 | 11.2万 | 12.0万 |\n\n注：以上演示基于假设，不代表实际收益。\n',
    // The disclaimer in other words: not to be read as what to expect, the real figure above or below, or nothing.
    head + '## 利益演示\n\n| 保单年度 | 低档 | 中档 |\n|---|---|---|\n| 10 | 11.2万 | 12.0万 |\n\n注：红利演示基于公司的精算假设，不能理解为对未来的预期，实际红利可能高于或低于演示水平。\n',
    head + '演示利率：第10年末账户价值约12万元。实际结算利率可能低于演示利率，低档情形下仅按保证利率计息。\n',
    head + '利益演示（中档）：第10年末账户价值约12万元。账户价值可能高于或低于演示数值。\n',
    '# 福享终身寿险产品说明书\n\n## 现金价值与利益演示\n\n| 保单年度末 | 现金价值 |\n|---|---|\n| 10 | 246,900 |\n\n注：本产品为传统型保险，表中各项金额均为合同保证利益，不涉及红利。\n',
  ],
  invalid: [
    {
      text: head + '利益演示：第10年末账户价值约12万元，第20年末约16万元。\n\n' + rest + '\n',
      found: ['利益演示：'],
      fixed: head + '利益演示：第10年末账户价值约12万元，第20年末约16万元。' + insert + '\n\n' + rest + '\n',
    },
    { text: head + '## 利益演示\n\n| 保单年度 | 账户价值 |\n|---|---|\n| 10 | 12万 |\n', found: ['利益演示'] },
    { text: head + '按中档演示利率4.5%计算，60岁时账户价值约30万元。\n', found: ['演示利率'] },
    { text: head + '根据演示结果，20年后可领取约16万元。\n', found: ['演示结果'] },
  ],
});

// 90号 第六条(二) asks a notice to point at the 利益演示 among what to read; that shows no illustration.
ruleTester('illustration-disclaimer', {
  kind: 'notice',
  product: 'universal',
  valid: ['# 投保提示书\n\n请您详细阅读保险条款和产品说明书，尤其是保险责任、犹豫期和退保事项、利益演示、费用扣除等内容。\n'],
  invalid: [],
});

// The disclaimer in other words, and 利益演示 as the last item of a reading list.
ruleTester('illustration-disclaimer', {
  kind: 'promo',
  valid: [
    '利益演示中的中、高档数字只是假设，请以合同为准。\n',
    '七、利益演示（单位：元；仅为演示，实际账户价值以公司公布的结算利率为准）\n',
    '下方利益演示中的低、中、高档只是举例，不是承诺。\n',
    // Offered to be sent, not shown; a guaranteed table said not to be a return.
    '销售：具体每年交多少、领多少，我可以按您的年龄做一份利益演示发给您看。\n',
    '答：我可以把利益演示表发到您手机上，您对照条款看。\n',
    '## 利益演示（保证利益）\n\n说明：上表按预定利率2.0%及精算假设计算，不是投资收益率，也不等于本产品的实际回报。\n',
    // 利益演示部分 as a part of the papers to read.
    '请详细阅读保险条款和产品说明书，特别是保险责任、责任免除、犹豫期、退保、费用扣除和利益演示部分。\n',
    // The reading list's last item.
    '請詳細閱讀保險條款和產品說明書，特別是責任免除、猶豫期、退保事項和利益演示。\n',
  ],
  invalid: [{ text: '## 四、利益演示\n\n第20年账户价值约18万元。\n', found: ['利益演示'] }],
});

// A traditional product's table said to be the contract's amounts, or to give way to its cash-value table, needs no disclaimer.
ruleTester('illustration-disclaimer', {
  kind: 'description',
  valid: [
    '## 七、利益演示\n\n| 保单年度末 | 现金价值 |\n|---|---|\n| 10 | 108,900 |\n\n上表数值均为合同约定的金额，完整数据以保险单所附现金价值表为准。\n',
    '## 七、利益演示\n\n| 保单年度末 | 现金价值 |\n|---|---|\n| 10 | 104,215 |\n\n上表数值已四舍五入，实际以合同所载为准。\n',
  ],
  invalid: [{ text: '## 七、利益演示\n\n| 保单年度末 | 现金价值 |\n|---|---|\n| 10 | 104,215 |\n\n第10年现金价值超过已交保费。\n', found: ['利益演示'] }],
});
