// Document role: what a draft is when nothing declares it (read from its
// content, reported with the reason), penalty notices that quote violations,
// declarations that win over the content, and excerpts held only to info.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText, lintTextWithInfo, resolveConfig, type Finding } from '../../server/src/engine/index.js';

const config = resolveConfig(undefined, { noConfig: true });
const lint = (src: string, opts = {}) => lintTextWithInfo(src, { config, filePath: 'draft.md', ...opts });
const ids = (found: Finding[]) => found.map((f) => f.ruleId);
const aboveInfo = (found: Finding[]) => found.filter((f) => f.severity !== 'info');

const PHONE = `坐席：您好，我是安和人寿保险股份有限公司的电话销售人员王敏，工号A1024。
坐席：请问您现在方便接听吗？
客户：方便，你说吧。
坐席：今天为您介绍的是一款万能型终身寿险，是保险产品，万能账户按月结算，结算利率不保证。
坐席：保费进入万能账户前扣除初始费用，每月扣除保单管理费。
`;

const CALLBACK = `坐席：您好，李女士，这里是安和人寿保险股份有限公司客户服务中心，我是回访专员小陈。
坐席：本次来电是对您新投保的分红型年金保险进行回访确认，本次通话将录音。
坐席：请问投保单和风险提示语句是您本人亲自填写和签名的吗？
坐席：请问您是否清楚本产品的红利是不确定的，可能为零？
坐席：请问您是否知道收到保单后有15日的犹豫期？
坐席：本次回访到此结束，感谢您的配合。
`;

const PENALTY = `# 某某监管分局行政处罚决定书

当事人：某某农村商业银行股份有限公司。

主要违法违规事实：该行理财经理在代理销售保险产品时，向客户宣称“这款产品就是存款，保本保息，收益比定期存款高”，构成欺骗投保人的违法行为。

依据《中华人民共和国保险法》第一百六十一条，我分局决定对该行罚款30万元，对相关责任人给予警告并处罚款。
`;

