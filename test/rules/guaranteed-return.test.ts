import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    // A question of a floor answered no, by the seller or not.
    '理财经理：保底？這款是投連險，沒有保底，帳戶價值可能虧損，虧損由您自行承擔。\n',
    // The promise's word itself refused.
    '阿姨，“保本”这俩字我不能跟您说。这款的红利是不确定的，只有合同现金价值表里列的那部分是确定的。\n',
    // Planning by the lowest tier.
    '演示表有三档，我建议您按最低档来规划，中档和高档都不保证。\n',
    // A quality check's red lines.
    '【质检红线】未征得同意即介绍产品；将保险说成存款；承诺收益；代客户签名——任一项即判定不合格。\n',
    // The same words called wrong.
    '有人说“保险公司不会破产”，这种说法不准确：保险公司也可能经营困难，由保险保障基金依法救助。\n',
    // Negations.
    '本产品不保本，投资风险由投保人承担。\n',
    '分红水平不确定，保险公司不保证分红。\n',
    '本产品不保本也不保息，请您谨慎选择。\n',
    '保险公司不承诺收益，过往结算利率不代表未来表现。\n',
    '投资有风险，不存在无风险的投资。\n',
    '投资连结保险并不是没有风险，请您根据风险测评结果谨慎选择。\n',
    '请勿相信任何“保本保收益”的宣传。\n',
    '本产品每年分红水平不确定，某些年度可能为零。\n',
    // Contract terms.
    '万能账户的最低保证利率为年化1.75%，仅适用于万能账户中的资金。\n',
    '保证领取20年，领取期间被保险人身故的，按合同约定继续给付。\n',
    '本产品的保证利益以保险合同载明的金额为准。\n',
    '稳健型投资账户主要投资于债券等固定收益类资产。\n',
  ],
  invalid: [
    // The floor denied, then a yearly rate promised after the turn.
    { text: '虽然没有保底，但每年稳拿3%，放心。\n', found: ['每年稳拿3%'] },
    // A seller's own book never losing or falling short.
    { text: '投连这两年行情好，账户一直是正的，我手上的客户就没有亏过的。\n', found: ['手上的客户就没有亏过'] },
    { text: '我做银保十二年，经手的分红险客户年年拿满演示，没有一单掉下来过。\n', found: ['没有一单掉下来'] },
    // The principal all back; its return said not to follow the market's fall.
    { text: '放滿六年，本金全部拿回來，您放心。\n', found: [''] },
    { text: '现在存款利率一降再降，这款的收益可不会跟着往下掉。\n', found: [''] },
    // The illustration's tier counted as the real return or the floor.
    { text: '演示表里那个中档您直接按实际收益算就行，基本跑不了。\n', found: [''] },
    { text: '合同上写着呢，演示的那个中档就是最少能拿的。\n', found: [''] },
    // Bought means no loss; nothing sold ever lost; high and steady together.
    { text: '经济学家都在推荐的养老配置，增额寿入手就不亏📚\n', found: ['入手就不亏'] },
    { text: '我们行卖的保险就没有亏的，这款您放一百个心。\n', found: [''] },
    // A loss denied as a thing that does not happen (没有回撤这回事) lets the promise before it stand.
    { text: '这是一个只会往上走的账户📈 没有回撤这回事，看着它长就行\n', found: ['只会往上走'] },
    // The state said to step in; Shanghainese 一分也勿会少.
    { text: '佢哋大股東係省國資，真係有咩事政府唔會唔理，你放心，穩嘅。\n', found: [''] },
    { text: '阿姨侬放心好了，搿个是笃定额，到辰光钞票一分也勿会少侬。\n', found: [''] },
    // A record held out as what is to come; more than was paid in, said to be certain.
    { text: '分红从2019年开始就没断过，今年肯定也少不了\n', found: [''] },
    { text: '交满五年以后账户价值一定超过已交保费，这个我们算过的。\n', found: ['一定超过已交保费'] },
    // Buying blind and still earning, in traditional characters with Taiwan's 著 too.
    { text: '無敵複利 · 閉著眼睛都賺\n', found: ['閉著眼睛都賺'] },
    { text: '给我妈配的这个，躺着就能拿，闭着眼睛都不会错😌\n', found: [''] },
    // The shortfall made up by the seller.
    { text: '这款您放心买，十年以后差多少我给你补。\n', found: ['差多少我给你补'] },
    // The insurer said never to fail.
    { text: '您放心买，保险公司是不允许破产的。\n', found: ['不允许破产'] },
    // A rate said to be locked in (beside a coming cut it is the pressure, which reviewers name: see the yields test);
    // a floor whose figure's pattern starts at its verb (也有3.5).
    { text: '这款能锁住3.0，一辈子不变。\n', found: ['锁住3.0'] },
    { text: '给大家交个底，这款最差的情况也有3.5，好的年份能到6。\n', found: ['最差的情况也有3.5'] },
    { text: '保本保收益，闭眼买！\n', found: ['保本保收益'], suggested: '闭眼买！\n' },
    { text: '稳赚不赔的养老好产品！\n', found: ['稳赚不赔'] },
    { text: '保证年化收益4%，到期一次领取。\n', found: ['保证年化收益4%'], suggested: '到期一次领取。\n' },
    { text: '每年分红，年年有钱拿。\n', found: ['每年分红', '年年有钱拿'] },
    { text: '零风险，高回报，养老就选它。\n', found: ['零风险'] },
    { text: '收益稳定，绝对安全。\n', found: ['收益稳定', '绝对安全'] },
    { text: '这款产品没有风险，您放心。\n', found: ['没有风险'] },
    // 不仅 / 不只 / 不但 do not negate.
    { text: '不仅保本，收益还比同类产品高。\n', found: ['保本'] },
    { text: '不但保本还保息，安心又省心。\n', found: ['保本还保息'] },
    { text: '本金没有任何风险，放心购买。\n', found: ['没有任何风险'] },
    { text: '锁定终身收益，安心养老。\n', found: ['锁定终身'] },
  ],
});

// The advertising law quoted in a compliance training text.
ruleTester('guaranteed-return', {
  kind: 'regulation',
  valid: [
    '《广告法》第二十五条规定，投资类广告不得对未来效果、收益作出保证性承诺，不得明示或者暗示保本、无风险或者保收益。\n',
    '案例：某网点宣传“保本保息、稳赚不赔”，被处以罚款。\n',
  ],
  invalid: [],
});

// A seller's reply that rules out the loss a customer asks about makes the promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '客户：会不会亏啊？销售：如果提前退保，前几年会有损失，拿回的是现金价值。\n',
    '客户：犹豫期内退了会亏吗？销售：不会，犹豫期内全额退还保费。\n',
    '客户：这个有风险吗？销售：我先给您介绍一下保障内容。\n',
    '客户：有风险吗？销售：您放心，风险我都会给您讲清楚。\n',
    // A question the seller asks is answered by nobody.
    '销售：您是不是担心亏本？我们来看看条款。\n',
  ],
  invalid: [
    { text: '客户：会不会亏啊？销售：不会，您就等着领钱吧。\n', found: ['不会'] },
    { text: '客户：本金有风险吗？\n销售：没有风险，这个您就放心吧。\n', found: ['没有风险'] },
  ],
});

// A question the next sentence answers no is no promise.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '保 本 ？ 不 存 在 的 。 本产品为投连险，账户价值随投资表现波动。\n',
    '稳赚不赔？不可能。任何投资都有风险。\n',
  ],
  invalid: [
    { text: '稳赚不赔？当然！这款产品就是这么硬气。\n', found: ['稳赚不赔'] },
  ],
});

// An FAQ's question that asks for an amount claims nothing; its answer with the contract's floor and scope is a term.
ruleTester('guaranteed-return', {
  kind: 'web',
  valid: [
    '问：账户里的钱每年能涨多少？\n\n答：说不准。合同只保证最低1.5%（而且只管账户里的钱），超过的部分看公司每月公布的结算利率，可能高也可能低。\n',
  ],
  invalid: [{ text: '问：每年能拿多少？答：每年稳拿3.5%，一分不差。\n', found: ['每年稳拿3.5%', '一分不差'] }],
});

// Evasive spellings sellers use online.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['本公司不对产品收益作任何承诺，分红水平以公司每年公布为准。\n'],
  invalid: [{ text: '这款年hua收yi写死的，稳zhuan不赔。\n', found: ['', '稳zhuan不赔'] }],
});

// One negation heads a list of quoted words (不存在“本金保障”或“固定利息”); a quote after a comma is not in its list.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: ['保险金信托的信托财产是保险金请求权，不存在“本金保障”或“固定利息”。\n'],
  invalid: [{ text: '不存在“本金保障”，这款每年固定利息3%。\n', found: ['每年固定利息3%'] }],
});

// The list may be joined by 以及 as by 或.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: ['保险金信托的信托财产是保险金请求权，不存在“本金保障”以及“固定利息”。\n'],
  invalid: [],
});

// Asked whether the figure is certain and told yes; a sure sum each year.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['客户：能保证每年都有这么多吗？ 销售：这个不保证，分红每年不一样。\n'],
  invalid: [
    { text: '客户：是不是一定有这么多？ 销售：一定的，公司那么大，差不了。\n', found: ['一定的'] },
    { text: '每年确定返还 ¥5,000，领到终身。\n', found: ['每年确定返还 ¥5,000'] },
  ],
});

// A seller's floor or 'no chance of loss', and a contract's guaranteed rate stated with its scope.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['经理：万能账户最低保证利率1.75%，超出部分不确定。\n'],
  invalid: [{ text: '经理：这个不存在亏的可能，最差最差一年也有三个点。\n', found: ['不存在亏的可能', '最差最差一年也有三个点'] }],
});

// Loss ruled out by a rhetorical question or a slogan, its chance put at nothing, no risk said offhand,
// the money that cannot escape, buying as winning, a 'can you guarantee it?' answered 肯定有的.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '客户经理：投连账户可能亏损，亏损由投保人承担，请您根据风险测评结果选择。\n',
    '客户：分红能保证有吗？\n理财经理：分红不保证，有的年份可能没有。\n',
    '问：收益高吗？ 答：同类产品里数一数二，买到就是赚到。\n',
  ],
  invalid: [
    { text: '您想想，保险公司还能跑了不成？钱放进去怎么可能亏？\n', found: ['怎么可能亏'] },
    { text: '投连账户有专业团队打理，亏损的可能性几乎为零。\n', found: ['可能性几乎为零'] },
    { text: '✅不怕亏 ✅不怕跌 ✅收益只增不减\n', found: ['不怕亏', '不怕跌', '只增不减'] },
    // Cannot fall, as a fact of the account; no worry of loss.
    { text: '无论市场怎么变，您的账户价值只增不减。\n', found: ['只增不减'] },
    { text: '产品特色：投资账户由专业团队运作，收益稳健，无亏损之忧。\n', found: ['无亏损之忧'] },
    { text: '客户：分红能保证有吗？\n理财经理：肯定有的，公司这么大，历年都分。\n', found: ['肯定有的'] },
    { text: '客户经理：这钱放保险公司，跟放保险柜里一样，一分都跑不掉。\n', found: ['跟放保险柜里一样', '一分都跑不掉'] },
  ],
});

// 并不意味着 denies the whole phrase after it.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['保险保障基金是保险业的“安全垫”，但它并不意味着保单的分红、结算利率有保证。\n'],
  invalid: [{ text: '有保险保障基金兜底，这就意味着分红和结算利率都有保证。\n', found: ['结算利率都有保证'] }],
});

// The state said to require it, a rate said to stay, nobody able to touch the return, nobody who ever lost,
// the illustrated figure as the customer's money, principal and interest summed.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '叔，您这张存单今天到期，本金和利息一共二十万六千三，已经转回您活期账户了。\n',
    '企业主的钱放进保单里，谁也动不了。\n',
  ],
  invalid: [
    { text: '客户：万一公司经营不好呢？ 销售：不存在的，分红是国家规定必须给的。\n', found: ['国家规定必须给'] },
    { text: '销售：结算利率一直是4.5%，以后也会一直在这个水平上。\n', found: ['以后也会一直在这个水平'] },
    { text: '销售：我干了十年银保，买这款的客户就没一个亏过钱的。\n', found: ['就没一个亏过钱的'] },
    { text: '销售：您就看这一栏，这个数就是您以后的钱，其他的都不用管。\n', found: ['这个数就是您以后的钱'] },
  ],
});

// Said in English, as bilingual posters and chats put it.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['The guaranteed benefits are set out in the policy; non-guaranteed dividends may be zero.\n', '本产品不保证收益，no guaranteed dividend。\n'],
  invalid: [
    { text: '年金 guaranteed return，no risk，放心买！\n', found: ['guaranteed return', 'no risk'] },
    { text: '100% safe 的养老账户\n', found: ['100% safe'] },
  ],
});

// A promise refused or disowned is none; a claim after the refusal still is.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '销售：我不能跟您打包票说一定赚，分红每年不一样。\n',
    '以上为复利计算示例，并非本产品的收益承诺。\n',
    '本页面不含任何收益承诺，以合同条款为准。\n',
  ],
  invalid: [
    { text: '销售：我不敢打包票，但是每年分红肯定有。\n', found: ['每年分红肯定有'] },
    { text: '销售：这个收益我敢打包票。\n', found: ['收益我敢打包票'] },
  ],
});

ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：我不能跟您说它一定赚，合同保证的只有条款里那部分。\n'],
  invalid: [],
});

// Buying blind with no loss; capitalised English.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['“闭眼入不亏”是误导话术，投保前请仔细阅读条款。\n'],
  invalid: [
    { text: '这款年金闭眼入不亏！\n', found: ['闭眼入不亏'] },
    { text: '100% Safe 的养老账户\n', found: ['100% Safe'] },
  ],
});

// The bank's own deposits and bonds described on their own are no insurance claim (offTopic);
// the same words about the product a seller points at still are.
ruleTester('guaranteed-return', {
  kind: 'notice',
  valid: [
    '我行保本型结构性存款已于上月到期兑付，感谢支持。\n',
    '本行大额存单在存期内利率固定不变，本金和利息受存款保险保障。\n',
    '您的定期存款已到期，本息已按约定转入活期账户，一分不差，请注意查收。\n',
  ],
  invalid: [
    { text: '这款年金跟大额存单一样，利率固定，本金安全。\n', found: ['利率固定', '本金安全'] },
    { text: '存单到期了，转过来买这个，利率固定不变。\n', found: ['利率固定'] },
    { text: '保证收益3.5%，比银行理财稳多了。\n', found: ['保证收益'] },
  ],
});

