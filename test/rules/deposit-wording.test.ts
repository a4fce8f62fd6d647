import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    // A myth quoted and denied at once.
    '## 三个常见误区\n1. **“保险就是换了个名字的存款”**——不是。两者的法律关系、保障制度都不同。\n',
    // Deposits advised for money needed soon; the bank's customers whose deposits fall due, as a plan's invitees.
    '答：两者性质不同，我们不拿它们比收益。您如果三五年内要用这笔钱，更适合放在存款里。\n',
    '三、邀约对象\n2. 近三个月有定期存款到期的客户优先邀约；\n',
    '本产品是保险产品，不是银行存款。\n',
    // The category's name told as such, and a savings insurance told apart from a deposit.
    '“储蓄型保险”是行业对年金、两全等产品的通俗叫法，本质仍是保险。\n',
    '儲蓄保險不是銀行存款，提早退保可能取回少於已繳保費。\n',
    '本产品与银行存款、基金等产品不同，请您仔细阅读条款。\n',
    '我们新推出了保存款式多样的礼盒。\n',
    '被保险人生存至满期日，我们按合同约定给付生存款项。\n',
    '保险费将从您指定的储蓄卡中扣划。\n',
    '生存保险金将存入您指定的银行账户。\n',
    // Differentiation in other words.
    '本产品并非银行储蓄产品，保险期间内提前退保可能遭受损失。\n',
    '请勿将本产品等同于银行存款或银行理财产品。\n',
    '温馨提示：本产品是由安和人寿保险股份有限公司承保的保险产品，区别于定期存款，投保前请仔细阅读保险条款。\n',
    // 不像存款 / 不能随时支取 warn the customer; they do not sell the policy as a deposit.
    '本产品不像存款那样可以随时支取，提前解除合同可能遭受损失。\n',
    '本产品不能随时支取，如需资金周转，可按合同约定申请保单贷款。\n',
    // Longer allowed terms and legitimate transfers.
    '续期保险费将从您在代理机构开立的储蓄存款账户中按年自动扣划。\n',
    '生存保险金可以转入万能账户累积，也可以存入您指定的借记卡。\n',
    '本产品不属于存款保险的保障范围。\n',
    // Words that merely contain the characters.
    '被保险人生存满5年的，按基本保险金额的10%给付生存保险金。\n',
    '通话录音将妥善保存5年，以备核查。\n',
    '保险公司将不定期开展客户服务活动，活动与是否投保无关。\n',
  ],
  invalid: [
    // In and out as a deposit.
    { text: '存保單比存銀行聰明：利率高、還能保障終身。\n', found: ['存保單'] },
    // Born, then depositing (出生 hides the 生存 of survival).
    { text: '宝宝出生存10万，活到100岁账户里躺着54万💰\n', found: [''] },
    { text: '10万 → 5年后 11.04万\n存得进，拿得出，心里有底\n', found: ['存得进'] },
    // The product named with 储蓄 even beside the deposit it is set against.
    { text: '定存 1.6%｜儲蓄險 2.5%\n', found: ['儲蓄險'] },
    { text: '有冇人覺得，計埋複利，儲蓄保長線係完勝收租樓？\n', found: ['儲蓄保'] },
    // The post office's savings in place of the bank's.
    { text: '这张保单就像把钱存在邮局一样，只是时间长一点。\n', found: ['就像把钱存在邮局一样'] },
    // The policy called a second passbook.
    { text: '2026养老规划：工资卡留零花，长期的钱交给“第二张存折”📒\n', found: ['第二张存折'] },
    { text: '和存款一样安全，收益却翻了一番。\n', found: ['存款一样安全'] },
    { text: '这款产品就像存款一样安全。\n', found: ['就像存款一样安全'] },
    { text: '每月存钱，到期一次领取。\n', found: ['每月存钱'], suggested: '每月交纳保险费，到期一次领取。\n' },
    { text: '零存整取，轻松理财。\n', found: ['零存整取'], suggested: '分期交费、满期领取，轻松理财。\n' },
    { text: '本产品是保险产品，不是银行存款；每年存入一万元即可。\n', found: ['每年存入'] },
    // The differentiation covers its own clause only.
    { text: '不是定期存款，胜似定期存款。\n', found: ['定期存款'] },
    { text: '这是一款储蓄险，适合给孩子攒教育金。\n', found: ['储蓄险'], suggested: '这是一款年金保险，适合给孩子攒教育金。\n' },
    { text: '存期五年，到期一次领取。\n', found: ['存期'], suggested: '交费期间五年，到期一次领取。\n' },
    { text: '这款产品相当于银行定期，但收益更高。\n', found: ['相当于银行定期'] },
    { text: '您存多少，到期就领多少，急用钱还能随时支取。\n', found: ['存多少', '随时支取'] },
    { text: '年终奖到手了，把钱存进“金穗年年红”，让每一分钱都稳稳增值！\n', found: ['存进'] },
    { text: '- **零存整取，轻松攒钱**：每年存钱一次，1万元起存，连续交5年，第10年一次性领回。\n', found: ['零存整取', '每年存钱', '起存'] },
    { text: '同样是存5年，为什么别人的钱越存越多？\n', found: ['存5年', '越存越多'] },
  ],
});

// A regulation or a training text quotes the words it forbids: forbidden
// wording is not checked in kind: regulation.
ruleTester('deposit-wording', {
  kind: 'regulation',
  valid: [
    '各类保险单证和宣传资料上不得使用带有银行名称的中英文字样，不得出现“存款”“储蓄”“与银行共同推出”等字样。\n',
    '案例：某网点理财经理向客户宣称“这款产品就是定期存款，存期五年，随时支取”，被监管部门处罚。\n',
  ],
  invalid: [],
});

// A seller who agrees that the product is like a deposit.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '客户：这跟存款一样吗？销售：不一样，这是保险，不是存款。\n',
    '客户：这跟定期差不多吧？销售：不是的，这是保险产品，提前退保会有损失。\n',
  ],
  invalid: [
    { text: '客户：这跟定期存款差不多吧？销售：对，差不多，就是时间长一点。\n', found: ['就是时间长一点'] },
    { text: '客户：这个就相当于存了个定期是吧？ 销售：可以这么理解。\n', found: ['可以这么理解'] },
  ],
});

// Money put into the policy as into a deposit, even beside a comparison; the bank's own deposit moved or compared is not the product.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '销售：同样二十万，存五年定期到期拿利息约两万多，放进这款年金是另一种安排，您看对比表。\n',
    '销售：您那笔大额存单到期后如需续存，可以在手机银行直接办理。\n',
    '销售：有客户把“储蓄型保险”理解成存款，这是误解，它是保险合同，提前退保会有损失。\n',
  ],
  invalid: [
    { text: '销售：与其把钱放银行，不如换个地方，存进保险里，一存就是二十年。\n', found: ['存进保险', '一存就是'] },
    { text: '销售：每年往这张保单里一存，孩子十八岁就有一笔钱。\n', found: ['往这张保单里一存'] },
  ],
});

// A poster's short lines read as one sentence broken at its commas: words and patterns span the breaks.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['本产品是保险产品\n不是银行存款\n犹豫期15天\n'],
  invalid: [{ text: '存一份安心\n取一世从容——恒楷人寿年金保险\n', found: ['存一份安心\n取'] }],
});

// Pinyin initials that stand for the filtered words (ck = 存款, dq = 定期), alone and not inside a Latin word.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['Check the QR code below 扫码了解产品详情。\n'],
  invalid: [{ text: '这款年金就是一张长期ck，放满五年就行。\n', found: ['就是一张长期ck', '放满'] }],
});

