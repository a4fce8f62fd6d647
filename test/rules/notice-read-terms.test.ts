import { facts, noticeBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '请您详细阅读保险条款和产品说明书，尤其是保险责任、犹豫期和退保事项、利益演示、费用扣除等内容。';

ruleTester('notice-read-terms', {
  kind: 'notice',
  facts,
  valid: [
    '# 投保提示书\n\n请您详细阅读保险条款和产品说明书。\n',
    '# 投保提示书\n\n请仔细阅读保险条款，特别是加粗显示的责任免除部分。\n',
    '# 投保提示书\n\n投保前请认真查阅产品说明书。\n',
    '# 投保提示书\n\n## 二、请详阅保险条款\n',
    // Other words for the terms and for reading them.
    '# 投保提示書\n\n2. 請詳細閱讀保單條款、產品資料概要及主要推銷刊物，尤其是保險保障、冷靜期、退保及收費等內容。\n',
    '# 投保提示书\n\n2. 保险责任：身故保险金为投资账户价值的105%，详见保险条款第六条。\n',
    '# 投保提示书\n\n三、费用扣除：本产品收取初始费用和保单管理费，具体比例见产品说明书。\n',
    '# 投保提示书\n\n责任免除共7项，见条款第八条，加粗部分请您一定读一读。\n',
  ],
  invalid: [
    // The inserted sentence lists 利益演示 as something to read: it must not set off illustration-disclaimer.
    {
      text: '# 投保提示书\n\n' + noticeBody('notice-read-terms') + '\n',
      found: ['投保提示书'],
      fixed: '# 投保提示书\n\n' + noticeBody('notice-read-terms') + '\n\n' + insert + '\n',
    },
    { text: '# 投保提示书\n\n请您在投保前仔细阅读本提示书。\n', found: ['投保提示书'] },
    { text: '# 投保提示书\n\n保险条款和产品说明书随保险合同一并寄送。\n', found: ['投保提示书'] },
    { text: '# 投保提示书\n\n请您详细了解保险责任和责任免除。\n', found: ['投保提示书'] },
  ],
});

ruleTester('notice-read-terms', {
  kind: 'script',
  valid: ['# 网点面谈话术\n\n销售：您好，我是网点的理财经理。\n'],
  invalid: [],
});

// The contract's bold passages or its exclusions to be read with care count as the reminder; reading this notice does not.
ruleTester('notice-read-terms', {
  kind: 'notice',
  valid: [
    '# 投保提示书\n\n' + noticeBody('notice-read-terms') + '\n\n责任免除条款以保险合同为准，请重点阅读合同中加粗的内容。\n',
    '# 投保提示书\n\n' + noticeBody('notice-read-terms') + '\n\n具体以保险条款为准，请特别关注责任免除条款。\n',
  ],
  invalid: [{ text: '# 投保提示书\n\n请您在投保前仔细阅读本提示书。\n', found: ['投保提示书'] }],
});
