import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('return-comparison', {
  kind: 'promo',
  valid: [
    // The choice left to the customer; a customer's question reported.
    '有人私信问我年金险和国债选哪个，我真没法替你选。\n',
    '吃面的时候顺手回了三条私信，都是问“和大额存单哪个划算”。我的回答一律是：别放在一起比。\n',
    '保险产品的收益不能与银行存款、基金简单比较。\n',
    '请勿将本产品的结算利率与银行存款利率进行对比。\n',
    '本产品与银行存款、基金等产品不同，不能简单比较收益。\n',
    '与同类保险产品相比，本产品的保障范围更广。\n',
    // A risk warning compares risk, not returns.
    '投资连结保险的风险比银行存款高，请您根据风险测评结果谨慎选择。\n',
    '本产品的流动性不如银行存款，提前退保可能遭受损失。\n',
    '定期存款到期后，您可以根据自身需要选择是否配置保险。\n',
    '万能账户的结算利率按月公布，保险公司可能不定期调整，超过最低保证利率的部分不确定。\n',
  ],
  invalid: [
    // Savings' faults named, this product taking the best of both.
    { text: '理财不保本、存款收益低，这款两头都占。\n', found: ['两头都占'] },
    // Stocks and gold as the yardstick.
    { text: '我一个老客户，前年放了50万，今年分红一出来他自己都乐了，比他炒股强多了。\n', found: ['比他炒股强多了'] },
    { text: '这个年金险收益比黄金稳多了，还不用担心买在山顶。\n', found: ['收益比黄金稳多'] },
    // A deposit's rate, then the customer invited to weigh it against this one.
    { text: '大额存单利率都掉到2以下了，分红险去年实现率还有一百多，您自己掂量掂量。\n', found: [''] },
    { text: '余额宝都破1了，这个还能有3，您品品。\n', found: [''] },
    // Left streets behind by any count, outdone for certain.
    { text: '收益甩余额宝八条街🏃💨\n', found: [''] },
    { text: '金瑞年金，收益稳超本行理财！\n', found: [''] },
    // Its return said to match the deposit's.
    { text: '這款年金息口媲美定期，仲有身故保障。\n', found: [''] },
    // Savings said not to return as much, in Cantonese.
    { text: '國債都冇咁高回報，呢個仲要包埋身故保障。\n', found: [''] },
    { text: '收益比定期存款高，还有身故保障。\n', found: ['收益比定期存款高'], suggested: '还有身故保障。\n' },
    // Safety likened to a deposit is deposit-wording; the return claim beside it is the comparison.
    { text: '这款产品就像存款一样安全，收益还更高。\n', found: ['收益还更高'], suggested: '这款产品就像存款一样安全。\n' },
    { text: '结算利率远超银行理财，闭眼入。\n', found: ['结算利率远超银行理财'] },
    { text: '过去五年分红率比三年期国债高出一大截。\n', found: ['分红率比三年期国债高出'] },
    { text: '同样的钱，放在这里比放在银行更划算。\n', found: ['比放在银行更划算'], suggested: '同样的钱。\n' },
    { text: '钱存银行不如买保险，利息低还跑不赢通胀。\n', found: ['存银行不如买'] },
    { text: '年化收益率高于同期银行存款利率。\n', found: ['年化收益率高于同期银行存款'] },
    { text: '**比存款划算多了！**\n', found: ['比存款划算多了'] },
    { text: '和存款一样安全，收益却是定期的两倍。\n', found: ['收益却是定期的两倍'] },
  ],
});

// A seller's reply that says this product gives more than the savings a customer asks about.
ruleTester('return-comparison', {
  kind: 'script',
  valid: [
    '客户：和定期比哪个收益高？销售：两者性质不同，没法直接比。\n',
    '客户：和定期比哪个收益高？销售：定期是存款，这是保险，不能简单比较。\n',
  ],
  invalid: [
    { text: '客户：和我买的理财比哪个收益高？销售：这个要高一些，您放心。\n', found: ['要高'] },
    { text: '客户：这个跟定期比，哪个划算？ 销售：当然是这个，您算算就知道。\n', found: ['当然是这个'] },
  ],
});

// A comparison asked and refused in the next sentence; the bank unable to give the return.
ruleTester('return-comparison', {
  kind: 'web',
  valid: ['與國債相比如何？本頁面不作此類比較，請閱讀產品說明書中的利益演示並注意其不確定性。\n'],
  invalid: [{ text: '这收益，银行可给不了。\n', found: ['收益'] }],
});

// A rhetorical question the next sentence goes on from makes one claim with it.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: [
    '定期利息越来越低？这款年金是保险产品，不是存款，收益不保证，请谨慎比较。\n',
    '还在为养老发愁？这款年金提供终身领取的养老金，具体以合同为准。\n',
  ],
  invalid: [{ text: '不想让钱在银行里“躺平”？这款年金让同样的钱多赚一点。\n', found: ['这款年金让同样的钱多赚'] }],
});

// An exclamation the next sentence goes on from: the deposit's fall, then this product's rate.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: [
    '存款利率又降了！这款年金是保险产品，不是存款，请勿与存款利率比较。\n',
    '存款利率又降了！本行三年期大额存单年利率1.75%，20万元起存。\n',
  ],
  invalid: [
    { text: '存款利率又降了！！这里还是3.5%↑ 欢迎进店咨询\n', found: ['这里还是'] },
    { text: '银行理财都破净了，您还放那儿干嘛？换这个，起码不会倒亏。\n', found: ['换这个'] },
  ],
});

// A line broken after a semicolon goes on with the same sentence.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['本行三年期大额存单年利率2.15%，比同期限普通定期存款高0.25个百分点，20万元起存。\n'],
  invalid: [{ text: '同样十万块，放银行三年，到手利息也就五千出头；\n放到这个账户里，三年下来就是七千多。\n', found: ['放银行'] }],
});

