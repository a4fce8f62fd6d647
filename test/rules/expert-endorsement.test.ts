import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: [
    // An answer after a dash is no testimonial's attribution.
    '“你帮我签一下行不行？”——不行的阿姨，这个必须您自己签，我在旁边给您指位置。\n',
    '请您咨询持证理财经理，根据自身需求选择。\n',
    '中国保险行业协会发布了人身保险伤残评定标准。\n',
    '保险专家提醒：投保前请仔细阅读条款。\n',
    '我们的理财师会为您讲解保险条款。\n',
  ],
  invalid: [
    // An association's head and a brokerage's chief.
    { text: '連保險學會理事長都說這張值得買。\n', found: [''] },
    { text: '券商首席都说了今年要多配增额寿，还犹豫啥，找我安排👇\n', found: [''] },
    // A pasted text whose kind nobody declared and the content does not tell is still read.
    { text: '---\ntitle: 朋友圈\n---\n某券商首席分析师都在买的年金险🔥 懂的都懂\n', found: ['券商首席分析师都在买'] },
    { text: '知名经济学教授推荐，安心养老之选。\n', found: ['教授推荐'], suggested: '安心养老之选。\n' },
    { text: '理财专家力荐的养老规划。\n', found: ['理财专家力荐'] },
    { text: '权威机构认证，值得信赖。\n', found: ['权威机构认证'] },
    { text: '明星代言，品质保障。\n', found: ['明星代言'] },
    { text: '行业协会首选产品。\n', found: ['协会首选'] },
    { text: '百万大咖都在买的年金险。\n', found: ['大咖都在买'] },
  ],
});

ruleTester('expert-endorsement', {
  kind: 'web',
  valid: ['本页面内容仅供参考，具体以保险合同条款为准。\n'],
  invalid: [{ text: '资深理财师推荐：给孩子的教育金首选。\n', found: ['理财师推荐'] }],
});

// Said face to face it misleads as much (销售办法 第十七条); a customer's own words are not the seller's.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['销售：这款产品的保障内容以合同为准，您可以自己看看条款。\n'],
  invalid: [
    { text: '销售：这款产品是我们网点理财专家推荐的。\n', found: ['理财专家推荐'] },
    { text: '销售：我们行长自己都买了两份，您说这东西能差吗？\n', found: ['我们行长自己都买了'] },
  ],
});

// Celebrities, insiders and the regulator's approval used to vouch for the product.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['销售：本产品条款已按规定报送监管部门备案，备案不代表对产品的推荐。\n'],
  invalid: [
    { text: '销售：金融监管总局都认可的产品，您还担心什么？\n', found: ['金融监管总局都认可的产品'] },
    { text: '销售：我们网点主任自己就给女儿买了三份。\n', found: [''] },
  ],
});

// A local authority who bought, told as a recommendation.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['经理：王主任上周来网点咨询过，他更关心保障责任。\n'],
  invalid: [{ text: '经理：县人民医院的王主任都给自己和老人各配了一份，人家可是懂行的。\n', found: ['主任都给自己和老人各配了一份', '人家可是懂行的'] }],
});

// An expert cautioning is not an expert recommending.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: [
    '专家提醒：买保险前先看清合同条款，别被“高收益”话术忽悠。\n',
    '客户经理：专家的观点仅供参考，买不买要看您自己的资金安排和保障需求。\n',
  ],
  invalid: [{ text: '客户经理：理财专家都推荐现在买年金。\n', found: ['理财专家都推荐现在买'] }],
});

// Celebrities and 'the standard kit' are endorsements too.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['明星代言的广告不代表产品适合您，请根据自身需求选择。\n'],
  invalid: [
    { text: '有位一线女星在直播里说，她给爸妈配的就是这一款。\n', found: ['女星在直播里说'] },
    { text: '名校金融教授上课专门讲过，这类产品是中产家庭标配。\n', found: ['教授'] },
  ],
});

// Customers vouching, awards and rankings.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['本行荣获“年度最佳零售银行”称号，感谢客户支持。\n'],
  invalid: [
    { text: '隔壁张姐买了以后逢人就夸，说比存钱强。\n', found: ['逢人就夸'] },
    { text: '荣获“十佳养老金融产品”金奖的年金，值得拥有。\n', found: ['荣获“十佳养老金融产品”金奖'] },
    { text: '连续三年荣登“百姓信赖养老险”榜单。\n', found: ['荣登“百姓信赖养老险”榜'] },
  ],
});

