import { common, facts, handCopy, liability, notice, paragraphs, uncertain } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const exact = '本人已阅读保险条款、产品说明书和投保提示书，了解本产品的特点和保险利益的不确定性';
const insert = `请您亲自抄录以下语句并签名：“${exact}。”`;
const body = paragraphs([notice, common, liability, uncertain]);

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
  ],
  invalid: [
    { text: `# 投保提示书\n\n${body}\n`, found: ['投保提示书'], fixed: `# 投保提示书\n\n${body}\n\n${insert}\n` },
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
