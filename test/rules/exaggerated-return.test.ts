import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [
    // A contract's cash value at 1.x times the premiums, and the illustration's multiple, are facts.
    '本产品第十个保单年度末现金价值约为已交保费的1.2倍，详见现金价值表。\n',
    '按中档演示，第30年账户价值约为已交保费的2.1倍，演示不代表实际收益。\n',
    // Asked which is best, the best not to be named.
    '客户问哪款最好，我的回答是：没有最好的产品，只有是否适合您的产品。\n',
    '哪款最好我说不了，适合您的才好，我把三款的保障内容列出来给您看。\n',
    // A rank given by a statistic with its source, or of something other than a return.
    '据某保险行业协会统计，2025年该公司原保险保费收入排名第一。\n',
    '本网点荣获2025年度全省客户满意度第一名，感谢您的信任。\n',
    // A sum insured's cap is no return.
    '基本保险金额最高可达500万元，超过部分需核保。\n',
    // A job held is no policy's return.
    '医生护士都端着金饭碗，可一场大病也能把积蓄掏空——这份重疾险保的是120种重大疾病，确诊即按基本保额赔付。\n',
    '以下利益演示基于假设的投资收益率4.5%，不代表实际收益。\n',
    // What grows fast here is claims service, not money.
    '我们的理赔像坐了火箭，资料齐全最快当天到账。\n',
    '升级后轻症赔付次数翻倍，由三次增至六次。\n',
    '万能账户的最低保证利率为年化1.75%。\n',
    '安和人寿最近一季度综合偿付能力充足率为210%。\n',
    '被保险人身故的，按已交保险费的160%给付身故保险金。\n',
    '本账户过去三年的年化收益率分别为4.1%、3.8%和4.3%，过往表现不代表未来。\n',
    '我们将为您提供专业、周到的保单服务。\n',
    // Asked, or told it may beat the middle scenario: no claim of the best.
    '哪家回报最高？这个问题没有标准答案，要看您自己的需求。\n',
    '实际结算利率可能高于或低于演示利率，中高档演示均不保证。\n',
  ],
  invalid: [
    // Not to be found anywhere, a car a year, counted among the province's best.
    { text: '🔥爆款年金🔥 一年能领出一辆车\n', found: ['领出一辆车'] },
    { text: '中不中？这款收益全省都数得着，俺家亲戚都买了。\n', found: ['收益全省都数得着'] },
    // What was paid in, multiplied two times or more.
    { text: '過去十年，客戶平均回報係所繳保費嘅兩倍半——數字會說話。\n', found: ['所繳保費嘅兩倍半'] },
    { text: '交三年领一辈子，最后领回来的是交进去的好几倍。\n', found: ['交进去的好几倍'] },
    // Money collected lying down; a return too big to believe.
    { text: '退休后的日子：躺着收钱，月月到账，比上班那会儿还滋润😎\n', found: ['躺着收钱'] },
    { text: '躺住都可以錢搵錢，退休唔使愁\n', found: ['躺住都可以錢搵錢'] },
    { text: '交十年，領一世，回報高到你唔敢信。\n', found: ['回報高到你唔敢信'] },
    // A return's rank held up as proof, a past year or a record notwithstanding.
    { text: '同一批上市的分红险里，这款去年派息排名第一。\n', found: ['派息排名第一'] },
    { text: '分红实现率连续8年超100%，行业罕见！\n', found: [''] },
    { text: '高息之选：交三年、领终身，历史实际收益名列前茅。\n', found: ['收益名列前茅'] },
    { text: '今年宣告的万能利率是近五年的顶，现在进来正好。\n', found: ['利率是近五年的顶'] },
    // Paid back within three years, as a promise or a buyer's story.
    { text: '首年就回本，往后全是净赚。\n', found: ['首年就回本'] },
    { text: '真实客户反馈👇\n“交了三年，已经回本啦！比想象中还快～”\n', found: ['交了三年，已经回本'] },
    // The highest payout in the payout's own nouns.
    { text: '年年配息最高、最穩、最安心。\n', found: ['配息最高'] },
    { text: '同类产品里它的IRR最高，长期看能到3.5%以上。\n', found: ['IRR最高'] },
    // A golden rice bowl, a tree that bears gold, an account heading for a million.
    { text: '别人家的都是小打小闹，咱这个才是真正的金饭碗。\n', found: ['金饭碗'] },
    { text: '存一笔钱，种一棵会结金子的树🌱\n', found: ['结金子'] },
    { text: '养老不用愁，70岁账户直奔百万👉\n', found: ['直奔百万'] },
    { text: '这款就是退休躺平神器，交完就不用管。\n', found: ['躺平神器'] },
    // More got back than paid in, in other words (拿回来的比交进去的多).
    { text: '放满十年，你拿回来的比交进去的多。\n', found: ['拿回来的比交进去的多'] },
    { text: '稳健账户年化收益高达6%，远超同类产品。\n', found: ['年化收益高达6%', '远超同类'], suggested: '远超同类产品。\n' },
    { text: '结算利率最高可达5.5%。\n', found: ['结算利率最高可达5.5%'] },
    { text: '最佳养老选择，史上最划算的年金。\n', found: ['最佳', '史上最划算'], suggested: '史上最划算的年金。\n' },
    { text: '销量第一的明星产品。\n', found: ['销量第一'] },
    // The best return in its other nouns and in other registers.
    { text: '这是目前同类年金里回报率最高的一款。\n', found: ['同类年金里回报率最高'] },
    { text: '这款收益老猛了，全县都没得比。\n', found: ['收益老猛', '全县都没得比'] },
    { text: '这款分红险回报一流。\n', found: ['回报一流'] },
    { text: '我们公司历年都超过高档，您放心。\n', found: ['历年都超过高档'] },
    { text: '万无一失的养老规划。\n', found: ['万无一失'] },
    { text: '投资账户收益率不低于3%。\n', found: ['收益率不低于3%'] },
    { text: '全网最低价，行业第一品牌。\n', found: ['全网最低价', '行业第一'] },
    // Full-width digits and per cent sign.
    { text: '万能账户年化收益高达４．５％！\n', found: ['年化收益高达４．５％'] },
  ],
});

// A negated verb of promising takes its object with it; a hedge in another clause does not take a claim back.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['通胀会侵蚀购买力；保险能做的是提供保障，而不是承诺跑赢通胀。\n', '我们不保证收益翻倍，请以合同为准。\n'],
  invalid: [{ text: '复利的力量有多可怕？前几年你可能看不出什么，但时间越长，它涨得就越像坐了火箭。\n', found: ['坐了火箭'] }],
});

// A negation before a modifier leaves the noun after 的 alone; one before what someone said still denies it.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: '這筆錢放進去，就是給全家請了一台二十四小時不停工的印鈔機。\n', found: ['印鈔機'] },
    { text: '钱生钱，利滚利，二十年翻一番不是梦。\n', found: ['钱生钱', '利滚利', '翻一番'] },
  ],
});
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['销售：叔叔，退保的时候拿回来的是保单的现金价值，不是您说的“本金”。\n'],
  invalid: [],
});

// A negated 一定 takes the claim with it.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['经理：得看多少年，我不能跟您说一定翻倍。\n'],
  invalid: [{ text: '经理：这个一定翻倍。\n', found: ['这个一定翻倍'] }],
});

// Telling the reader not to expect it is no claim; the same words as a promise still are.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [
    '通胀是长期话题，保险解决的是保障和规划问题，别指望它让钱翻倍。\n',
    '温馨提示：保险的主要功能是风险保障，请勿将其视为高收益的投资工具。\n',
    '别被“收益翻倍”的标题带节奏：按2.0%的预定利率复利计算，资金翻倍大约需要35年。\n',
  ],
  invalid: [{ text: '有了它，您的钱二十年就能翻倍。\n', found: ['钱二十年就能翻倍'] }],
});

