// Properties every rule of the built-in pack must have, checked over all of
// them: documentation, articles, Chinese messages, and fixes that satisfy
// the rule they fix (so --fix converges instead of inserting forever).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, buildRuleSet, lintText, resolveConfig } from '../../server/src/engine/index.js';
import { SIMPLIFIED, TRADITIONAL } from '../../server/src/engine/text/t2s-table.js';
import { nativeRegExp } from '../../server/src/engine/text/native-regexp.js';
import { foldForms, foldText } from '../../server/src/engine/text/fold.js';

const config = resolveConfig(undefined, { noConfig: true });
const set = buildRuleSet(config);
const facts = 'insurer: 华泰安康人寿保险股份有限公司\nhotline: "95123"\ncoolingOffDays: 15\nlicence: "02314420"\n';

describe('every rule of the cbrc-90 pack', () => {
  for (const rule of set.rules) {
    const def = rule.def;
    it(`${def.id} has articles, a Chinese message and documentation`, () => {
      expect(def.articles.length).toBeGreaterThan(0);
      expect(def.message).toMatch(/[\u4e00-\u9fff]/);
      expect(def.docs).toMatch(/为什么/);
      expect(def.docs).toMatch(/如何修复|配置/);
    });
    if (!def.insert || (def.check !== 'required' && def.check !== 'exact-sentence')) continue;
    it(`${def.id}: inserting its sentence satisfies it`, () => {
      const kind = [...rule.kinds][0];
      const product = def.products?.[0] ?? 'traditional';
      // A rule required only where something is mentioned (the bank, for liability-split) is given a mention.
      const body = def.when ? '这是一段说明文字，本产品在银行网点代理销售。' : '这是一段说明文字。';
      const src = `---\nkind: ${kind}\nproduct: ${product}\n${facts}---\n# 产品介绍\n\n${body}\n`;
      const opts = { config, filePath: 'draft.md' };
      const before = lintText(src, opts).filter((f) => f.ruleId === def.id);
      expect(before).toHaveLength(1);
      expect(before[0].fix).toBeDefined();
      expect(before[0].fix!.text).not.toContain('【请填写');
      const after = applyFixes(src, [before[0].fix!]).output;
      expect(lintText(after, opts).filter((f) => f.ruleId === def.id)).toEqual([]);
    });
  }
});

describe('the README article table', () => {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('## The 90号 pack'), readme.indexOf('Open questions'));
  const named = new Set([...table.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]));
  it('names only rules that exist', () => {
    for (const id of named) expect(set.meta.has(id), id).toBe(true);
  });
  it('names every rule of the pack', () => {
    for (const rule of set.rules) if (set.meta.get(rule.def.id)?.pack === 'cbrc-90') expect(named.has(rule.def.id), rule.def.id).toBe(true);
  });
});

describe('docs/rules', () => {
  it('holds the current documentation of every rule (npm run docs)', async () => {
    const { ruleDocMarkdown } = await import('../../server/src/engine/rule-docs.js');
    for (const meta of set.meta.values()) {
      const def = set.rules.find((r) => r.def.id === meta.id)?.def;
      expect(readFileSync(`docs/rules/${meta.id}.md`, 'utf8'), `docs/rules/${meta.id}.md is stale: run npm run docs`).toBe(ruleDocMarkdown(meta, def, set.lexicons));
    }
  });
});

// A word listed twice in one class is a copy that drifts (one gets a rewording, the other not); twice means alike once
// folded as the text is (你/您, written Cantonese: 唔会 is 不会), since that is what the lexicon matches.
describe('the built-in lexicons', () => {
  it('list each word or pattern once per class', () => {
    for (const [name, entries] of Object.entries(set.lexicons)) {
      const keys = entries.map((e) => (typeof e === 'string' ? foldText(e) : 'text' in e ? foldText(e.text) : `pattern:${foldForms(e.pattern)}`));
      const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(twice, name).toEqual([]);
    }
  });

  // Built-in patterns run on V8's RegExp once translated (issue 11); one it cannot translate runs on RE2 and pulls it in.
  it('are patterns V8 runs natively, so a run with the built-in pack never loads RE2', () => {
    const patterns = Object.values(set.lexicons).flatMap((entries) => entries.flatMap((e) => (typeof e !== 'string' && 'pattern' in e ? [e.pattern] : [])));
    expect(patterns.length).toBeGreaterThan(100);
    expect(patterns.filter((p) => !nativeRegExp(p, true))).toEqual([]);
  });

  // Checks read the normalised text, where 係 is already 系: an entry in traditional characters never matches.
  it('are written in simplified characters, as the text they are matched against is', () => {
    const t2s = new Map([...TRADITIONAL].map((c, i) => [c, SIMPLIFIED[i]]));
    const traditional = Object.entries(set.lexicons).flatMap(([name, entries]) =>
      entries
        .map((e) => (typeof e === 'string' ? e : 'text' in e ? e.text : e.pattern))
        .filter((word) => [...word].some((c) => t2s.has(c) && t2s.get(c) !== c))
        .map((word) => `${name}: ${word}`),
    );
    expect(traditional).toEqual([]);
  });
});