// Comparisons by juxtaposition or by reckoning, with no 比 in them.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['销售：三年期大额存单今天挂牌利率1.9%，和保险是两类产品，您看哪种更适合这笔钱的用途。\n'],
  invalid: [
    { text: '销售：定存1.6、国债2.0、这款2.8，数字不说谎。\n', found: [''] },
    { text: '销售：您把定期挪过来买这个，同样的钱，十年后再看谁多。\n', found: [''] },
  ],
});

// Figures set side by side with the reader left to judge, no comparison word.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['三年定期 1.65% ｜ 储蓄国债 2.38%，以上为本行在售存款和国债的利率，供您参考。\n'],
  invalid: [{ text: '三年定期 1.65% ｜ 鑫享万能 当期结算 3.1% ｜ 您选哪个？\n', found: ['三年定期 1.65% ｜ 鑫享万能 当期结算 3.1% ｜ 您选哪个'] }],
});

// Savings said to fall and this product to rise; savings named, then 'better than it'.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['存款利率一路往下走，这是市场的情况；本产品是保险，不与存款比较收益。\n'],
  invalid: [
    { text: '👉基金：心惊肉跳 👉存款：越存越少 👉年金险：稳稳向上\n', found: ['基金'] },
    { text: '余额宝都跌破1.5了😂 还放着呢？来找我看看长期的方案，比它强多了\n', found: ['比它强多了'] },
  ],
});

// Deposits said to fall, this product's rate fixed or left to the reader to pick.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['存款利率一年降三次，这是市场的情况，本产品不与存款比较。\n'],
  invalid: [
    { text: '存款利率一年降三次，这份合同里的利率从签字那天起就定死了。\n', found: ['存款利率一年降三次'] },
    { text: '一边是年年缩水的定存利息，一边是写进合同的复利增长，选哪边不用我多说。\n', found: ['一边是年年缩水的定存利息，一边是'] },
  ],
});

// The same sum in two places, left to the reader over question marks; rate eras.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['同样十万块，放定期和买保险是两回事，不能放在一起比。\n'],
  invalid: [
    { text: '同样十万块，放定期五年拿多少？放这儿五年拿多少？您自己算算。\n', found: [''] },
    { text: '定存利率跌破2的时代，谁还能给你3？\n', found: [''] },
  ],
});

// The same sum put here and the reader told to compare; 'higher' said after the deposit's rate; Cantonese 好过;
// a negation inside a quoted product name (「鑫享未来」) that does not reach the comparison after it.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['客户经理：同样十万放我们这款，十年后保证部分是十一万，演示部分不保证，不建议跟存款对比。\n'],
  invalid: [
    { text: '客户经理：同样十万放我们这款，十年后演示有十四万多，您对比一下。\n', found: ['同样十万放我们这'] },
    { text: '客户经理：那还用说，定期才1.5，这个长期算下来要高不少。\n', found: ['定期'] },
    { text: '客户经理：存定期都冇咩息啦，呢只年金长远睇实好过定期。\n', found: ['好过定期'] },
    { text: '同样10万块，放定期三年利息不到5千，放「鑫享未来」可比这多不少。\n', found: ['比'] },
  ],
});

// A call-back's question whether the seller compared asks; it compares nothing.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['回访专员：销售人员有没有拿这款产品的收益和存款利率作比较？如有，请您如实告诉我们。\n'],
  invalid: [],
});

// The bank's side shrinking while this product's holds or grows.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['存款利率一路走低，这款年金的预定利率也从3.0%下调到了2.5%，以合同约定为准。\n'],
  invalid: [
    { text: '利率往下走，银行能给的越来越少，我们这个能给的从来没变过。\n', found: ['银行能给的越来越少'] },
    { text: '理財收益一路走低，鑫享萬能結算利率仍穩在3.1%。\n', found: ['理財收益一路走低'] },
  ],
});

// Savings and this product as two images side by side; not the two told apart.
ruleTester('return-comparison', {
  kind: 'script',
  valid: [
    '理财经理：这俩性质不一样。国债是国家发的债，这个是保险，主要看您要不要一份长期领取的养老钱。\n',
    '经理：余额宝是货币基金，随时能取；这个前几年退保是亏钱的，您先想好这笔钱几年不用。\n',
  ],
  invalid: [
    { text: '定期存款是走路，这款年金是坐高铁，同样的钱跑得快多了。\n', found: ['存款是走路，这款年金是'] },
    { text: '存款像一盆花，开过就谢；这份年金像一棵果树，种下去以后年年挂果。\n', found: ['存款像一盆花，开过就谢；这份年金像'] },
  ],
});
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['定期存款是走路，这款年金是坐高铁，同样的钱跑得快多了。\n'],
  invalid: [],
});

// Penalty findings and complaint replies quote the comparison; a seller refusing to compare makes none.
ruleTester('return-comparison', {
  kind: 'notice',
  valid: [
    '經查，該行員工在朋友圈發布「年金險收益高於定期存款」等宣傳內容，違反相關規定，予以警告。\n',
    '您好，您提到的「收益高於定期」係銷售人員個人說法，不代表本公司立場，我們已安排重新說明產品。\n',
    '我不会跟你说这款年金比定存划算，因为它们根本不是一类东西：定存随时可取，年金长期持有才有意义。\n',
    '这两个东西没法比，存款是存款，保险是保险，您买保险主要看保障。\n',
    '张女士，关于您问到的存款利率，我这边没法解答，今天给您介绍的是一款保险产品。\n',
  ],
  invalid: [{ text: '这款年金的收益比定期存款高一截。\n', found: [''] }],
});

