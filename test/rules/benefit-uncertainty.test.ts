import { facts, paragraphs, common, promoHead, uncertain, liability } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '本产品的保单利益具有不确定性，分红、结算利率或投资收益均不保证，过往表现不代表未来。';
const promo = promoHead + paragraphs([common]);

ruleTester('benefit-uncertainty', {
  kind: 'promo',
  product: 'participating',
  facts,
  valid: [
    '# 安和福满堂两全保险（分红型）\n\n本产品的保单利益具有不确定性。\n',
    '# 安和福满堂两全保险（分红型）\n\n分红水平不确定，某些年度可能为零。\n',
    '# 安和福满堂两全保险（分红型）\n\n保险公司不保证分红，实际分红以年度分红报告为准。\n',
    '# 安和福满堂两全保险（分红型）\n\n过往分红实现率不代表未来。\n',
    '# 安和福满堂两全保险（分红型）\n\n本产品的红利水平随公司经营状况变化，演示利益不代表实际收益。\n',
    '销售：分红这块我得跟您说实话，每年多少不一定，经营不好的年份可能没有。\n',
    '# 安和福满堂两全保险（分红型）\n\n红利来自公司实际经营成果，每年分多少要看经营情况，有的年份可能分不到。\n',
    '坐席：它是分红型的，分红要看公司每年的经营情况，多少不固定。\n',
    promo + '\n\n' + paragraphs([uncertain]) + '\n',
  ],
  invalid: [
    { text: promo + '\n', found: ['安和鑫享年金保险'], fixed: promo + '\n\n' + insert + '\n' },
    { text: '# 安和福满堂两全保险（分红型）\n\n分红来自公司经营成果，每年分红稳定，有的年份还会更多。\n', found: ['安和福满堂两全保险（分红型）'] },
    // A surrender loss and a filing remark are not about the benefits.
    {
      text: promo + '\n\n提示：保单前几年的现金价值可能低于已交保险费；本产品已备案，备案不代表对产品的推荐。\n',
      found: ['安和鑫享年金保险'],
      fixed: promo + '\n\n提示：保单前几年的现金价值可能低于已交保险费；本产品已备案，备案不代表对产品的推荐。\n\n' + insert + '\n',
    },
  ],
});

ruleTester('benefit-uncertainty', {
  kind: 'web',
  product: 'universal',
  facts,
  valid: [
    '# 安和金账户终身寿险（万能型）\n\n结算利率不保证，以保险公司每月公布的为准。\n',
    '# 安和金账户终身寿险（万能型）\n\n万能账户的账户价值可能低于已交保险费。\n',
    '# 安和金账户终身寿险（万能型）\n\n最低保证利率只管账户里的钱，高出的部分不保证。\n',
    '# 安和金账户终身寿险（万能型）\n\n个人账户按公布的结算利率计息，最低保证利率为年利率1.75%，高于最低保证利率的部分不确定。\n',
    // More or less, or none at all.
    '# 安和金账户终身寿险（万能型）\n\n账户收益每月公布，只有最低保证利率那部分是有保证的，高出来的部分可能有也可能没有。\n',
    // Moving with the company's results, and not guaranteed a clause later.
    '# 安和如意金账户年金保险（万能型）\n\n账户说明：保证利率1.75%，超过部分随公司投资情况变化，不作保证。\n',
    '# 安和如意金账户年金保险（万能型）\n\n账户说明：结算利率随公司投资情况变化，每月公布。\n',
  ],
  invalid: [
    // Denied: the part above the floor is promised.
    { text: '# 安和金账户终身寿险（万能型）\n\n最低保证利率1.75%，高出来的部分也不可能没有。\n', found: ['安和金账户终身寿险（万能型）'] },
    { text: '# 安和金账户终身寿险（万能型）\n\n结算利率不会随市场变化，每月公布。\n', found: ['安和金账户终身寿险（万能型）'] },
    {
      text: '# 安和金账户终身寿险（万能型）\n\n' + paragraphs([common, liability]) + '\n',
      found: ['安和金账户终身寿险（万能型）'],
      fixed: '# 安和金账户终身寿险（万能型）\n\n' + paragraphs([common, liability]) + '\n\n' + insert + '\n',
    },
  ],
});

