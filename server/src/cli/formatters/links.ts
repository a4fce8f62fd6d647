// Where a rule's documentation lives: docs/rules/<id>.md in the repository, for
// the rules that ship with policylint (a team pack's rules have no page there).
import type { RuleMeta } from '../../engine/types.js';

export const RULE_DOCS_BASE = 'https://github.com/policylint/policylint/blob/main/docs/rules/';

/** Packs whose rules have a page under docs/rules (npm run docs writes them). */
const BUILT_IN_PACKS = new Set(['cbrc-90', 'spelling', 'policylint']);

export function ruleDocUrl(ruleId: string, meta: Pick<RuleMeta, 'pack'> | undefined): string | undefined {
  if (!meta || !BUILT_IN_PACKS.has(meta.pack)) return undefined;
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
