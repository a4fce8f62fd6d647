import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('bank-name', {
  kind: 'promo',
  valid: [
    // Picked by a bank in general, no bank named.
    '银保合作新品首发｜银行精选 安全可靠\n',
    // Regulators and associations are not banks.
    '根据中国银行保险监督管理委员会的相关规定，投保前请仔细阅读条款。\n',
    '中国银行业协会发布的自律公约要求规范代理销售行为。\n',
    // Words that contain a short bank name.
    '本产品适合化工行业从业人员投保。\n',
    '施工行业高风险职业不在承保范围内。\n',
    '投资范围包括在中国银行间市场交易的债券。\n',
    '代理销售机构：本地代理网点。\n',
  ],
  invalid: [
    // The bank's name with its year's best or its chief as the product's authority.
    { text: '江澄银行年度最佳养老产品｜澜悦添年\n', found: ['江澄银行年度最佳'] },
    { text: '江澄银行首席经济学家刘岩博士倾情推荐：养老就选澜悦添年\n', found: ['江澄银行首席'] },
    // The insurer first, the bank after the cross.
    { text: '投保提示书（澜舟人寿 × 蓝湾农商银行）\n', found: ['人寿 × 蓝湾农商银行'] },
    { text: '招商银行荣誉推荐。\n', found: ['招商银行'], suggested: '代理销售机构荣誉推荐。\n' },
    { text: '工行客户专享，年交1万元起。\n', found: ['工行'] },
    { text: 'ICBC 专属年金计划\n', found: ['ICBC'] },
    { text: '请携带本人身份证和中国工商银行储蓄卡到网点办理。\n', found: ['中国工商银行'] },
    { text: '即日起至3月31日，到建设银行、农业银行各营业网点均可办理。\n', found: ['建设银行', '农业银行'] },
  ],
});

ruleTester('bank-name', {
  kind: 'web',
  valid: ['代理销售机构：本页面由代理机构网上渠道提供。\n'],
  invalid: [{ text: '本产品由平安银行网上银行代理销售。\n', found: ['平安银行'] }],
});

ruleTester('bank-name', {
  kind: 'notice',
  valid: ['您可通过代理机构网点或代理机构客服热线进行咨询和投诉。\n'],
  invalid: [{ text: '代理机构：中国农业银行股份有限公司北京分行\n', found: ['中国农业银行'] }],
});

// Article 十 covers printed material and documents, not what a seller says.
ruleTester('bank-name', {
  kind: 'script',
  valid: ['销售：王阿姨您好，我是招商银行的理财经理小陈，这是我的保险代理从业人员执业证。\n', '销售：请您携带工行储蓄卡到柜台办理扣款授权。\n'],
  invalid: [],
});

ruleTester('bank-name', {
  kind: 'phone-script',
  valid: ['坐席：您好，我是建设银行远程服务中心的保险代理销售人员。\n'],
  invalid: [],
});

// A bank not on the list, named where a brand goes.
ruleTester('bank-name', {
  kind: 'promo',
  valid: ['本产品由禾信人寿保险股份有限公司承保，本网点为代理销售机构。\n', '投保前请到银行网点核实销售人员资质。\n'],
  invalid: [
    { text: '【丰泽银行行徽】禾信人寿 · 金满年年金保险\n', found: ['丰泽银行行徽'] },
    { text: '岱山银行“岱福金”终身寿险由禾信人寿保险股份有限公司承保。\n', found: ['岱山银行“岱福金”终身寿险'] },
  ],
});
ruleTester('bank-name', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: '您专属的“汇川金福”年金计划已开放预约，回复1了解详情。【汇川银行】\n', found: ['【汇川银行】'] },
    { text: 'QINGLAN BANK｜安稷人寿 鑫享年金保险\n', found: ['QINGLAN BANK'] },
  ],
});

