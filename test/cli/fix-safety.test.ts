// --fix must never surprise: it does not grow a file on reruns, it inserts
// where the checks can read, positions after fixing point into the fixed
// text, and writing keeps BOM, line endings, links, mode and owner. A file or
// report that cannot be written is reported in Chinese and the run goes on.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText, fixUntilStable, lintText, resolveConfig, type Finding } from '../../server/src/engine/index.js';
import { fixAllText } from '../../server/src/lsp/code-actions.js';
import { addToWordList } from '../../server/src/lsp/word-list.js';
import { BIN, policylint, type CliRun } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const config = resolveConfig(undefined, { noConfig: true });
const opts = { config, filePath: 'draft.md' };

const HEAD = '---\nkind: promo\n---\n# 产品介绍\n\n本产品由某某人寿承保。\n\n';
/** Drafts whose body ends inside something never read as prose. */
const OPEN_FENCE = HEAD + '```\n示例代码\n';
const OPEN_COMMENT = HEAD + '<!-- 草稿备注\n';
/** A promo that lacks disclosures the fixer can insert without facts, and that text fixed. */
const PROMO = '---\nkind: promo\n---\n# 产品介绍\n\n本产品由某某人寿承保。\n';
const PROMO_FIXED = fixText(PROMO, opts).output;

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+|内部错误|Error:/);

describe('fixing an unclosed code fence or HTML comment', () => {
  for (const [name, draft, tail] of [
    ['code fence', OPEN_FENCE, '```\n示例代码\n'],
    ['HTML comment', OPEN_COMMENT, '<!-- 草稿备注\n'],
  ] as const) {
    it(`inserts each disclosure once, before the open ${name}, where the checks read it`, () => {
      // The same disclosures, in the same place, as for the draft without the open ${name}.
      const reference = fixText(HEAD, opts).output;
      expect(reference.length).toBeGreaterThan(HEAD.length + 40);
      const { output, findings } = fixText(draft, opts);
      expect(output).toBe(reference + tail);
      // What was inserted is seen: no safe fix is left.
      expect(findings.filter((f) => f.fix)).toEqual([]);
      expect(lintText(output, opts).filter((f) => f.fix)).toEqual([]);
    });

    it(`fixing the draft with an open ${name} twice gives identical bytes (CLI and editor fix-all)`, () => {
      const once = fixText(draft, opts).output;
      expect(fixText(once, opts).output).toBe(once);
      expect(fixAllText(draft, opts)).toBe(once);
      expect(fixAllText(once, opts)).toBe(once);
    });
  }

  it('keeps inserting at the end of a document that ends in prose', () => {
    expect(PROMO_FIXED.startsWith(PROMO.trimEnd() + '\n\n')).toBe(true);
    expect(PROMO_FIXED.length).toBeGreaterThan(PROMO.length + 40);
    expect(fixText(PROMO_FIXED, opts).output).toBe(PROMO_FIXED);
  });

  it('inserts at the top when there is no prose before the open fence', () => {
    const draft = '---\nkind: promo\n---\n```\n示例代码\n';
    const output = fixText(draft, opts).output;
    expect(output.endsWith('\n\n```\n示例代码\n')).toBe(true);
    expect(lintText(output, opts).filter((f) => f.fix)).toEqual([]);
    expect(fixText(output, opts).output).toBe(output);
  });
});

describe('the fix loop stops when a pass changes nothing the checks can see', () => {
  const finding = (text: string): Finding => ({
    ruleId: 'always',
    severity: 'error',
    message: '总是缺少',
    start: 0,
    end: 0,
    articles: [],
    fix: { range: [text.length, text.length], text: '\n无用的插入' },
  });

  it('drops an edit after which the same findings remain, and reports the text unchanged', () => {
    const r = fixUntilStable('正文。\n', (t) => [finding(t)]);
    expect(r.output).toBe('正文。\n');
    expect(r.passes).toBe(0);
    expect(r.findings).toHaveLength(1);
  });

  it('keeps a pass that changes no prose but removes a finding (an unused directive)', () => {
    const src = '---\nkind: regulation\n---\n<!-- policylint-disable-next-line deposit-wording -->\n正文。\n';
    const r = fixText(src, opts);
    expect(r.output).toBe('---\nkind: regulation\n---\n正文。\n');
    expect(r.findings).toEqual([]);
  });

  it('keeps passes that fix something, and stops at the first that does not', () => {
    // Pass 1 removes “甲” (a finding goes); pass 2 only appends text (nothing goes).
    const lint = (t: string): Finding[] =>
      t.includes('甲')
        ? [{ ruleId: 'a', severity: 'error', message: '甲', start: t.indexOf('甲'), end: t.indexOf('甲') + 1, articles: [], fix: { range: [t.indexOf('甲'), t.indexOf('甲') + 1], text: '乙' } }]
        : [finding(t)];
    const r = fixUntilStable('甲。\n', lint);
    expect(r.output).toBe('乙。\n');
    expect(r.passes).toBe(1);
  });
});

