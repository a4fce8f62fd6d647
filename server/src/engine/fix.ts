// One fixer for `--fix` and the editor's fix-all: apply non-overlapping edits
// from one lint pass, relint, and repeat until nothing changes (at most ten
// passes), because a fix recorded before its neighbours moved may be stale.
import type { Finding, Fix } from './types.js';

export function applyFixes(source: string, fixes: Fix[]): { output: string; applied: number } {
  const sorted = fixes
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.range[0] - b.f.range[0] || a.f.range[1] - b.f.range[1] || a.i - b.i)
    .map((x) => x.f);
  let out = '';
  let last = 0;
  let applied = 0;
  for (const f of sorted) {
    const [s, e] = f.range;
    if (s < last || e > source.length || s > e) continue; // overlaps an applied edit
    out += source.slice(last, s) + f.text;
    last = e;
    applied++;
  }
  return { output: out + source.slice(last), applied };
}

export function safeFixes(findings: Finding[]): Fix[] {
  return findings.flatMap((f) => (f.fix ? [f.fix] : []));
}

/** Applies safe fixes until the text is stable. `lint` must be pure. */
export function fixUntilStable(source: string, lint: (text: string) => Finding[], maxPasses = 10): { output: string; passes: number; findings: Finding[] } {
  let text = source;
  let findings = lint(text);
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = safeFixes(findings);
    if (!fixes.length) break;
    const { output, applied } = applyFixes(text, fixes);
    if (!applied || output === text) break;
    text = output;
    passes++;
    findings = lint(text);
  }
  return { output: text, passes, findings };
}