ruleTester('benefit-uncertainty', {
  kind: 'promo',
  product: 'investment-linked',
  facts,
  valid: [
    '# 安和智选投资连结保险\n\n投资账户价值随投资单位价格波动，投资回报具有不确定性。\n',
    '# 安和智选投资连结保险\n\n投资风险由您自行承担。\n',
    // Spoken at the counter.
    '销售：账户里的钱会跟着投资行情涨跌。\n',
    '销售：投资账户里的钱可能会亏，亏了是您自己承担，这一点您一定要想清楚。\n',
  ],
  invalid: [
    { text: '# 安和智选投资连结保险\n\n三大投资账户，满足不同风险偏好。\n', found: ['安和智选投资连结保险'] },
    // Denying a loss, or the loss of surrendering early, says nothing of the account's uncertainty.
    { text: '# 安和智选投资连结保险\n\n投资账户由专业团队管理，不可能亏本。提前退保可能会亏一些。\n', found: ['安和智选投资连结保险'] },
    // What a surrender pays back may fall short: the surrender cost, not the account's uncertainty.
    {
      text: '# 安和智选投资连结保险\n\n退保：犹豫期后退保，退还投资账户价值扣除退保费用后的余额，可能低于所交保费。\n',
      found: ['安和智选投资连结保险'],
    },
  ],
});

// Traditional products promise their benefits in the contract.
ruleTester('benefit-uncertainty', {
  kind: 'promo',
  product: 'traditional',
  facts,
  valid: [promo + '\n'],
  invalid: [],
});

// Uncertainty said in everyday words.
ruleTester('benefit-uncertainty', {
  kind: 'promo',
  product: 'participating',
  valid: [
    '# 安和福满堂两全保险（分红型）\n\n每年能分多少，要看公司当年的经营结果，可能比演示多，也可能少，甚至没有。\n',
    '# 安和福满堂两全保险（分红型）\n\n关于分红：每年分多少、分不分都不确定。\n',
  ],
  invalid: [],
});

// How much is said not to be certain a clause after the dividend; a dividend policy alone says nothing of it.
ruleTester('benefit-uncertainty', {
  kind: 'promo',
  product: 'participating',
  facts,
  valid: ['# 安和福满堂两全保险（分红型）\n\n分红是根据公司每年的经营情况来的，多少不一定，经营不好的年份可能没有。\n'],
  invalid: [
    { text: '# 安和福满堂两全保险（分红型）\n\n公司每年根据分红保险业务的经营状况确定红利分配方案，具体水平详见年度红利通知书。\n', found: [''] },
  ],
});

// Taiwan's declared rate and Hong Kong's dividend rate said to be uncertain.
ruleTester('benefit-uncertainty', {
  kind: 'promo',
  product: 'universal',
  facts,
  valid: [
    '# 樂齡安家利率變動型年金保險\n\n宣告利率每月公告，不代表未來之利率，亦可能調降。\n',
    '# 匯晴萬用壽險計劃\n\n派息率：現時派息率並不保證，由本公司不時釐定。\n',
  ],
  invalid: [{ text: '# 樂齡安家利率變動型年金保險\n\n宣告利率每月公告，歷年皆為2.5%。\n', found: [''] }],
});

// Up or down and borne by the investor, or a declared rate not guaranteed (Taiwan's wording).
ruleTester('benefit-uncertainty', {
  kind: 'promo',
  product: 'investment-linked',
  facts,
  valid: [
    '# 宏信人壽投資型保單\n\n您帳戶裡的錢會跟著淨值上上下下，可能賺也可能賠，賠了是您自己承擔。\n',
    '# 康祺人壽 恆富變額萬能壽險\n\n投資標的之價值可能上漲或下跌，要保人須自行承擔投資風險。\n',
    '# 康祺人壽 利多多年金保險\n\n✔ 宣告利率每月公告，非保證，可能變動。\n',
  ],
  invalid: [{ text: '# 康祺人壽 恆富變額萬能壽險\n\n理賠由本公司負責，不用您自己承擔任何手續。\n', found: ['康祺人壽 恆富變額萬能壽險'] }],
});

