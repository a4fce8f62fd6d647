import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('pressure-selling', {
  kind: 'promo',
  valid: [
    // An insurer's notice of a stop from a date; a pension's yearly deadline.
    '经公司决定，光禾安裕年金保险自2024年8月31日起停止销售，已生效保单不受影响。\n',
    '距离本年度个人养老金缴存截止还有10天，已开户的客户请留意年度缴存上限12000元。\n',
    // A gift's places counting down is the inducement's.
    '投保就送全家意外險一年，名額倒數中！\n',
    // A renewal's premium recalculated, not a rise to hurry for.
    '续保时保费要按年龄重新计算，可能上调，以保险公司公布为准。\n',
    // The cooling-off period counted down.
    '犹豫期倒计时⏳：签收保单后15天内可以无条件退保，过了就只能退现金价值，觉得不合适请尽早说。\n',
    '根据安和人寿保险股份有限公司2024年8月1日发布的公告，本产品自2024年8月31日起停止销售。\n',
    '本产品长期在售，请您根据自身需求理性选择。\n',
    '产品停售后，已生效的保险合同不受影响。\n',
    '请您在充分了解产品后再作决定，不必急于投保。\n',
  ],
  invalid: [
    // A date after which buying stops, a countdown to a rate cut.
    { text: '开门红限定！1月31日后不再开放投保\n', found: ['1月31日后不再开放投保'] },
    { text: '距离预定利率下调还有 07 天 12 小时\n', found: ['距离预定利率下调还有 07 天'] },
    // Only this week, the quota counting down, lock early, head office tightening, the notice not to be waited for.
    { text: '🔥爆款回歸，僅此一週\n', found: ['僅此一週'] },
    { text: '本月額度倒數：剩餘 3.2%\n', found: ['額度倒數'] },
    { text: '利率下行不可逆，早锁定早安心🔒\n', found: ['早锁定早安心'] },
    { text: '给您透个底，总公司要收紧了，月底前进件的还按老规则走。\n', found: ['总公司要收紧'] },
    { text: '真不骗你，我们群里已经在传要停了，等正式通知出来就来不及了\n', found: ['等正式通知出来就来不及了'] },
    // The premium said to rise soon; a Cantonese cut-off for not deciding at once.
    { text: '保费下个季度就要涨了，早买早省钱。\n', found: [''] },
    { text: '你唔即刻決定，聽日個系統就會截咗，到時我都幫唔到你。\n', found: [''] },
    { text: '本产品即将停售，欲购从速！\n', found: ['即将停售', '欲购从速'], suggested: '欲购从速！\n' },
    { text: '预定利率即将下调，利率下调前锁定长期收益。\n', found: ['利率下调前锁定'] },
    { text: '最后机会，错过再等一年！\n', found: ['最后机会', '错过再等一年'] },
    { text: '开门红末班车，限量抢购，手慢无！\n', found: ['末班车', '限量抢购', '手慢无'] },
    { text: '下月马上涨价，现在投保最合适。\n', found: ['马上涨价'], suggested: '现在投保最合适。\n' },
  ],
});

// Quotas running out, stories of those who waited, waiting that only brings rate cuts.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['销售：这款产品长期在售，您不用着急，资料带回去和家人商量好再说。\n'],
  invalid: [
    { text: '销售：全行就三百个额度，已经走了两百多个，要不要我先帮您占一个？\n', found: [''] },
    { text: '销售：别等了，等来等去只等来降息。\n', found: ['', '等来等去'] },
  ],
});

// 先到先得 beside a gift is the gift's (inducement), not pressure; on a quota it is pressure.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['投保即送定制保温杯一个，先到先得。\n'],
  invalid: [{ text: '本期额度有限，先到先得。\n', found: ['', '先到先得'] }],
});

// Deadlines a seller sets by the system or by procedure, and the same birthday said without pressure.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['销售：您下个月过生日，保费会略有上调，您按自己的节奏决定就好。\n'],
  invalid: [
    { text: '销售：系统今晚十二点就切新费率了，您二位最好现在就定下来。\n', found: ['今晚十二点就切新费率'] },
    { text: '销售：阿姨，您今天先把首期交上，其他手续咱们以后再慢慢补。\n', found: ['手续咱们以后再慢慢补'] },
  ],
});

// The last train, never again, a wait that loses, few places, and a hurry said as a condition.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['本行大额存单额度有限，以网点公告为准。\n', '犹豫期过后退保，只能领取保单的现金价值。\n'],
  invalid: [
    { text: '这可能是最后一班3%的车了，上不上你自己掂量🚌\n', found: ['最后一班3%的车'] },
    { text: '懂的都懂，这一波过后，就再也没有3.0%的产品了。\n', found: ['再也没有'] },
    { text: '阿姨，您说等新产品出来，收益一降再买，那不是亏大了嘛？\n', found: ['一降再买，那不是亏大了'] },
    { text: '客户经理：就这么几个名额，别人都排着队呢。\n', found: ['就这么几个名额', '排着队'] },
    { text: '降息潮来了，不抓紧锁定利率，以后想买就只剩更低的了\n', found: ['降息'] },
  ],
});

// Sold out once the system closes, a place held, a step too late, never this good again, buying now as saving.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['销售：您回去慢慢想，想好了再来，不着急。\n'],
  invalid: [
    { text: '销售：姐您想可以，周五系统一关，想好了也买不着了。\n', found: ['系统一关', '也买不着了'] },
    { text: '销售：先把单子交了占个坑，真不合适犹豫期里再退嘛。\n', found: ['占个坑'] },
    { text: '销售：大家都在抢，您晚一步就是别人的了。\n', found: ['大家都在抢', '晚一步就'] },
  ],
});

// The stop-sale said in English, pinyin or dialect, a rate about to be history, locking early.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['3.5%预定利率的时代已经成为历史，现行产品以合同约定为准。\n'],
  invalid: [
    { text: '销售：这个是 last call 了，周五就下架。\n', found: ['last call', '周五就下架'] },
    { text: '销售：这款月底就tingshou了。\n', found: ['月底就tingshou了'] },
    { text: '销售：莫拖了嘛，过几天就没得卖了。\n', found: ['过几天就没得卖'] },
    { text: '销售：过了这个季度这个利率就成为历史了。\n', found: ['过了这个季度这个利率就成为历史'] },
  ],
});

// A live stream's last orders.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['本场直播不设名额限制，请根据自身需要决定是否投保。\n'],
  invalid: [{ text: '直播间只剩最后 3 单，拍完即止！\n', found: ['只剩最后 3 单', '拍完即止'] }],
});

// A stop said to be certain.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['销售：这款目前没有停售安排，您不用着急，回去和家人商量。\n'],
  invalid: [{ text: '销售：总部通知了，这款月底前一定会停。\n', found: ['月底前一定会停'] }],
});

// A bond's or the bank's own deposit's quota is no pressure to buy insurance.
ruleTester('pressure-selling', {
  kind: 'web',
  valid: [
    '財政部今年發行的３年期儲蓄國債票面利率為2.38%，５年期為2.5%，額度售完即止。\n',
    '大额存单额度有限，售完即止（本行存款产品）。\n',
  ],
  invalid: [{ text: '这款年金额度有限，售完即止，要买抓紧。\n', found: ['额度有限', '售完即止'] }],
});

