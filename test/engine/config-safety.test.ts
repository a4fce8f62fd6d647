// A hostile or careless workspace config must not hang policylint, read
// without bound, read or echo files outside the workspace, or get the editor
// to rewrite a file outside it (issue 9, items 4 and 5).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, clearConfigCache, resolveConfig } from '../../server/src/engine/index.js';
import { addToWordList } from '../../server/src/lsp/word-list.js';
import { BIN } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const DRAFT = '---\nkind: promo\nproduct: traditional\n---\n# 安享一生终身寿险\n\n本产品保障终身，详情请咨询客户经理。\n';

const PACK = 'pack: team\ntitle: 团队补充规则\nrules:\n  - id: team-no-jackpot\n    check: forbidden\n    severity: error\n    articles: ["90号 第三条(四)"]\n    title: 不得宣传中奖\n    message: “{{match}}”属于抽奖式诱导\n    docs: 不得以抽奖、中奖诱导投保。\n    phrases: [稳中大奖]\n';

/** The config errors resolveConfig throws for a file in `dir`, or [] when it resolves. */
function configErrors(dir: string, options: Parameters<typeof resolveConfig>[1] = {}) {
  clearConfigCache();
  try {
    resolveConfig(join(dir, 'draft.md'), { cwd: dir, ...options });
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.errors;
  }
}

/** Runs the built CLI with a time limit: a run that hangs on a FIFO or /dev/zero fails instead of blocking vitest. */
function lintWithin(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut: r.error !== undefined || r.signal !== null };
}

describe('YAML in configs', () => {
  it('an alias bomb is a config error at its file and line, not an internal error', () => {
    const levels = ['a: &a ["保本","保本","保本","保本","保本","保本","保本","保本","保本"]'];
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h']]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const dir = tempTree({ 'policylint.config.yaml': `root: true\n${levels.join('\n')}\n`, 'draft.md': DRAFT });
    const errors = configErrors(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: join(dir, 'policylint.config.yaml'), line: 3 });
    expect(errors[0].message).toContain('别名');

    const r = lintWithin(['draft.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'policylint.config.yaml')}:3:`);
    expect(r.stderr).not.toMatch(/内部错误|    at /);
  }, 60_000);

  it('deep nesting is one clear config error, not hundreds of parser stack overflows', () => {
    const dir = tempTree({ 'policylint.config.yaml': `root: true\nfacts:\n  note: ${'['.repeat(5000)}\n`, 'draft.md': DRAFT });
    const errors = configErrors(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('嵌套');
  });
});

describe('what a workspace config may read', () => {
  it('refuses a rule pack outside the workspace at the extends line, unless the user allows it', () => {
    const outside = tempTree({ 'team-pack.yaml': PACK });
    const dir = tempTree({ 'policylint.config.yaml': `root: true\nextends:\n  - cbrc-90\n  - ${join(outside, 'team-pack.yaml')}\n`, 'draft.md': DRAFT });
    const errors = configErrors(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: join(dir, 'policylint.config.yaml'), line: 4 });
    expect(errors[0].message).toContain('工作区之外');
    expect(errors[0].message).toContain('--allow-outside-workspace');

    clearConfigCache();
    const allowed = resolveConfig(join(dir, 'draft.md'), { cwd: dir, allowOutsideWorkspace: true });
    expect(allowed.packs.map((p) => p.name)).toContain('team');
  });

  it('decides on the real path: a link inside the workspace to a file outside is outside', () => {
    const outside = tempTree({ 'team-pack.yaml': PACK, 'words.txt': 'Anxin\n' });
    const dir = tempTree({ 'policylint.config.yaml': 'root: true\nextends: [cbrc-90, ./team.yaml]\n', 'draft.md': DRAFT });
    symlinkSync(join(outside, 'team-pack.yaml'), join(dir, 'team.yaml'));
    expect(configErrors(dir)[0].message).toContain('工作区之外');

    const words = tempTree({ 'policylint.config.yaml': 'root: true\n', 'draft.md': DRAFT });
    symlinkSync(join(outside, 'words.txt'), join(words, '.policylint-words.txt'));
    expect(configErrors(words)[0].message).toMatch(/词表.*工作区之外/);
  });

  it('refuses spelling.dictionary outside the workspace at its line', () => {
    const root = tempTree({ 'outside/words.txt': 'Anxin\n', 'ws/draft.md': DRAFT, 'ws/policylint.config.yaml': 'root: true\nspelling:\n  dictionary: ../outside/words.txt\n' });
    const errors = configErrors(join(root, 'ws'));
    expect(errors[0]).toMatchObject({ file: join(root, 'ws/policylint.config.yaml'), line: 3 });
    expect(errors[0].message).toContain('工作区之外');
  });

  it('never echoes a file that is not a rule pack', () => {
    const dir = tempTree({
      'policylint.config.yaml': 'root: true\nextends:\n  - cbrc-90\n  - ./deploy/secrets.yaml\n',
      'deploy/secrets.yaml': 'db_password: Hx9-secret-2024\naws_secret_access_key: AKIAEXAMPLESECRET\n',
      'shadow': 'root:$6$saltsalt$hashhashhash:19700:0:99999:7:::\nsales:$6$abc$def:19700:0:99999:7:::\n',
      'draft.md': DRAFT,
    });
    const errors = configErrors(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: join(dir, 'policylint.config.yaml'), line: 4 });
    expect(errors[0].message).toContain('不是有效的规则包');
    const text = JSON.stringify(errors);
    expect(text).not.toMatch(/db_password|Hx9|AKIA/);

    writeFileSync(join(dir, 'policylint.config.yaml'), 'root: true\nextends: [./shadow]\n');
    const shadow = JSON.stringify(configErrors(dir));
    expect(shadow).toContain('不是有效的规则包');
    expect(shadow).not.toMatch(/\$6\$|sales:/);
  });

  it('refuses a pack larger than the 4 MB cap without reading it whole', () => {
    const dir = tempTree({ 'policylint.config.yaml': 'root: true\nextends: [cbrc-90, ./huge.yaml]\n', 'huge.yaml': `pack: huge\nrules: []\n# ${'保本'.repeat(800_000)}\n`, 'draft.md': DRAFT });
    const errors = configErrors(dir);
    expect(errors[0]).toMatchObject({ file: join(dir, 'policylint.config.yaml'), line: 2 });
    expect(errors[0].message).toContain('文件过大');
  });
});