// Savings outdone in one breath, in English, in Shanghainese, or by arrows; a statistic that names both is none.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['2024年末，全国一年期定期存款平均利率为1.4%，比上年下降0.2个百分点。\n'],
  invalid: [
    { text: 'Saving rate 1.5% vs. our annuity 3.0%，choose smart!\n', found: [''] },
    { text: '📉存款利率↓ 📈我的年金↑\n', found: [''] },
    { text: '侬晓得伐，放定期么利息老少额，阿拉这只产品要高交关。\n', found: [''] },
    { text: '不是让您买保险哈，就是把闲钱换个地方存着，比放卡里强。\n', found: ['比放卡里强'] },
  ],
});

// Refusing to compare.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['这款产品主要是给孩子准备教育金用的，收益高低不是重点，我也不拿它跟理财去比。\n'],
  invalid: [],
});

// A hedge conceded before 但 leaves the comparison after it standing; a rate compared is no rebate.
ruleTester('return-comparison', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '销售：虽然我们不能说它一定怎么样，但跟您那些放在理财里、一年才拿两个点的钱相比，这个分红型的演示利益明显要好。\n', found: ['理财里、一年才拿两个点的钱相比'] },
  ],
});
ruleTester('inducement', {
  kind: 'script',
  valid: ['销售：跟放在理财里一年才拿两个点的钱相比，这个分红型的演示利益要好一些，但分红不保证。\n'],
  invalid: [],
});

// Savings outdone by far (甩它一大截, 遥遥领先存款).
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['销售：在全国保险服务评价中，我们的理赔时效遥遥领先，这是公司的服务承诺。\n'],
  invalid: [
    { text: '经理：这还用问，定期五年到头才多少，这个光复利就甩它一大截。\n', found: ['这个光复利就甩它一大截'] },
    { text: '保险账户那条线，十年后遥遥领先存款那条线。\n', found: ['遥遥领先存款'] },
  ],
});

// Savings outdone said from their side or as a boast; a comparison refused stays clean.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['我们不会拿它跟国债比收益，国债是国家信用，这款是保险。\n'],
  invalid: [
    { text: '国债都没有它香，这收益谁不心动？\n', found: ['国债都没有它香'] },
    { text: '這收益，銀行理財根本沒法比。\n', found: ['銀行理財根本沒法比'] },
    { text: '这款的保证利率本身就已经超过现在的一年期存款利率了，更别说还有分红。\n', found: ['超过现在的一年期'] },
  ],
});

// Comparing refused in other words, the two told apart; a boast that nothing compares is not a refusal.
ruleTester('return-comparison', {
  kind: 'script',
  valid: [
    '销售：您問跟存款比哪個划算，這兩個沒法簡單比，存款隨時能取，這個是長期保障。\n',
    '销售：我们只介绍保险本身的保障内容，不会拿它的收益去和存款、理财做对比。\n',
    '销售：您说的那个大额存单是我们行自己的存款产品，跟这份保险是两样东西，我分开给您讲。\n',
  ],
  invalid: [{ text: '销售：银行理财都破净了，这个至少不会亏，收益也比理财稳。\n', found: [''] }],
});
ruleTester('pressure-selling', {
  kind: 'notice',
  valid: ['近期有客户咨询该产品是否即将停售。截至目前，本公司未发布该产品停售公告，请以公司官网信息为准。\n'],
  invalid: [],
});
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['销售：您要是圖一個絕對保本，那這款投連險真的不適合您。\n'],
  invalid: [],
});
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['销售：“利息”这个说法在保险里不适用，您拿到的叫保单利益，具体以合同为准。\n'],
  invalid: [],
});

// What others do reported, and comparing refused in other words.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: [
    '经常有人拿年金险跟大额存单比利率。其实这是两类东西：一个是保险合同，一个是银行存款。\n',
    '理财经理：两者不能这么比。这是长宁人寿的年金保险，主要功能是养老规划，不是拿来跟存款比收益的。\n',
  ],
  invalid: [{ text: '拿年金险跟大额存单比一比利率，谁高谁低一目了然。\n', found: [''] }],
});

// Savings' interest belittled, and asked why not where the interest is higher.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['客户：存银行那点利息够不够养老？ 销售：这要看您的开支，保险和存款是两回事，我不拿它们比收益。\n'],
  invalid: [
    { text: '销售：搁银行吃那点利息，还不如搁这儿，多得多咧。\n', found: [''] },
    { text: '销售：同样是放五年，为什么还要守着那点存款利息，而不选收益更高的养老年金呢？\n', found: [''] },
    { text: '销售：存银行是存，存我们这里也是存，为啥不存个利息高的？\n', found: [''] },
  ],
});
ruleTester('return-comparison', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '销售：基金亏了您心里慌，这个不一样，收益比基金稳，还比存款高。\n', found: [''] }],
});

// Declining to judge another product is no comparison.
ruleTester('return-comparison', {
  kind: 'phone-script',
  valid: ['您说的那款基金我不了解，也不方便评价，我这边只介绍这款保险本身的保障责任和费用。\n'],
  invalid: [{ text: '您说的那款基金我不了解，反正基金收益不如这款年金。\n', found: [''] }],
});

