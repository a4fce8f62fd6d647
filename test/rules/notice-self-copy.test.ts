import { facts, noticeBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '投保单上的风险提示语句须由投保人亲自抄录，投保单须由投保人亲自签名。';

ruleTester('notice-self-copy', {
  kind: 'notice',
  facts,
  valid: [
    '# 投保提示书\n\n投保单须由投保人亲自签名。\n',
    '# 投保提示书\n\n风险提示语句须由投保人本人抄录。\n',
    '# 投保提示书\n\n请您亲自抄录以下语句并签字确认。\n',
    // In the hand's own words, and as what no one else may do.
    '# 投保提示书\n\n八、请您亲笔抄录风险提示语句并签名。\n',
    '# 投保提示書\n\n8. 投保申請書必須由閣下親自填寫及簽署。\n',
    '# 投保提示书\n\n请记住：任何人都不得代您签字。\n',
    '# 投保提示书\n\n投保单中的确认语句和签名，须**由投保人亲自抄录、签名**，不得由他人替代完成。\n',
  ],
  invalid: [
    { text: '# 投保提示书\n\n' + noticeBody('notice-self-copy') + '\n', found: ['投保提示书'], fixed: '# 投保提示书\n\n' + noticeBody('notice-self-copy') + '\n\n' + insert + '\n' },
    { text: '# 投保提示书\n\n请在投保单上签名。\n', found: ['投保提示书'] },
    { text: '# 投保提示书\n\n请在指定位置抄录风险提示语句并签名确认。\n', found: ['投保提示书'] },
    { text: '# 投保提示书\n\n投保人签名：__________　　日期：____年__月__日\n', found: ['投保提示书'] },
  ],
});

ruleTester('notice-self-copy', {
  kind: 'web',
  valid: ['# 安和鑫享年金保险 产品详情\n\n投保年龄：出生满28天至60周岁。\n'],
  invalid: [],
});

// Taiwan's 要保人 is the policyholder (風險告知語句請由要保人親自填寫).
ruleTester('notice-self-copy', {
  kind: 'notice',
  valid: ['六、要保書之簽名及風險告知語句請由要保人親自填寫。\n'],
  invalid: [{ text: '六、要保書請詳細填寫。\n', found: [''] }],
});
