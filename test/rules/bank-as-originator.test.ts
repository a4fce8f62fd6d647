import { facts } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('bank-as-originator', {
  kind: 'promo',
  facts,
  valid: [
    // The bank's part denied; the bank's system; Cantonese 係 after 銀行.
    '这个产品的设计是保险公司做的，我行没有参与设计，收益也不由我行负责。\n',
    '問：呢個計劃係咪銀行嘅產品？答：唔係，銀行係保險公司嘅代理，計劃由保險公司發出。\n',
    '本产品由安和人寿保险股份有限公司推出并承保，代理银行仅提供代理销售服务。\n',
    '本产品不是银行发行的理财产品，由安和人寿保险股份有限公司承保。\n',
    '该产品非银行推出的理财产品。\n',
    '本行发行的大额存单与本产品不同，请您注意区分。\n',
  ],
  invalid: [
    // The bank as the maker in so many words; a policy of the bank's camp.
    { text: '由本銀行精心設計的儲蓄壽險計劃\n', found: ['本銀行精心設計'] },
    { text: '银行系养老年金，更安心的选择\n', found: [''] },
    {
      text: '**安和人寿与招商银行共同推出 · 开门红专享**\n',
      found: ['与招商银行共同推出'],
      suggested: '**安和人寿推出 · 开门红专享**\n',
    },
    {
      text: '银行推出的新型理财产品，收益稳健。\n',
      found: ['银行推出'],
      suggested: '安和人寿保险股份有限公司推出的新型理财产品，收益稳健。\n',
    },
    {
      text: '本产品由我行与安和人寿共同推出。\n',
      found: ['我行与安和人寿共同推出'],
      suggested: '本产品由安和人寿保险股份有限公司推出。\n',
    },
    { text: '工商银行携手安和人寿倾情推出。\n', found: ['工商银行携手安和人寿倾情推出'] },
    { text: '我行独家定制的养老计划。\n', found: ['我行独家'] },
    { text: '本行理财产品，安全可靠。\n', found: ['本行理财产品'] },
    { text: '银保联合推出，双重保障。\n', found: ['银保联合推出'] },
  ],
});

// Scripts: the seller may say the bank sells as an agent, not that it made the product.
ruleTester('bank-as-originator', {
  kind: 'script',
  facts,
  valid: [
    '销售：我行作为代理销售机构，不承担保险合同责任。\n',
    '销售：本行代理销售的保险产品由保险公司承保。\n',
    '销售：我行与安和人寿合作，代理销售安和人寿推出的年金保险。\n',
  ],
  invalid: [
    { text: '销售：这是我行推出的新产品，只有老客户才有额度。\n', found: ['我行推出'], suggested: '销售：这是安和人寿保险股份有限公司推出的新产品，只有老客户才有额度。\n' },
    { text: '销售：这是银行理财新业务，收益比定期高。\n', found: ['银行理财新业务'] },
    { text: '销售：这是我行发行的专属理财计划。\n', found: ['我行发行'] },
    { text: '销售：这是银行和保险公司联合推出的。\n', found: ['银行和保险公司联合推出'] },
  ],
});

// The bank's own deposits and goods are the bank's; its pick of an insurance product is not.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['您今天定下来，我把我们行发的那套床品也给您拿一套。\n'],
  invalid: [{ text: '这是我们行今年自己主推的养老产品，行里很重视。\n', found: ['我们行今年自己主推'] }],
});

// 'Our bank's insurance' and the bank as the one to come to; the bank named as the place of sale only.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['经理：您在银行买的保险，承保的仍然是保险公司。\n'],
  invalid: [{ text: '经理：这是我们银行的保险，以后有什么事直接找银行就行。\n', found: ['我们银行的保险'] }],
});

// The customer's bank, then the product made for them; the bank's own pension product; a product the bank vetted;
// the bank as the one that 'manages' it. Not when an insurer is named as the maker.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['您在我们行买的这份保险，保单是恒屿人寿出的，理赔、退保都找恒屿人寿。\n'],
  invalid: [
    { text: '您在我们行存了这么多年，这款是专门给老客户开发的。\n', found: ['我们行'] },
    { text: '这款是行里风控过的理财型保险，出不了岔子。\n', found: ['行里风控过的'] },
    { text: '我們行的年金跟存款一樣，都歸銀行管。\n', found: ['我們行的年金跟'] },
  ],
});