describe('the kind inferred from content', () => {
  it('a phone-sales script: said with the reasons, and the phone items are checked', () => {
    const { findings, info } = lint(PHONE);
    expect(info.kind).toBe('phone-script');
    const note = findings.find((f) => f.ruleId === 'kind-inferred')!;
    expect(note.severity).toBe('info');
    expect(note.message).toMatch(/^按内容推断为电话销售话术（依据：“[^”]+”/);
    expect(note.message).toContain('方便接听');
    expect(note.message).toContain('如不正确请在 front matter 中声明 kind');
    expect(note.suggestions?.[0].fix.text).toBe('---\nkind: phone-script\nproduct: universal\n---\n');
    expect(ids(findings)).not.toContain('kind-unknown');
    // Inferred as a phone script, it must announce the recording.
    expect(ids(aboveInfo(findings))).toContain('phone-recording');
  });

  it('an insurer call-back script is not a sales call: no phone-sales items, no sales disclosures', () => {
    const { findings, info } = lint(CALLBACK);
    expect(info.kind).toBe('callback');
    expect(findings.find((f) => f.ruleId === 'kind-inferred')?.message).toMatch(/保险公司回访话术（依据：.*回访/);
    expect(aboveInfo(findings)).toEqual([]);
  });

  it('the same call-back script declared as a phone-sales script is held to the phone-sales items', () => {
    const found = ids(aboveInfo(lint(`---\nkind: phone-script\n---\n${CALLBACK}`).findings));
    expect(found).toContain('phone-is-insurance');
  });

  it('a penalty notice quoting a seller: its forbidden wording is only information', () => {
    const { findings, info } = lint(PENALTY);
    expect(info.kind).toBe('regulation');
    expect(findings.find((f) => f.ruleId === 'kind-inferred')?.message).toMatch(/^按内容推断为监管或培训文本（依据：.*行政处罚决定书.*）；其中的禁用用语只作提示/);
    // The quoted claims sit in sentences that report a penalty: not the text's own claims.
    expect(aboveInfo(findings)).toEqual([]);
  });

  it('a post-sale report that mentions sales material is no sales material: no kind, no disclosures demanded', () => {
    const src = [
      '# 永信人寿保险股份有限公司 2024年度信息披露报告（摘要）', '',
      '## 一、分红保险账户经营情况', '',
      '2024年度，本公司分红保险账户年度投资收益率为3.42%，综合投资收益率为4.05%。账户资产配置中，债券占62.1%，银行存款占8.7%。', '',
      '## 二、重大事项', '',
      '本公司某分公司因在银行代理渠道宣传材料中使用“存款”字样受到监管部门警告，本公司已完成整改，并对全部代理渠道宣传资料重新审核。', '',
    ].join('\n');
    const { findings, info } = lint(src);
    expect(info.kind).toBe('unknown');
    expect(aboveInfo(findings)).toEqual([]);
    // Declared a leaflet, its title still says it sells nothing: the missing disclosures are information, with the reason.
    const declared = lint(`---\nkind: promo\n---\n${src}`).findings.find((f) => f.ruleId === 'cooling-off');
    expect(declared?.severity).toBe('info');
    expect(declared?.related).toContain('2024年度信息披露报告（摘要）');
  });

  it('an internal circular or campaign plan is addressed to staff: no sales kind, no disclosures asked, its wording for customers still read', () => {
    const src = [
      '云麓银行个人金融部', '关于印发《2026年代理保险业务“开门红”工作方案》的通知', '云麓个金〔2026〕5号', '',
      '各分行个人金融部：', '现将《2026年代理保险业务“开门红”工作方案》印发给你们，请结合实际认真执行。', '',
      '一、活动时间：2026年1月1日至3月31日。', '',
      '二、宣传材料须使用保险公司统一印制的版本，不得自行印制，不得以投保为条件设置抽奖或赠送礼品。', '',
      '三、对客统一口径：本产品为我行与安和人寿联合推出的专属年金，期交保费每满2万元可领取年货礼包一份。', '',
    ].join('\n');
    const { findings, info } = lint(src);
    expect(info.kind).toBe('unknown');
    expect(ids(aboveInfo(findings)).filter((id) => ['cooling-off', 'coverage', 'surrender-cost', 'bank-name'].includes(id))).toEqual([]);
    expect(ids(aboveInfo(findings))).toEqual(expect.arrayContaining(['bank-as-originator', 'inducement']));
  });

  it('sales copy that cites the regulator and a penalty is still sales copy: its claims stay errors', () => {
    const src = `# 预定利率下调倒计时！

国家金融监督管理总局要求各公司下调预定利率，3.0%的产品即将成为历史。

现在上车，3.0%复利锁定终身，比银行定期高出一倍！

之前有同行因为乱承诺被罚款，我们只讲合同里写的，想了解的朋友私信我。
`;
    const { findings, info } = lint(src);
    expect(info.kind).not.toBe('regulation');
    expect(ids(aboveInfo(findings))).toEqual(expect.arrayContaining(['guaranteed-return', 'return-comparison']));
  });

  it('a regulation read without a kind has no finding above info', () => {
    const text = readFileSync('test/fixtures/reference/cbrc-2010-90.md', 'utf8');
    const { findings, info } = lint(text);
    expect(info.kind).toBe('regulation');
    expect(aboveInfo(findings).filter((f) => f.ruleId !== 'english-spelling' && f.ruleId !== 'term-typo')).toEqual([]);
  });

  it('the seller\'s words on their own, declared as a promo, are violations', () => {
    const found = aboveInfo(lint('---\nkind: promo\n---\n这款产品就是存款，保本保息，收益比定期存款高。\n').findings);
    expect(ids(found)).toEqual(expect.arrayContaining(['deposit-wording', 'guaranteed-return', 'return-comparison']));
  });

  it('promo, notice and face-to-face script from their content', () => {
    expect(lint('# 安享一生养老年金保险\n\n本计划由安和人寿保险股份有限公司提供。\n\n详询网点理财经理。\n').info.kind).toBe('promo');
    expect(lint('# 投保提示书\n\n尊敬的客户：您购买的是保险产品。\n\n请您亲自抄录风险提示语句并签名。\n').info.kind).toBe('notice');
    expect(lint('阿姨，这款是安和人寿的年金保险。\n我给您介绍一下，每年交一万。\n').info.kind).toBe('script');
  });

  it('too little to go on: today\'s kind-unknown, disclosures unchecked', () => {
    const { findings, info } = lint('这款产品和存款一样。\n\n收益稳定。\n');
    expect(info.kind).toBe('unknown');
    expect(ids(findings)).toEqual(['kind-unknown', 'deposit-wording', 'guaranteed-return']);
  });

  it('front matter, config and --kind win over the content; the note then speaks only of the product', () => {
    const declared = lint(`---\nkind: script\n---\n${PHONE}`);
    expect(declared.info.kind).toBe('script');
    expect(declared.findings.find((f) => f.ruleId === 'kind-inferred')?.message).toMatch(/^按内容推断为万能型产品（依据：[^）]+）；如不正确请在 front matter 中声明 product$/);
    expect(ids(lint(`---\nkind: script\nproduct: universal\n---\n${PHONE}`).findings)).not.toContain('kind-inferred');
    expect(lint(PHONE, { kind: 'promo' }).info.kind).toBe('promo');
    const byConfig = resolveConfig(undefined, { noConfig: true });
    expect(lint(PHONE, { config: { ...byConfig, kind: 'notice' } }).info.kind).toBe('notice');
  });
});