describe('files that never end or never open', () => {
  const fifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;

  it('a FIFO or /dev/zero named by extends, spelling.dictionary or on the command line is reported, not read', () => {
    const dir = tempTree({ 'draft.md': DRAFT });
    mkdirSync(join(dir, 'packs'));
    if (!fifo(join(dir, 'packs/team.yaml')) || !fifo(join(dir, 'words.txt')) || !fifo(join(dir, 'pipe.md'))) return; // no mkfifo here

    writeFileSync(join(dir, 'policylint.config.yaml'), 'root: true\nextends: [cbrc-90, ./packs/team.yaml]\n');
    let r = lintWithin(['draft.md'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/policylint\.config\.yaml:2:\d+.*不是普通文件/);

    writeFileSync(join(dir, 'policylint.config.yaml'), 'root: true\nspelling:\n  dictionary: ./words.txt\n');
    r = lintWithin(['draft.md'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toMatch(/policylint\.config\.yaml:3:\d+.*词表.*不是普通文件/);

    writeFileSync(join(dir, 'policylint.config.yaml'), 'root: true\nextends: [/dev/zero]\n');
    r = lintWithin(['--allow-outside-workspace', 'draft.md'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toMatch(/policylint\.config\.yaml:2:\d+.*设备文件/);

    writeFileSync(join(dir, 'policylint.config.yaml'), 'root: true\n');
    r = lintWithin(['-f', 'json', 'draft.md', 'pipe.md', '/dev/zero'], dir);
    expect(r.timedOut).toBe(false);
    const skipped = Object.fromEntries(JSON.parse(r.stdout).map((f: { filePath: string; messages: { message: string }[] }) => [f.filePath, f.messages[0]?.message ?? '']));
    expect(skipped[join(dir, 'pipe.md')]).toContain('不是普通文件');
    expect(skipped['/dev/zero']).toContain('不是普通文件');
  }, 120_000);

  it('a FIFO met while walking a folder is reported as skipped, not left out without a word', () => {
    const dir = tempTree({ 'drafts/draft.md': DRAFT, 'policylint.config.yaml': 'root: true\n' });
    mkdirSync(join(dir, 'drafts/old'));
    if (!fifo(join(dir, 'drafts/pipe.md')) || !fifo(join(dir, 'drafts/old/pipe2.md'))) return; // no mkfifo here
    const r = lintWithin(['-f', 'json', 'drafts'], dir);
    expect(r.timedOut).toBe(false);
    const messages = Object.fromEntries(JSON.parse(r.stdout).map((f: { filePath: string; messages: { message: string }[] }) => [f.filePath, f.messages.map((m) => m.message).join('\n')]));
    expect(messages[join(dir, 'drafts/pipe.md')]).toContain('不是普通文件');
    expect(messages[join(dir, 'drafts/old/pipe2.md')]).toContain('不是普通文件');
    expect(Object.keys(messages)).toContain(join(dir, 'drafts/draft.md'));
  }, 120_000);
});

describe('"add to workspace dictionary" writes only inside the workspace', () => {
  it('refuses a word list outside the workspace folders, or one reached through a link, and leaves it untouched', () => {
    const root = tempTree({ 'outside/words.txt': '# 合规部词表\nZebra\n', 'ws/policylint.config.yaml': 'root: true\nspelling:\n  dictionary: ../outside/words.txt\n' });
    const ws = join(root, 'ws');
    const before = readFileSync(join(root, 'outside/words.txt'), 'utf8');
    const refused = addToWordList(join(root, 'outside/words.txt'), 'Anxin', [ws]);
    expect(refused).toMatchObject({ refused: expect.stringContaining('不在工作区内') });
    symlinkSync(join(root, 'outside/words.txt'), join(ws, '.policylint-words.txt'));
    expect(addToWordList(join(ws, '.policylint-words.txt'), 'Anxin', [ws])).toHaveProperty('refused');
    expect(readFileSync(join(root, 'outside/words.txt'), 'utf8')).toBe(before);

    expect(addToWordList(join(ws, 'team-words.txt'), 'Anxin', [ws])).toEqual({ written: true });
    expect(readFileSync(join(ws, 'team-words.txt'), 'utf8')).toContain('Anxin');
  });
});