// A bank wealth product told by its own marks (业绩比较基准, 募集期, R2) is the bank's product indeed;
// an insurance policy passed off as one is not.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: [
    '沣源银行“薪享”系列理财产品本周开放申购，业绩比较基准不代表实际收益。\n',
    '本行理财产品募集期为3月1日至3月7日，详见产品说明书。\n',
  ],
  invalid: [
    { text: '阿姨，这是本行新推出的一款理财产品，五年期，一万起，比定期灵活点。\n', found: ['本行新推出的一款理财产品'] },
  ],
});

// The bank's own make said without 银行.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: '🎉咱们汇澄自家推出的养老年金来啦，老客户优先预约～\n', found: [''] },
    { text: '🏦总行统一定制款，全省网点同步上线\n', found: [''] },
  ],
});

// The bank's own make said with its short name, in Cantonese, or as a joint launch.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['本产品由福安人寿保险股份有限公司承保，我行仅代理销售。\n'],
  invalid: [
    { text: '理财经理：这个是我们嘉屿自己推出的养老产品，专门给老客户的。\n', found: [''] },
    { text: '您好，这是咱们青禾行跟保险公司联合推出的专属计划。\n', found: [''] },
    { text: '呢隻係我哋銀行自己出嘅產品，放心啦。\n', found: [''] },
  ],
});

// The house's own treasure is the bank's only when the bank is the house.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['销售：这是保险公司压箱底的好产品，保障责任写得很全。\n'],
  invalid: [{ text: '销售：这是我们行压箱底的好产品，一般客户我都不说。\n', found: ['我们行压箱底'] }],
});

// The bank's own wealth product told apart from insurance is about something else; a seller saying "this is not insurance" is not.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['本行发行的“季季盈”是本行自己的理财产品，不是保险，不保本。\n'],
  invalid: [{ text: '这个是银行自己的理财，不是保险，跟外面那些卖保险的不一样。\n', found: ['银行自己的理财'] }],
});

// The bank as maker or backer in everyday words; the bank named as the seller only is not.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: [
    '销售：您好，我是嘉澜银行的客户经理小陈，今天给您介绍一款恒晖人寿承保的养老年金，我们银行是代理销售。\n',
    '销售：我们银行最近出了一款新的大额存单，三年期，利率按挂牌执行。\n',
  ],
  invalid: [
    { text: '销售：您好，我是嘉澜银行的客户经理小陈，我们银行最近出了一款养老年金，想跟您介绍一下。\n', found: ['我们银行最近出了一款'] },
    { text: '销售：万一保险公司出了问题也不怕，后面还有咱们银行给您担着。\n', found: ['咱们银行给您担着'] },
    { text: '销售：咱行自家的产品，靠得住。\n', found: ['咱行自家的'] },
    { text: '销售：你看我们银行这么大，这产品能有问题吗？\n', found: ['银行这么大，这产品能有问题'] },
  ],
});

// The bank as maker or backer in plain speech.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['理财经理：这款是鼎信人寿的产品，我们行只是代理销售，保险责任由保险公司承担。\n'],
  invalid: [
    { text: '理财经理：这是我们行今年新推的一款产品，专门给VIP客户准备的。\n', found: [''] },
    { text: '理财经理：这是咱银行的东西，跑不了，你就放一百个心。\n', found: [''] },
    { text: '理财经理：银行给您担保的，保险公司倒了还有我们银行呢。\n', found: ['', '倒了还有我们银行'] },
  ],
});
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '销售：这个是我们 hang li 的独家产品，外面保险公司那边都不卖的。\n', found: [''] }],
});
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['这款理财是本行自营的R2级产品，业绩比较基准2.6%～3.2%，不保本，过往业绩不代表未来表现。\n'],
  invalid: [],
});
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['我们行里的理财经理都有保险代理从业资格，我给您看一下我的执业证。\n'],
  invalid: [{ text: '理财经理：这就是咱们行里的养老理财，您放心。\n', found: [''] }],
});