// The return said to be the highest, first in a trade, the only chance, nothing better, maxed out, doubled already.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['今年全乡玉米亩产创历史新高，比五年前翻了一番。\n', '这是我们今年卖得最好的一本书——《养老规划入门》，客户到网点可免费翻阅。\n'],
  invalid: [
    { text: '这个是我们网点卖得最好的，收益也是最高的。\n', found: ['收益也是最高'] },
    { text: '全港最抵！本計劃回報率業界第一。\n', found: ['全港最抵', '回報率業界第一'] },
    { text: '普通人翻身的唯一机会👉增额寿\n', found: ['唯一机会'] },
    { text: '您说还有比这更好的产品吗？\n', found: ['还有比这更好的'] },
    { text: '今天这款，收益直接拉满，闭眼冲就完事了！\n', found: ['收益直接拉满'] },
    { text: '我客户这张单子五年收益翻了一番‼️\n', found: ['单子五年收益翻了一番'] },
  ],
});

// A benefit the contract doubles is no growth of the customer's money.
ruleTester('exaggerated-return', {
  kind: 'description',
  valid: ['驾乘意外身故保额翻倍：按基本保险金额的2倍给付身故保险金。\n'],
  invalid: [],
});

// Inflation claims refused: a negated promise through its pronoun or modal, 'not what it is for'.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: [
    '不少客户问能不能跑赢通胀。坦白讲，保险的主要功能是保障和传承，我不能承诺它跑赢通胀。\n',
    '年金保险可以作为养老规划的一部分，但并不能保证抵御通胀。\n',
    '销售：这个我没法跟您打包票，它主要是保障和长期规划，抗通胀不是它的卖点。\n',
  ],
  invalid: [{ text: '销售：我可以承诺它跑赢通胀，您放心。\n', found: ['跑赢通胀'] }],
});

// Doubling said to take long or depend on dividends is the seller correcting, not promising.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['客户：我同事说这个能翻倍，真的假的？ 销售：翻倍要看多少年。按合同保证的部分算，要三十多年才翻倍。\n'],
  invalid: [{ text: '销售：这个五年就能翻倍，您放心。\n', found: ['这个五年就能翻倍'] }],
});

// Customers a product suits (最适合…) are no claim about returns: reviewers label it so in 8 of 9 corpus items;
// doubling said to be decades away is a hedge.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: [
    '销售：基金亏了三成的客户最适合转过来，不会像基金那样坐过山车。\n',
    '客户：听说能翻倍？ 销售：按合同保证的部分，要二十多年才接近翻倍，分红不确定。\n',
    '销售：这是最适合中老年人的养老产品。\n',
  ],
  invalid: [{ text: '销售：这是收益最高的养老产品。\n', found: ['收益最高'] }],
});

// Rankings in English and by score, and the miracle product.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['本行手机银行荣获“年度最受欢迎手机银行”称号。\n', '同类产品的费用率排名请以行业协会公布为准。\n'],
  invalid: [
    { text: 'TOP1 收益的年金 🚀\n', found: ['TOP1'] },
    { text: '经第三方评测，这款年金综合评分位居同类第一。\n', found: ['同类第一'] },
    { text: '这款可是养老神器，闭眼入。\n', found: ['养老神器'] },
  ],
});

// Slang for the best, a quoted claim corrected.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['有网友说这款“收益超高”，这个说法不准确，分红是不确定的。\n'],
  invalid: [
    { text: '这款年金yyds，闭眼入！\n', found: ['yyds'] },
    { text: '去年账户涨了三成，收益简直逆天。\n', found: ['收益简直逆天'] },
  ],
});

// Suiting someone best (最适合中老年人) is no claim about returns.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['我们的首席经济学家专门分析过，这款最适合您这个年龄段。\n'],
  invalid: [{ text: '这是目前收益最高的养老产品。\n', found: [''] }],
});

// A coverage limit and a complaint about a leaflet's wording.
ruleTester('exaggerated-return', {
  kind: 'notice',
  valid: [
    '保险金额最高可达50万元，具体以您投保时选择的基本保险金额为准。\n',
    '关于您投诉宣传单中“收益翻倍”的表述，经核查该传单系网点擅自印制，已全部收回。\n',
  ],
  invalid: [],
});

// A floor with no ceiling, big sums said lightly, results beyond the illustration, none that outdoes it;
// a referral reward or a card discount with no ceiling is no return.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['用本行信用卡缴保费，立减1%，上不封顶\n', '老带新有礼：介绍一位亲友成功投保，即奖励您超市购物卡500元，多介绍多得，上不封顶。\n'],
  invalid: [
    { text: '万能账户保底3%，上不封顶！\n', found: ['保底3%，上不封顶'] },
    { text: '复利年化三点五，二十年后账户价值轻松破百万。\n', found: ['轻松破百万'] },
    { text: '这么说吧，业内没有哪款能比它分得更多。\n', found: ['没有哪款能比它'] },
    { text: '理财经理：收益嘛……反正比您想的要高得多，您懂的。\n', found: [''] },
  ],
});

// Steady growth (稳健增值) is read as a guarantee, not an exaggeration; doubling said to be certain is both.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['稳健增值，无风险的家庭财富方案。\n'],
  invalid: [
    { text: '您这钱存一年就多一年的收益，复利滚起来，十二年稳稳翻倍。\n', found: ['翻倍'] },
    { text: '呢款分紅險回報好勁，十年翻一番冇難度。\n', found: [''] },
  ],
});

// A denial of saying or of what the product is sold on governs the rest of its clause; it ends at the clause.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: [
    '销售：我不敢跟您说它收益最高，我只能说它的保险责任写得比较清楚。\n',
    '销售：這款年金的特點是交費靈活，並不主打高收益。\n',
  ],
  invalid: [{ text: '销售：我不跟您说虚的，它收益最高。\n', found: ['收益最高'] }],
});

// A high figure in Chinese numerals is an exaggeration, not a promise of the figure.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: '年化十個點不是夢。\n', found: ['年化十個點'] }],
});

// A best time to call and a doubled benefit in the contract are no return claims.
ruleTester('exaggerated-return', {
  kind: 'description',
  valid: [
    '最佳聯繫時間：工作日9:00—17:00，如需預約上門服務請提前一天來電。\n',
    '意外身故保险金：因乘坐公共交通工具遭受意外伤害身故的，按基本保险金额的2倍给付，即保障额度翻倍。\n',
  ],
  invalid: [],
});

// The best of its kind, a multiple of what is paid in, returns high beyond belief; denied or a contract figure, not.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [
    '这款收益并不是同类最高的，它的长处在保障责任。\n',
    '第5年账户价值保证达到本金的1.2倍，以合同约定为准。\n',
  ],
  invalid: [
    { text: '這是我們今年賣得最好的產品，收益是同類裡最高的。\n', found: ['收益是同類裡最高'] },
    { text: '還有什麼比這個收益更高的？您找遍全城也找不到。\n', found: ['還有什麼比這個收益更高'] },
    { text: '二十年后领的钱是交的三倍，这还不心动？\n', found: ['钱是交的三倍'] },
    { text: '这款产品巴适得很，收益高得吓人哦。\n', found: ['收益高得吓人'] },
  ],
});

// Leading or matchless said other ways; a habit praised is no return claim.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['孩子的压岁钱每年往这张保单里交一点，这个习惯比啥都强。\n'],
  invalid: [
    { text: '本产品红利分配水平长期居于国内领先地位。\n', found: ['居于国内领先地位'] },
    { text: '搿只产品收益是顶顶好额，全上海寻勿着第二只。\n', found: ['顶顶好', '寻勿着第二只'] },
    { text: '还有哪款产品能像它这样，收益一年比一年猛？\n', found: ['一年比一年猛'] },
  ],
});
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['销售：您要是觉得合适的话最好今天就定下来。\n', '最佳投保時間因人而異，請結合自身需求決定。\n'],
  invalid: [{ text: '这款年金收益最好，同类里挑不出第二款。\n', found: ['收益最好', '挑不出第二款'] }],
});
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['本公司偿付能力充足率居同业前列（数据来源：2025年四季度偿付能力报告）。\n'],
  invalid: [
    { text: '本产品收益居同类产品之首，是目前市场上最具竞争力的分红产品。\n', found: ['居同类产品之首', '最具竞争力'] },
    { text: '一年頂別人三年，您自己品。\n', found: ['一年頂別人三年'] },
  ],
});

