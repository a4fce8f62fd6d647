// Build step (npm run docs): write docs/rules/<id>.md for every built-in rule,
// and docs/rules/README.md, their index.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRuleSet, resolveConfig } from '../engine/index.js';
import { ruleDocMarkdown } from '../engine/rule-docs.js';
import { ruleDocsIndexMarkdown } from './rule-docs-index.js';

const set = buildRuleSet(resolveConfig(undefined, { noConfig: true }));
const dir = process.argv[2] ?? 'docs/rules';
mkdirSync(dir, { recursive: true });
for (const meta of set.meta.values()) {
  const def = set.rules.find((r) => r.def.id === meta.id)?.def;
  writeFileSync(join(dir, `${meta.id}.md`), ruleDocMarkdown(meta, def, set.lexicons));
}
writeFileSync(join(dir, 'README.md'), ruleDocsIndexMarkdown([...set.meta.values()]));
console.log(`wrote ${set.meta.size} rule documents and their index to ${dir}`);