// A stop on a near date or at any time, no time to think it over; a quiz quoting such a line is training.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['【随堂测验】下列哪句话术违规？ A.“月底停售，抓紧上车” B.“犹豫期15天内可以全额退保” 正确答案：A\n'],
  invalid: [
    { text: '这款产品明天零点就下线了，我这边可以马上给您锁一个名额。\n', found: [''] },
    { text: '問：可以下個月再買嗎？答：建議不要等，這款隨時可能停售。\n', found: ['隨時可能停售'] },
    { text: '客戶：我回去跟兒子商量一下。\n理財經理：商量就來不及啦，系統明天就鎖了。\n', found: ['', '明天就鎖了'] },
  ],
});

// A seminar's seats are no pressure to buy; no hurry offered is none either. A signing at the seminar is.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['報名截止：退休規劃講座名額有限，額滿即止。\n', '阿公，您慢慢看，看不懂的地方我再給您講，今天不簽也沒關係。\n'],
  invalid: [{ text: '沙龙当日签约可锁定额度，名额仅限12位。\n', found: [''] }],
});

// A rate said never to return.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '我跟您说实话，这种利率以后都不会有了，能多买就多买。\n', found: ['', '能多买就多买'] }],
});

// A denial ends at an emoji or a space: 不敢保证😶 does not deny the deadline after it.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '销售：下个月什么情况我也不敢保证😶 有想法的这周定下来\n', found: ['这周定下来'] }],
});

// Sold no more, said every way; the regulator's stop reported, or the insurer's dated notice, is not pressure.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [
    '经查，该产品因宣传违规已被监管叫停，相关人员已被处理。\n',
    '销售：本行大额存单额度用完之后就不再接单，今天来不及的话下个月还会有新额度。\n',
  ],
  invalid: [
    { text: '销售：老哥，这个东西过了这个礼拜就莫得卖了，你要是想整就赶紧整一份嘛。\n', found: ['过了这个礼拜就莫得卖'] },
    { text: '销售：这款产品在总行分配给我们支行的额度用完之后就不再接单，我建议您今天先把手续办了。\n', found: ['额度用完之后就不再接单'] },
    { text: '销售：系统显示您的专属名额今晚24点作废，需要我现在帮您登记吗？\n', found: ['名额今晚24点作废'] },
    { text: '销售：这款产品随时可能被叫停，您要是犹豫，可能就真错过了。\n', found: ['就真错过'] },
    { text: '销售：莫磨叽咯，过了这个村就冒得这个店哒。\n', found: ['过了这个村就冒得这个店'] },
  ],
});

// Wording quoted as a kind of wording is mentioned, not used.
ruleTester('pressure-selling', {
  kind: 'notice',
  valid: ['本公司不會以「即將停售」「限時搶購」等方式催促您投保。若銷售人員有此類說法，請撥打客服電話反映。\n'],
  invalid: [{ text: '「即將停售」！限時搶購，錯過不再有。\n', found: ['', '限時', '錯過不再'] }],
});

// Sold no more, said in everyday words.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['理财经理：您回去跟孩子商量好再定，这款产品目前没有停售安排，不用着急。\n'],
  invalid: [
    { text: '家人们，这个产品说没就没了，我也不知道明天还在不在，能上就上！\n', found: [''] },
    { text: '理财经理：最近好几款都在调整，这款说不定哪天就没了。\n', found: [''] },
    { text: '總行剛通知，這款月底前必須停，我這邊幫您先佔個名額。\n', found: ['', '先佔個名額'] },
    { text: '经理：下周就不是这个价了，您今天定下来吧。\n', found: [''] },
  ],
});

// A rumour denied and a service window are no pressure; days left to buy and a place given away are.
ruleTester('pressure-selling', {
  kind: 'notice',
  valid: [
    '本公司從未發布本產品停售通知，網傳「月底停售」的消息不實，請廣大客戶以官方渠道信息為準。\n',
    '限时服务说明：网点保险咨询服务时间为工作日9:00—17:00，节假日暂停。\n',
  ],
  invalid: [
    { text: '预定利率3.0%的产品，还能买的日子不多了。\n', found: [''] },
    { text: '您要是還猶豫，我只能把這個名額給下一位客戶了，今天來問的人特別多。\n', found: [''] },
  ],
});

// Told not to hurry is no pressure, unless hurried after a turn; sold no more by order, less for the same premium soon.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['老年人投保這款的年齡上限是65週歲，您今年62，時間上還來得及，不用趕。\n'],
  invalid: [
    { text: '销售：您不着急，不过这款月底就停售了。\n', found: [''] },
    { text: '销售：上面已经放话了，过了这个季度这种产品就不让卖了。\n', found: [''] },
    { text: '销售：一旦新规落地，同样的保费领到的钱要少一截，所以越早买越好。\n', found: [''] },
    { text: '利率下调前，锁定当下。\n', found: [''] },
  ],
});
ruleTester('pressure-selling', {
  kind: 'web',
  valid: ['「停售潮」背後：預定利率下調是行業常態，舊產品停售後還會有新產品推出。\n', '每逢预定利率调整前，市场上都会出现“停售潮”营销，消费者应理性看待，按需配置。\n'],
  invalid: [],
});
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['销售：这款目前正常销售，您考虑清楚再来，不用着急。\n'],
  invalid: [
    { text: '销售：您想想，等它停售了您再来找我，我上哪儿给您变一个出来？\n', found: [''] },
    { text: '这个产品是开门红专供，过了一季度就不卖了。\n', found: [''] },
  ],
});
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['看到好多“最后X天”“马上停售”的图，我不转。需要的时候再买，别被倒计时推着走。\n'],
  invalid: [],
});
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '销售：这款产品保险公司已经亏不起，过了这个月肯定要撤。\n', found: [''] },
    { text: '預定利率即將調降，六月底前投保鎖住2.25%！\n', found: [''] },
    { text: '销售：您还犹豫什么呢？等再降息，这款也就没了。\n', found: [''] },
  ],
});

// A holiday's last day; a talk that sells nothing.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['最后一天假期✈️ 明天开始又要早起打卡啦\n', '本周六讲座名额有限，请提前报名，讲座只做保险知识科普，不现场销售。\n'],
  invalid: [{ text: '最后一天！这款年金明天就停售了，抓紧上车。\n', found: ['', '', ''] }],
});
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['阿姨，犹豫期有15天，勿着急，侬回去慢慢看。\n'],
  invalid: [
    { text: '遲啲就冇㗎啦，今個月尾就停賣，快啲落單啦！\n', found: [''] },
    { text: '听说7月1号以后新产品条件全面缩水，所以好多老客户这两天都在加保。\n', found: [''] },
  ],
});

// A gift's scarcity belongs to the inducement; the product's own withdrawal is still pressure.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['即日起投保满5万元，即送品牌电饭煲一台，数量有限送完即止。\n', '投保滿額贈送金條一枚，數量有限，送完為止。\n'],
  invalid: [
    { text: '本款年金额度有限，数量有限，月底前停售。\n', found: ['', '', ''] },
    { text: '投保即送大米一袋，这款产品下周就停售了。\n', found: [''] },
  ],
});

