import { PROMO_FRONT_MATTER } from '../helpers/drafts.js';

// The draft both editor tests open: a realistic promo poster that carries every
// disclosure a traditional-life promo needs (犹豫期, 保险责任, 回访, 费用扣除,
// 现金价值) except the complaint channel, and one inducement. policylint must
// report exactly `inducement` and `complaint-channel` on it, as the CLI does:
//   node server/bin/policylint.js -f json 海报.md
export const DRAFT_NAME = '海报.md';

export const INDUCEMENT_CLAUSE = '，投保即送精美礼品一份';

export const DRAFT = `${PROMO_FRONT_MATTER}
# 安康福寿终身寿险 · 开门红

本产品由华泰安康人寿保险股份有限公司承保${INDUCEMENT_CLAUSE}。

## 保险责任

在保险合同有效期内，被保险人身故或全残的，保险公司按合同约定给付身故或全残保险金，具体保险责任以保险合同条款为准。

## 投保须知

- **犹豫期**：自您签收保险合同之日起15日为犹豫期，犹豫期内解除合同，保险公司扣除不超过10元的工本费后退还全部保险费。
- **回访**：保险公司将在犹豫期内对您进行电话回访，请如实回答并保持电话畅通。
- **费用扣除**：本产品为传统型终身寿险，不设初始费用、保单管理费等费用扣除项目。
- **现金价值**：犹豫期后解除合同，保险公司退还保单的现金价值，现金价值可能低于已交保险费，提前退保可能造成损失。
`;

/** The draft after the inducement quick fix: the clause removed, nothing else touched. */
export const DRAFT_FIXED = DRAFT.replace(INDUCEMENT_CLAUSE, '');

/** Rule ids the draft must produce, sorted. */
export const EXPECTED_RULES = ['complaint-channel', 'inducement'] as const;

/** Stable parts of the two messages (the CLI's full messages add the articles). */
export const EXPECTED_MESSAGES: Record<(typeof EXPECTED_RULES)[number], string> = {
  inducement: '“投保即送精美礼品一份”以赠品、抽奖、返现等方式诱导客户投保',
  'complaint-channel': '未向客户明示咨询和投诉渠道',
};

/** One of the inducement rule's articles as the diagnostic writes it (its docs write 《保险法》第一百三十一条). */
export const INDUCEMENT_ARTICLE = '保险法 第一百三十一条';

/** Meeting notes beside the draft: no kind, and the workspace has no policylint config. */
export const NOTES_NAME = '周会纪要.md';
export const NOTES = '# 周会纪要\n\n- 新版海报把“年化收益4.5%，保本保息”写在首页，需要法务再看。\n- Follow up with the recieve team about the landing page.\n';

/** Title prefix of the quick fix that removes the inducement clause. */
export const REMOVE_FIX_PREFIX = '删除';
// The removal names the clause without the comma it also takes away.
export const REMOVE_FIX_TITLE = `删除“${INDUCEMENT_CLAUSE.replace(/^，/, "")}”`;
