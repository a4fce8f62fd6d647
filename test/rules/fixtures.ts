// Shared material for the rule tests: the facts a draft declares in its front
// matter, and the standard disclosure paragraphs of a compliant draft, one
// per required rule. Each paragraph satisfies its own rule and no other, so a
// test can drop exactly one disclosure and assert exactly one insertion fix.

export const facts = { insurer: '安和人寿保险股份有限公司', hotline: '95399', coolingOffDays: 15 };

/** Disclosures that every promo, script, phone script, notice and web page carries. */
export const common: Record<string, string> = {
  'insurer-is-underwriter': '本产品由安和人寿保险股份有限公司承保，安和人寿是本产品的经营主体。',
  coverage: '保险责任：被保险人身故的，按合同约定给付身故保险金，具体以保险合同条款为准。',
  'cooling-off': '犹豫期：自您签收保险合同之日起15日为犹豫期，犹豫期内您可以申请解除合同。',
  'fee-deduction': '费用扣除：本产品不收取初始费用和保单管理费。',
  'surrender-cost': '退保：提前解除合同会有一定损失，您只能领取保单的现金价值。',
  callback: '回访：保险公司将对您进行电话回访，请您如实回答。',
  'complaint-channel': '客服及投诉电话：95399。',
};

/** What scripts, phone scripts, notices and web pages add (not promos: they may not name the bank). */
export const liability: Record<string, string> = {
  'liability-split': '代理银行仅代理销售本产品，保险合同责任由安和人寿保险股份有限公司承担。',
};

export const notice: Record<string, string> = {
  'notice-is-insurance': '您购买的是保险产品，不是银行存款或银行理财产品。',
  'notice-read-terms': '请您详细阅读保险条款和产品说明书。',
  'notice-self-copy': '投保单上的确认语句须由投保人亲自抄录，投保单须由投保人亲自签名。',
};

export const phone: Record<string, string> = {
  'phone-consent': '坐席：您好，请问您现在方便接听电话吗？',
  'phone-seller-identity': '坐席：我是安和人寿委托的电话销售人员王敏，工号A1024。',
  'phone-recording': '坐席：为保障您的权益，本次通话将全程录音。',
  'phone-is-insurance': '坐席：今天为您介绍的是一款由安和人寿承保的保险产品。',
};

/** Benefit uncertainty for participating, universal and investment-linked products. */
export const uncertain: Record<string, string> = {
  'benefit-uncertainty': '本产品的保单利益具有不确定性。',
};

export const investmentLinked: Record<string, string> = {
  'risk-assessment': '购买本产品前，请您先在网点理财专区完成风险测评。',
  'investment-risk-borne': '投资账户的投资风险由投保人承担。',
};

/** The hand-copied confirmation of a notice for a participating, universal or investment-linked product. */
export const handCopy: Record<string, string> = {
  'hand-copied-sentence': '投保人抄录语句：本人已阅读保险条款、产品说明书和投保提示书，了解本产品的特点和保险利益的不确定性。',
};

/** The paragraphs of all the given sets, without those of the named rules, one per paragraph. */
export function paragraphs(sets: Record<string, string>[], ...without: string[]): string {
  const out: string[] = [];
  for (const set of sets) for (const [rule, text] of Object.entries(set)) if (!without.includes(rule)) out.push(text);
  return out.join('\n\n');
}

/** A compliant promo body after its title and lead paragraph, minus some disclosures. */
export const promoBody = (...without: string[]) => paragraphs([common], ...without);
export const scriptBody = (...without: string[]) => paragraphs([common, liability], ...without);
export const noticeBody = (...without: string[]) => paragraphs([notice, common, liability], ...without);
export const phoneBody = (...without: string[]) => paragraphs([phone, common, liability], ...without);

/** Title and lead paragraph of the annuity promo most disclosure tests use. */
export const promoHead = '# 安和鑫享年金保险\n\n一份年金，稳稳领到老。年交1万元，交费10年，60周岁起开始领取。\n\n';