// A misunderstanding corrected, a court's ruling, the bank's own deposit rates: the deposit word is not said of the product.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '很多人把增额寿当存款，其实它是保险，前几年现金价值低于已交保费。\n',
    '某地法院审结一起纠纷：老人以为购买的是定期存款，实为分红型保险，法院判决销售机构承担部分赔偿责任。\n',
    '本页面所列利率为本行储蓄存款产品利率，与代销保险产品无关。\n',
  ],
  invalid: [{ text: '咱们江汇自家的“安心存”，其实底子是一份两全保险，您就当存定期。\n', found: ['“安心存”', '就当存定期'] }],
});

// Pinyin shorthand for the deposit words (ck, cun kuan), but only as whole Latin words.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['Please click here to read the cooling-off terms.\n'],
  invalid: [{ text: '年金险 = 强制 cun kuan，管住手，老了才有钱花。\n', found: ['强制 cun kuan'] }],
});

// Deposit words said of insurance in so many words, even where they look like the bank's own product.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['本行大额存单20万元起存，期限三年，年利率以网点公告为准。\n'],
  invalid: [
    { text: '存單型保險｜5萬起存｜存期5年｜到期可取\n', found: ['存單型保險｜5萬起存｜存期'] },
    { text: '张先生您好，我们这边新上了一款储蓄业务，三年交费，五年期满。\n', found: ['储蓄业务，三年交'] },
  ],
});

// A piggy bank filled, a deposit renamed, a deposit's upgrade, the same thing only longer.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['理财沙龙亲子环节：给每位小朋友发一个存钱罐，活动与购买任何产品无关。\n'],
  invalid: [
    { text: '🐷给娃养只小金猪～每年往里塞两万，塞满十年，上大学那年直接砸开用！\n', found: ['小金猪～每年往里塞两万，塞'] },
    { text: '销售：您卡上下周到期那笔定期，我帮您直接转成这个，一样按年算，就是换了个名头。\n', found: ['换了个名头'] },
    { text: '销售：這款就是銀行裡零存整取的升級版，每年存一次。\n', found: ['就是銀行裡零存整取的升級版'] },
  ],
});

// A customer looking back, and a customer told to keep the money in the bank instead, are not the seller's framing.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '投诉：我本来是去办定期存款的，结果被推销成了分红险。\n',
    '销售：这笔钱您明年就要用的话，还是存定期吧，这份保险要放很多年，不合适。\n',
  ],
  invalid: [{ text: '销售：这个跟存定期一样，到期连本带利拿回去。\n', found: ['存定期一样'] }],
});

// The head of the bank's own rate table.
ruleTester('deposit-wording', {
  kind: 'web',
  valid: ['| 存期 | 整存整取年利率 |\n| --- | --- |\n| 一年 | 1.45% |\n| 三年 | 1.75% |\n'],
  invalid: [],
});

// Told apart in other words.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '请您注意：\n本产品与银行储蓄存款在性质、风险和流动性上均不相同。\n',
    '存款您继续放在银行，这个是另外一份保险安排，两样不冲突。\n',
  ],
  invalid: [],
});

// A deposit named among other savings (基金, 国债, 余额宝) is one of the alternatives compared, not a name for the policy.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '基金怕亏，存款嫌少？这款两全险刚好卡在中间。\n',
    '👉基金：心惊肉跳 👉存款：越存越少 👉年金险：稳稳向上\n',
    '风险测评第3题：您目前的家庭金融资产主要配置在？A. 银行存款 B. 银行理财 C. 基金股票 D. 其他\n',
  ],
  invalid: [
    { text: '这是一款储蓄型理财，适合不想冒险的您。\n', found: [''] },
    { text: '这款就是存款，比基金稳。\n', found: [''] },
  ],
});

// Where a benefit is paid.
ruleTester('deposit-wording', {
  kind: 'web',
  valid: ['常见问题：保险金可以存入哪张卡？答：可以是您本人名下任意一张借记卡或储蓄卡。\n'],
  invalid: [],
});

// The bank's own deposit campaign, and a customer sent back to a deposit.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '存 款 新 客 禮 遇｜三 個 月 定 期 年 利 率 1.6%\n',
    '阿姨，您这笔钱要是半年内就要用，还是存定期吧；这款是保险，要交满五年、放满十年才合适，中途退会有损失。\n',
  ],
  invalid: [{ text: '存款新客礼遇：这款年金就是存款，五年期满连本带息领回。\n', found: ['', '就是存款'] }],
});

// A differentiation conceded before a turn (虽说是保险不是存款，但…) does not clean what follows it.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['销售：本产品是保险，不是存款，但同样可以通过保单贷款解决短期资金需要。\n'],
  invalid: [{ text: '销售：虽说这是保险不是存款，但您就当存款用，想用钱了随时来支取。\n', found: ['就当存款用'] }],
});

// A deposit offered at the counter instead of the policy; benefits paid into the customer's account.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '销售：您要存钱的话，我们柜台可以给您办定期；这款是保险，是另一回事，您想清楚再选。\n',
    '养老年金自被保险人年满60周岁后按月给付，款项将存入您投保时指定的本人银行账户。\n',
  ],
  invalid: [],
});

// A policy as a deposit's stand-in or new choice, deposit-and-withdraw at ease, in English or Cantonese; the bank's own CD stays clean.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['本行大额存单20万元起存，三年期年利率以网点挂牌为准。\n'],
  invalid: [
    { text: '【大额存单替代方案】福满盈两全保险（分红型），5万元起存，存期灵活可选。\n', found: ['', '', ''] },
    { text: '类Deposit产品｜安心存、放心取\n', found: ['类Deposit产品｜安心存、放心取'] },
    { text: '💡五年定期新选择｜按年交费，满期领钱\n', found: ['定期新选择'] },
    { text: '呢份嘢其实同存定期冇乜分别，不过息口高啲咋。\n', found: [''] },
  ],
});
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '销售：很多客户以为这是定期存款，这里再提醒您一次：它是一份两全保险合同。\n',
    '销售：您問同定存邊個好，呢兩樣冇得簡單比，一個係存款，一個係保險。\n',
  ],
  invalid: [],
});

// An FAQ that tells the deposit and the policy apart describes the deposit in its own terms.
ruleTester('deposit-wording', {
  kind: 'web',
  valid: [
    '问：这个和存款有什么区别？答：存款由银行保本付息；本产品是保险合同，利益以合同约定为准。\n',
    '答：它是保险合同，不是存款。存款可以随时支取，而本产品提前解除合同只能领取现金价值。\n',
  ],
  invalid: [],
});
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['销售：我们行的三年定存利率是1.75%，这是存款；您问的这份保险是另一回事。\n'],
  invalid: [],
});

// Savings kept as the customer's own choice, or said to have nothing to do with the policy.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '通脹會悄悄吃掉購買力。長期規劃時，除了存款之外，也可以考慮用保障型產品補足家庭的風險缺口。\n',
    '保费可以从您的储蓄账户里划，但这份合同本身跟储蓄没关系，它是寿险。\n',
    '经常有人拿年金险跟大额存单比利率。其实这是两类东西：一个是保险合同，一个是银行存款。\n',
  ],
  invalid: [{ text: '这份合同本身就是储蓄，跟存款一样。\n', found: ['', '存款一样'] }],
});

