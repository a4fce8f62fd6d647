import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('inducement', {
  kind: 'promo',
  valid: [
    // Leaflets handed out at an event with no business.
    '网点周末举办反诈宣传活动，现场发放宣传折页，无需办理任何业务。\n',
    // The bank's points mall for its cards' spending.
    '本行信用卡消费积分可在积分商城兑换礼品，详见积分规则。\n',
    '我们不提供任何赠品、返现或回扣。\n',
    '本产品没有抽奖、返利等活动，请您理性投保。\n',
    '保险公司不以赠送礼品等方式诱导投保。\n',
    // Contract benefits are not gifts.
    '交费期满后即可领取养老保险金，领取方式可选年领或月领。\n',
    '犹豫期后办理退保的，可领取保单的现金价值。\n',
    '投保成功后可领取纸质保险合同，也可以下载电子保单。\n',
    '交费期满后返还全部已交保险费，具体以保险合同约定为准。\n',
    '投保后寄送保险合同，请您注意查收。\n',
    '被保险人生存至60周岁，每年可领取养老年金。\n',
    // 一块儿 is 'together', not one yuan.
    '您和叔叔一块儿来网点，签完字把保单一块儿领回去。\n',
    // A gift to every visitor, tied to no purchase.
    '开业三周年，凡到网点的乡亲均可领鸡蛋一盒，不与任何业务挂钩。\n',
  ],
  invalid: [
    // The commission open to bargaining; the gift named, then the purchase it is handed over with.
    { text: '私信我，佣金点位好商量，懂的都懂～\n', found: ['佣金点位好商量'] },
    { text: '红包已经包好了🧧签单当天现场发\n', found: ['红包已经包好了🧧签单当天现场发'] },
    // A shop-like offer (进店扫码) that goes with signing.
    { text: '填问卷领好礼🎁 进店扫码登记“养老规划需求”即送100元加油卡，签约客户另有惊喜\n', found: ['', ''] },
    // A scratch card for buyers; points given for a policy, spent in the bank's points mall.
    { text: '老客户加保，刮刮卡，谁刮谁中。\n', found: ['', ''] },
    { text: '积分商城：保单生效即送2000积分，可兑换电饭煲、行李箱\n', found: ['', ''] },
    { text: '年交保费满1万元，投保即送精美礼品一份。\n', found: ['投保即送精美礼品一份'], suggested: '年交保费满1万元。\n' },
    { text: '购买本产品即可参加新春抽奖，100%中奖！\n', found: ['抽奖', '中奖'] },
    { text: '首月1元，保障全年。\n', found: ['首月1元'], suggested: '保障全年。\n' },
    { text: '投保满1万元返现200元，名额有限。\n', found: ['返现'] },
    { text: '开户就送5斤大米，先到先得。\n', found: ['开户就送5斤大米'] },
    { text: '推荐亲友成功投保，再送精美米面粮油礼包一份。\n', found: ['再送精美米面粮油礼包'], suggested: '推荐亲友成功投保。\n' },
    { text: '投保后可领取价值200元的超市卡。\n', found: ['投保后可领取价值200元'] },
    { text: '签单即送话费100元。\n', found: ['签单即送话费'], suggested: '\n' },
    // What is handed over with a purchase, with no 送: 签了单每人拎一桶油.
    { text: '今天签了单的，每人拎一桶五升的花生油回去。\n', found: ['每人拎一桶'] },
    { text: '免费赠险一份，扫码领取。\n', found: ['免费赠险'] },
    { text: '## 三、开门红好礼\n\n投保即返现金200元。\n', found: ['开门红好礼', '返现'] },
  ],
});

// Gifts for buying said as meals, trips and appliances; a bank event with no business is not an inducement.
ruleTester('inducement', {
  kind: 'script',
  valid: ['销售：本周六网点有反诈讲座，到场客户可领取一份小礼品，无需办理任何业务。\n'],
  invalid: [
    { text: '销售：年交三万以上，公司给您安排一次三亚五日游。\n', found: [''] },
    { text: '销售：本月投保年交满两万的客户，到网点可领豆浆机一台。\n', found: ['', ''] },
  ],
});

// A benefit paid on a schedule, or set in the contract, is no gift.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['60岁起每月领2000元养老年金，领至终身。\n', '保证领取部分：自60岁起每年领取基本保额的20%，该金额在合同中约定。\n'],
  invalid: [{ text: '投保就领2000元购物卡。\n', found: [''] }],
});

// A rebate given in words (百分之二) as in figures.
ruleTester('inducement', {
  kind: 'script',
  valid: ['首年保费按合同约定交纳，不返还任何比例的保费。\n'],
  invalid: [{ text: '首年保费返还百分之二，直接打到您卡上。\n', found: ['保费返还百分之二'] }],
});


// A gift named and then denied, a promise never to give one, a call-back's question, enforcement news.
ruleTester('inducement', {
  kind: 'script',
  valid: [
    '客户经理：礼品我们真没有，能给您的就是把条款一条条讲清楚。\n',
    '保险公司及销售人员不会以任何形式返还佣金或赠送礼品，如遇此类承诺请拨打投诉电话。\n',
    '回访专员：请问您在投保时是否收到过销售人员赠送的礼品或返还的现金？\n',
    '多地监管部门开展整治“投保送礼”专项行动，严查返佣、赠送实物等行为。\n',
  ],
  invalid: [{ text: '客户经理：礼品有的，签完单您拎一桶油回去。\n', found: ['礼品'] }],
});

// A complaint answered, an activity withdrawn, a phone to do the sums on.
ruleTester('inducement', {
  kind: 'notice',
  valid: [
    '您所述员工承诺“返还500元”一事，我行查实后已对该员工处理，您的保单权益不受影响。\n',
    '此前的“免费赠险”活动已按监管要求全部下线。\n',
    '同样十万块，放五年定期到手多少，放这个到手多少，您拿手机算算就清楚了。\n',
  ],
  invalid: [{ text: '今天签单送最新款手机一部。\n', found: ['签单送最新款手机'] }],
});

// Money handed over under another name.
ruleTester('inducement', {
  kind: 'script',
  valid: ['销售：我们不收取任何茶水费或好处费，如有人索要请拨打投诉电话。\n'],
  invalid: [
    { text: '销售：签了以后我包个茶水费给您。\n', found: ['茶水费'] },
    { text: '销售：保费差价我微信转您，就当打折了。\n', found: ['差价我微信转您', '打折'] },
  ],
});


// Gifts in Cantonese, emoji and English; papers handed over and rules quoted are no gift.
ruleTester('inducement', {
  kind: 'promo',
  valid: [
    '送您一份产品说明书，您带回家慢慢看。\n',
    '本产品条款已依法报送国家金融监督管理总局备案，备案不表示监管部门对产品作出推荐或保证。\n',
    '北京监管部门明确，互联网保险营销不得采用“首月1元”“免费赠险”等方式。\n',
  ],
  invalid: [
    { text: '簽咗單就有利是封，唔好同人講喔。\n', found: [''] },
    { text: 'Sign up today, get a free iPad mini!\n', found: ['get a free iPad'] },
    { text: '新客 cash back 3%，投保后7天到账\n', found: ['cash back'] },
  ],
});

// Gifts ruled out, and a fraud warning.
ruleTester('inducement', {
  kind: 'web',
  valid: ['本平台不开展任何与投保挂钩的抽奖、返现或赠品活动。\n', '“中奖”短信是诈骗！本公司从不以中奖为由要求客户缴纳保费。\n'],
  invalid: [{ text: '投保即可参加抽奖，iPhone等你拿。\n', found: ['', 'iPhone等你拿'] }],
});

