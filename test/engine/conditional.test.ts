// Where a conditional rule's sentence goes: after the sentence that needs it,
// or after the heading or table, never inside them.
import { describe, expect, it } from 'vitest';
import { fixText, lintText, resolveConfig } from '../../server/src/engine/index.js';

const config = resolveConfig(undefined, { noConfig: true, rules: { 'benefit-uncertainty': 'off' } });
const FM = '---\nkind: promo\nproduct: participating\n---\n';
const only = (src: string) => lintText(src, { config, filePath: 'a.md' }).filter((f) => f.ruleId === 'participating-uncertainty');
const insert = (src: string) => {
  const f = only(src)[0];
  return src.slice(0, f.fix!.range[0]) + f.fix!.text + src.slice(f.fix!.range[1]);
};

describe('participating-uncertainty insertion', () => {
  it('goes right after the sentence that mentions 分红', () => {
    const src = `${FM}本产品每年可参与分红。保障终身。\n`;
    expect(insert(src)).toBe(`${FM}本产品每年可参与分红。分红水平不确定，保险公司不保证分红，在某些年度分红可能为零。保障终身。\n`);
  });

  it('goes after a heading as its own paragraph, leaving the heading intact', () => {
    const src = `${FM}# 安和福满堂两全保险（分红型）\n\n保障终身。\n`;
    const out = insert(src);
    expect(out).toContain('# 安和福满堂两全保险（分红型）\n\n分红水平不确定');
    expect(out).toContain('为零。\n\n保障终身。');
    expect(only(out)).toEqual([]);
  });

  it('goes after a table, not into it', () => {
    const src = `${FM}| 项目 | 说明 |\n| --- | --- |\n| 分红 | 每年 |\n\n保障终身。\n`;
    const out = insert(src);
    expect(out).toContain('| 分红 | 每年 |\n\n分红水平不确定');
    expect(only(out)).toEqual([]);
  });

  it('applying all safe fixes twice changes nothing the second time', () => {
    const src = `${FM}# 分红型年金\n`;
    const once = fixText(src, { config, filePath: 'a.md' }).output;
    expect(fixText(once, { config, filePath: 'a.md' }).output).toBe(once);
  });
});

describe('a rejected match falls back to a shorter phrase at the same start', () => {
  it('finds 存款 when 存款式 ends inside 式样', async () => {
    const { Terms } = await import('../../server/src/engine/terms.js');
    const { onWordBoundaries } = await import('../../server/src/engine/text/boundary.js');
    const t = new Terms({ phrases: ['存款', '存款式'] });
    const text = '这是存款式样';
    // Segmented 这/是/存款/式样: 存款式 ends inside 式样; 存款 ends on a boundary.
    const found = t.scan(text, (s, e) => onWordBoundaries(text, s, e)).map((m) => m.text);
    expect(found).toEqual(['存款']);
  });
});