// 约定存入 holds no 定存; told not to mix them up.
ruleTester('deposit-wording', {
  kind: 'description',
  valid: [
    '续期保险费将从您指定的储蓄卡账户中自动划扣。生存保险金将按约定存入您的银行账户。\n',
    '理财产品由理财公司发行，保险产品由保险公司承保，存款才是本行自己的产品，三者别搞混。\n',
  ],
  invalid: [{ text: '这份年金就是定存，按约定每年付息。\n', found: [''] }],
});
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['這個月存款利率又降了，您那張存單到期後怎麼安排，我建議您先看清楚自己甚麼時候要用錢，再決定。\n'],
  invalid: [],
});
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '销售：您放定期里也是放，放我们这儿不也是放吗？还多一份保障。\n', found: [''] }],
});
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['个人储蓄账户开户、存款证明开立请至柜台办理；理财服务区另设保险代理咨询台。\n'],
  invalid: [],
});
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '定期存款同保險唔可以直接比較，你要睇清楚保障同現金價值。\n',
    '呢份係保險合約，唔係銀行定期存款，中途退保可能攞返少過已繳保費。\n',
  ],
  invalid: [],
});

// The account a benefit is paid into, and the deposit set apart with 则.
ruleTester('deposit-wording', {
  kind: 'description',
  valid: [
    '生存保险金将于每个保单周年日存入您指定的银行账户，您可随时支取该账户中的款项。\n',
    '問：這款產品和定期存款有什麼區別？答：它是人壽保險，提前退保只能領取現金價值，可能低於已交保費；定期存款則由銀行按約定付息。\n',
  ],
  invalid: [{ text: '这款产品跟存款一样，随时支取，利息照拿。\n', found: ['', ''] }],
});
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '周末带娃去科技馆，回来路上给她讲“存钱罐里的钱为什么会变少”——通货膨胀的第一课😂\n',
    '“储蓄型保险”是行业对年金险、两全险等具有现金价值积累功能的人身保险的通俗叫法，它仍然是保险合同，不是存款。\n',
    '大姐，咱唠明白了，这是保险，不是存钱，你要是就想存着，那还是去柜台办定期合适。\n',
  ],
  invalid: [{ text: '储蓄型保险，说白了就是存钱，存进去到期拿回来。\n', found: ['', '', ''] }],
});

// Likened to saving money or to the bank, half in pinyin; a deposit in nature; the customer's "what's the difference?" answered.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['这个跟存钱不一样，提前退保会有损失。\n', '它本质上是保险，不是存款。\n'],
  invalid: [
    { text: '孃孃，这个就跟存钱一样的嘛，每年存一笔，莫得啥子区别。\n', found: ['', ''] },
    { text: '把闲钱放进去，就跟存银hang一样。\n', found: [''] },
    { text: '您放心，这笔钱性质上就是存款，跟定期一样受存款保险保护。\n', found: [''] },
    { text: '客户：你们这个跟存款啥区别？理财经理：差不多一样，到期一起拿回来。\n', found: [''] },
  ],
});
ruleTester('deposit-wording', {
  kind: 'web',
  valid: [
    '我媽在銀行被推銷，對方一直講「就是存錢啦，跟定存一樣」，結果簽回來是二十年期的壽險，請問還能退嗎？\n',
    '二姨在群組轉的那個「養老儲蓄計劃」我查過了，其實是和煦人壽的年金保險，大家別當存款買哦。\n',
    '很多人把增额终身寿叫“存钱的保险”，但它是保险合同，不是存款。\n',
    '培训材料：监管文件中的"长期储蓄型保险产品"是分类名称，但对客户不要简称为"储蓄"。\n',
  ],
  invalid: [{ text: '就是存錢啦，跟定存一樣，到期連本帶利拿回來。\n', found: ['', ''] }],
});
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['您那张存单到期了先别急着转，存款该续就续，保险咱另说。\n', '定期存款到期按存入日约定的利率支付利息；提前支取的，按支取日活期利率计息。\n', '如果您看重的是随时能用、本金安全，那定期存款更适合您。\n'],
  invalid: [{ text: 'Think of it as a 5-year deposit with a better rate.\n', found: [''] }],
});
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '【本行存款专区】\n\n三年期大额存单20万元起存，利率以网点公告为准。（本专区不含保险产品）\n',
    '今天陪爸妈去网点把到期的定期存款续存了，顺便教他们怎么用手机查余额，周末愉快☀️\n',
    '存单取款要您本人签字，保单也一样，投保单上每个名字都得您亲笔签。\n',
  ],
  invalid: [{ text: '【本行存款专区】\n\n这款年金就跟存款一样，到期连本带利拿回。\n', found: [''] }],
});
ruleTester('deposit-wording', {
  kind: 'notice',
  valid: [
    '銀行理財產品不等於保險，保險產品亦非銀行發行。\n',
    '【青禾农商银行】您尾号8812的储蓄卡于10:21存入5,000.00元，可用余额12,300.45元。\n',
    '定期存款 一年期 年利率1.45%｜本行自營存款產品\n',
    '定期存款到期提醒：您的存单将于3月5日到期，可到柜台办理续存。\n',
    '保险不是存款，存款也不是保险。买之前先想清楚：您要的是保障，还是随时能用的钱？\n',
    '客戶：比存款划算嗎？理專：不能這樣比。要是您兩三年內可能要用錢，存款更靈活。\n',
    '张老师原本把积蓄都放在定期存款里，后来拿出一小部分配置了一份重疾险。\n',
  ],
  invalid: [{ text: '【瑞丰农商银行】您名下“长青年金”的第3年续存日为3月15日，请提前将续存款项转入尾号6618账户。\n', found: [''] }],
});
ruleTester('deposit-wording', {
  kind: 'notice',
  valid: ['活動說明：開門紅存款抽獎僅限定期存款新開戶客戶參加，保險產品不參與本活動。\n'],
  invalid: [],
});
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['大额存单额度有限，发售期为2026年1月5日至1月31日，售完即止。\n'],
  invalid: [
    { text: '钱是交给咱银行的，出了事银行负责，跟存在柜台上一样。\n', found: [''] },
    { text: '我们这个分红型的存款产品，可以直接转过来。\n', found: [''] },
  ],
});
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['保费交进去是买保障，不像存进银行的钱。\n'],
  invalid: [
    { text: '保费就像存进银行的钱，只是利率高那么一点点。\n', found: [''] },
    { text: '這是銀行新出的一種定期，期限比普通定期靈活。\n', found: [''] },
  ],
});
ruleTester('deposit-wording', {
  kind: 'notice',
  valid: ['2023年某地銀保投訴中，約四成涉及「把保險說成存款」。\n'],
  invalid: [{ text: '錢放在哪兒不是存？放保險公司還多一份保障，您說是不是？\n', found: [''] }],
});
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['呢個plan係保險，唔好當做fixed deposit咁睇。\n'],
  invalid: [{ text: '呢个plan你当做fixed deposit咁睇就得，不过年期长啲。\n', found: [''] }],
});

// Each with its own rules; told not to take it as a deposit; the bank's own deposits in Taiwan's words.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '經理：利率這東西，存款有存款的規則，保險有保險的合同，您別把兩個數字放一起看。\n',
    '別再把保單當存款！保險的本質是保障，購買前請先確認需求。\n',
    '本行美元定存優惠專案期間至6月30日止，詳情請洽櫃檯。\n',
    '王姐，提醒您美元定存下週到期喔，要續存還是轉活存都可以跟我說，這跟上次聊的保單是兩件事。\n',
    '产品 | 年化\n大额存单（三年） | 1.9%\n',
  ],
  invalid: [{ text: '這張保單就是美元定存，只是利息比較好。\n', found: [''] }],
});

