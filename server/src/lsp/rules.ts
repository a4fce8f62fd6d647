// Rule documentation for the editor ("show a rule's documentation").
import { buildRuleSet, resolveConfig } from '../engine/index.js';
import type { Settings } from './settings.js';

function metaMap(root: string | undefined, settings: Settings) {
  return buildRuleSet(resolveConfig(undefined, { cwd: root ?? process.cwd(), extraPacks: settings.rulePacks, rules: settings.rules })).meta;
}

export function ruleList(root: string | undefined, settings: Settings): { id: string; title: string; articles: string[] }[] {
  return [...metaMap(root, settings).values()].map((m) => ({ id: m.id, title: m.title, articles: m.articles }));
}

export function ruleDocs(ruleId: string, root: string | undefined, settings: Settings): { title: string; markdown: string } | null {
  const m = metaMap(root, settings).get(ruleId);
  if (!m) return null;
  return {
    title: `${m.title}（${m.id}）`,
    markdown: `# ${m.title}\n\n规则：\`${m.id}\`　级别：${m.severity}　规则包：${m.pack}\n\n依据：${m.articles.join('、')}\n\n${m.docs.trim()}\n`,
  };
}