// The bank's own card, app and deposit promotions, and push messages about premiums, offer no gift for insurance.
ruleTester('inducement', {
  kind: 'promo',
  valid: [
    '🎁 手机银行新户礼｜首次登录领10元话费券\n',
    '中奖公示｜信用卡“周五刷卡抽奖”第3期中奖名单已公布，请登录App查看\n',
    'App推送：您的续期保费应于6月30日前交纳，逾期有60天宽限期。\n',
  ],
  invalid: [{ text: '手机银行专享：投保年金即送视频会员月卡。\n', found: [''] }],
});

// A refusal conceded before a turn (但, 不过) cancels nothing after it; one that stands keeps the sentence clean.
ruleTester('inducement', {
  kind: 'script',
  valid: [
    '销售：公司不送礼品，但您可以参加网点的免费健康讲座。\n',
    '销售：我们不送礼品，不过投保后您可以在App里查看电子保单。\n',
    '经查，该行员工虽称公司不让送礼，但仍私下给客户送了一桶油。\n',
  ],
  invalid: [
    { text: '销售：虽然公司说不让送东西，但您签完我自己掏钱给您买个按摩仪。\n', found: ['掏钱给您买'] },
    { text: '销售：礼品按规定是不能送的，不过您签完我私下给您包个小红包。\n', found: ['私下给您包个小红包'] },
    { text: '销售：公司不让送礼品，不过您签完我私下送您一桶油。\n', found: ['私下送您一桶油'] },
  ],
});

// The bank's debit-card campaign is about the card; a card upgrade for buying is an inducement.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['澄江银行借记卡年费减免活动正在进行，详询各网点。\n'],
  invalid: [{ text: '交满三年给您把卡升成金卡，免年费，还送机场贵宾厅。\n', found: ['贵宾厅'] }],
});

// Premiums paid for the customer, gifts hinted at, fl, a gift in dialect; 价值不菲 refuses nothing.
ruleTester('inducement', {
  kind: 'script',
  valid: ['销售：保费由投保人按合同约定交纳，我们不提供任何形式的返还或补贴。\n'],
  invalid: [
    { text: '抽中“免单”的客户，首年保费由我们全额承担！\n', found: ['首年保费由我们全额承担'] },
    { text: '签单的姐妹私我领fl🎁 具体是啥私聊说～\n', found: ['领fl'] },
    { text: '销售：具体有什么“惊喜”我不方便在群里说，下了单你就知道了😉\n', found: ['惊喜”我不方便在群里说，下了单你就知道'] },
    { text: '销售：整一单就给你整个豆浆机，咋样？\n', found: ['整一单就给你整个豆浆机'] },
    { text: '销售：像您这样一次交满二十万的客户，年底都会收到一份价值不菲的年货礼包。\n', found: ['价值不菲的年货礼包'] },
  ],
});
ruleTester('inducement', {
  kind: 'script',
  valid: ['销售：犹豫期内退保，保险公司扣除不超过10元的工本费，不收其他手续费。\n'],
  invalid: [
    { text: '销售：签咗就送你一盒燕窝啦，唔好同人讲喔。\n', found: ['签咗就送你一盒燕窝'] },
    { text: '销售：这笔手续费我们不要了，全部折成保费优惠返给您。\n', found: [''] },
  ],
});

// A surrender fee taken and a notice sent are not rebates or gifts.
ruleTester('inducement', {
  kind: 'description',
  valid: [
    '◆ 退保：保单第1—3年退保收取2%的退保费用，退还账户价值扣除该费用后的余额。\n',
    '销售：公司每年会给您寄一份红利通知书，告诉您当年的分配情况。\n',
  ],
  invalid: [{ text: '销售：今天签单，我返您2%的现金，这事别跟别人说。\n', found: [''] }],
});

// Wording quoted as a kind of wording is mentioned, not used.
ruleTester('inducement', {
  kind: 'notice',
  valid: ['請注意：凡以「買保險送保險」「返現」「抽獎」等名義招攬投保的，均非本公司授權行為。\n'],
  invalid: [{ text: '「買保險送保險」活動火熱進行中，投保即返現！\n', found: ['', '返現'] }],
});

// Commission and fees handed back, a free policy with a long give word; a visit with no product is no inducement.
ruleTester('inducement', {
  kind: 'script',
  valid: ['客户生日当天，理财经理上门送了一束花和一张贺卡，没有提任何产品的事。\n'],
  invalid: [
    { text: '经理：您今天定下来，我把这个月的佣金退您一半。\n', found: [''] },
    { text: '经理：第一年的管理费我去找领导给您全免了。\n', found: [''] },
    { text: '经理：您这份年金生效以后，我们还免费赠送您一份住院医疗险。\n', found: [''] },
  ],
});

// A call-back question, complaint statistics and another firm's offer denied are no inducement.
ruleTester('inducement', {
  kind: 'callback',
  valid: [
    '請問您是否在銷售人員承諾返還部分保費的情況下投保？如有，請您如實告知。\n',
    '消保報告顯示，2024年涉及「贈品誘導」的投訴約佔銀保投訴總量的4%。\n',
    '您说那个送保险的活动是别家的，我们没有；这款附加的意外险也是要另外交钱的。\n',
    '7. 办理时，有没有人向您承诺保本、固定收益，或者给您返现、礼品？\n',
  ],
  invalid: [],
});

// 保险金条件 holds no 金条; a checklist handed over is no gift; a commission shared, a gift for buying here.
ruleTester('inducement', {
  kind: 'script',
  valid: [
    '以死亡为给付保险金条件的合同，须经被保险人书面同意并认可保险金额，否则合同无效。\n',
    '钱存哪儿不是存呢？存在我们这，还白得一份保障呀。\n',
  ],
  invalid: [
    { text: '销售：这单我把我的commission分您一半，相当于给您打了个八折。\n', found: [''] },
    { text: '销售：您在别家买也是买，在我这儿买还白得一个按摩仪，何乐而不为呢？\n', found: [''] },
  ],
});
ruleTester('inducement', {
  kind: 'promo',
  valid: ['首年保费最低1000元起，交费方式灵活。\n'],
  invalid: [{ text: '投保即享价值 ¥299 的体检套餐一份。\n', found: [''] }],
});
ruleTester('inducement', {
  kind: 'notice',
  valid: [
    '业务员说签了送一台电饭煲，结果签完电饭煲没见着，现在要退保还要扣钱。\n',
    '晨会：本周抽查投保资料，重点核对投保人签名笔迹与抄录语句是否一致。\n',
    '客：咁即係存錢啫？ 職員：唔係喎，呢個係保險合約，唔同存款，中途退保只可以攞返現金價值。\n',
  ],
  invalid: [{ text: '妈，这个你就安心买，业务员说了，送的那袋大米和两桶油我下午去拿。\n', found: [''] }],
});
ruleTester('inducement', {
  kind: 'promo',
  valid: ['这次活动的抽奖是行里给储蓄客户办的，和您买不买保险没关系。\n'],
  invalid: [{ text: '1元保首月，次月起按月交费\n', found: [''] }],
});
ruleTester('inducement', {
  kind: 'script',
  valid: ['唔好意思，買保險係冇禮品送嘅，規定唔容許。\n'],
  invalid: [{ text: '客户：送的东西有吗？ 经理：有有有！您签完就拿，两板鸡蛋，再加一套碗。\n', found: [''] }],
});
ruleTester('inducement', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '销售：您交满三年，我们给您报销一趟三亚的往返机票，两个人的。\n', found: [''] },
    { text: '🧧交保费抢红包🧧 最高888元\n', found: [''] },
  ],
});