// Certainty said in Cantonese, as a digit or as emoji; an illustration's figure said to be certain.
// A customer sent back to a deposit because the policy does not suit is advice, not a claim.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '阿公，您要保本的話就別買這個，去辦定存比較適合。\n',
    '大爷，您要是想随时能取、保本保息的，那还是办定期存款合适，这款保险前几年退保会有损失，不适合您。\n',
    '关于保本：本产品非保本产品，投资账户价值可能低于所交保险费。\n',
  ],
  invalid: [
    { text: '穩陣到不得了，包你有得賺。\n', found: ['穩陣到', '包你有得賺'] },
    { text: '0风险💯 躺赚模式已开启\n', found: ['0风险'] },
    { text: '本金🔒 收益🔒 安心😴\n', found: ['本金🔒 收益🔒'] },
    { text: '您那个基金套了两年了吧？挪过来，起码不亏，收益还比基金定投稳当。\n', found: ['起码不亏'] },
    { text: '演示利率3.5%，按中档演示测算，您第10年一定能领到12.6万元。\n', found: [''] },
  ],
});

// Spoken certainty outside the usual words, and risk denied as a question (a tag question rebuts nothing).
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['客户：会不会亏？ 销售：会有亏损的可能，前几年退保拿回的钱少于已交保费，这点我得说清楚。\n'],
  invalid: [
    { text: '老妹儿，这玩意儿指定赔不了，你就整吧。\n', found: ['指定赔不了'] },
    { text: '理财经理：这么说吧，我在行里干了十五年，没见过哪个客户买这个亏过钱的。\n', found: [''] },
    { text: '这款在我们这卖了几年了，客户拿到的钱一年比一年多，翻番没问题。\n', found: [''] },
    { text: '哪有保险公司会让客户亏钱的？您说是不是？\n', found: [''] },
    { text: '連本都保不住的東西，我們銀行會賣給您嗎？\n', found: [''] },
  ],
});

// Cantonese denials of loss, a floor said as a guarantee, loss denied as a question.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '投連賬戶有公司兜底，虧唔到你頭上。\n', found: ['', '虧唔到你'] },
    { text: '现在这种行情，买这个至少保证不亏，还能有收益。\n', found: [''] },
    { text: '您见过保险公司倒闭的吗？钱放这儿还能不安全？\n', found: ['', '还能不安全？'] },
  ],
});

// In English and with a figure; the bank's own deposit named in quotes is off topic.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['本行“安心存”3年期 利率1.9%｜全市网点同步发售\n'],
  invalid: [
    { text: 'Risk-free 💯 Guaranteed 3.5%｜银保专享\n', found: ['Risk-free 💯 Guaranteed 3'] },
    { text: '直播间专属｜本金100%安全 · 利息按年到账\n', found: [''] },
  ],
});

// Dividends said to be certain, sure as a tag, yield fixed, a rate locked for good; 到期还本 alone is left to deposit-wording.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['到期还本，中途每年还能领一笔生存金。\n'],
  invalid: [
    { text: '分红是肯定有的，区别只是多一点少一点。\n', found: [''] },
    { text: '万能账户结算利率长期稳定在4.0%以上，收益妥妥的。\n', found: [''] },
    { text: '【青穗人寿】大额存单3%的时代已经过去，青穗安盈仍能锁定3%，回复Y预约。\n', found: [''] },
  ],
});

// A benefit the contract guarantees, named as such, is a term; an illustration taken as the figure to plan on is not.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: ['本產品為傳統型終身壽險，有效保險金額每年按2.5%遞增，此為合同保證內容。\n'],
  invalid: [],
});

// Loss ruled out in any words; a question about loss, or a promise refused, is not one.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '销售：没有人能保证不亏，投连账户的价值会随市场波动。\n',
    '销售：您问会不会亏本，坦白讲，如果中途退保，拿回的现金价值会低于已交保费。\n',
    '销售：有人说保险不会亏，这是误解，中途退保可能有损失。\n',
  ],
  invalid: [
    { text: '销售：确保您交的每一分钱到期都能拿回来，绝不会亏。\n', found: ['绝不会亏'] },
    { text: '销售：这个稳当得很，莫得啥子风险，一分钱都亏不到你的。\n', found: ['莫得啥子风险', '亏不到你'] },
    { text: '理财经理：阿姨，这款卖了八年了，从来没有人亏过。\n', found: ['没有人亏过'] },
    { text: '销售：钱交进去以后就是保险公司替您扛风险，亏了算公司的。\n', found: ['亏了算公司的'] },
    { text: '销售：保險公司背後都是國家兜著的，它還能讓您的錢打水漂嗎？\n', found: ['保險公司背後都是國家兜著', '還能讓您的錢打水漂嗎？'] },
  ],
});

// A customer's wish quoted and refused.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：阿姨，您说想要一个“绝对不会亏的”，那我得跟您说实话，这款做不到，中途退保是会有损失的。\n'],
  invalid: [],
});

// A word of the claim that takes in a hedge word (只会比演示的高 holds 演示) is still the claim; the hedge on its own still cancels.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：演示利益仅供参考，实际可能高于也可能低于演示水平。\n'],
  invalid: [{ text: '销售：按这家的投资能力，实际只会比演示的高。\n', found: ['只会比演示的高'] }],
});

// Certainty asked away, the principal kept whole, English, the uncertain part to be taken as fixed.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：红利不保证，不能当成固定的收入来安排开支。\n'],
  invalid: [
    { text: '销售：您见过哪家保险公司让客户亏过钱？\n', found: ['见过哪家保险公司让客户亏过钱'] },
    { text: '销售：这个东西稳当得很，本钱一分都不得少，每年还有钱拿。\n', found: ['本钱一分都不得少'] },
    { text: '100% capital protected，收益 guaranteed，稳健型客户首选\n', found: ['capital protected', '收益 guaranteed'] },
    { text: '销售：我们公司这么多年从来没低于中档演示，您就当它是保证的。\n', found: ['就当它是保证的'] },
  ],
});

// Locked, sure, a past rate said to hold, the seller's own money as proof, safer than anywhere.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：过去五年结算利率在3%到4%之间，以后可能更高也可能更低，不能当作承诺。\n'],
  invalid: [
    { text: '销售：万能账户结算利率这几年一直在4%以上，以后也跌不下去，相当于锁死了。\n', found: ['以后也跌不下去', '相当于锁死了'] },
    { text: '销售：跑赢存款是肯定的，关键看您跑赢多少。\n', found: ['跑赢存款是肯定的'] },
    { text: '销售：我自己家里的钱全放在这里了，您觉得我会拿自己的钱去冒险吗？\n', found: ['拿自己的钱去冒险'] },
    { text: '销售：有銀行兜底，錢放這裡比放哪兒都安全。\n', found: ['比放哪兒都安全'] },
    { text: '销售：ting shou 在即，赶紧把收益 lock 住！\n', found: ['lock 住'] },
  ],
});

// Refusals and corrections in other words: a reported question, no-such-thing in Cantonese, a floor rebutted, saying it refused, 千万别提.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '销售：您问能不能保证每年都有分红，我只能如实告诉您：分红不保证，有的年份可能为零。\n',
    '销售：阿姐，無風險嘅嘢係冇嘅，呢份係保障型保險，賠唔賠都要睇合同條款。\n',
    '销售：保底？这款没有保底，账户价值可能跌破您交的钱。\n',
    '销售：最低保证利率是合同条款，我不能把它说成您实际能拿到的收益率。\n',
    '主管：回访的时候千万别提业务员讲过保本。\n',
  ],
  invalid: [{ text: '销售：保底？当然有，每年最少3%，稳稳的。\n', found: ['', ''] }],
});

// The seller's family's money as proof, a rate said to hold, doubling said sure, more than the illustration, English.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：我爸妈也买了这款，不过他们看重的是养老金领取，分红多少不确定，这个我跟他们也讲清楚了。\n'],
  invalid: [
    { text: '销售：我爸妈的养老钱都放在这款里了，要是有风险我能让他们买吗？\n', found: ['要是有风险我能让他们买吗？'] },
    { text: '销售：这款万能险的结算利率，未来很长一段时间都会维持在4.5%以上。\n', found: ['未来很长一段时间都会维持'] },
    { text: '理财经理：这么说吧，十年翻一番不成问题。\n', found: ['翻一番不成问题'] },
    { text: '销售：这家公司实际分红一直很高，所以您拿到的会远高于表上的数。\n', found: ['拿到的会远高于表上'] },
    { text: 'Zero risk, fixed return——这就是我们为您准备的养老方案。\n', found: ['Zero risk', 'fixed return'] },
  ],
});
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: ['保证利益部分：满期保险金为基本保险金额，该部分利益在合同有效期内确定给付；红利部分不确定。\n'],
  invalid: [],
});

// 未来 is the future, not the negation 未; the seller to pay any shortfall; the principal as one word; a floor said cautiously.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '销售：结算利率每月公布，过去的水平不代表未来，最低保证利率以合同为准。\n',
    '本公司上一年度分红实现率为98%，仅供参考，不作为未来分红的承诺。\n',
    '销售：定期存款本金不会少，这是存款的特点；这份保险是另一回事，退保可能拿不回全部保费。\n',
  ],
  invalid: [
    { text: '销售：这款万能险的结算利率未来都不会低于4.5%。\n', found: ['不会低于4.5%'] },
    { text: '销售：拿不到這個數您來找我，差多少我自己掏錢補給您。\n', found: ['差多少我自己掏錢補'] },
    { text: '穩穩的幸福，收益看得見，本金不會少。\n', found: ['本金不會少'] },
    { text: '销售：咱这个投连去年赚了38%，今年保守也有二三十。\n', found: ['保守也有'] },
  ],
});

// Terms in product descriptions and scripts: fee schedules, a floor limited to the account, a rate set by the company, a dividend notice.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: [
    '三、费用扣除：初始费用为所交保费的3%；每月扣除保单管理费5元；资产管理费按账户价值每年1.5%计提。\n',
    '本产品最低保证年利率为1.75%，仅适用于保单账户价值。高于最低保证利率的部分不确定，由公司根据投资收益确定。\n',
    '◇ 结算利率：最低保证1.75%仅适用于账户内资金，高出来的部分可能有也可能没有。\n',
    '坐席：您交进来的钱，保险公司先拿走一部分当手续费，第一年拿百分之三，以后每年拿百分之一。\n',
    '销售：公司每年会给您寄一份红利通知书，告诉您当年的分配情况。\n',
  ],
  invalid: [{ text: '销售：这个账户每年稳拿3.5%，管理费扣完也少不了。\n', found: [''] }],
});

// A customer's complaint recorded and passed on quotes the seller; it claims nothing.
ruleTester('guaranteed-return', {
  kind: 'callback',
  valid: ['客户说：“当时她跟我说稳赚不赔，我才买的。”回访人员已记录，并转投诉处理部门核查。\n'],
  invalid: [{ text: '销售：当时我就跟您说了，这个稳赚不赔，您放心。\n', found: ['稳赚不赔'] }],
});

// Certainty in more words; a deposit-like feature beside the promise does not cancel it.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：过去五年的分红都有公告可查，但过去不代表以后，分红可能减少甚至为零。\n'],
  invalid: [
    { text: '零风险、稳收益、随时取，这样的养老神器，您还不给自己配一份？\n', found: [''] },
    { text: '您想想，這麼大的保險公司，還會少了您那點分紅嗎？\n', found: [''] },
    { text: '去年的結算利率是4.5%，今年、明年只會一樣或更高，不會往下走的。\n', found: [''] },
    { text: '大爷，存进去五年，拿出来本钿一分勿少，还多出来一截。\n', found: [''] },
  ],
});

// A loss ruled out in more words.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：投连账户有亏损的可能，过去的收益不代表以后，这个我得跟您讲清楚。\n'],
  invalid: [
    { text: '销售：我跟您说句实在话，这个产品就没有亏的可能，真亏了您来找我。\n', found: ['', '亏了您来找我'] },
    { text: '销售：投連賬戶雖然是投資，但我們有專業團隊操盤，虧的機率幾乎是零。\n', found: [''] },
    { text: '销售：保险公司破产？就算真有事国家也兜底，您这钱丢不了。\n', found: ['', ''] },
    { text: '销售：您现在放十万进去，等您退休的时候账户里怎么也有个三四十万。\n', found: [''] },
  ],
});
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：投资连结账户会跟着市场波动，可能出现亏损，亏损由您自己承担。\n'],
  invalid: [{ text: '销售：有公司专业团队在管理，长期来看基本不可能出现亏损。\n', found: [''] }],
});

// Quoted terms explained, what one gets denied, a dividend announced each year.
ruleTester('guaranteed-return', {
  kind: 'web',
  valid: [
    '所谓“保证利益”，是合同中写明、保险公司必须给付的部分；红利、结算利率超出保证的部分，则可能有也可能没有。\n',
    '提醒：「穩ZHUAN」「保b」「0風險」這些寫法都是在繞過審核，保險產品的收益沒有誰能打包票。\n',
    '您问的“锁定利率”指的是预定利率，它决定现金价值的计算，并不等于您每年能拿到的收益。\n',
    '主持人提醒一句：演示表里的高档只是一种假设，千万别当成到时候一定能拿到的数。\n',
    '保险产品经过备案，并不代表监管部门对其收益或价值作出保证。\n',
    '您的保单已生效，保单年度红利将于每年保单周年日公布，届时会短信通知您。\n',
  ],
  invalid: [{ text: '“保证利益”看得见，每年稳拿3.5%！\n', found: [''] }],
});
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['无风险测评记录的客户，不得购买投资连结保险。\n', '我不是催您，只是听说三月份起这个产品就要换成新规则了，到时候收益肯定没这个高。\n'],
  invalid: [
    { text: '销售：最坏的情况也就是不赚，本儿肯定是在的。\n', found: [''] },
    { text: '无任何投资风险，适合风险厌恶型客户。\n', found: [''] },
  ],
});