// The product called a fixed deposit outright.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['客户：比定期怎么样？ 理财经理：这不是定期，是保险公司的年金保险，两者性质不同。\n'],
  invalid: [{ text: '客户：比定期怎么样？ 理财经理：也是定期嘛，只不过是保险公司的定期，五年一存。\n', found: [''] }],
});

// Hong Kong's and Taiwan's bank deposits on their own, a savings account for premiums, each to its own.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '港元定期存款：一個月期年利率3.2%，最低存款額一萬港元。\n',
    '本行定存專案優惠利率至月底止，詳情請洽櫃檯。\n',
    '首期及續期保費將從閣下指定的儲蓄戶口自動轉賬繳付。\n',
    '应急的钱建议您放活期，长期的保障交给保险，两样各管各的。\n',
    '您在柜台办存款时签的是存款凭条，今天签的是投保单，两样东西不要混在一起。\n',
  ],
  invalid: [{ text: '這張USD保單就是美元定存的概念。\n', found: [''] }],
});

// Not either-or; what differs, asked in order to explain it; asset classes listed; a morning meeting's review.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '您说想等利率再看看，完全可以，存款和保险不是非此即彼。\n',
    '存款和保险有啥不一样？①存款可以随时支取，保险提前退保有损失；②保险有身故、年金等保险责任。\n',
    '低利率时期，不少家庭开始重新审视存款、理财和保险在资产中的位置。\n',
    '早会复盘：上周有位阿姨把五年交的保单当成定期，第三年想取才发现只能拿回现金价值，投诉到了行里。\n',
  ],
  invalid: [{ text: '存款和保险没啥不一样，都是把钱存起来。\n', found: ['', ''] }],
});

// Premiums from a savings account; a deposit's maturity paid into the current account.
ruleTester('deposit-wording', {
  kind: 'notice',
  valid: ['保費可經閣下之儲蓄戶口每月自動轉賬繳付。\n', '您这笔三年期整存整取存款今天到期，本金和利息已经转入活期账户。\n'],
  invalid: [],
});

// The bank's own deposits offered as such.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '理财经理：那您要办的是我们行的定期存款，三年期年利率1.75%，我帮您取个号去柜台。\n',
    '柜员：这期大额存单额度有限，先到先得。\n',
  ],
  invalid: [{ text: '理财经理：这个年金就是我们行的新款定期存款，三年期。\n', found: [''] }],
});

// Deposits advised for money needed soon or kept liquid.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '经理：两年就要用的钱，我建议您还是做定期或者大额存单，不适合放在保险里。\n',
    '資產配置建議：流動資金放活期，一到三年要用的錢放定期。\n',
  ],
  invalid: [{ text: '经理：这款年金就跟做定期一样，放进去就行。\n', found: [''] }],
});

// Cantonese: two different things; the bank's deposit said to be unrelated to insurance; used as a deposit; an FD pick.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['您讲得啱，定存同保险系两样嘢：定存随时可以提，保单提早退保就会有损失。\n', '我哋間行嘅新資金定存優惠去到月底，呢個係存款，同保險冇關係。\n'],
  invalid: [
    { text: '其實係一份保險，但你當存款咁用就得。\n', found: [''] },
    { text: '高息FD之選🔥 5年期美元保單。\n', found: [''] },
  ],
});

// Insurance as a savings book or a certificate stand-in, money kept with our bank.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['存折和银行卡请妥善保管，保单与存折是两回事。\n'],
  invalid: [
    { text: '一张保单 = 一本终身有效的存折📒\n', found: [''] },
    { text: '大额存单额度抢不到的姐妹，这个就是平替。\n', found: [''] },
    { text: '您就当把钱存我们行了。\n', found: [''] },
  ],
});

// What the customer was told, reported; a Cantonese question about the difference.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['我妈去年被人说成“存三年”买的，结果是十年交，现在退出来亏一截。\n', '客人问：“呢个同存钱有咩分别？”\n'],
  invalid: [{ text: '呢个同存钱冇分别，存三年就得。\n', found: ['', '存三年'] }],
});

// The bank's own deposits at the counter.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['柜员：这是我行三年期整存整取定期存款，年利率以当天挂牌为准。\n', '理财经理：大额存单今天还有额度，要的话明天带身份证来网点办。\n'],
  invalid: [{ text: '理财经理：这款年金就跟三年期定期存款一样，放心存。\n', found: [''] }],
});

// A payout credited to an account; two of the bank's own deposits compared; a savings account in English.
ruleTester('deposit-wording', {
  kind: 'description',
  valid: ['生存金將於每個保單周年日存入您指定的銀行戶口。\n', '三年期大额存单利率比普通三年期定期存款高0.2个百分点。\n'],
  invalid: [{ text: '其实就系一个 saving account，放钱入去就得。\n', found: [''] }],
});

// News of the bank's own deposit issue; money kept for emergencies; a mis-sale reported by the family.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '某银行今日发行新一期储蓄国债，期限三年。\n',
    '建议先留足半年的应急存款，闲钱再考虑长期保险。\n',
    '#维权 我爸被当作存款买了一份分红险，犹豫期内已经退掉了。\n',
  ],
  invalid: [{ text: '我行推出新一期大额存单式的年金计划，收益比定期高。\n', found: [''] }],
});

// A maturing deposit moved into this product as a redeposit; saving a fixed sum each month; residents' offers.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['您的定期到期后，如需转存，可以在柜台或手机银行办理。\n'],
  invalid: [
    { text: '那笔定期到期了，可以转存到我们这个五年期的计划里。\n', found: [''] },
    { text: '每个月定存300元，十年后给孩子一笔教育金。\n', found: [''] },
  ],
});

// A regulator warning the public about savings insurance.
ruleTester('deposit-wording', {
  kind: 'notice',
  valid: ['保險業監管局提醒市民，儲蓄保險的非保證回報可能低於銷售文件所示。\n'],
  invalid: [],
});

// Southwestern 莫 is 别: a warning not to believe it is a deposit; the bank's own deposit renewed.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['孃孃，你莫听别个讲这个是存款，它是保险。\n', '今天主要跟您确认一下定期存款到期后要不要续存。\n'],
  invalid: [{ text: '孃孃，这个就跟存款一样的，存起就是了。\n', found: [''] }],
});

// Two different things in Cantonese; the counter doing a deposit now; a customer's misunderstanding reported.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '定期存款你照留喺銀行都得，我講嘅係保險，兩樣嘢嚟㗎。\n',
    '经理：好的，定期存款我现在就帮您办。\n',
    '回访记录：客户说误以为是存款，已告知可在犹豫期内解除合同。\n',
  ],
  invalid: [],
});

// This plan taken as a time deposit, in Cantonese.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['呢份唔係定期存款，係保險。\n'],
  invalid: [{ text: '呢個plan你當佢係一張三年定期就得。\n', found: [''] }],
});

// Each for its own use; deposits for money needed within a year; not money put away.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '做家庭配置，存款、基金、保险各有各的用途。\n',
    '我的笔记：定存放一年内要用的钱，长期不用的再考虑年金险。\n',
    '这不是把钱存起来，而是买一份保障。\n',
  ],
  invalid: [{ text: '这款就是把钱存起来，五年后连本带息取出。\n', found: [''] }],
});

// What is introduced said to be insurance, not savings: no deposit wording. Deposit abbreviations beside
// juxtaposed rates: the juxtaposition is what reviewers name.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '您刚才说想找个地方存钱，我先说明一下，我要介绍的是保险产品，不是储蓄，您看还愿意听吗？\n',
    '同样10万块，放定期一年一千出头，放这款演示第一年就有三千多。\n',
  ],
  invalid: [{ text: '这款就跟定期一样，您放心存。\n', found: [''] }],
});