// Pundits, planners and rating bodies vouching; the regulator's approval held up as a warranty; customers vouching.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['本产品条款已报送金融监管总局备案，备案不代表监管部门对产品的推荐或保证。\n'],
  invalid: [
    { text: '財經名嘴林老師親自站台：這款年金是退休族必備！\n', found: [''] },
    { text: '银保监会都批了的产品，还能有假？放一百个心。\n', found: [''] },
    { text: '张阿姨说：“买了三年，分红一年比一年多，推荐给老姐妹们！”\n', found: ['', ''] },
    { text: '据某第三方评测，本产品综合得分位居同类第一。\n', found: [''] },
  ],
});

// Rated by opinion leaders, approval held up as reassurance, customers vouching.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['风险测评第3题：您的投资经验是？A. 无 B. 1-3年 C. 3年以上\n'],
  invalid: [
    { text: 'KOL测评No.1，医生、律师客户复购率超高～\n', found: [''] },
    { text: '这个是监管部门批过的产品，国家都审过了，您还怕啥？\n', found: [''] },
    { text: '客户张阿姨：买了三年，分红比我预期的还多，强烈推荐！\n', found: ['强烈推荐'] },
  ],
});

// 不针对任何…: the denial reaches its whole object.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['本次讲座内容为养老规划的一般知识，主讲嘉宾不针对任何具体产品作推荐。\n'],
  invalid: [{ text: '本次讲座的主讲嘉宾、知名经济学家王教授重点推荐这款年金。\n', found: ['嘉宾、知名经济学家王教授重点推荐'] }],
});

// Rating bodies and programmes praising the product; a rating reported with its source is a fact.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: [
    '据评级机构披露，该公司偿付能力充足率为230%，风险综合评级为A类。\n',
    '本公司连续三年获得某评级机构AA级评级（数据来源：公司年报）。\n',
  ],
  invalid: [
    { text: '某台财经频道《财富早班车》节目重点推荐产品，电视上都播了！\n', found: ['财经频道《财富早班车》节目重点推荐'] },
    { text: '国际知名评级机构高度评价，推荐指数⭐⭐⭐⭐⭐\n', found: ['评级机构高度评价'] },
    { text: 'zj都推荐的款，闭眼入就对了～\n', found: ['zj都推荐'] },
    { text: '保险学教授在讲座里点名表扬了这款产品。\n', found: ['教授在讲座里点名表扬'] },
  ],
});

// Customers quoted on having bought it, heads of institutes; a customer's question quoted in a script is no testimonial.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['客户问：“买了以后多久能领？”答：合同约定的领取日起按年领取。\n'],
  invalid: [
    { text: '张阿姨说：“买了它，我的退休生活有了底气！”\n', found: ['阿姨说：“买了'] },
    { text: '我们的老客户张阿姨买了五年，她逢人就推荐。\n', found: ['逢人就推荐'] },
    { text: '某知名保险研究院院长亲自站台，称其为“年度最值得买的年金”。\n', found: ['研究院院长亲自站台'] },
  ],
});

// Bloggers, experts as one, a backer in person, customers as witnesses, the regulator's approval as a selling point.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['本产品条款已按规定报送金融监管总局备案，备案不代表对产品收益的认可。\n'],
  invalid: [
    { text: '理财博主都在安利的这款年金险，我也入了，真香💕\n', found: [''] },
    { text: '經濟學家一致看好：這款分紅險未來收益只會越來越高。\n', found: [''] },
    { text: '银保监都批了的产品，能有什么风险？放心买就是了。\n', found: [''] },
  ],
});

// Disclaimers about reviews and recommendations.
ruleTester('expert-endorsement', {
  kind: 'web',
  valid: [
    '用户评价区内容仅代表个人观点，不作为产品推荐或收益证明。\n',
    '根据相关规定，本页面不展示客户收益分享和专家推荐内容。\n',
  ],
  invalid: [{ text: '用户评价：专家推荐，买了三年，收益很满意！\n', found: [''] }],
});

