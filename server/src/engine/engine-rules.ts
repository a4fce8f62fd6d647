// Rules that the engine itself reports (they need no pack): an undeclared
// document kind, broken front matter, and directives that suppress nothing.
import type { RuleMeta } from './types.js';

export const KIND_UNKNOWN = 'kind-unknown';
export const KIND_INFERRED = 'kind-inferred';
export const FRONT_MATTER = 'front-matter';
export { UNUSED_DIRECTIVE } from './directives.js';
export const CLAIM_MODEL = 'claim-model';

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
kind: promo          # promo 宣传材料、script 面对面话术、phone-script 电话话术、callback 保险公司回访话术、notice 投保提示书、description 产品说明书、web 网络销售页面、regulation 监管或培训文本
product: participating   # traditional、participating、universal、investment-linked
insurer: 某某人寿保险股份有限公司
hotline: 95500
coolingOffDays: 15
---
\`\`\`

也可以在配置文件的 \`overrides\` 中按路径指定 \`kind\`。内容足以判断类型时，policylint 会按内容推断（见 \`kind-inferred\`），不再报告此项。`,
  },
  {
    id: KIND_INFERRED,
    check: 'engine',
    severity: 'info',
    articles: ['90号 第三条', '90号 第六条'],
    title: '按内容推断的文档类型或产品类型',
    pack: 'policylint',
    docs: `文档没有声明类型（\`--kind\`、front matter 和配置都没有指定）时，policylint 按内容中的特征用语推断它是什么：
电话销售话术（“请问您现在方便接听吗”“本次通话将全程录音”）、保险公司回访话术（“这里是某某人寿回访中心”）、面对面话术
（“销售：”“客户：”的对话）、投保提示书、产品说明书、网络销售页面、宣传材料，或监管文件、处罚决定与培训材料
（“行政处罚决定书”“罚款”“违规话术”）。没有声明产品类型时，也按“分红型”“万能账户”“投资账户”等用语推断产品类型，
以判断是否须说明费用扣除、保单利益不确定等。特征用语及其权重是规则包中的数据（\`rules/cbrc-90/roles.yaml\`）。

推断出的类型决定检查哪些必备披露；此提示说明推断结果和依据。推断为监管或培训文本时，其中引用的禁用用语只作提示（info），
不计为错误。特征不够明确时不推断，仍报告 \`kind-unknown\`。

**如何修复**：推断正确时，在 front matter 中写明 \`kind\`（和 \`product\`）即可消除此提示；推断不正确时，写明正确的类型。
front matter、配置和 \`--kind\` 总是优先于推断。`,
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
    id: CLAIM_MODEL,
    check: 'engine',
    severity: 'warning',
    articles: ['90号 第三条', '90号 第四条', '90号 第五条'],
    title: '模型判断的违规表述',
    pack: 'policylint',
    docs: `规则按词类和措辞判断违规，但同一个说法有无数种写法。policylint 另有一个在团队自己标注的语料（\`test/corpus/\`，一万多条话术与近似合规句）上训练的判断模型
（\`rules/cbrc-90/claims.model\`，由 \`npm run train-model\` 生成；留作最终检验的语料部分从不参与训练）。它逐句阅读，连同前后各一句：

一句话读起来像某条规则所禁止的说法（把保险说成存款、与存款比较收益、承诺收益、夸大收益、催促购买、赠品诱导、银行品牌、代签或专家背书），
而规则没有在附近报告同类问题时，模型以该规则的名义报告一条**警告**，消息中注明“模型判断”及把握程度，并提供删除此句的建议（\`--fix\` 不会自动删除）。
单独成段的短标题（如“五、确认投保”）只在模型很有把握时报告。模型不撤回规则的发现。

模型的发现需要人工复核：它说明“像”，不说明具体哪个词违规。把此项设为 \`off\`（配置 \`rules: { claim-model: off }\`）即只按规则判断；
设为 \`info\` 或 \`error\` 改变模型所加发现的级别。`,
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