// A customer asked whether it is a deposit, answered yes; asked whether it can be used like one, answered no.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['[WhatsApp] Jason：陳太，你問可唔可以當定期咁隨時攞錢——唔可以嘅，呢張係人壽保單，提早退保只可以攞返現金價值。\n'],
  invalid: [{ text: '客戶：所以這是定存嗎？ 業務員：對，可以這樣理解，只是期限長一點。\n', found: [''] }],
});

// A long-term deposit, in English.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '说白了这就是一张 long-term deposit，放十年不动就行。\n', found: [''] }],
});

// A bank's own deposit offer, food kept in a fridge: no insurance said to be a deposit.
ruleTester('deposit-wording', {
  kind: 'web',
  valid: ['恒澄銀行一年定存特惠年利率3.5%，新資金適用。\n', '这家店的蛋黄酥真的绝，冰箱冷藏能存一周，我一次囤了两盒\n'],
  invalid: [{ text: '这款就像一年定存，到期连本带息。\n', found: [''] }],
});

// A saver's diary: money moved into a real deposit, with no word of insurance; a pension said to come of it is the pitch.
ruleTester('deposit-wording', {
  kind: 'web',
  valid: ['攒钱日记第12天：发了奖金，先往大额存单里存了5000，剩下的留着交房租。\n', '六月记账｜工资到账转2000进定期存款，52周存钱法第20周打卡完成✅\n'],
  invalid: [{ text: '#存钱打卡 每个月存三百，存满十年，65岁以后每年都有一笔钱进账。\n', found: ['', ''] }],
});

// A gift of insurance for a real deposit (新开户存满 / 存款满): the gift is the inducement, the deposit is a deposit.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['开门红：新开户存满3万元一年定期，即赠综合意外险一份。\n'],
  invalid: [{ text: '存钱送保障：这份年金每年存两万，存满五年再送一份意外险。\n', found: ['', '', ''] }],
});

// A refund or benefit paid into the holder's deposit account; a bank's deposit season; a maths exercise.
ruleTester('deposit-wording', {
  kind: 'notice',
  valid: ['冷静期内解除合同的，已交保费将全数退回至您的银行存款账户。\n', '已知存款年利率2%，按年复利计息，求5年后的本息和。\n'],
  invalid: [{ text: '这份年金就像把钱存进一个存款账户，到期连本带息拿回。\n', found: [''] }],
});

// The branch's own counter services described for what they are.
ruleTester('deposit-wording', {
  kind: 'notice',
  valid: ['本网点周日照常营业，可办理借记卡挂失、定期存款到期转存、零钱兑换等业务。\n'],
  invalid: [{ text: '这款年金就像定期存款一样，到期连本带利一起拿。\n', found: [''] }],
});

// A child's piggy bank with no word of insurance; the piggy bank as a policy stays reported.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['给娃设了个存钱罐，每存满100元奖励一次去游乐场 🎠\n'],
  invalid: [{ text: '家人们看过来🐷 这就是升级版的存钱罐，每年往里存一点，存满5年就不用管了！\n', found: ['', '往里存', '存满'] }],
});

// The bank's own deposit falling due and rolled over; deposits and insurance weighed as two choices;
// two things told apart as one and the other. Insurance likened to a deposit stays reported.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '提醒一下，您的定期存款明天到期，记得来办转存。\n',
    '有粉絲問分紅險跟定存怎麼選？我的答案：先看需求，再看流動性。\n',
    '大额存单和增额寿怎么选？存单是存款，受存款保险保障；增额寿是保险，提前退可能亏。\n',
    '为什么不能拿增额寿的"演示利率"和定期存款比？因为一个是保险合同的演示，一个是存款的确定利率。\n',
  ],
  invalid: [{ text: '这个和定存差不多，您看选哪个？\n', found: ['定存差不多'] }],
});

// Telling the customer not to see it as insurance, then framing it as saving elsewhere, stays reported.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '经理：阿姨，这个您别当保险看，就是咱们这边换个地方存，利率还高一点。\n', found: [''] }],
});

// A call-back clerk accepting "a deposit product" as what was bought; the customer's own deposit stays clean.
ruleTester('deposit-wording', {
  kind: 'callback',
  valid: ['您的定期存款明天到期，记得来办转存。\n'],
  invalid: [{ text: '回访专员：您当时买的是一款存款类产品对吧？好的，那就没问题了。\n', found: ['存款类产品'] }],
});

// The same as a deposit said with 的, a maturing deposit rolled into the product, a fund put by as a deposit, the
// policy called a deposit plan (not yet when it is 您办理的…存款计划, read as the customer's own deposit); and the seller's own framing (这个您当作存钱就好) is no report of the customer's view.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '销售：您那笔定期下礼拜到期，记得来办转存，要不要转存一年期的，您自己定。\n',
    '销售：很多客户以为是存钱，其实这是保险，提前退保会有损失。\n',
  ],
  invalid: [
    { text: '销售：阿姨你放心这个就跟定期一样的 只是存的时间长一点 交五年放十年 到时候一起取出来\n', found: ['定期一样的'] },
    { text: '销售：您那笔定期快到期了吧？到期了直接转存到我们这个五年期的就行。\n', found: [''] },
    { text: '销售：阿嬷，这个你当作存钱就好，每年存一摆。\n', found: ['存钱', '每年存'] },
    { text: '为孩子存一份教育金，十八岁那年一次领取。\n', found: ['存一份教育金'] },
    { text: '销售：这是我们的十年期存款计划，每年交一万，交五年。\n', found: ['存款计划'] },
  ],
});

// Paid into the customer's account; deposits as one class of assets an account invests in.
ruleTester('deposit-wording', {
  kind: 'description',
  valid: [
    '各项年金及保险金可选择转账至您指定的银行账户，本公司将按时存入。\n',
    '| 账户 | 设立日期 | 投资范围 |\n|---|---|---|\n| 稳健债券型 | 2016-03-01 | 债券、银行存款、货币市场工具 |\n',
    '分紅保險賬戶資產主要配置於債券、銀行存款、權益類資產及基礎設施債權計劃。\n',
  ],
  invalid: [{ text: '这款年金就是银行存款，只是期限长一点。\n', found: [''] }],
});

// An FAQ heading asking how they differ, a wording guide; the rhetorical 有什么区别呢 after "the same" still is the claim.
ruleTester('deposit-wording', {
  kind: 'web',
  valid: [
    '## 常见问题：它和定期存款有什么区别？\n',
    '话术规范：请用“交费期间”代替“存期”，用“保险金”“保单利益”代替“利息”。\n',
    '话术规范：不用“存”“取”“存期”描述保单，应说“交纳保险费”“领取”“交费期间”。\n',
  ],
  invalid: [{ text: '存银行是存，存我们这儿也是存，到期连本带息都是您的，有什么区别呢？\n', found: [''] }],
});

ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['销售：叔，这是保险公司的产品，钱交给保险公司，不是存在信用社里。\n'],
  invalid: [{ text: '销售：叔，这是咱们信用社自己的产品，钱还是放在信用社里。\n', found: [''] }],
});

// Round 14: a bank savings product named with 保险版 (保险版的零存整取).
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['零存整取是银行的储蓄业务，这款是保险，两者不是一回事。\n'],
  invalid: [{ text: '说白了，这就是保险版的零存整取。\n', found: [''] }],
});

