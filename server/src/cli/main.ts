// The policylint command: lint drafts, print a report, fix on request.
// Exit codes: 0 clean, 1 errors (or too many warnings), 2 usage or config error.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import {
  ConfigError,
  resolveConfig,
  type LintResult,
  type ResolveOptions,
  type RuleMeta,
} from '../engine/index.js';
import { HELP, UsageError, parseCli, type CliOptions } from './args.js';
import { decodeDraft, writeErrorMessage } from '../fs/drafts.js';
import { lintSource } from './lint-files.js';
import { sourceDocument } from '../readers/index.js';
import { lintSelected, reportedFindings, selectFiles, type Selection } from './review-run.js';
import { mergeSarifCommand } from './merge-sarif.js';
import { configWarnings, explain, init, listRules, printConfig, version } from './info.js';
import { getFormatter, writeGithubStepSummary } from './formatters/index.js';
import { sumCounts } from './formatters/shared.js';
import { Progress } from './progress.js';
import { useCacheFolder } from './cache-folder.js';
import { saveSegmentsMemo } from '../fs/segments-memo.js';
import { isTTY, outputPending, write } from './stdio.js';
import { youngGenerationPinned } from './young-generation.js';

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string | Buffer;
  isTTY: boolean;
  stderrIsTTY: boolean;
  /** Environment (GITHUB_STEP_SUMMARY); process.env when not given. */
  env?: Record<string, string | undefined>;
}

function resolveOptions(o: CliOptions, cwd: string): ResolveOptions {
  return { cwd, configFile: o.config, extraPacks: o.rulePacks, rules: o.rules, allowOutsideWorkspace: o.allowOutsideWorkspace };
}

export async function run(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'merge-sarif') {
    try {
      return mergeSarifCommand(argv.slice(1), io.cwd, io.stdout);
    } catch (e) {
      io.stderr(`policylint: ${(e as Error).message}\n`);
      return 2;
    }
  }
  let o: CliOptions;
  try {
    o = parseCli(argv);
  } catch (e) {
    io.stderr(`policylint: ${(e as Error).message}\n用 policylint --help 查看用法。\n`);
    return 2;
  }
  const ropts = resolveOptions(o, io.cwd);
  try {
    if (o.help) return io.stdout(HELP + '\n'), 0;
    if (o.version) return io.stdout(version() + '\n'), 0;
    if (o.init) return io.stdout(init(io.cwd) + '\n'), 0;
    if (o.listRules) return io.stdout(listRules(ropts) + '\n'), 0;
    if (o.explain) return io.stdout(explain(o.explain, ropts) + '\n'), 0;
    if (o.printConfig) return io.stdout(printConfig(o.printConfig, ropts, io.cwd, o.kind) + '\n'), 0;
    if (!o.stdin && !o.patterns.length && o.diff === undefined) throw new UsageError('请指定要检查的文件、目录或通配符，或使用 --stdin');

    const meta = new Map<string, RuleMeta>();
    let results: LintResult[] = [];
    let selection: Selection | undefined;
    if (o.stdin) {
      const name = resolve(io.cwd, o.stdinFilename ?? 'stdin.md');
      const raw = io.readStdin();
      const config = resolveConfig(name, ropts);
      io.stderr(configWarnings([name], ropts));
      const read = decodeDraft(typeof raw === 'string' ? Buffer.from(raw) : raw, config.maxFileSize);
      if ('skipped' in read) results.push({ filePath: name, source: '', findings: [], skipped: read.skipped });
      else results.push(lintSource(name, read.text, { o, ropts }, meta, config, await sourceDocument(name, read.text)));
    } else {
      selection = selectFiles(o, io.cwd, io.readStdin);
      const { files } = selection;
      io.stderr(configWarnings(files, ropts));
      const progress = new Progress(files.length, io.stderrIsTTY ? io.stderr : null);
      results.push(...(await lintSelected(files, { o, ropts }, meta, (f) => progress.tick(relative(io.cwd, f)), io.cwd, io.stderr)));
      progress.done();
    }
    results = reportedFindings(results, o, selection, io.cwd, io.stderr);
    linted ||= results.length > 0;

    const { errorCount: errors, warningCount: warnings } = sumCounts(results);
    const tooManyWarnings = o.maxWarnings >= 0 && warnings > o.maxWarnings;
    const formatter = getFormatter(o.format)!;
    // After fixing, findings are about the fixed text: positions come from it.
    const reported = results.map((r) => (r.output === undefined ? r : { ...r, source: r.output, output: o.fix && !o.stdin ? undefined : r.output }));
    const formatContext = { cwd: io.cwd, rules: meta, color: o.color ?? io.isTTY, maxWarningsExceeded: tooManyWarnings, maxWarnings: o.maxWarnings, version: version(), argv };
    const report = formatter(reported, formatContext);
    if (o.format === 'github') writeGithubStepSummary(reported, formatContext, io.env ?? process.env, io.stderr);
    let text = report;
    if (o.fixDryRun && o.format === 'stylish') {
      for (const r of results) {
        if (r.output === undefined) continue;
        const name = relative(io.cwd, r.filePath);
        text += createTwoFilesPatch(name, name, r.source, r.output, '', '修复后', { context: 1 });
      }
    }
    const code = errors > 0 || tooManyWarnings ? 1 : 0;
    if (o.outputFile) {
      const target = resolve(io.cwd, o.outputFile);
      try {
        writeFileSync(target, text);
      } catch (e) {
        // The report is not lost: it goes to stdout instead.
        io.stderr(`policylint: 无法写入报告文件 ${o.outputFile}：${writeErrorMessage(e)}。报告改为输出到标准输出。\n`);
        if (text) io.stdout(text.endsWith('\n') ? text : text + '\n');
        return 2;
      }
    } else if (text) io.stdout(text.endsWith('\n') ? text : text + '\n');
    return code;
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`policylint: 配置或规则包有误：\n${e.errors.map((x) => `  ${x.file}:${x.line}:${x.column}  ${x.message}`).join('\n')}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`policylint: ${e.message}\n`);
      return 2;
    }
    io.stderr(`policylint: 内部错误：${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

/** Whether this process linted a file: server/bin/policylint.js writes its code cache only after such a run. */
let linted = false;

export interface MainOptions {
  /** The user's cache folder (server/bin/cache-dir.js); undefined: no disk cache. */
  cacheDir?: string;
  /** Names the running build of the bundle (server/bin/policylint.js): what the disk cache holds is keyed by it. */
  buildId?: string;
  /** The bin set --semi-space-growth-factor=1 (Node 20): a large run lets the young generation grow while it lints (young-generation.ts). */
  youngGenerationPinned?: boolean;
}

export async function main(options: MainOptions = {}): Promise<{ linted: boolean }> {
  if (options.cacheDir && options.buildId) useCacheFolder({ dir: options.cacheDir, build: options.buildId });
  youngGenerationPinned(options.youngGenerationPinned === true);
  const code = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => write(1, s),
    stderr: (s) => write(2, s),
    readStdin: () => readFileSync(0),
    isTTY: isTTY(1),
    stderrIsTTY: isTTY(2),
  });
  process.exitCode = code;
  saveSegmentsMemo();
  return { linted };
}

export { outputPending };