// The bank's own products told apart from insurance, and the bank only selling for the insurer.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: [
    '阿姨，咱们行里卖的保险都是保险公司的产品，银行只是帮着代卖。\n',
    '请注意区分：银行理财产品由银行发行，保险产品由保险公司发行，二者性质不同。\n',
    '本行发行的“季季盈”理财产品不属于保险，业绩比较基准不代表实际收益。\n',
    '理财产品由理财公司发行，保险产品由保险公司承保，存款才是本行自己的产品，三者别搞混。\n',
    '银行网点销售的保险产品并非银行自营产品，发生保险纠纷时，请首先与承保的保险公司联系。\n',
  ],
  invalid: [
    { text: '这款是咱们行自己推出的产品，由华安人寿承保。\n', found: [''] },
    { text: '这个是总行精选的，我们行只卖我们行认可的，您就当是我们行的招牌产品。\n', found: ['', ''] },
  ],
});
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: [
    '在银行买的不一定是银行的产品‼️ 看合同抬头：写着“××人寿保险股份有限公司”的就是保险。\n',
    '本行理财产品近一年年化收益率区间为2.1%—3.6%，过往业绩不代表未来表现。\n',
  ],
  invalid: [{ text: '在银行买的当然是银行的产品，我们行自己推出的，放心。\n', found: ['', ''] }],
});
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: [
    '我是行里的理财经理，今天给您介绍的是鼎信人寿的一款年金保险，我们行是代销方。\n',
    '大姐，这不是咱银行的东西，是安禾人寿的保险，银行就是帮着卖，有事儿找保险公司。\n',
  ],
  invalid: [],
});
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: '🏦江澜农商银行重磅首发🎉 福满仓两全保险\n', found: [''] },
    { text: '这款就是咱们行零存整取的升级版，每年存一点。\n', found: [''] },
  ],
});
ruleTester('bank-as-originator', {
  kind: 'notice',
  valid: ['有市民向本報投訴，稱銀行職員把保險說成「銀行自家產品」，銀行方面回應會加強培訓。\n'],
  invalid: [{ text: '早会话术：跟客户说“这是我们青岚银行自己推出的养老产品”，客户更信任。\n', found: [''] }],
});
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['本产品由嘉佑人寿保险股份有限公司承保，恒川银行代理销售。\n'],
  invalid: [{ text: '本产品由嘉佑人寿保险股份有限公司承保，恒川银行提供产品设计支持。\n', found: [''] }],
});
ruleTester('bank-as-originator', {
  kind: 'web',
  valid: ['本页面保险产品由汇川人寿提供，汇川银行代理销售。\n'],
  invalid: [{ text: '本页面保险产品由汇川银行提供\n', found: [''] }],
});
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['本行推出新一代手机银行App，转账更便捷。\n'],
  invalid: [],
});
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['呢份係安泰人壽嘅保險計劃，我哋銀行只係代理銷售。\n'],
  invalid: [{ text: '呢份係我哋銀行出嘅儲蓄計劃嚟㗎。\n', found: [''] }],
});
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['客户问是不是银行的产品，统一回答：不是，银行是代理销售。\n', '呢份唔係銀行嘅產品，係保險公司嘅。\n'],
  invalid: [{ text: '你放心，係銀行嘅產品嚟，保險公司淨係負責理賠啫。\n', found: [''] }],
});

// The bank's own, made together with the insurer, its reputation behind it.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['这是保险公司的产品，不是银行的，我们只是代理销售。\n', '客户问是不是银行和保险公司一起搞的，统一回答：不是，银行只代理销售。\n'],
  invalid: [
    { text: '这是银行的，又不是外面保险公司的，出了事银行负责。\n', found: ['', '出了事银行负责'] },
    { text: '这个产品是我们银行和保险公司一起搞的，两边都管着，您放一百个心。\n', found: [''] },
    { text: '银行保险，银行信誉保障。\n', found: [''] },
  ],
});

