// RuleTester-style tables for rules of the built-in pack: each valid text must
// give no finding of the rule; each invalid text must give exactly the listed
// findings (by the source text they cover), and its safe fixes must leave
// nothing for the rule to report when relinted.
import { describe, expect, it } from 'vitest';
import { applyFixes, fixText, lintText, resolveConfig, type DocumentKind, type Finding, type ProductType } from '../../server/src/engine/index.js';

export interface InvalidCase {
  text: string;
  /** Source text under each expected finding, in order; '' for a document-level finding. */
  found: string[];
  /** Expected text after `--fix` (safe fixes only), when the rule has one. */
  fixed?: string;
  /** Expected text after applying the first suggestion of the first finding. */
  suggested?: string;
}

export interface RuleCases {
  kind?: DocumentKind;
  product?: ProductType;
  facts?: Record<string, unknown>;
  valid: string[];
  invalid: InvalidCase[];
}

const config = resolveConfig(undefined, { noConfig: true });
// A rule's tests are about its own words: the claim model's judgement (which
// adds and withdraws findings) is tested on its own, in test/engine/claim-model.test.ts.
config.settings.set('claim-model', { severity: 'off' });

function withFrontMatter(text: string, c: RuleCases): string {
  if (text.startsWith('---\n')) return text;
  const lines = [`kind: ${c.kind ?? 'promo'}`];
  if (c.product) lines.push(`product: ${c.product}`);
  for (const [k, v] of Object.entries(c.facts ?? {})) lines.push(`${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n${text}`;
}

export function lintAs(text: string, c: Omit<RuleCases, 'valid' | 'invalid'>): Finding[] {
  return lintText(withFrontMatter(text, c as RuleCases), { config, filePath: 'draft.md' });
}

export function ruleTester(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    for (const text of cases.valid) {
      it(`valid: ${text.slice(0, 40).replace(/\n/g, '⏎')}`, () => {
        const source = withFrontMatter(text, cases);
        const hits = lintText(source, { config, filePath: 'draft.md' }).filter((f) => f.ruleId === ruleId);
        expect(hits.map((f) => source.slice(f.start, f.end))).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.text.slice(0, 40).replace(/\n/g, '⏎')}`, () => {
        const source = withFrontMatter(c.text, cases);
        const options = { config, filePath: 'draft.md' };
        const hits = lintText(source, options).filter((f) => f.ruleId === ruleId);
        const under = hits.map((f) => (c.found[hits.indexOf(f)] === '' ? '' : source.slice(f.start, f.end)));
        expect(under).toEqual(c.found);
        for (const f of hits) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
        if (c.fixed !== undefined) {
          const { output } = fixText(source, options);
          expect(output.slice(source.indexOf('---\n', 4) + 4)).toBe(c.fixed);
          expect(lintText(output, options).filter((f) => f.ruleId === ruleId)).toEqual([]);
        }
        if (c.suggested !== undefined) {
          const s = hits[0].suggestions?.[0];
          expect(s).toBeDefined();
          const { output } = applyFixes(source, [s!.fix]);
          expect(output.slice(source.indexOf('---\n', 4) + 4)).toBe(c.suggested);
        }
      });
    }
  });
}