// Another institution's gift campaign, denied.
ruleTester('inducement', {
  kind: 'script',
  valid: ['您說的那個送保險的活動是別的機構搞的，我們這兒沒有。\n'],
  invalid: [{ text: '别的机构搞的活动您也看到了，我们这儿投保也送一份意外险。\n', found: [''] }],
});
ruleTester('inducement', {
  kind: 'promo',
  valid: ['祝大家新年快乐🧨 群里发个小红包图个喜庆，不聊业务～\n', '防騙提醒🚨「買保險返現」「送手機」十有八九有貓膩，返的錢往往藏在別處。\n', '阿姨，阿拉勿好送物事个，买保险就是买保障，侬看看合适伐。\n'],
  invalid: [{ text: '今天群里下单的，每人再发个888的红包🧧\n', found: [''] }],
});
ruleTester('inducement', {
  kind: 'promo',
  valid: ['阿姨，您这个月需要补交两个月保费，宽限期内交上就行。\n'],
  invalid: [
    { text: '成单有hong包🧧，金额看保费\n', found: [''] },
    { text: '你今日落單，我個人幫你補兩個月保費，唔使同公司講。\n', found: [''] },
    { text: '规矩您懂的，签完单我这边“表示表示”，不会让您白跑一趟。\n', found: [''] },
    { text: '存5万⏎送10万意外保障\n'.replace('⏎', '\n'), found: [''] },
    { text: '阿姨，今天办这个的，每人送一桶五升的花生油，您拿不动我帮您送到家。\n', found: [''] },
  ],
});
ruleTester('inducement', {
  kind: 'notice',
  valid: [
    '首期保险费须由投保人本人账户支付，任何人不得代为垫付或返还。\n',
    '本行新客户存款活动：新开一年期定期存款满5万元，可领取礼品一份（仅限存款产品，不含代销保险）。\n',
    '您好，投保必须本人操作签名，我们都不能代劳，请您抽空来一趟网点。\n',
    '媽，嗰個話「買保險送金條」嘅電話一定係騙人嘅，千萬唔好理。\n',
  ],
  invalid: [{ text: '首期保费我们网点帮您垫付，签完再返还您一部分。\n', found: [''] }],
});
ruleTester('inducement', {
  kind: 'promo',
  valid: ['本产品附加一年期意外险须另行投保，保费另计。\n'],
  invalid: [
    { text: '年交满5万元加送一年期意外险一份\n', found: [''] },
    { text: 'tou bao song li，数量有限\n', found: [''] },
  ],
});
ruleTester('inducement', {
  kind: 'promo',
  valid: ['Accident cover is bought separately at its own premium.\n'],
  invalid: [
    { text: 'Sign today & get a FREE gift card worth ¥500!\n', found: [''] },
    { text: '购买年金保险，额外赠送一年期重疾保障。\n', found: [''] },
  ],
});

// Campaigns said not to apply to insurance, or to be the deposit business's.
ruleTester('inducement', {
  kind: 'notice',
  valid: [
    '优惠券、积分兑换等营销活动均不适用于保险产品，敬请谅解。\n',
    '您说的那个送油的活动是存款业务的，跟保险没有关系，买保险是没有的。\n',
  ],
  invalid: [{ text: '您看，投保了还能免费领一次洁牙服务，家里人都能用。\n', found: [''] }],
});
ruleTester('inducement', {
  kind: 'promo',
  valid: ['借记卡绑定快捷支付满10笔，可抽取话费券，详见活动规则（保险业务不参与本活动）。\n'],
  invalid: [
    { text: '转到这个产品来，您原来那份保险的退保损失我们帮您补上。\n', found: [''] },
  ],
});
ruleTester('inducement', {
  kind: 'script',
  valid: ['我們不會把任何佣金或獎金退給客戶，這是違規的。\n'],
  invalid: [
    { text: '我的業績獎金可以退一部分給您當紅包。\n', found: [''] },
    { text: '儲蓄計劃 + 送你迪士尼門票兩張\n', found: [''] },
  ],
});
ruleTester('inducement', {
  kind: 'script',
  valid: [
    '稍后系统会给您发送电子投保链接，签名和抄录都需要您本人在手机上完成。\n',
    'Q：推荐朋友投保有奖励吗？\nA：没有。保险公司不会因为客户推荐他人投保而给予返利或礼品。\n',
  ],
  invalid: [{ text: '推荐朋友投保，我给您发个红包。\n', found: [''] }],
});
ruleTester('inducement', {
  kind: 'promo',
  valid: ['首月保费按合同约定扣缴，次月起按月扣费。\n'],
  invalid: [{ text: '1元享首月保障，次月起按月扣费。\n', found: [''] }],
});
ruleTester('inducement', {
  kind: 'script',
  valid: ['我哋唔會畀任何佣金或者回贈你，呢啲係違規嘅。\n'],
  invalid: [
    { text: '签咗之后我私人再畀返啲佣金你，唔好同人讲。\n', found: [''] },
    { text: '首月1蚊試保，第二個月先正式供\n', found: [''] },
  ],
});

// Two sums set side by side are a comparison, not a gift.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['同样10万元，存三年定期到期约多4000元，买这份年金按演示可多领9000元。\n'],
  invalid: [{ text: '买这份年金，再领9000元购物卡。\n', found: [''] }],
});

// Handed over on signing.
ruleTester('inducement', {
  kind: 'script',
  valid: ['签完这个单子，保单五个工作日内寄到您家。\n'],
  invalid: [{ text: '您看这个保温杯还不错吧？签完这个单子就是您的了。\n', found: [''] }],
});

// Cantonese: a dollar for the first month, the seller paying the first premium.
ruleTester('inducement', {
  kind: 'script',
  valid: ['蚊都唔見隻，呢度好乾淨。\n'],
  invalid: [
    { text: '首月1蚊，第二个月先开始计正价。\n', found: [''] },
    { text: '只要今個月落單，頭一期保費我幫你頂咗佢。\n', found: [''] },
  ],
});

// Advice offered, and gifts said to be a thing of the past the regulator forbids.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['送上一句温馨提示：保险不是存款，投保前请看清条款。\n', '阿姐，送礼嗰啲系以前嘅做法，而家监管唔畀，我哋都唔会咁做。\n'],
  invalid: [{ text: '投保就送上一份好礼，先到先得。\n', found: [''] }],
});

// Another bank giving nothing is no refusal of ours; benefits to be told face to face.
ruleTester('inducement', {
  kind: 'script',
  valid: ['我们这儿买保险不送任何礼品，您按需要选就好。\n'],
  invalid: [
    { text: '别家啥都不送，我们这儿还送体检卡，您说选哪个？\n', found: [''] },
    { text: '买了之后，有些好处我们当面聊，电话里不方便说。\n', found: [''] },
  ],
});

// Going home, a rate-hike cycle, thanks to old customers for a product, a lottery said to have nothing to do with insurance.
ruleTester('inducement', {
  kind: 'script',
  valid: [
    '阿婆，呢度你自己簽，你返屋企再慢慢睇條款。\n',
    '加息週期一過，這種計劃就成絕版。\n',
    '本次抽奖面向本行信用卡消费满额的客户，与保险产品的购买无任何关联。\n',
  ],
  invalid: [{ text: '为了回馈老客户，今天投保即送电饭煲一台。\n', found: [''] }],
});

// A complaint answered; a campaign with nothing to do with insurance, or barred from being tied to it.
ruleTester('inducement', {
  kind: 'notice',
  valid: [
    '您所述的“投保送购物卡”系个别员工私下行为，我司已核实并处理，相关人员已被解约。\n',
    '我们网点的抽奖活动只针对储蓄卡新开户，跟买保险没有关系。\n',
    '活動贈品限開立新台幣活存帳戶之新戶，不得與保險商品搭售。\n',
  ],
  invalid: [{ text: '投保送购物卡，先到先得。\n', found: [''] }],
});

