import { common, facts, handCopy, liability, notice, paragraphs, uncertain } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const exact = '本人已阅读保险条款、产品说明书和投保提示书，了解本产品的特点和保险利益的不确定性';
const insert = `请您亲自抄录以下语句并签名：“${exact}。”`;
const body = paragraphs([notice, common, liability, uncertain]);
// The same notice without its line on copying and signing in person.
const { 'notice-self-copy': _copy, ...noticeWithoutCopy } = notice;
const bodyWithoutCopy = paragraphs([noticeWithoutCopy, common, liability, uncertain]);

ruleTester('hand-copied-sentence', {
  kind: 'notice',
  product: 'participating',
  facts,
  valid: [
    `# 投保提示书\n\n${exact}。\n`,
    // The 2022 disclosure rule's wording.
    '# 投保提示书\n\n本人已阅读保险条款、产品说明书和投保提示书，了解本产品的特点和保单利益的不确定性。\n',
    // Half-width punctuation and spaces do not matter.
    '# 投保提示书\n\n本人已阅读保险条款,产品说明书和投保提示书, 了解本产品的特点和保险利益的不确定性.\n',
    // Quoted, and wrapped over two lines.
    `# 投保提示书\n\n请您在投保单指定位置亲自抄录：“本人已阅读保险条款、产品说明书和投保提示书，\n了解本产品的特点和保险利益的不确定性。”\n`,
    `# 投保提示书\n\n${body}\n\n${paragraphs([handCopy])}\n`,
    // The sentence is printed on the application form: a notice may tell the customer to copy it there without quoting it.
    `# 投保提示书\n\n${body}\n`,
    '# 投保提示书\n\n八、风险提示语句须由投保人亲自抄录、签名，他人不得代抄代签。\n',
    '# 投保提示書\n\n七、投保單及風險確認語句須由您本人親自抄錄、簽名。\n',
    '# 投保提示书\n\n● 风险提示那句话请您自己抄、自己签名，谁也不能替您写。\n',
    '# 投保提示书\n\n九、投保单中的风险提示语句和签名，须由投保人本人亲笔完成，他人不得代抄、代签。\n',
    // Taiwan's 瞭解 for 了解.
    '# 投保提示書\n\n請您親自抄錄「本人已閱讀保險條款、產品說明書和投保提示書，瞭解本產品的特點和保單利益的不確定性」並簽名。\n',
    // A confirmation of having read the notice is no attempt at the sentence.
    '# 投保提示书\n\n风险提示语句须由您本人亲笔抄录并签名。\n\n本人已阅读并理解上述内容。\n\n投保人签名：__________\n',
  ],
  invalid: [
    // --fix inserts the sentence, and notice-self-copy its line on copying in person.
    {
      text: `# 投保提示书\n\n${bodyWithoutCopy}\n`,
      found: ['投保提示书'],
      fixed: `# 投保提示书\n\n${bodyWithoutCopy}\n\n${insert}\n\n投保单上的风险提示语句须由投保人亲自抄录，投保单须由投保人亲自签名。\n`,
    },
    // Signing alone, or a line read and signed, is not copying the sentence.
    { text: '# 投保提示书\n\n本人已阅读并理解上述内容。\n\n投保人签名：__________\n', found: ['投保提示书'] },
    // An attempt with words left out: point at it and offer the exact text.
    {
      text: '# 投保提示书\n\n请抄录：本人已阅读保险条款和产品说明书，了解本产品的特点和保险利益的不确定性。\n',
      found: ['本人已阅读保险条款和产品说明书，了解本产品的特点和保险利益的不确定性'],
      suggested: `# 投保提示书\n\n请抄录：${exact}。\n`,
    },
    {
      text: '# 投保提示书\n\n请抄录：“本人已阅读保险条款、产品说明书，了解本产品的特点。”\n',
      found: ['本人已阅读保险条款、产品说明书，了解本产品的特点'],
      suggested: `# 投保提示书\n\n请抄录：“${exact}。”\n`,
    },
    {
      text: '# 投保提示书\n\n本人已阅读并理解保险条款，知晓投资风险。\n',
      found: ['本人已阅读并理解保险条款，知晓投资风险'],
      suggested: `# 投保提示书\n\n${exact}。\n`,
    },
  ],
});

ruleTester('hand-copied-sentence', {
  kind: 'notice',
  product: 'investment-linked',
  valid: [`# 投保提示书\n\n${exact}。\n`],
  invalid: [{ text: '# 投保提示书\n\n请您亲自签名。\n', found: ['投保提示书'] }],
});

// Traditional products, and documents other than the notice.
ruleTester('hand-copied-sentence', {
  kind: 'notice',
  product: 'traditional',
  valid: ['# 投保提示书\n\n请您亲自签名。\n'],
  invalid: [],
});
ruleTester('hand-copied-sentence', {
  kind: 'promo',
  product: 'universal',
  valid: ['# 安和金账户终身寿险（万能型）\n\n结算利率不保证。\n'],
  invalid: [],
});
