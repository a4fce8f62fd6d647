// Rules that the engine itself reports (they need no pack): an undeclared
// document kind, broken front matter, and directives that suppress nothing.
import type { RuleMeta } from './types.js';

export const KIND_UNKNOWN = 'kind-unknown';
export const FRONT_MATTER = 'front-matter';
export { UNUSED_DIRECTIVE } from './directives.js';

export const ENGINE_RULES: RuleMeta[] = [
  {
    id: KIND_UNKNOWN,
    check: 'engine',
    severity: 'info',
    articles: ['90号 第三条', '90号 第六条'],
    title: '未声明文档类型',
    pack: 'policylint',
    docs: `文档没有声明类型时，policylint 仍然检查禁用用语，但无法判断应当具备哪些披露内容（犹豫期、电话回访、投诉渠道等因文档类型而异），因此不检查必备披露。

**如何修复**：在文件开头加入 front matter，例如：

\`\`\`yaml
---
kind: promo          # promo 宣传材料、script 面对面话术、phone-script 电话话术、notice 投保提示书、web 网络销售页面、regulation 监管或培训文本
product: participating   # traditional、participating、universal、investment-linked
insurer: 某某人寿保险股份有限公司
hotline: 95500
coolingOffDays: 15
---
\`\`\`

也可以在配置文件的 \`overrides\` 中按路径指定 \`kind\`。`,
  },
  {
    id: FRONT_MATTER,
    check: 'engine',
    severity: 'error',
    articles: ['policylint'],
    title: 'front matter 无效',
    pack: 'policylint',
    docs: 'front matter 必须是有效的 YAML 映射，`kind` 与 `product` 的取值必须是 policylint 认识的类型。无效时文档按“未声明类型”处理。',
  },
  {
    id: 'unused-directive',
    check: 'engine',
    severity: 'warning',
    articles: ['policylint'],
    title: '无效的屏蔽指令',
    pack: 'policylint',
    docs: `\`<!-- policylint-disable 规则 -->\`、\`<!-- policylint-disable-next-line 规则 -->\` 等指令应当只用于确实需要屏蔽的问题。没有屏蔽任何问题的指令会掩盖以后出现的新问题，应当删除；指令中的规则 id 必须存在。\`--fix\` 会删除没有屏蔽任何问题的指令。`,
  },
];