// Comparisons in Cantonese, and a Taiwanese seller's turn (理專).
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['客戶：這個比存款划算嗎？理專：兩者性質不同，沒法直接比。\n'],
  invalid: [
    { text: '定期啲息咁低，揀呢隻分紅險，回報高過銀行好多㗎！\n', found: [''] },
    { text: '客戶：利息怎麼算？理專：年利息大概三點五，比存款划算多了。\n', found: [''] },
  ],
});
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['活存利率以本行网点公告为准。\n'],
  invalid: [{ text: '與其把錢放在活存0.8%，不如轉入年化2.5%的利變壽險。\n', found: [''] }],
});
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['存款利率下調跟這張保單無關，保單的保證利益是合同寫明的金額。\n', '您说当时理财经理拿定期利率跟这款产品比，我们已经记录，这种比较是不对的。\n'],
  invalid: [
    { text: 'Beats the bank FD rate by 2x.\n', found: [''] },
    { text: '这样说吧，放在隔壁柜台只能拿那点死利息，放在这边年年有红利。\n', found: [''] },
  ],
});
ruleTester('return-comparison', {
  kind: 'script',
  valid: [
    '王先生您好，您刚才问这个跟存款比怎么样，说实话我们不建议这么比。\n',
    '客户儿子：我看网上说这种保险比存款收益高？理财经理：那种说法不对，保险主要看保障。\n',
  ],
  invalid: [{ text: '客户儿子：这个比存款好吗？理财经理：那当然，比存款收益高多了。\n', found: [''] }],
});
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['您要是拿它跟存款比收益，那就比错了，它首先是一份保障。\n'],
  invalid: [],
});
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['存款和保险我没法帮您比收益，这款主要解决的是退休后养老金的问题。\n'],
  invalid: [
    { text: '這收益，銀行理財根本沒法比。\n', found: [''] },
    { text: '年化收益直逼两位数，银行理财拍马都赶不上。\n', found: [''] },
  ],
});
ruleTester('return-comparison', {
  kind: 'notice',
  valid: ['您提到营销人员称产品“比余额宝强”，该说法不符合规定，我们已对相关人员进行处理。\n'],
  invalid: [],
});
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['定存利率以銀行公告為準。\n'],
  invalid: [
    { text: '告別低息定存年代，轉投「豐年」計劃！\n', found: [''] },
    { text: '月月存、年年領，比放郵局還安心。\n', found: [''] },
  ],
});
ruleTester('return-comparison', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '這款萬能險的收益，保守估計也是銀行的三倍。\n', found: [''] }],
});
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['我唔會同你比邊個息高，保險同存款係兩樣嘢，呢份主要係保障。\n'],
  invalid: [],
});

// Not compared at all (收益不跟國債比).
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['經理：國債您想買可以等下一期發行；這份保險我只講保障內容，收益不跟國債比。\n'],
  invalid: [{ text: '這份保險的收益比國債高多了，您放心買。\n', found: [''] }],
});

// The writer's own experience of a claim they fell for.
ruleTester('return-comparison', {
  kind: 'web',
  valid: ['我去年踩过坑：当时被“比定期高”打动，结果急用钱退保亏了八千，现在只劝大家看清楚现金价值表。\n'],
  invalid: [{ text: '这款收益比定期高一倍，闭眼入。\n', found: [''] }],
});

// The deposit's rate left to the counter; a bond told apart from insurance.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['存款利率多少，您可以问柜台同事；我这边只介绍保险本身的保障和费用。\n', '国债是国家发行的债券，本行代理发行的储蓄国债与保险产品不是同一类产品。\n'],
  invalid: [],
});

// Hong Kong's FD is the deposit compared; more flexible than deposits is the product compared, not advice.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['FD 同保險係兩樣嘢，唔可以直接比。\n', '要随时用钱的话，存款更灵活，这款年金适合长期不动的钱。\n'],
  invalid: [
    { text: 'IRR 比 FD 高一截，懂的都懂😉\n', found: [''] },
    { text: '比银行理财收益高，比定期存款更灵活，这样的年金还等什么？\n', found: [''] },
  ],
});

// Worth years of deposits.
ruleTester('return-comparison', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '理财经理：买这一份，顶您存十年定期。\n', found: [''] }],
});

// Two matters kept apart; Sichuanese 莫拿.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['存款的事您在那边窗口办，我这边介绍的是保险公司的产品，两件事分开说。\n', '莫拿这个跟理财比哈，它主要是帮你做养老规划的。\n'],
  invalid: [],
});

// No comparing at all; a bank's own rate board.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['这款是消费型重疾险，不谈收益，也没法跟理财比，看的是保额。\n', '本行新臺幣一年期定存：機動利率1.70%、固定利率1.72%。\n'],
  invalid: [{ text: '港元定存利率已回落，這張美元分紅保單的預期回報仍高於同期定存兩倍以上。\n', found: [''] }],
});

// A call-back's question in Cantonese (有冇 is 有没有), and 唔好 (do not) compare.
ruleTester('return-comparison', {
  kind: 'callback',
  valid: [
    '銷售人員有冇將呢份保單嘅回報同銀行定期存款作比較？\n',
    'IRR係按假設紅利計出嚟，唔好拎嚟同存款利率直接比。\n',
  ],
  invalid: [{ text: '呢份保單嘅回報仲高過銀行定期存款。\n', found: [''] }],
});

// Outrunning the bank's products; the bank's years not reaching our one; a deposit that only pays more; Cantonese 摆.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['银行理财产品不保本，与本保险产品性质不同。\n'],
  invalid: [
    { text: '跑赢银行理财，稳稳的。\n', found: [''] },
    { text: '放银行三年拿的利息，还没我们这儿一年拿得多。\n', found: [''] },
    { text: '说白了就是一张定期，只不过期限长一点、利息高一点。\n', found: [''] },
    { text: '你啲錢擺喺銀行收嗰啲息冇意思，擺落呢度回報好好多。\n', found: [''] },
  ],
});

// A survey, readers warned off a comparison others make, a refusal to compare.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: [
    '问卷调查中，近半数受访者表示“收益是否比存款高”是他们最关心的问题。\n',
    '看到有销售把年金演示利率和定期利率放在一起比，大家千万别信。\n',
    '国债利率请以财政部公告为准，我这边不做对比。\n',
  ],
  invalid: [],
});

