import { facts, promoBody, promoHead } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '本产品由安和人寿保险股份有限公司承保，保险合同的经营主体是安和人寿保险股份有限公司。';

ruleTester('insurer-is-underwriter', {
  kind: 'promo',
  facts,
  valid: [
    '# 安和鑫享年金保险\n\n本产品由安和人寿保险股份有限公司承保。\n',
    '# 安和鑫享年金保险\n\n**承保公司**：安和人寿保险股份有限公司\n',
    '# 安和鑫享年金保险\n\n安和人寿是本产品的经营主体，负责承保和理赔服务。\n',
    '# 安和鑫享年金保险\n\n保险人为安和人寿保险股份有限公司，代理机构仅代理销售。\n',
    '# 安和鑫享年金保险\n\n本产品由安和人寿开发并承保。\n',
    promoHead + promoBody() + '\n',
    // The full company name as the one that provides, makes or owns the product.
    '# 安和鑫享年金保险\n\n本计划由安和人寿保险股份有限公司提供，银行仅为代理销售机构。\n',
    '# 安和鑫享年金保险\n\n本产品是安和人寿保险股份有限公司的产品，由代理机构代理销售。\n',
    '# 安和鑫享年金保险\n\n承保机构：安和人寿保险股份有限公司。\n',
    '# 安和鑫享年金保险\n\n安和人寿保险股份有限公司（以下简称“本公司”）设计并承保本产品。\n',
    '# 安和鑫享年金保险\n\n保险公司是安和人寿保险股份有限公司，我们银行帮着代卖。\n',
    // Presenting the full-named company's product.
    '# 安和鑫享年金保险\n\n今天给您介绍安和人寿保险股份有限公司的一款分红型年金保险，这是保险产品，不是存款。\n',
    '# 安和鑫享年金保险\n\n我给您推荐的是安和人寿保险股份有限公司的这款年金险。\n',
  ],
  invalid: [
    { text: promoHead + promoBody('insurer-is-underwriter') + '\n', found: ['安和鑫享年金保险'], fixed: promoHead + promoBody('insurer-is-underwriter') + '\n\n' + insert + '\n' },
    // Naming the product's exclusions does not name its underwriter.
    {
      text: promoHead + promoBody('insurer-is-underwriter') + '\n\n投保须知：本保险对高风险职业类别不予承保。\n',
      found: ['安和鑫享年金保险'],
      fixed: promoHead + promoBody('insurer-is-underwriter') + '\n\n投保须知：本保险对高风险职业类别不予承保。\n\n' + insert + '\n',
    },
    // The short name alone, or the bank introducing itself, names no underwriter.
    { text: '# 安和鑫享年金保险\n\n这是安和人寿的产品，买的人特别多。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n今天给您介绍安和人寿的一款分红型年金保险。\n', found: ['安和鑫享年金保险'] },
    // A product denied to be the company's names no underwriter.
    { text: '# 安和鑫享年金保险\n\n今天介绍的并不是安和人寿保险股份有限公司的产品，是合作方的年金计划。\n', found: ['安和鑫享年金保险'] },
    { text: '# 安和鑫享年金保险\n\n我是城东支行的理财经理，这款产品保障终身。\n', found: ['安和鑫享年金保险'] },
    // No title: the finding sits on the first line of prose.
    { text: '一份年金，稳稳领到老。\n\n年交1万元，交费10年。\n', found: ['一份年金，稳稳领到老。'] },
    // Markup is not part of the anchor.
    { text: '**安和鑫享年金保险 · 开门红**\n\n代理销售机构：本地代理网点。\n', found: ['安和鑫享年金保险 · 开门红'] },
  ],
});

// Without the insurer's name the insertion is only a suggestion, with a placeholder.
ruleTester('insurer-is-underwriter', {
  kind: 'web',
  valid: [],
  invalid: [
    {
      text: '# 安和鑫享年金保险 产品详情\n\n投保年龄：出生满28天至60周岁。\n',
      found: ['安和鑫享年金保险 产品详情'],
      suggested: '# 安和鑫享年金保险 产品详情\n\n投保年龄：出生满28天至60周岁。\n\n本产品由【请填写：保险公司全称】承保，保险合同的经营主体是【请填写：保险公司全称】。\n',
    },
  ],
});

// Disclosures are not required of a regulation or training text.
ruleTester('insurer-is-underwriter', {
  kind: 'regulation',
  valid: ['# 代理保险业务培训材料\n\n商业银行开展代理保险业务，应当遵循公开、公平、公正的原则。\n'],
  invalid: [],
});