// An insider friend, an association's pick, a team that worked it out.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['业内人士透露，新一轮预定利率调整的时间还没有定。\n'],
  invalid: [
    { text: '精算师朋友偷偷告诉我，这款是今年最值得买的年金险。\n', found: [''] },
    { text: '某保險學會年度推薦產品🏅\n', found: [''] },
    { text: '因为我们分行的投资顾问团队专门测算过，这款是今年最适合中老年人的配置。\n', found: [''] },
  ],
});
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['投资者教育讲座通知：本周六邀请某大学金融学教授讲解家庭资产配置常识，讲座不推介任何具体产品。\n'],
  invalid: [{ text: '本周六邀请某大学金融学教授讲解这款年金，专家一致推荐。\n', found: [''] }],
});
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['Ask a licensed adviser before you buy.\n'],
  invalid: [{ text: 'Recommended by top CFP planners.\n', found: [''] }],
});
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['根據某評級機構2024年3月發佈的報告，本公司償付能力充足率為210%。\n'],
  invalid: [
    { text: '某大学金融研究院出具专项报告，证明本产品收益率位居同类第一。\n', found: [''] },
    { text: '买过的客户没有一个说不好的。\n', found: [''] },
    { text: '精算师算过的，这款年金最划算。\n', found: [''] },
  ],
});
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['客户：有没有专家推荐？理财经理：我们不拿专家推荐说事，适不适合您得看您的需求。\n'],
  invalid: [{ text: '客户：有没有专家推荐？理财经理：有啊，专家都推荐这款。\n', found: [''] }],
});
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['本产品已按规定向监管部门备案，备案不代表对产品的推荐或收益的保证。\n'],
  invalid: [{ text: '银保监会都给了批文的产品，您说能有问题吗？\n', found: [''] }],
});
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['本产品已按规定报送监管部门备案。\n'],
  invalid: [
    { text: '本产品已获监管批文，大家可以放心买。\n', found: [''] },
    { text: '群里的老客户@刘姐 刚晒了保单收益截图，大家看看真实受益者怎么说👇\n', found: [''] },
  ],
});
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['本商品已依規定報金管會備查，備查不代表保證收益。\n'],
  invalid: [{ text: '金管會核准的商品，等於政府背書，您不用擔心。\n', found: [''] }],
});

// Said on television, the choice of professionals, an association's approval.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['專家嘅意見僅供參考，買唔買要睇你自己需要。\n'],
  invalid: [
    { text: '我哋首席投資總監上個月喺電視講過，呢類產品係而家最好嘅配置。\n', found: [''] },
    { text: '醫生、律師、會計師都揀佢，專業人士嘅共同選擇。\n', found: [''] },
    { text: '保險業聯會都認可嘅計劃，你仲驚乜嘢？\n', found: [''] },
  ],
});

// The trade's top product is a superlative, not an endorsement; a top influencer's word is.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['分红实现率常年领先，妥妥的业内顶流。\n'],
  invalid: [{ text: '顶流博主都在推这款年金，闭眼入。\n', found: [''] }],
});

// Crowds, star ratings, neighbours and influencers as proof; the regulator's approval held up in Taiwan's words.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['客户评价仅代表个人感受，产品是否适合请以风险测评为准。\n'],
  invalid: [
    { text: '上千位老客户亲身见证，谁买谁说好。\n', found: ['', ''] },
    { text: '⭐⭐⭐⭐⭐ 退休教师王老师：买得放心！\n', found: [''] },
    { text: '群里好几个大V都在配这个。\n', found: [''] },
    { text: '本商品經金管會核准，安全有保障。\n', found: [''] },
  ],
});

// A blogger disclaiming expertise or sponsorship.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['我只是个普通博主，不是专家，下面只说我自己的感受，不构成任何建议。\n', '声明：这份是博主自费买的，没人送我东西。\n'],
  invalid: [{ text: '理财博主都说这款年金闭眼入。\n', found: [''] }],
});

// Approval said to mean the regulator vouches, a manager who bought it, a customer sharing, a YouTuber pushing it.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['保監局認可不等於推介，亦不保證產品的商業成就。\n'],
  invalid: [
    { text: '保監局批咗先可以賣㗎，即係佢哋認可咗呢份嘢冇問題啦。\n', found: [''] },
    { text: '我哋分行经理自己都买咗三份。\n', found: [''] },
    { text: '客戶李太分享：「十年前買咗，而家每年收返嘅錢夠我去旅行！」\n', found: [''] },
    { text: '網紅理財YouTuber也在影片裡大推這張👍\n', found: [''] },
  ],
});