describe('--fix on the command line', { timeout: 60_000 }, () => {
  const dir = tempTree({
    'fence.md': OPEN_FENCE,
    'comment.md': OPEN_COMMENT,
    'crlf-fence.md': OPEN_FENCE.replace(/\n/g, '\r\n'),
  });
  const bytes = (name: string) => readFileSync(join(dir, name));

  it('never grows a file: fixing twice gives identical bytes', () => {
    const first = policylint(['--fix', 'fence.md', 'comment.md', 'crlf-fence.md'], { cwd: dir });
    noStack(first.stderr);
    const once = ['fence.md', 'comment.md', 'crlf-fence.md'].map(bytes);
    expect(once[0].length).toBeLessThan(OPEN_FENCE.length + 400);
    policylint(['--fix', 'fence.md', 'comment.md', 'crlf-fence.md'], { cwd: dir });
    expect(['fence.md', 'comment.md', 'crlf-fence.md'].map(bytes)).toEqual(once);
  });
});

describe('--fix keeps the file as the user had it', { timeout: 60_000 }, () => {
  const NOTICE = '---\nkind: notice\n---\n# 投保提示书\n\n这款产品和存款一样。\n';
  const dir = tempTree({
    'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PROMO)]),
    'crlf.md': PROMO.replace(/\n/g, '\r\n'),
    'notice.md': NOTICE,
    'dry.md': NOTICE,
    'real/target.md': PROMO,
    'mode.md': PROMO,
    'owned.md': PROMO,
    'readonly.md': PROMO,
    'foreign.md': PROMO,
    'linked.md': PROMO,
    'writable.md': PROMO,
  });
  const path = (name: string) => join(dir, name);

  /** Every finding that quotes its text (“存款”…) points at that text in `text`; returns how many do. */
  const pointsInto = (text: string, messages: { line: number; column: number; message: string }[]): number => {
    const lines = text.split('\n');
    const quoted = messages.filter((m) => /^“[^”]+”/.test(m.message));
    for (const m of quoted) expect(lines[m.line - 1].slice(m.column - 1).startsWith(/^“([^”]+)”/.exec(m.message)![1]), m.message).toBe(true);
    return quoted.length;
  };
  const storeLine = (text: string) => text.split('\n').findIndex((l) => l.includes('这款产品和存款一样')) + 1;

  it('reports positions in the fixed text after --fix', () => {
    const r = policylint(['--fix', '-f', 'json', 'notice.md'], { cwd: dir });
    const fixed = readFileSync(path('notice.md'), 'utf8');
    expect(storeLine(fixed)).toBeGreaterThan(storeLine(NOTICE)); // something was inserted above the finding
    const { messages } = JSON.parse(r.stdout)[0];
    expect(pointsInto(fixed, messages)).toBeGreaterThan(0);
    expect(messages.some((m: { line: number; message: string }) => m.line === storeLine(fixed) && m.message.startsWith('“存款'))).toBe(true);
  });

  it('reports positions in the fixed text after --fix-dry-run (and writes nothing)', () => {
    const [result] = JSON.parse(policylint(['--fix-dry-run', '-f', 'json', 'dry.md'], { cwd: dir }).stdout);
    expect(readFileSync(path('dry.md'), 'utf8')).toBe(NOTICE);
    expect(storeLine(result.output)).toBeGreaterThan(storeLine(NOTICE));
    expect(pointsInto(result.output, result.messages)).toBeGreaterThan(0);
    expect(result.messages.some((m: { line: number; message: string }) => m.line === storeLine(result.output) && m.message.startsWith('“存款'))).toBe(true);
    // The stylish report too; its diff still goes from the file to the fixed text.
    const stylish = policylint(['--fix-dry-run', 'dry.md'], { cwd: dir }).stdout;
    const rows = [...stylish.matchAll(/^\s+(\d+):(\d+)\s+\w+\s+(“[^”]+”.*)$/gm)].map((x) => ({ line: Number(x[1]), column: Number(x[2]), message: x[3] }));
    expect(pointsInto(result.output, rows)).toBeGreaterThan(0);
    expect(stylish).toContain('+++ dry.md\t修复后');
  });

  it('keeps a UTF-8 byte-order mark', () => {
    policylint(['--fix', 'bom.md'], { cwd: dir });
    const out = readFileSync(path('bom.md'));
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.subarray(3).toString()).toBe(PROMO_FIXED);
  });

  it('keeps CRLF line endings in inserted text', () => {
    policylint(['--fix', 'crlf.md'], { cwd: dir });
    const out = readFileSync(path('crlf.md'), 'utf8');
    expect(out).toBe(PROMO_FIXED.replace(/\n/g, '\r\n'));
    expect(out).not.toMatch(/(?<!\r)\n/);
  });

  it('fixes the target of a symbolic link and leaves the link a link', () => {
    symlinkSync('real/target.md', path('link.md'));
    const r = policylint(['--fix', 'link.md'], { cwd: dir });
    noStack(r.stderr);
    expect(lstatSync(path('link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path('link.md'))).toBe('real/target.md');
    expect(readFileSync(path('real/target.md'), 'utf8')).toBe(PROMO_FIXED);
    expect(readdirSync(path('real')).concat(readdirSync(dir)).filter((f) => f.includes('tmp'))).toEqual([]);
  });

  it('keeps the mode of the file', () => {
    chmodSync(path('mode.md'), 0o640);
    policylint(['--fix', 'mode.md'], { cwd: dir });
    expect(readFileSync(path('mode.md'), 'utf8')).toBe(PROMO_FIXED);
    expect(statSync(path('mode.md')).mode & 0o7777).toBe(0o640);
  });

  it.runIf(isRoot)('keeps the owner and group when run as root', () => {
    chownSync(path('owned.md'), NOBODY, NOBODY);
    policylint(['--fix', 'owned.md'], { cwd: dir });
    const st = statSync(path('owned.md'));
    expect(readFileSync(path('owned.md'), 'utf8')).toBe(PROMO_FIXED);
    expect([st.uid, st.gid]).toEqual([NOBODY, NOBODY]);
  });

  it.runIf(isRoot)('rewrites in place a writable file it could not give back to its owner (not root), keeping the owner', () => {
    chmodSync(dir, 0o755);
    chmodSync(path('foreign.md'), 0o666);
    const r = spawnSync(process.execPath, [BIN, '--fix', 'foreign.md'], { cwd: dir, uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
    noStack(r.stderr);
    const st = statSync(path('foreign.md'));
    expect(readFileSync(path('foreign.md'), 'utf8')).toBe(PROMO_FIXED);
    expect([st.uid, st.mode & 0o777]).toEqual([0, 0o666]);
  });

  it('keeps hard links: every name of the file sees the fix', () => {
    linkSync(path('linked.md'), path('linked-too.md'));
    policylint(['--fix', 'linked.md'], { cwd: dir });
    expect(readFileSync(path('linked-too.md'), 'utf8')).toBe(PROMO_FIXED);
    expect(statSync(path('linked.md')).nlink).toBe(2);
  });

  it('does not rewrite a read-only file: reports it, skips it, fixes the others', () => {
    chmodSync(path('readonly.md'), 0o444);
    const r = policylint(['--fix', 'readonly.md', 'writable.md'], { cwd: dir });
    noStack(r.stderr);
    expect(readFileSync(path('readonly.md'), 'utf8')).toBe(PROMO);
    expect(statSync(path('readonly.md')).mode & 0o777).toBe(0o444);
    expect(r.stdout).toMatch(/readonly\.md\n\s+1:1\s+warning\s+已跳过：文件只读，修复未写入/);
    // Its findings are those of the file as it is (the disclosures are still missing).
    const [fixing] = JSON.parse(policylint(['--fix', '-f', 'json', 'readonly.md'], { cwd: dir }).stdout);
    const [asIs] = JSON.parse(policylint(['-f', 'json', 'readonly.md'], { cwd: dir }).stdout);
    expect(fixing.messages.slice(1)).toEqual(asIs.messages);
    expect(asIs.messages.length).toBeGreaterThan(2);
    expect(readFileSync(path('writable.md'), 'utf8')).toBe(PROMO_FIXED);
    expect(r.code).toBe(1);
  });
});

describe('files and reports that cannot be written', { timeout: 60_000 }, () => {
  const files: Record<string, string> = { 'ok/b.md': PROMO };
  for (let i = 0; i < 16; i++) files[`locked/${String(i).padStart(2, '0')}.md`] = PROMO;
  const dir = tempTree(files);

  // Root ignores directory permissions: run as nobody then.
  const run = (args: string[], env: Record<string, string> = {}): CliRun => {
    if (!isRoot) return policylint(args, { cwd: dir, env });
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, uid: NOBODY, gid: NOBODY, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', ...env } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  const prepare = () => {
    chmodSync(dir, 0o755);
    for (const d of ['ok', 'locked']) {
      if (isRoot) chownSync(join(dir, d), NOBODY, NOBODY);
      chmodSync(join(dir, d), 0o755);
    }
    for (const f of Object.keys(files)) {
      writeFileSync(join(dir, f), PROMO);
      // The user's own files (a file of someone else's would be rewritten in place).
      if (isRoot) chownSync(join(dir, f), NOBODY, NOBODY);
      chmodSync(join(dir, f), 0o644);
    }
    chmodSync(join(dir, 'locked'), 0o555);
  };

  for (const workers of ['1', '2']) {
    it(`--fix in a read-only folder reports each file in Chinese and fixes the rest (${workers === '1' ? 'one thread' : 'worker threads'})`, () => {
      prepare();
      const r = run(['--fix', 'locked', 'ok'], { POLICYLINT_WORKERS: workers });
      noStack(r.stderr);
      expect(r.code).toBe(1);
      expect(r.stdout.match(/已跳过：所在目录不可写（EACCES），修复未写入，文件未改动/g)).toHaveLength(16);
      for (let i = 0; i < 16; i++) expect(readFileSync(join(dir, `locked/${String(i).padStart(2, '0')}.md`), 'utf8')).toBe(PROMO);
      expect(readdirSync(join(dir, 'locked'))).toHaveLength(16);
      expect(readFileSync(join(dir, 'ok/b.md'), 'utf8')).toBe(PROMO_FIXED);
    });
  }

  it('-o into a missing folder says so in Chinese, exits 2 and prints the report instead', () => {
    prepare();
    const r = policylint(['-o', 'missing/dir/report.txt', 'locked', 'ok'], { cwd: dir });
    noStack(r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('policylint: 无法写入报告文件 missing/dir/report.txt：所在目录不存在（ENOENT）');
    expect(r.stdout).toContain('ok/b.md');
    expect(r.stdout).toContain('locked/15.md');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('-o still writes the report where it can', () => {
    prepare();
    const r = policylint(['-o', 'report.txt', 'ok'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('ok/b.md');
  });
});

describe('the editor word list shares the writer', () => {
  const dir = tempTree({ 'words.txt': '# 词典\nAnxin\n' });

  it('adds a word, keeping the mode of the list, and creates a new list', () => {
    chmodSync(join(dir, 'words.txt'), 0o600);
    expect(addToWordList(join(dir, 'words.txt'), 'Huatai', [dir])).toEqual({ written: true });
    expect(readFileSync(join(dir, 'words.txt'), 'utf8')).toBe('# 词典\nAnxin\nHuatai\n');
    expect(statSync(join(dir, 'words.txt')).mode & 0o777).toBe(0o600);
    mkdirSync(join(dir, 'sub'));
    addToWordList(join(dir, 'sub/new.txt'), 'Taiping', [dir]);
    expect(readFileSync(join(dir, 'sub/new.txt'), 'utf8')).toContain('Taiping\n');
    expect(readdirSync(dir).filter((f) => f.includes('tmp'))).toEqual([]);
  });

  it('writes a linked word list through the link', () => {
    writeFileSync(join(dir, 'shared-words.txt'), '# 词典\nAnxin\n');
    symlinkSync('shared-words.txt', join(dir, 'linked-words.txt'));
    expect(addToWordList(join(dir, 'linked-words.txt'), 'Pingan', [dir])).toEqual({ written: true });
    expect(lstatSync(join(dir, 'linked-words.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'shared-words.txt'), 'utf8')).toBe('# 词典\nAnxin\nPingan\n');
  });
});
