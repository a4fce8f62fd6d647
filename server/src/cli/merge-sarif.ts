// `policylint merge-sarif a.sarif b.sarif ... [-o merged.sarif]`: the SARIF
// files of --shard jobs as one log with one run per tool, since code scanning
// takes one run per tool and category in an upload. Rules are united by id
// (ruleIndex renumbered), results and invocations are concatenated, and the
// results are sorted by file and position so the shards' order does not matter.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './args.js';

export const MERGE_SARIF_HELP = `用法：policylint merge-sarif [-o 输出文件] 文件.sarif ...

把 --shard 各分片生成的 SARIF 文件合并为一个（每个工具一个 run，规则按 id 合并，结果按文件和位置排序）。`;

type Json = Record<string, any>;

function readLog(path: string): Json {
  let log: Json;
  try {
    log = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`无法读取 SARIF 文件 ${path}：${(e as Error).message}`);
  }
  if (log?.version !== '2.1.0' || !Array.isArray(log.runs)) throw new UsageError(`${path} 不是 SARIF 2.1.0 文件`);
  return log;
}

function locationKey(r: Json): [string, number, number, string] {
  const p = r.locations?.[0]?.physicalLocation;
  return [p?.artifactLocation?.uri ?? '', p?.region?.startLine ?? 0, p?.region?.startColumn ?? 0, r.ruleId ?? ''];
}

function compareResults(a: Json, b: Json): number {
  const ka = locationKey(a);
  const kb = locationKey(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
  return 0;
}

function mergeRuns(runs: Json[]): Json {
  const merged: Json = { ...runs[0], results: [], invocations: [] };
  const rules: Json[] = [];
  const ruleIndex = new Map<string, number>();
  for (const run of runs) {
    const own: Json[] = run.tool?.driver?.rules ?? [];
    const remap = own.map((rule) => {
      if (!ruleIndex.has(rule.id)) {
        ruleIndex.set(rule.id, rules.length);
        rules.push(rule);
      }
      return ruleIndex.get(rule.id)!;
    });
    for (const r of run.results ?? []) {
      const copy = { ...r };
      if (typeof r.ruleIndex === 'number' && remap[r.ruleIndex] !== undefined) copy.ruleIndex = remap[r.ruleIndex];
      merged.results.push(copy);
    }
    merged.invocations.push(...(run.invocations ?? []));
    merged.originalUriBaseIds = { ...run.originalUriBaseIds, ...merged.originalUriBaseIds };
  }
  merged.results.sort(compareResults);
  merged.tool = { ...runs[0].tool, driver: { ...runs[0].tool?.driver, rules } };
  if (!merged.invocations.length) delete merged.invocations;
  return merged;
}

export function mergeSarif(logs: Json[]): Json {
  const byTool = new Map<string, Json[]>();
  for (const log of logs) {
    for (const run of log.runs) {
      const name = `${run.tool?.driver?.name ?? ''}\u0000${run.automationDetails?.id ?? ''}`;
      byTool.set(name, [...(byTool.get(name) ?? []), run]);
    }
  }
  return { ...logs[0], runs: [...byTool.values()].map(mergeRuns) };
}

export function mergeSarifCommand(argv: string[], cwd: string, stdout: (s: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { 'output-file': { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    throw new UsageError(`merge-sarif 的参数有误：${(e as Error).message}`);
  }
  if (parsed.values.help) return stdout(MERGE_SARIF_HELP + '\n'), 0;
  if (!parsed.positionals.length) throw new UsageError('merge-sarif 需要至少一个 SARIF 文件');
  const text = JSON.stringify(mergeSarif(parsed.positionals.map((p) => readLog(resolve(cwd, p)))), null, 2) + '\n';
  if (parsed.values['output-file']) writeFileSync(resolve(cwd, parsed.values['output-file']), text);
  else stdout(text);
  return 0;
}
