// Where reviewers name one rule for a sentence that two rules read (利滚利
// beside a deposit word: the deposit wording, not an exaggeration), a rule's
// pack says so (RuleDef.yields) and the finding gives way here, once every
// rule has run. Only to a finding that stays: one that gives way to nothing
// in its sentence. Findings that would each give way to another both stay.
import type { Finding } from './types.js';

type Yielding = Finding & { yieldTo?: readonly string[]; sentence?: readonly [number, number] };

/**
 * The findings of each rule sorted by start, with the furthest end up to each: those that overlap a range are found by
 * bisection and a walk back that stops where no earlier finding reaches the range. (A filter over every finding for
 * every yielding one was quadratic: 8,000 deposit words on one line took 9 s.)
 */
interface ByRule {
  list: Yielding[];
  reach: number[];
}

function indexByRule(findings: readonly Yielding[]): Map<string, ByRule> {
  const lists = new Map<string, Yielding[]>();
  for (const f of findings) (lists.get(f.ruleId) ?? lists.set(f.ruleId, []).get(f.ruleId)!).push(f);
  const out = new Map<string, ByRule>();
  for (const [rule, list] of lists) {
    list.sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    let far = -1;
    for (const g of list) reach.push((far = Math.max(far, g.end)));
    out.set(rule, { list, reach });
  }
  return out;
}

/** The findings of f's `yieldTo` rules in f's sentence. */
function facing(f: Yielding, byRule: Map<string, ByRule>): Yielding[] {
  const [s, e] = f.sentence!;
  const them: Yielding[] = [];
  for (const rule of f.yieldTo!) {
    const of = byRule.get(rule);
    if (!of) continue;
    const { list, reach } = of;
    // The findings that start before the sentence ends: list[0, hi).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < e) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && reach[i] > s; i--) {
      const g = list[i];
      if (g !== f && g.end > s) them.push(g);
    }
  }
  return them;
}

/** The findings without those that give way, and without the fields that said so. */
export function resolveYields(findings: Yielding[]): Finding[] {
  let any = false;
  for (const f of findings) if (f.yieldTo) any = true;
  if (!any) return findings;
  // Findings that may give way: those facing a finding they yield to.
  const faced = new Map<Yielding, Yielding[]>();
  const byRule = indexByRule(findings);
  for (const f of findings) {
    if (!f.yieldTo) continue;
    const them = facing(f, byRule);
    if (them.length) faced.set(f, them);
  }
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.yieldTo) {
      out.push(f);
      continue;
    }
    // It gives way to a finding that itself stays.
    if (faced.get(f)?.some((g) => !faced.has(g))) continue;
    const kept: Yielding = { ...f };
    delete kept.yieldTo;
    delete kept.sentence;
    out.push(kept);
  }
  return out;
}