// Spoken certainty, in dialect too.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：这包票俺真不能打，行情差的年份分红可能是零，您得想好。\n'],
  invalid: [
    { text: '销售：大爷，这玩意儿老稳当了，钱整进去您就擎好吧，指定亏不着您。\n', found: [''] },
    { text: '销售：反正我爸媽的養老錢全放這裡面了，您想想，我還能坑自己爹媽不成？\n', found: [''] },
    { text: '销售：孃孃，你莫担心嘛，钱放进去稳得很，一年最少都有三个多点，跑都跑不脱。\n', found: ['', ''] },
  ],
});
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['我行储蓄国债到期本息全额兑付，请到柜台办理。\n'],
  invalid: [{ text: '您放心，这款到期本息全额兑付，一分不会少。\n', found: ['', '一分不会少'] }],
});

// 这款不一样 sets this product apart from risky investments: no hedge. 每年分红不一样 still is one.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['分红每年不一样，有的年份可能为零。\n'],
  invalid: [{ text: '投资有风险？⏎这款不一样——收益有保障！\n'.replace('⏎', '\n'), found: [''] }],
});

// Not below today, paid regardless, no loss in Cantonese; a point to be made clear is no rate.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['账户价值会随市场涨跌，不是稳赚的，这一点一定要跟您讲清楚。\n'],
  invalid: [
    { text: '利率變動型的也不用怕，宣告利率就算降，也不會低於現在。\n', found: [''] },
    { text: '就算公司经营不好，您的分红也是照发的。\n', found: ['', '分红也是照发'] },
    { text: '包你冇得亏嘅，最多就是赚少一滴。\n', found: [''] },
  ],
});

// A common misreading told as such; only the floor guaranteed.
ruleTester('guaranteed-return', {
  kind: 'web',
  valid: [
    '很多人把“保證領取20年”理解成保收益，其實它說的是年金至少領滿20年的期限，與收益率無關。\n',
    '“既然是保险，肯定不会亏吧？”——这是我被问得最多的问题。我的回答是：提前退保可能拿不回全部保费。\n',
    '我实话跟您说，万能账户只有那1.75%是保证的，其余部分每个月结算，可能高也可能低。\n',
  ],
  invalid: [
    { text: '放心，这款肯定不会亏，到期本金利息一分不少。\n', found: ['', ''] },
    { text: '万能账户4.5%的结算利率是保证的，每个月都按这个结。\n', found: [''] },
  ],
});

// Warnings to readers, a floor for the account only, no floor set, and "may not" in Mandarin and Wu.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '凡是聽到「保本保息」「零風險」的保險推銷，先打個問號❓\n',
    '用大白话讲：这款万能险有保底利率，但只保账户里那部分钱，超过保底的部分看公司经营，不保证哦。\n',
    '账户价值随投资单位价格上下波动，本产品不设最低保证收益。\n',
    '阿叔，我勿好帮侬打包票个，分红勿保证个，侬要想清爽。\n',
    '阿叔，我不好帮你打包票的，分红不保证的。\n',
  ],
  invalid: [
    { text: '这款万能险有保底利率，账户里的钱只会多不会少。\n', found: [''] },
    { text: '阿叔，我帮侬打包票，这个稳赚勿赔。\n', found: ['', ''] },
  ],
});
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['我们不能保证您的本金不会有任何损失，提前退保可能拿不回全部保费。\n', '5万元起投，适合长期规划。\n'],
  invalid: [
    { text: '因为底层资产都是国债和协议存款，所以您的本金不会有任何损失。\n', found: [''] },
    { text: '年化6个点起，上不封顶\n', found: [''] },
    { text: '這張演示表是跟合同一起給您的，上面印著的數字保險公司還敢不認？\n', found: [''] },
  ],
});
ruleTester('guaranteed-return', {
  kind: 'web',
  valid: [
    '業務員話呢個「穩賺6%」，有冇人買過？實際攞到幾多？\n',
    '見到「保本保息」四個字就要打醒十二分精神，保險合同入面根本冇呢種講法。\n',
    '记者走访发现，仍有网点工作人员向老年客户称某款保险“零风险”，多名老人因此将养老钱投入。\n',
    '本产品为传统型年金保险，预定利率为2.0%，预定利率是计算保险费和现金价值的依据，不是实际收益率。\n',
  ],
  invalid: [{ text: '本产品预定利率为2.0%，每年稳稳到手。\n', found: [''] }],
});
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['分红年金的红利不保证，个别年份可能为零；请注意现金价值在前几年可能低于已交保费。\n'],
  invalid: [
    { text: '理财收益破净？试试这款“不破净”的分红年金。\n', found: [''] },
    { text: '呢份計劃好似定期咁，供滿五年本金一定返晒畀你。\n', found: [''] },
  ],
});

// In English, in Cantonese and in dialect; rates promised not to move; the state as guarantor.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    'Returns are not guaranteed; the account value may fall.\n',
    '结算利率会随市场变化，超出最低保证利率的部分不保证。\n',
    '本公司2024年服務評價位列行業第一檔（A類），此為服務評價結果，不代表產品收益。\n',
    '本产品的保证利益以保险合同载明的为准，销售人员口头承诺的任何合同外利益均不构成合同内容。\n',
  ],
  invalid: [
    { text: 'Guaranteed 4% return, zero risk!\n', found: ['', ''] },
    { text: '收益只升唔跌，放心。\n', found: [''] },
    { text: '呢份同你喺銀行做定期冇乜分別，只不過年期長啲，到期本金一蚊都唔會少。\n', found: [''] },
    { text: '这玩意儿稳当着呢，嘎嘎稳，本钱一点儿都折不了。\n', found: [''] },
    { text: '结算利率不会随市场变化，这是公司承诺给您的。\n', found: ['', ''] },
  ],
});
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['本产品提供稳定的现金流：每年按基本保险金额的10%给付保证生存金；红利部分不保证，可能为零。\n'],
  invalid: [{ text: '本产品每年给付10%，保证收益，稳稳到手。\n', found: ['', '', ''] }],
});
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['理论上收益不保证，实际上也可能没有，您按保证部分来算。\n', '提前退保的话，您拿回的钱可能会少。\n'],
  invalid: [
    { text: '年金险 = 强制储蓄 + 终身领钱，本金永远是你的。\n', found: [''] },
    { text: '理論上收益不保證啦，但實際上一定有，公司不會讓客戶吃虧的。\n', found: ['', '不會讓客戶吃虧'] },
    { text: '大哥你想想，保险公司倒闭的概率有多大？既然倒不了，你这钱还能少了？\n', found: ['', ''] },
  ],
});
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '客户：今天不买会不会吃亏？理财经理：不会，这款目前没有任何停售安排，您想清楚再说。\n',
    '回覆投訴：業務員「穩賺」之說不實，已按規處理。\n',
    'FAQ：买保险有礼品吗？答：没有，合同以外的利益一律不得承诺。\n',
    '保底？没有的。分红看公司经营，每年不一样。\n',
    '低风险≠无风险 #金融知识进万家#\n',
  ],
  invalid: [{ text: '客户：买这个会不会亏？理财经理：不会，放心。\n', found: [''] }],
});
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['萬能帳戶的保底利率只保帳戶那部分，超出去的不一定有，這個要講明白。\n'],
  invalid: [
    { text: '您只要坚持交满五年，到时候领回来的钱一定比交进去的多。\n', found: [''] },
    { text: '到期还本付息，本息双重保障，安心养老。\n', found: [''] },
  ],
});
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['No guaranteed returns. 红利多少，要看公司经营情况。\n'],
  invalid: [{ text: 'Guaranteed returns, every year.\n', found: [''] }],
});

// Cantonese and Taiwanese promises.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['非保證紅利即係唔保證有，有啲年份可能冇派。\n'],
  invalid: [
    { text: '输唔到嘅，最多就系赚少啲啫。\n', found: [''] },
    { text: '非保證紅利？講就話非保證，實際上年年都有派㗎，唔使擔心。\n', found: [''] },
    { text: '呢個係保證嘅，就算公司執笠都有人包底。\n', found: [''] },
  ],
});
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['收益这块我不跟您夸，演示就是演示，实际多少要看公司经营。\n'],
  invalid: [{ text: '投连账户您别担心，公司有兜底机制，跌不破您交的钱。\n', found: [''] }],
});
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['保单里写死的只有身故和满期那两块，分红那块每年不一样。\n', '利率以后会不会变我没法预测，您按自己的需要来。\n'],
  invalid: [],
});

// Dividends sure this year too, every year in fact; the principal sure to be there. The word refused is no promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '客户：这个保本吗？ 理财经理：阿姨，保本这话我不能说。它是分红型的，红利不保证。\n',
    '理财经理：哥，你说的“稳赚”我真不敢应，分红有高有低。\n',
  ],
  invalid: [
    { text: '客户：分红靠谱吗？ 理财经理：靠谱，我们公司十几年来年年都分，今年肯定也有。\n', found: [''] },
    { text: '經理：雖然合同裡寫著紅利不保證那些話，那都是格式條款，實際上每年分紅都有的，您不用擔心。\n', found: [''] },
    { text: '客户：最坏情况呢？ 坐席：最坏也就是少赚点，本肯定是在的。\n', found: [''] },
  ],
});

// A policyholder's own figures, said to vary; a figure read off the contract's table.
ruleTester('guaranteed-return', {
  kind: 'web',
  valid: [
    '我自己买的分红险，第一年分红0.8%，第二年0.3%，真不是每年都一样，给大家参考。\n',
    '我买的这款增额寿，第十年IRR约2.2%，第二十年约2.4%，前五年退保都亏，数据来自合同现金价值表。\n',
  ],
  invalid: [{ text: '这款增额寿IRR稳稳2.2%，每年都有，放心上车。\n', found: [''] }],
});

// A deposit said to suit a wish for safety, a guaranteed cash value read off the contract, a price rise said to be certain.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '如您更看重资金灵活和保本，银行存款可能更适合您；如需长期养老规划，可再了解年金保险。\n',
    '第十年末现金价值（保证）约为已交保险费的105%，具体以合同现金价值表为准。\n',
    '老哥，这车再不上就开走了，下个月铁定涨价。\n',
  ],
  invalid: [{ text: '这款年金本金铁定不会少，您放心。\n', found: [''] }],
});

// Cantonese and English promises: treat it as guaranteed, never once unpaid, the whole premium at least, returns guaranteed.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['万能账户最低保证利率2.5%，只适用于万能账户的价值，超出部分不保证。\n'],
  invalid: [
    { text: '雖然條款入面寫住紅利非保證，不過我哋公司開業到而家都未試過唔派，你當佢保證都得。\n', found: ['', ''] },
    { text: '万能账户最低保证利率2.5%，即系你全部保费每年起码有2.5%回报。\n', found: [''] },
    { text: 'Top-performing plan in the market, best returns guaranteed!\n', found: [''] },
  ],
});

// A promise put as a question and let stand with a murmured yes; corrected, it is no promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['客户：那就是保本的呗？\n理财经理：不是的，分红型产品红利不保证，提前退保还可能有损失。\n'],
  invalid: [{ text: '客户：那就是保本的呗？\n理财经理：嗯嗯，您在这儿签个字。\n', found: [''] }],
});

// Dividends different every year; an industry range with its source.
ruleTester('guaranteed-return', {
  kind: 'web',
  valid: [
    '姐姐你问系咪高过定期？我冇办法咁讲，呢个系保险，唔系存款，分红每年唔同。\n',
    '数据｜2025年末，人身险公司万能险平均结算利率在2.5%—3.0%之间。（来源：行业统计）\n',
  ],
  invalid: [{ text: '这款万能险结算利率稳在3.0%，年年都有。\n', found: [''] }],
});

// No such thing anywhere.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['零风险？天底下没有这种理财。我们只讲保障和合同约定的利益。\n'],
  invalid: [{ text: '零风险，天底下就这一款。\n', found: [''] }],
});

// A loss nowhere to happen.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['退保的话前几年会有损失，能亏多少要看现金价值表。\n'],
  invalid: [{ text: '保险公司都倒不了，您的钱能亏到哪儿去？\n', found: ['', ''] }],
});

// A dividend said impossible to miss.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['分紅唔保證，有啲年份可能冇得派。\n'],
  invalid: [
    { text: '分紅唔保證？點會呢，公司咁大，邊有可能派唔出？\n', found: [''] },
    { text: '这个分红啊，说是不保证，其实从来没有哪年不分的，跟定的一样。\n', found: [''] },
  ],
});

// Steady whatever the market does; the minimum rate stretched over the whole premium.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['不管股市怎么跌，这款万能账户的最低保证利率只适用于账户价值，超出部分不保证。\n'],
  invalid: [
    { text: '不管股市怎么跌，这笔钱都稳稳躺在那里给您生钱💰\n', found: [''] },
    { text: '合同里有2.5%的最低保证利率，也就是说您整笔保费每年最少涨2.5%。\n', found: [''] },
  ],
});

// No one said to promise it; the customer's words quoted to be corrected.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '收益不由代理机构承诺，保单利益以保险合同约定为准。\n',
    '本行对该产品的收益不作任何保证。\n',
    '坐席：您刚才说“肯定不会亏”，我纠正一下，分红部分是不确定的。\n',
  ],
  invalid: [{ text: '坐席：您放心，这个肯定不会亏。\n', found: [''] }],
});

// The insurer backing the account, returns fixed in advance, never unpaid, steady whatever happens, the state guarantee.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['投连账户没有保底，投资风险由您自己承担，跌了公司不会补。\n', '就算股市大跌，这份保单的身故保险金也按合同给付。\n'],
  invalid: [
    { text: '这个投连账户有公司托底，亏了也会给您补回来。\n', found: ['', ''] },
    { text: '收益是提前定死的，每年照付。\n', found: ['', ''] },
    { text: '客户：分红保证吗？经理：我们公司从来没有不分过。\n', found: [''] },
    { text: '就算利率再往下走，您这份的收益也是一点不会动的。\n', found: [''] },
    { text: '这个年金闭着眼睛都能赚。\n', found: [''] },
    { text: '经监管部门审批通过，收益有国家保障。\n', found: [''] },
  ],
});

// A term asked about, a question people ask quoted, the bank's own deposit described.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    'A：你们说的保底是什么意思？ B：是万能账户的最低保证利率，只对账户里的钱有效。\n',
    '本行新臺幣一年期定存：機動利率1.70%、固定利率1.72%。\n',
  ],
  invalid: [{ text: 'B：您放心，这个稳赚。\n', found: [''] }],
});