// A call-back asking whether a comparison was made; the bank's own deposit done at the counter.
ruleTester('return-comparison', {
  kind: 'callback',
  valid: [
    '回访专员：销售人员是否将本产品与银行理财的收益作过比较？\n',
    '柜员：您办的是一年期定期，我直接给您存上，不涉及任何保险产品。\n',
  ],
  invalid: [],
});

// Money needed soon is better on deposit: advice, not a comparison.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['如果是随时要用的钱，放定期会比较合适；保险要长期持有。\n'],
  invalid: [],
});

// Cantonese comparatives: steadier or surer than the bank or a fund.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['基金同保險係兩樣嘢，唔好攞嚟比。\n'],
  invalid: [{ text: '股市點跌都好，呢份嘢都穩過你放銀行。\n', found: [''] }],
});

// An instruction not to compare; a refusal of this kind of comparison; an old figure quoted from a thread and corrected.
ruleTester('return-comparison', {
  kind: 'notice',
  valid: [
    '请勿将本产品的演示利率与银行定期存款利率进行比较。\n',
    '您问跟定期比哪个好，我不做这种比较，先讲保障。\n',
    '楼上说万能险4%秒杀定存的，那是几年前的结算利率了，现在会变的。\n',
  ],
  invalid: [{ text: '万能险4%，秒杀定存！\n', found: [''] }],
});

// A slogan quoted as what swayed a buyer, in a consumer-rights post: a report.
ruleTester('return-comparison', {
  kind: 'web',
  valid: ['被“收益比定期高”说动买了分红险？整理了犹豫期退保和投诉的流程，收藏备用👇\n'],
  invalid: [{ text: '这款收益比定期高，闭眼入。\n', found: [''] }],
});

// Far ahead of a deposit; beating bank wealth products flat.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: '長線IRR約4.2%，遠勝銀行定期。\n', found: [''] },
    { text: '这几年万能账户的结算利率一直压着银行理财打。\n', found: [''] },
  ],
});

// Returns not to be compared, or a wording withdrawn as improper: no comparison made.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['银行理财是净值型的，我们这个是保险，主要看保障，我不跟理财比收益。\n', '致歉：上期推文中“收益高于一年定存”的表述不当，已删除，特此更正。\n'],
  invalid: [{ text: '这个年金收益比银行理财高，还比理财稳。\n', found: [''] }],
});

// Complaints reported, a buyer talked into it and back out, a stream that makes no comparison.
ruleTester('return-comparison', {
  kind: 'web',
  valid: ['评议中心指出，以“比定存划算”推介储蓄险的申诉案件今年有所增加。\n', '直播间不做收益对比哈，保险和理财不是一类东西。\n'],
  invalid: [{ text: '这款年金比定存划算多了，直播间下单吧。\n', found: [''] }],
});

// Deposit products by name and foreign bonds compared, and deposits said to be far exceeded.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['经理：零存整取是银行存款，这款是年金保险，两者用途不同，不能直接比收益。\n'],
  invalid: [
    { text: '经理：交满五年，比零存整取划算多了。\n', found: ['比零存整取划算多了'] },
    { text: '稳健增值，远超定期存款！\n', found: ['远超定期存款'] },
  ],
});

// The reader invited to set a figure against savings; 别人 as "others", not "do not"; a
// comparison word before 银行 is no bank's own heading; Taiwan's 公债 as savings.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: [
    '您可以对照一下产品说明书，看看利益演示是怎么写的。\n',
    '别人家的分红险和咱们这个一样，分红都不保证。\n',
    '本行三年期定期存款：年利率以当天挂牌为准。\n',
    '公債殖利率近期下滑，本專欄整理了各天期公債的最新報價。\n',
  ],
  invalid: [
    { text: '近五年这款分红险的分红实现率都在100%以上，您对照一下存款利率就知道划不划算。\n', found: ['100%'] },
    { text: '别人家的定期存款一年才一块多的利息，咱们这个分红账户去年给到四个点。\n', found: ['定期存款一年才一块多的利息'] },
    { text: '收益水平：高于同期银行一年期定期存款利率。\n', found: ['高于同期银行一年期'] },
    { text: '這時候鎖一張宣告利率2.8%的利變型，勝過買公債。\n', found: ['勝過買公債'] },
  ],
});

// Savings with their figure, then what the product shows or gives with its own, a semicolon between or not;
// savings named, then this product called high. One's own assets listed, and a rate and a table pointed to, stay clean.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: [
    '我的资产：活期 12,340.00元｜定期 50,000.00元｜代销保险（现金价值 31,200.00元）\n',
    '定期存款利率以本行挂牌为准；本产品现金价值详见合同现金价值表。\n',
  ],
  invalid: [
    { text: '同样10万元，放定期五年拿利息约9千，放福满盈五年演示可领1.8万！\n', found: ['放定期五年拿利息约9千'] },
    { text: '算一笔账：10万元放3年定期，利息约5250元；10万元配置福满堂（中档演示），3年后约9800元。\n', found: ['定期'] },
    { text: '整那定期干啥呀，利息少得可怜，这个嘎嘎高。\n', found: ['定期'] },
  ],
});

// More than the bank's counter gives.
ruleTester('return-comparison', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '这个是高息存款，只是挂在保险公司名下，利率比我们柜台高一截。\n', found: ['比我们柜台高'] }],
});

// Beating the deposit in dialect and plain words, much better in speech, a rate said as 3点多.
ruleTester('return-comparison', {
  kind: 'script',
  valid: [
    '销售：存钱和买保险是两回事，存款随时能取，保险要放长期。\n',
    '销售：大家都说这个比存银行多好多，其实不能这么比，演示利益不是保证的。\n',
  ],
  invalid: [
    { text: '销售：摆银行一年得嗰啲息，买呢个多好多啦。\n', found: ['摆银行'] },
    { text: '销售：存钱不如买保险，利息不如拿分红。\n', found: ['存钱不如买'] },
    { text: '销售：你放银行彼个利息真少，这个加足济，较赢存款。\n', found: ['较赢存款'] },
    { text: '销售：我们行上周卖的理财年化才2.2，这个长期算下来有3点多。\n', found: ['理财年化才2.2'] },
  ],
});

