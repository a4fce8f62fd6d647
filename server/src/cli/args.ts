// Command-line options. Parsing errors become UsageError (exit code 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { DOCUMENT_KINDS, type DocumentKind } from '../engine/types.js';
import type { RuleSetting } from '../engine/index.js';
import { formatterNames } from './formatters/index.js';
import { parseShard, type Shard } from './shard.js';

export class UsageError extends Error {}

export interface CliOptions {
  patterns: string[];
  format: string;
  fix: boolean;
  fixDryRun: boolean;
  maxWarnings: number;
  quiet: boolean;
  rules: Record<string, RuleSetting>;
  kind?: DocumentKind;
  listRules: boolean;
  printConfig?: string;
  init: boolean;
  explain?: string;
  version: boolean;
  help: boolean;
  stdin: boolean;
  stdinFilename?: string;
  config?: string;
  rulePacks: string[];
  color?: boolean;
  outputFile?: string;
  /** Let configs name files outside the workspace (only the user can say so, never a config). */
  allowOutsideWorkspace: boolean;
  /** CI review: accepted findings, changed lines only, cache, one job's share of the files. */
  baseline?: string;
  updateBaseline: boolean;
  pruneBaseline: boolean;
  diff?: string;
  cache: boolean;
  shard?: Shard;
}

export const HELP = `用法：policylint [选项] [文件|目录|通配符 ...]

检查银保代理保险的宣传材料和销售话术是否符合银监发〔2010〕90号及其后续规定。
支持 .md、.markdown、.txt 文件；目录会递归查找这些文件。

选项：
  -f, --format 格式          输出格式：${formatterNames.join('、')}（默认 stylish）
      --fix                  应用安全修复（只写入不会改变原意的修复，先写临时文件再原子替换）
      --fix-dry-run          显示修复会带来的改动，不写入文件
      --max-warnings N       警告数超过 N 时以退出码 1 结束
      --quiet                只报告错误
      --rule 规则:级别       设置规则级别（off、warn、error、info），可重复
      --kind 类型            指定文档类型，覆盖 front matter 和配置：${DOCUMENT_KINDS.join('、')}
  -c, --config 文件          只使用此配置文件，不查找其他配置
      --rule-pack 路径       额外加载规则包（YAML 或 prh.yml），可重复
      --stdin                从标准输入读取文本
      --stdin-filename 名称  标准输入对应的文件名（决定格式和适用的配置）
  -o, --output-file 文件     把报告写入文件
      --allow-outside-workspace
                             允许配置文件引用工作区（当前目录、根配置所在目录）之外的规则包和词表
      --color, --no-color    强制开启或关闭颜色
      --baseline 文件        只报告基线之外的新问题（默认文件 policylint-baseline.json）
      --update-baseline      把当前所有问题写入基线（接纳已有的材料）
      --prune-baseline       从基线中删除已不再出现的问题
      --diff 提交|-          只报告相对该提交（与 HEAD 的合并基点）改动的行上的问题，
                             以及改动文件的整篇问题；“-”从标准输入读取 unified diff
      --cache                缓存结果（node_modules/.cache/policylint），未改动的文件不再检查
      --shard i/n            只检查按路径确定划分的第 i 份（共 n 份），用于 CI 并行
      --list-rules           列出所有规则
      --explain 规则         显示规则的说明文档
      --print-config 文件    显示对某个文件生效的配置
      --init                 在当前目录生成 policylint.config.yaml
  -v, --version              显示版本
  -h, --help                 显示帮助

子命令：
  policylint merge-sarif [-o 文件] a.sarif b.sarif ...   合并各分片的 SARIF 报告

退出码：0 没有错误；1 发现错误或警告超过 --max-warnings；2 用法或配置错误。`;