// Sent to recommend it, approval said to leave nothing to worry about, an official stamp, whole professions buying.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['产品经监管备案不代表监管部门对其收益作出保证。\n'],
  invalid: [
    { text: '隔壁张姐买了三年，她特意让我推荐给您。\n', found: [''] },
    { text: '已经监管部门审批备案了，您还担心啥？\n', found: [''] },
    { text: '金融监管总局备案产品，官方认证。\n', found: [''] },
    { text: '好多退休老教师都在买。\n', found: [''] },
  ],
});

// An expert's reminder to read the terms.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['医生朋友提醒我：买重疾险前先把健康告知逐条看完，别急着签字。\n'],
  invalid: [{ text: '医生朋友都推荐这款重疾险。\n', found: [''] }],
});

// Asked, and answered no.
ruleTester('expert-endorsement', {
  kind: 'web',
  valid: ['客服问答：请问有专家推荐吗？答：我们不以专家或名人名义推荐产品，请根据自身需求和条款内容决定。\n'],
  invalid: [{ text: '知名专家推荐，这款年金值得拥有。\n', found: [''] }],
});

// Vouched for or worked through by an expert; a customer quoted as pleased; crowds said to have been paid.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: [
    '我不敢拿专家的名头替这款产品担保，适不适合还得看您的需求。\n',
    '专家推荐、网红同款，都不是您该买的理由。\n',
  ],
  invalid: [
    { text: '我们的资深精算师亲自测算过，这款放十年最划算。\n', found: [''] },
    { text: '财经节目的李老师也在推这一款。\n', found: [''] },
    { text: '客户王大姐：交了六年，每年都有钱领，真是选对了！\n', found: [''] },
    { text: '已有五千多位客户领到了第一笔年金。\n', found: [''] },
  ],
});

// An endorsement the seller tells the customer to ignore.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['网上那些说专家推荐的，您别太当回事，还是看自己的需要。\n', '我不能拿别人的话给您做推荐。\n'],
  invalid: [],
});

// Professionals' picks, customers showing off, friends buying after them.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['执业会计师提醒：买保险前请看清条款。\n'],
  invalid: [
    { text: '多位执业医师、会计师一致推荐的养老年金。\n', found: [''] },
    { text: '老客户现身说法，听听她怎么讲。\n', found: [''] },
    { text: '李姐买了以后，她那帮老姐妹都跟着买了。\n', found: [''] },
  ],
});

// An event where nothing is sold.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['老客户答谢会邀请函：本次活动仅为客户服务，现场不进行任何产品销售。\n'],
  invalid: [],
});

// A blogger's pick not to be bought blind; a talk that recommended nothing; a service list for old customers.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: [
    '博主推荐的保险别直接买，先看条款。\n',
    '那期视频里精算师只讲了怎么看利益演示，没推荐任何产品。\n',
    '老客户专属服务：保单检视、理赔协助，均可预约。\n',
  ],
  invalid: [{ text: '资深精算师推荐：这款年金值得配置。\n', found: [''] }],
});

// The state said to have vetted it for the customer; a customer to ask.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['监管备案不代表对产品的推荐或保证。\n'],
  invalid: [{ text: '这是监管批准的，等于政府帮你把过关了。\n', found: ['', '政府帮你把过关'] }, { text: '李阿姨买了五年，您问问她就知道了。\n', found: [''] }],
});

// An expert on camera, a customer quoted as paid on time, the national team vouching.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['精算师出镜讲解如何阅读利益演示表，不涉及任何产品推荐。\n'],
  invalid: [
    { text: '首席精算师亲自出镜解读这款年金。\n', found: [''] },
    { text: '李大姐说：“每年都准时到账，比存银行强多了！”\n', found: [''] },
    { text: '国家队背书的养老产品。\n', found: [''] },
  ],
});

// Refusing to recommend in anyone's name, a forum's news: no endorsement. A regulator said to approve it is one.
// The seller's family said to have bought it beside a guarantee: the guarantee is what reviewers name.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: [
    '您说想听听专家意见，我建议您自己看看条款，或者问问信得过的家里人，我不方便拿谁的名头来推荐。\n',
    '某地金融学会举办养老金融论坛，与会专家建议居民合理配置养老资产。\n',
    '这款年金险，闭着眼睛买都不会亏，我自己家里人都买了。\n',
  ],
  invalid: [
    { text: '保險業監管局認可計劃，安全有保證！\n', found: [''] },
    { text: '我自己家里人都买了好几份，您放心。\n', found: [''] },
  ],
});