// The customer's question or wish reported, then answered.
ruleTester('exaggerated-return', {
  kind: 'phone-script',
  valid: [
    '坐席：您問收益最高能到多少，我只能按合同裡的演示表給您講，實際分紅不保證。\n',
    '销售：您刚说想“翻倍”，这个我得提醒您，这是一份年金保险，不是追求高收益的产品。\n',
  ],
  invalid: [{ text: '坐席：这款收益最高，同类里找不到第二款。\n', found: ['', ''] }],
});
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['销售：这款主要是保障，收益不是它的强项，您要是冲着高收益来的，它不适合您。\n'],
  invalid: [],
});

// The best the speaker has seen, nothing better to be found, better than anything, a headline rate; a best time is no superlative.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [
    '📉 利率只会越来越低，现在是了解养老规划的好时候，具体产品请看条款。\n',
    '投保即可参加抽奖，中奖率以活动规则为准。\n',
    '每个人情况不同，这款不一定最适合您，我们先做个需求分析再说。\n',
  ],
  invalid: [
    { text: '著名经济学家李教授：这是我见过最适合中产家庭的年金险。\n', found: ['见过最适合'] },
    { text: '這款分紅險的收益，說實話，放眼全行業都找不到更好的了。\n', found: ['找不到更好的'] },
    { text: '这收益，杠杠滴！比啥都强，俺们这片儿的老头老太太都抢着买。\n', found: ['比啥都强'] },
    { text: '收益率ＵＰ　ＵＰ！　最高可达８％！\n', found: ['最高可达８％'] },
  ],
});
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['理财经理：这笔钱最好是五年内用不到的闲钱，前几年退保会有损失。\n'],
  invalid: [],
});

// Quoted ideals and titles warned against are mentions.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [
    '別再被「一年變兩年」「翻倍神器」這類標題騙了，買之前先看清楚風險。\n',
    '讲师：大家记住一句话，没有哪种金融产品是“收益最高、风险最低、流动性最好”的。\n',
  ],
  invalid: [{ text: '翻倍神器来了：收益最高、风险最低、流动性最好！\n', found: ['', '收益最高、风险最低、流动性最好'] }],
});

// First and best in other words.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['据公司公告，该产品2024年度红利实现率为100%，过往表现不代表未来。\n'],
  invalid: [
    { text: '这款IRR长期能做到4%+，在同类年金里绝对是top级别。\n', found: [''] },
    { text: '可它过去十年的分红在全国几百款产品里一直排最前面。\n', found: [''] },
    { text: '您见过哪款保险分红能有它这么高的？反正我是没见过。\n', found: [''] },
  ],
});
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: [
    '客户：能翻倍吗？ 销售：按合同保证的现金价值，大概要到第二十四年才超过已交保费的两倍；要是提前退，会少很多。\n',
    '买之前说“二十年翻一番”，现在第十年现金价值还没到已交保费，我觉得被骗了。\n',
    '💬有人私信问我哪款“收益最高”，我的回答是：选适合自己的就行，别只盯着演示利率。\n',
  ],
  invalid: [{ text: '销售：这款二十年就能翻一番，收益最高！\n', found: ['', ''] }],
});
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['爷叔，我老实讲，迭个收益勿高，侬要寻高收益，迭只勿适合侬。\n'],
  invalid: [
    { text: '恁瞅瞅这回报，搁咱这一片儿是头一份儿，独一家！\n', found: ['', '独一家'] },
    { text: '您說說，市面上哪還有收益比這個更高的保險？\n', found: [''] },
  ],
});
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['演示表里的高档只是假设，实际以公司公告为准，低档也可能发生。\n'],
  invalid: [
    { text: '还有哪款产品的收益能比它更高？答案是：没有！\n', found: [''] },
    { text: '高档那个数才是真实水平，低档是公司为了合规写上去的，不用看。\n', found: [''] },
    { text: '交满十年，到七十岁能领回差不多三倍，您算算这笔账多划算。\n', found: [''] },
  ],
});
ruleTester('exaggerated-return', {
  kind: 'notice',
  valid: ['针对“宣传单称收益行业第一”的投诉，我司已下架该宣传单，并对相关分支机构进行内部问责。\n'],
  invalid: [],
});

// A doubling that is the ratio of two rates is reported as a comparison, not also as an exaggeration.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['定存1.5 👉 这款3.0，整整翻了一倍！\n'],
  invalid: [{ text: '这款年金十年翻一倍，钱生钱！\n', found: ['', ''] }],
});
ruleTester('juxtaposed-rates', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: '定存1.5 👉 这款3.0，整整翻了一倍！\n', found: [''] }],
});

// Inflation denied as the product's purpose; a multiple read off the guaranteed part or an illustration.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: [
    '客户：能跑赢通胀吗？ 销售：这个我不能跟您保证，年金险的好处是领取时间和金额按合同来，不是拿来抗通胀的。\n',
    '保险能解决的是长期保障和确定的那部分现金流，不负责跑赢通胀。\n',
    '按中档演示，第二十年现金价值加累积红利大约是已交保费的1.6倍；但这只是演示，低档只有1.3倍左右，实际可能更低。\n',
    '销售：按合同保证的部分算，二十多年后现金价值大概是总保费的1.6倍左右，分红不确定。\n',
  ],
  invalid: [
    { text: '销售：不用担心，这款产品就是用来抗通胀的。\n', found: [''] },
    { text: '销售：这款交满十年，到第二十年现金价值是已交保费的1.6倍！\n', found: [''] },
  ],
});
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['翻倍保障：60周岁前身故，额外给付一倍基本保险金额。\n'],
  invalid: [{ text: '本保险十年翻倍，钱放进来只涨不跌。\n', found: [''] }],
});
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['最好的投资是投资自己——今年的目标是考下CFP📚\n', '人生最好的投资，是投资自己的健康——体检季，记得给自己约一次全面体检。\n'],
  invalid: [{ text: '最好的投资就是这款年金，收益全市最高。\n', found: ['', ''] }],
});
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['某顶流明星的演唱会门票今天开抢。\n'],
  invalid: [
    { text: 'ROI直接拉满📈 best年金 in 2026\n', found: [''] },
    { text: '回复@阿橙：放心冲，这款是今年顶流，收益没得挑👍\n', found: ['', ''] },
  ],
});
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['团队长微信：上周有同事在朋友圈发"收益天花板"，已被合规删帖，大家引以为戒。\n'],
  invalid: [{ text: '团队长微信：跟客户说"这款收益全市最高"，简单直接。\n', found: [''] }],
});
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['交十万，按合同保证部分，第二十年现金价值约为已交保费的1.3倍，分红不确定。\n'],
  invalid: [{ text: '交十万，领回来少说也有三十万。\n', found: [''] }],
});
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['已有3万名客户选择，满意度高达99%。\n', '「翻倍」指保險金額在第20個保單年度達到初始基本保險金額的兩倍，屬合同約定的保險責任。\n'],
  invalid: [{ text: 'Your money doubles in 20 years.\n', found: [''] }],
});
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['黃先生，您說朋友那款「十年翻倍」，那個要看具體條款，我們這款不做這種承諾。\n', '「翻倍」指身故保险金为基本保险金额的2倍。\n'],
  invalid: [{ text: '黃先生，這款十年翻倍，穩穩的。\n', found: [''] }],
});
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['高收益的我不推荐，您这个年纪，更适合先把医疗和意外配齐。\n'],
  invalid: [
    { text: '分红实现率连续多年超过200%，业内罕见。\n', found: [''] },
    { text: '我们这款的分红水平在全市场是顶格的，不信您去比。\n', found: [''] },
  ],
});
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['收益 yyds？先醒醒：分红是不保证的，看清合同再说。\n'],
  invalid: [],
});
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['今天跑了个半马，个人最佳成绩1小时52分💪\n', '《年金保险的“高收益”神话？理性看待利益演示》\n'],
  invalid: [],
});
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['本產品最高投保年齡為65歲。\n'],
  invalid: [
    { text: '全港回報最高嘅終身分紅計劃！\n', found: [''] },
    { text: '全国唯一一款终身复利增长的年金\n', found: [''] },
  ],
});
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['哪里还能找到我们网点？就在地铁站旁边。\n'],
  invalid: [
    { text: '迭个收益老灵额，别地方寻不着额。\n', found: ['', '别地方寻不着'] },
    { text: '哪里还能找到收益这么高、风险这么低的东西？\n', found: [''] },
  ],
});