// A third party's words quoted, a team's lesson; an instruction to staff is no report.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [
    '销售一直说“明天就停售了”，逼我当天签字，结果三个月后这款产品还在卖。\n',
    '团队长微信：上周有人用"最后一天"逼单被投诉，再强调一次，不许制造紧迫感。\n',
  ],
  invalid: [{ text: '早会话术：跟客户说“这款月底就下架了，错过就没了”。\n', found: ['', ''] }],
});
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['去年监管叫停了一批万能险产品，各公司已完成整改。\n'],
  invalid: [
    { text: 'ting shou dao ji shi 3 tian！！\n', found: [''] },
    { text: '阿姨，这个是内部消息，监管下个月就要叫停这类产品，您得抓紧。\n', found: [''] },
    { text: '由于本产品收益好，开门红期间额度非常紧张。\n', found: [''] },
  ],
});
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['您要是想再等等也没关系，犹豫期内随时可以退。\n'],
  invalid: [
    { text: '您说再等等，等到停售了还有什么可等的？\n', found: [''] },
    { text: '我给您透个底，这款熬不过这个季度。\n', found: [''] },
    { text: '隔壁网点一上午就签了七八单，晚了真没有了。\n', found: [''] },
  ],
});
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['還有什麼比這個收益更高的？您找遍全城也找不到。\n'],
  invalid: [{ text: '说句实在的，等利率再降一次，您找遍全市也找不到3.5%的了。\n', found: [''] }],
});

// A gift's scarcity leaves the product's own withdrawal in the same sentence reported.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['投保即送價值200元話費，限前100名。\n'],
  invalid: [{ text: '投保即送豆浆机，名额有限，即将停售！\n', found: ['即将停售'] }],
});
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['新单 cash back 3%，名额有限，私信我～\n'],
  invalid: [],
});
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['现在好多人说利率要降、产品要停，这些传言您不用理会，按您的需要来。\n'],
  invalid: [],
});
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['买保险还倒贴您一台空调，这么好的事上哪儿找去？\n', '投保客户可免费参加欧洲豪华游，名额有限。\n'],
  invalid: [{ text: '等利率再降一次，您上哪儿去找三点零的？\n', found: [''] }],
});
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['保证完成任务！季度冲刺最后一周，全组加油💪\n', '周末超市鸡蛋涨价了，赶紧囤了两板🥚\n', '銀行員工日常：今天是交季度報表的最後一天，加班到九點😮‍💨\n'],
  invalid: [],
});
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['呢款產品冇停售安排，你慢慢諗清楚先。\n'],
  invalid: [
    { text: '聽日開始加價，今日仲做得舊價。\n', found: [''] },
    { text: '呢批額度得返三個，你唔快手就畀人搶晒。\n', found: ['', ''] },
  ],
});
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '呢款卖完就冇啦，额度剩返几单咋。\n', found: ['', ''] }],
});
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['你慢慢諗，呢款冇停售安排，保費都冇話要加。\n'],
  invalid: [
    { text: '你唔好再諗啦，下年保費要加一成㗎。\n', found: [''] },
    { text: '趁住未加价，帮个仔都买埋一份啦。\n', found: [''] },
  ],
});

// A blogger's own experience of a stop-sale scare, and a gift that runs out, are no pressure from the seller.
ruleTester('pressure-selling', {
  kind: 'web',
  valid: [
    '我姐被“月底停售”吓得连夜签了，结果下个月还在卖，现在在走退保流程。\n',
    '每年都有人喊“最后一班车”，我前年听了，去年还在卖，大家理性看待。\n',
    '投保就送iPhone，名額有限，手慢無\n',
  ],
  invalid: [{ text: '这款月底停售，手慢无，赶紧上车！\n', found: ['', '', ''] }],
});

// Buying later said to lose, a week left, the last chance to lock, a stop rumoured inside.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['利率调整以保险公司官方公告为准，您可以慢慢考虑，不用急着今天定。\n'],
  invalid: [
    { text: '等到利率降了您再來買，不就虧大了嗎？\n', found: [''] },
    { text: '阿姨我跟您講，這檔只剩這禮拜，過了就要等很久很久囉。\n', found: [''] },
    { text: '利率調降風暴來襲，最後鎖利機會！\n', found: [''] },
    { text: '因為公司內部已經在傳這張要下架，我才特別先打給您。\n', found: [''] },
  ],
});

// Cantonese hurry: decide today, a rise next week, dearer next month, not locked now then too late.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['你慢慢諗，唔使今日決定，條款帶返屋企睇清楚先。\n'],
  invalid: [
    { text: '名額就快爆，我幫你留咗一個位，你今日要決定。\n', found: [''] },
    { text: '頭先收到風，呢份年金下星期開始加價兩成。\n', found: ['', '下星期開始加價'] },
    { text: '今个月唔买，下个月就要贵好多㗎啦。\n', found: [''] },
  ],
});

// A call-back asking whether anyone said so.
ruleTester('pressure-selling', {
  kind: 'callback',
  valid: ['請問你買呢份保單嗰陣，有冇人同你講過產品即將停售或者加價？\n'],
  invalid: [],
});

// Buying later too late or dearer; gone next time; a netizen's complaint about it is a report.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['网友吐槽：去年就说是“最后一班车”，今年还在卖，纯属忽悠。\n'],
  invalid: [
    { text: '等涨价了再买，不是白白多花钱吗？\n', found: [''] },
    { text: '等利率真降了你再来买，那不就晚了吗？\n', found: [''] },
    { text: '您再考虑考虑也行，不过我可提醒您，下回来可能就没这个产品了。\n', found: [''] },
  ],
});

// Best signed today.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['您最好先回去和家人商量，想清楚了再来签。\n'],
  invalid: [{ text: '如果您有这个打算的话，最好今天就把单子定了。\n', found: [''] }],
});

// Days left; on board this month.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['呢份計劃冇停售安排，你可以慢慢諗。\n'],
  invalid: [
    { text: '只剩下兩日，之後就會停止接受投保申請，要快。\n', found: [''] },
    { text: '下個月起宣告利率就會調低，呢個月上車先至鎖到！\n', found: [''] },
  ],
});

// Prices up in a few days; the product maybe gone while you think it over.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['您回家和家人商量好再来，产品条款和费率都写在说明书里。\n'],
  invalid: [
    { text: '中不中？中就今儿个定了，过两天这价儿就涨了。\n', found: [''] },
    { text: '您说要回家商量，可等您商量完，这产品还在不在都不好说，对吧？\n', found: [''] },
  ],
});

// The product gone, changed or dearer a few days from now; the last bus; the next batch worse; buying late a loss.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['犹豫期是十五天，十五天以后解除合同只退现金价值。\n', '下个月起保单贷款利率按公司公告执行。\n'],
  invalid: [
    { text: '还有两天，两天以后这款就从系统里下架了。\n', found: [''] },
    { text: '下个礼拜开始保费要贵一成，您今天签了吧。\n', found: [''] },
    { text: '尾班車啦！\n', found: [''] },
    { text: '这是最后一档了，下一批出来的肯定比较差。\n', found: [''] },
    { text: '利率一路往下走，早买早锁定，晚买就吃亏。\n', found: ['', ''] },
  ],
});

// A scarce gift is the inducement only; a free class that sells nothing; not sold outside is no hurry.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: [
    '只要这个月定下来，就能参加年底的海南五日游，名额不多。\n',
    '最后三天报名《条款阅读》直播课，课程免费，不卖产品。\n',
    '呢個係本行財富中心推出嘅專屬計劃，出面冇得買。\n',
  ],
  invalid: [{ text: '这款年金名额不多了，抓紧。\n', found: [''] }],
});

// Word of a stop heard, a chance about to vanish.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['本公司已公告该产品将于3月31日停售，已投保客户的保障不受影响。\n'],
  invalid: [
    { text: '我收到风话公司好快会收返呢份计划，你想买就要快。\n', found: [''] },
    { text: '高利率鎖定機會・即將消失\n', found: [''] },
  ],
});

