import { facts, promoBody, promoHead, noticeBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '如有疑问或投诉，请拨打安和人寿保险股份有限公司客服及投诉热线95399。';

ruleTester('complaint-channel', {
  kind: 'promo',
  facts,
  valid: [
    '# 安和鑫享年金保险\n\n客服及投诉电话：95399。\n',
    // Taiwan's and Hong Kong's word for complaint.
    '# 安和鑫享年金保險\n\n客服暨申訴專線：0800-061-618（安和人壽）\n',
    '# 安和鑫享年金保险\n\n如需投诉，请拨打安和人寿客服热线95399。\n',
    '# 安和鑫享年金保险\n\n投诉渠道：您可以通过保险公司官方网站或各营业网点进行投诉。\n',
    '# 安和鑫享年金保险\n\n客服热线：400-888-9999（24小时）\n',
    '# 安和鑫享年金保险\n\n服务电话 95399\n',
    // Hong Kong's enquiry line.
    '# 安和鑫享年金保險\n\n查詢熱線：2888 6688\n',
    '# 安和鑫享年金保险\n\n服务及投诉电话：95xxx。\n',
    '# 安和鑫享年金保险\n\n有问题可以打95399，也可以到我们网点反映。\n',
    '# 安和鑫享年金保险\n\n如有疑问或投诉，请拨打保险公司电话，或向当地金融监管部门反映。\n',
    '# 安和鑫享年金保险\n\n消费者也可拨打12378反映情况。\n',
    // A dashed number right after the prefix.
    '# 安和鑫享年金保险\n\n有问题可拨打400-810-6688咨询或投诉。\n',
    '# 安和鑫享年金保险\n\n有什么不满意的，打保险公司的热线400-810-6688，或者来网点找我们都行。\n',
    '# 安和鑫享年金保险\n\n不满意可以打400 810 6688投诉。\n',
  ],
  invalid: [
    { text: promoHead + promoBody('complaint-channel') + '\n', found: ['安和鑫享年金保险'], fixed: promoHead + promoBody('complaint-channel') + '\n\n' + insert + '\n' },
    { text: '# 安和鑫享年金保险\n\n如有疑问，请咨询您的客户经理。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n客服热线：请见保单首页。\n', found: ['安和鑫享年金保险'] },
    // An amount is not a number to call.
    { text: '# 安和鑫享年金保险\n\n电话里跟您说过，年交400-800元都可以，详询理财经理。\n', found: ['安和鑫享年金保险'] },
  ],
});

ruleTester('complaint-channel', {
  kind: 'notice',
  facts,
  valid: [],
  invalid: [
    { text: '# 投保提示书\n\n' + noticeBody('complaint-channel') + '\n', found: ['投保提示书'], fixed: '# 投保提示书\n\n' + noticeBody('complaint-channel') + '\n\n' + insert + '\n' },
  ],
});

// A product description is given to the customer with the policy: it names the complaint channel too.
ruleTester('complaint-channel', {
  kind: 'description',
  facts,
  valid: ['# 安和智选投资连结保险产品说明书\n\n一、本产品由安和人寿保险股份有限公司承保。\n\n八、咨询投诉：客服热线400-810-6688。\n'],
  invalid: [
    {
      text: '# 安和智选投资连结保险产品说明书\n\n一、本产品由安和人寿保险股份有限公司承保。\n\n七、回访：本公司将在犹豫期内对投保人进行电话回访。\n',
      found: ['安和智选投资连结保险产品说明书'],
    },
  ],
});

// A call-back script is the insurer's own service call, not sales material.
ruleTester('complaint-channel', {
  kind: 'callback',
  valid: ['坐席：您好，这里是安和人寿回访中心，请问是王先生吗？\n'],
  invalid: [],
});

// Taiwan's 申訴 with a number, and a toll-free line, are complaint channels.
ruleTester('complaint-channel', {
  kind: 'promo',
  facts,
  valid: ['# 康祺人壽 智選投資型終身壽險\n\n客服及申訴：0800-222-333\n', '# 宏信人壽 安康定期壽險\n\n【服務與申訴】免付費電話0800-333-456。\n'],
  invalid: [{ text: '# 康祺人壽 智選投資型終身壽險\n\n申訴時效依相關法令辦理。\n', found: ['康祺人壽 智選投資型終身壽險'] }],
});

// A number marked for complaints after it.
ruleTester('complaint-channel', {
  kind: 'promo',
  facts,
  valid: ['# 康裕年年万能型终身寿险\n\n有事找我们：95xxx（咨询／投诉）\n'],
  invalid: [{ text: '# 康裕年年万能型终身寿险\n\n有事找我们：网点柜台。\n', found: ['康裕年年万能型终身寿险'] }],
});

// Complaints after the number, problems of any kind, a Hong Kong enquiry-or-complaint line, placeholder letters.
ruleTester('complaint-channel', {
  kind: 'script',
  facts,
  valid: [
    '销售：有问题可以打安和人寿客服95399咨询或者投诉。\n',
    '销售：有任何问题可以打安和人寿的客服电话95399。\n',
    '代理：如有查詢或投訴，可以打我哋客戶服務熱線 2888 6xxx。\n',
    '客服/投诉：95abc\n',
  ],
  invalid: [{ text: '# 网点面谈话术\n\n销售：有问题随时来网点找我。\n', found: ['网点面谈话术'] }],
});

// A letter of complaint.
ruleTester('complaint-channel', {
  kind: 'web',
  facts,
  valid: ['# 港晴人壽 萬用壽險\n\n有問題？打 3xxx 8xxx 問我哋，或者去信客戶服務部投訴。\n'],
  invalid: [],
});

// Taiwan's toll-free line after a complaint (如有疑問或申訴，請洽…免付費專線).
ruleTester('complaint-channel', {
  kind: 'notice',
  valid: ['七、如有疑問或申訴，請洽晴光人壽免付費專線0800-xxx-xxx。\n'],
  invalid: [{ text: '七、本商品之紅利非保證，可能為零。\n', found: [''] }],
});

// Taiwan's 申訴管道 and its dispute body, Hong Kong's complaints bureau.
ruleTester('complaint-channel', {
  kind: 'script',
  valid: [
    '【申訴管道】以後有什麼問題，可以打禾豐人壽的客服電話，對處理結果不滿意，還可以向金融消費評議中心申請評議。\n',
    '如對本公司的處理結果不滿，可向保險投訴局提出。\n',
  ],
  invalid: [{ text: '【商品屬性】這是禾豐人壽的終身壽險，不是存款。\n', found: [''] }],
});