// The word refused, a best way of doing things, a Cantonese refusal to rank: no superlative claimed.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: [
    '理财经理：亲，“最佳”这个词我们不能用哈，我只能把保障内容和条款发您。\n',
    '最好的做法是看清条款再决定，不要因为听人说收益高就买。\n',
    '我唔係專家，唔會同你講邊隻最好，你睇返自己需要再決定。\n',
    '我唔會話呢份係最好嘅產品，只可以話佢啱唔啱你嘅需要。\n',
  ],
  invalid: [
    { text: '這張喔，報酬率嘎嘎叫，同期沒有一張贏得過它。\n', found: ['', ''] },
    { text: '呢份係市面上最好嘅產品，回報冇得頂。\n', found: ['', ''] },
  ],
});

// Inflation outrun by the bank's interest (or not), a death benefit as a multiple of premiums: no exaggeration of the product.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['放银行那点利息还不够跑赢通胀。\n', '我们不说最好，只说合适：您预算每年两万，这款交10年，身故保障是已交保费的1.6倍。\n'],
  invalid: [{ text: '这款年金稳稳跑赢通胀，养老钱越滚越多。\n', found: ['', ''] }],
});

// Returns nowhere else to be found (rhetorical); a gift nowhere else is the inducement only.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['买保险还送金条，这种好事上哪找？\n'],
  invalid: [
    { text: '利率這麼漂亮的商品，您上哪找？\n', found: [''] },
    { text: '您想想，哪家的分紅能跟我們這個比？\n', found: [''] },
  ],
});

// Highest of all the products here; which other could do it.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['这款的收益我没办法给您保证，也谈不上最高，主要是帮您做长期的现金流安排。\n'],
  invalid: [
    { text: '这个收益是我们这儿所有产品里最高的。\n', found: [''] },
    { text: '还有哪款年金能做到这个收益？你找出来我请你吃饭。\n', found: [''] },
  ],
});

// A sum said to reach or be carried off as a larger one.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['按合同约定，身故保险金为10万元或已交保费的较大者。\n'],
  invalid: [{ text: '复利的力量：交30万，演示到80岁账户价值能冲到200万！\n', found: [''] }],
});

// Very high in other words, Cantonese among them; "had better" this month is advice, not a superlative.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['我只能说，想买的话最好这个月定下来。\n', '现金价值的计算最好按低档演示来理解。\n'],
  invalid: [
    { text: '本产品收益极高，是家庭资产配置的首选。\n', found: [''] },
    { text: '佢嘅回報真係勁到離譜，身邊啲朋友個個都買。\n', found: [''] },
    { text: '呢只產品回報好犀利㗎，隨便都有幾個點。\n', found: [''] },
  ],
});

// Where else a yearly figure like this, top-selling and top-yielding, our small change, money made big, five times over.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['专为高净值客户提供的传承方案，具体利益以合同为准。\n'],
  invalid: [
    { text: '您上哪儿还能找到一年给百分之八的产品？\n', found: [''] },
    { text: '这款是今年全行收益最顶的。\n', found: [''] },
    { text: '别家领的连我们的零头都不够。\n', found: [''] },
    { text: '老客户都说这回赚大了。\n', found: [''] },
    { text: '交三十万，七十岁领回一百五十万，整整五倍！\n', found: [''] },
    { text: '國家級養老金融精品，專為高淨值人群定制。\n', found: [''] },
  ],
});

// Slang for great, money somersaulting, pinyin zui, rolled into three times.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['收益多少要看实际经营情况，演示数字不代表未来。\n'],
  invalid: [
    { text: '这款收益杠杠的，整就完了！\n', found: [''] },
    { text: '迭只收益老灵的，侬买了就晓得。\n', found: [''] },
    { text: 'zui强 zui稳，三个zui全送给它\n', found: [''] },
  ],
});

// Top three, leading, off the charts in pinyin, new highs again.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['本公司理赔服务时效常年稳居行业前列的说法，仅指理赔时效，与收益无关。\n'],
  invalid: [
    { text: '结算利率业内领先，常年稳居行业前三。\n', found: ['', ''] },
    { text: '收益 bao biao，闭眼冲就对了\n', found: [''] },
    { text: '投連賬戶去年大賺25%，明年有望再創新高！\n', found: [''] },
  ],
});

// Where else could one find it.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['您可以多比较几家，找到适合自己的产品。\n'],
  invalid: [{ text: '您说哪还找得到一年稳拿3.5%的东西？\n', found: [''] }],
});

// The most complete in Hong Kong, winning outright, the best value seen, a retirement wonder, doubling several times.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['本計劃的保障範圍以保單條款為準，並非全港所有危疾均受保。\n'],
  invalid: [
    { text: '呢份危疾計劃係全港最全面嘅保障。\n', found: [''] },
    { text: '報酬率完勝其他家 😍\n', found: [''] },
    { text: '這張真的是我看過CP值最高的。\n', found: [''] },
    { text: '复利滚一滚，收益翻几番！\n', found: [''] },
  ],
});

// No second one on the market, the best seen, above all its peers, millions with ease; a warning about high returns is none.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [
    '高收益通常意味着高风险，请按风险测评结果选择产品。\n',
    '顶格给付是指按保险金额的100%给付保险金。\n',
    '客户说想要收益最高的，我跟他讲保险首先看保障。\n',
  ],
  invalid: [
    { text: '这份年金的回报，全市场没有第二款。\n', found: [''] },
    { text: '做了十几年理财，这是我见过最好的一款。\n', found: [''] },
    { text: '这款的结算利率比同类产品都高。\n', found: [''] },
    { text: '每月存一点，退休后轻松领取上百万。\n', found: [''] },
    { text: '全省最受欢迎的养老年金。\n', found: [''] },
  ],
});

// Beating inflation beside beating deposits is the comparison (reviewers name that one); alone it is the exaggeration.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['跑赢定期、对抗通胀，这份年金帮您规划养老。\n'],
  invalid: [{ text: '这款年金长期跑赢通胀。\n', found: [''] }],
});

// Slogans vetoed by compliance.
ruleTester('exaggerated-return', {
  kind: 'notice',
  valid: ['以下宣传语已被合规部否决：“收益之王”“全网第一”，请勿转发。\n'],
  invalid: [{ text: '收益之王，全网第一！\n', found: ['', ''] }],
});

// Ranked top nationally, nothing as high to be found, wealth pouring in.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['据行业协会统计，该地区保费收入全国排名第十二。\n'],
  invalid: [
    { text: '这款的分红水平全省排前三。\n', found: [''] },
    { text: '再也找不到收益这么高的年金了。\n', found: [''] },
    { text: '一次投保，财富滚滚而来！\n', found: [''] },
  ],
});

// None better seen in a career; several times over.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['有人问能翻几倍，我说实话，翻不了，这是养老年金。\n'],
  invalid: [
    { text: '我干这行十年，没见过收益比它更高的。\n', found: [''] },
    { text: '交二十万，退休时能翻个三四倍。\n', found: [''] },
  ],
});

// The only one in Hong Kong.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['全港持牌保險公司均須遵守保監局指引。\n'],
  invalid: [{ text: '年年派六厘，全港得呢份！\n', found: [''] }],
});

// The best time to call is no superlative; growth without limit and leading the market are.
ruleTester('exaggerated-return', {
  kind: 'web',
  valid: ['最佳聯絡時間：星期一至五上午十時至下午六時。\n'],
  invalid: [{ text: '複息之下，你嘅錢會無限增長。\n', found: [''] }, { text: '这款收益持续领跑市场。\n', found: [''] }],
});