// Premium rebates, the seller handing back commission.
ruleTester('inducement', {
  kind: 'script',
  valid: ['保費回贈、佣金回贈都係違規，我哋唔會做。\n'],
  invalid: [
    { text: '保費回贈高達首年保費嘅15%，直接入你戶口。\n', found: [''] },
    { text: '你幫我做埋呢單，我回返兩成佣金俾你，當係幫下手。\n', found: [''] },
  ],
});

// By the case in dialect, a treat paid by the seller, a premium offset for likes, free cover added.
ruleTester('inducement', {
  kind: 'script',
  valid: ['这份年金不送任何礼品，也不能用积分抵扣保费。\n'],
  invalid: [
    { text: '老哥，你签了我这边给你整两箱酒，够意思吧？\n', found: [''] },
    { text: '您先把单签了，回头我请您和阿姨去农家乐住两天，钱我来出。\n', found: ['', '钱我来出'] },
    { text: '邀请好友助力，集满5个赞即可抵扣首期保费100元。\n', found: [''] },
    { text: '现在办这份年金，我再免费给您加一份一年期的意外险。\n', found: [''] },
  ],
});

// Another seller giving nothing is no refusal of ours; the premium cut for likes or on signing; a meal paid; the commission shared.
// Insurance left out of a card campaign, and a treat refused, are not inducements.
ruleTester('inducement', {
  kind: 'script',
  valid: [
    '本行信用卡积分可兑换礼品；代销保险产品交易不累计积分。\n',
    '信用卡签账回赠只适用于合资格签账，缴付保费不计算在内。\n',
    '按规定我不能请您吃饭，您的心意我领了。\n',
    '本契约采自动转账缴费者，依费率表享有保费折减1%。\n',
  ],
  invalid: [
    { text: '别的银行什么都不送，我们这儿签了还送您一台足浴盆。\n', found: [''] },
    { text: '首期保費我們幫您減兩百，今天簽就行。\n', found: [''] },
    { text: '您今天同意投保的话，第一个月只要一块钱。\n', found: [''] },
    { text: '您帮我冲一下这个月的业绩，我请您和阿姨吃顿饭。\n', found: [''] },
    { text: '手续费那块我们可以让一部分出来给您。\n', found: [''] },
  ],
});

// A loss made good is a guarantee, not a gift.
ruleTester('inducement', {
  kind: 'script',
  valid: ['坐席：這款投連險有公司託底，虧了公司補給您。\n'],
  invalid: [{ text: '您签了，差价我补给您。\n', found: [''] }],
});

// Cash rebates in English, the seller paying part of the premium, a red packet per referral, the dinner on us, vouchers.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['今晚的讲座免费参加，不设任何礼品，也不现场销售。\n'],
  invalid: [
    { text: 'Sign up now & get HK$1,000 cash rebate! 💵\n', found: [''] },
    { text: '阿姨您這張簽下去，我自掏腰包幫您繳第一期的一半。\n', found: [''] },
    { text: '你幫手介紹多兩個朋友買，我每單俾五百蚊你做利是。\n', found: [''] },
    { text: '今晚呢餐我哋埋单，当系多谢你支持我哋份计划。\n', found: [''] },
  ],
});

// A meal with the family, the commission or a sum shared, a personal subsidy.
ruleTester('inducement', {
  kind: 'script',
  valid: ['按规定我们不能给客户任何返佣，手续费也不能分给个人。\n'],
  invalid: [
    { text: '买了这个，我请你跟叔叔去农家乐搓一顿。\n', found: [''] },
    { text: '您今天签了，我把这个月的手续费分您一半。\n', found: [''] },
    { text: '今晚直播间成交的，保费我个人补贴500。\n', found: [''] },
  ],
});

// Gift campaigns stopped.
ruleTester('inducement', {
  kind: 'notice',
  valid: ['公司已全面停止赠险类活动，保障内容请以您购买的保险合同为准。\n'],
  invalid: [{ text: '投保即赠一年期意外险。\n', found: [''] }],
});

// Insurance given away; a big figure likened to a gift is no gift.
ruleTester('inducement', {
  kind: 'script',
  valid: ['每年3.5%复利增长，二十年下来总收益超过100%。\n'],
  invalid: [{ text: '理财经理：白送的保险您都不要？又不花您一分钱。\n', found: [''] }],
});

// Buying or not leaves a draw open; cover given on top.
ruleTester('inducement', {
  kind: 'notice',
  valid: ['投保與否不影響您參加本行年度抽獎活動的資格。\n'],
  invalid: [{ text: '轉投呢份保險計劃，額外送你一年期危疾保障。\n', found: [''] }],
});

// A warning against a lure, and staff told to refuse a gift asked for.
ruleTester('inducement', {
  kind: 'promo',
  valid: [
    '说“投保就送金饰”的，最后羊毛出在羊身上，别贪这点小便宜。\n',
    '抽奖？别被抽奖活动带了节奏，先看保险责任。\n',
    '客户索要礼品时，员工应明确拒绝。\n',
  ],
  invalid: [],
});

// A red packet on top, free cover added, the commission taken out for the customer.
ruleTester('inducement', {
  kind: 'script',
  valid: ['本产品不附赠任何礼品、红包或其他保险。\n'],
  invalid: [
    { text: '买满十万的客户，另有现金红包一份。\n', found: [''] },
    { text: '现在投保，免费送一年的意外险。\n', found: [''] },
    { text: '这单的提成我拿一点出来补给您。\n', found: [''] },
  ],
});

// Cantonese 睇返 is looking again, not a rebate.
ruleTester('inducement', {
  kind: 'script',
  valid: ['文件我send咗俾你，你得閒再睇返。\n'],
  invalid: [{ text: '你而家簽，我返你兩成佣金。\n', found: [''] }],
});

// A prize from another campaign, nothing to do with the policy.
ruleTester('inducement', {
  kind: 'script',
  valid: ['您抽中的是信用卡积分活动的奖品，和这份保险没有关系。\n'],
  invalid: [],
});

// Customers' feedback is no gift; extra interest paid by the bank is.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['客户真实回馈：理赔很快，服务周到。\n'],
  invalid: [{ text: '存满三年，行里额外再补0.3%的利息。\n', found: [''] }],
});

// A gift offered and refused; points that cannot pay a premium.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['理财经理说买保险送一桶油，我当场拒绝了。\n', '开通手机银行可获积分，积分不可用于抵扣保险费。\n'],
  invalid: [{ text: '买保险就送一桶油！\n', found: [''] }],
});

// Part of the premium handed back; a year for free.
ruleTester('inducement', {
  kind: 'script',
  valid: ['保費要全數交俾保險公司，我哋唔可以退任何一部分俾你。\n'],
  invalid: [{ text: '首年保費我退你兩成。\n', found: [''] }, { text: '轉過嚟，第一年保費當係免費。\n', found: [''] }],
});

// A first year's premium given away in a draw.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['本账号不开展任何抽奖或赠送保费活动。\n'],
  invalid: [{ text: '评论区扣1，抽两位粉丝送首年保费！\n', found: [''] }],
});

// Cover given for a sum saved, a red-packet shower, points given, a kickback in pinyin.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['温馨提示：投保前请仔细阅读条款，本活动不设任何赠品。\n'],
  invalid: [
    { text: '存一年 送五年保障，存得越多保额越高～\n', found: [''] },
    { text: '扫码投保，红包雨等你来抢。\n', found: [''] },
    { text: '本期投保客户均可获赠5000积分。\n', found: [''] },
    { text: 'hui扣 给到位，懂的来\n', found: [''] },
  ],
});