// Each day late a day lost, prices up in two days, days running out, go now or it is gone, the next batch not as good.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['您不用急，过两天想清楚了再来办也一样。\n'],
  invalid: [
    { text: '晚一天买，就少赚一天！\n', found: [''] },
    { text: '莫等了，过两天就涨价咯。\n', found: ['', ''] },
    { text: '3.0的产品没几天了，之后都是2.5的。\n', found: [''] },
    { text: '再不冲就真没了。\n', found: [''] },
    { text: '下一批就没有这么好的条件了。\n', found: [''] },
    { text: '现在不定下来，明年同样的钱就领不到这么多了。\n', found: [''] },
  ],
});

// Time to talk it over at home.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['您回去跟家里人商量商量，下周再来也完全可以，不差这几天。\n'],
  invalid: [{ text: '下周再来就没额度了，今天定下来吧。\n', found: [''] }],
});

// Hong Kong: sales may end after month end, the premium up next year, this price gone later.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['呢份計劃嘅保費按年齡計，唔會因為你遲啲買而另外加價。\n'],
  invalid: [
    { text: '聽講月尾開始收緊，之後呢類產品可能冇得賣，你快啲決定啦。\n', found: ['', '快啲決定'] },
    { text: '公司內部通知話保費出年會加，而家買最著數。\n', found: [''] },
  ],
});

// Come back later and the terms are gone.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['您下个月再来也可以，条件是一样的。\n'],
  invalid: [{ text: '理财经理：我只能说，下个月再来，可能就不是这个条件了。\n', found: [''] }],
});

// A ranking in an industry report.
ruleTester('pressure-selling', {
  kind: 'regulation',
  valid: ['行业报告：2023年人身险公司原保险保费收入前五名合计占比约四成。\n'],
  invalid: [],
});

// Wait and it is gone, dearer or worse; a stop or a rise said to be certain; a rumour with no notice yet.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [
    '“即将停售”是典型的催单话术，真要停售，保险公司会发公告。\n',
    '某支行员工在朋友圈散布产品即将停售的消息，被暂停销售资格。\n',
  ],
  invalid: [
    { text: '名额就剩几个，再犹豫就抢不到了。\n', found: ['', ''] },
    { text: '迟买就更贵，下个月保费要涨已成定局。\n', found: ['', ''] },
    { text: '内部已经收到风声，月底就下架了。\n', found: ['', ''] },
    { text: '高预定利率的窗口期马上就要关闭了。\n', found: [''] },
    { text: '等您想清楚，这个额度早没了。\n', found: [''] },
    { text: '这趟车错过了就没了，您今天就定吧。\n', found: [''] },
  ],
});

// Still in time now, dearer after a date, the deal missed if one waits.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['您不用急着今天决定，下个月来条件也一样。\n'],
  invalid: [
    { text: '这周签还来得及。\n', found: [''] },
    { text: '要买就得今天签，明天系统就关了。\n', found: ['', ''] },
    { text: '月底前不买，下个月必涨。\n', found: [''] },
  ],
});

// A rate locked in before a cut is the pressure; reviewers name no guarantee beside it.
ruleTester('guaranteed-return', {
  kind: 'script',
  valid: ['预定利率马上要下调，月底前锁定收益，以后可就买不到了。\n'],
  invalid: [{ text: '这款锁定3.0%，终身不变。\n', found: [''] }],
});

// Money moved in before the new year on a guess of a change.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['年后是否调整以公司公告为准，您不必赶在年前决定。\n'],
  invalid: [{ text: '按往年规律年后肯定要调，建议您年前就把钱转进来。\n', found: [''] }],
});

// A customer pressed by a slogan, reported.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['#维权 被“马上停售”催着签了单？犹豫期内可以申请解除合同。\n', '被业务员催了好几次“最后一天”，结果下个月还在卖。\n'],
  invalid: [{ text: '最后一天！马上停售！\n', found: ['', ''] }],
});

// Closing at month end, before the cut, never again, in Hong Kong's words.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['分紅調整以保險公司公佈為準，你慢慢考慮。\n'],
  invalid: [{ text: '趁未調之前簽咗佢啦。\n', found: [''] }, { text: '新例之後呢類計劃冇晒，錯過唔會再有。\n', found: [''] }],
});

// A seller disciplined for the hurry, hype called stale: reports. Gone once the quota is used up: pressure.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [
    '【案例】理财经理以“下周停卖”催促客户投保，公司查无停售计划，该员被记过处分。\n',
    '“下个月停售”“最后上车”已经喊了三年了，别被节奏带着跑，适合自己才最重要。\n',
  ],
  invalid: [{ text: '理财经理：急，真急，这批是分行给的专项额度，用完就没了。\n', found: [''] }],
});

// A secret asked for is no report; the product gone after this month; dearer tomorrow in Cantonese; a countdown to the link.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['活动时间：3月1日至3月31日，客户答谢会名额有限，请提前预约。\n', '演唱会门票即将停售，还没抢到的姐妹看看转让区吧🎤\n'],
  invalid: [
    { text: '理财经理：我们内部已经接到通知了，这个产品下周就下架，您别说是我说的。\n', found: [''] },
    { text: '理财经理：商量可以，但过了这个月就没这款了，您今天先把单签了。\n', found: [''] },
    { text: '保費隨時會加，今日唔買聽日貴！\n', found: [''] },
    { text: '倒数10个数，这个链接就下架了，10、9、8……\n', found: [''] },
  ],
});

// Dearer next month in Cantonese; getting a place before the window shuts. A quota short by one is not an endorsement.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['佢哋話下個月會檢討費率，實際點樣要等公司公布。\n'],
  invalid: [
    { text: '聽講下個月加價，今個禮拜簽咗佢就最穩陣。\n', found: [''] },
    { text: '利率隨時會調降，最好在這波結束前趕快卡位。\n', found: [''] },
  ],
});
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['我这个月业绩就差您这一单，而且下周一就涨价，您帮帮忙？\n'],
  invalid: [{ text: '理財專家陳Sir話：退休人士揀呢份就啱晒。\n', found: [''] }],
});

// Stopping said to be discussed inside, decide this week, wait and it is gone, buy fast, a new product coming;
// not a reader's warning, a regulator's, or a seller found to have hyped.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [
    '近期有保險公司因應監管要求調整產品，坊間出現「停售潮」傳聞，監管機構提醒消費者理性投保。\n',
    '该网点员工在朋友圈发布“产品即将停售、抓紧抢购”等内容，被认定为炒作停售。\n',
    '您今天不方便的话，我们下周再约，这个产品不会因为您晚几天就买不到。\n',
  ],
  invalid: [
    { text: '我跟您透个底，总部内部已经在讨论下架了。您要是想要，最好这周定下来。\n', found: ['', ''] },
    { text: '还犹豫啥呀姐，再等等就真的买不到了。\n', found: [''] },
    { text: '美元息口一減，呢類計劃即刻會停，要買就要快。\n', found: [''] },
    { text: '我听说下个月就要换新产品了，新的肯定没这个好，您抓紧。\n', found: [''] },
  ],
});

// Everyday posts (a coat, plane tickets, a work deadline) hurry no one into a policy; a policy's price rise does.
ruleTester('pressure-selling', {
  kind: 'web',
  valid: ['看中的那件外套只剩最后一件了，店员说卖完就不补货了😭\n', '国庆机票下周就涨价，想出去玩的姐妹早点订✈️\n'],
  invalid: [{ text: '下周起费率上调，想锁定现在价格的姐妹早点投保✈️\n', found: [''] }],
});

