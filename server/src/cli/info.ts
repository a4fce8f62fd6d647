// The informational commands: --list-rules, --explain, --print-config, --init, --version.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildRuleSet, formatOf, lintTextWithInfo, resolveConfig, KIND_LABELS, PRODUCT_LABELS, type DocumentKind, type ResolveOptions } from '../engine/index.js';
import type { ConfigWarning } from '../engine/config/model.js';
import { resourcePath } from '../engine/resources.js';
import { readDraft } from '../fs/drafts.js';
import { packageVersion } from '../fs/package-info.js';
import { UsageError } from './args.js';

export function version(): string {
  return packageVersion();
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

/**
 * What applies to FILE: its config, and, read from the file's own front matter
 * (when it exists), the kind, product and facts the engine settles on, the
 * rules that apply to that kind and product with their severities, and the
 * rules that do not.
 */
export function printConfig(file: string, options: ResolveOptions, cwd: string, kindOverride?: DocumentKind): string {
  const abs = resolve(cwd, file);
  const config = resolveConfig(abs, options);
  const set = buildRuleSet(config);
  const read = existsSync(abs) ? readDraft(abs, config.maxFileSize) : { text: '' };
  const { info } = lintTextWithInfo('text' in read ? read.text : '', { config, filePath: abs, kind: kindOverride, format: formatOf(abs) });
  const applies = (id: string) => {
    const rule = set.rules.find((r) => r.def.id === id);
    if (!rule) return true; // engine rules
    return rule.kinds.has(info.kind) && (!rule.def.products || (info.product !== undefined && rule.def.products.includes(info.product)));
  };
  const ids = [...set.meta.keys()];
  return JSON.stringify(
    {
      file: relative(cwd, abs) || file,
      ...('skipped' in read ? { unread: read.skipped } : {}),
      configFiles: config.files,
      packs: config.packs.map((p) => ({ name: p.name, file: p.file })),
      kind: info.kind === 'unknown' ? null : info.kind,
      product: info.product ?? null,
      facts: info.facts,
      ignored: config.ignored,
      maxFileSize: config.maxFileSize,
      rules: Object.fromEntries(ids.filter(applies).map((id) => [id, set.meta.get(id)!.severity])),
      notApplicable: ids.filter((id) => !applies(id)),
      warnings: config.warnings.map(describeWarning),
    },
    null,
    2,
  );
}

export function describeWarning(w: ConfigWarning): string {
  return w.file ? `${w.file}:${w.line}:${w.column}  ${w.message}` : w.message;
}

/** Warnings about the configs that apply to these files (unknown rule ids …), each once. */
export function configWarnings(files: string[], options: ResolveOptions): string {
  const seen = new Set<string>();
  for (const dir of new Set(files.map((f) => dirname(f)))) {
    for (const w of resolveConfig(join(dir, '__any__.md'), options).warnings) seen.add(describeWarning(w));
  }
  return [...seen].map((w) => `policylint: 警告：${w}\n`).join('');
}

const STARTER = `# policylint 配置。说明见 https://github.com/policylint/policylint#配置
# yaml-language-server: $schema=./node_modules/policylint/rules/schema/config.schema.json
root: true

# 规则包：内置的 cbrc-90，或者 YAML 规则包、textlint 的 prh.yml 的路径
extends:
  - cbrc-90

# 修复时填入插入句子的事实（文档的 front matter 可以覆盖）
# 请改成真实信息；保留【请填写：…】的事实视为缺失，修复时不会当作真实内容插入
facts:
  insurer: 【请填写：保险公司全称】
  hotline: 【请填写：客服及投诉电话】
  coolingOffDays: 【请填写：犹豫期天数】

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