// Hong Kong's crediting rate said not guaranteed.
ruleTester('benefit-uncertainty', {
  kind: 'web',
  product: 'universal',
  valid: ['# 港晴人壽 萬用壽險\n\n戶口價值按公司每月公佈嘅記賬利率累積，記賬利率唔保證，可以升亦可以跌。\n'],
  invalid: [],
});

// The value moving with the market and a loss possible, in Hong Kong's words.
ruleTester('benefit-uncertainty', {
  kind: 'web',
  product: 'investment-linked',
  facts,
  valid: [
    '# 投資相連壽險計劃\n\n戶口價值會隨市況上落，閣下可能損失部分或全部投資。\n',
    // Taiwan's words: no guaranteed return, return and risk the policyholder's, the account value may fall.
    '# 鼎和富達變額壽險商品簡介\n\n本商品所連結之投資標的無保本、無保證收益，投資標的之報酬與風險均由要保人承擔。\n',
    '# 鼎和富達變額壽險商品簡介\n\n保單帳戶價值可能因市場波動而減少。\n',
  ],
  invalid: [{ text: '# 投資相連壽險計劃\n\n投資選擇包括多隻基金。\n', found: ['投資相連壽險計劃'] }],
});

// The crediting rate or the funds said not to be guaranteed, in Hong Kong's words.
ruleTester('benefit-uncertainty', {
  kind: 'description',
  product: 'universal',
  valid: [
    '派息率（crediting rate）由公司每月公布，並不保證。\n',
    '投資選擇的表現並不保證，戶口價值可升可跌。\n',
    'Crediting rate而家4%，但係唔保證，公司會不時調整。\n',
  ],
  invalid: [{ text: '本計劃由濠信人壽保險股份有限公司承保，屬人壽保險產品。\n', found: [''] }],
});

// The part above the guaranteed rate said to be uncertain, over a line break.
ruleTester('benefit-uncertainty', {
  kind: 'script',
  product: 'universal',
  valid: ['账户有个最低保证利率1.75%，比这高出来的部分每个月公布，\n可能有也可能没有，不作保证。\n'],
  invalid: [{ text: '账户有个最低保证利率1.75%，每个月公布结算利率。\n', found: [''] }],
});

// The benefit said to differ year to year, or to be lower or nothing in some years; an investment account that
// may fall below the premiums, its risk the customer's. What a surrender pays back does not count.
ruleTester('benefit-uncertainty', {
  kind: 'script',
  product: 'participating',
  valid: [
    '销售：分红看公司经营，每年不一样，也可能没有。\n',
    '職員：紅利係咪保證？唔係，紅利按公司投資及經營表現釐定，可能高於或低於預期，亦可能為零。\n',
    '理專：宣告利率每個月公布，不是保證的，有可能往下調。\n',
  ],
  invalid: [{ text: '销售：犹豫期后退保，退还现金价值，可能低于已交保费。\n', found: [''] }],
});
ruleTester('benefit-uncertainty', {
  kind: 'script',
  product: 'investment-linked',
  valid: ['理财经理：账户价值随所投资产的价格起落，可能跌破您交的保费，这部分风险由投保人承担。\n'],
  invalid: [{ text: '理财经理：前五年退保，按账户价值扣除退保费用后退还，可能低于所交保费。\n', found: [''] }],
});
// Hong Kong's investment-linked disclosure: the value moves with the chosen investments, the return carries no guarantee.
ruleTester('benefit-uncertainty', {
  kind: 'notice',
  product: 'investment-linked',
  valid: ['保單價值會因你所選擇的投資選擇之表現而變動，投資回報並無保證，你可能損失大部分或全部已繳保費。\n'],
  invalid: [{ text: '於首數個保單年度退保，你可能取回少於已繳保費的金額。\n', found: [''] }],
});

// The policy's value moving with the funds' prices (隨…單位價格上落); some years with no dividend (可能有几年分不到).
ruleTester('benefit-uncertainty', {
  kind: 'phone-script',
  product: 'participating',
  valid: [
    '坐席：分红是根据嘉澍人寿每年的经营情况定的，不保证，可能有几年分不到，这个我得跟您说清楚。\n',
    '- **投資風險**：保單價值隨相連基金的單位價格上落。\n',
  ],
  invalid: [{ text: '坐席：分红是根据嘉澍人寿每年的经营情况定的，往年都有分。\n', found: [''] }],
});