// The insurer only lending its name; the bank's partner in making it.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['保险公司是承保方，我们行只是代理销售，钱交给保险公司管理。\n'],
  invalid: [
    { text: '说白了，保险公司只是挂个名，钱还是我们行在管。\n', found: [''] },
    { text: '俺们行这回整了个新产品，跟人寿那边合伙弄的，您听听？\n', found: [''] },
  ],
});

// Northern 俺 for 我.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['俺们银行只是代理销售，保险是人寿公司的。\n'],
  invalid: [{ text: '这就是俺们银行的保险，跑不了。\n', found: [''] }],
});

// The bank's line of products, co-branding with the insurer.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['本产品由安和人寿承保，青岚农商行代理销售。\n'],
  invalid: [
    { text: '银行系养老产品，值得信赖～\n', found: [''] },
    { text: '青岚农商行 x 安禾人寿 联名款🔥\n', found: [''] },
  ],
});

// The bank's own apps and cards, with no word of insurance.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['本行新推出手机银行适老版，字体更大、操作更简单。\n'],
  invalid: [{ text: '这是银行理财的新品种，柜台专供，手机银行上都查不到。\n', found: [''] }],
});

// The bank's own launch.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['呢份係保險公司嘅產品，bank 只係代理。\n'],
  invalid: [{ text: 'Bank 自家 launch 嘅 product，唔会有问题嘅。\n', found: [''] }],
});

// Quoted wordings banned in training.
ruleTester('bank-as-originator', {
  kind: 'notice',
  valid: ['培训提示：“本行推出”“与本行联合推出”一律不得使用，产品推出方写保险公司全称。\n'],
  invalid: [{ text: '本产品由本行与保险公司联合推出。\n', found: [''] }],
});

// A rural credit cooperative as the maker.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['我们信用社只是代理销售，这款产品是安和人寿承保的。\n'],
  invalid: [{ text: '这是我们信用社今年推出的新品。\n', found: [''] }],
});

// Another bank's products, talked about.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['您说别家银行的产品收益更高，每家设计不一样，我不评价别家。\n'],
  invalid: [],
});

// Someone quoted and denied: no claim. The bank said to have negotiated the plan, a credit cooperative launching it:
// the bank as originator. A maturing deposit moved into this new kind: the deposit wording, which reviewers name.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: [
    '有家人说“这是银行出的产品吧”——不是的，产品是安澜人寿设计和承保的，我们只是代理销售。\n',
    '赵老师，您那笔三年定期下个月到期，到时候直接转存到这个新品种就行，手续跟续存一样简单。\n',
  ],
  invalid: [
    { text: '維港銀行VIP先有得買，係銀行特登同保險公司傾出嚟嘅plan。\n', found: [''] },
    { text: '本产品由云岫农村信用合作联社推出，恒岳人寿承保。\n', found: [''] },
  ],
});

// A parent's misunderstanding reported: no claim.
ruleTester('bank-as-originator', {
  kind: 'web',
  valid: ['我爸以为在银行买的就是"银行的理财"，后来打开合同才看到保险人是另一家公司，大家帮家里老人看看合同首页。\n'],
  invalid: [{ text: '这就是银行的理财，放心买。\n', found: [''] }],
});

// The insurer said to work for the bank, the bank to have set the product.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '说白了保险公司就是给我们行打工的，产品是我们定的。\n', found: ['', ''] }],
});

// Training naming the wrong wording, the bank said to be only the agent, a follower corrected, a transfer rule.
ruleTester('bank-as-originator', {
  kind: 'web',
  valid: [
    '錯誤說法：「這是我們銀行推出的保單」。正確說法：「這是晉安人壽的保單，本行代理銷售」。\n',
    '银行是保险公司的代理人，不承担保险合同项下的给付责任。\n',
    '粉丝说“银行的产品肯定靠谱”，纠正一下：这不是银行的产品，是鹿鸣人寿承保的保险。\n',
    '听说各家银行都推出了大额转账新规，要填资金用途了，有人遇到吗\n',
  ],
  invalid: [{ text: '这是我们银行推出的产品，放心买。\n', found: [''] }],
});