// Words talked about as words, a question answered no, a question no claim, the minimum rate's other name.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '“稳赚不赔”四个字在任何理财场景里都是红旗🚩，保险也一样。\n',
    '我问销售“分红能保证吗”，她说不能，演示只是假设。\n',
    '保本吗？不保本。投连险账户价值随市场波动。\n',
    '我们不搞返现，保费就是合同上写的数，一分不多一分不少。\n',
    '账户有保底利率，但保底的只是账户里那部分资金。\n',
  ],
  invalid: [{ text: '这款稳赚不赔，姐妹们冲。\n', found: [''] }],
});

// Taiwan and Hong Kong: the declared rate never lowered, the government vouching, a promise on the chest,
// steady whatever the market does, the principal always there.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['宣告利率會隨市場調整，可能往下調，請以公司公告為準。\n'],
  invalid: [
    { text: '宣告利率不會往下調啦，我們公司十幾年都沒降過。\n', found: [''] },
    { text: '呢樣我可以拍心口話俾你知唔會發生。\n', found: [''] },
    { text: '就算股市冧晒，呢份嘢都唔会郁。\n', found: [''] },
    { text: '錢放進來之後本金都在，每年配息直接進您戶頭。\n', found: [''] },
  ],
});

// No loss promised in any dialect, a rhetorical record, the principal kept, steady however the market falls.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['本产品不保本，市场下跌时账户价值可能亏损。\n'],
  invalid: [
    { text: '这个放心，包你不亏嘛。\n', found: [''] },
    { text: '我在这行干了十几年，啥时候让客户亏过一分钱？\n', found: [''] },
    { text: '本金是保住的，分红多少都是额外赚的。\n', found: [''] },
    { text: '这个就是稳的，市场怎么跌它都不跌。\n', found: [''] },
  ],
});

// Not to be taken as a promise or as sure gain; money tied up said as a drawback.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '复利演示只是示意，请勿理解为保险公司承诺的回报。\n',
    '我的投连账户今年回撤了8%，发出来提醒大家别把它当稳赚的东西。\n',
    '就是一份普通的养老年金，适合想稳定领钱、又能接受长期锁定的人。\n',
  ],
  invalid: [{ text: '收益长期锁定，稳赚不赔。\n', found: ['', '稳赚不赔'] }],
});

// Hong Kong: even if the insurer fails the government pays it all back; what insurer would lose a client's money.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['保險公司無力償債時，保單持有人保障計劃提供有限度保障，並非全數保證。\n'],
  invalid: [
    { text: '就算公司執笠，政府都會保你啲錢全數攞返。\n', found: [''] },
    { text: '邊有保險公司會蝕客人錢㗎？\n', found: [''] },
  ],
});

// Staff warned off quoted words, the customer asking, no such thing; the insurer cannot fail, losses near zero.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '主管：谁再跟客户说“稳赚”“零风险”，直接停岗培训。\n',
    '客户：稳赚不赔吧？\n',
    '理财经理：哪有稳赚不赔的东西，这款的分红要看公司经营情况。\n',
  ],
  invalid: [
    { text: '理财经理：保险公司又不会倒闭，您担心啥亏本呢？\n', found: [''] },
    { text: '投连账户有专业团队操盘，亏损概率几乎为零。\n', found: [''] },
  ],
});

// Sure and steady; the dividend said to be steady.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['分红是不保证的，有的年份可能没有。\n'],
  invalid: [
    { text: '匯誠銀行推出嘅儲蓄計劃，保證穩陣。\n', found: [''] },
    { text: '您就说知道，反正这个分红是稳的。\n', found: [''] },
  ],
});

// Asked whether one can lose, answered yes; the higher of two sums.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['有冇得蝕？有，早期退保都可能攞返少過你俾嘅錢。\n'],
  invalid: [{ text: '放心，呢份冇得蝕。\n', found: [''] }],
});

// The floor rate of a universal account as a term with its scope; declining to say what it will earn.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: [
    '本合同保证最低结算利率为年利率1.5%，仅适用于万能账户价值，超出部分不确定。\n',
    '我没法跟您保证一定能赚多少，只能告诉您合同里的现金价值。\n',
  ],
  invalid: [],
});

// The market ignored, the state or the bank catching a loss, risk next to nothing, never a cut or a year unpaid.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['这款是投连险，账户价值随市场波动，可能亏损，不存在谁来兜底的说法。\n'],
  invalid: [
    { text: '不用管行情，到点领钱就行。\n', found: [''] },
    { text: '就算保险公司出事，政府也会给您兜底。\n', found: [''] },
    { text: '这款的风险几乎为零。\n', found: [''] },
    { text: '利息一分都不少，您放心。\n', found: [''] },
    { text: '结算利率只升不跌，您就等着领吧。\n', found: [''] },
    { text: '公司这些年没有哪一年不派红利的。\n', found: [''] },
  ],
});

// Taiwan contract wording, and a negative return reported.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: [
    '本保單預定利率於投保時確定；增值回饋分享金非保證，可能為零。\n',
    '投资账户近两年累计收益率为-3.1%，投资风险由投保人承担。\n',
  ],
  invalid: [],
});

// A true-or-false quiz; another's claim corrected in the same sentence.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['判断题：“最低保证利率”可以对客户说成“保证收益”。答案：错。\n', '有人跟您说这款保本，那是不对的，请以合同条款为准。\n'],
  invalid: [{ text: '这款保本，您放心。\n', found: [''] }],
});

// The illustrated tier taken as what will be paid; safe as a deposit; the insurer cannot fail; certain though non-guaranteed.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['演示表里的高档只是假设，不代表实际能拿到，中档和低档也要看。\n'],
  invalid: [
    { text: '演示里中档那一列，您就当是实际到手的。\n', found: [''] },
    { text: '安全性和存款一样，您放心。\n', found: [''] },
    { text: '保险公司还能倒了不成？\n', found: [''] },
    { text: '非保证那部分其实肯定有的。\n', found: [''] },
  ],
});

// The non-guaranteed wording called boilerplate; a shortfall made up by the branch; a term asked about.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['您问的“保本”是指哪一部分？满期金是合同约定的，中途退保可能少于所交保费。\n'],
  invalid: [
    { text: '写着“不保证”的那些是合同套话，您看它哪年少过？\n', found: [''] },
    { text: '哪年分红少了，少的那部分我们给您补上。\n', found: [''] },
  ],
});

// The word judged as words; the pricing rate said not to be the return; the whole premium passed on.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '“保本”这个词现在连银行理财都不让用了。\n',
    '预定利率用于计算现金价值，不等于您的实际收益率。\n',
    '返点我们这里没有，保费一分不少全交给保险公司。\n',
  ],
  invalid: [{ text: '本金一分不少，收益锁定。\n', found: ['', ''] }],
});

// Certain in Hong Kong's words; the guaranteed part of the return named as a term.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['計劃嘅保證回報部分較低，主要回報嚟自非保證紅利。\n'],
  invalid: [
    { text: 'Non-guaranteed 只係法律字眼，唔使擔心。\n', found: [''] },
    { text: '唔使理非保證嗰欄，十年後實收五十萬。\n', found: [''] },
  ],
});

// Whoever buys it earns; no loss at all.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['投连账户可能出现损失，损失由投保人承担。\n'],
  invalid: [{ text: '这款谁买谁赚。\n', found: [''] }, { text: '钱放进去不会有任何损失的。\n', found: [''] }],
});

// A customer's word corrected, the seller advising against buying, what alone is certain named, no product
// at all said to be a sure win, a declared rate: no guarantee. A rate locked in before a cut is the pressure.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '您说的“保底”，在万能险里叫最低保证利率，只保账户里的钱按不低于1.75%结算，并不是说收益有保证。\n',
    '这不是稳赚的东西，它主要是保障和长期规划，您要是追求稳定收益，我不建议买。\n',
    '柜员：这个我不能这么跟您讲，合同里确定的只有保证利益那部分，分红多少谁也说不准。\n',
    '没有哪款保险是稳赚的，也没有哪款是零风险的，谁这么跟你说你就截图。\n',
    '晴川人寿美元利变型年金，宣告利率2.8%。\n',
    '利率下调前最后一波，锁定3.0%。\n',
  ],
  invalid: [
    { text: '亲，这个不会跟着市场走的，收益稳如老狗。\n', found: [''] },
    { text: '宣告利率2.6%稳稳领，不用担心降息。\n', found: [''] },
    { text: '锁定3.0%，终身不变，稳稳到手。\n', found: ['', ''] },
  ],
});

// The bank taking on the return, a win promised in Cantonese, loss said not to exist, the principal kept whole.
// Not: a warning naming high-risk words, a claim told not to be made, a heard claim corrected, the bank's denial.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '#315金融消费 "刚兑""零风险""稳赚"都是投资领域的高危词，看到保险宣传里有这些字，先别急着转账。\n',
    '弹幕里那位说"稳赚"的家人，咱们不能这么说哈，分红险的分红是不保证的。\n',
    '您听说的“稳赚”那是别人乱讲的，我们正规销售不会这么说，这款产品是有风险的。\n',
    '本行代理销售的保险产品由保险公司承保，本行不承担保险责任。\n',
  ],
  invalid: [
    { text: '这个是我们行的拳头产品，行里统一定价，收益由行里负责。\n', found: [''] },
    { text: 'Ricky：陳生你放心，我做咗十年，未見過有客人蝕錢，包你攞多過交嘅。\n', found: [''] },
    { text: '有家人问会不会亏——咱们这款年金保险是刚兑的，不存在亏这回事。\n', found: ['', ''] },
    { text: '【利變型壽險】本金保全、年年生息，退休金這樣存最安心。\n', found: [''] },
  ],
});

// Sworn to, a figure called fixed, said never to fall, to be paid as before, non-guaranteed taken as guaranteed;
// not a demand called unrealistic, nor a refusal to promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '上线前要求零风险？不现实，只能把风险降到可以接受的范围。\n',
    '我得如实跟您说，红利有的年份多、有的年份少，也可能没有，我没办法给您任何收益承诺。\n',
  ],
  invalid: [
    { text: '10万进去，第10年账户价值确定是14.8万，这个数是死的。\n', found: [''] },
    { text: '万能账户结算利率这几年一直在3%以上，以后也掉不下来。\n', found: [''] },
    { text: '個紅利過去十年都派足100%，即係話將來都會照派，唔使驚。\n', found: [''] },
    { text: 'Non-guaranteed嗰part其實都好穩陣，你當佢guaranteed都得。\n', found: [''] },
    { text: '这个年金的收益，我敢拍胸脯。\n', found: [''] },
  ],
});

// A promise refused to the customer is no guarantee.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['分红每年不一样，这个我不跟您打包票，您按合同上的保证部分来算。\n'],
  invalid: [{ text: '分红每年都有，这个我跟您打包票。\n', found: ['', ''] }],
});

// A floor on a sum at a time to come is a promise of the return.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['您放十万进去，二十年以后能有多少要看分红，合同只保证现金价值表上的数。\n'],
  invalid: [{ text: '您今天放二十万进去，十五年以后起码六十万。\n', found: [''] }],
});

// The customer's words quoted and corrected; a term defined: no promise made.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['您刚才说“肯定不会亏”，这得看持有多久，前几年退保会有损失。\n', '「保證」一詞只適用於合同列明的保證利益，其他部分屬非保證。\n'],
  invalid: [{ text: '肯定不会亏，您放心买。\n', found: [''] }],
});

// No loss said of the principal; the seller vouching in Cantonese; the dividend named in English, said certain.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['前几年退保会亏本金，这点我必须跟您说清楚。\n'],
  invalid: [
    { text: '放心，不亏本金的，每年利息按合同走。\n', found: [''] },
    { text: '啲dividend一定會派，你放心。\n', found: [''] },
  ],
});

// A doubling said sure, the principal said safe or covered in full, the uncertain part said sure anyway.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['非保证部分可能高也可能低，您别把它当成保证的。\n'],
  invalid: [
    { text: '你而家放落去，八年後肯定翻倍。\n', found: [''] },
    { text: '放我们这款里，本金绝对安全。\n', found: [''] },
    { text: '分红那部分你唔使理，反正一定有。\n', found: [''] },
  ],
});

// A consumer warns others off the wording, or regrets buying on it.
ruleTester('guaranteed-return', {
  kind: 'web',
  valid: ['谁跟你说“稳赚不赔”，先截图，正规销售不会这么讲。\n', '被业务员说“零风险”买了投连，两年亏了一成，大家别学我 #消费者维权\n'],
  invalid: [{ text: '这款稳赚不赔，大家放心冲。\n', found: [''] }],
});

// Loss ruled out in so many words: the seller pays any loss, no chance of loss, homophones of 保本保息.
ruleTester('guaranteed-return', {
  kind: 'web',
  valid: ['亏了谁来赔？合同里写得清楚：投资风险由投保人承担。\n'],
  invalid: [
    { text: '姐你放心买，亏了我赔你。\n', found: [''] },
    { text: '这个没有任何亏钱的可能。\n', found: [''] },
  ],
});

// A loss said to be impossible, and the honest sentence that says it is possible.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['经理：投连账户跟着市场走，亏损是可能的，这个风险由您自己承担。\n'],
  invalid: [{ text: '经理：这个账户有专人盯着，亏本是不可能的。\n', found: ['亏本是不可能的'] }],
});

// A return that cannot get away.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['分红不保证，收益可能跑不赢通胀，请谨慎选择。\n'],
  invalid: [{ text: '收益写进合同，看得见、跑不掉！\n', found: ['收益写进合同，看得见、跑不掉'] }],
});

// The principal said to come back whole.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['经理：前几年退保只能拿回现金价值，本金不一定能原封不动拿回来。\n'],
  invalid: [{ text: '经理：五年后您这十万块钱原封不动还给您，利息另算。\n', found: ['万块钱原封不动还'] }],
});

// The future said to hold a level whatever happens.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['过往结算利率不代表未来，未来结算利率可能高于或低于这一水平。\n'],
  invalid: [{ text: '无论市场如何变化，您的账户都将稳步增值。\n', found: [''] }],
});