// A price rise heard and today to sign; others hurrying in before a change; a chance that comes once in years.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['保费会随投保年龄增加，您可以按预算慢慢比较，不用今天决定。\n'],
  invalid: [
    { text: '听说下个月费率要涨，您今天先签了稳当。\n', found: [''] },
    { text: '好多老客户都赶着在换版之前买了，您还等啥？\n', found: [''] },
    { text: '这个额度我们支行几年才有这么一回，错过了就难说了。\n', found: [''] },
  ],
});

// A rumour of a withdrawal denied by the insurer.
ruleTester('pressure-selling', {
  kind: 'notice',
  valid: ['本公司从未就该产品发布任何停售公告，网传“下月停售”的消息并非本公司发布。\n'],
  invalid: [{ text: '内部消息，下月停售，要买抓紧！\n', found: [''] }],
});

// Others buying for fear of missing it; the old rate for those who sign now; once a year.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['这款产品全年都可以投保，您不用赶时间。\n'],
  invalid: [
    { text: '楼下李叔一下买了两份，就怕以后买不到了。\n', found: [''] },
    { text: '现在签还是2.75的，下个月就统一降了。\n', found: [''] },
    { text: '开门红专属，一年只开这一期。\n', found: [''] },
  ],
});

// A quota nearly gone in rough figures, the product switched tomorrow, the premium about to cost much more.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['经理：这款产品目前正常在售，额度充足，您跟家里人商量好再定。\n'],
  invalid: [
    { text: '经理：总行刚通知，额度只剩几十万。\n', found: ['额度只剩几十万'] },
    { text: '经理：合同回去再看，先交了再说，后天就要换产品了。\n', found: ['后天就要换产品'] },
    { text: '经理：下个月规则一改，保费就会贵一大截。\n', found: ['保费就会贵一大截'] },
  ],
});

// Few left said in Cantonese and in plain words, and a stop-sale rumour.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['经理：这款产品没有停售安排，您不用赶时间。\n'],
  invalid: [
    { text: '經理：呢個月份額就快賣晒，你要就今日決定。\n', found: ['份額就快賣晒'] },
    { text: '经理：这种产品卖一份少一份，您考虑清楚。\n', found: ['卖一份少一份'] },
    { text: '据内部消息，这款产品近期将退出市场。\n', found: ['据内部消息，这款产品近期将退出市场'] },
  ],
});

// The rate or premium changing tomorrow against signing today, in Cantonese; a stop-sale by a homophone.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['經理：利率每個月由公司公佈，會唔會變冇人講得準，你慢慢考慮。\n'],
  invalid: [
    { text: '經理：今日唔簽，聽日個rate就唔同喇。\n', found: ['聽日個rate就唔同'] },
    { text: '这款快要“挺售”了，还没配置的朋友看过来。\n', found: ['快要“挺售'] },
  ],
});

// A later time, then terms worse or gone, in any wording; 不过 as "but" denies nothing after it.
// Coming back later for other reasons, a rate change quoted from a notice and the cooling-off's end stay clean.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [
    '下周再来的话，记得带上身份证和银行卡。\n',
    '您不用着急，下周再来也可以，条件不会变。\n',
    '过了犹豫期就没有全额退保了，请您留意。\n',
    '以后的分红可能比现在低，也可能更高，以实际为准。\n',
  ],
  invalid: [
    { text: '您回去考虑也行，不过下周再来，价格就不是这个价了。\n', found: [''] },
    { text: '现在不定下来，等明年利率一降，同样的钱就换不到这么多保额了。\n', found: ['等明年利率一降'] },
    { text: '我唔逼你。不過我聽公司講，呢批過咗中秋就冇。\n', found: ['過咗中秋就冇'] },
    { text: '提提你，呢個 offer 去到星期五，過咗就要跟新 pricing。\n', found: ['過咗就要跟新 pricing'] },
  ],
});

// Only the last few left, in Cantonese.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '隔離嗰間分行早就賣晒，我哋呢邊都淨返最後幾張單。\n', found: [''] }],
});

// After a holiday or once the customer has decided, gone; the sooner the better beside a sale ending; not bought, gone.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [
    '养老规划宜早不宜迟，越早开始，可准备的时间越长。\n',
    '销售：您不着急，等您想明白了再来找我，我们慢慢看条款。\n',
    '销售：过完年您再来也行，产品没有停售安排。\n',
  ],
  invalid: [
    { text: '销售：过完年就没这个了，今年的压岁钱正好给孙子买上。\n', found: ['过完年就没'] },
    { text: '销售：这款上面通知说要停，具体哪天还没定，反正越早越好。\n', found: ['要停'] },
    { text: '销售：阿伯，这个紧咧欲停卖啊，你今仔日无买就无矣。\n', found: ['无买就无'] },
    { text: '销售：等您想明白，这个利率早就没了，到时候后悔可别说我没提醒您。\n', found: ['利率早就没了', '别说我没提醒'] },
  ],
});

// A rate cut announced as coming with a last chance; the sooner bought the better.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['預定利率調整以保險公司正式公告為準，請勿聽信停售傳言。\n'],
  invalid: [
    { text: '預定利率即將調降，把握最後投保機會！\n', found: [''] },
    { text: '这款年金利率只会往下走，这类产品越早买越好。\n', found: ['利率只会往下走'] },
  ],
});

// Premiums to be raised, with today still at the old price; or the quota lapses.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['销售：费率调整以保险公司的正式公告为准，您不用着急，想清楚再定。\n'],
  invalid: [
    { text: '销售：王太太，保險公司下月起調高保費，今天投保還能用舊價。\n', found: [''] },
    { text: '销售：您考虑一晚上可以，但明天上午十点前一定要回我，不然额度就过期了。\n', found: [''] },
  ],
});

// Round 14's paraphrased pressure: a change announced for soon with "the sooner the better", a sales right
// taken back, a special approval, a quota kept from the public, others who bought for fear of a change.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [
    '养老规划宜尽早，但买不买、什么时候买，您按自己的节奏来。\n',
    '核保要按保险公司的流程走，跟行长没关系，也不存在什么特批。\n',
    '这只是一款对外公开销售的产品，没有什么内部额度。\n',
  ],
  invalid: [
    { text: '这款年金下个月将有调整，有需要的客户请尽早投保。\n', found: [''] },
    { text: '总行要收回这款产品的销售权限了，您要不今天就签了吧？\n', found: [''] },
    { text: '这批额度不对外，我只通知了几位老客户。\n', found: [''] },
    { text: '我去找行长特批一下，您今天能定的话马上给您办。\n', found: [''] },
    { text: '好几个客户昨天都签了，就是怕后面调了。\n', found: [''] },
  ],
});

// Round 15: less paid out for waiting, a product heard to be withdrawn soon.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['您晚一个月买也没关系，产品一直在卖，想清楚再来。\n'],
  invalid: [
    { text: '您晚一个月买，利率一降，一辈子少领好几千呢。\n', found: [''] },
    { text: '听总行说这款快停售了，您自己掂量。\n', found: [''] },
  ],
});

// Taken off the shelf in Cantonese (落架), and told to decide quickly.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['理财经理：您不用急着决定，回家跟家里人商量好了再说。\n'],
  invalid: [
    { text: '理财经理：听说下个月就落架了，要买就这两天。\n', found: ['下个月就落架'] },
    { text: '理财经理：您快点拿主意，我好给您办。\n', found: ['快点拿主意'] },
  ],
});

