// Locating terms: the CLI reads phrases once over the whole prose (find.ts),
// the language server block by block; both must find the same first match.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProse } from '../../server/src/engine/index.js';
import { firstIn, presentIn } from '../../server/src/engine/checks/find.js';
import { Terms } from '../../server/src/engine/terms.js';
import { enableMemo } from '../../server/src/engine/memo.js';

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
});