// No risk written in digits, losses taken on by the seller, a homophone of 保本, the worst case as
// the premium back whole, the sum back whole at maturity, a rate said never to fall; a rate's fall
// asked A-not-A and the cooling-off refund stay clean.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '宣告利率会不会降，要看保险公司的投资情况，我们没法保证。\n',
    '利率以后会不会降我不知道，也不建议您因为这个匆忙做决定。\n',
    '犹豫期内退保，保费一分不少退还给您。\n',
  ],
  invalid: [
    { text: '这款分红险0风险0波动，跌了算我的。\n', found: ['0风险0波动', '跌了算我的'] },
    { text: '这款是“饱本”型的哈，懂的私我。\n', found: ['饱本'] },
    { text: '最差最差，也就是把您交的钱原样拿回去，不可能比这更少了。\n', found: ['', ''] },
    { text: '这笔钱我们帮您盯着，到期一分不少退给您。\n', found: ['到期一分不少'] },
    { text: '這張的宣告利率未來幾年都不會降。\n', found: ['宣告利率未來幾年都不會降'] },
    { text: '拿满五年肯定是正收益。\n', found: ['肯定是正收益'] },
  ],
});

// A common belief stated and corrected; a denial of ever having said it.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['很多人说买保险稳赚，其实不对。保险首先是保障，收益要看合同约定。\n', '博主：我从没说过稳赚，截图那个不是我。\n'],
  invalid: [],
});

// A steady figure, no loss promised, the future held level, no penny withheld, the illustration's tiers
// said to be reached; a warning that no loss can be promised and a tier's uncertainty stay clean.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['投资有风险，账户价值可能跌破本金，我们不能保证不亏。\n', '演示的高档能不能拿到，要看公司实际经营，谁也说不准。\n'],
  invalid: [
    { text: '这個報酬是穩穩的五趴。\n', found: ['穩穩的五趴'] },
    { text: '投连账户有专业团队托底，保证不亏。\n', found: ['保证不亏'] },
    { text: '历史结算利率从未低于4%，未来也将保持稳定，请您放心。\n', found: ['未来也将保持稳定'] },
    { text: '演示表上这些数字，白纸黑字印出来的，您说哪一分会不给您？\n', found: ['哪一分会不给您？'] },
    { text: '演示表上高档那个就是按我们公司实际情况算的，基本都能拿到。\n', found: [''] },
  ],
});

// The bank's own deposits in its results are no promise.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['澜溪银行发布2025年年报，零售存款增长8%。\n'],
  invalid: [],
});

// More than something, said as certain; a refusal to say so stays clean.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['客户：这个比定期高吗？ 理财经理：不好这么比，这个保险的分红每年不一样，我没法告诉您一定比定期高。\n'],
  invalid: [{ text: '国债利率才多少，我们这个分红险预定利率2.5，再加上分红，肯定比国债多。\n', found: ['肯定比国债多'] }],
});

// A net gain every year.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: '只繳一年，第二年起年年淨賺！\n', found: ['年年淨賺'] }],
});

// A rate determined by what the insurer publishes is no certainty.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: ['贷款利率按本公司届时公布的利率确定。到期应归还贷款本金及利息。\n', '结算利率按公司实际投资情况确定，不低于最低保证利率。\n'],
  invalid: [{ text: '这款收益确定，每年稳拿3.5%。\n', found: ['收益确定', '每年稳拿3.5%'] }],
});

// A loss said not to happen, and the insurer or the state as backstop; a deposit insurance scheme, or a risk the
// customer bears, is no promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '销售：存款有存款保险兜底，保险产品没有，这点您要分清楚。\n',
    '销售：投资账户的亏损风险由投保人承担，不会因为是银行卖的就有人兜底。\n',
    '销售：亏损会不会出现，要看投资账户的表现，我没法跟您保证。\n',
  ],
  invalid: [
    { text: '销售：这个您放心，本金保险公司兜底，不可能出问题。\n', found: ['保险公司兜底'] },
    { text: '销售：您担心的亏本在这款上不会出现。\n', found: ['亏本在这款上不会出现'] },
    { text: '销售：风险？这个词跟它不沾边。\n', found: ['不沾边'] },
  ],
});

// Contract language of long documents: an event that determines a benefit, a table row of declared rates, the sum
// assured growing at the contract rate, a call-back form's list of what customers report.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: [
    '- 身体全残保险金：被保险人身体全残的，按确定全残时个人账户价值的105%给付。\n',
    '近六个月公布的结算利率（年化）：\n\n| 月份 | 2024.07 | 2024.08 | 2024.09 |\n|---|---|---|---|\n| 结算利率 | 3.00% | 3.00% | 2.90% |\n',
    '- 有效保险金额自第二个保单年度起每年按2.0%复利递增\n',
    '| 问题类型 | 处理时限 | 处理方式 |\n|---|---|---|\n| 被承诺保本或固定收益 | 2个工作日内 | 专人二次说明 |\n',
  ],
  invalid: [{ text: '| 产品亮点 | 说明 |\n|---|---|\n| 收益 | 每年稳拿3.5% |\n', found: [''] }],
});

// Long documents: a customer's question quoted, a dividend notice's account yields and accumulation rate, a
// fact sheet's credit-risk line.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: [
    '最近在网点，常有客户拿着利益演示表问理财经理：“中档这一列，是不是到时候一定能拿到？”答案是不一定。\n',
    '1. 2024年度分红保险账户投资收益率为3.86%，近三年平均投资收益率为4.02%。\n',
    '2. 如閣下選擇將現金紅利以累積生息方式存放於本公司，累積息率由本公司不時釐定，並非保證；現行累積息率為每年3.75%。\n',
    '1. 信貸風險：所有保證利益均受本公司的償付能力影響。\n',
  ],
  invalid: [{ text: '有家人问会不会亏——咱们这款年金是刚兑的，不存在亏这回事。\n', found: ['刚兑', '不存在亏'] }],
});

// From final21, after its score: the principal kept whole in Cantonese, more back than put in promised.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：只要您放满五年，拿回来的会不会比放进去的多，要看分红，我保证不了。\n'],
  invalid: [
    { text: '销售：呢份嘢本金實保，仲有得分紅。\n', found: ['本金實保'] },
    { text: '销售：只要您放满五年，我保证您拿回来的比放进去的多。\n', found: [''] },
  ],
});

ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：阿姨，本钱保不保得住要看您持有多久，前几年退保会有损失。\n'],
  invalid: [{ text: '销售：阿姨，本钱是保住的，您就当多一份零花钱。\n', found: [''] }],
});

ruleTester('guaranteed-return', {
  kind: 'callback',
  valid: [
    '職員：銷售人員有冇向你承諾任何保證回報，或者話紅利一定會有某個數？\n',
    '客户经理：上个月公布的是年化2.65%。但这是过去的数字，以后可能还会降。\n',
    '按保單條款，首個保單年度後的最低保證派息率為每年2.00%，此保證只適用於戶口價值的派息。\n',
  ],
  invalid: [{ text: '回访专员：您放心，红利每年都会分，不会低于3%。\n', found: ['红利每年都', '不会低于3%'] }],
});

// Round 14: the principal said untouched or steady in plain words, a figure that "cannot get away", the loss asked away.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '如果您更看重本金随时能动用，银行存款可能更适合您。\n',
    '这笔保费交进去以后，前几年退保会有损失，这一点您要清楚。\n',
  ],
  invalid: [
    { text: '交进去的本金是一分都不动的，每年领的是多出来的部分。\n', found: [''] },
    { text: '这份年金让您的本金安安稳稳地待着。\n', found: [''] },
    { text: '三个点是跑不掉的，分红另算。\n', found: [''] },
    { text: '保险公司又不会倒，您的钱能少吗？\n', found: [''] },
  ],
});

// Round 14: a backstop by the seller or the state, a loss said not to exist or near zero, the principal at least multiplied.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '存款有存款保险兜底，这款是保险，前几年退保会有损失，两者不一样。\n',
    '分红可能为零，这一点合同里写得很清楚。\n',
  ],
  invalid: [
    { text: '收益这一块您不用操心，我们替您兜底。\n', found: [''] },
    { text: '这个钱放心放，不存在亏的说法。\n', found: [''] },
    { text: '专业团队管着，亏钱的概率几乎为零。\n', found: [''] },
    { text: '放到您退休，本金至少翻两倍。\n', found: [''] },
  ],
});

// Asked whether one can lose, then answered honestly: no promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['有没有亏的可能？有，前几年退保就会亏。\n', '会不会亏本？会的，提前退保拿回的钱可能少于已交保费。\n'],
  invalid: [{ text: '这款根本不存在亏的可能，您放心。\n', found: [''] }],
});

// Round 15 (older customers): cannot lose in everyday and dialect words, a dividend record as a promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['您问会不会亏？会，头几年退保拿回来的钱比交的少，您得想清楚。\n'],
  invalid: [
    { text: '阿姨，这笔钱放进来，怎么算您都吃不了亏。\n', found: [''] },
    { text: '叔，这东西就跟放保险柜里一样，只有多没有少。\n', found: ['', ''] },
    { text: '阿婆，迭个包侬勿蚀本。\n', found: [''] },
    { text: '老王买了八年，一年都没落下过分红，您买了也一样。\n', found: [''] },
  ],
});

// Round 15 (2026 review batch): personal-pension copy is sales copy (个人养老金 no longer reads as the bank's own
// deposit business); what is illustrated said to be what is paid.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['个人养老金资金账户由银行开立，账户内资金可购买符合规定的保险产品，收益不保证。\n', '问：高档演示的收益一定能拿到吗？答：不一定，演示利益仅为举例。\n'],
  invalid: [
    { text: '个人养老金买这款年金，稳赚不赔。\n', found: [''] },
    { text: '演示多少就给多少，您放心。\n', found: [''] },
    { text: '我们这款的中档演示是一定能做到的。\n', found: [''] },
  ],
});
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['您再拖几个月也没关系，什么时候想好了再来。\n'],
  invalid: [{ text: '老保单赶紧退了换这款，再拖几个月就换不了了。\n', found: [''] }],
});
ruleTester('inducement', {
  kind: 'promo',
  valid: ['新开借记卡并绑定手机银行，可领取10元立减金，活动不涉及任何保险产品。\n'],
  invalid: [{ text: '开通个人养老金账户并购买指定年金，立享50元立减金。\n', found: [''] }],
});

// Another product's fall named, then this one said free of it: no loss promised in other words.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['客户：基金会亏，这个也会亏吗？经理：会，前几年退保就有损失。\n'],
  invalid: [
    { text: '银行理财现在动不动就破净，这个不会。\n', found: [''] },
    { text: '基金您也买过，亏得心疼吧？这个没那回事。\n', found: [''] },
  ],
});

// Getting the money back promised, the money that cannot shrink whatever happens.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['保单不保证回本，提前退保可能拿回的比交的少。\n'],
  invalid: [
    { text: '這張保單保證回本，退休無憂。\n', found: [''] },
    { text: '您放心，这钱怎么都少不了。\n', found: [''] },
  ],
});
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['本月宏观速览：存款挂牌利率同步调降。\n'],
  invalid: [{ text: '宣告利率下月調降，趁現在鎖利！\n', found: [''] }],
});

// A rate said fixed for years or for life.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['结算利率每月公布，会随市场变化，不保证二十年不变。\n'],
  invalid: [{ text: '现在买，相当于给钱上了把锁，利率二十年不变。\n', found: [''] }],
});

// 比较稳定 says "fairly steady", with the uncertainty told: no certainty claimed.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['理财经理：分红比较稳定的年份也有，但每年多少不保证。\n'],
  invalid: [],
});

// A rise said to be steady, a future said to be surely higher, the seller's own word given for a figure,
// the illustrated figure said to be what comes out; refusing to vouch is no promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '理财经理：分红这块我没法跟您打包票，好年份多一点，差年份少一点。\n',
    '理财经理：去年的结算利率是3.3%，今年多少我不敢跟您保证，以公司公布为准。\n',
  ],
  invalid: [
    { text: '理财经理：股票基金都在跌，这个账户还是稳稳涨。\n', found: ['稳稳涨'] },
    { text: '理财经理：红利前年到了4个点，明年肯定更高。\n', found: ['红利前年到了4个点'] },
    { text: '理财经理：结算利率3%，这个数我跟您打包票。\n', found: ['结算利率3%', '我跟您打包票'] },
    { text: '理财经理：这个数我们算过好几遍，基本就是您最后能拿到的。\n', found: ['这个数我们算过好几遍，基本就是您最后能拿到'] },
  ],
});

// Said only to go up; bought blind without loss.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['汇率有涨有跌，不会只涨不跌，请留意美元保单的汇率风险。\n'],
  invalid: [
    { text: '美元长期只会升，这张美元保单放越久越值钱。\n', found: ['只会升'] },
    { text: '这款年金闭眼买不亏，懂的都懂。\n', found: ['闭眼买不亏'] },
  ],
});

// A record of no policy ever losing.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['理财经理：提前退保的话，前几年确实会亏钱，没有一张保单能保证不亏。\n'],
  invalid: [{ text: '理财经理：我做了十年，卖出去的没有一单是亏钱的。\n', found: ['没有一单是亏钱'] }],
});

// The principal said never to be lost; a full refund in the cooling-off period is a term, not a promise.
ruleTester('guaranteed-return', {
  kind: 'web',
  valid: ['犹豫期内退保不会损失本金，我们退还全部已交保险费（扣除不超过10元工本费）。\n'],
  invalid: [{ text: '放心，从第5年起退保也不会损失本金。\n', found: ['不会损失本金'] }],
});

// A question answered by a bare no (收益确定吗？不确定。) claims nothing; one answered by agreeing with it (没有嘛！) still does.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：收益确定吗？不确定。有没有风险？有。想清楚了再来找我聊。\n'],
  invalid: [{ text: '销售：您见过哪家保险公司分红分到零的？没有嘛！\n', found: [''] }],
});

// Only up (只升不降, 只进不退), a record with a promise for the future, a hedge taken back by the record, the
// illustration's middle column as what reaches the card; a record with its disclaimer stays clean.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['红利不保证，可能为零；本公司从没承诺过每年都有红利，以后也不会这样承诺。\n', '中档演示仅供参考，不代表实际到账金额。\n'],
  invalid: [
    { text: '万能账户就是个“只升不降”的电梯，结算利率再低也是往上走。\n', found: ['只升不降'] },
    { text: '风浪再大，这笔钱只进不退。\n', found: ['只进不退'] },
    { text: '别人问我分红险靠不靠谱，我只回一句：它从来没让我失望过，以后也不会。\n', found: [''] },
    { text: '说是不保证，其实这么多年就没见它少过，您放一百个心。\n', found: [''] },
    { text: '演示表上中档那一栏，您就当是到时候打到您卡上的数。\n', found: [''] },
  ],
});

