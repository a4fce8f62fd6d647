// Start-up: the schemas are compiled without checking them against JSON
// Schema's meta-schema on every run, so this test checks them once.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

describe('the bundled JSON schemas', () => {
  for (const name of ['config', 'rule-pack']) {
    it(`${name}.schema.json is a valid schema`, () => {
      const ajv = new Ajv({ allErrors: true, strict: false });
      const schema = JSON.parse(readFileSync(`rules/schema/${name}.schema.json`, 'utf8'));
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    });
  }
});

describe('what a Markdown run loads', () => {
  it('linting a UTF-8 draft with the built-in packs loads neither RE2 nor iconv-lite', async () => {
    const { lintText, resolveConfig } = await import('../../server/src/engine/index.js');
    const { lazyLoaded } = await import('../../server/src/engine/lazy-module.js');
    const config = resolveConfig(undefined, { noConfig: true });
    // The poster has figures (3.5%), bank names and script turns: the built-in patterns all run.
    const findings = lintText(readFileSync('examples/promo-poster.md', 'utf8'), { config, filePath: 'poster.md' });
    expect(findings.length).toBeGreaterThan(10);
    // Fails after an edit to rules/*.yaml without `npm run build`: the compiled lexicon index is then stale and the packs are compiled afresh with RE2.
    expect(lazyLoaded('re2js'), 'RE2 was loaded: a built-in pattern ran on RE2 (is the compiled lexicon index stale? run `npm run build`)').toBe(false);
    expect(lazyLoaded('iconv-lite')).toBe(false);
  });
});