// A red packet per referral, a share of the premium absorbed, a gold bean. Not: a contract sent by post, a counter
// one must go to, a warning that promised gifts are hard to claim, a refund type said not to be a cash-back.
ruleTester('inducement', {
  kind: 'script',
  valid: [
    '您这个保单的纸质合同是保险公司寄给您的，我们行这边只能帮您查一下投保记录。\n',
    '先跟您说清楚，今天介绍的是保险，不是存款；您要是想办定期存款，得到柜台或者手机银行办理。\n',
    '#金融消费者权益保护 投保时被承诺的"返现""礼品"一般不会写进合同，出了问题也很难维权。\n',
    '返还型保险是指合同约定满期给付满期保险金的产品，和“返现”不是一回事。\n',
    '奶茶店周三买一送一🧋 拉上同事一起冲\n',
  ],
  invalid: [
    { text: '理财经理：那太好了，您介绍朋友来买，每成一单我给您包个红包，多介绍多拿。\n', found: [''] },
    { text: '業務員私下說：首期保費我幫您吸收兩成。\n', found: [''] },
    { text: 'tb满3万送jin豆一颗✨ 名额有限\n', found: [''] },
  ],
});

// Not done here; a gift kept off the paperwork.
ruleTester('inducement', {
  kind: 'script',
  valid: ['您说隔壁行买保险送米送油？我们这边不做这个，真出了事能理赔才实在。\n'],
  invalid: [{ text: '东西不方便写在单子上，您办完来我办公室拿就是了，大家都有。\n', found: [''] }],
});

// Premium covered by the seller, free cover for switching; not an offer that has ended.
ruleTester('inducement', {
  kind: 'script',
  valid: ['保費回贈優惠已於上月結束，本公司現時並無任何投保回贈。\n'],
  invalid: [
    { text: '首年保費我幫你cover一半，當係我送畀你嘅。\n', found: [''] },
    { text: '轉保過嚟我哋度，送你一年危疾保障，唔使俾錢。\n', found: [''] },
  ],
});

// A training quiz lists a gift as the wrong answer: it quotes the violation, it offers no gift.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['随堂测试：下列哪一项属于违规宣传？A.投保即送电饭煲 B.说明犹豫期 C.提示退保损失\n'],
  invalid: [{ text: '本周投保即送电饭煲一台，先到先得。\n', found: [''] }],
});

// No gift or rebate offered, or one withdrawn years ago, is no inducement.
ruleTester('inducement', {
  kind: 'web',
  valid: ['本行不会因客户购买保险而提供任何额外优惠或礼品。\n', '首年保费回赠已于去年取消，现时投保不设任何回赠。\n'],
  invalid: [{ text: '本月投保即享首年保费回赠8%。\n', found: [''] }],
});

// The commission handed back to the customer is a rebate.
ruleTester('inducement', {
  kind: 'script',
  valid: ['代理手续费由保险公司支付给银行，不会从您的保费里扣，也不会返给您。\n'],
  invalid: [{ text: '您这周定下来，我的佣金分您一半。\n', found: [''] }],
});

// A shop's own offer, or another seller's gift this one refuses: no gift for buying insurance.
ruleTester('inducement', {
  kind: 'web',
  valid: ['商场周年庆满500减100，顺手囤了两箱牛奶 #居家日常\n', '听说有同业送购物卡，我们行不搞这个，您也别收。\n'],
  invalid: [{ text: '本周交满5万再送超市购物卡500元。\n', found: [''] }],
});

// A gift the customer heard of elsewhere, disowned; free services tied to the purchase.
ruleTester('inducement', {
  kind: 'script',
  valid: ['阿姨，您说的那个“投保送金条”不是我们行的活动，我们这边没有这种，您别信。\n'],
  invalid: [{ text: '买了这份年金，以后您来网点理发、体检都免费。\n', found: [''] }],
});

// Sanctions reported, a gift the customer misread disowned.
ruleTester('inducement', {
  kind: 'script',
  valid: ['以前有同事给客户返过手续费，后来被处理了，现在一分钱都不能返。\n', '您说的那份“送的体检卡”其实是另一家机构的活动，跟这张保单没关系。\n'],
  invalid: [{ text: '您今天定下来，我私下返您一点手续费。\n', found: [''] }],
});

// Gifts listed after other claims with emoji between them, insurance given to new policyholders, a trip drawn.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['本产品无门槛投保说明：投保不设任何赠品或抽奖活动。\n'],
  invalid: [
    { text: '✅保障全面 💯安心无忧 🎁投保再送体检卡\n', found: ['再送体检卡'] },
    { text: '新保戶加碼送旅遊險，再抽香港來回機票！\n', found: ['加碼送旅遊險', '抽香港來回機票'] },
  ],
});

// Enjoyed at once on buying, free accident cover or points given with a policy, a referral fee, a cost the seller
// covers, a deposit rate raised for the buyer; a bank's own points for its deposits and cards are off topic.
ruleTester('inducement', {
  kind: 'promo',
  valid: [
    '活期日均资产满5万元，每月可获200积分。\n',
    '活动说明：本次积分兑换活动仅面向信用卡客户，购买保险产品不产生积分。\n',
    '利率下调前最后锁定机会，下单即享老费率。\n',
  ],
  invalid: [
    { text: '即日起投保指定產品，即享精美電飯煲一台。\n', found: ['即享精美電飯煲'] },
    { text: '投保满5万元，加赠意外伤害保险一份。\n', found: [''] },
    { text: '您介绍亲戚来买，一单给您两百块辛苦费。\n', found: ['辛苦费'] },
    { text: '這張單簽了，你孫子一學期的補習費我包了。\n', found: ['費我包了'] },
    { text: '签了这单，您下回来办存单，利率我帮您往上申请一档。\n', found: ['利率我帮您往上申请一档'] },
  ],
});

// A partial withdrawal's charge (Taiwan 提領) and a penalty list of what was found are no gifts.
ruleTester('inducement', {
  kind: 'description',
  valid: [
    '| 部分提領手續費 | 第1至4保單年度為提領金額之4%、3%、2%、1%，第5年起免收 |\n',
    '近两年的监管处罚中，超过六成涉及宣传用语：把保险说成存款、以赠品吸引投保等。\n',
  ],
  invalid: [{ text: '投保即送精美茶具一套，数量有限。\n', found: [''] }],
});

// Round 14: thanks as the gift, a present paid by the seller, a prize announced (a lottery whatever it is called).
ruleTester('inducement', {
  kind: 'script',
  valid: ['今年年会上，销售二组包揽了一等奖。\n', '礼品、抽奖这些我们都没有，保单利益以合同为准。\n'],
  invalid: [
    { text: '这是我们网点的一点谢意，您签完就能拿走。\n', found: [''] },
    { text: '您支持一下我的业绩，孩子的生日礼物我包了。\n', found: [''] },
    { text: '投保后还能参加活动，一等奖是一台洗碗机。\n', found: [''] },
  ],
});

// Round 15: a neighbour carried a gift home after signing.
ruleTester('inducement', {
  kind: 'script',
  valid: ['您对门张姨办完业务就回去了，我们这儿不送东西。\n'],
  invalid: [{ text: '您对门张姨签完拎了一桶油回去，您也别落下。\n', found: [''] }],
});

// A gift said unrelated to buying, then tied to signing after a dash and a turn: the turn is read.
ruleTester('inducement', {
  kind: 'script',
  valid: ['这是我们网点的一点心意，跟买保险没关系，您拿着就行。\n'],
  invalid: [{ text: '这是我们网点的一点心意，跟买保险没关系——不过得今天签了才能领。\n', found: ['签了才能领'] }],
});