describe('the product inferred from content', () => {
  const body = '本产品由安和人寿保险股份有限公司承保。\n保险责任：身故给付账户价值的120%。\n犹豫期15日，犹豫期内可解除合同。\n退保只能领取现金价值，会有损失。\n保险公司将进行电话回访。\n客服及投诉电话95399。\n';
  it('a universal product must disclose its fees; the note says why it was taken for one', () => {
    const { findings, info } = lint(`---\nkind: promo\n---\n# 安和金账户终身寿险\n\n${body}万能账户按月结算，结算利率不保证。\n`);
    expect(info.product).toBe('universal');
    expect(findings.find((f) => f.ruleId === 'kind-inferred')?.message).toMatch(/^按内容推断为万能型产品（依据：“万能账户”.*声明 product$/);
    expect(ids(aboveInfo(findings))).toEqual(['fee-deduction']);
  });

  it('a participating product is not asked about fees', () => {
    const { findings, info } = lint(`---\nkind: promo\n---\n# 安和福满堂年金保险（分红型）\n\n${body}分红水平不确定，某些年度可能为零。\n`);
    expect(info.product).toBe('participating');
    expect(aboveInfo(findings)).toEqual([]);
  });

  it('a declared product wins', () => {
    const { findings, info } = lint(`---\nkind: promo\nproduct: traditional\n---\n# 安和金账户终身寿险\n\n${body}万能账户按月结算。\n`);
    expect(info.product).toBe('traditional');
    expect(ids(findings)).not.toContain('kind-inferred');
  });
});