// A bank's name as a co-brand, a member-only offer or a product line; its own deposit series stays its own.
ruleTester('bank-name', {
  kind: 'promo',
  valid: ['青岚银行“青禾”系列大额存单本周发行，20万元起存。\n'],
  invalid: [
    { text: '青岚银行 × 安稷人寿 联名款｜鑫享年金保险\n', found: ['青岚银行 × '] },
    { text: '青岚银行贵宾客户专享：安稷·鑫享年金保险\n', found: ['青岚银行贵宾客户专享'] },
    { text: '青岚银行养老金计划，陪您稳稳走过下半生。\n', found: ['青岚银行养老金计划'] },
  ],
});

// The bank's own deposit notices are not insurance material; its name alone on a poster line is a brand.
ruleTester('bank-name', {
  kind: 'promo',
  valid: ['【青岚银行】您尾号0931的三年期整存整取存款将于5月20日到期，到期后按约定自动转存。回复TD退订\n'],
  invalid: [{ text: '青岚银行\n安稷鑫享养老计划\n专属尊享\n', found: ['青岚银行\n'] }],
});

// A co-brand quoted to report or warn against it is not the material's own; the bank's app is a channel.
ruleTester('bank-name', {
  kind: 'promo',
  valid: [
    '某银行支行因销售人员向客户宣称“【云川银行】我行最新推出悦享人生养老计划”，被监管部门罚款30万元。\n',
    '培训提示：“江澜农商行专属定制款，只有我们网点能买到”属于违规话术，严禁使用。\n',
    '我行手机银行“财富”频道新增代销保险专区，所有产品均由合作保险公司承保。\n',
  ],
  invalid: [
    { text: '青岚银行贵宾客户专享,安稷·鑫享年金保险\n', found: ['青岚银行贵宾客户专享'] },
    { text: '页眉印有「金穗银行 VIP专享」字样。\n', found: ['金穗银行 VIP专享'], kind: 'description' },
  ],
});

// A bank the list does not know, named where a brand goes: its branch as the place to buy, its season or
// festival, an edition of a form, its slogan after a careful text, its name beside the insurer's.
ruleTester('bank-name', {
  kind: 'promo',
  valid: [
    '青禾农商银行东坪支行 理财经理 李敏 保险代理从业人员执业登记号：略\n',
    '各家银行的存款利率近期普遍下调。\n',
  ],
  invalid: [
    { text: '汇川银行城南支行理财经理小陈为您推荐：分红型年金保险，详询👇\n', found: ['汇川银行城南支行理财经理小陈为您推荐'], suggested: '代理销售机构城南支行理财经理小陈为您推荐：分红型年金保险，详询👇\n' },
    { text: '澜岸银行2025开门红 · 养老金专场\n', found: ['澜岸银行2025开门红'] },
    { text: '投保提示书（青禾银行专用版）\n', found: ['（青禾银行专用版）'] },
    { text: '详询临海银行各营业网点理财经理\n', found: ['详询临海银行'], suggested: '详询代理销售机构各营业网点理财经理\n' },
    { text: '本产品由福临人寿保险股份有限公司承保，详见条款。锦川银行，陪您稳稳走好每一程。\n', found: ['。锦川银行，陪您'], suggested: '本产品由福临人寿保险股份有限公司承保，详见条款。代理销售机构，陪您稳稳走好每一程。\n' },
    { text: '匯川銀行 代理銷售｜澄遠人壽承保\n', found: ['匯川銀行 代理銷售｜澄遠人壽承保'] },
  ],
});

ruleTester('bank-name', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: '瀚丰银行代销专属｜「信衡金瑞」年金｜客服热线９５５Ｘ８\n', found: ['瀚丰银行代销专属'] }],
});

// The bank's own notice about its app, cards or accounts, with no word of insurance, is no insurance material;
// the same notice about a policy is.
ruleTester('bank-name', {
  kind: 'promo',
  valid: ['【汇泉银行】您的手机银行登录密码将于7日后过期，请及时修改。\n', '北岸农商银行｜个人养老金资金账户开户指引\n'],
  invalid: [{ text: '【汇泉银行】信用卡用户专享：鑫享年金险限时上线，欢迎登录了解。\n', found: [''] }],
});