// A purchase that earns points redeemable for a gift.
ruleTester('inducement', {
  kind: 'script',
  valid: ['理财经理：投保没有任何礼品，也不能用积分换东西。\n'],
  invalid: [{ text: '理财经理：买这份有积分，还能换一套茶具。\n', found: ['还能换一套茶具'] }],
});

// A case of oil carried to the customer's car once signed.
ruleTester('inducement', {
  kind: 'script',
  valid: ['理财经理：您的车停在门口是吧？下雨了，我帮您把伞拿到车上。\n'],
  invalid: [{ text: '理财经理：您签完字，我让同事把那箱油搬到您车上。\n', found: ['那箱油搬到您车上'] }],
});

// A question answered by a bare no (赠品？没有的。): the question offers nothing. A no that says more is read as it stands.
ruleTester('inducement', {
  kind: 'script',
  valid: [
    '销售：赠品？没有的，保单里写的就是合同约定的保险责任。\n',
    '銷售：贈送？沒有。返現？沒有。只有寫進合同的保障。\n',
  ],
  invalid: [
    { text: '销售：赠品？没有问题，签完就给您拿一桶油。\n', found: ['赠品', '给您拿一桶油'] },
    { text: '销售：返现？没有少过，每单都返您两个点。\n', found: ['返现', '返您两个点'] },
  ],
});

// A treat for signing, premium made up afterwards, a gift put straight in the car (Northeast 搁车上).
ruleTester('inducement', {
  kind: 'script',
  valid: ['温馨提示：贵重物品请勿搁在车上。\n', '销售：签单不送礼，也不请客吃饭，保费全部进保单。\n'],
  invalid: [
    { text: '销售：这周签单的，我请喝咖啡一年（每月一张券）。\n', found: [''] },
    { text: '销售：第一年的保费您先交着，到时候我这边想办法给您“找补”一点回来。\n', found: [''] },
    { text: '销售：大姐，今儿整完了，那一桶豆油、一袋大米你直接搁车上拉走。\n', found: [''] },
  ],
});

// A job ad's benefits are no gift to a customer.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['招聘｜入职享五险一金、节日礼品、带薪年假，欢迎加入银保团队。\n'],
  invalid: [{ text: '投保即享节日礼品一份，五险一金人群专享。\n', found: [''] }],
});

// Cantonese: sign it and a treat every month (你幫我簽咗佢，我每個月請你飲茶).
ruleTester('inducement', {
  kind: 'script',
  valid: ['销售：签完字我们会安排回访，请您如实回答。\n'],
  invalid: [{ text: '销售：你幫我簽咗佢，我每個月請你飲茶都得啦。\n', found: [''] }],
});

// Points multiplied for buying, another product's rate raised for buying both; a stated no-link stays clean.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['本行理财产品收益率不因客户是否购买保险产品而调整。\n'],
  invalid: [
    { text: '积分狂欢周！手机银行购买年金保险，积分×5\n', found: [''] },
    { text: '保单+理财组合购买，理财产品收益率上浮0.3%\n', found: [''] },
  ],
});

// Staff warned of sanctions for using the gift cupboard to sign (谁拿去当签单礼，查到一律追责).
ruleTester('inducement', {
  kind: 'regulation',
  valid: ['礼品柜里的东西只能用于存款活动和节日客户关怀，谁拿去当签单礼，查到一律追责。\n'],
  invalid: [],
});

// A seller warning the customer about gifts for buying (谁买保险送东西，您反倒要多留个心) offers none.
ruleTester('inducement', {
  kind: 'script',
  valid: ['客户：买保险送东西吗？\n理财经理：不送，监管不允许。谁买保险送东西，您反倒要多留个心。\n'],
  invalid: [{ text: '理财经理：这个月买保险送东西，签完就能拿走。\n', found: [''] }],
});

// Asked whether a gift comes with it and told yes: the A-not-A question refuses nothing.
ruleTester('inducement', {
  kind: 'script',
  valid: ['客户：是不是买了就送那个按摩仪？\n经理：不送的，监管不允许，您看条款就行。\n'],
  invalid: [{ text: '客户：是不是买了就送那个按摩仪？\n经理：有的有的，签完就能拿走。\n', found: [''] }],
});

// A warning that tells the customer to refuse gifts and cash-backs offers none.
ruleTester('inducement', {
  kind: 'notice',
  valid: ['任何人员向您承诺的返现、赠品等合同以外的利益均不受保险合同保护，请您拒绝并拨打95xxx投诉。\n'],
  invalid: [{ text: '本月投保满5万元即返现3%，另赠精美礼品一份。\n', found: ['返现', '赠精美礼品一份'] }],
});

// A favour for signing; a free cover switched on by buying.
ruleTester('inducement', {
  kind: 'script',
  valid: ['理财经理：签不签都没关系，您孙子上学的事跟买保险没关系，我帮您问问社区。\n'],
  invalid: [
    { text: '理财经理：只要签了这份，您孙子明年上学那个事我帮您想办法。\n', found: [''] },
    { text: '投保即可激活一份价值50万的航空意外保障。\n', found: [''] },
  ],
});

// What a buyer may collect, and a gift said to be the customer's once bought; a payout to collect is no gift.
ruleTester('inducement', {
  kind: 'script',
  valid: ['60岁起每年可领3万元养老金，具体以合同约定为准。\n', '这份保单买了，保障就是您的了。\n'],
  invalid: [
    { text: '成交客戶可領訂製茶具一套🍵\n', found: [''] },
    { text: '客户：买了有啥礼品没有？\n经理：有的有的，看您买多少，年交两万以上那个按摩仪就是您的。\n', found: [''] },
  ],
});

// A pitch called a scam by the poster.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['@小花 那个说“签单送金条”的是骗子吧？正规的不会这么搞\n'],
  invalid: [{ text: '@小花 签单送金条，正规的，放心搞\n', found: [''] }],
});

// A fee waived for the first buyers is an inducement, a fee listed in the documents is not.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['保单管理费：每月5元，从账户价值中扣除。\n'],
  invalid: [{ text: '今日前10名下单客户，首年保单管理费全免。\n', found: [''] }],
});

// Sent privately once bought.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['成交后请留意保险公司发送的电子保单和回访短信。\n'],
  invalid: [{ text: '加我v，成交后私发大红包🧧\n', found: [''] }],
});

// A red packet sent apart from the policy.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['投保成功后，电子保单另外发给您的邮箱。\n'],
  invalid: [{ text: '加我微信，投保成功后红包另外发给您。\n', found: [''] }],
});

// Favours and trips for buying; a service written in the contract, or a trip unrelated to buying, is none.
ruleTester('inducement', {
  kind: 'script',
  valid: [
    '本产品附带的就医绿色通道服务写在保险合同的增值服务条款里，以合同约定为准。\n',
    '支行工会年底组织员工去三亚团建，费用由工会承担。\n',
  ],
  invalid: [
    { text: '您投了这份，家里老人住院我们帮您走绿色通道，不用排队。\n', found: [''] },
    { text: '年交五万的客户，年底请全家去三亚，机票酒店我们包。\n', found: ['', '机票酒店我们包'] },
  ],
});

// Presents in family life are not gifts for buying.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['结婚纪念日我送了老婆一台吹风机，她说比送花实用。\n'],
  invalid: [{ text: '本月投保年金的客户，加送一台吹风机。\n', found: [''] }],
});

