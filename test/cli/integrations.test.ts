// The integrations a reviewer copies in one step: the GitHub Action (action.yml,
// its script run here with a fake GITHUB_* environment) and the pre-commit hooks.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, policylint } from '../helpers/cli.js';

const ROOT = path.resolve('.');
const tmp = mkdtempSync(path.join(tmpdir(), 'policylint-action-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BAD = `---
kind: promo
product: participating
---
# 金秋理财季

本产品保本保息，稳赚不赔！投保即送电饭煲。
`;

/** A checked-out repository of drafts, as actions/checkout leaves it. */
function workspace(name: string, drafts: Record<string, string>): string {
  const dir = path.join(tmp, name);
  mkdirSync(path.join(dir, '.git'), { recursive: true });
  mkdirSync(path.join(dir, 'drafts'), { recursive: true });
  for (const [file, text] of Object.entries(drafts)) writeFileSync(path.join(dir, 'drafts', file), text);
  return dir;
}

interface StepRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

/** Runs scripts/action/run.sh as the composite action's `lint` step would. */
function runActionStep(dir: string, inputs: Record<string, string>): StepRun {
  const runnerTemp = path.join(dir, '..', `${path.basename(dir)}-runner-temp`);
  mkdirSync(runnerTemp, { recursive: true });
  const output = path.join(runnerTemp, 'github-output');
  const summary = path.join(runnerTemp, 'step-summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_ACTION_PATH: ROOT,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_REPOSITORY: 'example/drafts',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    RUNNER_TEMP: runnerTemp,
    FORCE_COLOR: '0',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v;
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/action/run.sh')], { cwd: dir, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(summary, 'utf8'), runnerTemp };
}

describe('action.yml', () => {
  const action = parse(readFileSync('action.yml', 'utf8'));
  const text = readFileSync('action.yml', 'utf8');

  it('is a composite action whose lint step runs the script, then uploads SARIF and fails on findings', () => {
    expect(action.runs.using).toBe('composite');
    const [lint, upload, fail] = action.runs.steps;
    expect(lint.id).toBe('lint');
    expect(lint.run).toBe('bash "$GITHUB_ACTION_PATH/scripts/action/run.sh"');
    expect(upload.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
    expect(upload.with.sarif_file).toBe('${{ steps.lint.outputs.sarif-file }}');
    expect(upload.if).toContain('always()');
    expect(fail.if).toContain("steps.lint.outputs.exit-code != '0'");
    expect(fail.run).toContain('exit 1');
  });

  it('declares every input it uses and uses every input it declares', () => {
    const used = new Set([...text.matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries<{ description: string }>(action.inputs)) {
      expect(input.description, name).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('run with a fake GitHub environment: annotations, step summary, SARIF and outputs for a draft with errors', () => {
    const dir = workspace('bad', { '金秋海报.md': BAD });
    const run = runActionStep(dir, { paths: 'drafts', args: '', 'sarif-file': '' });
    expect(run.stderr).toBe('');
    // The step succeeds so that the SARIF is uploaded; the action's last step fails the job.
    expect(run.code).toBe(0);
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.stdout).toMatch(/^::error file=drafts\/金秋海报\.md,line=7,col=\d+,endLine=7,endColumn=\d+,title=guaranteed-return::/m);
    expect(run.summary).toContain('## ❌ policylint：检查了 1 个文件，1 个文件有问题');
    expect(run.summary).toContain('| 条款 | 错误 | 警告 | 提示 | 涉及规则 |');
    expect(run.outputs['sarif-file']).toBe(path.join(run.runnerTemp, 'policylint.sarif'));
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('guaranteed-return');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(`drafts/${encodeURIComponent('金秋海报')}.md`);
  });

  it('reports a clean corpus with exit code 0 and honours args and the SARIF path', () => {
    const dir = workspace('clean', { 'compliant.md': readFileSync('examples/compliant-promo.md', 'utf8') });
    const run = runActionStep(dir, { paths: 'drafts/*.md', args: '--max-warnings 0', 'sarif-file': 'out/policylint.sarif' });
    expect(run.outputs['exit-code']).toBe('0');
    expect(run.stdout).not.toContain('::error');
    expect(run.summary).toContain('没有发现问题');
    expect(run.outputs['sarif-file']).toBe('out/policylint.sarif');
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'policylint.sarif'), 'utf8')).runs[0].results).toEqual([]);
  });

  it('fails the step at once on a usage error', () => {
    const dir = workspace('usage', { 'a.md': BAD });
    const run = runActionStep(dir, { paths: 'drafts', args: '--no-such-option' });
    expect(run.code).toBe(2);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stderr).toContain('未知的选项“--no-such-option”');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; name: string; entry: string; language: string; files: string }[];
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

  it('has the fields pre-commit requires, and its entry is a command the package installs', () => {
    expect(hooks.map((h) => h.id)).toEqual(['policylint', 'policylint-fix']);
    for (const h of hooks) {
      expect(h.name).toMatch(/policylint/);
      expect(h.language).toBe('node');
      expect(Object.keys(pkg.bin)).toContain(h.entry.split(' ')[0]);
    }
  });

  it('selects drafts and leaves code alone', () => {
    const files = new RegExp(hooks[0].files);
    for (const f of ['drafts/海报.md', 'a.markdown', 'scripts/话术.txt']) expect(files.test(f), f).toBe(true);
    for (const f of ['server/src/cli/main.ts', 'README.md.bak', 'policylint.config.yaml']) expect(files.test(f), f).toBe(false);
  });

  it('run as pre-commit runs it (entry + staged file names): fails on a bad draft, passes clean ones', () => {
    const dir = workspace('precommit', { 'bad.md': BAD, 'ok.md': readFileSync('examples/compliant-promo.md', 'utf8') });
    const staged = readdirSync(path.join(dir, 'drafts')).map((f) => `drafts/${f}`).filter((f) => new RegExp(hooks[0].files).test(f));
    const args = hooks[0].entry.split(' ').slice(1);
    const bad = policylint([...args, ...staged], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('drafts/bad.md');
    expect(bad.stdout).not.toContain('drafts/ok.md');
    const ok = policylint([...args, 'drafts/ok.md'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(BIN.endsWith(pkg.bin.policylint)).toBe(true);
  });
});