// Whether the money can stay that long is a warning, not a deposit term.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['客户经理：我得提醒您，这笔钱要能放够15年，提前退保只能拿回现金价值。\n'],
  invalid: [{ text: '这个就是一份储蓄，每年放三万进去，放够五年就行。\n', found: ['就是一份储蓄', '放够'] }],
});

// The policy bought called a savings business, in a call-back.
ruleTester('deposit-wording', {
  kind: 'callback',
  valid: ['回访专员：请问您是否清楚，您购买的是保险产品，不是银行的储蓄业务？\n'],
  invalid: [{ text: '回访专员：您这份其实就是我们公司的存款业务，每年交一次。\n', found: ['您这份其实就是我们公司的存款业务'] }],
});

// Hashtags that close a post are the post's topic labels: read with the sentence before them.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['📉 又降了！三年期大额存单利率降至1.5%，不少储户转向国债。#降息 #大额存单\n', '存款利率再创新低，储户怎么办？\n#存款利率 #定期存款\n'],
  invalid: [{ text: '交五年，领终身，养老钱有着落。#保险版存单 #养老规划\n', found: ['保险版存单'] }],
});

// A deposit advised as the better fit for money needed soon.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['理财经理：您如果最近要用钱，放在定存比较合适，保单提前退保会有损失。\n'],
  invalid: [],
});

// A deposit product's own terms (起存, 存期可选) on the bank's deposit page are about deposits, not a policy.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '本行推出“薪享存”零存整取新品，每月100元起存，存期一至三年可选。\n',
    '三年期大额存单利率1.55%，20万元起存，额度有限。\n',
  ],
  invalid: [{ text: '这款年金就是零存整取，每月100元起存，存期五年可选。\n', found: ['', '', '存期'] }],
});

// Northeast: the money said to be kept here (就当把钱存咱这儿了); saying it is not a deposit stays clean.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['销售：大姨，这个不是把钱存咱这儿，是买保险，中途取钱要按现金价值退。\n'],
  invalid: [{ text: '销售：大姨你就当把钱存咱这儿了，啥时候用啥时候取，贼方便。\n', found: [''] }],
});

// This product called a term deposit of ours, 'here' beside it (这是我们这边的五年期存单).
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['销售：这是我们这边代理的五年交年金保险，不是存单，中途退保会有损失。\n'],
  invalid: [{ text: '销售：这是我们这边的五年期存单，只是到期拿得多一点。\n', found: [''] }],
});

// A deposit falling due moved into the policy, the insurer's own certificate of deposit; a deposit rolled over stays clean.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['您的定期存款将于下周到期，到期后可自动转存至一年期定期。\n'],
  invalid: [
    { text: '【到期提醒】您有一笔资金即将到期，可转存至“颐享年年”养老年金，续存更安心。\n', found: ['', ''] },
    { text: '理财小白也能懂：这就是保险公司版的“大额存单”，5万起存。\n', found: [''] },
  ],
});


// A pitfall list quotes what sellers say under its numbered headings (坑1："…"), each corrected below.
ruleTester('deposit-wording', {
  kind: 'web',
  valid: ['**坑1："这就跟存定期一样，就是利息高一点"**\n\n❌ 增额终身寿是人寿保险，不是存款。\n'],
  invalid: [{ text: '**划重点："这就跟存定期一样，就是利息高一点"**\n\n欢迎到网点咨询。\n', found: [''] }],
});

// Insurance as something one deposits peace of mind in (存一份安心).
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['给自己一份安心——鑫瑞年金保险，由青禾人寿保险股份有限公司承保。\n'],
  invalid: [{ text: '存一份安心，享一生从容——鑫瑞年金保险\n', found: [''] }],
});

// After a report of what others were penalised for, the writer's own stance (咱们可不这么说——…) opens the writer's own
// words: a claim after it is theirs. A stance that keeps to the rules claims nothing; a report alone quotes.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '别家被罚是因为把保险说成存款，我们不一样，我们会讲清楚这是保险，不是存款。\n',
    '某银行因销售人员把保险说成存款被罚款二十万元。\n',
  ],
  invalid: [{ text: '隔壁行因为把保险说成存款被罚了，咱们可不这么说——咱们这个就是换个地方存钱，每年存两万，存满五年。\n', found: ['换个地方存', '每年存两万', '存满'] }],
});

// The deposit's features said of the deposit, beside what the policy is.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['客户：这个比大额存单收益高吗？\n经理：这两样没法放一起比。存单是存款，随时能取；这个是保险，主要管养老。\n'],
  invalid: [{ text: '经理：存单是存款，随时能取；咱们这个也一样，随时能取。\n', found: ['随时能取', '随时能取'] }],
});

// A call about the customer's deposit that offers nothing else.
ruleTester('deposit-wording', {
  kind: 'phone-script',
  valid: ['客户经理：跟您确认一下，您只想办定期存款对吧？那我就只说存款，不介绍其他产品。\n'],
  invalid: [{ text: '客户经理：您想办定期存款对吧？那您看看这款，其实也是存款，利息还高。\n', found: [''] }],
});

// Two things not to be mixed up.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['很多老人把“存单”和“保单”混为一谈。教您一招：看合同抬头，写着“保险合同”的就不是存款，中途取钱可能要吃亏。\n'],
  invalid: [{ text: '这张保单就是您的“存单”，教您一招：放着不动，到期一起取。\n', found: [''] }],
});

// A savings plan by name.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['养老年金「颐享计划」：每月1000，交满15年，60岁起按月领取养老年金，具体以合同为准。\n'],
  invalid: [{ text: '养老版「定投攒钱计划」：每月1000，攒满15年，60岁起按月领\n', found: [''] }],
});

// What customers say as soon as they come in, quoted by a seller who corrects it.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['好多阿姨来网点张口就是“那个能存钱的保险”。它是保险合同，承保的是保险公司，不是银行。\n'],
  invalid: [{ text: '这就是那个能存钱的保险，阿姨放心存。\n', found: [''] }],
});

// An objection card: the customer's quoted question, then the seller's answer, which is read.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['客户问“这是不是存款”，要明确回答：不是，这是保险公司承保的年金保险。\n'],
  invalid: [{ text: '客户问“这个算不算存款”，您就说跟存款差不多，只是存得久一些。\n', found: [''] }],
});

// The insurer's own deposit, money moved house, a money-earning tool.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['本产品是保险，不是存款，也不是保险公司发行的存单。\n'],
  invalid: [
    { text: '帮您的钱挪个窝，钱还是您自己的，只不过换个地方下蛋。\n', found: ['', ''] },
    { text: '呢張保單係收息神器。\n', found: [''] },
  ],
});

// No different from the counter; taken for a five-year deposit.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['这份是保险合同，到期不会自动续存，满期保险金会打到您指定的账户。\n'],
  invalid: [
    { text: '阿婆你啲钱放喺度同放喺柜台冇乜分别。\n', found: [''] },
    { text: '張太，你當佢係做咗個五年定期咁。\n', found: [''] },
  ],
});

// A seller steering a saver to a deposit instead of the policy is no deposit wording.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '大爷，您说只想找个地方存钱，那我就不给您推这个了，给您办个三年定期吧。\n',
    '理财经理：您只是想存钱的话，看看我们的定期和大额存单就好。\n',
  ],
  invalid: [{ text: '大爷，您说想存钱，这个就跟三年定期一样，存进来就行。\n', found: ['', '', ''] }],
});

// Likened to old deposits and bonds, only the name different.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['年金保险不是国库券，也不是存款，到期前退保可能拿不回所交保费。\n'],
  invalid: [
    { text: '跟您八几年买的国库券一个意思，买了就压箱底，到期兑付。\n', found: [''] },
    { text: '这玩意儿就跟搁银行存死期一个样，钱搁那儿趴着。\n', found: [''] },
  ],
});