// 比较 as an adverb (fairly) compares nothing; a deposit advised for money needed soon is no deposit wording either.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['理财经理：我们这边是一款三年期交费的年金，利息比较稳定的说法不准确，领多少以合同为准。\n', '理财经理：您如果最近要用钱，放在定存比较合适，保单提前退保会有损失。\n'],
  invalid: [],
});

// Several times the bank's, without a figure.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['别听信“收益是银行的好几倍”这类说法，保险和存款不能简单比较。\n'],
  invalid: [{ text: '交十年领终身，收益是存银行的好几倍！\n', found: ['收益是存银行的好几倍'] }],
});

// The bank's own deposits compared with each other make no claim about a policy; a comparison whose subject is left
// unsaid (比大额存单高) is this product's.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: [
    '三年期大额存单利率1.55%，比同期限普通定期高0.3个百分点，20万元起存，额度有限。\n',
    '大额存单和普通定期比，利率高一点，但起存门槛20万，适合闲钱多的家庭。\n',
  ],
  invalid: [
    { text: '比大额存单高，比理财还稳。\n', found: [''] },
    { text: '大额存单才1.5%，这款年金演示比大额存单高一倍。\n', found: [''] },
  ],
});

// Rate eras: deposits in the 1s, this product in the 2s too; a deposit's own fall from the 2s to the 1s stays clean.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['定存利率从2字头跌到1字头，用了不到五年。\n'],
  invalid: [{ text: '存款利率“1字头”的今天，它的复利演示还是“2字头”。\n', found: [''] }],
});

// Refusing to compare for the customer, or returns at all, and pointing away from comparison charts.
ruleTester('return-comparison', {
  kind: 'script',
  valid: [
    '销售：您问我存款和这个哪个划算，我没法替您比。存款随时能取，这个一交就是十年。\n',
    '存款、国债、年金保险各管什么？存款管流动，国债管中短期，年金管长期领取——不比收益，只讲用途。\n',
    '销售：利率这块您要是想比，我建议您直接看合同里的现金价值表，别看网上那些跟存款对比的图。\n',
  ],
  invalid: [{ text: '销售：存款和这个一比，您就知道哪个划算了，这个一年多出好几千。\n', found: [''] }],
});

// An exchange typed with quotes (客户：“…吧？”经理：“…”) is read as one without them: the reply's yes makes the claim,
// a refusal does not.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['客户：“这个比存款高吧？”经理：“两样东西没法比，存款随时能取。”\n'],
  invalid: [{ text: '客户：“这个比存款高吧？”经理：“那高多了，要不我也不推荐给您。”\n', found: [''] }],
});

// Savings cut again, the money moved here: a comparison made by moving the money.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['销售：存款利率又降了，这是事实；但保险和存款是两回事，没法放一起比。\n'],
  invalid: [{ text: '销售：大爷，您那八万块钱放活期太亏了，挪到这个里头，一年一结。\n', found: [''] }],
});

// The deposit's simple interest set against this product's compound; the two named as different stays clean.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['存款按单利计息，万能账户按复利累积，二者计息方式不同，不宜简单比较。\n'],
  invalid: [{ text: '销售：大姐，存款利息那是按单利算的，这个是复利，时间一长差得可就远了。\n', found: [''] }],
});

// The money kept at the bank and then here, in plain speech; the two said to be the same is deposit wording's.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['销售：钱放银行是存，放在这里不也是存吗？只不过这里的存期长一点。\n'],
  invalid: [
    { text: '销售：钱搁银行睡大觉一年就那么点儿，搁我们这儿好歹一年三个点，您自个儿算算。\n', found: [''] },
    { text: '销售：大姐你寻思寻思，搁银行一年那点利息够干啥的，搁咱这嘎达多少比那强。\n', found: [''] },
  ],
});

// A penalty report quoting several sentences of what a seller said: the report covers the whole quotation, while
// a seller's own quoted words, and a quotation opened after the seller's 我说, are still read.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['通报称，该支行理财经理对客户表示：“这就是存款，放心吧。利息比三年定期高一倍！”该行被罚款30万元。\n'],
  invalid: [
    // 就跟存款一样, the seller's answer to 这个是存款吗？, calls it a deposit (deposit-wording), the next sentence compares.
    { text: '客户问我：“这个是存款吗？收益高吗？”我说：“就跟存款一样。利息比三年定期高一倍！”\n', found: ['利息比三年定期高一倍'] },
  ],
});

// A seller's words given as evidence in a complaint post; a testimonial quoted by the seller is still a comparison.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['经理原话：“放银行不如放这里”🙃 截图已发给保险公司客服，等回复\n'],
  invalid: [{ text: '我妈原话：“比买国债强多了，闭眼入就对了。”\n', found: [''] }],
});

// A deposit or a fund set beside this product's certainty, the customer left to pick; a deposit's posted rate is the
// deposit's rate. Left to pick between what each is for, with no claim for this product, is no comparison.
ruleTester('return-comparison', {
  kind: 'script',
  valid: [
    '经理：存款是存款，保险是保险，两样各有用处，哪个适合您自己选，我不替您做决定。\n',
    '柜员：好的，那给您办三年期整存整取，利率按我行今天挂牌的执行。\n',
  ],
  invalid: [
    { text: '买基金心惊肉跳，这个每年稳稳拿，哪个睡得香您自己选。\n', found: [''] },
    { text: '同样是放五年，一边是1.3%的挂牌价，一边是写进合同的现金价值表——聪明人都知道怎么选。\n', found: [''] },
  ],
});

