// CI outputs as a reviewer's pipeline consumes them: SARIF valid against the
// 2.1.0 schema with rule docs and repository-relative paths, GitHub annotations
// capped with the rest still reported, the step summary, GitLab Code Quality,
// reviewdog's rdjson and JUnit with distinct case names.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { formatters, type FormatContext } from '../../server/src/cli/formatters/index.js';
import { ANNOTATIONS_PER_KIND } from '../../server/src/cli/formatters/github.js';
import type { Finding, LintResult, RuleMeta } from '../../server/src/engine/types.js';
import { policylint } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-2.1.0-rtm.5.json', 'utf8'));
// unicodeRegExp off: the schema's `language` pattern has a stray `]` that only non-Unicode regexps accept.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

function expectValidSarif(log: unknown): void {
  const ok = validateSarif(log);
  expect(ok ? [] : validateSarif.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'policylint-ci-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A drafts repository: .git at the root, drafts in a subfolder, a file name with CJK and a space.
const repo = path.join(tmp, 'repo');
mkdirSync(path.join(repo, '.git'), { recursive: true });
mkdirSync(path.join(repo, 'drafts', '2024 秋季'), { recursive: true });
const poster = `---
kind: promo
product: participating
insurer: 华泰安康人寿保险股份有限公司
hotline: "95123"
---
# 稳稳的幸福

本产品收益比定期存款高，保本保息，稳赚不赔！
投保即送电饭煲，名额有限。
`;
writeFileSync(path.join(repo, 'drafts', '2024 秋季', '宣传 海报.md'), poster);

describe('sarif over real drafts', () => {
  const run = policylint(['-f', 'sarif', '.'], { cwd: path.join(repo, 'drafts') });
  const log = JSON.parse(run.stdout);
  const sarifRun = log.runs[0];

  it('is valid against the SARIF 2.1.0 schema', () => {
    expect(run.code).toBe(1);
    expectValidSarif(log);
    expect(sarifRun.results.length).toBeGreaterThan(3);
  });

  it('puts no path of the machine that ran it in the log', () => {
    expect(run.stdout).not.toContain(tmp);
    expect(run.stdout).not.toContain(encodeURI(tmp));
  });

  it('gives paths from the repository root, even when run in a subfolder', () => {
    const uris = new Set(sarifRun.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual([`drafts/${encodeURI('2024 秋季')}/${encodeURI('宣传 海报.md')}`]);
    for (const r of sarifRun.results) expect(r.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
  });

  it('links every built-in rule to its page under docs/rules, which exists', () => {
    const rules = sarifRun.tool.driver.rules as { id: string; helpUri?: string; help?: { markdown: string } }[];
    const deposit = rules.find((r) => r.id === 'guaranteed-return')!;
    expect(deposit.helpUri).toBe('https://github.com/policylint/policylint/blob/main/docs/rules/guaranteed-return.md');
    expect(deposit.help!.markdown).toContain(`[完整说明](${deposit.helpUri})`);
    for (const r of rules) {
      expect(r.helpUri, r.id).toBeDefined();
      expect(existsSync(`docs/rules/${r.id}.md`), r.id).toBe(true);
    }
  });

  it('records the invocation', () => {
    expect(sarifRun.invocations).toEqual([
      expect.objectContaining({ executionSuccessful: true, arguments: ['-f', 'sarif', '.'], commandLine: 'policylint -f sarif .' }),
    ]);
  });

  it('describes fixes by what they change', () => {
    const texts = sarifRun.results.flatMap((r: any) => (r.fixes ?? []).map((f: any) => f.description.text));
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toMatch(/^(把“.+”改为“.+”|删除“.+”|插入“.+”)$/s);
  });
});

// ---------------------------------------------------------------- synthetic findings

const cwd = path.join(tmp, 'synthetic');
mkdirSync(path.join(cwd, '.git'), { recursive: true });
const line = '本产品收益比定期存款高。';
const many = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${line}`).join('\n') + '\n';

function meta(id: string, severity: RuleMeta['severity'], title: string, articles: string[]): RuleMeta {
  return { id, check: 'forbidden', severity, articles, title, docs: `**为什么**：${title}。`, pack: 'cbrc-90' };
}
const rules = new Map<string, RuleMeta>([
  ['deposit-wording', meta('deposit-wording', 'error', '把保险说成存款或储蓄', ['90号 第三条(一)', '90号 第十条'])],
  ['return-comparison', meta('return-comparison', 'warning', '与存款比较收益', ['90号 第三条(一)', '信披规则 第六条'])],
  ['kind-unknown', meta('kind-unknown', 'info', '未声明文档类型', [])],
]);
const ctx: FormatContext = { cwd, rules, color: false, version: '0.1.0' };

/** 25 errors, 12 warnings and 11 infos spread over the 40 lines. */
function manyFindings(): LintResult {
  const findings: Finding[] = [];
  let from = 0;
  for (let i = 0; i < 40; i++) {
    const at = many.indexOf('定期存款', from);
    from = at + 1;
    if (i < 25) findings.push({ ruleId: 'deposit-wording', severity: 'error', message: '“定期存款”把保险产品说成银行存款', start: at, end: at + 4, articles: ['90号 第三条(一)', '90号 第十条'] });
    if (i >= 25 && i < 37) findings.push({ ruleId: 'return-comparison', severity: 'warning', message: '不得与存款比较收益', start: at - 3, end: at + 5, articles: ['90号 第三条(一)', '信披规则 第六条'] });
    if (i >= 29) findings.push({ ruleId: 'kind-unknown', severity: 'info', message: '未声明文档类型', start: at, end: at, articles: [] });
  }
  return { filePath: path.join(cwd, 'drafts', 'poster.md'), source: many, findings };
}

describe('github annotations', () => {
  const out = formatters.github([manyFindings()], ctx);
  const lines = out.trimEnd().split('\n');
  const count = (kind: string) => lines.filter((l) => l.startsWith(`::${kind} `)).length;

  it(`shows at most ${ANNOTATIONS_PER_KIND} annotations of each kind, one slot left for the "N more" notice`, () => {
    expect(count('error')).toBe(10);
    expect(count('warning')).toBe(10);
    expect(count('notice')).toBe(10);
    const more = lines.filter((l) => l.startsWith('::notice title=policylint::'));
    expect(more).toHaveLength(1);
    expect(more[0]).toContain('另有 15 个错误、2 个警告、2 个提示未显示为注释');
  });

  it('still lists every finding over the cap in the log', () => {
    const plain = lines.filter((l) => l.startsWith('  drafts/poster.md:'));
    expect(plain).toHaveLength(15 + 2 + 2);
    expect(plain[0]).toMatch(/^ {2}drafts\/poster\.md:\d+:\d+ {2}错误 {2}“定期存款”把保险产品说成银行存款〔90号 第三条\(一\)、90号 第十条〕 {2}\(deposit-wording\)$/);
  });

  it('adds no notice when everything fits', () => {
    const few = manyFindings();
    few.findings = few.findings.slice(0, 5);
    expect(formatters.github([few], ctx)).not.toContain('另有');
  });
});

describe('the GitHub step summary', () => {
  it('is appended to $GITHUB_STEP_SUMMARY by -f github, with a table per article and per rule', () => {
    const summaryFile = path.join(tmp, 'step-summary.md');
    writeFileSync(summaryFile, '# earlier step\n');
    const run = policylint(['-f', 'github', '.'], { cwd: path.join(repo, 'drafts'), env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(run.code).toBe(1);
    const md = readFileSync(summaryFile, 'utf8');
    expect(md.startsWith('# earlier step\n')).toBe(true);
    expect(md).toContain('## ❌ policylint：检查了 1 个文件，1 个文件有问题');
    expect(md).toContain('### 按条款\n\n| 条款 | 错误 | 警告 | 提示 | 涉及规则 |');
    expect(md).toMatch(/\n\| 90号 第三条\(一\) \| [1-9]\d* \| \d+ \| \d+ \| .*`guaranteed-return`/);
    expect(md).toMatch(/\n\| \[`guaranteed-return`\]\(https:\/\/github\.com\/policylint\/policylint\/blob\/main\/docs\/rules\/guaranteed-return\.md\) \| [^|]+ \| 2 \| 0 \| 0 \| 1 \| 90号 第三条\(一\)、广告法 第二十五条、银发〔2019〕316号 \|/);
    expect(md).toContain('| drafts/2024 秋季/宣传 海报.md |');
    // The annotations go to stdout as before.
    expect(run.stdout).toMatch(/^::error file=drafts\/2024 秋季\/宣传 海报\.md,line=\d+/m);
  });

  it('counts each finding once per article it cites and says when annotations were capped', () => {
    const md = formatters.markdown([manyFindings()], ctx);
    expect(md).toContain('| 90号 第三条(一) | 25 | 12 | 0 | `deposit-wording` `return-comparison` |');
    expect(md).toContain('| 信披规则 第六条 | 0 | 12 | 0 | `return-comparison` |');
    expect(md).toContain('| 90号 第十条 | 25 | 0 | 0 | `deposit-wording` |');
  });
});

describe('codequality (GitLab)', () => {
  const issues = JSON.parse(formatters.codequality([manyFindings()], ctx));

  it('has the fields GitLab reads, with paths from the repository root', () => {
    expect(issues).toHaveLength(25 + 12 + 11);
    expect(issues[0]).toEqual({
      description: '“定期存款”把保险产品说成银行存款〔90号 第三条(一)、90号 第十条〕（deposit-wording）',
      check_name: 'deposit-wording',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: 'major',
      location: { path: 'drafts/poster.md', positions: { begin: { line: 1, column: 10 }, end: { line: 1, column: 14 } } },
    });
    expect(new Set(issues.map((i: { severity: string }) => i.severity))).toEqual(new Set(['major', 'minor', 'info']));
  });

  it('gives every issue its own fingerprint, kept when lines are added above', () => {
    const prints = issues.map((i: { fingerprint: string }) => i.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    const shifted = manyFindings();
    shifted.source = `# 新标题\n\n${shifted.source}`;
    shifted.findings = shifted.findings.map((f) => ({ ...f, start: f.start + 7, end: f.end + 7 }));
    const again = JSON.parse(formatters.codequality([shifted], ctx));
    expect(again.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(prints);
    expect(again[0].location.positions.begin.line).toBe(3);
  });
});

describe('rdjson (reviewdog)', () => {
  it('counts columns in UTF-8 bytes, as reviewdog does, and carries suggestions', () => {
    const source = '本产品收益比定期存款高。\n';
    const start = source.indexOf('定期存款');
    const result: LintResult = {
      filePath: path.join(cwd, 'a.md'),
      source,
      findings: [{ ruleId: 'deposit-wording', severity: 'error', message: '不得与存款比较', start, end: start + 4, articles: ['90号 第十条'], fix: { range: [start, start + 4], text: '其他产品' } }],
    };
    const out = JSON.parse(formatters.rdjson([result], ctx));
    expect(out.source.name).toBe('policylint');
    expect(out.diagnostics).toEqual([
      {
        message: '不得与存款比较〔90号 第十条〕',
        location: { path: 'a.md', range: { start: { line: 1, column: 19 }, end: { line: 1, column: 31 } } },
        severity: 'ERROR',
        source: { name: 'policylint' },
        code: { value: 'deposit-wording', url: 'https://github.com/policylint/policylint/blob/main/docs/rules/deposit-wording.md' },
        suggestions: [{ range: { start: { line: 1, column: 19 }, end: { line: 1, column: 31 } }, text: '其他产品' }],
      },
    ]);
  });
});

describe('junit', () => {
  it('names every test case of a suite differently, also over the examples', () => {
    for (const xml of [formatters.junit([manyFindings()], ctx), policylint(['-f', 'junit', 'examples/']).stdout]) {
      for (const suite of xml.split('<testsuite ').slice(1)) {
        const names = [...suite.matchAll(/<testcase time="0" name="([^"]*)"/g)].map((m) => m[1]);
        expect(new Set(names).size, suite.slice(0, 200)).toBe(names.length);
      }
    }
    expect(formatters.junit([manyFindings()], ctx)).toContain('name="policylint.deposit-wording 1:10"');
  });
});
