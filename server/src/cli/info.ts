// The informational commands: --list-rules, --explain, --print-config, --init, --version.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildRuleSet, resolveConfig, KIND_LABELS, PRODUCT_LABELS, type ResolveOptions } from '../engine/index.js';
import { resourcePath } from '../engine/resources.js';
import { UsageError } from './args.js';

export function version(): string {
  return JSON.parse(readFileSync(resourcePath('package.json'), 'utf8')).version;
}

export function listRules(options: ResolveOptions): string {
  const set = buildRuleSet(resolveConfig(undefined, options));
  const rows = [...set.meta.values()].map((m) => [m.id, m.severity, m.check, m.articles.join('、'), m.title]);
  const width = (i: number) => Math.max(...rows.map((r) => r[i].length));
  return rows.map((r) => `${r[0].padEnd(width(0))}  ${r[1].padEnd(7)}  ${r[2].padEnd(width(2))}  ${r[4]}〔${r[3]}〕`).join('\n') + `\n\n共 ${rows.length} 条规则。用 policylint --explain 规则 查看说明。`;
}

export function explain(ruleId: string, options: ResolveOptions): string {
  const set = buildRuleSet(resolveConfig(undefined, options));
  const meta = set.meta.get(ruleId);
  if (!meta) {
    const near = [...set.meta.keys()].filter((id) => id.includes(ruleId) || ruleId.includes(id));
    throw new UsageError(`没有名为“${ruleId}”的规则${near.length ? `，是否要找：${near.join('、')}` : ''}。用 --list-rules 查看全部规则`);
  }
  const rule = set.rules.find((r) => r.def.id === ruleId)?.def;
  const scope = rule
    ? `适用文档：${[...(rule.kinds ?? [])].map((k) => KIND_LABELS[k] ?? k).join('、') || '除监管文本外的全部类型'}` +
      (rule.products ? `\n适用产品：${rule.products.map((p) => PRODUCT_LABELS[p]).join('、')}` : '')
    : '';
  return [`${meta.title}（${meta.id}）`, `依据：${meta.articles.join('、')}`, `级别：${meta.severity}　检查方式：${meta.check}　规则包：${meta.pack}`, scope, '', meta.docs.trim()]
    .filter((l) => l !== undefined)
    .join('\n');
}

export function printConfig(file: string, options: ResolveOptions, cwd: string): string {
  const config = resolveConfig(file, options);
  const set = buildRuleSet(config);
  return JSON.stringify(
    {
      file: relative(cwd, join(cwd, file)) || file,
      configFiles: config.files,
      packs: config.packs.map((p) => ({ name: p.name, file: p.file })),
      kind: config.kind ?? null,
      product: config.product ?? null,
      facts: config.facts,
      ignored: config.ignored,
      maxFileSize: config.maxFileSize,
      rules: Object.fromEntries([...set.meta.values()].map((m) => [m.id, m.severity])),
    },
    null,
    2,
  );
}

const STARTER = `# policylint 配置。说明见 https://github.com/policylint/policylint#配置
# yaml-language-server: $schema=./node_modules/policylint/rules/schema/config.schema.json
root: true

# 规则包：内置的 cbrc-90，或者 YAML 规则包、textlint 的 prh.yml 的路径
extends:
  - cbrc-90

# 修复时填入插入句子的事实（文档的 front matter 可以覆盖）
facts:
  insurer: 某某人寿保险股份有限公司
  hotline: "95500"
  coolingOffDays: 15

# 调整规则级别：off、info、warn、error
rules:
  pressure-selling: warn

# 按路径指定文档类型和产品类型
overrides:
  - files: ["scripts/phone/**"]
    kind: phone-script
  - files: ["scripts/**"]
    kind: script
  - files: ["posters/**"]
    kind: promo

# 不检查的文件
ignores:
  - "archive/**"
`;

export function init(cwd: string): string {
  const path = join(cwd, 'policylint.config.yaml');
  if (existsSync(path)) throw new UsageError(`${path} 已存在，未覆盖`);
  writeFileSync(path, STARTER);
  return `已生成 ${path}`;
}