// A professor saying buy now, a claimant quoted, customers said to have proven it, an experts' panel.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['挂了三甲医院的专家号，医生说我的颈椎问题主要是久坐导致的🙃\n'],
  invalid: [
    { text: '我们请大学的金融教授来讲过课，教授说这种产品现在不买以后就买不到了。\n', found: [''] },
    { text: '理赔受益客户张先生：“多亏买了这份分红险，孩子的学费全靠它。”\n', found: [''] },
    { text: '3万位客户亲身验证，年年领钱真香。\n', found: [''] },
    { text: '本商品榮獲壽險業界專家評選第一名。\n', found: [''] },
  ],
});

// An official said to have bought it, professionals said not to be wrong, a doctoral supervisor who worked it out.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '前央行官員也買了這張，你說可不可靠？\n', found: [''] },
    { text: '醫生、律師好多都揀呢份，專業人士嘅眼光唔會錯。\n', found: [''] },
    { text: '某大学金融系博导力荐👍 这款年金闭眼买\n', found: [''] },
  ],
});

// An economist quoted in the news on the economy recommends nothing; one quoted on this product does.
ruleTester('expert-endorsement', {
  kind: 'web',
  valid: ['首席经济学家：今年出生率继续走低，人口结构变化将影响长期利率。\n'],
  invalid: [{ text: '知名经济学家：这款年金是今年最值得配置的养老产品。\n', found: [''] }],
});

// A society or association naming the product.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['本产品由保险公司承保，未经任何协会或机构推荐认证。\n'],
  invalid: [{ text: '市老年协会推荐养老产品，退休生活更安心。\n', found: [''] }],
});

// An expert's general view reported in the news, and an expert set aside, endorse nothing.
ruleTester('expert-endorsement', {
  kind: 'web',
  valid: ['某大学保险系教授接受记者采访时表示，家庭配置保险应先保障后理财。\n', '经理：适不适合您，专家说了也不算，要看您的风险测评结果。\n'],
  invalid: [{ text: '某大学保险系教授亲自推荐这款年金，说养老就该买它。\n', found: [''] }],
});

// An authority named with trust claimed for the product.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['本产品条款已按规定报送监管部门备案，详见产品说明书。\n'],
  invalid: [{ text: '本产品经监管部门审批，品质值得信赖。\n', found: [''] }],
});

// The regulator's approval turned into a warrant.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['国家金融监督管理总局提醒消费者：投保前请仔细阅读保险条款。\n'],
  invalid: [{ text: '经国家金融监督管理总局批准发行，放心买！\n', found: [''] }],
});

// An expert's insider tip, or the expert's own money, as the endorsement; a teacher of economics.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['我妈也买了，她觉得挺好。\n', '李教授在讲座上说，养老要早规划，但他不推荐任何具体产品。\n'],
  invalid: [
    { text: '我們公司的精算師私下跟我說，這款設計得很好。\n', found: ['精算師私下跟我說'] },
    { text: '前国家队经济学家为什么把钱都放在这款分红险？👇\n', found: ['经济学家为什么把钱都放在这款'] },
    { text: '大爷，您隔壁刘老师退休前是教经济的，他都买了，还特意让我介绍给您。\n', found: ['教经济的'] },
  ],
});

// A denial of saying who recommended it; a doctor's advice about walking.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['我沒辦法跟您說哪位專家推薦過，我只能跟您講產品本身的保障內容和風險。\n', '医生推荐我每天走8000步，控制血压效果不错 🚶\n'],
  invalid: [],
});

// What an expert says taken as reference only is no endorsement.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['专家怎么说您参考就行，买不买还是看您自己的需要。\n'],
  invalid: [{ text: '财经专家都推荐这款年金，您放心买。\n', found: [''] }],
});

// Round 15: someone the customer knows bought it, and what they got or say.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['客户：我邻居都买了，那我也买吧。销售：别人买了不代表适合您，我们先做个风险测评。\n'],
  invalid: [{ text: '您表姐前年也在我这儿办的，这两年光分红就拿了一万多。\n', found: [''] }],
});