// A dividend every year because it never stopped since the company began; a bank's service record stays clean.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['经理：本行成立以来就没断过网点服务，节假日也照常营业。\n'],
  invalid: [{ text: '客户：这个分红每年都有吧？ 经理：肯定有的，咱们公司成立以来就没断过。\n', found: [''] }],
});

// Asked whether the dividend is guaranteed, in quotes, and answered a plain yes (能的能的).
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['客户：“那每年分红能保证吗？”销售：“不能，分红要看公司经营，可能为零。”\n'],
  invalid: [{ text: '客户：“那每年分红能保证吗？”销售：“能的能的，这个您不用担心。”\n', found: [''] }],
});

// The floor as the contract writes it, with its scope, and Hong Kong's guaranteed minimum crediting rate are contract
// terms; the contract's rate called locked for life is a promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '销售：这个我不能跟您说“只涨不跌”，结算利率会变，只是最低不低于合同写的1%，而且只管账户里的钱。\n',
    '销售：「保證最低記入利率係首三年每年2%，之後係每年0%。」\n',
  ],
  invalid: [{ text: '销售：这个合同里写的3.0%是锁定终身的，一分都不会少。\n', found: ['', ''] }],
});

// The principal called guaranteed as a fact (本金是保证的); the death benefit's basic sum guaranteed by contract is a term.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：身故賠償嘅基本金額係保證嘅，會照合約賠；但紅利部分就非保證。\n'],
  invalid: [{ text: '理财经理：您放心，本金是保证的，每年还有分红。\n', found: ['本金是保证的', '每年还有分红'] }],
});

// At the least a multiple of what was paid (少说是交进去的三倍).
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：这份保单少说得交满十年，中途退保会有损失。\n'],
  invalid: [{ text: '销售：三十年后您领到手的，少说是交进去的三倍。\n', found: [''] }],
});

// A return as steady as a rock.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['保险公司偿付能力充足，经营稳健，但分红水平不保证。\n'],
  invalid: [{ text: '不受股市、债市波动影响，收益稳如磐石。\n', found: [''] }],
});

// A multiple called a cautious guess (翻三倍都是保守估计).
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：演示里翻三倍那是高档假设，不保证，保守起见按低档看。\n'],
  invalid: [{ text: '销售：这款您放二十年，翻三倍都是保守估计。\n', found: [''] }],
});

// Written in the contract: a return said so is a promise; the sum assured or the guaranteed part said so is a fact.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '经理：有效保险金额每年按2.0%复利递增，这是写在合同里的保险金额，不是利息。\n',
    '销售：这个产品的保证部分是写在合同里的，分红部分不保证，我给您指一下条款。\n',
  ],
  invalid: [{ text: '销售：这个收益比银行定期要高，而且收益是写进合同里的。\n', found: [''] }],
});

// Safe whatever the market does; a floor the company vows; the state said not to let a loss happen; a floor at an age to come.
// A sum said to be needed by then is planning, not a promise; a bank said to catch losses is the bank rule's.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '销售：到60岁至少要准备50万养老钱，您先算算缺口，再看要不要配置。\n',
    '销售：万能账户的结算利率会随市场变化，合同只保证不低于最低保证利率1.75%。\n',
    '销售：熊市来了账户价值也可能下跌，投连账户的风险由您承担。\n',
  ],
  invalid: [
    { text: '销售：市场好它跟着涨，市场差它也不跌。\n', found: ['市场差它也不跌'] },
    { text: '熊市也能赚的保险，了解一下？\n', found: ['熊市也能赚'] },
    { text: '销售：结算利率是浮动的没错，可您放心，我们公司从来不会让它低过2.5。\n', found: ['不会让它低过'] },
    { text: '销售：保险公司是国家管着的，您的钱要是少了，国家第一个不答应。\n', found: [''] },
    { text: '销售：到60岁您起码能领走80万，这还是往保守了说。\n', found: [''] },
  ],
});

// A consumer article's list of sayings not to believe, each answered after a dash, quotes nothing it claims;
// a slogan in quotes followed by a call to buy is the seller's own.
ruleTester('guaranteed-return', {
  kind: 'web',
  valid: [
    '**听到这些说法，请多问一句。**\n\n- “保本保息，比存款利息高。”——请销售人员指出合同里哪一条写了“保证”，没写的就不是保证。\n- “这就是定期，只是存期长一点。”——保险不是存款。\n',
    '1. “收益稳稳的，一分不会少。”——不是。分红不保证，以合同为准。\n',
  ],
  invalid: [{ text: '- “保本保息，收益稳稳的”——请认准澜舟鑫禧年金，名额有限。\n', found: ['保本保息', '收益稳稳的'] }],
});


// Never a loss whatever happens (點都唔蝕), the principal back at worst, risk put at nil, someone to catch it,
// the seller answering for a missed payment, a floor on the fall, every year never missed.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '投资连结保险的账户价值随投资表现波动，下跌没有保底，投资风险由投保人承担。\n',
    '分红是不确定的，有的年份可能没有，过往的分红不代表以后。\n',
  ],
  invalid: [
    { text: '呢份計劃最壞情況都有返本，好啲仲有得賺，點都唔蝕。\n', found: ['', ''] },
    { text: '投资连结保险｜专业团队管理，下跌有底，上涨无顶。\n', found: [''] },
    { text: '@各位 本月新单“稳稳的幸福”：交三年，第五年起笔笔有数，少一笔算我的\n', found: [''] },
    { text: '年年有红包，岁岁不落空——鑫禧分红型年金\n', found: [''] },
    { text: '您那个钱在我们这儿，出了什么事都有人兜着，妥妥的。\n', found: [''] },
  ],
});

// The product called steady as a fact, the top tier said to be what it always paid, the principal back whole with its
// interest at once, a return to match any inflation; the cover called steady, with the return hedged, is no promise.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['保障稳稳的，收益不保证——这才是实在话。\n', '分红是不确定的，演示的中档不代表实际，公司每年公布分红实现率。\n'],
  invalid: [
    { text: '溪川理财经理推荐｜这款年金稳稳的，退休金从此不用愁\n', found: [''] },
    { text: '分红虽然合同上写不保证，但我们公司每年都是按中档给的，您就按中档算。\n', found: [''] },
    { text: '抗通胀王者｜CPI涨多少，它就多给你多少\n', found: [''] },
  ],
});

// A floor put as where the return starts; the principal said to come back whole; a sure win. A product named 稳赢 is a name.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['瑞泽稳赢万能账户：结算利率每月公布，最低保证利率1.75%仅适用于账户内资金，其余不保证。\n'],
  invalid: [
    { text: '货币基金一年1.2%，放这个一年就有2.5%起步，闭眼入。\n', found: [''] },
    { text: '這張利變型保單每月存3000，繳6年，六年後本金都還您。\n', found: [''] },
    { text: '呢份係全港最抵嘅儲蓄計劃，回報穩贏。\n', found: [''] },
  ],
});

// A deposit's interest said to be certain is said of the deposit, in a refusal to compare.
ruleTester('guaranteed-return', {
  kind: 'phone-script',
  valid: ['坐席：这个我没法跟您比，也不建议您这样比。定期存款的利息是确定的，到期就能支取；这款是十年期的保险合同，分红多少不确定。\n'],
  invalid: [{ text: '坐席：这款的收益是确定的，每年都有，您放心。\n', found: [''] }],
});

// The writer's own stance after a penalty report: 新闻里那些被罚的，是乱说保本；我们这个不一样，…保本保息.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['新闻里那些被罚的，是乱说保本；我们这个不一样，合同里写明分红不保证，退保可能有损失。\n'],
  invalid: [{ text: '新闻里那些被罚的，是乱说保本；我们这个不一样，合同里白纸黑字写着保本保息。\n', found: [''] }],
});

// A seller setting the deposit's features against the policy's, each said of its own: the deposit's certainty is the
// deposit's. The same words said of the policy ("咱们这个也一样") are still a promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '客户：这个收益比定期高吗？\n经理：两者没法直接比。定期是存款，利率确定、随时能取；这是保险，前几年退保会亏，而且分红部分不保证。\n',
    '经理：这是保险，前几年退保会亏；定期是存款，利率固定，随时能取。\n',
  ],
  invalid: [{ text: '经理：定期是存款，利息确定；咱们这个也一样，利息确定，还比定期高。\n', found: ['利息确定', '利息确定'] }],
});

// Only gain and never loss; safe through any weather; the dividend settled in advance; a multiple taken back for sure.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '投资有赚有亏，这款万能账户的结算利率也会变动，只有最低保证利率写在合同里。\n',
    '分红型产品的红利每年由公司根据实际经营情况确定，可能为零。\n',
    '活到100岁能领回多少，要看您选的领取方式，具体以合同为准。\n',
  ],
  invalid: [
    { text: '👴爸媽的錢放這裡，只有賺沒有虧，安安心心\n', found: [''] },
    { text: '把钱放进这份年金，就像把种子种进温室，风吹雨打都伤不着，您只管等着收成。\n', found: [''] },
    { text: '分红型年金｜不懂理财也没关系🛡️ 交多少、领多少、分多少，早就给您定好了。\n', found: [''] },
    { text: '交的少领的多，活到100岁妥妥领回十几倍\n', found: [''] },
  ],
});

// The bank's own structured deposit described on its own.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['本结构性存款为保本浮动收益型，保底年化收益率0.85%，浮动部分与黄金价格挂钩，可能无法获得。\n'],
  invalid: [{ text: '这款年金跟结构性存款一样，保底年化收益率2%，稳稳的。\n', found: [''] }],
});

// A question quoted whole, as an FAQ puts what it is asked, is someone else's question; the writer's own question
// that sells, unquoted, is still read.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['**“这个能保证收益吗？”** 增额终身寿是传统型产品，看懂现金价值表比记住任何一个年化数字都重要。\n'],
  invalid: [
    { text: '想要一份能保证收益的年金吗？选它就对了。\n', found: ['能保证收益'] },
    { text: '这款能保证收益吗？当然能，合同写着呢。\n', found: ['能保证收益'] },
  ],
});

// Fees as a product's documents list them, and the cash value's growth written in the contract (true of a traditional
// policy); a yield said to be written in the contract is still a promise.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: [
    '- 保費費用：首年保費的5%，其後每年2%；\n',
    '增额终身寿是传统型产品，保险金额和现金价值怎么增长都写在合同里，但它没有“收益率”这个约定。\n',
  ],
  invalid: [{ text: '这款年金每年3.5%的收益都写在合同里，一分不会少。\n', found: ['', '一分不会少'] }],
});

// A claim heard from others and doubted by the customer.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['我邻居说她买的那个每年保证分红，我有点不信，你帮我看看合同里是怎么写的？\n'],
  invalid: [{ text: '我邻居买的那个每年保证分红，您这份也一样，放心。\n', found: [''] }],
});

// Not a cent less in dialect, no gap for a loss in the design, the seller answering for a missing cent, a doubling as the
// floor, the middle tier read as the floor; the contract's minimum read as what it is stays clean.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['经理：保证的部分以合同里的现金价值表为准，中档、高档演示都不保证，您别把它当成到手的数。\n'],
  invalid: [
    { text: '孃孃，这个就跟你在信用社头码起一样的嘛，只是换个柜台码，到期一分都不得少。\n', found: [''] },
    { text: '客户：万一亏了咋办？ 经理：不存在的姐，这产品设计上就没留亏的口子。\n', found: [''] },
    { text: '我在这行干了十二年，跟您拍个胸脯：这笔钱少一分，您直接来找我。\n', found: [''] },
    { text: '姐妹们这款真的可以闭眼入，放十年翻一倍是底线🙌\n', found: [''] },
    { text: '中档演示您就当成保底来看，高档才是真正能拿到的。\n', found: [''] },
  ],
});

// Steadily up as a fact, a policy that never cuts its rate, the principal never touched; an account's past growth with its
// disclaimer is a report of the past.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['过去五年账户结算利率在2.8%至3.5%之间，过往结算利率不代表未来，未来可能降低。\n'],
  invalid: [
    { text: '股市上上下下坐过山车，这份年金就是一条直线往上。\n', found: [''] },
    { text: '存款会降息，保单不会降息——利率下行的周期里谁更香，不用我多说。\n', found: [''] },
    { text: '钱放我们这比放活期强多了，本钱一直不动，每年还利滚利往上长。\n', found: [''] },
  ],
});

// The caveat dismissed, zero possible in theory only, the middle tier as the figure, the bank that cannot fall; an honest
// answer about a zero dividend stays clean.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['Q：分红会不会是零？A：有可能。分红取决于公司的实际经营情况，不保证，某些年度可能为零。\n'],
  invalid: [
    { text: '收益不保证？那几个字是写给监管看的，我们家这么多年就没低过3。\n', found: [''] },
    { text: 'Q：分红会不会是零？A：理论上可能，实际上不可能，公司不会让这种事发生的。\n', found: [''] },
    { text: '按中檔演示算就行，基本上就是那個數，上下差不了幾塊錢。\n', found: [''] },
    { text: '放心，这是银行的东西，银行倒不了，您的钱就倒不了。\n', found: [''] },
  ],
});

// Never missing a year, a rate unmoved by the market, a life without worry promised; a guaranteed annuity's payments
// described as the contract sets them stay clean.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['保證年金部分按合同每年給付，金額不隨市場波動；非保證紅利則視乎投資表現，可能為零。\n'],
  invalid: [
    { text: '紅利就好似果樹結果，一年一造，從來唔會落空🍎\n', found: [''] },
    { text: '这款万能账户结算利率稳定在3%上下，不随市场变化，相当于给钱上了把锁。\n', found: [''] },
  ],
});

// The illustration's tier, by name or by its place on the sheet, taken as the contract or as what is paid;
// the lowest tier said never to happen; a figure to write down. Denied, it is the honest warning.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['演示表中间那一栏只是按中档假设算的，不能当作合同里写好的数，实际可能更低。\n'],
  invalid: [
    { text: '利益演示表中间那一列就是您实际能领的，最上面那列看运气。\n', found: [''] },
    { text: '您放心，最低那一档基本不会出现，那是做给监管看的。\n', found: [''] },
    { text: '照中档算，您退休那年账户里有六十二万，这个数您记下来。\n', found: [''] },
    { text: '年金这二十年下来翻个两三倍没问题，您就放心交。\n', found: [''] },
  ],
});