ruleTester('insurer-is-underwriter', {
  kind: 'script',
  facts,
  valid: ['销售：阿姨，这款是安和人寿保险股份有限公司的分红型两全保险，我们银行只是代理销售。\n'],
  invalid: [],
});

ruleTester('insurer-is-underwriter', {
  kind: 'phone-script',
  facts,
  valid: [
    '坐席：您好，我是安和人寿保险股份有限公司的电话销售人员王敏，工号A1024。\n',
    // Selling on the full-named insurer's behalf, also in traditional characters.
    '坐席：您好，我是城东支行的电话销售人员王敏，受安和人寿保险股份有限公司委托，给您介绍一款年金保险。\n',
    '坐席：您好，我是城東支行的保險代理人員王敏，代理安和人壽保險股份有限公司銷售保險產品。\n',
  ],
  invalid: [
    { text: '坐席：您好，我是城东支行的理财经理王敏，工号A1024。\n坐席：这款产品保障终身。\n', found: ['坐席：您好，我是城东支行的理财经理王敏，工号A1024。'] },
    // Denied: no one's behalf is stated.
    { text: '坐席：您好，我们并不是受安和人寿保险股份有限公司委托，只是给您介绍一下行情。\n', found: ['坐席：您好，我们并不是受安和人寿保险股份有限公司委托，只是给您介绍一下行情。'] },
  ],
});

// The insurer's own 产品说明书, titled with its full name and the product.
ruleTester('insurer-is-underwriter', {
  kind: 'description',
  facts,
  valid: [
    '安和人寿保险股份有限公司 安和鑫福两全保险（分红型）产品说明书\n\n一、保险责任：满期生存的，给付满期保险金；身故的，给付已交保险费的160%。\n',
    // The bank selling on the full-named insurer's behalf.
    '坐席：是这样，我们这边代理了安澜人寿保险有限公司的一个长期计划，叫「安澜金账户」。\n',
    // The title on a line of its own, a plain text (no blank line after it).
    '安澜人寿保险股份有限公司 安澜金账户终身寿险（万能型）产品说明书\n一、保险责任\n被保险人身故或身体全残，本公司按基本保险金额与个人账户价值之和给付保险金。\n',
  ],
  invalid: [
    {
      text: '安和鑫福两全保险（分红型）产品说明书\n\n一、保险责任：满期生存的，给付满期保险金。\n二、咨询：安和人寿保险股份有限公司不承担代理网点的宣传责任。\n',
      found: ['安和鑫福两全保险（分红型）产品说明书'],
    },
  ],
});

// The insurer's own call-back script needs no statement of who underwrites.
ruleTester('insurer-is-underwriter', {
  kind: 'callback',
  valid: ['坐席：您好，这里是回访中心，请问是王先生吗？\n客户：是我。\n坐席：请问投保单是您本人亲自签名的吗？\n'],
  invalid: [],
});

// The insurer as the one that pays, the contract signed with it, its name on a field label.
ruleTester('insurer-is-underwriter', {
  kind: 'script',
  valid: [
    '销售：这个是瑞和人寿的，您买了合同是跟瑞和人寿签，有事儿找他们。\n',
    '销售：这个是华泰安康人寿的重疾险，保险公司负责赔，我们网点是帮着卖的。\n',
  ],
  invalid: [],
});
ruleTester('insurer-is-underwriter', {
  kind: 'web',
  valid: ['【承保机构】华泰安康人寿保险股份有限公司\n'],
  invalid: [],
});

// A short name said to be the insurance company, or the one the product is insured with, counts in speech.
ruleTester('insurer-is-underwriter', {
  kind: 'promo',
  facts,
  valid: [
    '# 安和鑫享年金保险\n\n这款是安和人寿的年金险，保险公司是安和，我们行是代销。\n',
    '# 安和鑫享年金保险\n\n安和人寿是保险公司，以后领钱、理赔都是他们负责。\n',
    '# 安和鑫享年金保险\n\n它是保险，不是存款，是安和人寿那边保的。\n',
  ],
  invalid: [{ text: '# 安和鑫享年金保险\n\n保险公司不是我们银行，这点请您放心。\n', found: ['安和鑫享年金保险'] }],
});

// Taiwan's 商品說明書 headed with the insurer's full name.
ruleTester('insurer-is-underwriter', {
  kind: 'description',
  facts,
  valid: ['國祥人壽保險股份有限公司 「福祿年年」分紅年金保險 商品說明書\n\n一、保險給付：年金給付期間每年給付年金。\n'],
  invalid: [{ text: '「福祿年年」分紅年金保險 商品說明書\n\n一、保險給付：年金給付期間每年給付年金。\n', found: [''] }],
});

