// Public surface of the engine, shared by the CLI, the language server and tests.
export * from './types.js';
export { lintText, lintTextWithInfo, lintDocument, fixText, type LintOptions, type DocumentInfo } from './lint.js';
export { parseProse, parseMappedProse, formatOf, type MappedProse } from './document/index.js';
export { resolveConfig, DEFAULT_MAX_FILE_SIZE, type ResolveOptions } from './config/resolve.js';
export { CONFIG_NAMES, clearConfigCache, findConfigChain } from './config/load.js';
export { buildRuleSet, type RuleSet } from './ruleset.js';
export { applyFixes, fixUntilStable } from './fix.js';
export { loadPack, BUILTIN_PACKS } from './packs/load.js';
export { LineIndex } from './text/positions.js';
export { KIND_LABELS, PRODUCT_LABELS } from './checks/context.js';
export type { ResolvedConfig, RuleSetting } from './config/model.js';