// The bank's own card and branch notices are about something else.
ruleTester('bank-name', {
  kind: 'notice',
  valid: [
    '【澄江银行】您尾号1234的储蓄卡将于本月到期，请携带本人身份证到任一网点办理换卡。\n',
    '【青禾農商銀行】尊敬的客戶，本行網點週六營業時間調整為9:00-16:00，敬請留意。\n',
  ],
  invalid: [],
});

// A bank not on the list named where print material names its maker or sender; the agent's disclosure line is not.
ruleTester('bank-name', {
  kind: 'promo',
  valid: [
    '代理机构：北辰银行股份有限公司青川分行（代理机构名称依规披露）。\n',
    '保险人：鼎安人寿保险股份有限公司；代理销售机构：恒川银行股份有限公司各营业网点。\n',
  ],
  invalid: [
    { text: '本宣传资料由鑫源银行股份有限公司印制，解释权归鑫源银行所有。\n', found: ['鑫源银行股份有限公司印制'] },
    { text: '尊敬的鑫源银行客户：您即将投保的是福瑞人寿保险股份有限公司承保的保险产品，不是银行存款。\n', found: ['尊敬的鑫源银行客户'] },
    { text: '汇嘉银行温馨提示：投保前请仔细阅读保险条款。\n', found: ['汇嘉银行温馨提示'] },
    { text: '鑫源银行财富直播间｜今晚８点带你了解这款分红险\n', found: ['鑫源银行财富直播间'] },
  ],
});

// A regulator's name quoted, a rumour denied.
ruleTester('bank-name', {
  kind: 'notice',
  valid: [
    '“中國銀行保險監督管理委員會”已於2023年由國家金融監督管理總局承接其職責。\n',
    '网传“华禾银行联合推出高息储蓄险”系不实信息，华禾银行从未推出任何保险产品，请以保险公司官方信息为准。\n',
  ],
  invalid: [{ text: '“华禾银行联合推出高息储蓄险”，限时发售！\n', found: [''] }],
});
ruleTester('bank-name', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: 'QH银行✖️远帆人寿联名款\n', found: [''] },
    { text: '嘉嵐銀行 溫馨推薦：鹿鳴人壽安康重大疾病保險\n', found: [''] },
  ],
});
ruleTester('bank-name', {
  kind: 'description',
  valid: ['产品说明书（本产品由华禹人寿承保，代理销售机构为银行）\n'],
  invalid: [
    { text: '产品说明书（华禹银行专版）\n', found: [''] },
    { text: 'Presented by JC Bank · 安澜人寿承保\n', found: [''] },
    { text: '恒亞銀行呈獻：「安心傳承」儲蓄保險計劃\n', found: [''] },
  ],
});
ruleTester('bank-name', {
  kind: 'promo',
  valid: [],
  invalid: [
    { text: '云岫银行储蓄型保险，存得安心\n', found: [''] },
    { text: '海報底部：金禾村鎮銀行營業廳 歡迎垂詢 · 福滿門終身壽險 保障一生\n', found: [''] },
  ],
});

// The bank's own name heading a form or a page, whatever the name.
ruleTester('bank-name', {
  kind: 'notice',
  valid: ['投保提示书（代理销售机构专用）\n', '请到代理银行网点领取投保提示书。\n'],
  invalid: [
    { text: '云岭银行 · 投保提示书（请客户仔细阅读）\n', found: [''] },
    { text: '东湾银行代理保险业务投保提示书\n', found: [''] },
    { text: '北辰銀行官方網路投保平台｜安心終身壽險\n', found: [''] },
  ],
});

// The bank's name branding a page: a separator, its wealth arm, its greeting, its recommendation, as the agent on print.
ruleTester('bank-name', {
  kind: 'promo',
  valid: ['本产品可通过手机银行App投保，保险合同由保险公司签发。\n', '瀚丰银行财富中心本周六举办养老规划沙龙，欢迎报名。\n'],
  invalid: [

    { text: '易拉宝页脚：北辰银行财富管理 BEICHEN WEALTH ｜ 福泰人寿「安康年金」火热发售\n', found: [''] },
    { text: '珠瀾銀行鼎力推薦，值得信賴\n', found: [''] },
    { text: '本产品由东岭银行代理销售，晴川人寿保险股份有限公司承保。\n', found: [''] },
  ],
});