// The bank denying it brings the insurance out says who does.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['经理：我们银行自己推出的是存款和理财，保险不是银行推出的，是保险公司的。\n'],
  invalid: [{ text: '经理：这款年金是我们银行自己推出的，放心买。\n', found: [''] }],
});

// The insurer said only to issue the policy for the bank.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['經理：呢份保單由保險公司承保，銀行只係代理銷售。\n'],
  invalid: [{ text: '經理：呢款產品，保險公司只係幫忙出單。\n', found: ['保險公司只係幫忙出單'] }],
});

// The bank said to be the insurer's agent, in Cantonese (係 as 是): not 银行系保险, a bank-owned insurer.
ruleTester('bank-as-originator', {
  kind: 'web',
  valid: ['問：呢個計劃係咪銀行嘅產品？答：唔係，銀行係保險公司嘅代理，計劃由保險公司發出及承保。\n'],
  invalid: [],
});

// The bank denied as the one launching or backing it.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['本產品並非銀行產品，亦非由代理銀行推出或擔保。\n'],
  invalid: [{ text: '本产品由我行推出，收益稳定。\n', found: [''] }],
});

// A training sheet's wrong-right pair of quoted wordings is no claim; figures marked ❌ and ✅ in a promotion are.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['❌“我行推出”　✅“某某人寿推出并承保，我行代理销售”\n'],
  invalid: [{ text: '我行推出鑫享年金，稳健之选。\n', found: [''] }],
});
ruleTester('juxtaposed-rates', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: '定存1.5%❌　余额宝1.3%❌　增额寿3.0%✅\n', found: [''] }],
});

ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['本产品由东澜人寿承保，东澜银行代理销售。\n'],
  invalid: [{ text: '鑫享年金　东澜银行保险代理部出品\n', found: [''] }],
});

// Round 14: the bank's own app and its new functions, with no word of insurance.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['澄湖银行手机银行7.0全新上线，转账、缴费一站办理。\n', '本行App上线了跨境汇款新功能。\n'],
  invalid: [{ text: '澄湖银行全新推出养老年金，手机银行即可投保。\n', found: [''] }],
});

// Whose product it is, asked by the customer and answered with the bank; the insurer reduced to a formality.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: [
    '客户：这是银行的还是保险公司的？ 理财经理：是保险公司的，我们银行只是代理销售。\n',
    '客户：这是银行的还是保险公司的？ 理财经理：银行只是代卖，合同是保险公司跟您签的。\n',
    // The customer's question alone is no claim.
    '客户：这个到底是银行的还是保险公司的？\n',
  ],
  invalid: [
    { text: '客户：这是保险公司的还是银行的？ 柜员：银行的，您就放心买吧。\n', found: ['银行的'] },
    { text: '理财经理：保险公司只是盖个章，产品是我们这儿的。\n', found: ['保险公司只是盖个章'] },
  ],
});

// The bank and the insurer making it together over months or issuing it together (a speech recogniser's 银航 too),
// and the policy called an upgrade of the bank's wealth products; the insurer named as maker stays clean.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['销售：这款是澜舟人寿设计并承保的，我们行只是代理销售。\n'],
  invalid: [
    { text: '销售：这是我们行和保险公司一起打磨了大半年才上线的产品。\n', found: [''] },
    { text: '销售：这款年金是银行理财的“升级版”，期限更长、领取更稳。\n', found: [''] },
    { text: '【语音转文字】这个是银航跟保险公司一起发行的，质量有保证。\n', found: [''] },
  ],
});

// The policy as the bank's new wealth choice or its own new line (银行理财新选择｜年金保险; 行里新品年金上线啦).
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['本行代理销售的年金保险由保险公司承保，并非银行理财产品。\n'],
  invalid: [
    { text: '银行理财新选择｜年金保险3年交\n', found: [''] },
    { text: '行里新品年金上线啦，客户经理为您一对一讲解。\n', found: [''] },
  ],
});

// The bank's own campaign said to have nothing to do with insurance (是行里的存款活动，跟保险没关系).
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['销售：您存款到期转存的礼品是行里的存款活动，跟保险没关系，保险今天我就不跟您谈了。\n'],
  invalid: [{ text: '销售：这款年金是行里的产品，跟存款一样稳。\n', found: [''] }],
});