// Miss it and wait a year; the quota closes the sale.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['错过了犹豫期也不要紧，犹豫期后退保会损失部分现金价值，请您提前想清楚。\n'],
  invalid: [
    { text: '开门红首发，错过就得等明年！\n', found: ['错过就得等明年'] },
    { text: '这款有额度控制，额度用完就买不到了。\n', found: ['额度用完就买不到了'] },
  ],
});

// A quota nearly gone; a price that ends after a date.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['本产品没有额度限制，也没有优惠价，请您按需投保。\n'],
  invalid: [
    { text: '满额预警：本月额度已用掉90%，欲购从速。\n', found: ['满额预警', '额度已用掉90%', '欲购从速'] },
    { text: '开门红专属价，春节后恢复原价！\n', found: ['节后恢复原价'] },
  ],
});

// The next cut coming unannounced, one era missed and then the next, what is left after the quota worse; an
// announcement of the next adjustment stays clean.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['公司官网公告：下一次调整将提前30日通知。\n', '利率下一次调整不会提前通知，请以官方公告为准，不要听信停售传言。\n'],
  invalid: [
    { text: '下一次调整不会提前通知你，但一定会来。\n', found: ['下一次调整不会提前通知'] },
    { text: '错过2.0时代，你还想错过1.75吗？\n', found: [''] },
    { text: '阿姨，这批额度一没，后面的就是降过的了，我是真心替您着急。\n', found: [''] },
  ],
});

// Orders no longer taken with a push, waiting for the family as the delay that loses it, Cantonese slots left;
// an announced stop and a seller who lets the customer wait stay clean.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [
    '本公司公告：本产品自2026年3月31日24时起停止销售，此前已受理的投保申请不受影响。\n',
    '经理：不着急，等您儿子点头再说，这款产品没有停售计划。\n',
  ],
  invalid: [
    { text: '客户：我回去问问我儿子。 经理：等您儿子点头，这产品早就下架了。\n', found: [''] },
    { text: '经理：呢隻計劃淨返幾個名額，聽日一截數就冇㗎喇。\n', found: [''] },
  ],
});

// Sold out next door, only today left here; waiting for the son to understand as the delay that loses it.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['销售：还剩最后一天犹豫期，您想清楚再决定。\n'],
  invalid: [
    { text: '销售：阿姨我跟您讲，隔壁网点已经卖断了，我们这边也就剩今天了。\n', found: ['', ''] },
    { text: '销售：儿子不懂这些，等他研究明白，这款早就停了。\n', found: [''] },
  ],
});

// A cap reached at a time is no time-limited offer (当研究值连续两个季度低于现行上限时).
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['当行业公布的预定利率研究值连续两个季度明显低于现行上限时，保险公司需要下调新产品的预定利率。\n'],
  invalid: [{ text: '鑫禧年金限时发售，月底停售，抓紧投保。\n', found: ['限时发售', '月底停售'] }],
});

// The figure gone after the new year; a customer who waited said to regret it.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['销售：过完年您再来也行，产品是否调整以公司公告为准，不着急。\n'],
  invalid: [
    { text: '销售：叔，过完年同样一笔钱就领不到这个数了，年前能定就年前定。\n', found: [''] },
    { text: '销售：上个月也有位叔叔说考虑考虑，结果一停售，回来找我后悔了好几回。\n', found: [''] },
  ],
});

// The last digits of an ID asked for at a call-back are no last few left.
ruleTester('pressure-selling', {
  kind: 'callback',
  valid: ['回访专员：麻烦你讲一讲身份证最后四个字。\n'],
  invalid: [{ text: '回访专员：这款现在只剩最后三个名额了，您要抓紧。\n', found: [''] }],
});

// Gone to the quick hand; the last ticket on the boat.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['销售：这款不限量，也没有停售的公告，您慢慢考虑，手续不急。\n'],
  invalid: [
    { text: '销售：大哥，这玩意儿跟抢菜似的，手一慢就没了。\n', found: [''] },
    { text: '2026开门红｜今年最后一张“高收益”船票，下一班不知道什么时候\n', found: [''] },
  ],
});

// The seller refusing to hurry the customer with a price rise.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['客户：下个月会不会涨价？\n经理：我不知道，公司没有通知。我只能按现在的费率给您介绍，不会拿涨价催您。\n'],
  invalid: [{ text: '客户：下个月会不会涨价？\n经理：肯定涨，下个月费率就上调了，您今天就定下来。\n', found: [''] }],
});

// The old version still to be had now.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['销售：新旧版本的保障责任不同，您按需要选，不用因为版本调整着急。\n'],
  invalid: [{ text: '销售：过了这个季度就全是2.0的新产品了，您现在还能买到老版本。\n', found: [''] }],
});

// A pressure slogan in quotes, talked about rather than used.
ruleTester('pressure-selling', {
  kind: 'web',
  valid: ['不适合买的情况：你是因为朋友圈里的“最后一班车”而焦虑。\n', '**三、“最后一班车”要不要上？**\n'],
  invalid: [{ text: '3.0%的最后一班车，月底前上车！\n', found: [''] }],
});

// A quotation of several sentences is said by whoever the words before its opening mark name: a question often
// put to the writer covers its second sentence too; a poster's own copy in quotes does not.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['最近常被问：“利率都这么低了，现在还能买年金险吗？要不要赶在下调之前上车？”我一条一条说。\n'],
  invalid: [{ text: '朋友圈文案：“利率都这么低了，还等什么？赶在下调之前上车！”\n', found: ['还等什么', '赶在下调之前上车'] }],
});

// Buy before the rule changes; the cooling-off used to rush a signature; what there is to wait for, beside a stop of sale.
// After a testimonial, "您还在等什么" goes with the endorsement, as reviewers label it.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: [
    '签收保单后有15天犹豫期，犹豫期内可以全额退保，请您回去慢慢看条款。\n',
    '精算专家都在买的年金险，你还在等什么？\n',
  ],
  invalid: [
    { text: '下月起重疾险要“炸”，该买的赶紧买，别等新规\n', found: ['', '别等新规'] },
    { text: '反正有15天犹豫期，先签了再说，不行再退嘛。\n', found: ['', '先签了再说'] },
    { text: '您還在等什麼呢？等到停售了，想買都沒地方買。\n', found: [''] },
  ],
});

// A skit that mocks a pitch.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['小劇場🎭 經理：「姐，今天不買明天就沒了！」我：「好的，那就沒了吧。」#反套路\n'],
  invalid: [{ text: '經理：「姐，今天不買明天就沒了！」\n', found: [''] }],
});

// Missing it means waiting a lifetime; those who want it told to hurry.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['本产品暂无停售安排，如有调整以保险公司官网公告为准，想要了解的可以慢慢咨询。\n'],
  invalid: [
    { text: '開門紅專屬版，一季度一過即停止承保，想要的抓緊。\n', found: [''] },
    { text: '全港最抵買嘅年金計劃，錯過要等下個世紀！\n', found: [''] },
  ],
});

// No door tomorrow; buying late called a loss; whoever books first gets it.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['经理：这款没有名额限制，也没有停售通知，您什么时候想好了再来都行。\n'],
  invalid: [
    { text: '今日不签，明日无门。\n', found: [''] },
    { text: '晚一天买就少一天复利，晚买就是亏。\n', found: [''] },
    { text: '总行刚给的名额，咱们支行就分到12个，谁先定谁有。\n', found: [''] },
  ],
});

// An offer for this week's buyers is the inducement's window, reported there; a shop's sale is everyday life.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['cashback 8%，仅限本周成交的客户\n', '周末商场大促，限时三天，手慢无，我妈已经冲了。\n'],
  invalid: [{ text: '这款下周就停售了，仅限本周还能上车。\n', found: ['', '仅限本周'] }],
});