// The licence an agent must display; the bancassurance channel by its name.
ruleTester('bank-name', {
  kind: 'web',
  valid: ['鑫瑞银行股份有限公司 保险兼业代理业务许可证编号：11000012345678\n', '本产品为恒禾人寿银行保险渠道专属产品。\n'],
  invalid: [],
});

// A penalty reported, and the bank's own text message about a debit.
ruleTester('bank-name', {
  kind: 'notice',
  valid: [
    '某农商银行支行因在代销保险的海报上使用本行标识，被处以罚款。\n',
    '【青石银行】您尾号3307的账户于05月20日代扣保险费8000.00元。\n',
  ],
  invalid: [{ text: '青石银行倾情推荐：这款年金，您尾号的存款到期可以直接转入。\n', found: [''] }],
});

// A bank's security notice and wording banned in training: no bank name on insurance material.
// A city bank presenting the product is one; a cooperative's own meeting is not.
ruleTester('bank-name', {
  kind: 'promo',
  valid: [
    '东滨银行温馨提示：我行工作人员不会以任何理由索要您的短信验证码。\n',
    '【内训】错误话术示例：“比存定期多一倍”“收益跑赢银行理财”——以上均属简单类比，禁止使用。\n',
    '省农村信用社联合社召开2024年代理保险业务合规培训会。\n',
  ],
  invalid: [
    { text: '鹭川城商行 为您甄选 · 瑞澜人寿承保\n', found: [''] },
    { text: '本产品由云岫农村信用合作联社推出，恒岳人寿承保。\n', found: [''] },
  ],
});

// A bank's romanised name on the material.
ruleTester('bank-name', {
  kind: 'promo',
  valid: ['Our bank staff will never ask for your password.\n'],
  invalid: [{ text: 'qinghe bank 专属｜安享一生终身寿险\n', found: [''] }],
});

// The agent line standing alone names the bank on the material; beside the insurer's it is the disclosure.
ruleTester('bank-name', {
  kind: 'description',
  valid: ['代理销售机构：青崖银行股份有限公司；承保机构：松鹤人寿保险股份有限公司。\n'],
  invalid: [{ text: '代理销售机构：青崖银行股份有限公司\n', found: [''] }],
});

// The bank and the insurer presenting it together, an edition for the bank; a joint anti-fraud event is no product.
ruleTester('bank-name', {
  kind: 'promo',
  valid: ['云岭银行与松鹤人寿联合举办“反诈宣传进社区”活动，欢迎居民参加。\n'],
  invalid: [
    { text: '云岭银行 × 松鹤人寿 强强联手，养老新选择\n', found: [''] },
    { text: '产品说明书（云岭银行专供版）\n', found: [''] },
  ],
});

// Banned wordings listed in a training note name no bank.
ruleTester('bank-name', {
  kind: 'promo',
  valid: ['禁止话术示例："比定期存款收益高"、"跑赢银行理财"，一经发现严肃处理。\n'],
  invalid: [],
});

// The insurer's line first and the bank as its agent after it; the bank's own structured deposit;
// a complaint answered with what was found and done. The bank's name first on the agent line stays reported.
ruleTester('bank-name', {
  kind: 'promo',
  valid: [
    '承保公司：盛和人壽｜代理銷售：海港銀行\n',
    '【青禾银行】本行结构性存款为保本浮动收益型存款产品，纳入存款保险保障范围。\n',
    '您反映的宣传折页印有我行标识一事，经查系网点违规自制，已全部收回。\n',
  ],
  invalid: [{ text: '澄江银行代理销售，禾安人寿保险股份有限公司承保。\n', found: [''] }],
});

