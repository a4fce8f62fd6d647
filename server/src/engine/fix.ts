// One fixer for `--fix` and the editor's fix-all: apply non-overlapping edits
// from one lint pass, relint, and repeat while the passes make progress (at
// most ten), because a fix recorded before its neighbours moved may be stale.
// A pass makes progress when some finding it had is gone; a pass that changes
// nothing the checks can see (an insertion they cannot read, a cycle) is
// dropped and fixing stops, so rerunning the fixer never grows a file.
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

/** True when most line breaks of the text are CRLF. */
export function usesCrlf(text: string): boolean {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf;
}

/** The fixes of a lint pass, their line breaks matching the document's. */
export function safeFixes(findings: Finding[], source?: string): Fix[] {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  if (source === undefined || !usesCrlf(source)) return fixes;
  return fixes.map((f) => (f.text.includes('\n') ? { ...f, text: f.text.replace(/\r?\n/g, '\r\n') } : f));
}

/** Findings as the checks see them, without positions (which move as text is edited). */
function keyOf(f: Finding): string {
  return `${f.ruleId}\u0000${f.message}`;
}

/** True when some finding of `before` is not in `after` (counted as a multiset). */
function someFixed(before: Finding[], after: Finding[]): boolean {
  const counts = new Map<string, number>();
  for (const f of after) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
  for (const f of before) {
    const n = counts.get(keyOf(f)) ?? 0;
    if (n === 0) return true;
    counts.set(keyOf(f), n - 1);
  }
  return false;
}

/** Applies safe fixes while they make progress. `lint` must be pure. */
export function fixUntilStable(source: string, lint: (text: string) => Finding[], maxPasses = 10): { output: string; passes: number; findings: Finding[] } {
  let text = source;
  let findings = lint(text);
  let passes = 0;
  const seen = new Set([text]);
  while (passes < maxPasses) {
    const fixes = safeFixes(findings, text);
    if (!fixes.length) break;
    const { output, applied } = applyFixes(text, fixes);
    if (!applied || seen.has(output)) break;
    const next = lint(output);
    // Nothing the checks see got better: the edit is noise (or worse), drop it.
    if (!someFixed(findings, next)) break;
    seen.add(output);
    text = output;
    findings = next;
    passes++;
  }
  return { output: text, passes, findings };
}
