// One rule's documentation as Markdown: for docs/rules/<id>.md (the link in
// every diagnostic), the editor's "show a rule's documentation" and --explain.
import { KIND_LABELS, PRODUCT_LABELS } from './checks/context.js';
import type { ClaimDef, RuleDef } from './packs/model.js';
import type { Lexicons } from './lexicon.js';
import type { RuleMeta } from './types.js';

export function ruleDocMarkdown(meta: RuleMeta, def?: RuleDef, lexicons?: Lexicons): string {
  const lines = [`# ${meta.title}（\`${meta.id}\`）`, '', `- 依据：${meta.articles.join('、')}`, `- 默认级别：${meta.severity}`, `- 检查方式：${meta.check}`, `- 规则包：${meta.pack}`];
  if (def?.kinds) lines.push(`- 适用文档：${def.kinds.map((k) => KIND_LABELS[k] ?? k).join('、')}`);
  if (def?.products) lines.push(`- 适用产品：${def.products.map((p) => PRODUCT_LABELS[p] ?? p).join('、')}`);
  lines.push('', meta.docs.trim(), '');
  if (def?.phrases?.length) {
    lines.push('## 检查的用语', '', def.phrases.map((p) => (typeof p === 'string' ? p : p.text)).join('、'), '');
  }
  if (def?.terms?.length) lines.push('## 术语表', '', def.terms.join('、'), '');
  if (def?.claims?.length) lines.push('## 何时报告', '', ...claimLines(def, lexicons), '');
  if (def?.check === 'juxtaposed' && def.savings?.length) lines.push('## 何时报告', '', ...juxtaposedLines(def, lexicons), '');
  lines.push(`用 \`<!-- policylint-disable-next-line ${meta.id} -- 理由 -->\` 可以在确有必要时屏蔽下一行的此问题。`, '');
  return lines.join('\n');
}

/** A class as a reader sees it: its name and a few of its words. */
function classText(ref: string, lexicons?: Lexicons): string {
  return ref
    .split('|')
    .map((name) => {
      const words = (lexicons?.[name] ?? []).filter((e) => typeof e === 'string' || 'text' in e).slice(0, 6);
      const sample = words.map((e) => (typeof e === 'string' ? e : (e as { text: string }).text)).join('、');
      return sample ? `〔${name}：${sample}…〕` : `〔${name}〕`;
    })
    .join('或');
}

function claimLines(def: RuleDef, lexicons?: Lexicons): string[] {
  const out = def.claims!.map((k: ClaimDef) => {
    if (k.answer?.length) {
      let line = `- 客户问句中出现 ${k.all.map((c) => classText(c, lexicons)).join(' 和 ')}，销售紧接着的答话开头是 ${k.answer.map((c) => classText(c, lexicons)).join(' 和 ')}`;
      if (k.none?.length) line += `；答话开头没有 ${k.none.map((c) => classText(c)).join('、')}`;
      if (k.noneInSentence?.length) line += `；问句和答句中都没有 ${k.noneInSentence.map((c) => classText(c)).join('、')}`;
      return line;
    }
    const unit = k.scope === 'sentence' ? '同一句' : '同一分句';
    let line = `- ${unit}中出现 ${k.all.map((c) => classText(c, lexicons)).join(' 和 ')}`;
    if (k.ordered) line += '（按此顺序）';
    if (k.within) line += `，相距不超过 ${k.within} 个字`;
    if (k.none?.length) line += `；该${unit === '同一句' ? '句' : '分句'}中没有 ${k.none.map((c) => classText(c)).join('、')}`;
    if (k.noneInSentence?.length) line += `；整句中没有 ${k.noneInSentence.map((c) => classText(c)).join('、')}`;
    return line;
  });
  for (const y of def.yields ?? []) {
    let words = y.words?.length ? `由 ${y.words.map((c) => classText(c, lexicons)).join('、')} 构成的` : '';
    if (y.with?.length) words += `含 ${y.with.map((c) => classText(c, lexicons)).join('、')} 的`;
    out.push('', `同一句中 ${y.to.map((id) => `\`${id}\``).join('、')} 已报告时，本规则${words}发现不再重复报告（审核人员通常只认定前者）。`);
  }
  if (def.unless?.length) out.push('', `句中出现 ${def.unless.map((c) => classText(c, lexicons)).join('、')} 时不报告（处罚通报、风险提示、统计数据等）。紧跟在否定词后的词不算（不保本、不是存款）。`);
  return out;
}

function juxtaposedLines(def: RuleDef, lexicons?: Lexicons): string[] {
  const out = [
    `- 同一句（或一组不超过 6 行的短行，如海报、表格）中，标签含 ${def.savings!.map((c) => classText(c, lexicons)).join('或')} 的数字为存款一方，其余数字为另一方；`,
    '- 另一方有一个同类数字（利率对利率、金额对金额）高于存款一方的所有数字时报告。',
  ];
  if (def.ownSide?.length) out.push(`- 标签含 ${def.ownSide.map((c) => classText(c, lexicons)).join('或')} 的数字算作保险产品一方，即使标签里也有储蓄字样（儲蓄計劃 4厘）。`);
  if (def.notReturn?.length) out.push(`- 另一方标签含 ${def.notReturn.map((c) => classText(c, lexicons)).join('或')} 的数字不算收益（下跌、投入的本金、贷款利率），不参与比较。`);
  if (def.unless?.length) out.push('', `其中出现 ${def.unless.map((c) => classText(c, lexicons)).join('、')} 时不报告（统计数据、拒绝比较、本行存款产品等）。`);
  return out;
}
