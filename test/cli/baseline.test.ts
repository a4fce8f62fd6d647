// --baseline: a reviewer adopts policylint on a folder of old drafts and the
// run fails only on findings that are new since the baseline was written.
import { readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policylint } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';
import { POSTER, PROMO_FRONT_MATTER } from '../helpers/drafts.js';

const SCRIPT = '---\nkind: script\n---\n销售：这个产品跟存款一样，随用随取。\n客户：那利息怎么算？\n';

interface Json {
  filePath: string;
  messages: { ruleId: string; line: number; message: string }[];
}

function freshTree() {
  return tempTree({ 'drafts/poster.md': POSTER, 'drafts/script.txt': SCRIPT, 'drafts/clean.md': POSTER.replace('收益比定期存款高，投保即送精美礼品一份。', '保障终身。') });
}

function json(dir: string, ...args: string[]) {
  const r = policylint(['-f', 'json', ...args, 'drafts'], { cwd: dir });
  return { ...r, results: (r.stdout ? JSON.parse(r.stdout) : []) as Json[] };
}

const messages = (results: Json[]) => results.flatMap((r) => r.messages.map((m) => `${r.filePath.split('/').pop()}:${m.line} ${m.ruleId}`));

describe('--baseline', { timeout: 60_000 }, () => {
  it('adopts a legacy folder: --update-baseline records every finding, then the same drafts pass', () => {
    const dir = freshTree();
    const before = json(dir);
    expect(before.code).toBe(1);
    const found = messages(before.results).length;
    expect(found).toBeGreaterThan(3);

    const update = policylint(['--update-baseline', 'drafts'], { cwd: dir });
    expect(update.code).toBe(0);
    expect(update.stdout).toBe('');
    expect(update.stderr).toContain(`已把 ${found} 个问题写入基线 policylint-baseline.json`);

    const after = policylint(['--baseline', 'policylint-baseline.json', 'drafts'], { cwd: dir });
    expect(after.stdout).toBe('');
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
  });

  it('writes a sorted file a reviewer can read: paths relative to it, the matched words, counts', () => {
    const dir = freshTree();
    policylint(['--update-baseline', 'drafts'], { cwd: dir });
    const text = readFileSync(join(dir, 'policylint-baseline.json'), 'utf8');
    const b = JSON.parse(text);
    expect(b.version).toBe(1);
    expect(Object.keys(b.files)).toEqual(['drafts/poster.md', 'drafts/script.txt']);
    expect(b.files['drafts/poster.md']).toContainEqual(expect.objectContaining({ rule: 'return-comparison', text: '收益比定期存款高', count: 1 }));
    expect(b.files['drafts/script.txt']).toContainEqual(expect.objectContaining({ rule: 'deposit-wording', count: 1 }));
    const rules = b.files['drafts/poster.md'].map((e: { rule: string }) => e.rule);
    expect(rules).toEqual([...rules].sort());
    // Writing it again from the same drafts gives the same bytes.
    rmSync(join(dir, 'policylint-baseline.json'));
    policylint(['--update-baseline', 'drafts'], { cwd: dir });
    expect(readFileSync(join(dir, 'policylint-baseline.json'), 'utf8')).toBe(text);
  });

  it('survives edits elsewhere in the file and reports only the new finding', () => {
    const dir = freshTree();
    policylint(['--update-baseline', 'drafts'], { cwd: dir });
    const edited = POSTER.replace('# 安享一生终身寿险\n', '# 安享一生终身寿险\n\n> 本页为 2025 年春季版。\n\n')
      .replace('投诉热线95123。', '投诉热线95123。\n\n本月购买更有机会参加抽奖，赢取智能手机。');
    writeFileSync(join(dir, 'drafts/poster.md'), edited);
    const r = json(dir, '--baseline', 'policylint-baseline.json');
    expect(r.code).toBe(1);
    const left = r.results.flatMap((x) => x.messages);
    const newLine = edited.split('\n').findIndex((l) => l.includes('抽奖')) + 1;
    expect(left.length).toBeGreaterThan(0);
    expect(new Set(left.map((m) => `${m.line} ${m.ruleId}`))).toEqual(new Set([`${newLine} inducement`]));
  });

  it('bolding or re-wrapping a baselined phrase is not a new finding', () => {
    const dir = freshTree();
    policylint(['--update-baseline', 'drafts'], { cwd: dir });
    writeFileSync(join(dir, 'drafts/poster.md'), POSTER.replace('收益比定期存款高', '**收益比定期存款高**').replace('投保即送精美礼品一份', '投保即送\n精美礼品一份'));
    const r = policylint(['--baseline', 'policylint-baseline.json', 'drafts'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('rewording the clause around a baselined finding makes it new again', () => {
    const dir = freshTree();
    policylint(['--update-baseline', 'drafts'], { cwd: dir });
    writeFileSync(join(dir, 'drafts/poster.md'), POSTER.replace('收益比定期存款高', '收益比定期存款高出一截'));
    const r = json(dir, '--baseline', 'policylint-baseline.json');
    expect(r.results.flatMap((x) => x.messages.map((m) => m.ruleId))).toContain('return-comparison');
  });

  it('counts: the same words again in a new sentence are new', () => {
    const dir = freshTree();
    policylint(['--update-baseline', 'drafts'], { cwd: dir });
    writeFileSync(join(dir, 'drafts/script.txt'), SCRIPT + '销售：放心，跟存款一样，您随时可以取。\n');
    const r = json(dir, '--baseline', 'policylint-baseline.json');
    expect(messages(r.results)).toEqual(['script.txt:6 deposit-wording']);
  });

  it('reports entries no finding uses, and --prune-baseline removes them', () => {
    const dir = freshTree();
    policylint(['--update-baseline', 'drafts'], { cwd: dir });
    const entries = () => JSON.parse(readFileSync(join(dir, 'policylint-baseline.json'), 'utf8')).files['drafts/poster.md'] as { rule: string }[];
    const had = entries().length;
    writeFileSync(join(dir, 'drafts/poster.md'), POSTER.replace('，投保即送精美礼品一份。', '。'));

    const r = policylint(['--baseline', 'policylint-baseline.json', 'drafts'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/基线 policylint-baseline\.json 中有 1 个问题已不再出现（可用 --prune-baseline 删除）/);
    expect(r.stderr).toMatch(/drafts\/poster\.md {2}inducement {2}“投保即送/);

    const p = policylint(['--baseline', 'policylint-baseline.json', '--prune-baseline', 'drafts'], { cwd: dir });
    expect(p.code).toBe(0);
    expect(p.stderr).toMatch(/已从基线 policylint-baseline\.json 删除 1 个不再出现的问题/);
    expect(entries().map((e) => e.rule)).not.toContain('inducement');
    expect(entries()).toHaveLength(had - 1);
    // Pruning never adds: a new finding stays new.
    writeFileSync(join(dir, 'drafts/poster.md'), POSTER);
    policylint(['--baseline', 'policylint-baseline.json', '--prune-baseline', 'drafts'], { cwd: dir });
    expect(entries().map((e) => e.rule)).not.toContain('inducement');
  });

  it('drops the entries of a deleted draft on update, and keeps those of drafts not linted in this run', () => {
    const dir = freshTree();
    policylint(['--update-baseline', 'drafts'], { cwd: dir });
    rmSync(join(dir, 'drafts/script.txt'));
    writeFileSync(join(dir, 'drafts/new.md'), `${PROMO_FRONT_MATTER}# 新品\n\n收益比定期存款高。\n`);
    policylint(['--update-baseline', 'drafts/new.md'], { cwd: dir });
    const files = Object.keys(JSON.parse(readFileSync(join(dir, 'policylint-baseline.json'), 'utf8')).files);
    expect(files).toEqual(['drafts/new.md', 'drafts/poster.md']);
  });

  it('a missing or damaged baseline is a usage error (exit 2), not a silent pass', () => {
    const dir = freshTree();
    const missing = policylint(['--baseline', 'nope.json', 'drafts'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/找不到基线文件 .*nope\.json。先用 --update-baseline 生成它/);
    writeFileSync(join(dir, 'bad.json'), '{"files": ');
    const bad = policylint(['--baseline', 'bad.json', 'drafts'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/不是有效的 JSON/);
    expect(existsSync(join(dir, 'policylint-baseline.json'))).toBe(false);
  });
});