// The insurer's own seller, its region in brackets; the insurer said to have the product.
ruleTester('insurer-is-underwriter', {
  kind: 'phone-script',
  facts,
  valid: [
    '# 電話銷售話術\n\n代理：我係安和人壽保險（香港）有限公司嘅持牌保險代理陳嘉欣。\n',
    '# 电话销售话术\n\n坐席：我们安和人寿保险股份有限公司最近有一款养老年金保险想介绍给您。\n',
  ],
  invalid: [{ text: '# 电话销售话术\n\n坐席：我们最近有一款养老年金保险想介绍给您。\n', found: ['电话销售话术'] }],
});

// Hong Kong's issuer line, and a plan introduced by its insurer's full name.
ruleTester('insurer-is-underwriter', {
  kind: 'web',
  facts,
  valid: [
    '# 投資相連壽險計劃\n\n發行人：安和人壽保險有限公司（本計劃之保險人）\n',
    '# 电话销售话术\n\n坐席：今天给您介绍的是安和人寿保险股份有限公司的一个养老计划。\n',
  ],
  invalid: [{ text: '# 投資相連壽險計劃\n\n分銷商：某銀行\n', found: ['投資相連壽險計劃'] }],
});

// A Macau insurer's full name with its region in brackets.
ruleTester('insurer-is-underwriter', {
  kind: 'script',
  facts,
  valid: ['# 分紅壽險\n\n顧問：呢份係安和保險（澳門）股份有限公司嘅分紅壽險，我哋係代理。\n'],
  invalid: [{ text: '# 分紅壽險\n\n顧問：呢份係分紅壽險，我哋係代理。\n', found: ['分紅壽險'] }],
});

// A description headed by the insurer's full name and its product's.
ruleTester('insurer-is-underwriter', {
  kind: 'description',
  valid: ['寶嶺人壽保險有限公司「傳家寶」分紅終身壽險 產品說明\n\n1. 保障：受保人身故時，支付基本保額。\n'],
  invalid: [{ text: '「傳家寶」分紅終身壽險 產品說明\n\n1. 保障：受保人身故時，支付基本保額。\n', found: [''] }],
});

// Calling on the insurer's behalf.
ruleTester('insurer-is-underwriter', {
  kind: 'phone-script',
  valid: ['我们受安衡人寿保险股份有限公司委托，给您介绍一款十年期的综合意外伤害保险，这是一份保险合同。\n'],
  invalid: [{ text: '我们给您介绍一款十年期的综合意外伤害保险，这是一份保险合同。\n', found: [''] }],
});

// The insurer's name heading the product's; the insurer the customer took the policy out with.
ruleTester('insurer-is-underwriter', {
  kind: 'notice',
  valid: [
    '鑫禾人寿保险股份有限公司 · 鑫禾领航投资连结保险\n\n保险责任：身故保险金为投资账户价值的110%。\n',
    '閣下向德昇人壽保險（澳門）股份有限公司投保的「德昇守護」終身壽險保單已於2024年9月2日發出。\n',
  ],
  invalid: [{ text: '鑫禾领航投资连结保险\n\n保险责任：身故保险金为投资账户价值的110%。\n', found: [''] }],
});

// The insurer by its full name as the one whose product it is, who answers for it, its own document's
// title or thanks. The short name's product with the bank as its agent stays missing, as most reviewers read it.
ruleTester('insurer-is-underwriter', {
  kind: 'notice',
  valid: [
    '一、本商品為宏曜人壽保險股份有限公司之投資型保險商品，非存款，不受存款保險保障。\n',
    '1️⃣ 谁负责？鸿渡人寿保险有限公司。合同、理赔、退保都找鸿渡人寿，银行只是帮忙代卖。\n',
    '這份保險是長盈人壽保險股份有限公司出的，理賠也由他們負責。\n',
    '它不是我们行的东西，是青禾人寿保险股份有限公司那边保的，我们只是代办。\n',
    '保單條款摘要　匯峰人壽保險有限公司「靈活」萬用壽險計劃\n',
    // Its title with the region in brackets.
    '瀾舟人壽保險（澳門）股份有限公司 豐盈分紅壽險計劃 產品說明書\n\n一、保障範圍：身故賠償為已繳保費的101%。\n',
    '多謝閣下投保匯峰人壽保險有限公司「安心」定期人壽保險，保單號碼 LTxxxxxx。\n',
  ],
  invalid: [{ text: '这是澄远人寿的产品，我们行代理的。交五年，保十年。\n', found: [''] }],
});
