// --diff: in a pull request only what the change touched is reported: findings
// on changed lines, and findings about the whole document of changed files.
// Runs real git in a temporary repository.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { policylint } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';
import { POSTER } from '../helpers/drafts.js';
import { parseUnifiedDiff } from '../../server/src/cli/diff.js';

const SCRIPT = '---\nkind: script\n---\n销售：这个产品跟存款一样，随用随取。\n';
const NEW_SENTENCE = '本月购买更有机会参加抽奖，赢取智能手机。';

interface Json {
  filePath: string;
  messages: { ruleId: string; line: number }[];
}

const found = (stdout: string) =>
  (JSON.parse(stdout) as Json[]).flatMap((r) => r.messages.map((m) => `${r.filePath.split('/').pop()}:${m.line} ${m.ruleId}`));

describe('--diff', { timeout: 60_000 }, () => {
  const dir = tempTree({ 'drafts/poster.md': POSTER, 'drafts/script.txt': SCRIPT, 'drafts/宣传单.md': POSTER });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  // The pull request: a new sentence in the poster, the cooling-off sentence
  // deleted from the leaflet (a document-level finding), the script untouched.
  const poster = POSTER.replace('投诉热线95123。', `投诉热线95123。\n\n${NEW_SENTENCE}`);
  const newLine = poster.split('\n').findIndex((l) => l === NEW_SENTENCE) + 1;
  const leaflet = POSTER.replace('犹豫期为15日，保险公司将在犹豫期内进行电话回访。', '保险公司将进行电话回访。').replace('犹豫期后退保', '退保');

  beforeAll(() => {
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'reviewer@example.com');
    git('config', 'user.name', 'reviewer');
    git('add', '.');
    git('commit', '-q', '-m', 'drafts as approved');
    git('checkout', '-q', '-b', 'spring-campaign');
    writeFileSync(join(dir, 'drafts/poster.md'), poster);
    writeFileSync(join(dir, 'drafts/宣传单.md'), leaflet);
    git('commit', '-q', '-am', 'spring campaign copy');
  });

  it('reports only findings on changed lines of changed files', () => {
    const r = policylint(['-f', 'json', '--diff', 'main', 'drafts'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const all = found(r.stdout);
    expect(all.filter((x) => x.startsWith('poster.md')).every((x) => x.startsWith(`poster.md:${newLine} `))).toBe(true);
    expect(all).toContain(`poster.md:${newLine} inducement`);
    // The old return comparison on line 10 and the untouched script are not reported.
    expect(all.some((x) => x.includes('return-comparison'))).toBe(false);
    expect(all.some((x) => x.startsWith('script.txt'))).toBe(false);
  });

  it('reports a finding about the whole document of a changed file even though its anchor line did not change', () => {
    const r = policylint(['-f', 'json', '--diff', 'main', 'drafts'], { cwd: dir });
    expect(found(r.stdout).filter((x) => x.startsWith('宣传单.md'))).toEqual(['宣传单.md:8 cooling-off']);
  });

  it('with no paths, checks the changed drafts of the whole repository', () => {
    const r = policylint(['-f', 'json', '--diff', 'main'], { cwd: dir });
    expect(new Set(found(r.stdout).map((x) => x.split(':')[0]))).toEqual(new Set(['poster.md', '宣传单.md']));
  });

  it('--diff - reads a unified diff on stdin, quoted Chinese paths included', () => {
    const patch = git('-c', 'core.quotePath=true', 'diff', 'main', 'HEAD'); // 宣传单.md is quoted as "b/\345\256..."
    expect(patch).toMatch(/"b\/drafts\/\\345/);
    const fromStdin = policylint(['-f', 'json', '--diff', '-', 'drafts'], { cwd: dir, input: patch });
    const fromGit = policylint(['-f', 'json', '--diff', 'main', 'drafts'], { cwd: dir });
    expect(found(fromStdin.stdout)).toEqual(found(fromGit.stdout));
    expect(fromStdin.code).toBe(1);
  });

  it('an empty diff reports nothing and passes', () => {
    const r = policylint(['--diff', 'HEAD', 'drafts'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('counts work-tree edits and new drafts not yet added to git', () => {
    writeFileSync(join(dir, 'drafts/new-script.txt'), SCRIPT);
    try {
      const r = policylint(['-f', 'json', '--diff', 'HEAD', 'drafts'], { cwd: dir });
      const all = found(r.stdout);
      expect(all).toContain('new-script.txt:4 deposit-wording');
      expect(all.every((x) => x.startsWith('new-script.txt:'))).toBe(true);
    } finally {
      git('clean', '-fq', 'drafts');
    }
  });

  it('an unknown ref is a usage error that says how to fetch it', () => {
    const r = policylint(['--diff', 'origin/nope', 'drafts'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/找不到 git 提交“origin\/nope”.*fetch-depth: 0/);
  });

  it('cannot be combined with --fix or --stdin', () => {
    expect(policylint(['--diff', 'main', '--fix', 'drafts'], { cwd: dir }).code).toBe(2);
    expect(policylint(['--diff', '-', '--stdin'], { cwd: dir, input: '' }).code).toBe(2);
  });
});

describe('reading unified diffs', () => {
  it('changed lines in the new text; deleted files left out; a changed Word or PDF draft counts as changed throughout', () => {
    const patch = [
      'diff --git a/drafts/a.md b/drafts/a.md',
      '--- a/drafts/a.md',
      '+++ b/drafts/a.md',
      '@@ -2,2 +2,3 @@ 标题',
      ' 保障终身。',
      '-收益稳定。',
      '+收益比定期存款高。',
      '+投保即送礼品。',
      'diff --git a/drafts/old.md b/drafts/old.md',
      'deleted file mode 100644',
      '--- a/drafts/old.md',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-旧稿',
      'diff --git "a/drafts/\\345\\256\\243\\344\\274\\240.docx" "b/drafts/\\345\\256\\243\\344\\274\\240.docx"',
      'index 1111111..2222222 100644',
      'Binary files "a/drafts/\\345\\256\\243\\344\\274\\240.docx" and "b/drafts/\\345\\256\\243\\344\\274\\240.docx" differ',
      '',
    ].join('\n');
    const changed = parseUnifiedDiff(patch, '/repo');
    expect([...changed.keys()].sort()).toEqual(['/repo/drafts/a.md', '/repo/drafts/宣传.docx']);
    expect([...(changed.get('/repo/drafts/a.md') as Set<number>)]).toEqual([3, 4]);
    expect(changed.get('/repo/drafts/宣传.docx')).toBe('all');
  });
});