function parseRule(spec: string): [string, RuleSetting] {
  const m = /^([a-z0-9][a-z0-9/-]*):(off|warn|warning|error|info)$/.exec(spec.trim());
  if (!m) throw new UsageError(`--rule 的格式应为 规则:级别（off、warn、error、info），收到“${spec}”`);
  return [m[1], m[2] as RuleSetting];
}

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  rule: { type: 'string', multiple: true, default: [] },
  kind: { type: 'string' },
  'list-rules': { type: 'boolean', default: false },
  'print-config': { type: 'string' },
  init: { type: 'boolean', default: false },
  explain: { type: 'string' },
  version: { type: 'boolean', short: 'v', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  stdin: { type: 'boolean', default: false },
  'stdin-filename': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'rule-pack': { type: 'string', multiple: true, default: [] },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'output-file': { type: 'string', short: 'o' },
  'allow-outside-workspace': { type: 'boolean', default: false },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean', default: false },
  'prune-baseline': { type: 'boolean', default: false },
  diff: { type: 'string' },
  cache: { type: 'boolean', default: false },
  shard: { type: 'string' },
} satisfies ParseArgsConfig['options'];

/** node:util's English parse errors, in Chinese, with the closest option for a typo. */
function usageMessage(e: Error & { code?: string }): string {
  // "Unknown option '--fxi'", "Option '-f, --format <value>' argument missing": name the long form.
  const option = /'(?:-\w, )?([^' ]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const names = Object.keys(OPTIONS).map((n) => `--${n}`);
    const near = option.startsWith('--') ? closest(option, names) : undefined;
    const hint = near && distance(option, near) <= 3 ? `，是否要用“${near}”？` : '';
    return `未知的选项“${option}”${hint}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take/.test(e.message) ? `选项“${option}”不接受参数` : `选项“${option}”需要一个值`;
  }
  return `命令行参数有误：${e.message}`;
}

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(usageMessage(e as Error));
  }
  const v = parsed.values;
  if (!formatterNames.includes(v.format as never)) {
    throw new UsageError(`未知的输出格式“${v.format}”，可用：${formatterNames.join('、')}`);
  }
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings 需要一个非负整数，收到“${v['max-warnings']}”`);
    maxWarnings = Number(v['max-warnings']);
  }
  if (v.kind !== undefined && !(DOCUMENT_KINDS as readonly string[]).includes(v.kind)) {
    throw new UsageError(`未知的文档类型“${v.kind}”，可用：${DOCUMENT_KINDS.join('、')}`);
  }
  if (v['stdin-filename'] && !v.stdin) throw new UsageError('--stdin-filename 需要与 --stdin 一起使用');
  if (v.diff !== undefined && v.stdin) throw new UsageError('--diff 不能与 --stdin 一起使用');
  if (v.diff !== undefined && (v.fix || v['fix-dry-run'])) throw new UsageError('--diff 不能与 --fix 或 --fix-dry-run 一起使用（修复会改动未改动的行）');
  if (v['update-baseline'] && v['prune-baseline']) throw new UsageError('--update-baseline 和 --prune-baseline 只能用一个');
  return {
    patterns: parsed.positionals,
    format: v.format!,
    fix: v.fix!,
    fixDryRun: v['fix-dry-run']!,
    maxWarnings,
    quiet: v.quiet!,
    rules: Object.fromEntries(v.rule!.map(parseRule)),
    kind: v.kind as DocumentKind | undefined,
    listRules: v['list-rules']!,
    printConfig: v['print-config'],
    init: v.init!,
    explain: v.explain,
    version: v.version!,
    help: v.help!,
    stdin: v.stdin!,
    stdinFilename: v['stdin-filename'],
    config: v.config,
    rulePacks: v['rule-pack']!,
    color: v['no-color'] ? false : v.color,
    outputFile: v['output-file'],
    allowOutsideWorkspace: v['allow-outside-workspace']!,
    baseline: v.baseline,
    updateBaseline: v['update-baseline']!,
    pruneBaseline: v['prune-baseline']!,
    diff: v.diff,
    cache: v.cache!,
    shard: v.shard === undefined ? undefined : parseShard(v.shard),
  };
}