// Only up, never back; never a year without; the middle tier or its column as the floor.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '最差的情况请看低档演示，低档也不保证，实际可能更低。\n',
    '投连账户价值会随市场波动，可能往下走，也可能低于您交的保费。\n',
  ],
  invalid: [
    { text: '万能账户里的钱只往上爬，您哪天打开看都比上回多。\n', found: [''] },
    { text: '行情再差，您这个账户里也只会是正数。\n', found: [''] },
    { text: '这家公司的分红发了十几年，没有哪一年空过手。\n', found: [''] },
    { text: '您放心，最差也就跟演示表上的中档差不多。\n', found: [''] },
  ],
});

// "Not" in south-western speech; how long a doubling takes, told as arithmetic.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['嬢嬢，这个分红莫得保证的哈，年成不好可能一分都莫得。\n', '复利不是魔法：年化2%复利，大约要36年才翻一倍。\n'],
  invalid: [{ text: '嬢嬢，这个分红是有保证的哈，年年都有。\n', found: [''] }],
});

// Losses ruled out, a cheque cashed later.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['犹豫期内退保不用担心损失，保险公司全额退还保费。\n'],
  invalid: [
    { text: '收益天天涨，不用担心回撤。\n', found: [''] },
    { text: '您就当手里捏着一张二十年后兑现的支票。\n', found: [''] },
  ],
});

// Loss not in the dictionary, a step up every year, steady however the market falls, no client ever out of pocket.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['投连账户会随市场下跌，过去也有客户退保时拿回的少于所交保费。\n'],
  invalid: [
    { text: '亏？在我们这买保险，字典里就没这个字。\n', found: [''] },
    { text: '这钱放进去就跟钉在墙上一样，每年就往上挪一格。\n', found: [''] },
    { text: '市场怎么跌都跟这份账户没关系。\n', found: [''] },
    { text: '我做了十二年，经手的客户没有一个是亏着出来的。\n', found: [''] },
  ],
});

// Untouched and returned with interest, a cheque with the figure written, no loss at worst, the return sure; asked
// what if the insurer fails, told it never happens.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['投连账户最差的情况可能亏损本金，这个风险由您承担。\n'],
  invalid: [
    { text: '到时候原封不动，外加每年的利钱还给您。\n', found: [''] },
    { text: '投连账户跌了也不怕，最差就是不赚不亏。\n', found: [''] },
    { text: '客户：万一保险公司经营不好呢？\n经理：不会的，从来没发生过。\n', found: [''] },
  ],
});

// Unmoved by weather, a figure called real, loss never touching it.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['红利是否派发、派发多少都不确定，演示数字不是实际会拿到的数。\n'],
  invalid: [
    { text: '风雨不动的收益，交给时间就好。\n', found: [''] },
    { text: '第15年攞返1.8倍係實數。\n', found: [''] },
    { text: '账户价值缩水？这辈子都跟它扯不上关系。\n', found: [''] },
  ],
});

// As punctual as pay, never a downturn, never a failed harvest, never a slip, dividends promised every year.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['分红每年是否派发、派发多少，由公司根据经营情况确定，可能为零。\n'],
  invalid: [
    { text: '利息按年结，每年打到您卡上，跟领工资一样准时。\n', found: [''] },
    { text: '这条曲线一路往右上角走，从来没往下拐过一次。\n', found: [''] },
    { text: '就像种了一棵果树，只会年年结果，不会颗粒无收。\n', found: [''] },
    { text: '保证每年配息，退休生活零烦恼。\n', found: [''] },
  ],
});

// Round 30: the money safe from trouble, untouched by risk or a fall, a fall not the customer's, dividends that
// cannot stop, no client ever out of pocket; the bank's own system notice and a warning quoting it are not.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '系统升级期间您账户里的钱不会出任何问题，请放心。\n',
    '谁跟您说这钱出不了问题、一点风险都沾不上，那都是违规话术。\n',
    '投连账户跌了也算您的，涨跌都由投保人承担。\n',
    '有人说“分红怎么可能断”，其实分红是不保证的。\n',
  ],
  invalid: [
    { text: '有银行给您兜着底，这钱出不了事。\n', found: [''] },
    { text: '它就像家里那台老冰箱，二十年没坏过——您交进去的钱也一样，一点风险都沾不上。\n', found: [''] },
    { text: '投連帳戶有個好處：漲了算您的，跌了不算您的。\n', found: [''] },
    { text: '咱们行代卖保险十几年，没有一单是让客户赔着出来的。\n', found: [''] },
    { text: '客户：万一公司经营不好，分红还有吗？ 经理：有的有的，这么大的公司，红利怎么可能断。\n', found: [''] },
  ],
});

// A call-back script's prohibitions are not promises.
ruleTester('guaranteed-return', {
  kind: 'callback',
  valid: ['【禁止事項】\n・不得對紅利水平作任何估計、暗示或承諾。\n・不得在回訪中向客戶推介其他產品。\n'],
  invalid: [],
});

// From final30: backed so nothing can happen, the sum paid in never touched, paid first even at a loss.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['万能账户的钱会扣除费用，并不是一分都不会动。\n'],
  invalid: [
    { text: '您放心，有咱们银行在后面给您兜着，出不了事。\n', found: [''] },
    { text: '您交的钱一分都不会动，收益是在上面多出来的部分。\n', found: [''] },
    { text: '保险公司都是国家盯着的，它就算亏了也得先把您的钱给上。\n', found: [''] },
  ],
});

// Round 31: dividends never once unpaid, the protection fund said to pay it all, risk never touching it, the middle tier
// to be counted on; a warning against whoever promises, an internal correction, and the fund's real cover are not.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '保险公司被依法撤销或破产的，保险保障基金依法对保单利益予以救助，救助有比例上限，并非全额。\n',
    '沒有任何一款分紅險能保證每年都有紅利，誰跟您打包票，您都要多問一句。\n',
    '@小王 你刚在客户群说“稳赚”，马上撤回。分红型要讲清楚红利不保证。\n',
  ],
  invalid: [
    { text: '我哋公司由成立到而家，冇一張保單試過派唔出紅利，你放心買啦。\n', found: [''] },
    { text: '就算保险公司真出了事，保险保障基金会全额赔给您，一分钱都不会损失。\n', found: [''] },
    { text: '主播：说实话，风险这两个字跟这个产品根本沾不上边。\n', found: [''] },
    { text: '@各位客户 中档演示3.5%是公司精算好的，大家直接按这个算就行，不会差。\n', found: [''] },
  ],
});

// From final31: sure profit in Cantonese, the return locked for good.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '呢份計劃穩陣過銀行保險箱，十年實賺唔蝕。\n', found: [''] },
    { text: '趁利率还没降，先把未来二十年的收益锁死。\n', found: [''] },
  ],
});

// From round 32: a floor no matter what, at worst no gain.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '利變型壽險的宣告利率只會小幅調整，怎麼樣都不可能低於2%\n', found: [''] },
    { text: '這張投資型保單下檔有保護，最多就是不賺，不會賠到您\n', found: ['', '最多就是不賺'] },
  ],
});

// From round 33: backed so not a cent less; only growing; no red to be seen; a rate fixed for good; the middle
// tier to be drawn as printed, unless the seller says not to plan by it.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['演示里的中档只是举例，不是承诺，您别按这个数来规划养老钱。\n'],
  invalid: [
    { text: '有我们行在后面担着，您这笔钱少不了。\n', found: [''] },
    { text: '这笔钱锁进去只会愈来愈多。\n', found: [''] },
    { text: '这个年金不会让您看到亏损的。\n', found: [''] },
    { text: '万能账户结算利率锁定不变。\n', found: [''] },
    { text: '演示表中档那一栏，到时候您就照这个数领。\n', found: [''] },
  ],
});

// From final32: unmoved whatever happens, sure at maturity, counted at a flat rate.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['万能账户结算利率随投资情况调整，不能直接按过去的4%来规划。\n'],
  invalid: [
    { text: '不管发生什么，您这笔本金都纹丝不动。\n', found: [''] },
    { text: '合同写着呢，到期必拿。\n', found: [''] },
    { text: '结算利率这几年都在3.5%以上，您直接按3.5%算。\n', found: [''] },
  ],
});

// From round 34: armour, a wall, ballast or a vault, untouched and growing; loss waved away or made good by the seller.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['“零风险”？不存在的。带投资属性的保险都有风险，红利也不保证。\n'],
  invalid: [
    { text: '这份保单就像一面墙，外面市场再怎么跌，里面的数都不会动。\n', found: [''] },
    { text: '这笔钱放进来就一动不动，每年还多长一点。\n', found: [''] },
    { text: '亏？不存在的，这款就没有“亏”这个选项。\n', found: [''] },
    { text: '真要亏了您来找我，我赔您。\n', found: [''] },
    { text: '我卖了八年，这款从来没亏过。\n', found: [''] },
    { text: '多了不敢说，少是肯定不会少的。\n', found: [''] },
  ],
});

// From final33: a ship that does not rock, the only risk living too long, the base never touched.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '风雨再大，这份年金也不晃。\n', found: [''] },
    { text: '风险？最大的风险就是您活得太长、领得太多。\n', found: [''] },
    { text: '您交进来的本金一分不动，多出来的都是您的。\n', found: [''] },
  ],
});

// No loss ever to occur, the principal a hundred per cent safe, a lock no wind gets through.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['投连账户的价值随投资表现变化，可能出现亏损，本金不保证。\n'],
  invalid: [
    { text: '账户有专业团队打理，不会出现亏损。\n', found: [''] },
    { text: '本金我们公司百分之百保障。\n', found: [''] },
    { text: '等于给养老钱上了一把铁锁，外面风雨再大也刮不进来。\n', found: [''] },
  ],
});

// From rounds 33–35: a sum said to be surely the customer's, an illustration's figure affirmed, a loss asked about and
// denied in quotes or by a rhetorical question, only rising in any words, the worst case still a gain, a ship that
// cannot sink, the word loss said not to exist, the seller's job staked; a burden that only grows is no promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '养老压力只会越来越大，早做准备。\n',
    '医疗费用只会一年比一年高，保障要趁早规划。\n',
    '分红是不保证的，最差的情况下可能一分没有，到期只能拿回合同约定的满期金。\n',
    '客户：演示表上的数到时候能拿到吧？ 经理：不一定，演示只是举例，只有保证部分是确定的。\n',
    '身故保险金合同上写着呢，出了险按条款赔付。\n',
  ],
  invalid: [
    { text: '到期一共三十二万，合同上写着的，您肯定拿得到。\n', found: [''] },
    { text: '客户：演示表上第15年那九十万，到时候能领到吧？ 经理：能的，白纸黑字印着呢。\n', found: [''] },
    { text: '合同都写着呢，您说还能亏得了吗？\n', found: [''] },
    { text: '评论区问“会亏吗”——不会的宝子们，每年都有分红。\n', found: [''] },
    { text: '这笔养老钱像个存钱罐，只会越来越沉。\n', found: [''] },
    { text: '账户里的数只会一年比一年高。\n', found: [''] },
    { text: '最差最差，也比您投进去的多一点。\n', found: [''] },
    { text: '就算红利一分都没有，满期您也是赚的。\n', found: [''] },
    { text: '这份年金就像一艘不会沉的大船，您只管坐稳。\n', found: [''] },
    { text: '“亏”这个字，在我们这款年金里是不存在的。\n', found: [''] },
    { text: '这个收益我拿我二十年的职业信誉跟您担保。\n', found: [''] },
  ],
});

// From round 35: only growing, never shedding; the pricing rate named with its figure is the contract's basis, no promise.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '本产品预定利率为2.0%，用于计算保险费和现金价值，不代表实际收益。\n',
    '预定利率3.0%的产品，还能买的日子不多了。\n',
  ],
  invalid: [{ text: '这份年金就像一棵只长不落叶的树，年年结果。\n', found: [''] }],
});

// The principal said always to stay; weather that cannot touch it; a tree that only bears fruit and never sheds.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['犹豫期后退保只退现金价值，可能少于您交的保费，本金不保证。\n'],
  invalid: [
    { text: '您交的这三万就是本儿，本儿一直都在，每年领的算息。\n', found: [''] },
    { text: '八万放进去，十年后本金还在，另外多出两万多。\n', found: [''] },
    { text: '交够十年，后面躺着领钱，风吹不着雨打不着。\n', found: [''] },
    { text: '种下一棵只结果、不落叶的树，年年有收成。\n', found: [''] },
  ],
});

// A game's gacha floor (卡池保底) is everyday life; a policy's floor is a promise.
ruleTester('guaranteed-return', {
  kind: 'inferred',
  valid: ['本期卡池保底机制：累计90抽必出限定角色，未出金的抽数继承至下一期。\n'],
  invalid: [{ text: '这款年金保底3%，上不封顶，稳赚不赔。\n', found: ['保底', '稳赚不赔'] }],
});

// The market that cannot break in, only thicker never thinner, the illustration's figure as what comes, chosen as certainty,
// a multiple at the least, the principal kept; not a record with its disclaimer, nor a fall the market may bring.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['过去五年结算利率在2.5%至3.1%之间，过往结算利率不代表未来，实际以公司公告为准。\n', '市场怎么变我们说不准，演示利益不代表实际收益，请您根据自身情况决定。\n'],
  invalid: [
    { text: '给你的钱修一道护城河，外面股市怎么跌、利率怎么降，都冲不进来。\n', found: [''] },
    { text: '张姐，这个您就当给钱穿了件防弹衣，市场怎么打都打不穿的。\n', found: [''] },
    { text: '五年后你返嚟睇，户口只会厚唔会薄。\n', found: [''] },
    { text: '演示表第20年那行“38.6万”，您就记住这个数，到时候就是这么多。\n', found: [''] },
    { text: '您看这张演示表，高档4.5%，基本上就按这个拿了。\n', found: [''] },
    { text: '选择它就是选择确定性。\n', found: [''] },
    { text: '您现在交20万，到您退休的时候至少翻三倍。\n', found: [''] },
  ],
});