// Not superlatives: 单独一家, 最好的证明, a higher return than a deposit's. A floor on a rate beside its guarantee,
// money said only to grow, living off the interest beside deposit wording: the other rule's.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [
    '银行和保险公司联合推出的，两家一起担着，比单独一家稳。\n',
    '已经有两万多位老客户领到钱了，这就是最好的证明。\n',
    '本产品投资账户由保险公司承诺年化收益不低于5%。\n',
    '就当给自己买个保险箱，钱放进去只会变多，不会变少。\n',
    '大爷，本金一分不动，每年光吃利息就够您零花了。\n',
  ],
  invalid: [
    { text: '零风险 · 高回报 · 稳稳的幸福\n', found: ['高回报'] },
    { text: '呢隻plan啲紅利勁到爆，回報完全唔似保險。\n', found: [''] },
    { text: '某大学金融学院教授：这是目前最稳健的资产配置工具。\n', found: [''] },
    { text: '收益率10%起！\n', found: [''] },
    { text: '年化收益不低于5%，行业第一。\n', found: ['', ''] },
  ],
});

// Above a figure, tumbling upward, historic; not a quoted claim called nonsense or an exaggeration so named,
// the best time to buy said to vary, or everyday life (the best book of the year).
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [
    'Karen：張生，啲人話「年年翻倍」係亂講㗎，你睇返官方利益說明就得。\n',
    '最佳投保时机因人而异，请根据家庭收入和保障需求理性决定。\n',
    '这是我今年读过最好的一本书，强烈推荐给大家📚\n',
  ],
  invalid: [
    { text: '供款5年，回報率超過200%！\n', found: [''] },
    { text: '只要买了，养老钱就翻着跟头往上涨。\n', found: [''] },
    { text: '这收益简直是历 史 级 别，家人们冲冲冲\n', found: [''] },
  ],
});

// Asked whether anything pays more; "better to" is no superlative.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['利率隨時會調降，最好在這波結束前趕快卡位。\n'],
  invalid: [{ text: '還有比這收益更高的嗎？反正我在銀行做了十五年沒見過。\n', found: [''] }],
});
// Called high, a figure is the exaggeration, not a promise.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['万能账户当前结算利率4.5%，业内罕见的超高收益。\n'],
  invalid: [{ text: '万能账户结算利率4.5%，稳稳到手。\n', found: ['', ''] }],
});

// Rich for life or for three generations, a hundredfold; not everyday superlatives.
ruleTester('exaggerated-return', {
  kind: 'web',
  valid: ['这部电影是我今年看过最好的，没有之一，哭到纸巾用完\n', '这家店的烤鸭真的是天花板级别，yyds！\n'],
  invalid: [
    { text: '一张保单富三代，家族传承首选💎\n', found: [''] },
    { text: '以小博大，一份保费撬动百倍收益。\n', found: ['', ''] },
  ],
});

// A superlative taken back (the best is what suits you; no plan is best for everyone) claims nothing; said of this product it does.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['最好嘅就係最啱你預算嘅嗰份，我哋逐項睇。\n', '选保险时要明白，并不存在一个对谁都最优的方案，先看需求再看预算。\n'],
  invalid: [{ text: '这款是今年市面上最好的年金，没有之一。\n', found: ['', ''] }],
});

// A seller penalised for a claim, reported: the claim is quoted, not made.
ruleTester('exaggerated-return', {
  kind: 'web',
  valid: ['某代理人在短视频中宣传“年化收益高达9%”，被所属公司处以停止展业三个月的处分。\n'],
  invalid: [{ text: '年化收益高达9%，闭眼入！\n', found: [''] }],
});

// Everyday superlatives (a noodle shop, a trip, a grade) claim nothing about a policy.
ruleTester('exaggerated-return', {
  kind: 'web',
  valid: ['这家火锅真的是本地天花板了🔥 #美食探店\n', '这次云南之旅是我今年最佳决定，没有之一🏔️\n'],
  invalid: [{ text: '这款增额寿真的是全网天花板了🔥\n', found: [''] }],
});

// Several times what was paid in; the industry leader.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['领回来的总额取决于领取年限，合同利益表里每一年都列得清清楚楚。\n'],
  invalid: [
    { text: '交一次钱，一直领到一百岁，领回来的是交进去的好几倍。\n', found: [''] },
    { text: '我们公司分红一直是行业领头的。\n', found: [''] },
  ],
});

// A figure called the least one can expect, in a seller's words; a careful seller's caution stays clean.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['经理：保守起见，我建议您按低档演示来规划，别把中档当成一定能拿到的数。\n'],
  invalid: [
    { text: '经理：这个账户保守估计一年也有百分之六七，行情好还能更多。\n', found: ['保守估计一年也有'] },
    { text: '经理：十万进去，八年后就是十五万，这还是最少的。\n', found: ['这还是最少的'] },
    { text: '经理：这个收益您就往高了想，错不了。\n', found: ['往高了想'] },
  ],
});

// More paid out than paid in, as a promise; said with a guarantee, reviewers name the guarantee.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['我保证您到期领的钱比交的多，一分不会少。\n', '身故保险金按已交保险费的160%给付。\n'],
  invalid: [{ text: '每年领的钱比你交的还多，养老不用愁💰\n', found: ['领的钱比你交的还多'] }],
});

// Plenty for a lifetime, money come by easily, assets multiplied, rates at the top, the best
// return in Cantonese; a harvest doubled and a question about which return is highest stay clean.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['今年全乡玉米亩产创历史最高，比五年前翻了一番。\n', '大額存單、國債、增額壽，誰的長期回報最高？答案在第四格。\n'],
  invalid: [
    { text: '紅利豐厚，一生享之不盡。\n', found: ['享之不盡'] },
    { text: '老哥，交三年领一辈子，这钱来得比种地容易多了。\n', found: ['钱来得比种地容易'] },
    { text: '第30年末账户价值可达486万元，资产足足翻了五番！\n', found: ['资产足足翻了五番'] },
    { text: '這波宣告利率真的頂天了🔥\n', found: ['利率真的頂天了'] },
    { text: '呢隻係我哋行今年賣得最好、回報最靚嗰隻。\n', found: ['回報最靚'] },
  ],
});

// A benefit's cap stated is no return claim.
ruleTester('exaggerated-return', {
  kind: 'description',
  valid: ['重大疾病保险金最高可达100万元，具体以基本保险金额为准。\n'],
  invalid: [],
});

// Money in against money out as a multiple or a payback in a year; best in the territory in Cantonese.
// A death benefit as a share of premiums and a surrender warning stay clean.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['身故保险金为已交保费的120%。\n', '犹豫期后退保，退还现金价值，可能低于已交保费。\n'],
  invalid: [
    { text: '投10万，领100万！\n', found: ['投10万，领100万'] },
    { text: '交够5年，这张保单一辈子能领回来的钱是交的20倍。\n', found: ['是交的20倍'] },
    { text: '保單年度第十年，現金價值即達所交保費的200%！\n', found: ['所交保費的200%'] },
    { text: '您这十万放进来，一年就能回本。\n', found: ['一年就能回本'] },
    { text: '全澳門冇第二隻計劃紅利派得咁勁。\n', found: ['全澳門冇第二隻'] },
  ],
});

// The best time to buy is no best product.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['最佳的投保時機是你真的需要保障的時候，不是看報酬。\n'],
  invalid: [],
});

// Nothing to fault, a fortune for a small stake, money back as a multiple at maturity, the cash value's growth
// outdoing the trade; a market report of rises stays clean.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['据统计，上月沪深300指数涨幅为2.1%。\n'],
  invalid: [
    { text: '这款收益高、保障全、流动性好，挑不出一个缺点。\n', found: [''] },
    { text: '一次投入，终身受益，一本万利的事情。\n', found: ['一本万利'] },
    { text: '投1万，到期领回3万+！\n', found: ['投1万，到期领回3万'] },
    { text: '史上最强增额寿🚀 现价涨幅碾压同行\n', found: [''] },
  ],
});