// A place held before the batch is gone, each day late called a loss, a buyer's regret told, really going.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['经理：这款没有额度限制，您不用先占名额，想清楚了再来办。\n'],
  invalid: [
    { text: '先占个名额吧，交点定金也行，不然这一批就没了。\n', found: [''] },
    { text: '利率只会越来越低，能锁一年是一年，晚一天都是损失。\n', found: [''] },
    { text: '去年我劝王姐早点买她不听，后来那款停售了，她肠子都悔青了。\n', found: [''] },
  ],
});

// Terms said to be gone after a time, in the seller's words rather than a notice's; a day late a day's return lost;
// word from head office. Telling the customer there is no hurry stays clean.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['您不用急，这款目前没有停售计划，想好了再来，过了犹豫期也可以再问我。\n'],
  invalid: [
    { text: '您看日历上这个红圈，过了这天我也帮不了您了。\n', found: [''] },
    { text: '等到大家都知道的时候，就已经买不到了。\n', found: [''] },
    { text: '利率越来越低，晚一天买，就少锁一天收益。\n', found: [''] },
    { text: '听内部的人讲，月底这款的条件就要调了。\n', found: [''] },
    { text: '本周签单仍可享受现行条件，下周起按新方案执行。\n', found: [''] },
  ],
});

// A notice awaited as the end; missing it, no next time. The insurer's notice cited as the source stays clean.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['该产品是否调整以保险公司官网公告为准，目前没有停售安排。\n'],
  invalid: [
    { text: '窗口期就这几天，等官方公告一出来就来不及了。\n', found: ['', ''] },
    { text: '呢隻計劃錯過真係冇下次。\n', found: [''] },
  ],
});

// Not signing today and gone this afternoon, waiting longer and missing it, word from above, old terms this week only.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['保险公司官网公告：该产品将于6月30日停售，之前已投保的保单不受影响。\n'],
  invalid: [
    { text: '名額好緊，今日唔落訂，下晝就冇喇。\n', found: [''] },
    { text: '再观望下去，这一波就错过了。\n', found: [''] },
    { text: '这款我也说不好还能卖几天，上头已经有风声了。\n', found: [''] },
    { text: '总部下周调整，这周办的还按老的算。\n', found: [''] },
  ],
});

// The price rising after the holiday.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['节后网点营业时间恢复正常，欢迎咨询。\n'],
  invalid: [{ text: '节后就涨，节前锁定！\n', found: [''] }],
});

// Round 30: the quota nearly used, first come first served; a holiday's end; the same sum buying less next month;
// the sooner the better beside a withdrawal; those who stopped to think, back too late. Many years on is no deadline.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [
    '五年后这个数就没了的说法不对，现金价值是写进合同的。\n',
    '养老规划能早则早，但买不买、买多少，您按自己的情况来。\n',
    '第一年后这个保障就没了吗？不是的，保障是终身的。\n',
  ],
  invalid: [
    { text: '今年的额度内部已经用掉八成，剩下的谁先来算谁的。\n', found: ['', ''] },
    { text: '您看看日历，离过年还有几天？年后这个条件就没了。\n', found: [''] },
    { text: '现在交10万，60岁起每年领9千；下个月同样交10万，可能就只剩8千了。\n', found: [''] },
    { text: '2.5%预定利率的产品年内会陆续退出市场，能早则早。\n', found: [''] },
    { text: '我也不催您，只是上一批说要考虑考虑的客户，后来都回来问还能不能买。\n', found: [''] },
  ],
});
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['年后网点营业时间调整，请客户留意。\n'],
  invalid: [],
});

// From final30: a lesson drawn from others' last-minute selling is no pressure.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['去年那波预定利率下调前，不少同行靠“最后一班车”冲业绩，后来投诉一大堆，咱们别学。\n'],
  invalid: [],
});

// Round 31: those who hesitated last time, regretting now; no countdown set, regret still in time in the cooling-off
// period, and a proverb, are not.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [
    '本活动页面仅展示产品信息，不设任何倒计时、限时或限量优惠。\n',
    '犹豫期结束前保险公司会打回访电话，那时候要是后悔了，也还来得及。\n',
  ],
  invalid: [{ text: '我不催您，就是提一句：上回犹豫的那几位客户，现在都在后悔。\n', found: [''] }],
});

// From final31: others signing while the customer hesitates; a day late, a day less locked in.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '你猶豫的這幾天，已經有三個客戶搶著簽了，真的不多了。\n', found: [''] },
    { text: '晚买一天，就少锁一天，这个账您细算一下。\n', found: [''] },
  ],
});

// A rumour a customer forwarded, answered with the official notice, is no pressure; confirming it is.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['客户转来一条“某款年金明天停售”的链接。 经理：这不是我们代销的产品，我们也没收到相关公告，您以保险公司官网为准。\n'],
  invalid: [{ text: '客户转来一条消息问：这款是不是明天停售？经理：是的，明天就停，今天赶紧定。\n', found: [''] }],
});

// From round 32: a rate never to be seen again.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '2.5%的产品基本见底了，以后您孙子那辈都见不着这个利率了。\n', found: [''] }],
});

// From round 33: buy it fast, the order book closing, not again, sooner rather than later, a quota granted in units,
// one who went off to think and regrets it; a buyer's own regret at not knowing sooner is no pressure.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['客户留言：领了三年了，挺满意的，后悔没早点了解这个险种。\n'],
  invalid: [
    { text: '这款快停卖了，要买要快。\n', found: [''] },
    { text: '这一期本周五就截单了。\n', found: [''] },
    { text: '去年您没赶上，今年可别再错过了。\n', found: [''] },
    { text: '利率往下走是大趋势，能早就别晚。\n', found: [''] },
    { text: '这期额度分行只给我们批了20份，已经走了一大半。\n', found: [''] },
    { text: '上次有位阿姨说回去考虑考虑，等再来已经换了新版本，现在说起来还后悔。\n', found: [''] },
  ],
});

// From final32: an era's last days, still watching; a hype post asking whether you still wait is the hype's.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: '2.5%时代的尾声了，家人们抓住机会。\n', found: [''] },
    { text: '利率马上要调，您还要观望？\n', found: [''] },
  ],
});

// From round 34: others who held back last year and regret it; a day late, a year's loss.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '去年王叔犹豫了没买，今年一换代，天天说后悔。\n', found: [''] },
    { text: '晚买一天就亏一天，您自己算算。\n', found: [''] },
  ],
});

// From final33: about to be history; one who hesitated last month asks daily whether any is left.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: '3%的年金马上要成为历史了。\n', found: [''] },
    { text: '上个月有位大姐犹豫没买，现在天天来问还有没有。\n', found: [''] },
  ],
});

// Underwriting tightening after a date.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '下个月起这款要收紧核保了，身体没问题的抓紧投。\n', found: [''] }],
});

// About to pass into history, in any verb; what already has (保本理财已成历史) is a fact; hearsay put as a question is the customer's.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: [
    '资管新规之后，保本理财已经成为历史，银行理财不再承诺保本。\n',
    '邻居说你们这款下个月就停售了，是真的吗？\n',
  ],
  invalid: [{ text: '倒计时2天⏰ 老费率即将走入历史\n', found: [''] }],
});

// A shop's clearance or a game's version update uses the same words with no policy in sight.
ruleTester('pressure-selling', {
  kind: 'inferred',
  valid: [
    '本店周年庆最后一天！全场8折，售完即止，先到先得～\n',
    '十连抽保底必出SSR，限定UP池最后一天，冲！\n',
    '清仓最后三天，库存不多，卖完不补！\n',
  ],
  invalid: [{ text: '旧费率最后一天，过了今晚12点全部切新版本，要上车的抓紧！\n', found: [''] }],
});

