import { facts, phoneBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '坐席：本次为您介绍的是一款由安和人寿保险股份有限公司承保的保险产品，不是银行存款或理财产品。';
const title = '# 电话销售话术\n\n';

ruleTester('phone-is-insurance', {
  kind: 'phone-script',
  facts,
  valid: [
    title + '坐席：今天为您介绍的是一款保险产品。\n',
    title + '坐席：这是一款由安和人寿承保的年金保险产品。\n',
    title + '坐席：我们推荐的是安和人寿的两全保险。\n',
    title + '坐席：需要向您说明，本产品是保险产品，不是银行存款。\n',
    title + '坐席：该款产品属于人身保险产品。\n',
    title + '坐席：这是安和人寿保险股份有限公司承保的投资连结保险，是保险，不是银行存款或理财产品。\n',
    title + '坐席：它是一份保险合同，保障终身。\n',
    // Presenting an insurance product by name.
    title + '坐席：您好，今天给您来电，是有一款分红型年金保险想介绍给您。\n',
    title + '坐席：给您介绍一款意外伤害保险，请问现在方便听吗？\n',
  ],
  invalid: [
    { text: title + phoneBody('phone-is-insurance') + '\n', found: ['电话销售话术'], fixed: title + insert + '\n\n' + phoneBody('phone-is-insurance') + '\n' },
    { text: title + '坐席：今天给您推荐一款高收益的理财计划。\n', found: ['电话销售话术'] },
    { text: title + '坐席：这是我们银行的一款理财新品。\n', found: ['电话销售话术'] },
    // The insurer's name is not the product's kind; nor is insurance the thing compared with.
    { text: title + '坐席：今天给您介绍一款安和人寿保险公司合作的理财计划。\n', found: ['电话销售话术'] },
    { text: title + '坐席：给您推荐一款理财产品，收益比保险高。\n', found: ['电话销售话术'] },
    { text: '坐席：您好，请问现在方便接听电话吗？\n', found: ['坐席：您好，请问现在方便接听电话吗？'] },
  ],
});

ruleTester('phone-is-insurance', {
  kind: 'promo',
  valid: ['# 安和鑫享年金保险\n\n一份年金，稳稳领到老。\n'],
  invalid: [],
});

ruleTester('phone-is-insurance', {
  kind: 'callback',
  valid: ['坐席：您好，这里是安和人寿回访中心，请问是王先生吗？\n'],
  invalid: [],
});

// A longer product name after 介绍的是, an insurance said to be underwritten, 说说 for 介绍;
// the company's name is still not the product's kind.
ruleTester('phone-is-insurance', {
  kind: 'phone-script',
  facts,
  valid: [
    title + '坐席：今天為您介紹的是「安和穩盈萬能型終身壽險」，請問方便聽兩分鐘嗎？\n',
    title + '坐席：这款年金是安和人寿承保的保险产品，不是存款。\n',
    title + '坐席：耽误您几分钟，我给您说说一款两全保险。\n',
  ],
  invalid: [{ text: title + '坐席：今天介绍的是安和人寿保险股份有限公司的福运理财计划。\n', found: ['电话销售话术'] }],
});

// Taiwan: a policy counted with 張, the company's insurance product (保險商品).
ruleTester('phone-is-insurance', {
  kind: 'phone-script',
  facts,
  valid: [
    title + '坐席：今天要跟您介紹一張終身壽險。\n',
    title + '坐席：這是安和人壽保險股份有限公司的保險商品。\n',
  ],
  invalid: [{ text: title + '坐席：今天要跟您介紹一張安和人壽的理財計畫。\n', found: ['电话销售话术'] }],
});

// Told of an insurance in plain words; a company's "wealth plan" is still not said to be insurance.
ruleTester('phone-is-insurance', {
  kind: 'phone-script',
  valid: [
    '今天给您打电话，是想跟您说一款分红型的年金保险，瑞禾人寿承保的。\n',
    '坐席：对，是瑞丰人寿的两全保险，我们代理。\n',
    '销售：现在有款增额终身寿，禾信人寿承保的，是份保险。\n',
    '我跟您说个事，长岭人寿保险股份有限公司推出了一款投资连结保险，是保险哈，不是存款。\n',
  ],
  invalid: [{ text: '坐席：今天给您介绍的是福康人寿保险股份有限公司的理财计划。\n', found: [''] }],
});
