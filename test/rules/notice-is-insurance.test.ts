import { facts, noticeBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '您购买的是保险产品，不是银行存款或银行理财产品。';

ruleTester('notice-is-insurance', {
  kind: 'notice',
  facts,
  valid: [
    '# 投保提示书\n\n您购买的是保险产品，不是银行存款。\n',
    '# 投保提示书\n\n本产品是保险产品，由安和人寿保险股份有限公司承保。\n',
    '# 投保提示书\n\n您投保的是安和人寿的年金保险产品。\n',
    '# 投保提示书\n\n## 一、您购买的是保险产品\n\n本产品属于人身保险产品。\n',
    // The product named as an insurance contract, its insurer between.
    '# 投保提示书\n\n您正准备投保的“安和鑫禧终身寿险（万能型）”是一份由安和人寿承保的人身保险合同，银行仅代理销售。\n',
    // Said of the product named before it, or told apart from a deposit, in the notice's many words.
    '# 投保提示书\n\n尊敬的客户：您正在投保的“松庭智选”投资连结保险由松庭人寿保险股份有限公司承保，是保险产品，不是银行存款或基金。\n',
    '# 投保提示書\n\n一、本商品為保險商品，由鴻禧人壽保險股份有限公司承保並負保險給付責任，非銀行存款。\n',
    '# 重要資料聲明\n\n1. 本計劃是由本公司承保的人壽保險保單，並非銀行存款，亦不是投資基金。\n',
    '# 投保提示书\n\n您现在办理的是一份保险，不是存款，也不是理财。\n',
  ],
  invalid: [
    // Inserted at the top, right after the title.
    {
      text: '# 投保提示书\n\n' + noticeBody('notice-is-insurance') + '\n',
      found: ['投保提示书'],
      fixed: '# 投保提示书\n\n' + insert + '\n\n' + noticeBody('notice-is-insurance') + '\n',
    },
    // Without a title, at the very top.
    {
      text: '尊敬的投保人：\n\n' + noticeBody('notice-is-insurance') + '\n',
      found: ['尊敬的投保人：'],
      fixed: insert + '\n\n尊敬的投保人：\n\n' + noticeBody('notice-is-insurance') + '\n',
    },
    // Saying what it is not does not say what it is.
    { text: '# 投保提示书\n\n本产品不是银行存款，请您仔细阅读条款。\n', found: ['投保提示书'] },
    { text: '# 投保提示书\n\n感谢您选择安和人寿的产品。\n', found: ['投保提示书'] },
  ],
});

ruleTester('notice-is-insurance', {
  kind: 'promo',
  valid: ['# 安和鑫享年金保险\n\n一份年金，稳稳领到老。\n'],
  invalid: [],
});

// The insurer's full name between the product and the word insurance (Hong Kong's 本計劃是由…承保的人壽保險產品).
ruleTester('notice-is-insurance', {
  kind: 'notice',
  valid: ['1. 產品性質\n本計劃是由澄海人壽保險（香港）有限公司（「本公司」）承保的人壽保險產品，亦不受香港存款保障計劃保障。\n'],
  invalid: [{ text: '1. 產品性質\n本計劃由澄海人壽保險（香港）有限公司發出。\n', found: [''] }],
});

// Said in plain words after a question (我买的是什么？…它是保险).
ruleTester('notice-is-insurance', {
  kind: 'notice',
  valid: ['**我买的是什么？**\n一份终身寿险合同，附带一个万能账户。它是保险，由青穹人寿保险股份有限公司承保。\n'],
  invalid: [{ text: '**我买的是什么？**\n一份合同，附带一个万能账户，由青穹人寿保险股份有限公司提供。\n', found: [''] }],
});
