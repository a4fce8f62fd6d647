import { facts, promoBody, promoHead, scriptBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '本产品犹豫期为15日，自您签收保险合同之日起计算；犹豫期内您可以申请解除合同，退费方式以保险合同条款为准。';
const withoutIt = promoHead + promoBody('cooling-off');

ruleTester('cooling-off', {
  kind: 'promo',
  facts,
  valid: [
    '# 安和鑫享年金保险\n\n犹豫期：自您签收保险合同之日起15日为犹豫期。\n',
    '# 安和鑫享年金保险\n\n您签收保单后有15天犹豫期，犹豫期内可以无条件解除合同。\n',
    '# 安和鑫享年金保险\n\n本产品犹豫期为二十日。\n',
    '# 安和鑫享年金保险\n\n- **犹豫期**：犹豫期内您可以申请解除合同，保险公司扣除不超过10元的工本费后退还已交保险费。\n',
    '# 安和鑫享年金保险\n\n签收保险合同后的15个工作日为犹豫期。\n',
    promoHead + promoBody() + '\n',
    // Without the word 犹豫期: a period after receiving the policy and the right to cancel.
    '# 安和鑫享年金保险\n\n签收保单后15日内，您可以无条件解除合同，已交保险费全额退还。\n',
    '# 安和鑫享年金保险\n\n收到保单后十五天内可以全额退保。\n',
    '# 安和鑫享年金保险\n\n冷静期：收到保单15日内可无条件解约并全额退费。\n',
    // A time to think it over, and the whole premium back a clause or two later.
    '# 安和鑫享年金保险\n\n收到保单后有15天的考虑时间，这段时间里您改变主意的，可以申请解除合同，我们退还您交的全部保险费。\n',
    '# 安和鑫享年金保险\n\n签收保单后十五日内可以退保并退还全部保费。\n',
    '# 安和鑫享年金保险\n\n自投保之日起20天内退保的，已交保险费如数退还。\n',
    // 无理由 names the right, it denies nothing; the period by its everyday name.
    '# 安和鑫享年金保险\n\n签收合同后15日内可申请无理由退保，退还全部保费。\n',
    '# 安和鑫享年金保险\n\n买了以后有15天的后悔期，这段时间不想要了，交的钱全退。\n',
    '# 安和鑫享年金保险\n\n拿回去十五天之内不想要了还能退。\n',
  ],
  invalid: [
    { text: withoutIt + '\n', found: ['安和鑫享年金保险'], fixed: withoutIt + '\n\n' + insert + '\n' },
    // Mentioning the period in the call-back sentence tells neither its length nor the right to cancel.
    {
      text: withoutIt + '\n\n安和人寿将在犹豫期内对您进行电话回访。\n',
      found: ['安和鑫享年金保险'],
      fixed: withoutIt + '\n\n安和人寿将在犹豫期内对您进行电话回访。\n\n' + insert + '\n',
    },
    // A scanning typo (犹像期) is not the word.
    { text: '# 安和鑫享年金保险\n\n犹像期：自您签收保险合同之日起15日。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n签收保险合同后15日内，您可以考虑清楚。\n', found: ['安和鑫享年金保险'] },
    // A period the product denies, and a refund refused, are no cooling-off period.
    { text: '# 安和鑫享年金保险\n\n本产品不设犹豫期，签收保单后解除合同的，只退还保单的现金价值。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n签收保单15天后退保的，不能全额退还保险费。\n', found: ['安和鑫享年金保险'] },
    // A claim deadline is no cooling-off period.
    { text: '# 安和鑫享年金保险\n\n保险公司收到理赔申请后5日内作出核定，核定后10日内给付保险金。\n', found: ['安和鑫享年金保险'] },
  ],
});

ruleTester('cooling-off', {
  kind: 'script',
  facts,
  valid: [
    '# 网点面谈话术\n\n销售：您签收保单之日起15天是犹豫期，犹豫期内退保，保险公司扣除不超过10元的工本费后退还全部保费。\n',
    '# 网点面谈话术\n\n销售：您拿到保单以后，半个月之内反悔，钱一分不少全退给您。\n',
    '# 网点面谈话术\n\n销售：保单送到您手上后的15天里，您觉得不合适可以退，交的钱全部退给您。\n',
    // The customer changing their mind is no denial; 保费全退 is the whole premium back.
    '# 网点面谈话术\n\n销售：合同拿到手以后有十五天的考虑时间，这期间不想要了，保费全退给您。\n',
    '# 网点面谈话术\n\n销售：签收后半个月之内，您觉得不合适，保险费如数退还。\n',
    // A bare stretch of time to think it over, and the period straight into the right to cancel.
    '# 网点面谈话术\n\n销售：收到保单后，您有15天时间慢慢考虑，这期间不想要了，交的保费全额退回。\n',
    '# 网点面谈话术\n\n销售：签收后15天可以反悔，保费如数退回。\n',
  ],
  invalid: [
    // Cancelling after the period, or a right denied, is no cooling-off period.
    { text: '# 网点面谈话术\n\n销售：签收保单15天后可以退保，只退现金价值。\n', found: ['网点面谈话术'] },
    { text: '# 网点面谈话术\n\n销售：签收保单后15日内不能退保，您考虑清楚再签。\n', found: ['网点面谈话术'] },
    // A refund the seller denies is still no cooling-off period.
    {
      text: '# 网点面谈话术\n\n销售：合同拿到手以后有十五天的考虑时间，这期间不想要了，保费也不会全退给您。\n',
      found: ['网点面谈话术'],
    },
    {
      text: '# 网点面谈话术\n\n' + scriptBody('cooling-off') + '\n',
      found: ['网点面谈话术'],
      fixed: '# 网点面谈话术\n\n' + scriptBody('cooling-off') + '\n\n' + insert + '\n',
    },
  ],
});

// The policy in hand, then the days to change one's mind, in speech.
ruleTester('cooling-off', {
  kind: 'promo',
  facts,
  valid: ['# 安和鑫享年金保险\n\n合同到您手上15天之内，您觉得不合适，一个电话就能全退。\n'],
  invalid: [],
});

// The period said in a seller's own words: the money back 一分不扣, the first 15 days, time given to think it over.
ruleTester('cooling-off', {
  kind: 'promo',
  facts,
  valid: [
    '# 安和鑫享年金保险\n\n保单送到您手里以后，半个月里您觉得不合适，交的钱一分不扣全退。\n',
    '# 安和鑫享年金保险\n\n保單簽收後頭15天，您要是後悔了，錢原樣退給您。\n',
    '# 安和鑫享年金保险\n\n合同拿到手以后有十五天让您慢慢考虑，这期间不想要了，保费全退给您。\n',
  ],
  invalid: [
    { text: '# 安和鑫享年金保险\n\n保單簽收後15天再退的話，只能退現金價值。\n', found: [''] },
  ],
});
ruleTester('cooling-off', {
  kind: 'phone-script',
  facts,
  valid: ['坐席：保单送到您手上以后有15天的考虑时间，这期间不想要了，保费全数退您。\n'],
  invalid: [],
});

// Hong Kong's and Taiwan's wording: calendar days to cancel the policy, a contract revoked within days.
ruleTester('cooling-off', {
  kind: 'web',
  facts,
  valid: [
    '# 晴悅傳承分紅壽險計劃\n\n冷靜期：閣下有權於保單或通知書交付後起計21個曆日內取消保單，並取回已繳保費。\n',
    '# 樂齡安家年金保險\n\n契約撤銷：要保人得於收到保單翌日起10日內，以書面檢同保單向本公司撤銷本契約，本公司無息退還已繳保費。\n',
  ],
  invalid: [{ text: '# 樂齡安家年金保險\n\n保單送達10日後不得撤銷本契約。\n', found: [''] }],
});
ruleTester('cooling-off', {
  kind: 'script',
  facts,
  valid: [
    '# 话术\n\n理财经理：合同拿到手以后有十五天考虑时间，这期间不想要了，保费退给您。\n',
    '# 话术\n\n理财经理：保单到您手里以后，您有十五天可以改主意，改主意的话交的钱全退给您。\n',
  ],
  invalid: [{ text: '# 话术\n\n理财经理：合同拿到手以后有十五天，过了这段时间退保只退现金价值。\n', found: [''] }],
});

// Days to think it over after receiving the policy, then the premium back, in Mandarin and in Cantonese.
ruleTester('cooling-off', {
  kind: 'script',
  facts,
  valid: [
    '销售：收到保单后，您有15天时间慢慢考虑，这期间不想要了，交的保费退回，只扣一点工本费。\n',
    '職員：拎到份保單之後你有21日慢慢諗，期間唔想要，交咗嘅保費會全數退返畀你。\n',
  ],
  invalid: [{ text: '销售：收到保单后，您有15天时间慢慢看看条款。\n', found: [''] }],
});

// The policy posted to the customer, days to think it over.
ruleTester('cooling-off', {
  kind: 'phone-script',
  facts,
  valid: ['坐席：保单寄到您手上以后有15天考虑，这段时间不想要了，交的保费全退给您。\n'],
  invalid: [],
});

// The cooling-off period under another name, with its days.
ruleTester('cooling-off', {
  kind: 'script',
  facts,
  valid: ['# 两全保险\n\n合同拿到手以后有十五天的考虑期，这期间不想要了，保费全额退还。\n'],
  invalid: [{ text: '# 两全保险\n\n合同拿到手以后您可以慢慢考虑。\n', found: ['两全保险'] }],
});

// Hong Kong's period in calendar days (冷静期…21个历日内).
ruleTester('cooling-off', {
  kind: 'web',
  valid: ['冷靜期：由保單或通知書交付日起計21個曆日內，可書面要求取消並取回已繳保費。\n'],
  invalid: [{ text: '成功投保後，我們會於冷靜期內致電閣下進行回訪，確認投保資料。\n', found: [''] }],
});

// What follows the period, or the period in a list pointed elsewhere, is no cooling-off disclosure;
// the right to cancel within it, in Hong Kong's words, is.
ruleTester('cooling-off', {
  kind: 'notice',
  valid: ['閣下有權在冷靜期內取消保單並取回已繳保費。\n'],
  invalid: [
    { text: '退保说明：犹豫期后退保，退还保单现金价值，可能低于已交保费。\n', found: [''] },
    { text: '犹豫期、退保等事项请咨询您的客户经理。\n', found: [''] },
  ],
});

// The days to think it over named in one sentence, the refund on changing one's mind in the next.
ruleTester('cooling-off', {
  kind: 'web',
  valid: ['- **问：买了之后后悔怎么办？**\n  答：签收保单后有15天的考虑时间。这期间您改变主意的，可以申请解除合同，我们退还您已交的全部保险费。\n'],
  invalid: [{ text: '- **问：过了15天还能退吗？**\n  答：可以，但会有损失，退还的是扣除退保费用后的账户价值。\n', found: [''] }],
});

// Days to think again after signing for the contract, the refund in the next sentence.
ruleTester('cooling-off', {
  kind: 'description',
  valid: ['您签收保险合同后，有15天的时间可以重新考虑。这15天里，如果您觉得产品不适合自己，可以书面申请解除合同，本公司无息退还您已交的全部保险费。\n'],
  invalid: [{ text: '您签收保险合同后，请仔细阅读条款。如需解除合同，本公司退还保单的现金价值。\n', found: [''] }],
});

// An FAQ asks whether there is one and answers with its days.
ruleTester('cooling-off', {
  kind: 'web',
  valid: ['## Q7 有犹豫期吗？\n有，签收保单后15日内。这期间可以无条件解除合同，退还已交保费。\n'],
  invalid: [{ text: '## Q7 有犹豫期吗？\n请咨询您的客户经理。\n', found: [''] }],
});