// A bank's counter service notice with no word of insurance; a training sheet's wrong-right pair.
ruleTester('bank-name', {
  kind: 'promo',
  valid: ['請到青禾農商銀行櫃檯辦理養老金領取手續。\n'],
  invalid: [{ text: '青禾農商銀行推出鑫享年金保險，詳詢各網點。\n', found: [''] }],
});

// The industry's statistics published (公布…通路统计): no material of a bank's.
ruleTester('bank-name', {
  kind: 'promo',
  valid: ['监管机构公布银行保险渠道统计，去年银行代理销售的寿险新单保费略有下滑。\n'],
  invalid: [],
});

// A bank's initials on the material, beside the product line; initials of an insurer are not a bank's.
ruleTester('bank-name', {
  kind: 'promo',
  valid: ['QC Life 尊享养老计划（由岫岩人寿承保，本产品为保险产品）\n'],
  invalid: [
    { text: 'QC Bank 尊享养老计划（由岫岩人寿承保）\n', found: [''] },
    { text: 'JX BANK｜颐年无忧养老计划｜松鹤人寿承保\n', found: [''] },
  ],
});

// A commercial bank named by its own name heads the form (玉峰商业银行 保险商品投保须知); commercial banks in general are
// no bank's name.
ruleTester('bank-name', {
  kind: 'notice',
  valid: ['代理销售机构：本产品通过商业银行代理销售，保险责任由保险公司承担。\n'],
  invalid: [
    { text: '玉峰商业银行 保险商品投保须知\n', found: [''] },
    { text: '产品说明书 — 维港银行客户专用\n', found: [''] },
  ],
});

// A bank's copyright on its insurance page, its name on a form as the agent's own; not the insurer's copyright.
ruleTester('bank-name', {
  kind: 'web',
  valid: ['© 2026 晴岸人寿保险股份有限公司 版权所有｜客服电话 95500\n'],
  invalid: [
    { text: '© 2026 岚溪银行股份有限公司 版权所有｜本页产品由晴岸人寿承保\n', found: [''] },
    { text: '投保提示书（岚溪银行代理保险业务专用）\n', found: [''] },
  ],
});

// Made for the bank's depositors, the bank's treasure: the bank as the product's maker (bank-as-originator).
ruleTester('bank-as-originator', {
  kind: 'promo',
  valid: ['本行存款客户专享：新资金存入三年期定期满5万元，赠送雨伞一把（仅限存款产品，不含保险）。\n'],
  invalid: [
    { text: '岚溪银行携手晴岸人寿，为存款客户定制的养老年金。\n', found: [''] },
    { text: '这可是咱们行的镇行之宝，一般客户我都不说。\n', found: [''] },
  ],
});

// A bank's wealth section or its new year's flagship as a heading; not the insurer's own.
ruleTester('bank-name', {
  kind: 'promo',
  valid: ['晴岸人寿2026开年力作｜“晴享年年”养老年金保险\n'],
  invalid: [
    { text: '岚溪银行理财专区｜晴享年年两全保险（分红型）\n', found: [''] },
    { text: '岚溪银行2026开年力作｜“晴享年年”养老年金\n', found: [''] },
  ],
});

// The bank's own new certificate of deposit, or its upgrade, said of the policy; not the policy the bank sells as agent.
ruleTester('bank-as-originator', {
  kind: 'script',
  valid: ['本行代理之储蓄型保险由晴岸人寿承保，本行仅为代理销售机构。\n'],
  invalid: [
    { text: '这个就是咱行新推出的大额存单，只是交给保险公司打理。\n', found: [''] },
    { text: '您就当它是我们行大额存单的升级版。\n', found: [''] },
  ],
});

// No bank named: the channel in general, the central bank as a source, a writer's own job; a named bank's channel is.
ruleTester('bank-name', {
  kind: 'description',
  valid: [
    '本产品说明书适用于通过银行代理渠道销售的澜舟福寿两全保险。\n',
    '图2：近十年我国住户存款余额变化（万亿元），数据来源：中国人民银行\n',
  ],
  invalid: [{ text: '本说明书适用于通过工商银行代理渠道销售的保险合同。\n', found: ['工商银行'] }],
});
