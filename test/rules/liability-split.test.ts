import { facts, noticeBody, phoneBody, scriptBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '代理机构仅代理销售本产品，保险合同责任由安和人寿保险股份有限公司承担；保险业务出现问题时，请与安和人寿保险股份有限公司联系。';

ruleTester('liability-split', {
  kind: 'script',
  facts,
  valid: [
    '销售：我们银行只是代理销售，保险合同的责任由保险公司承担。\n',
    '销售：代理银行仅代理销售本产品，不承担保险合同责任。\n',
    '销售：以后保单有什么问题，请您与安和人寿保险股份有限公司联系。\n',
    '销售：本行代理销售本产品，保险责任由安和人寿保险股份有限公司承担。\n',
    // The insurer that underwrites and the bank that only sells, in one sentence, in the words of counters and calls.
    '理财经理：定期是银行存款，这款是安享一生终身寿险，由溪山人寿保险股份有限公司承保，我们行只是代理销售。\n',
    '坐席：今天想给您介绍一款由鼎信人寿承保、我行代理销售的保险产品，请问您现在方便听吗？\n',
    '銷售：陳生，先講清楚，呢個係保險，唔係定期存款，承保嘅係嘉瀾人壽，我哋銀行只係代理。\n',
    '銷售：本行僅為康泰人壽的保險代理人。\n',
    '销售：本产品由安和人寿保险股份有限公司承保，代理销售机构不承担保险责任。\n',
    '销售：阿姨，这款是安平人寿的重疾险，保险公司是安平人寿，我们行是代销。\n',
    // Who pays and with whom the contract is made.
    '周经理：那个叫福寿年金保险，是丰谷人寿保险公司的产品，合同跟丰谷人寿签，以后领钱、理赔都是丰谷人寿负责。\n',
    '销售：这份保险是锦程人寿保险股份有限公司的，赔不赔、怎么赔，都由锦程人寿负责。\n',
  ],
  invalid: [
    { text: '# 网点面谈话术\n\n' + scriptBody('liability-split') + '\n', found: ['网点面谈话术'], fixed: '# 网点面谈话术\n\n' + scriptBody('liability-split') + '\n\n' + insert + '\n' },
    // Saying the bank is the agent is half of it.
    { text: '# 网点面谈话术\n\n销售：这款产品由我行代理销售。\n', found: ['网点面谈话术'] },
    // Nor do the two halves in separate sentences, or a seller's licence to sell insurance.
    { text: '# 网点面谈话术\n\n销售：这款产品由我行代理销售。本产品由安和人寿保险股份有限公司承保。\n', found: ['网点面谈话术'] },
    { text: '# 网点面谈话术\n\n销售：阿姨您好，我是网点的理财经理小陈，这是我的保险代理从业资格证。本产品由安和人寿保险股份有限公司承保。\n', found: ['网点面谈话术'] },
  ],
});

ruleTester('liability-split', {
  kind: 'notice',
  facts,
  valid: ['代理银行仅接受保险公司委托代理销售本产品，保险合同的法律责任由保险公司承担。\n'],
  invalid: [
    { text: '# 投保提示书\n\n' + noticeBody('liability-split') + '\n', found: ['投保提示书'], fixed: '# 投保提示书\n\n' + noticeBody('liability-split') + '\n\n' + insert + '\n' },
  ],
});

ruleTester('liability-split', {
  kind: 'phone-script',
  facts,
  valid: [],
  invalid: [
    // Called on the bank's behalf (a call centre of the insurer's own, with no bank, is not asked: see below).
    { text: '# 电话销售话术\n\n坐席：我这边是锦川银行的客户经理。\n\n' + phoneBody('liability-split') + '\n', found: ['电话销售话术'], fixed: '# 电话销售话术\n\n坐席：我这边是锦川银行的客户经理。\n\n' + phoneBody('liability-split') + '\n\n' + insert + '\n' },
  ],
});

// A promo may not name the bank (article 十), so it is not asked to describe the bank's role.
ruleTester('liability-split', {
  kind: 'promo',
  facts,
  valid: ['# 安和鑫享年金保险\n\n一份年金，稳稳领到老。\n'],
  invalid: [],
});

// An insurer's own page or call centre, with no bank in it, has no bank's liability to split.
ruleTester('liability-split', {
  kind: 'web',
  valid: [
    '宝岭人寿「安心守护」定期寿险 ─ 网上投保\n\n本产品由宝岭人寿保险有限公司承保，属人寿保险，并非存款。\n\n客户服务及投诉热线：3xxx-2288\n',
  ],
  invalid: [{ text: '锦川银行代理销售宝岭人寿「安心守护」定期寿险。\n\n本产品由宝岭人寿保险有限公司承保。\n', found: [''] }],
});
