// One rule's documentation as Markdown: for docs/rules/<id>.md (the link in
// every diagnostic), the editor's "show a rule's documentation" and --explain.
import { KIND_LABELS, PRODUCT_LABELS } from './checks/context.js';
import type { RuleDef } from './packs/model.js';
import type { RuleMeta } from './types.js';

export function ruleDocMarkdown(meta: RuleMeta, def?: RuleDef): string {
  const lines = [`# ${meta.title}（\`${meta.id}\`）`, '', `- 依据：${meta.articles.join('、')}`, `- 默认级别：${meta.severity}`, `- 检查方式：${meta.check}`, `- 规则包：${meta.pack}`];
  if (def?.kinds) lines.push(`- 适用文档：${def.kinds.map((k) => KIND_LABELS[k] ?? k).join('、')}`);
  if (def?.products) lines.push(`- 适用产品：${def.products.map((p) => PRODUCT_LABELS[p] ?? p).join('、')}`);
  lines.push('', meta.docs.trim(), '');
  if (def?.phrases?.length) {
    lines.push('## 检查的用语', '', def.phrases.map((p) => (typeof p === 'string' ? p : p.text)).join('、'), '');
  }
  if (def?.terms?.length) lines.push('## 术语表', '', def.terms.join('、'), '');
  lines.push(`用 \`<!-- policylint-disable-next-line ${meta.id} -- 理由 -->\` 可以在确有必要时屏蔽下一行的此问题。`, '');
  return lines.join('\n');
}
