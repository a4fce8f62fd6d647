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