// Money in against money out with words between, hardly any other like it, a small stake for a big return.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: [
    '销售：交5万保费，如发生意外身故可领50万保险金，这是保障，不是收益。\n',
    '销售：收益这么好的产品我没见过，我也不信，您看合同里的保证部分就行。\n',
  ],
  invalid: [
    { text: '销售：存十万进去，活到八十岁能领五十多万回来。\n', found: [''] },
    { text: '销售：去年分红率都有六点八，放眼全国也找不出几家。\n', found: ['放眼全国也找不出几家'] },
    { text: '销售：这收益老带劲了，杠杠的，别家的都比不了。\n', found: [''] },
    { text: '小投入，大回报：给孩子的教育金，可以撬动十倍收益。\n', found: ['小投入，大回报', '撬动十倍收益'] },
  ],
});

// A dividend notice's shares of the distributable surplus are statistics.
ruleTester('exaggerated-return', {
  kind: 'description',
  valid: ['2. 本年度可分配盈余来源：利差收益约占72%，死差收益约占19%，费差收益约占9%。\n'],
  invalid: [{ text: '这款年金的收益高达8%，业内罕见！\n', found: ['收益高达8%', '业内罕见'] }],
});

// What others want or what the product is not for: no claim that it is the best.
ruleTester('exaggerated-return', {
  kind: 'web',
  valid: [
    '我们这款年金不追求高收益，定位就是养老现金流，想要高收益的朋友请看别的产品。\n',
    '这款产品不是拿来翻倍的，定位就是养老现金流。\n',
    '这款年金我不跟您吹收益，收益最高的那些产品风险也大，这个是养老钱，图的是稳当。\n',
  ],
  invalid: [{ text: '这款年金收益最高，想要高收益就选它。\n', found: ['收益最高'] }],
});

// Everyday posts with no word of a policy: a dish, an exam, a canteen's menu.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['这家的红烧肉是全城最好吃的，没有之一😋\n'],
  invalid: [{ text: '这款年金的收益是全城最好的，没有之一。\n', found: ['全城最好', '没有之一'] }],
});
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['这次期末保底能拿个80分吧，祈祷🙏\n', '凡是跟你说“保本保息”“稳赚不赔”的保险销售，建议直接截图留证据。\n'],
  invalid: [{ text: '这款年金保本保息，稳赚不赔。\n', found: ['保本保息', '稳赚不赔'] }],
});
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['食堂今天是麻辣香锅最后一天供应，明天换菜单啦🌶️\n'],
  invalid: [{ text: '这款年金今天是最后一天销售，明天就停售啦！\n', found: ['今天是最后一天', '明天就停售'] }],
});
ruleTester('inducement', {
  kind: 'promo',
  valid: ['当初冲着“送金条”买的保险，后来金条没见到，退保还亏了三千，记录一下维权过程。\n'],
  invalid: [{ text: '买这款年金就送金条，先到先得！\n', found: [''] }],
});

// Round 14: fighting talk for the best, money grown into a house or a car, the best year as the product,
// dividends said to exceed the premium.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['投资账户历史最高年化收益率不代表未来表现，投资风险由投保人承担。\n'],
  invalid: [
    { text: '这是今年最能打的一款年金。\n', found: [''] },
    { text: '每年放一笔进去，二十年后就是一套房子的首付。\n', found: [''] },
    { text: '历史最高结算利率6.5%，错过可惜！\n', found: [''] },
    { text: '好多客户领到的分红比交的保费还多。\n', found: [''] },
  ],
});
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['这款年金跑不跑得赢银行定期，谁也不能保证，您别拿它跟存款比。\n'],
  invalid: [{ text: '这款年金的收益跑得赢银行定期。\n', found: [''] }],
});

// Steering away whoever wants a high return, a warning to weigh such claims; the claim itself still counts.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: [
    '销售：这款主要是保障，收益确实不高。您要是奔着高收益去的，这个不适合您。\n',
    '专家提醒：购买长期保险前，应先评估家庭流动性需求，谨慎对待“高收益”宣传。\n',
  ],
  invalid: [{ text: '销售：收益全市场最高，闭眼入！\n', found: [''] }],
});

// Quoted claims called a con (说什么“收益翻倍”的都是忽悠人的) are a warning.
ruleTester('exaggerated-return', {
  kind: 'web',
  valid: ['评论区：说什么“收益翻倍”的都是忽悠人的吧？\n'],
  invalid: [{ text: '这款收益翻倍，稳稳的！\n', found: [''] }],
});

// Top three by return; of cosmic class; the illustration's tiers said to be cautious. A statistic of the first three quarters is not a rank.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['销售：公司前三季度的保费收入同比增长12%，这是经营数据，跟您保单的收益没有关系。\n'],
  invalid: [
    { text: '销售：阿姨，我们这款在全国都是排得上号的，收益前三。\n', found: ['', '收益前三。'] },
    { text: '一生只需这一张，养老、传承、理财全搞定，宇宙级配置。\n', found: [''] },
    { text: '销售：演示表里高档那一栏才是它的真实水平，中档都是往保守里说的。\n', found: [''] },
  ],
});

// Top of the charts, none daring to claim first.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['这款产品在同期产品中属于中等水平，分红不保证，请结合自身需要选择。\n'],
  invalid: [{ text: '养老界的“顶流”，同期产品里它说第二没人敢说第一\n', found: ['养老界的“顶流', '说第二没人敢说第一'] }],
});

// Returns said to explode, hype to charge in, very high in Cantonese.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['這份計劃的非保證回報視乎投資表現，可能較說明為低。\n'],
  invalid: [
    { text: '买到就是赚到，越早买收益越爆！\n', found: [''] },
    { text: '姐妹们，这款分红险去年实际分红率5.2%！！！冲就完了\n', found: [''] },
    { text: '長線持有，回報可以去到好高，退休生活唔使憂。\n', found: [''] },
  ],
});

// Net slang for the best there is; the plain description beside it stays clean.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['这款年金交费灵活、领取方式可选，适不适合您要看家庭的养老安排。\n'],
  invalid: [
    { text: '闭眼冲就完事了，这款是养老赛道的六边形战士，谁买谁知道💪\n', found: [''] },
    { text: '养老问题的终极答案：一张保单，搞定后半生所有开销。\n', found: [''] },
    { text: '同类产品里就数我们家领得最多，不信您拿任何一家来比。\n', found: [''] },
  ],
});

// Net slang for beating all, and "the only one on the market"; a ranking with its source is left alone.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['据某财经媒体2025年榜单（2026年1月发布），本产品入选“年度养老年金产品”十款之一，榜单不代表收益水平。\n'],
  invalid: [
    { text: '年金圈的“卷王”，一款卷赢一众同行 🏆\n', found: ['', '卷赢'] },
    { text: '这是目前市面上唯一一款还能锁住3%的产品。\n', found: [''] },
    { text: '这收益老带劲了，啥也比不了，整就完了。\n', found: [''] },
  ],
});

// Far ahead of all, in slang.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['这款增额寿的有效保额按合同每年递增2.0%，在同类产品中属于常见水平。\n'],
  invalid: [
    { text: '我家就是做这个的我跟你讲，这个收益在同期产品里断档领先，别家连尾灯都看不到。\n', found: ['', '连尾灯都看不到'] },
    { text: '分红型＝分红＋保底＋终身领，一份就把养老问题全部搞定。\n', found: [''] },
  ],
});

// A saying quoted whole and queried, then answered.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['「年金天花板」？你睇清楚啲啦，佢計嗰個係身故賠償，唔係你攞到手嘅錢。\n'],
  invalid: [{ text: '年金天花板？係呀，呢隻就係！\n', found: [''] }],
});

// First in a score, unbreakable, better the longer it runs.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['这款年金的保障期限较长，适合有长期养老规划的家庭，具体以条款为准。\n'],
  invalid: [
    { text: '这不是一张保单，这是给家族财富修的护城河，坚不可摧。\n', found: [''] },
    { text: '理财规划师团队测评：这款年金综合得分第一。\n', found: [''] },
  ],
});

