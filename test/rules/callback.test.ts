import { facts, promoBody, promoHead, scriptBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '安和人寿保险股份有限公司将在犹豫期内对您进行电话回访，请您留意接听并如实回答。';

ruleTester('callback', {
  kind: 'promo',
  facts,
  valid: [
    '# 安和鑫享年金保险\n\n保险公司将在犹豫期内对您进行电话回访，请保持电话畅通。\n',
    '# 安和鑫享年金保险\n\n犹豫期内您会接到安和人寿的回访电话，请根据真实理解回答。\n',
    '# 安和鑫享年金保险\n\n- **新单回访**：保险公司会通过95399与您联系。\n',
    '# 安和鑫享年金保险\n\n必要时保险公司可能对您进行上门面访或视频回访。\n',
    // A call from the insurer to confirm, without the word 回访.
    '# 安和鑫享年金保险\n\n合同成立后，保险公司客服会给您打电话，核实投保信息。\n',
    '# 安和鑫享年金保险\n\n承保后本公司将致电您，确认您已了解保险责任和犹豫期。\n',
    '# 安和鑫享年金保险\n\n合同生效后，公司会安排专人给您打电话，核实是否本人自愿投保、是否清楚合同内容。\n',
  ],
  invalid: [
    { text: promoHead + promoBody('callback') + '\n', found: ['安和鑫享年金保险'], fixed: promoHead + promoBody('callback') + '\n\n' + insert + '\n' },
    // The scanning typo of the founding notice (电话回户访) is not the word.
    { text: '# 安和鑫享年金保险\n\n保险公司将进行电话回户访。\n', found: ['安和鑫享年金保险'] },
    // The customer calling the hotline is no call-back.
    { text: '# 安和鑫享年金保险\n\n如需帮助，请致电客服热线95399。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n如需确认投保信息，您可以打公司的客服电话95399核实。\n', found: ['安和鑫享年金保险'] },
  ],
});

ruleTester('callback', {
  kind: 'script',
  facts,
  valid: ['销售：犹豫期内保险公司会给您打电话回访，请您如实回答。\n', '销售：回家以后保险公司会打电话跟您确认，您照实说就行。\n'],
  invalid: [
    { text: '# 网点面谈话术\n\n' + scriptBody('callback') + '\n', found: ['网点面谈话术'], fixed: '# 网点面谈话术\n\n' + scriptBody('callback') + '\n\n' + insert + '\n' },
  ],
});

ruleTester('callback', {
  kind: 'web',
  facts,
  valid: [],
  invalid: [{ text: '# 安和鑫享年金保险 产品详情\n\n投保年龄：出生满28天至60周岁。\n', found: ['安和鑫享年金保险 产品详情'] }],
});

// The call-back script is the call-back: it need not announce one.
ruleTester('callback', {
  kind: 'callback',
  valid: ['坐席：您好，这里是安和人寿客户服务中心，请问是王先生吗？\n坐席：请问投保单是您本人亲自签名的吗？\n'],
  invalid: [],
});

// The seller's visits to old customers and a pointer to ask the manager are no call-back from the insurer.
ruleTester('callback', {
  kind: 'promo',
  facts,
  valid: ['# 安和鑫享年金保险\n\n- 回访：承保后我们会通过电话与您核实投保信息，请保持电话畅通。\n', '# 安和鑫享年金保险\n\n我们会在您投保后致电回访，确认您了解产品。\n'],
  invalid: [
    { text: '# 安和鑫享年金保险\n\n我们的客户经理逢年过节上门回访老客户，送春联、送挂历，服务到家。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n✅ 犹豫期、回访等详细信息请咨询您的专属客户经理\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n前几天回访的客户都说很满意，没有一个后悔的。\n', found: ['安和鑫享年金保险'] },
  ],
});

// Taiwan's 电话访问 / 电访 is the call-back.
ruleTester('callback', {
  kind: 'promo',
  facts,
  valid: [
    '# 康祺人壽 智選投資型終身壽險\n\n投保後康祺人壽將進行電話訪問，請本人接聽。\n',
    '# 安和人壽 福滿堂分紅終身壽險\n\n📌 投保後會有安和人壽電訪人員與您聯繫確認，請留意來電。\n',
  ],
  invalid: [{ text: '# 康祺人壽 智選投資型終身壽險\n\n本商品為投資型保險，非存款、非基金。\n', found: ['康祺人壽 智選投資型終身壽險'] }],
});

// The insurer by a short name calling to check it was the customer's own wish; a call arranged to 核对.
ruleTester('callback', {
  kind: 'script',
  facts,
  valid: ['6️⃣ 回访：投保后禾信会打电话确认是不是你本人买的\n', '坐席：過幾天公司會安排專人給您打電話，核對是不是您本人自願買的。\n'],
  invalid: [{ text: '坐席：有问题您可以随时打电话给我们确认。\n', found: [''] }],
});

// The insurer's call said to check the customer chose it themselves.
ruleTester('callback', {
  kind: 'script',
  facts,
  valid: ['销售：回家以后安和会打电话跟您确认，是不是您自己愿意买的。\n'],
  invalid: [{ text: '# 网点面谈话术\n\n销售：回家以后有不明白的，随时打电话问我。\n', found: ['网点面谈话术'] }],
});

// A call from someone at the company.
ruleTester('callback', {
  kind: 'phone-script',
  facts,
  valid: ['電銷人員：成交後會由公司另一位同仁打電話給您，再確認一次投保意願。\n'],
  invalid: [],
});

// In Cantonese: the insurer will ring for an after-sale check.
ruleTester('callback', {
  kind: 'script',
  valid: ['批單之後保險公司會打嚟做售後確認call。\n'],
  invalid: [{ text: '批單之後你就可以安心。\n', found: [''] }],
});

// The insurer or "we" said to call to check, in any words; the customer told to ring does not count.
ruleTester('callback', {
  kind: 'script',
  valid: [
    'A：投保後安瀾人壽會給您打一個電話，核對是不是您本人投保、是否瞭解產品。\n',
    '投保成功後，我們將致電您核實投保資訊。\n',
    '■ 投保后：我们会给您打一个确认电话，请留意来电。\n',
    '公司还会安排专人给您打电话，问清楚是不是您本人自愿买的。\n',
  ],
  invalid: [{ text: '签完字您就可以回家了，合同会寄给您。\n', found: [''] }],
});

// The seller's own visits from time to time are no call-back.
ruleTester('callback', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: '购买后客户经理会定期回访，节日还有专属问候。\n', found: [''] },
    { text: '经理：您和阿姨商量好了给我打电话，下周我再回访您。\n', found: [''] },
  ],
});

// Taiwan's call made to the policyholder, the receiver named between (以電話向要保人進行訪問).
ruleTester('callback', {
  kind: 'notice',
  valid: ['為確認投保意願，本公司於契約成立後將以電話向要保人進行訪問，請據實回答。\n'],
  invalid: [{ text: '為確認投保意願，本公司於契約成立後將寄送契約至要保人住所。\n', found: [''] }],
});