describe('excerpts', () => {
  const head = '---\nkind: promo\nproduct: traditional\n---\n';
  it('a single paragraph gets its missing disclosures as information', () => {
    const found = lintText(`${head}人到中年，最需要的是一份稳稳的保障。这款定期寿险由安和人寿保险股份有限公司承保，被保险人身故或全残，按基本保险金额给付。\n`, { config, filePath: 'a.md' });
    expect(ids(found)).toContain('cooling-off');
    expect(aboveInfo(found)).toEqual([]);
  });

  it('a whole short document does not: its missing disclosures are errors', () => {
    const found = lintText(`${head}# 安和定期寿险\n\n本产品由安和人寿保险股份有限公司承保。\n被保险人身故或全残，按基本保险金额给付。\n投保简单，详询网点。\n`, { config, filePath: 'a.md' });
    expect(found.find((f) => f.ruleId === 'cooling-off')?.severity).toBe('error');
  });

  it('a whole leaflet pasted as one paragraph is a whole document, not an excerpt', () => {
    const leaflet = '本产品由安和人寿保险股份有限公司承保。被保险人身故或全残，按基本保险金额给付。合同生效后公司将进行电话回访。退保可能会有损失，只能拿回现金价值。投保简单，详询网点。';
    const found = lintText(`${head}${leaflet}\n`, { config, filePath: 'a.md' });
    expect(found.find((f) => f.ruleId === 'cooling-off')?.severity).toBe('error');
  });

  it('forbidden wording in an excerpt is still an error', () => {
    const found = lintText(`${head}这款产品和存款一样安全，收益稳定。\n`, { config, filePath: 'a.md' });
    expect(found.find((f) => f.ruleId === 'guaranteed-return')?.severity).toBe('error');
    expect(found.find((f) => f.ruleId === 'deposit-wording')?.severity).toBe('error');
  });
});