// A multiple held out as a hope reads as hype even when the illustration is named; not when the same
// sentence says the dividend is uncertain.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['按高档演示，二十年后有望达到所交保费的两倍，但分红是不确定的，可能为零。\n'],
  invalid: [{ text: '大家看演示表中档那一列，等孙子结婚那年，有望是您当年交进去的好几倍。\n', found: [''] }],
});

// Hype quoted from the internet to warn against it; a wish sent elsewhere by the seller.
ruleTester('exaggerated-return', {
  kind: 'web',
  valid: [
    '网上喊“史上最强”的增额寿，多半是拿最高情景试算的，买之前看保证现金价值。\n',
    '想要钱越滚越多？那是投资的事。这份年金管的是老了以后每年有一笔确定的钱。\n',
  ],
  invalid: [{ text: '史上最强增额寿来了，钱越滚越多！\n', found: ['', ''] }],
});

// Far ahead, the luxury of its kind, riches for three generations, sold at a loss.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['本产品不参与任何排名，收益以合同约定为准。\n'],
  invalid: [
    { text: '同期产品里断层第一，别家拍马都追不上。\n', found: ['', ''] },
    { text: '年金险里的劳斯莱斯，值得拥有。\n', found: [''] },
    { text: '一张保单，富足三代人。\n', found: [''] },
  ],
});

// Nothing second to pick, the rest not worth a look, god-tier.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['市面上同类年金不少，各有特点，建议您对比条款后再决定。\n'],
  invalid: [
    { text: '这收益，闭着眼睛挑都挑不出第二个。\n', found: [''] },
    { text: '这款一出来，其他年金都没法看了。\n', found: [''] },
    { text: '简直是神级产品。\n', found: [''] },
  ],
});

// The king of returns, better than all of its kind, a return no ordinary channel gets, a fractional multiple.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['同类产品各有侧重，本产品的保证利益以合同为准，不与其他产品比较。\n'],
  invalid: [
    { text: '呢隻計劃係全港回報王。\n', found: [''] },
    { text: '普通渠道根本拿不到这个收益。\n', found: [''] },
    { text: '每年复利增长，30年后资产翻2.8倍。\n', found: [''] },
  ],
});

// Topping the chart, the smart money, a private fund's return.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['本产品不参与任何销售排行，过往业绩不代表未来表现。\n'],
  invalid: [
    { text: '这款连续三个月霸榜！\n', found: [''] },
    { text: '比肩头部私募的长期回报。\n', found: [''] },
  ],
});

// Round 30: sales boasted as a rank or a sum; not a referral's reward, a seller's tally, a statistic, a complaint reply
// quoting it, nor (the pressure's) sales told beside a quota running out.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [
    '老客户转介绍，每成交一单给您包一千的红包。\n',
    '2025年全行代理保险保费收入同比增长12%，一季度签下2000单。\n',
    '昨天一天卖了800万，总行刚通知最后一批额度，要的私我🙋‍♀️\n',
  ],
  invalid: [
    { text: '上线一周卖出8个亿，这收益谁看了不心动？\n', found: [''] },
    { text: '一场直播卖了3个亿，评论区都在刷“收益真香”，你还在观望？\n', found: [''] },
    { text: '全台熱銷第一名！宣告利率傲視同業。\n', found: [''] },
    { text: '連續五年保費收入冠軍，選它就對了！\n', found: [''] },
  ],
});
ruleTester('exaggerated-return', {
  kind: 'regulation',
  valid: ['投诉回复：您反映的“上线一周卖出8亿”宣传语经核查无事实依据，相关海报已下架，涉事人员已处理。\n'],
  invalid: [],
});

// From final30: every need met by one policy, the most trusted with no award named; a refusal and a bank's award are not.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['一张保单不可能养老、教育、传承全搞定，要按需配置。\n', '本行荣获“2024年度最受欢迎手机银行”称号，感谢广大客户支持！\n'],
  invalid: [
    { text: '一张保单，养老、教育、传承、避债全搞定。\n', found: [''] },
    { text: '2025年度最受家长信赖的教育金——「金色未来」\n', found: [''] },
  ],
});

// Round 31: a policy as a family's wealth code; a proverb's "best time" is no superlative.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['种树最好的时间是十年前，其次是现在——前提是这块地（这笔闲钱）十几年都用不上，不然别急着种。\n'],
  invalid: [{ text: '一张保单，三代人的财富密码。\n', found: [''] }],
});

// From final31: a second salary, rich in one's sleep, real dividends running ahead of the illustration; a disclaimer is not.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['过往实际分红不代表未来，实际分红可能低于演示。\n'],
  invalid: [
    { text: '月入兩萬都可以瞓住變富，保單就係你嘅第二份人工💸\n', found: ['', '保單就係你嘅第二份人工'] },
    { text: '这款分红险的实际分红一直跑在演示前面，去年客户拿到的比中档还高出一大截。\n', found: [''] },
  ],
});

// From round 32: the contract's sum set against the internet's hype, refused, is no growth claimed; the bare sum is.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['每年交3万、交5年，按合同，孩子18岁时现金价值是18.9万；网上说能变一百多万的，那不是这类产品能做到的。\n'],
  invalid: [{ text: '十万块放进来，退休时变成三十万。\n', found: [''] }],
});

// From round 32: a multiple called cautious, a sum at the least.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '姐妳相信我，這張放個二十年，翻一倍都還算保守的說法\n', found: [''] },
    { text: '您现在拿30万进来，不用管它，等孙子上大学那年，怎么也得有四十五六万。\n', found: [''] },
  ],
});

// A picture said to be only a picture.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['红利部分不保证；“滚雪球”只是个比喻，实际利益可能低于演示。\n'],
  invalid: [],
});

// From final33: the all-rounder of annuities.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: '这款就是年金险里的“六边形战士”。\n', found: [''] }],
});

// From round 35: more slang for the best (扫地僧, 断层式领先, 唯一解, 甩同业几条街, 封神, 包租公, interest past counting);
// a deposit left far behind is the comparison rule's, and a list of banned words in training is no boast.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['合规提示：“扫地僧”“封神”“唯一解”等说法禁止用于宣传材料。\n'],
  invalid: [
    { text: '这款增额寿就是养老圈的扫地僧，不声不响就赢了。\n', found: [''] },
    { text: '结算利率断层式领先！\n', found: [''] },
    { text: '今年的年金里它就是唯一解，别的不用看。\n', found: [''] },
    { text: '宣告利率甩同业好几条街。\n', found: [''] },
    { text: '这款年金已经封神了，冲！\n', found: [''] },
    { text: '每年领的钱比收租还多，包租公都没您舒服。\n', found: [''] },
  ],
});

// A seller saying it does not suit a wish for gains; a policy loan's rate is no return.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: [
    '您要是想让钱翻倍，这款真不适合您，它管的是长寿风险。\n',
    '说实话这款不是冲收益的产品，想要高回报，我建议您别在这儿花时间。\n',
    '保单贷款利率5%，以公司每期公布为准。\n',
  ],
  invalid: [],
});

// A return said to be considerable with its intensifier, rolling in, compounding said to be astonishing, a big sum no
// surprise, a flat lost by missing it; not a return said to be more considerable than savings (the comparison's).
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['跟存款比，这个更适合长期放钱，收益也更可观。\n'],
  invalid: [
    { text: '這張是爆款，報酬率超可觀。\n', found: [''] },
    { text: '一份保单，三代传承，收益滚滚来\n', found: [''] },
    { text: '複利滾落去好驚人㗎，七十歲攞到兩百萬都唔出奇。\n', found: ['', '兩百萬都唔出奇'] },
    { text: '新规落地前最后一周，错过等于少领一套房\n', found: [''] },
  ],
});

// Slang for gains beyond measure; not a seller who says the customers did not get rich.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['有人说买了就能赚麻？别信，分红不保证，演示只是演示。\n'],
  invalid: [{ text: '前年跟我买的客户现在都赚麻了，这收益谁看了不迷糊。\n', found: [''] }],
});