// A withdrawal next week, a quota taken back, a quota said to be tight or given to the next customer, a cut said to be
// certain, no such rate after this round, locking early; not a deposit's date, nor a cut reported as news.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['您那笔定期下个礼拜二到期，到时候您带身份证来办就行。\n', '据报道，多家银行上个月下调了存款利率，结算利率是否会下调尚无定论。\n', '保险公司依法被撤销时，其人寿保险合同会依法转让给其他人寿保险公司。\n'],
  invalid: [
    { text: '呢隻下個禮拜就落架㗎喇，你唔趁而家買就冇㗎喇。\n', found: [''] },
    { text: '这个是特供额度，过了春节就收回去了。\n', found: [''] },
    { text: '陳太，呢個配額好緊張。\n', found: [''] },
    { text: '这个名额是特意给您留的，明天就放给别的客户了。\n', found: [''] },
    { text: '结算利率下个月肯定降，这个月进去还能吃到3%的月份。\n', found: [''] },
    { text: '呢輪錯過咗，以後真係冇咁高㗎喇。\n', found: [''] },
    { text: '下一次调降随时会来，早锁早安心。\n', found: [''] },
  ],
});

// A shop's Double 11 countdown is everyday life.
ruleTester('pressure-selling', {
  kind: 'inferred',
  valid: ['全场满300减50，今晚24点截止，手慢无。\n'],
  invalid: [{ text: '这款年金今晚24点截止，手慢无。\n', found: [''] }],
});

// The later the worse, a day earlier counts, coming back later to a worse price.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['您周末再来也行，产品和价格都一样，不着急。\n'],
  invalid: [
    { text: '利率往下走是大势所趋，越晚上车越吃亏，早一天是一天。\n', found: ['', '早一天是一天'] },
    { text: '周末再来？周末可就不是这个价了哦～\n', found: [''] },
  ],
});

// Paying now to hold the place.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['这款不限名额，您回去和家人商量好了再来办也不迟。\n'],
  invalid: [{ text: '您先把保费交了把名额锁住，回头不想要了犹豫期里再退。\n', found: [''] }],
});

// The current version about to go, sold until sold out, the last quota, nothing as good later, a campaign's price going
// back up; not the bank's own deposit quota gone, nor an insurer's notice quoted.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: [
    '开门红大额存单额度已经没了，柜台可以给您办三年定期。\n',
    '根据澜舟人寿2026年第3号公告，该产品将于6月30日停售，此前已投保的保单不受影响。\n',
  ],
  invalid: [
    { text: '现行版本即将停止投保，详情咨询网点。\n', found: [''] },
    { text: '这批额度是总部统一下的，卖完即停。\n', found: [''] },
    { text: '听我一句劝，以后真没这么好的产品了。\n', found: [''] },
    { text: '开门红专享版，2月28日后恢复原价。\n', found: [''] },
  ],
});

// Word that those above are already meeting about it; not an insurer's notice.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['公司已经发布正式公告，本产品于6月30日停售，公告编号2026-03。\n'],
  invalid: [{ text: '跟您透个底，总行已经在开会了，估计撑不了几天。\n', found: [''] }],
});

// A cut announced, then regret for those who wait; not the cut told as news.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['据行业消息，多家公司预定利率6月起调降，具体以各公司公告为准。\n'],
  invalid: [{ text: '保單預定利率6月起調降，這波不買真的會後悔！\n', found: [''] }],
});

// The chance said to go to others, or to be gone a step later; not a bond said to sell out, set beside this product.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['据新闻报道，本期储蓄国债发行首日即告售罄，下期发行安排以财政部公告为准。\n'],
  invalid: [
    { text: '其他客户都在抢着签，这个是我帮您争取下来的，您考虑太久就被别人占了。\n', found: [''] },
    { text: '老客户都在问还能不能上车🚗，还能，但不多了。\n', found: [''] },
  ],
});

// This T-shirt is no named product: everyday shopping stays off topic; this policy's sale ending still is pressure.
ruleTester('pressure-selling', {
  kind: 'inferred',
  valid: ['这款T恤要停售了，赶紧囤两件👕\n'],
  invalid: [{ text: '这款年金要停售了，赶紧给爸妈囤一份。\n', found: [''] }],
});

// Each one sold leaves one fewer, in any unit; a cut heard inside before it is public.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: [
    '根据颐宁人寿2026年3月1日发布的停售公告，本产品自3月31日起停止销售，已生效保单不受影响。\n',
    '客户：听说这款要停了？ 经理：目前没有收到保险公司的停售通知，您不用着急，考虑清楚再决定。\n',
  ],
  invalid: [
    { text: '这一版条款用一版少一版，以后再想找这个领取比例可就难了。\n', found: ['用一版少一版'] },
    { text: '2.0%的年金卖一单少一单，您今天最好定下来。\n', found: [''] },
    { text: '下个季度全行业都要往下调，这消息还没公开，我也是内部才听说的。\n', found: ['', ''] },
  ],
});

// The last window, with words between.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['犹豫期是您的“后悔窗口”：签收保单后15天内可以无条件解除合同。\n'],
  invalid: [{ text: '把握2026最后的高收益窗口！\n', found: ['最后的高收益窗口'] }],
});

// A return said never to come again.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['结算利率以后可能下调，也可能上调，以公司每月公告为准。\n'],
  invalid: [{ text: '这种收益，以后真的不会有了。\n', found: ['收益，以后真的不会有'] }],
});

// Gone once missed, the quota running out, a higher rate before a date; a training list of such words is no pressure.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['培训要点：不得使用“错过再无”“额度即将告罄”等催促用语，停售以保险公司正式公告为准。\n'],
  invalid: [
    { text: '史上最強增額壽，錯過再無。\n', found: ['錯過再無'] },
    { text: '🈵 本网点额度即将告罄，剩余名额请咨询理财经理\n', found: ['额度即将告罄'] },
    { text: '新型存款，存期五年，月底前辦理利率更高。\n', found: ['月底前辦理利率更高'] },
  ],
});

// Gone once missed, in Cantonese.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['呢個計劃嘅銷售安排以保險公司正式公告為準，你慢慢考慮，唔使急。\n'],
  invalid: [{ text: '全澳門最抵買嘅退休計劃，錯過冇得再揀。\n', found: ['錯過冇得再揀'] }],
});

// A neighbour who held back then and asks now, too late.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['客户：“邻居当时没买，现在后悔了。” 经理：“每家情况不一样，先看您这笔钱的用途。”\n'],
  invalid: [{ text: '对门王阿姨当时嫌贵没买，利率一降天天来问还有没有，可惜真没了。\n', found: [''] }],
});

// A customer asking whether what the seller said is true reports it.
ruleTester('pressure-selling', {
  kind: 'inferred',
  valid: ['業務一直說這張下個月要停賣，叫我這週一定要簽，是真的嗎？\n'],
  invalid: [{ text: '這張下個月要停賣，這週一定要簽！\n', found: [''] }],
});

// Not the last day nor the last chance calms; 先签了回去再慢慢看 still pushes.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['不是最後一天，也不會是最後一次。慢慢挑，挑適合自己的。\n'],
  invalid: [{ text: '您先把单子签了，合不合适回去再慢慢看，反正今天不签就没这个价了。\n', found: [''] }],
});