// Documents that sell nothing, read from their content whatever kind was declared.
describe('documents that sell nothing', () => {
  const REPORT = `---
kind: web
product: participating
---
# 岚溪人寿保险股份有限公司 2025年度分红保险专题信息披露报告

发布日期：2026年4月28日

## 一、红利实现率
| 产品名称 | 2023年 | 2024年 | 2025年 |
|---|---|---|---|
| 岚溪鑫禧年金保险（分红型） | 97% | 100% | 98% |

红利实现率反映过往经营情况，不代表未来表现，保单红利是不确定的。本产品由岚溪人寿保险股份有限公司承保。
如有疑问或投诉，请拨打客服热线95xxx。
`;

  it('an insurer’s disclosure report declared a web page gets its missing disclosures as information, saying why', () => {
    const { findings, info } = lint(REPORT);
    expect(info.quieted?.missing).toBe(true);
    const cooling = findings.find((f) => f.ruleId === 'cooling-off');
    expect(cooling?.severity).toBe('info');
    expect(cooling?.related).toContain('信息披露报告');
    expect(aboveInfo(findings).filter((f) => f.ruleId === 'cooling-off' || f.ruleId === 'callback')).toEqual([]);
  });

  it('a product description that mentions the yearly dividend notice is still sales material', () => {
    const text = `---\nkind: description\nproduct: participating\n---\n# 岚溪鑫禧年金保险（分红型）产品说明书\n\n一、保险责任：自60周岁起每年给付养老年金；身故给付身故保险金。\n二、红利分配：本公司每年向您寄送红利通知书，红利是不确定的。\n三、承保机构：岚溪人寿保险股份有限公司。\n`;
    const { findings, info } = lint(text);
    expect(info.quieted).toBeUndefined();
    expect(findings.find((f) => f.ruleId === 'cooling-off')?.severity).toBe('error');
  });

  const DEPOSIT_PAGE = `---
kind: web
---
珠澳銀行 ｜ 個人金融 ＞ 存款 ＞ 大額存單
# 2026年第3期個人大額存單

發行機構：珠澳銀行股份有限公司
產品類型：人民幣定期存款（大額存單）
發行期間：2026年5月6日至5月31日（本期額度有限，售完即止）

| 期限 | 起存金額 | 年利率 | 付息方式 |
|---|---|---|---|
| 3年 | 20萬元 | 1.55% | 到期一次還本付息 |

本金和利息按存款合同約定支付，受《存款保險條例》保障。可提前支取，提前支取部分按活期利率計息。
本產品為存款產品，不是保險、基金或理財產品。
`;

  it('a bank’s own deposit page: its deposit words, its quota and the missing disclosures are information', () => {
    const { findings, info } = lint(DEPOSIT_PAGE);
    expect(info.quieted?.rules.has('deposit-wording')).toBe(true);
    expect(ids(findings)).toContain('principal-interest-wording');
    expect(aboveInfo(findings)).toEqual([]);
  });

  it('a short deposit page read by its particulars in other words (不支持提前部分支取; 本产品为存款产品; 不含任何代理销售的保险)', () => {
    const page = `---\nkind: web\n---\n江澄银行｜个人存款\n## 2026年第3期个人大额存单\n- 期限：三年\n- 起存金额：20万元\n- 年利率：以购买当日挂牌利率为准（本周挂牌1.55%）\n- 支持部分转让，不支持提前部分支取；提前全部支取按支取日活期利率计息\n- 本产品为存款产品，依照《存款保险条例》受到保护\n\n## 温馨提示\n本页面仅介绍本行存款产品，不含任何代理销售的保险、基金或理财产品。额度有限，发完为止。\n`;
    const { findings, info } = lint(page);
    expect(info.quieted?.rules.has('deposit-wording')).toBe(true);
    expect(aboveInfo(findings)).toEqual([]);
  });

  it('a deposit poster read by its sums to open one (20万元起存) beside the deposit insurance scheme', () => {
    const poster = `---\nkind: promo\n---\n江澄银行｜春季存款季\n💰 三年期大额存单：年利率1.75%，20万元起存（额度以网点实际为准）\n💰 “月月存”零存整取：每月5元起存，期限1年、3年、5年可选\n📌 存款利率以办理当日本行挂牌利率及公告为准\n📌 本行已参加存款保险，被保险存款在50万元以内实行全额偿付\n📞 咨询：江澄银行客服热线或就近网点\n`;
    const { findings, info } = lint(poster);
    expect(info.quieted?.rules.has('bank-name')).toBe(true);
    expect(aboveInfo(findings)).toEqual([]);
  });

  it('a pitch that passes a policy off as a deposit is no deposit page', () => {
    const text = `---\nkind: promo\n---\n大额存单额度抢不到？这款保险版“大额存单”，5万起存，期限灵活，到期还本付息。\n`;
    const { findings, info } = lint(text);
    expect(info.quieted).toBeUndefined();
    expect(aboveInfo(findings).map((f) => f.ruleId)).toContain('deposit-wording');
  });

  it('a deposit page that also sells an annuity is sales material', () => {
    const { findings, info } = lint(DEPOSIT_PAGE.replace('本產品為存款產品', '推薦搭配鑫禧年金保險，60歲起每年領取。本產品為存款產品'));
    expect(info.quieted).toBeUndefined();
    expect(aboveInfo(findings).length).toBeGreaterThan(0);
  });
  const WEALTH_PAGE = `---
kind: web
---
溪川银行手机银行 ＞ 理财 ＞ 产品详情
# 溪川理财·稳享60天持有期2号
产品管理人：溪川理财有限责任公司 ｜ 代理销售机构：溪川银行股份有限公司
产品类型：固定收益类，非保本浮动收益型 ｜ 风险等级：R2

业绩比较基准：2.00%—2.60%（年化），不是预期收益率，不构成对产品收益的承诺。
费用：固定管理费0.20%/年，不收取认购费、申购费和赎回费。每笔份额持有满60天后可在开放日赎回。
理财非存款、产品有风险、投资须谨慎。
`;

  it('a bank’s own wealth-product page asks for no insurance disclosure', () => {
    const { findings, info } = lint(WEALTH_PAGE);
    expect(info.quieted?.missing).toBe(true);
    expect(findings.find((f) => f.ruleId === 'coverage')?.severity).toBe('info');
    expect(aboveInfo(findings)).toEqual([]);
  });

  const SHOP_CARD = `---
kind: promo
---
【栗子小铺 会员卡说明】
1. 会员卡免费办理，凭手机号注册即可。
2. 储值优惠：充300元送30元，充500元送60元；赠送金额不可退。
3. 消费积分：每消费1元积1分，100分可抵1元。
4. 每月8号会员日全场9折，当天消费满50元可参加一次幸运抽奖，今天是最后一天，错过再等一年！
5. 会员卡余额不计利息、不可提现，有效期3年。
6. 如有疑问，请致电门店 0571-8xxx6622。
`;

  it('a shop’s promo with no word of insurance or of a return asks for no disclosure and breaks no sales rule', () => {
    const { findings, info } = lint(SHOP_CARD);
    expect(info.quieted?.missing).toBe(true);
    expect(info.quieted?.rules.has('inducement')).toBe(true);
    expect(ids(findings)).toContain('cooling-off');
    expect(aboveInfo(findings)).toEqual([]);
  });

  it('a shop’s sale that says its extended warranty is no insurance (延保…非保险产品) is still a text outside insurance', () => {
    const sale = `---\nkind: promo\n---\n【家乐汇电器 · 十周年店庆】\n3月8日—3月10日　仅限三天！\n\n✅ 全场家电满3000减300，上不封顶\n✅ 单笔消费满1000元即可参加幸运抽奖，100%中奖，一等奖吹风机一台\n✅ 购买空调、冰箱赠送3年延保服务（延保由厂家提供，非保险产品）\n✅ 以旧换新，旧机最高抵800元\n✅ 会员积分双倍累计\n\n活动结束恢复原价，库存有限，先到先得！\n门店地址：滨江路88号家乐汇广场一楼　　咨询电话：0571-8xxx6688\n`;
    expect(lint(sale).info.quieted?.rules.has('inducement')).toBe(true);
    expect(aboveInfo(lint(sale).findings)).toEqual([]);
    // The same sale selling a policy beside it is held to the rules.
    const withPolicy = sale.replace('非保险产品', '另送意外保险一份');
    expect(aboveInfo(lint(withPolicy).findings).length).toBeGreaterThan(0);
  });

  it('a travel agency’s tour whose insurance is its own liability cover and a tip to buy travel cover is a text outside insurance', () => {
    const tour = `---\nkind: promo\n---\n🌴【云游国旅】春日海南5天4晚 · 三亚+万宁 纯玩小团\n📅 出发日期：4月8日、4月15日（每团限16人）\n💰 早鸟价：3月25日前报名立减500元/人，成人2980元起\n🎁 报名即可参加抽奖，奖品为免税店代金券\n✅ 出团前7天以上取消，全额退款；7天内取消按合同扣除实际损失\n🛡️ 本社已依法投保旅行社责任保险；建议游客根据自身情况另行购买旅游意外保险\n☎️ 报名咨询：0898-6xxx xxxx　投诉电话：12345\n`;
    expect(lint(tour).info.quieted?.rules.has('inducement')).toBe(true);
    expect(aboveInfo(lint(tour).findings)).toEqual([]);
    // An insurer's poster that gives a tour away is held to the rules.
    const gift = `---\nkind: promo\n---\n【澜舟鑫享年金】年交满5万，送海南5天4晚双人游！\n报名即可参加抽奖，奖品为免税店代金券。\n`;
    expect(ids(aboveInfo(lint(gift).findings))).toContain('inducement');
  });

  it('a dialogue whose seller speaks after the customer inside a line is a script, the customer’s request no claim', () => {
    const text = '客户：“你帮我签一下吧，我眼睛不好。”经理：“不好意思，我可以把条款给您念一遍，但签名必须您本人来。”\n';
    expect(ids(aboveInfo(lint(text).findings))).not.toContain('proxy-signing');
    expect(lint(text).info.kind).toBe('script');
  });

  it('a car dealer’s sale whose car finance names interest, principal and a contract is a text outside insurance', () => {
    const cars = `---\nkind: promo\n---\n🚙 岚湖汽车城 · 国庆购车节 10月1日—10月7日\n限时七天！主力车型到店试驾即送加油卡一张：\n✅ 首付低至20%，24期金融方案，前一年0利息（由厂家金融公司提供，需按期偿还本金，以审批为准）\n✅ 置换补贴最高6000元\n✅ 成交即参与幸运抽奖，奖品有行车记录仪\n名额有限，先到先得！具体以金融机构合同为准。\n咨询热线：0571-8xxx 2xxx\n`;
    expect(lint(cars).info.quieted?.rules.has('inducement')).toBe(true);
    expect(aboveInfo(lint(cars).findings)).toEqual([]);
    // An insurer's poster that gives a test drive or a car away is held to the rules.
    const gift = `---\nkind: promo\n---\n【澜舟鑫享年金】年交满10万，抽奖送车！到店试驾也有礼。\n`;
    expect(ids(aboveInfo(lint(gift).findings))).toContain('inducement');
  });

  it('a property developer’s offer that sets a rental yield beside a deposit is a text outside insurance', () => {
    const homes = `---\nkind: promo\n---\n云栖湾·二期｜五一认筹正式开启 🏡\n\n✨ 认筹即享\n• 认筹客户开盘当日购房，享总价98折\n• 开盘现场抽金条，到场即有礼\n• 6月30日前签约，契税补贴50%\n\n📈 算笔账：板块住宅租金回报率约3%，比放定期划算\n\n🏗 预计2027年12月交付，精装交付标准详见售楼处样板间\n本广告仅为要约邀请，房屋具体信息以商品房买卖合同为准。\n`;
    expect(lint(homes).info.quieted?.rules.has('return-comparison')).toBe(true);
    expect(aboveInfo(lint(homes).findings)).toEqual([]);
    // The homes named before the sales office, a loan's interest beside them (春季置业节; 贷款利息按放款时利率执行).
    const spring = `---\nkind: promo\n---\n【栖云府｜春季置业节】\n🏡 地铁5号线旁 · 建面约89—128㎡ 三至四房\n· 首付低至20%，贷款利息按放款时利率执行\n· 到访登记即可参与幸运大转盘，赢取电饭煲等好礼\n· 特价房源数量有限，售完即止\n购房热线：0571-8xxx xxxx　售楼处：栖云路88号\n*本广告不含任何升值或投资回报承诺。\n`;
    expect(aboveInfo(lint(spring).findings)).toEqual([]);
    // A pitch that says what the return buys is no developer's offer.
    const pitch = `---\nkind: promo\n---\n给孩子存十万，等他结婚的时候，这笔钱能变成一套房的首付，物业费都够交好几年。\n`;
    expect(lint(pitch).info.quieted).toBeUndefined();
  });

  it('a bank’s notice of its new deposit rates, with a table of them and its own name, breaks nothing', () => {
    const rates = `---\nkind: promo\n---\n**溯川农商银行关于调整人民币存款挂牌利率的公告**\n\n根据市场利率变化，本行自2026年4月15日起调整人民币存款挂牌利率：\n\n| 存款品种 | 调整后年利率 |\n|---|---|\n| 活期存款 | 0.05% |\n| 整存整取 一年 | 0.95% |\n| 零存整取、整存零取、存本取息 一年 | 0.80% |\n\n调整前已存入的定期存款，在原定存期内按原利率计息，到期后自动转存的按转存日挂牌利率执行。本行吸收的存款依照《存款保险条例》受到保护。\n\n溯川农商银行\n`;
    expect(aboveInfo(lint(rates).findings)).toEqual([]);
  });

  it('a bank’s payout notice of a wealth product it sells for a wealth company names the bank and breaks nothing', () => {
    const notice = `江澄银行关于代销“江澄理财稳享90天第12期”理财产品到期兑付的公告\n\n尊敬的投资者：\n本行代理销售的“江澄理财稳享90天第12期”固定收益类理财产品（产品登记编码：Z70xxxxxxxxxx，风险等级：二级（中低））已于2026年3月18日到期。该产品由江澄理财有限责任公司发行并管理，本行为代理销售机构。\n产品存续期内实际年化收益率为2.08%，业绩比较基准为1.90%—2.50%。投资者的理财本金及收益已划转至投资者签约的本行储蓄账户，请注意查收。\n下一期“稳享90天第13期”将于3月24日至3月30日募集，详情请登录手机银行“理财”频道查看产品说明书。\n风险提示：理财非存款、产品有风险、投资须谨慎。\n`;
    expect(aboveInfo(lint(`---\nkind: web\n---\n${notice}`).findings)).toEqual([]);
  });

  it('a text that hides the insurance (a robot’s call: 守护计划, 身故可获赔) or names a return is still held to the rules', () => {
    const robot = `---\nkind: phone-script\n---\n【智能外呼话术 · 鑫安守护计划】\n机器人：您好，我是鑫瑞银行的智能语音助手小瑞，受鑫瑞银行委托为您服务，本次通话将被录音。\n机器人：想用两分钟时间给您介绍一项专属计划，请问您现在方便吗？\n客户：可以。\n机器人：交10年、管20年，期间如遇意外身故可获赔50万元，期满返还所交全部费用。\n机器人：请问需要为您安排客户经理稍后联系吗？\n`;
    expect(lint(robot).info.quieted).toBeUndefined();
    expect(aboveInfo(lint(robot).findings).map((f) => f.ruleId)).toContain('insurer-is-underwriter');
    const withReturn = SHOP_CARD.replace('会员卡余额不计利息', '储值部分按年化3%计收益');
    expect(lint(withReturn).info.quieted).toBeUndefined();
    expect(aboveInfo(lint(withReturn).findings).length).toBeGreaterThan(0);
    // Too short to be a whole text: a pitch needs no insurance word (限时3天，签单就送金条).
    expect(aboveInfo(lint('---\nkind: promo\n---\n限时3天，今天下单就送金条一根，错过再等一年！\n').findings).length).toBeGreaterThan(0);
  });

  const EDUCATION = `---
kind: promo
---
# 预定利率又要调？这几件事比“抢”更重要
已生效保单的保证利益和现金价值表都按合同约定执行。停售以保险公司官网公告为准，朋友圈里的“内部消息”“月底绝版”不足为据。
如果这笔钱三五年内要用，长期年金险并不适合：前几年退保只能拿回现金价值，通常低于已交保费。

*本文为投资者教育内容，不构成任何产品推介。*
`;

  it('an investor-education article that pitches no product gets the missing disclosures as information, and its dismissed rumours are no pressure', () => {
    const { findings, info } = lint(EDUCATION);
    expect(info.quieted?.missing).toBe(true);
    expect(findings.find((f) => f.ruleId === 'cooling-off')?.severity).toBe('info');
    expect(aboveInfo(findings)).toEqual([]);
  });

  it('a sales article with the usual “not investment advice” line is still sales material', () => {
    const { findings, info } = lint(EDUCATION.replace('*本文为投资者教育内容，不构成任何产品推介。*', '*本文不构成投资建议。*'));
    expect(info.quieted).toBeUndefined();
    expect(findings.find((f) => f.ruleId === 'cooling-off')?.severity).toBe('error');
  });
});

