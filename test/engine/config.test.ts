// Configuration discovery (nearest first, stops at root: true), overrides by
// glob, ignores, and errors that name file, line and column.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, clearConfigCache, lintText, resolveConfig } from '../../server/src/engine/index.js';
import { tempTree } from '../helpers/tmp.js';

describe('configuration', () => {
  const dir = tempTree({
    'policylint.config.yaml': 'root: true\nfacts:\n  insurer: 华泰安康人寿保险股份有限公司\nrules:\n  pressure-selling: error\noverrides:\n  - files: ["scripts/phone/**"]\n    kind: phone-script\n    rules:\n      phone-seller-identity: "off"\nignores: ["archive/**"]\n',
    'scripts/.policylintrc.yaml': 'product: participating\nrules:\n  pressure-selling: "off"\n',
    'scripts/phone/call.md': '坐席：您好。\n',
    'archive/old.md': '存款\n',
    'bad/.policylintrc.json': '{\n  "root": true,\n  "rules": { "deposit-wording": "loud" }\n}\n',
    'bad/draft.md': 'x\n',
    'bad-yaml/policylint.config.yaml': 'root: true\nextends: [cbrc-90\n',
    'bad-yaml/draft.md': 'x\n',
  });
  clearConfigCache();

  it('merges the chain, nearest last, and applies overrides by glob', () => {
    const c = resolveConfig(join(dir, 'scripts/phone/call.md'));
    expect(c.files.map((f) => f.slice(dir.length))).toEqual(['/scripts/.policylintrc.yaml', '/policylint.config.yaml']);
    expect(c.kind).toBe('phone-script');
    expect(c.product).toBe('participating');
    expect(c.facts.insurer).toBe('华泰安康人寿保险股份有限公司');
    expect(c.settings.get('pressure-selling')?.severity).toBe('off');
    expect(c.settings.get('phone-seller-identity')?.severity).toBe('off');
  });

  it('uses the kind from config when the draft has none', () => {
    const c = resolveConfig(join(dir, 'scripts/phone/call.md'));
    const ids = lintText('坐席：您好，这款产品每年保费三千元。\n', { config: c, filePath: join(dir, 'scripts/phone/call.md') }).map((f) => f.ruleId);
    expect(ids).toContain('phone-recording');
    expect(ids).not.toContain('phone-seller-identity');
    expect(ids).not.toContain('kind-unknown');
  });

  it('marks ignored files', () => {
    expect(resolveConfig(join(dir, 'archive/old.md')).ignored).toBe(true);
    expect(resolveConfig(join(dir, 'scripts/phone/call.md')).ignored).toBe(false);
  });

  it('reports an invalid value with file, line and column', () => {
    try {
      resolveConfig(join(dir, 'bad/draft.md'));
      expect.unreachable();
    } catch (e) {
      const [err] = (e as ConfigError).errors;
      expect(err.file).toBe(join(dir, 'bad/.policylintrc.json'));
      expect(err.line).toBe(3);
      expect(err.message).toContain('deposit-wording');
    }
  });

  it('reports YAML syntax errors in a config', () => {
    expect(() => resolveConfig(join(dir, 'bad-yaml/draft.md'))).toThrow(/policylint.config.yaml:\d+:\d+/);
  });
});

describe('a missing rule pack', () => {
  const dir = tempTree({ 'policylint.config.yaml': 'root: true\nextends:\n  - cbrc-90\n  - ./team-pack.yaml\n', 'a.md': 'x\n' });
  it('is reported at its line in the config that names it', () => {
    clearConfigCache();
    try {
      resolveConfig(join(dir, 'a.md'));
      expect.unreachable();
    } catch (e) {
      const [err] = (e as ConfigError).errors;
      expect([err.file, err.line]).toEqual([join(dir, 'policylint.config.yaml'), 4]);
      expect(err.message).toContain('team-pack.yaml');
    }
  });
});

describe('one options object for the files of a run', () => {
  const dir = tempTree({
    'plain/policylint.config.yaml': 'root: true\nkind: promo\n',
    'plain/a.md': 'x\n',
    'plain/b.md': 'x\n',
    'by-path/policylint.config.yaml': 'root: true\noverrides:\n  - files: ["b.md"]\n    kind: script\nignores: ["c.md"]\n',
  });
  it('gives the files of a folder one config, and a config per file where overrides or ignores read the path', () => {
    clearConfigCache();
    const options = {};
    const a = resolveConfig(join(dir, 'plain/a.md'), options);
    expect(resolveConfig(join(dir, 'plain/b.md'), options)).toBe(a);
    expect(a.kind).toBe('promo');
    expect(resolveConfig(join(dir, 'by-path/a.md'), options).kind).toBeUndefined();
    expect(resolveConfig(join(dir, 'by-path/b.md'), options).kind).toBe('script');
    expect(resolveConfig(join(dir, 'by-path/c.md'), options).ignored).toBe(true);
    expect(resolveConfig(join(dir, 'by-path/a.md'), options).ignored).toBe(false);
  });
  it('reads the folder again once an editor says a file changed', () => {
    const options = {};
    const before = resolveConfig(join(dir, 'plain/a.md'), options);
    writeFileSync(join(dir, 'plain/policylint.config.yaml'), 'root: true\nkind: web\n');
    clearConfigCache();
    const after = resolveConfig(join(dir, 'plain/a.md'), options);
    expect(after).not.toBe(before);
    expect(after.kind).toBe('web');
  });
});