// The seller declining to lean on an expert, or an expert urging care.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: [
    '您说网上那个专家推荐的产品，我没法评价，我只按条款给您讲这款。\n',
    '那个讲座上的专家跟我们没有任何关系，我们也不会拿他的话说事。\n',
    '我们的产品不请专家代言，您看条款就行。\n',
    '某大学教授在讲座中表示，家庭买保险应以保障为先，不宜盲目追求收益。\n',
  ],
  invalid: [{ text: '大学教授都推荐这款年金，说它是养老首选。\n', found: [''] }],
});

// The regulator's approval told as a reason to trust the product.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: ['理财经理：监管局批准销售只说明产品合规，不代表收益有保证，您还是要看条款。\n'],
  invalid: [{ text: '理财经理：监管局都批了，稳妥得很，您放心。\n', found: ['监管局都批了，稳妥得很，您放心'] }],
});

// Not using an expert's word or anyone's name, and the customer's expert video disowned; an expert's recommendation
// still counts.
ruleTester('expert-endorsement', {
  kind: 'script',
  valid: [
    '回复@暖暖：我不拿哪个专家的话给产品背书，你自己看条款和利益演示来判断最靠谱。\n',
    '销售：您说的那个教授推荐的视频我没看过，我们只能按条款给您介绍，不借别人的名义。\n',
    '销售：您说的那个专家推荐视频不是我们公司发的，产品情况以条款为准。\n',
  ],
  invalid: [{ text: '销售：著名经济学家王教授推荐：这款年金是养老首选。\n', found: [''] }],
});

// A bank's chief investment officer, a union recommending; an expert's reminder stays clean.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['首席投资官提醒：投资有风险，配置前请评估自身风险承受能力。\n'],
  invalid: [
    { text: '我们财富中心的首席投资官都说了，这款必须配置，他自己就买了五份。\n', found: [''] },
    { text: '超过3万名教师选择了它，教育系统工会推荐。\n', found: [''] },
  ],
});

// An industry guild (公会) vouching for the product, as an association does.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['保險業公會發布自律公約，要求會員公司不得以誇大收益招攬業務。\n'],
  invalid: [{ text: '保險業公會推薦商品，品質有保障，請安心投保。\n', found: [''] }],
});

// The seller telling old customers something is no customer's testimony.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['所以我一直跟老客户说：看保单利益的时候，把保证部分和非保证部分分开看。\n'],
  invalid: [{ text: '老客户说：这款真不错，我又给女儿买了一份。\n', found: [''] }],
});

// An endorsed policy gone wrong, as a warning.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['某網紅推薦的保單翻車了？來看看他沒說的解約損失\n'],
  invalid: [{ text: '某網紅推薦的保單，我們這裡有得買！\n', found: [''] }],
});

// A talk that pitches no product.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['讲座嘉宾：某大学金融学院副教授，主题“家庭资产配置的基本原则”，讲座不涉及任何具体产品推介。\n'],
  invalid: [{ text: '讲座嘉宾：某大学金融学院副教授，现场推荐本行代理的鑫享年金。\n', found: [''] }],
});

// Experts said to be buying it themselves.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['养老规划专家建议：先配齐医疗和意外保障，再考虑年金，本文不推荐具体产品。\n'],
  invalid: [{ text: '国家级养老规划专家都在配的“神仙产品”\n', found: [''] }],
});

// An expert's lecture, assessment, like or reading of this product; buyers pointed to as the proof.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['本产品介绍由保险公司提供，不代表任何专家或机构的推荐。\n'],
  invalid: [
    { text: '省保险学会的一位理事专门为您解读这款年金。\n', found: [''] },
    { text: '某大学金融系的教授在课上专门讲过这款的设计。\n', found: [''] },
    { text: '楼下二十多位退休老师一起买的，口碑您尽管打听。\n', found: [''] },
  ],
});

// A testimonial said to be one person's experience is the disclaimer, not the endorsement.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['客户见证只代表个人经验，并不代表产品的未来表现。\n'],
  invalid: [{ text: '客户见证：买了五年，每年分红都到账，推荐给大家！\n', found: [''] }],
});

// A retired official's pick, the regulator named as the endorser.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['产品已按规定向监管部门备案，备案不代表监管部门对产品的推荐或收益的保证。\n'],
  invalid: [
    { text: '退休老局长亲自推荐的养老方案。\n', found: [''] },
    { text: '监管官方认可的好产品，放心买。\n', found: [''] },
  ],
});

