// Realistic drafts shared by the CLI, language-server and editor tests.

export const PROMO_FRONT_MATTER = `---
kind: promo
product: traditional
insurer: 华泰安康人寿保险股份有限公司
hotline: "95123"
coolingOffDays: 15
---
`;

/**
 * A promotional page that carries every disclosure a traditional-life promo
 * needs, with three violations on line 10: a return comparison (deposit
 * wording inside it) and an inducement.
 */
export const POSTER = `${PROMO_FRONT_MATTER}# 安享一生终身寿险

本产品由华泰安康人寿保险股份有限公司承保，收益比定期存款高，投保即送精美礼品一份。

保险责任以合同条款为准。犹豫期为15日，保险公司将在犹豫期内进行电话回访。本产品无初始费用等费用扣除。犹豫期后退保可能有损失，只能领取现金价值。投诉热线95123。
`;
