// Inline directives in comments: disable / enable / disable-next-line; a
// directive that suppresses nothing is reported and --fix removes it.
import { describe, expect, it } from 'vitest';
import { fixText, lintText, resolveConfig } from '../../server/src/engine/index.js';

const config = resolveConfig(undefined, { noConfig: true });
const lint = (src: string) => lintText(src, { config, filePath: 'a.md', kind: 'promo' }).filter((f) => f.ruleId !== 'kind-unknown' && !['cooling-off', 'coverage', 'callback', 'fee-deduction', 'surrender-cost', 'complaint-channel', 'insurer-is-underwriter'].includes(f.ruleId));

describe('directives', () => {
  it('disable-next-line silences the named rule on the next line only', () => {
    const src = '<!-- policylint-disable-next-line deposit-wording -- 引用客户原话 -->\n客户原话：这和存款一样。\n\n这是存款。\n';
    const found = lint(src);
    expect(found.map((f) => [f.ruleId, src.slice(f.start, f.end)])).toEqual([['deposit-wording', '存款']]);
    expect(found[0].start).toBeGreaterThan(src.indexOf('这是'));
  });

  it('disable … enable covers the region between them', () => {
    const src = '<!-- policylint-disable deposit-wording -->\n存款\n<!-- policylint-enable deposit-wording -->\n\n储蓄\n';
    expect(lint(src).map((f) => src.slice(f.start, f.end))).toEqual(['储蓄']);
  });

  it('a disable without rule ids silences every rule', () => {
    const src = '<!-- policylint-disable -->\n存款，稳赚，抽奖。\n';
    expect(lint(src)).toEqual([]);
  });

  it('reports a directive that suppresses nothing, and --fix removes it', () => {
    const src = '# 标题\n\n<!-- policylint-disable-next-line inducement -->\n本产品保障全面。\n';
    const found = lint(src);
    expect(found.map((f) => f.ruleId)).toEqual(['unused-directive']);
    expect(found[0].fix).toBeDefined();
    const { output } = fixText(src, { config, filePath: 'a.md', kind: 'regulation' });
    expect(output).toBe('# 标题\n\n本产品保障全面。\n');
  });

  it('reports rule ids that do not exist', () => {
    const found = lint('<!-- policylint-disable depositwording -->\n存款\n');
    expect(found.some((f) => f.ruleId === 'unused-directive' && f.message.includes('depositwording'))).toBe(true);
  });
});

describe('directives in code', () => {
  it('a directive shown inside a fenced code block is an example, not a directive', () => {
    const src = '```markdown\n<!-- policylint-disable -->\n```\n\n这是存款。\n';
    expect(lint(src).map((f) => [f.ruleId, src.slice(f.start, f.end)])).toEqual([['deposit-wording', '存款']]);
  });
});