describe('a Hong Kong or Taiwan notice', () => {
  const HK = `---
kind: notice
product: participating
---
澄海人壽保險（香港）有限公司
「恒裕傳承」分紅人壽保險計劃　投保重要事項提示

閣下投保前，請細閱本提示、產品資料概要及保單條款。
本計劃是由澄海人壽保險（香港）有限公司承保的人壽保險產品，並非銀行存款，亦不受香港存款保障計劃保障。
歸原紅利及終期紅利並非保證，可能為零。閣下有權在冷靜期內取消保單並取回已繳保費。
投保申請書須由保單持有人親筆簽署，任何人不得代簽。
`;
  it('is not asked for the mainland sentence copied by hand: its absence is information', () => {
    const { findings } = lint(HK);
    expect(findings.find((f) => f.ruleId === 'hand-copied-sentence')?.severity).toBe('info');
    expect(ids(aboveInfo(findings))).not.toContain('hand-copied-sentence');
  });

  it('a mainland notice that only says 阁下 once still is', () => {
    const mainland = HK.replace(/（香港）有限公司/g, '股份有限公司').replace('產品資料概要及', '')
      .replace('亦不受香港存款保障計劃保障', '不受存款保险保障').replace('保單持有人', '投保人');
    expect(lint(mainland).findings.find((f) => f.ruleId === 'hand-copied-sentence')?.severity).toBe('error');
  });
});
