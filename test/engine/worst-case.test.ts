// Drafts that once took quadratic time or crashed the run (issue 9, items 3
// and 4): each finishes and gives the findings a reader expects. Timings live
// in `npm run bench` ("worst case"); here a generous timeout only catches a
// return to quadratic time (20,000 characters took 17 s before, 0.5 s now).
import { describe, expect, it } from 'vitest';
import { fixText, lintText, resolveConfig, type Finding } from '../../server/src/engine/index.js';
import { longLine } from '../../bench/worst-case-inputs.mjs';

const config = resolveConfig(undefined, { noConfig: true });
const lint = (source: string, filePath = 'draft.md') => lintText(source, { config, filePath });
const count = (text: string, word: string) => text.split(word).length - 1;
const inside = (source: string) => (f: Finding) => f.start >= 0 && f.start <= f.end && f.end <= source.length;

describe('a long line with no sentence end and a forbidden phrase every 17 characters', () => {
  const source = longLine(20_000);

  it('finishes, and finds every 存款 except the ones in 不是银行存款', { timeout: 10_000 }, () => {
    const findings = lint(source);
    expect(findings.every(inside(source))).toBe(true);
    const deposit = findings.filter((f) => f.ruleId === 'deposit-wording');
    // 不是银行存款 is an exception: a differentiation, not deposit framing.
    expect(deposit.length).toBe(count(source, '存款') - count(source, '不是银行存款'));
    for (const f of deposit) expect(source.slice(f.start - 4, f.end)).not.toBe('不是银行存款');
    expect(findings.filter((f) => f.ruleId === 'inducement').length).toBe(count(source, '投保即送'));
  });

  it('removing the clause around an inducement does not delete the whole run-on line', { timeout: 10_000 }, () => {
    const inducement = lint(source).filter((f) => f.ruleId === 'inducement');
    expect(inducement.length).toBeGreaterThan(100);
    for (const f of inducement) {
      const removal = f.suggestions!.find((s) => s.fix.text === '')!;
      expect(removal.fix.range[1] - removal.fix.range[0]).toBeLessThan(100);
      expect(source.slice(...removal.fix.range)).toContain('投保即送');
    }
  });

  it('fixes the same text plain (.txt) too', { timeout: 10_000 }, () => {
    const out = fixText(source, { config, filePath: 'draft.txt' });
    expect(out.findings.every(inside(out.output))).toBe(true);
  });
});