// A trip for those who buy, its costs paid by the branch; a gift time gives is a figure of speech.
ruleTester('inducement', {
  kind: 'phone-script',
  valid: ['今年是支行成立二十周年，这就是时间送给咱们的礼物。\n'],
  invalid: [
    { text: '这个月把手续办下来的客户，网点开春组织去泡温泉。\n', found: [''] },
    { text: '坐席：这周投保的客户，年底统一去海南度假，机票酒店行里全包。\n', found: [''] },
  ],
});

// Buying, and a favour that goes with it though no gift is named; the finding falls on the favour.
ruleTester('inducement', {
  kind: 'script',
  valid: [
    '免费的只有讲座和茶点，买不买保险都一样可以来。\n',
    '额度就剩最后两百万了，我先给您留着，今天下午之前得定下来。\n',
  ],
  invalid: [
    { text: '这个月签下来的客户，年会都安排坐主桌。\n', found: ['主桌'] },
    { text: '您这单签了，信用卡年费我去申请给您免了。\n', found: [''] },
    { text: '首年保费里的那点零头，我私下给您补回来。\n', found: [''] },
    { text: '交了保费就再加一份意外险，还不花钱。\n', found: [''] },
  ],
});

// Fares and meals paid, cards that never run short, the next premium seen to, no empty hands; the contract's own
// sum assured said not to fall short is the guarantee, not a gift.
ruleTester('inducement', {
  kind: 'script',
  valid: ['这款您闭着眼买，一分钱都少不了您的。\n'],
  invalid: [
    { text: '老人家来网点投保的，来回打车费和午饭钱我们给报了。\n', found: [''] },
    { text: '您在我这办，以后逢年过节，超市卡都少不了您的。\n', found: [''] },
    { text: '买两份的话，第二份的首期我来想办法。\n', found: [''] },
  ],
});

// Cover that starts on payment is the contract, not a gift.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['第一年交费后保单即生效，被保险人即享有身故保障。\n'],
  invalid: [{ text: '交费即享精美电饭煲一台。\n', found: [''] }],
});

// Round 30: what buying brings asked and confirmed, a gift for signing by its name, a red packet sized by the premium,
// a gift carried home, a favour asked round; what the contract sends is no gift.
ruleTester('inducement', {
  kind: 'script',
  valid: [
    '客户：买了会送纸质合同吗？ 经理：有的，合同会寄到您家。\n',
    '客户：这个保险有什么好处？ 经理：有的，保障终身。\n',
    '客户：买了有啥送的没？ 经理：没有的，我们不能送礼品。\n',
    '您孩子学区的事我真帮不上忙，托人也没用，保险的事您慢慢考虑。\n',
  ],
  invalid: [
    { text: '客户：买了有啥送的没？ 经理：有的有的，一套不锈钢锅，您签完直接提走。\n', found: [''] },
    { text: '阿姨，您这个月帮我冲一下单，您孙子学区那事我托人帮您问问。\n', found: [''] },
    { text: '孃孃你今天把字签了，那台按摩椅下午就给你抬到屋头去。\n', found: [''] },
    { text: '保费到账以后，红包会自动发到您微信，金额跟保费挂钩。\n', found: [''] },
  ],
});
ruleTester('inducement', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: '签约礼已备好🎁 名额有限，先到先得\n', found: [''] }],
});

// A tablet for signing today is the gift, not the pressure; a tablet to sign on is neither.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['投保可在平板电脑上完成电子签名，无需到网点。\n', '满期后每年返还已交保费的一部分，具体以合同为准。\n'],
  invalid: [{ text: '今日簽單即送平板電腦一部。\n', found: [''] }],
});

// From final30: gifts kept back for the customer who comes to buy.
ruleTester('inducement', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '阿姨，您要是来办的话，我这儿还留了两桶油，别人我都没给。\n', found: [''] }],
});

// Round 31: no empty hands for buyers, a red packet waiting on the premium, a reward the contract does not hold.
ruleTester('inducement', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '上回签单的张阿姨，回去的时候手里可没空着。\n', found: [''] },
    { text: '红包已备好🧧，就等您那一笔落地～\n', found: [''] },
    { text: '交满三年，再给您加一份“忠诚奖励”，是我们网点自己出的，合同上没有。\n', found: [''] },
  ],
});

// From final31: asked in Cantonese whether buying brings a gift, and told yes; told no is not.
ruleTester('inducement', {
  kind: 'script',
  valid: ['客戶：買咗有冇禮物㗎？ 經理：冇㗎，我哋唔可以送禮。\n'],
  invalid: [{ text: '客戶：買咗有冇禮物㗎？ 經理：有㗎有㗎，電飯煲同行李箱二揀一。\n', found: [''] }],
});

// From round 32: a gift asked for and refused by the rules, in Cantonese.
ruleTester('inducement', {
  kind: 'script',
  valid: ['客人：「簽單有冇禮物？」顧問：「冇喎，法規唔准，我都唔建議你為咗禮物買保險。」\n'],
  invalid: [],
});

// From round 32: draws for the first buyers or for buying (利變型 is insurance), a meal for making up the seller's numbers.
ruleTester('inducement', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: '直播期間落單嘅頭20位，即場抽一部掃地機械人🤖\n', found: [''] },
    { text: '這一期買利變型，就能參加抽日本雙人來回機票！\n', found: [''] },
    { text: '你幫我衝埋今季數，我請你同屋企人食餐好嘅\n', found: [''] },
  ],
});

// From round 33: a surprise for buying enough, a word put in for the customer's grandchild once signed.
ruleTester('inducement', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '这单签了，我去帮您跟校长打个招呼。\n', found: [''] },
    { text: '投保满五万有“惊喜”，懂的私聊。\n', found: [''] },
  ],
});

// From round 33: a card offer that leaves premiums and insurance out; the first year's premium paid in part by the seller;
// a gift carried home.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['本行信用卡消费满5000元可兑换电饭煲一台，活动不含保费缴纳及任何保险产品。\n'],
  invalid: [
    { text: '今天定下来的话，首年保费我们帮您出一部分。\n', found: [''] },
    { text: '您签了，这两箱牛奶和那套餐具您都拎走。\n', found: [''] },
  ],
});

// From final32: paid out at once for buying.
ruleTester('inducement', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: '手机银行投保立得50元立减金。\n', found: [''] }],
});

// From final33: the bank's own deposit offer with a gift is no insurance inducement.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['新资金存入一年期定存满10万元，赠送雨伞一把。\n'],
  invalid: [],
});

// A red packet made up by the seller for deciding today.
ruleTester('inducement', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '您今天定下来，我个人再补您五百块红包。\n', found: [''] }],
});

// From round 35: money wired by the seller on signing, the premium split with the seller, a month's premium paid for the customer.
ruleTester('inducement', {
  kind: 'script',
  valid: ['本产品投保不设任何返现、红包或代缴保费安排。\n'],
  invalid: [
    { text: '签单那天我微信转您666，讨个彩头。\n', found: [''] },
    { text: '保费咱俩各出一半，剩下的我来想办法。\n', found: [''] },
    { text: '首年我帮您交两个月保费，等于打了折。\n', found: [''] },
  ],
});

// A gift carried to the customer's car after signing; terms taken home to read are no gift.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['您不用急，条款拿回家慢慢看，想好了再来。\n'],
  invalid: [{ text: '签单顺利🙏 两桶油一袋米已经帮您搬上车啦\n', found: [''] }],
});