// Money said to waste away at the bank, set against this product.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['应急的钱放活期，随用随取；长期不用的钱再考虑保险，两样各管各的。\n'],
  invalid: [
    { text: '钱在银行是越躺越瘦，交到这份保单里是越养越壮。\n', found: [''] },
    { text: '别让钱在活期里睡觉了，零点零五的利息等于白放，挪到这儿来每年都有动静。\n', found: [''] },
  ],
});


// Cantonese: asked whether it beats a deposit, and refusing to compare so.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['你問我呢份計劃係咪好過定期？我唔會咁比，定期係存款，呢份係人壽保險，預期回報唔保證。\n'],
  invalid: [{ text: '你問我呢份計劃係咪好過定期？梗係好過啦，回報高過定期一截。\n', found: ['', '回報高過定期'] }],
});

// A deposit rate cut again set against this policy's value rising, in Cantonese emoji lines; the rate cut reported alone
// is a statistic of the deposit.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['📉 今年定存利率又減咗兩次，而家三年期大約1.5厘。\n'],
  invalid: [{ text: '📉 定存利率又減咗\n📈 我嘅增額壽現金價值又升咗\n', found: [''] }],
});

// The same sum in a deposit and in this policy, the reader left to check the table; the same premium paid
// over two terms is no comparison with a deposit.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['同样30万的保费，选五年交还是十年交，您自己对比一下每年的缴费压力。\n'],
  invalid: [{ text: '同样30万，一个放三年定期滚了九年，一个交进这张保单，第九年现金价值是多少，您自己翻表对一对。\n', found: [''] }],
});

// Asked whether it beats the deposit, and told surely so; the sum left to the reader.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['客户：比我那个大额存单强吧？\n经理：两样东西用途不同，没法这么比，存单随时能取，这个是长期的。\n'],
  invalid: [
    { text: '客户：比放三年定期划算吧？\n经理：那肯定，高一截。\n', found: [''] },
    { text: '同样十万块，放柜台三年是一个数，放这儿三年是另一个数，哪个数大，您自己心里有数。\n', found: [''] },
  ],
});

// The deposit set against this product in dialect and in pictures: money put at the bank and put here, rather than
// watch the deposit shrink, a rate's trend drawn beside this product's growth; a rate statistic alone stays clean.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['据央行数据，2016—2026年一年期定存基准利率走势如下图，仅供参考。\n'],
  invalid: [
    { text: '你那钱摆到银行头一年就那么一点点，摆到我们这儿多得多。\n', found: [''] },
    { text: '与其每年看着定存利息缩水，不如早点把钱挪到会长大的地方。\n', found: [''] },
    { text: '图：一年期定存利率走势（灰线）与本产品有效保额逐年增长（金线）\n', found: [''] },
    { text: '存折上的数字越来越瘦，保单上的数字一直在长个子。\n', found: [''] },
  ],
});

// Round 30: what the bank gives set against what we give; at a seminar a guest's question, answered with a refusal.
ruleTester('return-comparison', {
  kind: 'script',
  valid: [
    '來賓：跟我放定期比，哪個划算？\n陳嘉慧：這位大哥，這個比較我沒法給您做。定期是銀行的存款，這個是保險公司的保險合同，性質不同。\n',
    '银行给你的是存款利息，我们给你的是保险保障，两者不能比较。\n',
  ],
  invalid: [{ text: '銀行給你的是「零頭」，我們給你的是「整數」。\n', found: [''] }],
});

// Round 31: two baskets, two roads, two trains, one the deposit and one this; the bank and here in dialect; a deposit's
// best points all in one policy. An honest side-by-side of features, and a refusal to put them together, are not.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: [
    '左边是定期存款的特点，右边是年金保险的特点，二者性质不同，不能比较收益。\n',
    '我们行的三年期定存利率是1.25%，这个是存款；您要是问保险，我单独给您讲，两个不放在一起比。\n',
  ],
  invalid: [
    { text: '一个篮子装定期，越装越瘪；一个篮子装年金，越装越满。\n', found: [''] },
    { text: '存款那趟慢车一站一站往下降速，这趟年金专列全程不减速。\n', found: [''] },
    { text: '存款利息像秋天的樹葉，一片片往下掉；年金像一棵常青樹，年年添新枝。\n', found: [''] },
    { text: '侬钞票摆辣银行里，一年利息还勿够买两斤大闸蟹，摆辣阿拉此地就勿一样了。\n', found: [''] },
    { text: '通知存款的灵活，大额存单的收益，一张保单全都有。\n', found: [''] },
  ],
});

// A chart forwarded to ask whether it is true, answered with a warning.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['客户转发一张“年金vs定存”对比图问真假。 经理：这图不是我们发的，也不合规，保险和定存不能这样比，您别参考。\n'],
  invalid: [],
});

// From round 33: funds a roller coaster and this a level road, none of the bank's products keeping up, the deposit era
// bidden farewell, money idle at the bank set to work here, the bank and here as labels side by side.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['考虑到您怕股市那种大起大落，这款产品的保障责任都写在合同里，红利不保证。\n'],
  invalid: [
    { text: '股票那种过山车您受不了吧？这款是条平路。\n', found: [''] },
    { text: '定存、国债、货基，没一个比得过它。\n', found: [''] },
    { text: '告别“2字头”的定存时代，来看看这款年金。\n', found: [''] },
    { text: '钱在卡里睡大觉，放进这张保单才开始生钱。\n', found: [''] },
    { text: '放银行：🐌🐌 放这里：🚀🚀\n', found: [''] },
  ],
});