// Round 30: the policy named in quotes as a deposit or a bond of its own kind, a second passbook, a seller's likening
// with no word of insurance; a penalty quoting the name is not.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['某银行将年金险宣传为“家庭国债”，被处罚款20万元。\n'],
  invalid: [
    { text: '大额存单起点20万，这份起点才1万——就当是给普通家庭准备的“小额大额存单”。\n', found: [''] },
    { text: '储蓄国债又没抢到？这份三年交的“家庭国债”不用抢号，随时来网点就能办。\n', found: [''] },
    { text: '退休金月月到帳、這張單子年年到帳，老了手裡兩本「存摺」，心裡不慌。\n', found: [''] },
  ],
});
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '孃孃，你就当是每个月去信用社存点零钱嘛，存满十年一次拿回去，还多出一截。\n', found: ['', '存满'] }],
});

// From final30: 存 spelt in pinyin.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: 'cun一笔养老钱｜年交1万交10年，60岁起按月领，领到终身💰\n', found: [''] }],
});

// Round 31: likened to a bond as a thing of one kind, 存 set apart in quotes, a family savings account in quotes;
// told apart from a bond is not.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['这个跟国债不是一类东西，国债是国家发的债，这个是保险。\n'],
  invalid: [
    { text: '阿姨，国债抢不到没关系，这个跟国债是一类东西，也是到期给钱的。\n', found: [''] },
    { text: '養老金「存」起來 月月領到老 —— 鈞安人壽 年金保險\n', found: [''] },
    { text: '一份能传给孩子的“家庭储蓄账户”，里面的钱只增不减。\n', found: [''] },
  ],
});

// From final31: a certificate swapped for a policy, said to be as safe; a warning before swapping is not.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['存单换保单之前请想清楚：期限、流动性和风险都不一样。\n'],
  invalid: [{ text: '存单换保单：收益多一点，期限长一点，安全性一模一样。\n', found: [''] }],
});

// From round 34: the customer's deposit falling due and moved to insurance is the offer's audience.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['存单到期转投保的客户，可领取养老规划手册一本。\n'],
  invalid: [],
});

// From final33: a way of "saving" in quotes, money "saved" in, an account opened with a quoted name.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: '利息越来越低？换个“存”法，交五年领终身。\n', found: [''] },
    { text: '每月把工资的一成「存」进这张保单。\n', found: [''] },
    { text: '给宝宝开一个“不能乱花”的户头，每年两万。\n', found: [''] },
  ],
});

// From round 35: saving with the insurer, a quoted “存” with a sum, money moved from the bank's account to the
// insurer's, likened to a credit cooperative by its full name.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '培训要点：不要跟客户说“存”几年、“利息”多少，要讲交费期间。\n',
    '本产品是保险产品，不是信用合作社的存款。\n',
  ],
  invalid: [
    { text: '定期到期了别转存，转到保险公司那边存，一样稳当。\n', found: [''] },
    { text: '分红年金“存”5万，送一桶油。\n', found: [''] },
    { text: '就是把钱从银行这个账户挪到保险公司那个户头，一分不少。\n', found: [''] },
    { text: '跟把钱放在信用合作社是一个道理，您放心。\n', found: [''] },
  ],
});

// Taken out whole at the end as a deposit is; the bank's own rate notice is not about insurance.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['定期存款新挂牌利率自7月1日起执行，详见网点公告。\n'],
  invalid: [{ text: '这份教育金，孩子十八岁那年整笔取出来交学费。\n', found: [''] }],
});

// Each kept to its own: 存钱归存钱，保险归保险.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['阿姨，存钱归存钱，保险归保险，您那笔定期照旧续存，这个年金回家想清楚再说。\n'],
  invalid: [],
});

// Asked whether it counts as a deposit and told yes, with only the name or the place said to differ.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['客户：那我这钱算存在你们银行吧？ 经理：不是的，这是保险合同，钱交给保险公司。\n'],
  invalid: [
    { text: '客户：那我这钱算是存在你们行了吧？ 经理：对对，就在我们这儿。\n', found: [''] },
    { text: '客户：那我这算不算存了三年定期？ 经理：对，差不多，只是放的地方不一样。\n', found: [''] },
    { text: '客户：那跟我存五年死期有啥不一样？ 经理：没啥不一样，就是名字不同。\n', found: [''] },
  ],
});

// Depositing and drawing set in quotes on a poster; the same as a term deposit, with its particle; likened right before
// the savings word even beside a deposit's terms; not told not to take it for one.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['千万别把它当成一张大额存单，它是保险，提前退保可能有损失。\n'],
  invalid: [
    { text: '“存”一份安心，“取”一份从容——鑫享年金\n', found: [''] },
    { text: '阿姨，呢个同存定期差唔多嘅，放喺度十年。\n', found: [''] },
    { text: '您就把它当成大额存单，只是期限长一点，二十万起存。\n', found: [''] },
  ],
});

ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['保单贷款的利息按年计算，具体以合同约定为准。\n'],
  invalid: [{ text: '利西每年分一次，直接打到你卡上，不用你操心。\n', found: [''] }],
});

// The money moved here to be deposited on, savings misspelt, a likening whose only difference is conceded; not the
// deposit this is compared with.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['三年定期到期了？别续了，挪到这儿，起码比续存多拿一截。\n'],
  invalid: [
    { text: '您那笔钱到期了，直接转到这个年金里续存五年，到期比原来多出一截。\n', found: [''] },
    { text: '说白了这个就是储畜，外加一份保障。\n', found: [''] },
    { text: '您就当它是定期存款，唯一的区别是中途取要扣点钱。\n', found: [''] },
  ],
});

// A child's piggy bank with no word of insurance; a policy called one is still deposit wording.
ruleTester('deposit-wording', {
  kind: 'inferred',
  valid: ['过年收的压岁钱，小孩自己一张张塞进小猪储蓄罐，说等攒满了买自行车。\n'],
  invalid: [{ text: '这张保单说白了就是一个长期的储蓄罐。\n', found: [''] }],
});

// A call-back recalling the policy as the money deposited at the branch; not the bank's own certificate of deposit.
ruleTester('deposit-wording', {
  kind: 'callback',
  valid: ['您去年在我们行存的那笔大额存单下月到期，到期本息会自动转入您的活期账户。\n'],
  invalid: [{ text: '您好，这里是晴岸人寿回访中心，跟您确认一下您上月在网点存的那笔五年期的钱。\n', found: [''] }],
});

// The product said to suit savers; not the bank's own savers it serves, nor a deposit swapped for this policy (the
// comparison that follows is what reviewers name), nor savers in the news.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '村里王大爷去年把存款转成这款分红险，一年多拿了两千块。\n',
    '多家银行下调存款挂牌利率，不少储户开始重新配置家庭资产。\n',
  ],
  invalid: [
    { text: '存期五年，年年有收益，适合稳健型储户。\n', found: ['', ''] },
    { text: '本计划专为稳健型储户设计，兼具保障与长期规划功能。\n', found: [''] },
  ],
});

// The year named before the bank's own deposit (今年存款利率) is not premiums framed as depositing; 按年存 is.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['今年存款利率一降再降，身边不少人开始看年金险。但年金险锁定的是长期，不适合短期用钱，买之前一定看清退保损失。\n'],
  invalid: [{ text: '这个计划跟定期一样按年存，王姐您考虑一下？\n', found: [''] }],
});