// A tax note, the bank's own new-deposit gift, a shop's opening offer: no policy sold with a gift; a policy sold with one is.
ruleTester('inducement', {
  kind: 'inferred',
  valid: [
    '个税小课堂：储蓄存款利息所得暂免征收个人所得税，而中奖之类的偶然所得要按20%交税。\n',
    '本行新客户首次存入5万元以上，可获赠定制保温杯一个（数量有限，送完即止）。\n',
    '开业大酬宾：进店即送定制帆布袋，消费满200元可参与抽奖。\n',
  ],
  invalid: [{ text: '年金保险开门红：投保满5万即送定制保温杯，还可参与抽奖。\n', found: ['', '抽奖'] }],
});

// The premium's rest advanced by the seller against the commission; not a premium loan under the contract.
ruleTester('inducement', {
  kind: 'script',
  valid: ['宽限期内未交的保险费，可按合同约定由保单现金价值自动垫交，具体以条款为准。\n'],
  invalid: [{ text: '保费您先交一部分，剩下的我们帮您垫上，等佣金下来就抵了。\n', found: [''] }],
});

// A shop's member day and a game's season: everyday life, no policy.
ruleTester('inducement', {
  kind: 'inferred',
  valid: ['周三会员日全场积分翻倍，积分可以抵现金。\n'],
  invalid: [{ text: '会员客户本周投保满两万，积分翻倍还送电饭煲。\n', found: [''] }],
});

// Another cover thrown in for free, a campaign's thank-you gift for signing; not the policy's own benefits.
ruleTester('inducement', {
  kind: 'script',
  valid: ['这款附加的意外伤害保险是合同的一部分，保险费已经算在总保费里了。\n'],
  invalid: [
    { text: '您这单要是交满五年，我帮您免费配一份意外险。\n', found: [''] },
    { text: '今天签的客户，每位都有一份新春答谢礼。\n', found: [''] },
  ],
});

// A fine bottle handed over (高档 here is the gift, not the illustration's scenario); points of yield on top.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['按高档演示利率计算，第十年现金价值约12万元，演示数据不代表实际收益。\n'],
  invalid: [
    { text: '投保满10万送高档白酒一瓶🍶\n', found: [''] },
    { text: '存款到期转这款，额外奖励0.5%，等于年化3.5%\n', found: [''] },
  ],
});

// Another seller giving nothing is no refusal of ours; our own refusal still is.
ruleTester('inducement', {
  kind: 'script',
  valid: ['客户：买了送啥不？柜员：叔，啥也不送，也不能送，您就看这保险适不适合您。\n'],
  invalid: [{ text: '别家买保险啥也不送，咱这儿还送体检卡，您说选哪家？\n', found: [''] }],
});

// 即享 before a figure is a promise of safety (the guarantee), not a gift; before a gift it still is one.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['投保即享100%资金安全保障\n'],
  invalid: [{ text: '投保即享机场贵宾厅服务一次。\n', found: [''] }],
});

// A death benefit set as a share of the surrender value is the contract's, not money handed back; a rebate still is.
ruleTester('inducement', {
  kind: 'description',
  valid: ['✦ 身故賠償：已繳保費的101%或保單退保價值的101%，以較高者為準\n'],
  invalid: [{ text: '年交5万以上的客户，我们再返2%的现金，直接打到您卡里。\n', found: [''] }],
});

// A scratch card for buyers is a lottery; one open to every visitor and tied to no purchase is not.
ruleTester('inducement', {
  kind: 'script',
  valid: [
    '网点周年庆：到店客户均可参与刮刮乐，活动不与任何产品购买挂钩。\n',
    '持卡客户生日当月可到网点领取生日礼一份（不与任何产品购买挂钩）。\n',
  ],
  invalid: [
    { text: '这个月买保险的客户都能刮一张刮刮乐，最高能刮出一千块。\n', found: ['刮刮乐'] },
    { text: '开门红期间投保，可参加刮刮乐，最高奖金8888元。\n', found: [''] },
  ],
});

// Other trades' offers (a gym's stored-value card, a phone plan, a restaurant's member day) with no word of insurance.
ruleTester('inducement', {
  kind: 'promo',
  valid: [
    '储值卡充5000送800，另赠运动毛巾一条。\n',
    '本周三会员日，存酒客户到店消费赠送小菜一份。\n',
    '营业厅活动：预存话费200元，每月返还20元，连续返还10个月。\n',
    '五一到店送好礼：单笔消费满500元即可参与抽奖，一等奖扫地机器人一台。\n',
  ],
  invalid: [{ text: '您今天把年金保险定下来，我再送您一张超市储值卡，里面充了五百。\n', found: [''] }],
});

// The bank's own deposit campaigns (a first-deposit gift, a savings draw that has ended) with no word of insurance.
ruleTester('inducement', {
  kind: 'promo',
  valid: [
    '新客首存礼：新开户并存入5万元一年期定期，可领取食用油一桶，每人限领一次。\n',
    '储蓄存款有奖活动已于2025年12月31日结束，奖品将于3月底前发放完毕。\n',
  ],
  invalid: [{ text: '存钱送保障：新开户存5万送一份综合意外险\n', found: ['', ''] }],
});

// Something small "as a friend" or for the customer's tea: a gift for the sale.
ruleTester('inducement', {
  kind: 'script',
  valid: ['员工守则：不得收受客户赠送的鸡蛋、土特产等任何礼品。\n'],
  invalid: [
    { text: '一点土特产，不值什么钱，就当交个朋友，单子的事您慢慢看。\n', found: ['土特产', '就当交个朋友'] },
    { text: '阿姨您放心，您这单的“茶水钱”我记着呢，下回来给您带上。\n', found: ['茶水钱'] },
  ],
});

// Gold bars bought and kept are the yardstick, not a gift.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['十年前買金條的人笑了，十年前買這份年金的人也笑了。\n', '叔，您那几根金条先放着，我不劝您卖。\n'],
  invalid: [{ text: '买保险送金条，签单当天就领。\n', found: [''] }],
});

// A premium discounted or paid with points, a deposit's rate raised for buying; the bank's own deposit offer stays clean.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['本行新客户专享：三年期定期存款利率上浮至1.75%，5万元起存。\n'],
  invalid: [
    { text: '现在投保享“保费折上折”，三年交只需付两年半\n', found: ['折上折'] },
    { text: '积分当钱花：保费可用信用卡积分抵扣20%\n', found: [''] },
    { text: '您在这儿买了，我跟行里申请给您那笔存款上浮点利率，两头都划算。\n', found: [''] },
  ],
});

// Premiums paid by the seller, something more to enjoy for buying; a company's group cover for its staff is not.
ruleTester('inducement', {
  kind: 'promo',
  valid: ['公司为全体员工投保团体意外险，保费由公司承担。\n', '到期还本，另享年度利息。\n'],
  invalid: [
    { text: '头两个月的保费我们来出，您只管交后面的。\n', found: [''] },
    { text: '投保年金险满5万，再享体检套餐一份。\n', found: [''] },
  ],
});

// Gifts and draws said to be kept apart from buying.
ruleTester('inducement', {
  kind: 'web',
  valid: ['問：買保險可唔可以參加抽獎？答：唔可以，所有抽獎活動都唔會同投保掛鈎。\n', '本行客户答谢活动均不与保险销售挂钩。\n'],
  invalid: [{ text: '本月投保即可参加幸运抽奖，奖品丰富！\n', found: [''] }],
});

// Told to keep a commission rebate quiet is no denial of it.
ruleTester('inducement', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '我那份佣金拿一半出来转您卡上，您就当没这回事。\n', found: [''] }],
});

// A call-back asking whether the seller gave anything asks.
ruleTester('inducement', {
  kind: 'inferred',
  valid: ['請問業務員是否有提供您任何贈品或回扣？\n'],
  invalid: [{ text: '投保即送贈品，另有回扣。\n', found: ['投保即送贈品', '回扣'] }],
});