// A count of who asks is no count of who bought.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['最近到网点办续存的叔叔阿姨，十个里有三四个会顺口问一句：“姑娘，听说现在利率又降了，是不是该换成保险？”\n'],
  invalid: [{ text: '来我们网点的退休教师，十个里有八个会选这款年金。\n', found: [''] }],
});

// From final31: an offer for old customers and a director passing on word vouch for nothing; the director's own purchase does.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['老客户专享：首期保费直降20%，仅限本月。\n', '我们主任刚说了，过了这个周末这款就不卖了，您可别错过。\n'],
  invalid: [{ text: '咱信用社自己的养老产品，俺们主任都买了，您就放心吧。\n', found: [''] }],
});

// From round 32: a recommendation said to prove nothing.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['網紅推薦不等於適合你，投保前請確認保單條款、解約費用及自身需求。\n'],
  invalid: [],
});

// From round 33: an expert's or a doctor's reminder, and recommendations not to be taken at face value.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['律师提醒：签字前请逐条阅读责任免除条款。\n', '网上那些“专家推荐”的产品别全信，一切以合同条款为准。\n'],
  invalid: [],
});

// A doctor's reminder to read the health questions; an award said to promise nothing about returns.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: [
    '医生朋友提醒：买医疗险前先看清楚健康告知，不要隐瞒病史。\n',
    '本产品获评“年度优秀养老产品”（评选机构：某财经媒体），获奖不代表未来收益表现。\n',
  ],
  invalid: [],
});

// A shop's star-worn hoodie is everyday life; a star vouching for a policy is an endorsement.
ruleTester('expert-endorsement', {
  kind: 'inferred',
  valid: ['明星同款卫衣，演员林一舟机场同款，限时8折。\n'],
  invalid: [{ text: '明星同款年金险，演员林一舟自己也买了三份，跟着买准没错。\n', found: ['', '跟着买准没错'] }],
});

// A professor recommending in person, a channel's expert saying it suits everyone, a certified planner who bought it;
// not an expert's warning that it does not suit, nor a headmaster's warning against sellers.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['专家提醒：这类产品不适合短期要用钱的老百姓。\n', '校长在家长会上提醒：学校从未与任何保险公司合作，请家长不要相信冒用学校名义的推销。\n'],
  invalid: [
    { text: '澄江大学经济学院王教授亲荐：退休规划就选「澄心福」\n', found: [''] },
    { text: '财经频道专家解读：这类产品适合老百姓做养老规划。\n', found: [''] },
    { text: '我们分行经理自己也买了两张，她是CFP认证的，她都买了你还怕什么。\n', found: [''] },
  ],
});

// A school's recommendation, a body's award, a named customer's quoted gain, a profession's common choice; not a
// customer's question in a script, nor a student going to university.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: [
    '客户王先生：“这个收益能保证吗？”\n',
    '孩子明年上大学，想给他准备一笔教育金，您帮我推荐一下。\n',
  ],
  invalid: [
    { text: '岚州财经学院联合推荐：养老规划优选方案。\n', found: [''] },
    { text: '这款产品去年被行业协会评为年度最佳。\n', found: [''] },
    { text: '老客户刘大姐：“交了六年，每年领一万多，真不后悔。”\n', found: [''] },
    { text: '三千位律师的共同选择\n', found: [''] },
  ],
});

// An eye doctor's tip for the eyes is everyday life.
ruleTester('expert-endorsement', {
  kind: 'inferred',
  valid: ['眼科医生推荐的护眼方法：每看屏幕20分钟，远眺20秒。\n'],
  invalid: [{ text: '三甲医院的医生都推荐这款重疾险，说保障最全。\n', found: [''] }],
});

// An expert or a customer telling the reader what the product is not, or praising a seller who would not compare;
// an expert's plain recommendation still counts.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: [
    '博主测评：增额寿和存款根本不是一类东西，一个是长期保险合同、提前退保要亏，一个随时能取，别拿利率直接比。\n',
    '去银行问经理年金和定期哪个收益高，人家直接说不能这么比，让我先想清楚这笔钱十年内用不用，好评👍\n',
  ],
  invalid: [{ text: '测评博主亲测推荐：这款增额寿闭眼入，收益稳稳的。\n', found: [''] }],
});

