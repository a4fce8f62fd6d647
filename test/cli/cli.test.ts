// The policylint command end to end: formats, exit codes, --fix, stdin,
// config discovery and bad input. Runs the built bin (npm test builds first).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, policylint } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';
import { POSTER } from '../helpers/drafts.js';


const CLEAN = POSTER.replace('收益比定期存款高，投保即送精美礼品一份。', '保障终身。');

describe('policylint command', () => {
  const dir = tempTree({
    'drafts/poster.md': POSTER,
    'drafts/clean.md': CLEAN,
    'drafts/notes.txt': '---\nkind: script\n---\n销售：这个产品跟存款一样，随用随取。\n',
    'drafts/image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
    'drafts/gbk.md': Buffer.from([0xb4, 0xe6, 0xbf, 0xee, 0x0a]),
    'drafts/binary.txt': Buffer.from([0x41, 0, 0x42, 0]),
  });
  const file = (name: string) => join(dir, 'drafts', name);

  it('prints stylish output with article references, rule ids and a summary; exit 1 on errors', () => {
    const r = policylint([file('poster.md')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('drafts/poster.md');
    expect(r.stdout).toMatch(/10:\d+\s+error\s+“收益比定期存款高”.*〔90号 第三条\(一\)、信披规则 第六条、误导指引〕\s+return-comparison/);
    expect(r.stdout).toMatch(/✖ \d+ 个问题（\d+ 个错误，\d+ 个警告）/);
  });

  it('exits 0 and prints nothing for a clean draft', () => {
    const r = policylint([file('clean.md')], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('json: ESLint shape with 1-based UTF-16 positions', () => {
    const r = policylint(['--format', 'json', file('poster.md')], { cwd: dir });
    const [res] = JSON.parse(r.stdout);
    expect(res.filePath).toBe(file('poster.md'));
    const m = res.messages.find((x: { ruleId: string }) => x.ruleId === 'return-comparison');
    const line = POSTER.split('\n')[m.line - 1];
    expect(line.slice(m.column - 1, m.endColumn - 1)).toBe('收益比定期存款高');
    expect(m.severity).toBe(2);
    expect(res.errorCount).toBe(res.messages.filter((x: { severity: number }) => x.severity === 2).length);
  });

  it('sarif: 2.1.0 with rules carrying help text and articles', () => {
    const r = policylint(['-f', 'sarif', file('poster.md')], { cwd: dir });
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'inducement');
    const rule = run.tool.driver.rules[result.ruleIndex];
    expect(rule.id).toBe('inducement');
    expect(rule.help.text).toMatch(/90号第三条\(四\)/);
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('drafts/poster.md');
  });

  it('github: workflow annotations', () => {
    const r = policylint(['-f', 'github', file('poster.md')], { cwd: dir });
    expect(r.stdout).toMatch(/^::error file=drafts\/poster\.md,line=10,col=\d+,endLine=10,endColumn=\d+,title=return-comparison::/m);
  });

  it('junit: one testsuite per file', () => {
    const r = policylint(['-f', 'junit', file('poster.md'), file('clean.md')], { cwd: dir });
    expect(r.stdout.match(/<testsuite /g)).toHaveLength(2);
    expect(r.stdout).toContain('<failure');
  });

  it('lints folders: .md, .markdown, .txt and images; decodes GBK; skips binary text and unreadable images with a warning', () => {
    const r = policylint(['-f', 'json', join(dir, 'drafts')], { cwd: dir });
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { message: string; ruleId: string | null }[] }[];
    const names = results.map((x) => x.filePath.split('/').pop());
    expect(names).toEqual(['binary.txt', 'clean.md', 'gbk.md', 'image.png', 'notes.txt', 'poster.md']);
    expect(results[0].messages[0].message).toMatch(/二进制/);
    expect(results[2].messages.filter((m) => m.ruleId === null)).toEqual([]);
    expect(results[3].messages[0].message).toMatch(/图片未检查/);
    expect(results[4].messages.filter((m) => m.ruleId === 'deposit-wording')).toHaveLength(2);
  });

  it('reports and skips a file over the configured size limit', () => {
    const d = tempTree({ '.policylintrc.yaml': 'root: true\nmaxFileSize: 100\n', 'big.md': '保障'.repeat(200) });
    const r = policylint(['-f', 'json', 'big.md'], { cwd: d });
    expect(JSON.parse(r.stdout)[0].messages[0].message).toMatch(/文件过大/);
    expect(r.code).toBe(0);
  });

  it('reads standard input with --stdin --stdin-filename', () => {
    const r = policylint(['--stdin', '--stdin-filename', 'drafts/from-editor.md', '-f', 'json'], { cwd: dir, input: POSTER });
    const [res] = JSON.parse(r.stdout);
    expect(res.filePath).toBe(join(dir, 'drafts/from-editor.md'));
    expect(res.messages.some((m: { ruleId: string }) => m.ruleId === 'inducement')).toBe(true);
    expect(r.code).toBe(1);
  });

  it('--rule turns a rule off; --quiet drops warnings; --max-warnings fails on warnings', () => {
    const off = policylint(['-f', 'json', '--rule', 'return-comparison:off', file('poster.md')], { cwd: dir });
    expect(JSON.parse(off.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('return-comparison');
    const warn = policylint(['--rule', 'return-comparison:warn', '--rule', 'deposit-wording:warn', '--rule', 'inducement:warn', '--max-warnings', '0', file('poster.md')], { cwd: dir });
    expect(warn.code).toBe(1);
    const quiet = policylint(['--quiet', '--rule', 'return-comparison:warn', '--rule', 'deposit-wording:warn', '--rule', 'inducement:warn', '-f', 'json', file('poster.md')], { cwd: dir });
    expect(JSON.parse(quiet.stdout)[0].messages).toEqual([]);
    expect(quiet.code).toBe(0);
  });

  it('-o writes the report to a file and nothing to stdout', () => {
    const r = policylint(['-f', 'json', '-o', 'report.json', file('poster.md')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))[0].filePath).toBe(file('poster.md'));
  });

  it('--kind overrides the declared kind', () => {
    const r = policylint(['-f', 'json', '--kind', 'regulation', file('poster.md')], { cwd: dir });
    expect(JSON.parse(r.stdout)[0].messages).toEqual([]);
  });

  it('exit 2 with a clear message on usage errors', () => {
    for (const args of [['--format', 'xml', 'x.md'], ['--kind', 'flyer', 'x.md'], ['--rule', 'deposit-wording', 'x.md'], ['no-such-file.md'], ['--bogus']]) {
      const r = policylint(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^policylint: /);
    }
  });

  it('--list-rules, --explain, --version, --help', () => {
    expect(policylint(['--list-rules']).stdout).toMatch(/deposit-wording\s+error\s+claim/);
    expect(policylint(['--explain', 'proxy-signing']).stdout).toMatch(/依据：90号 第七条/);
    expect(policylint(['--explain', 'nope']).code).toBe(2);
    expect(policylint(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(policylint(['--help']).stdout).toContain('--fix-dry-run');
  });
});

describe('--fix', () => {
  const dir = tempTree({
    'policylint.config.yaml': 'root: true\nfacts:\n  insurer: 华泰安康人寿保险股份有限公司\n  hotline: "95123"\n  coolingOffDays: 15\n',
    'a.md': '---\nkind: promo\n---\n# 安享一生\n\n本产品由华泰安康人寿保险股份有限公司承保，保障终身。\n',
  });

  it('--fix-dry-run prints a diff and writes nothing', () => {
    const before = readFileSync(join(dir, 'a.md'), 'utf8');
    const r = policylint(['--fix-dry-run', 'a.md'], { cwd: dir });
    expect(r.stdout).toContain('+本产品犹豫期为15日');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(before);
  });

  it('inserts the missing disclosures filled from config facts, atomically, and is idempotent', () => {
    const r = policylint(['--fix', 'a.md'], { cwd: dir });
    expect(r.code).toBe(0);
    const fixed = readFileSync(join(dir, 'a.md'), 'utf8');
    expect(fixed).toContain('如有疑问或投诉，请拨打华泰安康人寿保险股份有限公司客服及投诉热线95123。');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    policylint(['--fix', 'a.md'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(fixed);
  });
});

describe('configuration on the command line', () => {
  const dir = tempTree({
    'team/policylint.config.yaml': 'root: true\nrules:\n  deposit-wording: warn\noverrides:\n  - files: ["phone/**"]\n    kind: phone-script\n',
    'team/phone/call.md': '坐席：您好，这款产品和存款一样。\n',
    'broken/.policylintrc.yaml': 'root: true\nrules:\n  deposit-wording: loud\n',
    'broken/x.md': '正文\n',
  });

  it('finds the nearest config and applies its severities and overrides', () => {
    const r = policylint(['-f', 'json', 'team/phone/call.md'], { cwd: dir });
    const msgs = JSON.parse(r.stdout)[0].messages as { ruleId: string; severity: number }[];
    expect(msgs.find((m) => m.ruleId === 'deposit-wording')?.severity).toBe(1);
    expect(msgs.map((m) => m.ruleId)).toContain('phone-recording');
  });

  it('a broken config is exit 2 naming file, line and column', () => {
    const r = policylint(['broken/x.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'broken/.policylintrc.yaml')}:3:20`);
  });

  it('--print-config shows what applies to a file', () => {
    const r = policylint(['--print-config', 'team/phone/call.md'], { cwd: dir });
    const c = JSON.parse(r.stdout);
    expect(c.kind).toBe('phone-script');
    expect(c.rules['deposit-wording']).toBe('warning');
  });

  it('--init writes a starter config once', () => {
    const d = tempTree({});
    expect(policylint(['--init'], { cwd: d }).code).toBe(0);
    expect(readFileSync(join(d, 'policylint.config.yaml'), 'utf8')).toContain('extends:');
    expect(policylint(['--init'], { cwd: d }).code).toBe(2);
    writeFileSync(join(d, 'x.md'), '存款\n');
    expect(policylint(['x.md'], { cwd: d }).code).toBe(1);
  });
});

describe('worker threads', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) files[`drafts/${String(i).padStart(2, '0')}.md`] = POSTER.replace('安享一生', `安享一生${i}号`);
  const dir = tempTree({ ...files, 'broken/.policylintrc.yaml': 'root: true\nrules: {x: loud}\n', ...Object.fromEntries(Object.keys(files).map((f) => [f.replace('drafts', 'broken'), POSTER])) });

  it('give the same report as one thread, in the same file order', () => {
    const one = policylint(['-f', 'json', 'drafts'], { cwd: dir, env: { POLICYLINT_WORKERS: '1' } });
    const two = policylint(['-f', 'json', 'drafts'], { cwd: dir, env: { POLICYLINT_WORKERS: '2' } });
    expect(two.code).toBe(one.code);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout)).toHaveLength(20);
  });

  it('show progress on a terminal and nothing extra when piped', () => {
    const piped = policylint(['-f', 'json', 'drafts'], { cwd: dir });
    expect(piped.stderr).toBe('');
    // script(1) gives the command a terminal; its transcript holds what the terminal showed.
    const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} -o /dev/null drafts`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toMatch(/正在检查 \d+\/20/);
  });

  it('report a broken config from a worker as a config error (exit 2)', () => {
    const r = policylint(['broken'], { cwd: dir, env: { POLICYLINT_WORKERS: '2' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.policylintrc.yaml:2:');
  });
});
