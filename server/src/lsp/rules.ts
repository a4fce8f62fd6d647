// Rule documentation for the editor ("show a rule's documentation").
import { buildRuleSet, resolveConfig } from '../engine/index.js';
import type { Settings } from './settings.js';
import { ruleDocMarkdown } from '../engine/rule-docs.js';

function ruleSet(root: string | undefined, settings: Settings) {
  return buildRuleSet(resolveConfig(undefined, { cwd: root ?? process.cwd(), extraPacks: settings.rulePacks, rules: settings.rules, allowOutsideWorkspace: settings.allowOutsideWorkspace }));
}

function metaMap(root: string | undefined, settings: Settings) {
  return ruleSet(root, settings).meta;
}

export function ruleList(root: string | undefined, settings: Settings): { id: string; title: string; articles: string[] }[] {
  return [...metaMap(root, settings).values()].map((m) => ({ id: m.id, title: m.title, articles: m.articles }));
}

export function ruleDocs(ruleId: string, root: string | undefined, settings: Settings): { title: string; markdown: string } | null {
  const set = ruleSet(root, settings);
  const m = set.meta.get(ruleId);
  if (!m) return null;
  return { title: `${m.title}（${m.id}）`, markdown: ruleDocMarkdown(m, set.rules.find((r) => r.def.id === ruleId)?.def, set.lexicons) };
}