// A policy sold as a tool for saving, even to a money diary's readers; not the diary itself.
ruleTester('deposit-wording', {
  kind: 'web',
  valid: [
    '打工人三大谎言：明天早起、这是最后一杯奶茶、下个月开始存钱。\n',
    // 这个月 is a month, not this product.
    '存钱打卡第87天🐷 这个月工资一到手先转3000进定期，剩下的再花 #存钱计划 #打工人\n',
  ],
  invalid: [
    { text: '打工人强制存钱神器｜每月800丢进去，不到期拿不出来，专治乱花钱💸\n', found: [''] },
    { text: '史上最強儲錢工具🔥 錢生錢，躺著賺\n', found: [''] },
  ],
});

// Deposits and insurance called things of two kinds: told apart, not likened.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['客户：“这个收益比存款高吗？” 经理：“没法这么比，存款和保险是两类东西。这款保证的部分写在合同里，分红部分不保证。”\n'],
  invalid: [],
});

// The bank's own certificate of deposit, its quota and its issue, said with no word of insurance; the quota
// held up as the reason to take a policy instead stays deposit wording.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '大额存单额度有限，售完即止。\n',
    '这个月大额存单额度还有，您要办的话带上身份证来就行。\n',
    '大额存单今日额度已放出，先到先得，售完即止。\n',
  ],
  invalid: [{ text: '大额存单额度又抢光了？别着急，这款“保险版存单”1万元起存，一样稳稳当当。\n', found: ['大额存单', '“保险版存单”'] }],
});

// Saving and buying insurance told apart as two matters (是两件事), whatever else the sentence holds.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['科普｜“存钱”和“买保险”是两件事：存款随存随取，年金险是长期合同，前几年退保会有损失。\n'],
  invalid: [{ text: '这份年金说白了就是存钱，跟存款一回事，只是利息高点。\n', found: ['', '跟存款一回事'] }],
});

// A poster's "selling well" is no sales statistic: the deposit wording beside it stands; sales reported stay a statistic.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['据行业统计，今年一季度银保渠道年金险即告热销，居民存款增速同比放缓。\n'],
  invalid: [{ text: '月月存一點，六年後變一筆：美元利變型儲蓄壽險熱銷中\n', found: ['月存', '儲蓄'] }],
});

// No difference, just kept longer: the reply itself likens the policy to a deposit; a reply that draws the difference is clean.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: [
    '客户：这个跟存定期有啥区别？ 理财经理：区别很大。定期是存款，这个是保险合同，前几年退保会有损失。\n',
    '叔，这个就是银行的理财，跟您之前买的差不多，只不过期限长一点。\n',
  ],
  invalid: [
    { text: '客户：这钱放你们这儿跟存着一样吧？ 柜员：差不多，就是存的时间长点，到时候一起取。\n', found: ['差不多，就是存'] },
    { text: '客户：这个跟我放在柜台的钱有啥区别？ 销售：基本没区别，就是放的时间长一点。\n', found: [''] },
  ],
});

// The bank's own deposit and other trades' stored value, with no word of insurance (a customer's hindsight is told below).
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '江澄银行“安心存”三年期存款，年利率1.55%，手机银行即可办理。\n',
    '物业通知：业主可在APP中预存物业费，预存一年享九五折。\n',
  ],
  invalid: [{ text: '这款年金就是三年期存款，年利率1.55%，到期连本带息。\n', found: ['就是三年期存款'] }],
});

// A customer's hindsight about what the seller said then (22 and 28 such items in the corpus, all compliant).
ruleTester('return-comparison', {
  kind: 'promo',
  valid: [
    '经理当时拿张纸给我写：存款1.5%，这个3.5%。现在才知道3.5是演示利率，根本不是实打实的。\n',
    '理财经理当时跟我说这个比存定期划算，我现在急用钱要退保，才知道只能拿回现金价值。\n',
  ],
  invalid: [],
});

// A forced saving for years on end is a product's pitch, though a saver's post is everyday life.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['打工人三大谎言：明天早起、下周健身、下个月开始存钱😂\n'],
  invalid: [{ text: '打工人的强制存钱罐🐷 每月1000，二十年后给自己发工资\n', found: ['强制存'] }],
});

// Taken out whole at the end, a passbook or a Hong Kong account of one's own, a quoted “存” as the verb of saving here.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '个人养老金账户由您在商业银行开立，缴存的资金可用于购买符合规定的储蓄存款、理财和商业养老保险。\n',
    '考研倒计时100天，每天往脑子里“存”一点知识💪 #考研打卡\n',
  ],
  invalid: [
    { text: '到期一次取回，给孩子攒学费正合适，每年交一万，交满六年就行。\n', found: ['到期一次取回'] },
    { text: '本行理財新業務：十年期退休規劃戶口\n', found: [''] },
    { text: '养老钱，要“存”在看得见的地方｜交费期满，每年领取，领到终身。\n', found: ['“存”在'] },
  ],
});

// No different from money kept in the bank, in Cantonese; the customer told it is not the same stays clean.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['張姐，呢份係保險，同放喺銀行唔同，中途退保可能攞返少過你交嘅保費。\n'],
  invalid: [{ text: '張姐，講白啲就係將啲錢搬個位放住，同放喺我哋銀行冇分別，仲白白多份保障\n', found: ['放喺我哋銀行冇分別'] }],
});

// The short items of a list under a heading of who the product does not suit describe people, not the product; the same
// words said of the product, or under another heading, are read as ever.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['**哪些人不太适合**\n\n- 三五年内可能要用这笔钱的；\n- 希望随时支取、追求短期回报的；\n'],
  invalid: [
    { text: '**产品亮点**\n\n- 像活期一样随时支取；\n- 每年领取生存金；\n', found: [''] },
    { text: '这款年金像活期一样，随时支取。\n', found: ['', ''] },
  ],
});

// Doubt first (先存疑) is no deposit.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['推文說「穩賺不賠」的都先存疑，利變型的宣告利率每個月都會變，沒有人能保證。\n'],
  invalid: [{ text: '先存一笔在这里，五年后连本带利取出来。\n', found: [''] }],
});

// Premiums, not money put in: a differentiation sentence, also for the model's second opinion.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['这是一款保险产品，不是储蓄，您每年交的是保费，不是把钱存进来。\n'],
  invalid: [{ text: '您每年把钱存进来，五年后一起取。\n', found: [''] }],
});

// Thought of as a deposit, the deposit's features between (想成一个利率不会往下掉的定期); not told not to.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['千万不要把它当成一个利率更高的定期，它是保险，前几年退保会有损失。\n'],
  invalid: [{ text: '您就把它想成一个利率不会往下掉的定期，银行那边一年降一回，它二十年不动。\n', found: ['就把它想成一个利率不会往下掉的定期，'] }],
});

// Sent to deposits for what deposits do: advice, not deposit wording.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['如果您要的是随时能取、利率确定的东西，那应该去看存款，这款不是干这个的，它是二十年的长期保险。\n'],
  invalid: [{ text: '这款就跟存款一样，随时能取，利率确定。\n', found: ['', '随时能取'] }],
});

// A deposit's own kind (整存零取), a sum put in as a deposit (存五百进来), no more to deposit once the quota is gone;
// the bank's own 整存零取 described on its own is not.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['本行整存零取储蓄存款，起存金额1000元，按月支取本金。\n'],
  invalid: [
    { text: '整存零取，养老金按月到账 | 鑫禧年金保险\n', found: ['整存零取'] },
    { text: '这批额度卖完就收了，后面您想存都存不进去。\n', found: ['想存都存不进'] },
  ],
});
