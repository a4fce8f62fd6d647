// Counting findings by article, by rule and by file, for the step summary and
// the HTML report.
import type { LintResult, RuleMeta, Severity } from '../../engine/types.js';

export interface Tally {
  error: number;
  warning: number;
  info: number;
  /** Rules (for an article), or articles (for a rule), seen with these findings. */
  related: Set<string>;
  files: Set<string>;
}

function empty(): Tally {
  return { error: 0, warning: 0, info: 0, related: new Set(), files: new Set() };
}

export function total(t: Pick<Tally, Severity>): number {
  return t.error + t.warning + t.info;
}

export const NO_ARTICLE = '（未注明条款）';

export interface Tallies {
  byArticle: Map<string, Tally>;
  byRule: Map<string, Tally>;
  byFile: Map<string, Tally>;
}

/** Each finding counts once for every distinct article it cites. */
export function tally(results: readonly LintResult[]): Tallies {
  const byArticle = new Map<string, Tally>();
  const byRule = new Map<string, Tally>();
  const byFile = new Map<string, Tally>();
  const get = (m: Map<string, Tally>, k: string) => m.get(k) ?? m.set(k, empty()).get(k)!;
  for (const r of results) {
    const file = get(byFile, r.filePath);
    if (r.skipped !== undefined) file.warning++;
    for (const f of r.findings) {
      const articles = [...new Set(f.articles.map((a) => a.trim()).filter((a) => a !== ''))];
      if (articles.length === 0) articles.push(NO_ARTICLE);
      const rule = get(byRule, f.ruleId);
      rule[f.severity]++;
      rule.files.add(r.filePath);
      file[f.severity]++;
      file.related.add(f.ruleId);
      for (const a of articles) {
        const t = get(byArticle, a);
        t[f.severity]++;
        t.related.add(f.ruleId);
        t.files.add(r.filePath);
        if (a !== NO_ARTICLE) rule.related.add(a);
      }
    }
  }
  return { byArticle, byRule, byFile };
}

/** Most errors first, then most findings, then by name: what a reviewer reads first. */
export function ranked(m: Map<string, Tally>): [string, Tally][] {
  return [...m].sort(([a, x], [b, y]) => y.error - x.error || total(y) - total(x) || a.localeCompare(b, 'zh-CN'));
}

export function ruleTitle(id: string, rules: Map<string, RuleMeta>): string {
  return rules.get(id)?.title || id;
}
