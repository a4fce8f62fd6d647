// A rule id in `rules:`, `overrides` or --rule that no loaded pack defines is
// almost always a typo, and the setting would silently do nothing: warn and
// name the closest known id.
import { closest, distance } from 'fastest-levenshtein';
import { ENGINE_RULES } from '../engine-rules.js';
import type { Pack } from '../packs/model.js';
import type { ConfigFile, ConfigWarning, RuleSetting } from './model.js';

export function closestRuleId(id: string, known: string[]): string | undefined {
  if (!known.length) return undefined;
  const best = closest(id, known);
  return distance(id, best) <= Math.max(2, Math.floor(id.length * 0.4)) ? best : undefined;
}

function unknownMessage(id: string, known: string[]): string {
  const near = closestRuleId(id, known);
  return `没有名为“${id}”的规则，此设置不起作用${near ? `；是否要写“${near}”？` : '（用 policylint --list-rules 查看全部规则）'}`;
}

export function unknownRuleWarnings(rootFirst: ConfigFile[], cliRules: Record<string, RuleSetting> | undefined, packs: Pack[]): ConfigWarning[] {
  const known = [...new Set([...ENGINE_RULES.map((r) => r.id), ...packs.flatMap((p) => p.rules.map((r) => r.id))])];
  const isKnown = new Set(known);
  const warnings: ConfigWarning[] = [];
  for (const c of rootFirst) {
    for (const id of Object.keys(c.data.rules ?? {})) {
      if (!isKnown.has(id)) warnings.push({ file: c.path, ...c.locateKey(['rules', id]), message: unknownMessage(id, known) });
    }
    (c.data.overrides ?? []).forEach((o, i) => {
      for (const id of Object.keys(o.rules ?? {})) {
        if (!isKnown.has(id)) warnings.push({ file: c.path, ...c.locateKey(['overrides', i, 'rules', id]), message: unknownMessage(id, known) });
      }
    });
  }
  for (const id of Object.keys(cliRules ?? {})) {
    if (!isKnown.has(id)) warnings.push({ message: `规则级别设置（--rule 或编辑器设置）中${unknownMessage(id, known)}` });
  }
  return warnings;
}