// The bank said to answer for all of it, or to have made the product itself.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['理财经理：保险责任由保险公司承担，我们银行只是代理销售，有问题我可以帮您联系保险公司。\n'],
  invalid: [
    { text: '客户：以后有问题找谁？\n理财经理：找我就行，我们银行全权负责。\n', found: [''] },
    { text: '理财经理：我們行這款是行裡自己研發的，跟外面保險公司那種不一樣。\n', found: [''] },
  ],
});

// An FAQ's yes-no question about whose product it is, and its answer that tells bought-at-the-bank from the bank's.
ruleTester('bank-as-originator', {
  kind: 'web',
  valid: ['**1. "这是银行的产品吗？"**\n\n不是。银行代理销售的保险产品，承保机构是保险公司。\n', '但"在银行买"不等于"银行的产品"，合同是您和保险公司签的。\n'],
  invalid: [{ text: '这是银行的产品，您放心买。\n', found: [''] }],
});

// The bank's own series, numbered like its wealth products.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['理财经理：这是本行代理销售的第三款养老年金保险，由青禾人寿保险股份有限公司承保。\n'],
  invalid: [{ text: '理财经理：这是本行养老系列的第三期产品，您放心。\n', found: [''] }],
});

// The bank's wealth product said to be the bank's, to set the policy apart from it.
ruleTester('bank-as-originator', {
  kind: 'phone-script',
  valid: ['客户：你们银行的理财不就是这种吗？\n销售：不是的。银行理财是银行或者理财公司的产品，这款是保险公司承保的保险。\n'],
  invalid: [{ text: '销售：这款年金也是银行的产品，跟银行理财一样放心。\n', found: [''] }],
});

// The bank lending the product its standing.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['经理：银行只是代理销售，不为这款产品站台，也不承担保险责任。\n'],
  invalid: [{ text: '经理：有银行在后面给您站台，这钱丢不了。\n', found: [''] }],
});

// The bank's own account launched, with no insurance in sight.
ruleTester('bank-as-originator', {
  kind: 'web',
  valid: ['鈞和商銀推出全新數位帳戶，線上開戶即享跨行轉帳每月免手續費10次。\n'],
  invalid: [{ text: '鈞和商銀推出全新年金保險，線上投保即享專屬禮遇。\n', found: [''] }],
});

// Everyday life at the bank, with no word of insurance or a product, is not the bank launching a policy.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['我们行食堂这周推出了新菜，狮子头一人限一份，去晚了就没了。\n'],
  invalid: [{ text: '我们行今年推出了一款养老年金，专门给老客户准备的。\n', found: [''] }],
});

// The bank's signboard or name as the surety, the bank's system or protection, the bank said to stand behind it;
// not when denied.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['本产品由保险公司承保，银行不兜底，也不受存款保险保护。\n'],
  invalid: [
    { text: '您怕啥，我们行的招牌在这儿挂着呢。\n', found: [''] },
    { text: '这不是外头小公司的东西，是银行体系里的产品。\n', found: [''] },
    { text: '出了事您找我们，这个是银行给您兜底的。\n', found: [''] },
  ],
});

// The bank's signboard staked, the bank behind it, money paid into the bank's own account, things the bank sells.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['银行只是代理销售，保费直接划到保险公司的账户，出了问题请找保险公司客服。\n'],
  invalid: [
    { text: '我们行开了四十年，会拿自己的招牌去砸吗？\n', found: [''] },
    { text: '出了什么事有银行在后面，您放心。\n', found: [''] },
    { text: '您的钱是交到我们行的账户上，又不是交给外人。\n', found: [''] },
    { text: '銀行賣嘅嘢，點會走佬？\n', found: [''] },
  ],
});

// The bank bearing none of the contract's liability; 承担保险责任 holds 担保 and is not a surety.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['银行网点代理销售保险，产品由保险公司设计及承保，银行不对保险合同承担保险责任。\n'],
  invalid: [{ text: '本产品由鸿熙人寿承保，国昌银行担保兑付。\n', found: [''] }],
});