// Earning the more the longer, ranked among the best, a yuan become three; not a ranking of service.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['本公司客服热线接通率在行业里排名靠前，欢迎来电咨询保单服务。\n'],
  invalid: [
    { text: '复利的威力：第30年现金价值是已交保费的2.4倍，活得越久赚得越狠。\n', found: ['', '赚得越狠'] },
    { text: '精算师都说了，这款的IRR在市面上排得上号。\n', found: [''] },
    { text: '万能账户存一块变三块，谁用谁知道。\n', found: [''] },
  ],
});

// A game's strongest line-up is no return.
ruleTester('exaggerated-return', {
  kind: 'inferred',
  valid: ['新赛季最强阵容：双辅助加射手，胜率最高。\n'],
  invalid: [{ text: '本季最强年金险，欢迎到网点咨询。\n', found: [''] }],
});

// Several millions to come out of the premium; not a seller refuting it.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['客户：听说能领一百多万？\n经理：没有这回事，演示只是假设，实际领多少不确定。\n'],
  invalid: [{ text: '三十万交进去，到八十岁能拿回两百多万。\n', found: [''] }],
});

// The top figure held out (IRR 最高3.9%), the top of all products in any words, inflation beaten by so many points a clause
// later; not the top of the bank's own deposit terms, nor a ranking's year read as an annual report.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['全县农商行所有存期里最高的也就2.0%，具体以各行挂牌为准。\n'],
  invalid: [
    { text: 'IRR 最高3.9%!!! 🚀🚀\n', found: [''] },
    { text: '这款的现金价值曲线，是目前所有在售产品里最陡的。\n', found: [''] },
    { text: '长期通胀按3%算，它复利3.5%，实打实跑赢半个点。\n', found: [''] },
    { text: '同类产品收益排名第一（据某第三方测评机构2026年报告）\n', found: [''] },
  ],
});

// A product named the year's best in its award; not a company's service award or a bank's own title.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [
    '本公司荣获“2025年度最佳理赔服务奖”（评选机构：某财经媒体，评选年度2025）。\n',
    '锦川银行荣获“年度最佳零售银行”称号，感谢广大客户的支持。\n',
  ],
  invalid: [{ text: '荣获“年度最佳银保产品”大奖，权威财经媒体联合推荐。\n', found: [''] }],
});

// A buyer's account told as grown since; not a complaint about an account that shrank.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['客户投诉：业务员当时拍胸脯说“保证不亏”，现在账户价值缩水三成，我要求撤单。\n'],
  invalid: [{ text: '这款分红险前年有位客户买了二十万，现在账户里都快四十万了。\n', found: [''] }],
});

// A game's champions and double experience are no product's returns.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['电竞大赛冠军战队推荐的出装思路，新手也能轻松上手。\n'],
  invalid: [{ text: '年度冠军产品，收益稳居同类第一。\n', found: ['', ''] }],
});

// A house more in retirement; a dare that nothing pays more.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['买房还是买保险？两者用途不同：房产满足居住，年金保险提供长期现金流，请按自身需要安排。\n'],
  invalid: [
    { text: '每天一杯奶茶钱，退休多领一套房💰\n', found: ['多领一套房'] },
    { text: '这个收益啊，同期您能找到比它高的，我请您吃饭。\n', found: ['找到比它高的，我请'] },
  ],
});

// Other products left streets behind; one policy keeping three generations.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['反面话术：“收益甩余额宝几条街”“一份保单养三代人”——均属夸大宣传，一经发现按违规处理。\n'],
  invalid: [
    { text: '▲图：同样10万元，它20年后的账户价值把其他产品甩出几条街\n', found: ['把其他产品甩出几条街'] },
    { text: '存一笔钱，养三代人。\n', found: ['养三代人'] },
  ],
});

// Ranked in the trade's top few.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['据行业协会统计，2025年人身险公司原保费收入同比增长5.2%。\n'],
  invalid: [{ text: '近5年实际结算利率均值4.6%，行业前三。\n', found: ['行业前三'] }],
});

// Last year's figure, this year's sure to be higher; last year's figure told as the past stays clean.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['去年分红实现率为102%，过往表现不代表未来，今年的红利以公司公告为准。\n'],
  invalid: [{ text: '去年分红实现率135%，今年大概率更高，您现在买正好赶上。\n', found: ['去年分红实现率135%，今年大概率更高'] }],
});

// A phone or a car more a year, as a house more in retirement (9 of 11 corpus items an exaggeration).
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['培训第12页 禁用表述：“一年多赚一部手机”，属夸大收益，一律不得使用。\n'],
  invalid: [
    { text: '一年多赚一部手机📱，十年多赚一辆小车🚗，就这么简单。\n', found: ['多赚一部手机', '多赚一辆小车'] },
    { text: '一年多出一部手机的钱，您不心动？\n', found: ['多出一部手机'] },
  ],
});

// Among the trade's best (位居行业前列).
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['本公司理赔时效位居行业前列（来源：行业协会2025年服务评价，仅反映服务）。\n'],
  invalid: [{ text: '本产品收益水平位居行业前列。\n', found: ['收益水平位居行业前列'] }],
});

// Doubling declined or put decades off in the seller's answer.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: [
    '客户：能翻倍吗？理财经理：翻倍我不敢说，它主要是一份保障，钱放得久一点才有意义，中途退是要吃亏的。\n',
    '客户：能不能翻倍？ 理财经理：要翻倍得很多很多年，而且取决于分红，我没办法给您这个预期。\n',
  ],
  invalid: [{ text: '理财经理：这款十二年稳稳翻倍。\n', found: ['这款十二年稳稳翻倍'] }],
});

// A return in the estate's top three, left to the reader to imagine, several times the other's.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['客户问收益能有多高，我说演示只是假设，实际可能高于也可能低于演示，合同写明的只有保证部分。\n'],
  invalid: [
    { text: '講真，呢個回報喺我哋成個屋邨都排得入頭三，冇誇張。\n', found: ['回報喺我哋成個屋邨都排得入頭三'] },
    { text: '行里同事自己都偷偷买了三份，收益好到什么程度，您自己品。\n', found: ['收益好到什么程度'] },
    { text: '擺銀行食息？倒不如擺落呢度，回報高幾倍都有\n', found: ['回報高幾倍'] },
  ],
});

// The highest rate of its kind, the trade's top three.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['2025年度，行业结算利率最高为3.5%、最低为2.0%（数据来源：行业协会年报），过往结算利率不代表未来。\n'],
  invalid: [
    { text: '同类产品中预定利率最高\n', found: [''] },
    { text: '结算利率连续38个月稳居同业TOP3 🏆\n', found: [''] },
  ],
});

// A return grown into a flat or a car; a customer's question answered with the uncertainty is not.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['客户问能不能拿它付首付，我说够不够首付要看那时的房价和实际分红，我不能替您打包票。\n'],
  invalid: [
    { text: '您投的这份，放到孙子结婚都够买套房了。\n', found: ['够买套房'] },
    { text: '一年一個樓花首期，二十年後你會多謝今日嘅自己。\n', found: ['樓花首期'] },
  ],
});

// A sum to startle, money too much to use: exaggeration; a comparison's startle is the comparison's.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['收益多少要看分红实际情况，我不能说会让您吓一跳。\n'],
  invalid: [
    { text: '你而家供住先，十年後睇返個數，包你嚇一跳。\n', found: ['包你嚇一跳'] },
    { text: '啲分紅多到你唔識用，一退休即刻變富翁。\n', found: ['多到你唔識用'] },
  ],
});

// A multiple read off the contract's table, said after it, is a fact.
ruleTester('exaggerated-return', {
  kind: 'script',
  valid: ['您看这张表，第30年现金价值是已交保费的2.1倍，这是合同现金价值表里的数，前几年退保会低于保费。\n'],
  invalid: [{ text: '第30年现金价值是已交保费的5倍，闭眼买。\n', found: [''] }],
});

// A car got ready, a school-district flat's down payment (首期).
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: '这钱交进去，等于给孙子提前备好了一台车。\n', found: ['备好了一台车'] },
    { text: '一份保單＝一套學區房首期＋一輩子的體面養老\n', found: ['學區房首期'] },
  ],
});