// The insurer declining to set the policy against deposit rates.
ruleTester('return-comparison', {
  kind: 'description',
  valid: ['本公司不会将保单利益与银行定期存款利率作比较，利益演示仅供参考。\n'],
  invalid: [],
});

// From round 34: the bank standing still and here growing; one side the deposit, the other this.
ruleTester('return-comparison', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '钱放在银行就是原地踏步，放我们这儿是会长的。\n', found: [''] },
    { text: '一边是越降越低的定期，一边是写进合同的现金价值，您自己选。\n', found: [''] },
  ],
});

// A policy loan's rate set beside the deposit rate is a loan's cost, not a return compared.
ruleTester('return-comparison', {
  kind: 'description',
  valid: ['保单贷款年利率为5%，高于同期存款利率，请您根据实际需要谨慎申请。\n'],
  invalid: [],
});

// The bank's own deposit described on its own cancels, but not a sentence that sets this product beside it
// (a maturing deposit's renewal rate, a certificate's threshold, then this product's figure).
ruleTester('return-comparison', {
  kind: 'script',
  valid: [
    '本行三年期大额存单年利率1.55%，20万元起存，利率以当日挂牌为准。\n',
    '您那笔定期下个月到期，到期后是续存还是转活期，您自己拿主意，我这边不推荐其他产品。\n',
  ],
  invalid: [
    { text: '您那张大额存单续存就一点几了，我们这款年金上个月结算利率是2.9%。\n', found: [''] },
    { text: '大额存单二十万起存才1.9%，这款一万起投，中档演示3.5%。\n', found: [''] },
    { text: '三年定存到期了？这款年金的收益可比续存定期强多了。\n', found: [''] },
  ],
});

// Said to make money better than the bank.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['保险和银行存款是两种不同的东西，不要拿收益去比。\n'],
  invalid: [{ text: '新姿势：把钱交给保险公司，比放银行更会生钱。\n', found: [''] }],
});

// The deposit rate bidden farewell, savings made to weep at the return, savings fallen and this one the better, two
// paces likened; not news of a rate cut, nor savings and insurance told apart.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: [
    '财经快讯：多家银行下调定期存款利率，告别“2字头”已成常态。\n',
    '理财和保险是两回事，理财可能亏损，保险提前退保也有损失，不能简单比较。\n',
  ],
  invalid: [
    { text: '告别“1字头”定存利率，给养老钱找个长久的家。\n', found: [''] },
    { text: '这个分红水平，定期看了沉默、基金看了落泪。\n', found: [''] },
    { text: '基金又跌回去了，还是年金险香。\n', found: [''] },
    { text: '国债是骑自行车，这份年金是坐高铁，都能到站，就是快慢不一样。\n', found: [''] },
  ],
});

// One deposit term against another, a mortgage paid off early against a deposit: no policy compared.
ruleTester('return-comparison', {
  kind: 'inferred',
  valid: [
    '五年期定存比一年期也就高0.2个点，还不如存短一点灵活。\n',
    '房贷利率才降到3.1%，我们打算提前还掉一部分，比放定期划算。\n',
  ],
  invalid: [{ text: '定期利率一降再降，放这份年金里比放定期划算多了。\n', found: [''] }],
});

// The deposit era named, then this product's figure; a deposit likened, then only its rate higher (in Cantonese too);
// not rate news alone, nor the deposit era told apart from a policy.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: [
    '近期多家银行下调挂牌利率，五年期定存利率进入“1字头”。\n',
    '存款利率进入“1时代”，但保险和存款是两回事，不能简单比较收益。\n',
  ],
  invalid: [
    { text: '存款利率进入“1时代”，这款年金演示利率仍有3%。\n', found: [''] },
    { text: '呢份計劃同你喺銀行做定期差唔多，不過息口仲高啲。\n', found: [''] },
    { text: '就跟您存折上存钱一个道理，只不过利钱多一些。\n', found: [''] },
  ],
});

// The bank's little interest outdone in Cantonese, wealth products' swinging value set against this one; not the two
// told apart as things of two kinds.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['理财和保险是两类东西：理财净值会波动，随时可以赎回；这款年金的保证利益按合同给付，但要长期持有，提前退只能拿现金价值。\n'],
  invalid: [
    { text: '擺喺銀行做定期收嗰啲息，點夠呢份保單嘅回報？\n', found: [''] },
    { text: '理财净值天天跳，这个每年稳稳往上走，谁更适合养老不用我多说。\n', found: [''] },
  ],
});

// Deposits' falling arrow set first, this product's rising one after.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['📉存款利率又降了：本行三年期定期挂牌利率自下周起调整为1.25%。\n'],
  invalid: [{ text: '📉存款利率五连降 📈我们这款复利曲线稳稳往上\n', found: [''] }],
});

// The bank's emoji right before a rate, set against the policy's.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['🏦 江澄银行代理销售，澜舟人寿承保。\n'],
  invalid: [{ text: '🏦 1.3% vs 🛡️ 2.5%，你选哪个？\n', found: [''] }],
});

// A question people ask, reported in a sentence of its own, is no comparison; one answered after a comma is read.
ruleTester('return-comparison', {
  kind: 'promo',
  valid: ['常有人问我年金险和存款选哪个。我的回答一直是：先看用途，别看数字，两者不能互相替代。\n'],
  invalid: [{ text: '很多人问我年金险和存款选哪个，当然选年金险，收益比存款高多了。\n', found: [''] }],
});

// Told apart, then set above the other (这个跟基金不一样，…，这个比基金稳多了): the clause that opens with 这个比 turns as 但 does.
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['这个跟基金不一样，基金会亏，这个前几年退保也会亏，两样不能放在一起比收益。\n'],
  invalid: [{ text: '这个跟基金不一样，基金会亏，这个比基金稳多了，收益也不比基金差。\n', found: [''] }],
});