// Round 30: the bank standing behind it, not leaving it alone, a big bank's standing on display; a correction is not.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: [
    '银行不会在后面给保险产品兜底。\n',
    '它要是有事，我们行不会不管——这种说法是错误的，银行只是代理销售。\n',
  ],
  invalid: [
    { text: '有我们江澄银行在后面站着，您怕啥？\n', found: [''] },
    { text: '百年大行的信誉摆在这里，钱出不了问题。\n', found: [''] },
    { text: '我們行跟這家保險公司合作了十幾年，它要是有事，我們行不會不管。\n', found: [''] },
  ],
});

// From final31: the bank as the product's backstop.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '有銀行做後盾，國企信用，呢隻比一般保險穩陣得多。\n', found: [''] }],
});

// From final32: money at the bank said to work for the bank is the comparison's image, not the bank as the maker.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['钱放在活期里就是在给银行打工，这话听听就好，存款和保险本来就是两种东西。\n'],
  invalid: [],
});

// From final33: the bank leading, the insurer helping.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '这个计划是我行牵头、保险公司配合，专门给老客户做的。\n', found: [''] }],
});

// The bank said to have launched, planned or branded it itself, or to stand under it; its own deposit launched is no policy.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['这不是我们银行自己设计的产品，是澜舟人寿开发的，我们只是代理销售。\n', '行里最近推了一款新的大额存单，三年期，二十万起存。\n'],
  invalid: [
    { text: '张姐，行里最近推了一款养老的，只给我们VIP客户。\n', found: [''] },
    { text: '這是我們銀行自己規劃的商品啦，跟外面保險業務員賣的不一樣。\n', found: [''] },
    { text: '这次拿到的是总行限定款，其他分行都买不到。\n', found: [''] },
    { text: '这款是咱们江澄自己的牌子，“澄心”系列。\n', found: [''] },
    { text: '放心啦，有江澄銀行包底，出咗事銀行負責。\n', found: ['', ''] },
  ],
});

// A co-branded policy names the bank as its maker.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['本产品由澜舟人寿保险股份有限公司承保，江澄银行代理销售。\n'],
  invalid: [{ text: '江澄·澜舟 联名款 “福禄双全”两全保险\n', found: [''] }],
});

// A pension account the customer opens for themself is a likening to a deposit (deposit-wording's), not the bank's product.
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['每月工资一到账就转五百进保单，相当于给自己开了个养老专户。\n'],
  invalid: [{ text: '这款是我们行专门为老客户量身打造的养老计划。\n', found: [''] }],
});

// Our bank and the insurer made it together, in Cantonese; a bank rooted locally that made this one. Not a bank that
// works with several insurers and says this one is the insurer's.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['我哋行同三間保險公司有合作，呢隻係嘉澤人壽嘅，唔係銀行自己出。\n'],
  invalid: [
    { text: '呢份係我哋行同保險公司一齊度身訂造嘅計劃，出面買唔到。\n', found: [''] },
    { text: '作为一家深耕本地三十年的农商行，我们这次特意为老储户量身打造了这款养老年金，保险公司只负责理赔。\n', found: [''] },
  ],
});

// A customer's belief that it is the bank's product, corrected.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['您可能以为是我们银行的产品，其实不是，我们是代理，承保的是澜舟人寿。\n'],
  invalid: [{ text: '您放心，这就是我们银行的产品，跟行里的理财一样。\n', found: [''] }],
});

// The bank's new generation or its signboard product; a new app of the bank's own is no policy.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['本行推出新一代手机银行App，转账更便捷。\n', '本店招牌红烧肉，回头客点得最多的一道菜。\n'],
  invalid: [
    { text: '我们行新一代“养老账户”，每月定投，退休后按月领。\n', found: ['我们行新一代'] },
    { text: '这可是咱行的招牌产品，整个分行卖得最火的就是它。\n', found: [''] },
  ],
});

// The bank doing something for the customer is its own act; a gift it gets them is the inducement rule's.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['今天签单的话，我让行里给您申请一张两百块的超市卡。\n'],
  invalid: [{ text: '您是我们瑞通银行的老客户，行里给您开了个内部额度。\n', found: [''] }],
});
