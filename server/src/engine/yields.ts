// Where reviewers name one rule for a sentence that two rules read (利滚利
// beside a deposit word: the deposit wording, not an exaggeration), a rule's
// pack says so (RuleDef.yields) and the finding gives way here, once every
// rule has run. Only to a finding that stays: one that gives way to nothing
// in its sentence. Findings that would each give way to another both stay.
import type { Finding } from './types.js';

type Yielding = Finding & { yieldTo?: readonly string[]; sentence?: readonly [number, number] };

/** The findings of f's `yieldTo` rules in f's sentence. */
function facing(f: Yielding, others: readonly Yielding[]): Yielding[] {
  const [s, e] = f.sentence!;
  const to = f.yieldTo!;
  return others.filter((g) => g !== f && to.includes(g.ruleId) && g.start < e && g.end > s);
}

/** The findings without those that give way, and without the fields that said so. */
export function resolveYields(findings: Yielding[]): Finding[] {
  let any = false;
  for (const f of findings) if (f.yieldTo) any = true;
  if (!any) return findings;
  // Findings that may give way: those facing a finding they yield to.
  const faced = new Map<Yielding, Yielding[]>();
  for (const f of findings) {
    if (!f.yieldTo) continue;
    const them = facing(f, findings);
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
