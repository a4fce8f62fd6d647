// A rule that gives way (RuleDef.yields): its finding is dropped where a finding
// of the rule it yields to stands in the same sentence, and kept elsewhere.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, resolveConfig } from '../../server/src/engine/index.js';
import { resolveYields } from '../../server/src/engine/yields.js';
import type { Finding } from '../../server/src/engine/types.js';
import { tempTree } from '../helpers/tmp.js';

const rule = (id: string, extra: string) => `  - id: team/${id}
    check: claim
    severity: error
    articles: [90号 第三条(四)]
    title: ${id}
    message: “{{match}}”
    docs: 说明
${extra}`;

const dir = tempTree({
  'team.yaml': `pack: team
lexicons:
  give: [送]
  gift: [礼品, 大米]
  window: [先到先得, 限时]
  hurry: [马上停售]
rules:
${rule('gift', '    claims:\n      - all: [give, gift]\n')}
${rule('hurry', '    claims:\n      - all: [window]\n      - all: [hurry]\n    yields:\n      - to: [team/gift]\n        words: [window]\n')}
`,
  'team/policylint.config.yaml': 'root: true\nextends: [../team.yaml]\n',
  'typo.yaml': `pack: typo
lexicons:
  window: [先到先得]
rules:
${rule('hurry', '    claims:\n      - all: [window]\n    yields:\n      - to: [team/gfit]\n')}
`,
  'typo/policylint.config.yaml': 'root: true\nextends: [../typo.yaml]\n',
  'builtin/policylint.config.yaml': 'root: true\nextends: [cbrc-90, ../builtin.yaml]\n',
  'builtin.yaml': `pack: mine
lexicons:
  window: [先到先得]
rules:
${rule('hurry', '    claims:\n      - all: [window]\n    yields:\n      - to: [inducement]\n')}
`,
});

function found(body: string): string[] {
  const filePath = join(dir, 'team', 'draft.md');
  const config = resolveConfig(filePath, { cwd: dir });
  const src = `---\nkind: promo\n---\n${body}\n`;
  return lintText(src, { config, filePath })
    .filter((f) => f.ruleId.startsWith('team/'))
    .map((f) => `${f.ruleId.slice(5)}:${src.slice(f.start, f.end)}`);
}

describe('yields', () => {
  it('drops the finding beside the rule it yields to, in the same sentence only', () => {
    expect(found('投保送大米，先到先得。')).toEqual(['gift:送大米']);
    expect(found('先到先得。投保送大米。')).toEqual(['hurry:先到先得', 'gift:送大米']);
  });

  it('keeps a finding whose words are not all of the yielding classes', () => {
    expect(found('投保送大米，先到先得，马上停售。')).toEqual(['gift:送大米', 'hurry:马上停售']);
  });

  it('never shows the fields that carried it', () => {
    const filePath = join(dir, 'team', 'draft.md');
    const config = resolveConfig(filePath, { cwd: dir });
    for (const f of lintText('---\nkind: promo\n---\n先到先得。\n', { config, filePath })) {
      expect(Object.keys(f)).not.toContain('yieldTo');
      expect(Object.keys(f)).not.toContain('sentence');
    }
  });
});

describe('a pack that names a rule to give way to', () => {
  it('is refused at its line when no pack of the set has that rule', () => {
    let error: unknown;
    try {
      resolveConfig(join(dir, 'typo', 'draft.md'), { cwd: dir });
    } catch (e) {
      error = e;
    }
    expect(String((error as Error)?.message)).toMatch(/team\/gfit/);
    expect(String((error as Error)?.message)).toMatch(/typo\.yaml:15/);
  });

  it('may name a built-in rule when the built-in pack is in the set', () => {
    expect(() => resolveConfig(join(dir, 'builtin', 'draft.md'), { cwd: dir })).not.toThrow();
  });
});

describe('resolveYields', () => {
  const f = (ruleId: string, start: number, yieldTo?: string[]): Finding =>
    ({ ruleId, severity: 'error', message: ruleId, start, end: start + 2, articles: [], ...(yieldTo ? { yieldTo, sentence: [0, 10] } : {}) }) as Finding;

  it('keeps both of two findings that would each give way to the other', () => {
    expect(resolveYields([f('a', 0, ['b']), f('b', 4, ['a'])]).map((x) => x.ruleId)).toEqual(['a', 'b']);
  });

  it('gives way only to a finding that stays', () => {
    // c stays (it yields to nothing here); b gives way to c; a faces only b, which gives way: a stays.
    expect(resolveYields([f('a', 0, ['b']), f('b', 4, ['c']), f('c', 6)]).map((x) => x.ruleId)).toEqual(['a', 'c']);
  });
});