// A customer's own regret over what a seller said reports the claim; a seller saying it makes it.
ruleTester('guaranteed-return', {
  kind: 'inferred',
  valid: ['妈妈又被电话里的人说动了，什么“保本高收益”，我赶紧让她挂了，顺手报给了反诈中心。\n'],
  invalid: [{ text: '阿姨您放心，这款保本高收益，我帮您把电话里说的都办好。\n', found: [''] }],
});

// The weather said not to concern it, safe anyway; not a warning that the market concerns it.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['万能账户的结算利率随市场变化，外面刮风下雨会影响收益，请理性看待。\n'],
  invalid: [
    { text: '把钱放进这个保险箱，外面刮风下雨都跟您无关。\n', found: [''] },
    { text: '這個我自己都買了三份，反正穩的，大家放心上車。\n', found: [''] },
  ],
});

// A dare on it, the promise misspelt; not a promise's word quoted as having nothing to do with it.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['说句公道话：增额寿前几年退保是要亏的，合同能保证的只是现金价值表上那几个数，跟“稳赚”没关系。\n'],
  invalid: [
    { text: '敢不敢跟我赌？哪天这张保单让你少拿一分钱，我直播间当场倒立。\n', found: [''] },
    { text: '这个收益是保正的，合同里有写，您就放心签吧。\n', found: [''] },
  ],
});

// A line that never turns down; not a chart caption that says it may.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['图中曲线为历史结算利率，曲线也可能往下走，过往表现不代表未来。\n'],
  invalid: [{ text: '这张图存好，横轴是年份，纵轴是钱，那根线从来不往下拐。\n', found: [''] }],
});

// The customer's risk said borne by the seller's side, every cent said certain, only rising left, a bowl only filling,
// a market that cannot get in; not a post that leaves the risk with the holder, nor a market that may.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '投连账户价值跟着市场走，风险自己扛，买之前想清楚。\n',
    '本产品的保证利益以合同载明为准，红利部分每一年都可能不同。\n',
    '外面股市怎么闹，账户价值都可能跟着波动，请按风险承受能力配置。\n',
  ],
  invalid: [
    { text: '您说的那些风险，保险公司都替您扛着呢，您就等着领钱。\n', found: [''] },
    { text: '交三年领一辈子，每一分钱都是确定的。\n', found: [''] },
    { text: '头几年熬过去，后面就只剩下涨了。\n', found: [''] },
    { text: '这份养老钱就是个聚宝盆，只会越装越满。\n', found: [''] },
    { text: '给钱修一道墙，外面市场怎么闹都进不来。\n', found: [''] },
  ],
});

// A record of never once falling, money that can neither run nor shrink; not a warning that a record is no promise.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['账户过去三年没有出现过回撤，但过往业绩不代表未来，账户价值可能下跌。\n'],
  invalid: [
    { text: '这个账户我盯了四年，一次都没回撤过。\n', found: [''] },
    { text: '钱就放在那儿，跑不了也少不了。\n', found: [''] },
  ],
});

// Deposit insurance stretched onto the policy; not the disclaimer that it does not cover it.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['本产品是保险产品，不属于存款，不受存款保险保障。\n'],
  invalid: [{ text: '这份保单国家有存款保险兜着，您放一百个心。\n', found: [''] }],
});

// Money said to be wholly safe, a record of no buyer ever losing; not such a record quoted in a penalty notice.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['处罚通报：某保险代理人在直播中称“这款产品我卖了八年没有一个客户亏过”，被认定为暗示保证收益。\n'],
  invalid: [
    { text: '投保即享100%资金安全保障\n', found: [''] },
    { text: '开办十二年，没有一位客户在这款产品上亏过一分钱。\n', found: [''] },
  ],
});

// The contract's death benefit, the greater of a premium share and the surrender value, promises no return.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: ['身故赔偿保证为已缴保费的105%或退保价值，以较高者为准。\n'],
  invalid: [],
});

// Money said to land for sure, to rise without a pullback, to be paid whatever the market does, or to sit with
// a seller too strong to fail; a customer's worry answered honestly stays clean.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '客户问保险公司会不会倒闭：保险公司经营受严格监管，并有保险保障基金，但这不代表分红或收益有保证。\n',
    '分红实现率会随公司经营状况变化，过往表现不代表未来，红利可能为零。\n',
  ],
  invalid: [
    { text: '保单生息，本息稳稳到账\n', found: ['稳稳到账'] },
    { text: '💰只涨不回撤📈 到点就领🤑\n', found: ['只涨不回撤'] },
    { text: '就算股市跌一半，你份保單都係照派，風雨不改\n', found: [''] },
    { text: '我们行的产品您还信不过？国有大行倒不了，钱放这儿跟放金库里一样。\n', found: ['倒不了', '跟放金库里一样'] },
    { text: '澜舟人寿总资产八千多亿，世界五百强，它答应给您的收益还能不兑现？\n', found: ['还能不兑现'] },
  ],
});

// 保本保息 in its homophones (包本包息), as a voice message's transcript writes it.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['有人问“包本包息”吗？不包。分红险只有合同约定的保证利益是确定的，红利不保证。\n'],
  invalid: [{ text: '包本包息 放心冲💪\n', found: ['包本包息'] }],
});

// Loss ruled out in more words: the customer never to lose out, not even when it goes badly, the market's fall not
// reaching it, a floor fixed with only a rise above it.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['客户问这个会不会让她吃亏，我照实说：头几年退保拿回的现金价值比交的少，分红也可能为零。\n'],
  invalid: [
    { text: '您就记住一句话，这个不可能让您吃亏，真出了事我个人兜底。\n', found: ['不可能让您吃亏'] },
    { text: '阿姨您放心，这钱放进去，亏不着您。\n', found: ['亏不着'] },
    { text: '市场怎么跌，它都不跌📈\n', found: ['市场怎么跌，它都不跌'] },
    { text: '这个说白了就是保底收益加上浮动分红，底是死的，只会往上加。\n', found: ['底是死的', '只会往上加'] },
  ],
});

// A rate at worst across a comma, no loss to worry about, steady gains lying down.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['最差的情况下，分红可能为零，您只能拿到合同写明的保证利益。\n'],
  invalid: [
    { text: '最壞最壞，也能拿個2%，怎麼算都比啥也不買強。\n', found: ['最壞最壞，也能拿個2'] },
    { text: '跑贏通脹，還不用操心虧本～\n', found: ['不用操心虧'] },
    { text: '稳稳躺赚，年年有钱进账📈\n', found: ['稳稳躺赚'] },
  ],
});

// Held above a rate, never below one, clear profit after break-even; a mock exam's score held is no return.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['这次模考比上次高了12分，数学终于稳在120以上了！\n'],
  invalid: [
    { text: '您上回买的那款理财去年才2.1，这个稳在3以上。\n', found: ['稳在3以上'] },
    { text: '结算利率再怎么降，也低不过3%。\n', found: [''] },
    { text: '交5年，第6年就回本，之后每年都是净赚\n', found: [''] },
  ],
});

// A rate the company sets each year is not a certain one.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: ['红利领取方式：累积生息、抵交保险费或现金领取；累积生息的利率由本公司每年确定，亦不保证。\n'],
  invalid: [{ text: '这款的利率是确定的，每年3%，写进合同。\n', found: ['', '每年3%'] }],
});

// A fall said to go nowhere.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['投连账户的价值随投资单位价格波动，可能上涨也可能下跌，投资风险由您承担。\n'],
  invalid: [{ text: '投连账户底下有托着的，跌不到哪儿去。\n', found: ['跌不到哪儿去'] }],
});

// A wording named as a word not to be used is no claim; the same words said of the product are.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '“保本保息”四个字，在任何保险宣传里都不该出现——这是合规部每年培训都要讲的。\n',
    '“保底”这个词我不能跟您用，万能险只是账户部分有最低保证利率，其他以合同为准。\n',
  ],
  invalid: [{ text: '这款年金保本保息，放心买。\n', found: ['保本保息'] }],
});

// Untouched by markets, unafraid of swings, never broken below: a guarantee; the guaranteed part so described as a term, or a
// cooling-off refund untouched by the account's price, is not.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '本产品的保证利益部分不受市场波动影响，分红部分不保证，可能为零。\n',
    '投资连结保险的账户价值随市场波动，可能上涨也可能下跌。\n',
  ],
  invalid: [
    { text: '每月固定领钱，不受股市影响，养老更安心。\n', found: ['不受股市影响'] },
    { text: '「稳健增值，无惧震荡」开门红主推款\n', found: ['无惧震荡'] },
    { text: '理财破净一片，这款年金从没破过。\n', found: ['从没破过'] },
    { text: '行情好坏都一样，它就没有亏的时候。\n', found: ['没有亏的时候'] },
  ],
});

// The money said never to be lost; every year after payback pure gain.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['保单丢了也不要紧，电子保单随时可以查到。\n'],
  invalid: [
    { text: '有保障基金兜着，您这本金放进去就丢不了。\n', found: [''] },
    { text: '第6年回本，此后每一年都是纯赚。\n', found: [''] },
  ],
});

// A call-back asking, in Hong Kong's written words, whether the seller promised anything.
ruleTester('guaranteed-return', {
  kind: 'callback',
  valid: ['回訪專員：請問銷售人員有否向您承諾保本或固定回報？\n'],
  invalid: [],
});
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '我哋呢份係保本嘅，固定回報，唔使擔心。\n', found: ['', '固定回報'] }],
});

// Safety likened to a deposit's is a guarantee (most corpus items so worded are also comparisons); a list of banned wording is not.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['以下说法不得使用：稳赚不赔、零风险、跟存款一样安全。\n'],
  invalid: [{ text: '您放心，这笔钱放这儿跟放银行一样安全。\n', found: ['跟放银行一样安全'] }],
});

// The yearly dividend report sent to the policyholder is no promise of dividends; a promise beside a notice still is.
ruleTester('guaranteed-return', {
  kind: 'description',
  valid: ['公司每年会向您寄送分红业绩报告，红利水平不保证。\n'],
  invalid: [{ text: '本产品红利每年稳定派发，具体金额以公司每年寄送的红利通知书为准。\n', found: [''] }],
});

// A warranty refused with its object between, "not that it only grows", dividends that change every year: no promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: [
    '每位客户情况不同，我不会拿别人的收益给您打包票。\n',
    '这只是强制储蓄的意思，不是说账户里的钱只会多不会少，前几年退保会有损失。\n',
    '我家里也买了，但这不代表没有风险——红利年年在变，退保也可能亏。\n',
  ],
  invalid: [{ text: '这款我给您打包票，稳赚。\n', found: ['我给您打包票', '稳赚'] }],
});

// The writer's own question about risk answered no is a guarantee; a promise asked about and refused is not.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: [
    '零风险？不存在的。任何带投资属性的保险都有不确定性，看清条款再决定。\n',
    '会不会亏？会的，前几年退保会有损失，请看现金价值表。\n',
  ],
  invalid: [
    { text: '风险？不存在的。\n', found: ['不存在的'] },
    { text: '有什麼風險？沒有啦。\n', found: ['沒有啦'] },
  ],
});

// A record of no bad year held up is a guarantee; a record stated with its caveat is not.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['过往十年分红实现率见下表，过往表现不代表未来，红利可能为零。\n'],
  invalid: [
    { text: '开了十年门，没有一年掉过链子，这家的分红你闭着眼拿就行。\n', found: ['没有一年掉过'] },
    { text: '宣告利率連續8年未曾調降，穩穩滾。\n', found: ['連續8年未曾調降'] },
  ],
});

// Asked who would let the customer lose: a guarantee put as a question.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['客户问会不会亏，我说前几年退保会亏，现金价值低于已交保费。\n'],
  invalid: [{ text: '老哥你想想，保险公司是受监管的，它敢让你亏吗？\n', found: ['敢让你亏吗？'] }],
});

// A Cantonese question whether there is risk (有冇風險？) asks; the answer that there is none still promises.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['你問有冇風險？有㗎：分紅唔保證，早退保會蝕。\n'],
  invalid: [{ text: '放心啦，冇風險嘅。\n', found: ['冇風險'] }],
});

// Asked who would dare not pay; not a year missed.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['分红每年由公司确定，有的年份可能没有，不能说一年都不会少。\n'],
  invalid: [
    { text: '都寫在條款裡面了，保險公司敢不給你嗎？\n', found: ['敢不給你嗎？'] },
    { text: '這張每年都會配息給你，一年都不會漏掉。\n', found: ['一年都不會漏'] },
  ],
});

// No way to warrant it, in Sichuanese (莫得办法…打包票), refuses the promise.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['我莫得办法跟你打包票说稳赚，分红多少要看保险公司经营，有的年份可能莫得。\n'],
  invalid: [{ text: '我跟你打包票，稳赚。\n', found: ['我跟你打包票', '稳赚'] }],
});

// …or let the money come to harm, words between (还能让您这点钱出事？).
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['您担心出事的话，我们先把退保损失讲清楚，再决定买不买。\n'],
  invalid: [{ text: '资产好几万亿，还能让您这点钱出事？\n', found: ['能让您这点钱出事？'] }],
});

// 谁说… asks a challenge (谁说保险没收益) as often as it reports a warning (谁说帮你签都别信): only the warning cancels.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['提醒大家：谁说“只涨不跌”都别信，分红和结算利率都可能下降。\n'],
  invalid: [{ text: '买了3年，账户只涨不跌📈 谁说保险没收益\n', found: ['只涨不跌'] }],
});

// The seller's job or a complaint staked on not a cent lost; no swings at all (还没有波动), not a swing denied to be absent.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['投连账户不是没有波动，净值会随市场涨跌，亏了要您自己承担。\n'],
  invalid: [
    { text: '这款要是让您亏了一分钱，您直接去总行投诉我，我这份工作不要了。\n', found: ['亏了一分钱，您直接去总行投诉我，我这份工作不要'] },
    { text: '放这里收益稳稳的，还没有波动。\n', found: ['收益稳稳的', '还没有波动'] },
  ],
});

// The coverage, not the money, said to be kept whole.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['不保本，不保收益。能保证的只有一件事：合同里写了的保障，一条都不会少。\n'],
  invalid: [{ text: '您交的钱，到期一分都不会少。\n', found: [''] }],
});

// A past record held to the future in other words (以后也掉不下去); asked about, not promised.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['结算利率以后会不会掉不下去，谁也说不准，过往结算利率不代表未来。\n'],
  invalid: [{ text: '结算利率这些年就没掉过3，以后也掉不下去。\n', found: ['以后也掉不下去'] }],
});