// A buyer's verdict on the purchase of a lifetime, as a testimonial.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['客户问这是不是他这辈子最该买的东西，我说先看需求，保险不是越多越好。\n'],
  invalid: [{ text: '王阿姨买了三年，已经领了两万多，她说这是她这辈子做得最对的决定。\n', found: [''] }],
});

// Taiwan's regulator's approval held up as a warranty.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['本商品已依主管機關規定備查，備查不代表主管機關對商品之推薦或保證。\n'],
  invalid: [{ text: '經主管機關核准，安全可靠值得信賴。\n', found: [''] }],
});

// The insurer's licence stated is no endorsement of the plan; the regulator said to approve the plan is.
ruleTester('expert-endorsement', {
  kind: 'web',
  valid: ['**承保人**：本產品由瀚洋人壽保險（香港）有限公司承保。瀚洋人壽為香港保險業監管局認可的長期業務保險人。\n'],
  invalid: [{ text: '保險業監管局認可計劃，退休首選！\n', found: ['保險業監管局認可'] }],
});

// A customer's or a relative's payout said to have arrived, or its screenshot, held up; a notice of one's own payout, a
// customer asking when it comes, or a rule against posting screenshots is not.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: [
    '您的生存金已于6月1日到账，请注意查收。\n',
    '内容审核：客户的红利到账截图一律不得用于朋友圈宣传。\n',
  ],
  invalid: [
    { text: '又有一位老客户的红利到账啦🎉 有需要的私信我～\n', found: [''] },
    { text: '附上几位老客户的领钱截图，大家自己看👇\n', found: ['领钱截图'] },
  ],
});

// An expert's sums held up, the regulator's approval held up; an economist on the economy and a training slide are not.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: [
    '经济学家预测，明年居民存款利率可能继续下行。\n',
    '【培训】错误示范：“经精算师协会专家测算，回报位居前列”——既借专家名义，又作不当排名。\n',
  ],
  invalid: [
    { text: '某银行首席经济学家测算：这款年金的长期收益稳健。\n', found: ['银行首席经济学家测算'] },
    { text: '监管批准的产品，你怕什么？\n', found: ['监管批准的产品'] },
  ],
});

// Customers' praise as a share is a testimonial; a call-back survey's share is not; a reply after a dash is no attribution.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: [
    '本季度回访统计：92%的客户表示销售人员讲清楚了犹豫期和退保损失。\n',
    '客户问：“你帮我签一下行不行？”——“不行的阿姨，必须您本人签。”\n',
  ],
  invalid: [{ text: '用户口碑：98%的投保客户表示满意。\n', found: ['98%的投保客户表示满意'] }],
});

// An expert's own pick is an endorsement; a caption after old customers is no attribution.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['周末在网点做了场养老规划分享，来了二十几位老客户～（照片说明：营业厅大屏）\n'],
  invalid: [{ text: '三甲医院院长亲自挑选的养老年金。\n', found: ['三甲医院院长亲自挑选的'] }],
});

// The insurer's lecturer at a seminar and a customer's praise of the claims service are no endorsement of the product.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: [
    '养老规划推介会｜主讲：澜舟人寿讲师｜推介产品：鑫享年金保险（分红型）\n',
    '客户心声：“理赔顾问很耐心，材料一次就交齐了。”（客户授权发布）\n',
  ],
  invalid: [{ text: '理赔受益客户张先生：“多亏买了这份分红险，孩子的学费全靠它。”\n', found: [''] }],
});

// Wording sent back by compliance is reported, not used.
ruleTester('expert-endorsement', {
  kind: 'promo',
  valid: ['朋友圈文案被合规退回了，原因是写了“某某教授推荐”，改成只写保障内容再提交。\n'],
  invalid: [{ text: '某某教授推荐，这款年金闭眼入。\n', found: [''] }],
});

// An official stamp is an endorsement; an officially certified channel or staff member is not.
ruleTester('expert-endorsement', {
  kind: 'web',
  valid: ['投保成功后，远帆人寿将在犹豫期内通过电话或官方认证的线上方式对您进行回访，请您如实确认。\n'],
  invalid: [{ text: '省保险行业协会推荐产品，官方认证，放心买。\n', found: ['协会推荐产品', '官方认证'] }],
});
