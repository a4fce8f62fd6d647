// Locating terms: the CLI reads phrases once over the whole prose (find.ts),
// the language server block by block; both must find the same first match.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProse } from '../../server/src/engine/index.js';
import { firstIn, presentIn } from '../../server/src/engine/checks/find.js';
import { Terms } from '../../server/src/engine/terms.js';
import { enableMemo } from '../../server/src/engine/memo.js';
import { nearMiss } from '../../server/src/engine/checks/near-miss.js';
import { forbidden } from '../../server/src/engine/checks/forbidden.js';
import type { RuleDef } from '../../server/src/engine/packs/model.js';

const piece = fc.constantFrom('存款', '保本', '收益', '存', '款', '利率3.5%', '。', '，', '\n\n', '\n', '# ', '- ', '甲', '乙', '**');
const phrases = fc.uniqueArray(fc.constantFrom('存款', '保本', '款收', '收益', '本收益'), { maxLength: 3 });
const patterns = fc.subarray(['\\d+(\\.\\d+)?%', '存[^。]{0,3}收益']);

describe('firstIn and presentIn', () => {
  afterEach(() => enableMemo(false));
  it('give the same answer on the whole-prose path (CLI) as block by block', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), phrases, patterns, (parts, ps, pats) => {
        const doc = parseProse(parts.join(''), 'markdown');
        const answer = () => {
          const terms = new Terms({ phrases: ps, patterns: pats });
          const hit = firstIn(doc, terms);
          return { first: hit && [hit.index, hit.match.start, hit.match.end], present: presentIn(doc, terms) };
        };
        enableMemo(false);
        const direct = answer();
        enableMemo(true);
        const blockwise = answer();
        enableMemo(false);
        expect(direct).toEqual(blockwise);
      }),
      { numRuns: 500 },
    );
  });

  it('near-miss reads the same blocks through the whole prose (CLI) as block by block', () => {
    const rule = { id: 'typo', check: 'near-miss', message: '{{match}}', terms: ['犹豫期', '电话回访', '保险条款', '现金价值'] } as unknown as RuleDef;
    const compiled = nearMiss.compile(rule);
    const typo = fc.constantFrom('犹像期', '电话回户访', '保险条欵', '现金价植', '犹豫期', '由豫期', '。', '\n\n', '\n', '甲', '- ', '**');
    fc.assert(
      fc.property(fc.array(typo, { maxLength: 30 }), (parts) => {
        const doc = parseProse(parts.join(''), 'markdown');
        const ctx = { doc, kind: 'promo' as const, facts: {} };
        enableMemo(false);
        const direct = nearMiss.run(compiled, rule, ctx);
        enableMemo(true);
        const blockwise = nearMiss.run(compiled, rule, ctx);
        enableMemo(false);
        expect(direct).toEqual(blockwise);
      }),
      { numRuns: 300 },
    );
  });

  it('forbidden phrases: the blocks found through the whole prose give the same findings as reading every block', () => {
    const rule = { id: 'bank', check: 'forbidden', message: '{{match}}', phrases: ['工商银行', '工行', '存款'], allow: ['存款准备金'] } as unknown as RuleDef;
    const compiled = forbidden.compile(rule);
    const piece = fc.constantFrom('工商银行', '工行', '存款', '存款准备金', '银行', '。', '\n\n', '\n', 'a', '甲', '- ', '工');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const doc = parseProse(parts.join(''), 'markdown');
        const ctx = { doc, kind: 'promo' as const, facts: {} };
        enableMemo(false);
        const direct = forbidden.run(compiled, rule, ctx);
        enableMemo(true);
        const blockwise = forbidden.run(compiled, rule, ctx);
        enableMemo(false);
        expect(direct).toEqual(blockwise);
      }),
      { numRuns: 300 },
    );
  });

  it("a seller's disclosure counts even when a match starting in the customer's turn overlaps it", () => {
    // The pattern's lead-in may take the customer's last words: the seller's own match starts one character later.
    const terms = new Terms({ patterns: ['[^，。？]{0,6}人寿(保险)?(股份)?有限公司[^，。]{0,8}承保'] });
    const doc = parseProse('客户：这是谁家的\n销售：福康人寿保险股份有限公司承保，我们行只是代理。', 'markdown');
    expect(presentIn(doc, terms, ['seller'])).toBe(true);
    const hit = firstIn(doc, terms, ['seller']);
    expect(hit && doc.blocks[hit.index].folded.slice(hit.match.start, hit.match.end)).toMatch(/^销售：福康人寿|^：福康人寿|^福康人寿/);
    // Said only by the customer, it still does not count.
    const asked = parseProse('客户：福康人寿保险股份有限公司承保吗？\n销售：您放心。', 'markdown');
    expect(presentIn(asked, terms, ['seller'])).toBe(false);
  });
});
