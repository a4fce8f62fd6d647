// Scale: --cache, .gitignore / .policylintignore when walking folders,
// --shard i/n and merge-sarif combining the shards' reports.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policylint } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';
import { POSTER, PROMO_FRONT_MATTER } from '../helpers/drafts.js';

const SCRIPT = '---\nkind: script\n---\n销售：这个产品跟存款一样，随用随取。\n';
const CACHE = 'node_modules/.cache/policylint/results.json';

interface Json {
  filePath: string;
  messages: { ruleId: string; line: number; message: string }[];
}
const parse = (stdout: string) => JSON.parse(stdout) as Json[];
const names = (stdout: string) => parse(stdout).map((r) => r.filePath.split('/drafts/')[1]);

describe('--cache', { timeout: 60_000 }, () => {
  it('answers unchanged drafts from node_modules/.cache/policylint and re-lints edited ones', () => {
    const dir = tempTree({ 'drafts/poster.md': POSTER, 'drafts/script.txt': SCRIPT });
    const first = policylint(['-f', 'json', '--cache', 'drafts'], { cwd: dir });
    expect(existsSync(join(dir, CACHE))).toBe(true);
    const second = policylint(['-f', 'json', '--cache', 'drafts'], { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);

    // The second run read the cache: a planted message shows up for the unchanged file.
    const cache = JSON.parse(readFileSync(join(dir, CACHE), 'utf8'));
    const key = Object.keys(cache.files).find((k) => k.endsWith('script.txt'))!;
    cache.files[key].result.findings[0].message = '来自缓存';
    writeFileSync(join(dir, CACHE), JSON.stringify(cache));
    const cached = parse(policylint(['-f', 'json', '--cache', 'drafts'], { cwd: dir }).stdout);
    expect(cached.find((r) => r.filePath.endsWith('script.txt'))!.messages[0].message).toContain('来自缓存');

    // Editing the draft invalidates its entry.
    writeFileSync(join(dir, 'drafts/script.txt'), SCRIPT + '客户：那我考虑一下。\n');
    const edited = parse(policylint(['-f', 'json', '--cache', 'drafts'], { cwd: dir }).stdout);
    expect(edited.find((r) => r.filePath.endsWith('script.txt'))!.messages[0].message).not.toContain('来自缓存');
  });

  it('a changed config is a different key: turning a rule off takes effect with --cache', () => {
    const dir = tempTree({ 'drafts/script.txt': SCRIPT });
    const on = parse(policylint(['-f', 'json', '--cache', 'drafts'], { cwd: dir }).stdout);
    expect(on[0].messages.map((m) => m.ruleId)).toContain('deposit-wording');
    writeFileSync(join(dir, 'policylint.config.yaml'), 'rules:\n  deposit-wording: off\n');
    const off = parse(policylint(['-f', 'json', '--cache', 'drafts'], { cwd: dir }).stdout);
    expect(off[0].messages.map((m) => m.ruleId)).not.toContain('deposit-wording');
    const cli = parse(policylint(['-f', 'json', '--cache', '--rule', 'deposit-wording:error', 'drafts'], { cwd: dir }).stdout);
    expect(cli[0].messages.map((m) => m.ruleId)).toContain('deposit-wording');
  });
});

describe('ignore files when walking folders', { timeout: 60_000 }, () => {
  const dir = tempTree({
    '.gitignore': 'archive/\n*.bak.md\n',
    '.policylintignore': 'drafts/legal/\n!drafts/keep.bak.md\n',
    'drafts/poster.md': POSTER,
    'drafts/old.bak.md': POSTER,
    'drafts/keep.bak.md': POSTER,
    'drafts/legal/terms.md': POSTER,
    'drafts/team/.gitignore': 'wip-*.txt\n',
    'drafts/team/wip-call.txt': SCRIPT,
    'drafts/team/call.txt': SCRIPT,
    'archive/2019.md': POSTER,
  });

  it('skips what .gitignore and .policylintignore (nested ones too) ignore; ! re-includes', () => {
    const r = policylint(['-f', 'json', '.'], { cwd: dir });
    const files = parse(r.stdout).map((x) => x.filePath.slice(dir.length + 1));
    expect(files).toEqual(['drafts/keep.bak.md', 'drafts/poster.md', 'drafts/team/call.txt']);
  });

  it('applies to globs, never to a file named on the command line', () => {
    expect(names(policylint(['-f', 'json', 'drafts/**/*.md'], { cwd: dir }).stdout)).toEqual(['keep.bak.md', 'poster.md']);
    expect(names(policylint(['-f', 'json', 'drafts/legal/terms.md'], { cwd: dir }).stdout)).toEqual(['legal/terms.md']);
  });
});

describe('--shard and merge-sarif', { timeout: 60_000 }, () => {
  const titles = ['安享一生', '金穗年年红', '福满堂', '鑫享未来', '康宁终身', '稳盈宝', '长相伴'];
  const files: Record<string, string> = {};
  titles.forEach((t, i) => (files[`drafts/${String(i + 1).padStart(2, '0')}-${t}.md`] = POSTER.replace('安享一生终身寿险', `${t}终身寿险`)));
  files['drafts/08-话术.txt'] = SCRIPT;
  const dir = tempTree(files);
  const shard = (spec: string, ...extra: string[]) => names(policylint(['-f', 'json', '--shard', spec, ...extra, 'drafts'], { cwd: dir }).stdout);

  it('splits the files into disjoint shards that together cover every file, the same way every time', () => {
    const all = names(policylint(['-f', 'json', 'drafts'], { cwd: dir }).stdout);
    expect(all).toHaveLength(8);
    const shards = ['1/3', '2/3', '3/3'].map((s) => shard(s));
    expect(shards.map((s) => s.length).sort()).toEqual([2, 3, 3]);
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(shard('2/3')).toEqual(shards[1]);
    // Naming the files one by one, in another order, gives the same split.
    const listed = Object.keys(files).reverse();
    expect(names(policylint(['-f', 'json', '--shard', '2/3', ...listed], { cwd: dir }).stdout)).toEqual(shards[1]);
  });

  it('rejects a malformed shard', () => {
    for (const bad of ['0/3', '4/3', '1-3', '1/0']) {
      const r = policylint(['--shard', bad, 'drafts'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--shard 的格式应为 i\/n/);
    }
  });

  it('merge-sarif combines the shards into one run equal to an unsharded run', () => {
    for (const s of [1, 2, 3]) policylint(['-f', 'sarif', '-o', `shard-${s}.sarif`, '--shard', `${s}/3`, 'drafts'], { cwd: dir });
    const m = policylint(['merge-sarif', '-o', 'merged.sarif', 'shard-3.sarif', 'shard-1.sarif', 'shard-2.sarif'], { cwd: dir });
    expect(m.stderr).toBe('');
    expect(m.code).toBe(0);
    const merged = JSON.parse(readFileSync(join(dir, 'merged.sarif'), 'utf8'));
    const whole = JSON.parse(policylint(['-f', 'sarif', 'drafts'], { cwd: dir }).stdout);
    expect(merged.version).toBe('2.1.0');
    expect(merged.runs).toHaveLength(1);
    const run = merged.runs[0];
    const where = (r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }) => {
      const p = r.locations[0].physicalLocation;
      return `${p.artifactLocation.uri}:${p.region.startLine}:${p.region.startColumn} ${r.ruleId}`;
    };
    expect(run.results.map(where).sort()).toEqual(whole.runs[0].results.map(where).sort());
    // Every rule once, and every result's ruleIndex names its own rule.
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of run.results) expect(ids[r.ruleIndex]).toBe(r.ruleId);
    expect(run.invocations).toHaveLength(3);
  });

  it('merge-sarif: a file that is not SARIF is a usage error', () => {
    writeFileSync(join(dir, 'not.sarif'), `${PROMO_FRONT_MATTER}`);
    const r = policylint(['merge-sarif', 'not.sarif'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/无法读取 SARIF 文件/);
  });
});
