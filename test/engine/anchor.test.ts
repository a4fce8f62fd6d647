// text/anchor.ts: where a pattern's match can start, from its first literal.
import { describe, expect, it } from 'vitest';
import { leadingAnchor } from '../../server/src/engine/text/anchor.js';
import { nativeRegExp } from '../../server/src/engine/text/native-regexp.js';
import { Terms } from '../../server/src/engine/terms.js';

describe('leadingAnchor', () => {
  it('bounds the offset of the first literal after a bounded prefix', () => {
    expect(leadingAnchor('[^，。]{2,6}银行(荣誉|出品)', false)).toEqual({ literals: ['银行'], min: 2, max: 6 });
    // With the u flag a class may match a surrogate pair.
    expect(leadingAnchor('[^，。]{2,6}银行(荣誉|出品)', true)).toEqual({ literals: ['银行'], min: 2, max: 12 });
    expect(leadingAnchor('(这|本|下)?周[一二三四五六日末]', true)).toEqual({ literals: ['周'], min: 0, max: 1 });
    expect(leadingAnchor('(^|[\\n：:])[^\\t\\n]{0,3}客户', false)).toEqual({ literals: ['客户'], min: 0, max: 4 });
  });

  it('takes a group of literal alternatives, or a short class of listed characters, as the anchor', () => {
    expect(leadingAnchor('(领|拿|给您)[0-9]{3,}', true)).toEqual({ literals: ['领', '拿', '给您'], min: 0, max: 0 });
    expect(leadingAnchor('[¥￥][0-9]+', true)).toEqual({ literals: ['¥', '￥'], min: 0, max: 0 });
    expect(leadingAnchor('[0-9]+元', true)).toBeNull();
  });

  it('gives up where a literal does not start every match within a bounded offset', () => {
    expect(leadingAnchor('银行a|b', true)).toBeNull(); // top-level alternatives
    expect(leadingAnchor('a*银行', true)).toBeNull(); // unbounded prefix
    expect(leadingAnchor('(?i)abc', true)).toBeNull(); // case folding
    expect(leadingAnchor('(a|)b', true)).toEqual({ literals: ['b'], min: 0, max: 1 }); // the empty alternative is no anchor
    expect(leadingAnchor('a?b', true)).toEqual({ literals: ['b'], min: 0, max: 1 });
    expect(leadingAnchor('\\x{4e00}b', true)).toBeNull();
  });
});

describe('a scan with an anchor', () => {
  it('finds the matches a search from every position finds, surrogate pairs and rejected matches included, with and without a prefilter', () => {
    const patterns = ['[^，。]{2,6}银行(荣誉|出品)', '(这|本|下)?周[一二三四五六日末]', '(领|拿|给您)[0-9]{3,}', '[¥￥][0-9]+', '(^|[\\n：:])[^\\t\\n]{0,3}客户', 'a?b', '[^。]{1,3}😀银行'];
    const pieces = ['银行', '荣誉', '出品', '周', '一', '末', '领', '给您', '1', '23', '¥', '￥', '，', '。', '客户', '\n', '：', 'a', 'b', '😀', '\ud83d', '\ude00', 'x', '这', '本'];
    let seed = 11;
    const rand = (n: number) => (((seed = Math.imul(seed ^ (seed >>> 13), 0x5bd1e995) + 0x3c6ef372) >>> 0) % n);
    // Rejects some matches (as a word-boundary check does), one starting at a pair's first half included: a search
    // from inside the pair finds that start again, which once made the scan loop forever.
    const accept = (_text: string) => (start: number, end: number) => (start + end) % 3 !== 0;
    for (const pattern of patterns) {
      const terms = new Terms({ patterns: [pattern] }, undefined, true);
      const re = nativeRegExp(pattern, true)!;
      expect(re).not.toBeNull();
      for (let round = 0; round < 300; round++) {
        const text = Array.from({ length: 1 + rand(40) }, () => pieces[rand(pieces.length)]).join('');
        const ok = accept(text);
        const expected: [number, number][] = [];
        for (let from = 0; from <= text.length; ) {
          re.lastIndex = from;
          const m = re.exec(text);
          if (!m) break;
          // Searched from inside a surrogate pair, the unicode RegExp backs up to the pair's start, already tried.
          if (m.index < from) {
            from++;
            continue;
          }
          const end = m.index + m[0].length;
          if (end > m.index && ok(m.index, end)) {
            expected.push([m.index, end]);
            from = end;
          } else from = m.index + 1;
        }
        expect(terms.scan(text, ok).map((t) => [t.start, t.end]), `${pattern} in ${JSON.stringify(text)}`).toEqual(expected);
        // The lexicon's path (its literals already found in the text): one search from each window's start.
        const all: [number, number][] = [];
        for (let from = 0; from <= text.length; ) {
          re.lastIndex = from;
          const m = re.exec(text);
          if (!m) break;
          // Searched from inside a surrogate pair, the unicode RegExp backs up to the pair's start, already tried.
          if (m.index < from) {
            from++;
            continue;
          }
          const end = m.index + m[0].length;
          if (end > m.index) {
            all.push([m.index, end]);
            from = end;
          } else from = m.index + 1;
        }
        expect(terms.scanPrefiltered(text).map((t) => [t.start, t.end]), `${pattern} in ${JSON.stringify(text)}`).toEqual(all);
      }
    }
  });
});

describe('a rejected match that starts with a surrogate pair', () => {
  it('is stepped over, not found again forever (🏦北辰银行… once hung a whole run)', () => {
    for (const reviewed of [true, false]) {
      const terms = new Terms({ patterns: ['(^|\\n)[^，]{2,6}银行[^，]'] }, undefined, reviewed);
      // The match from the emoji is rejected (as a word-boundary check may); the one after it is kept.
      const found = terms.scan('🏦北辰银行理财专属', (start) => start !== 0);
      expect(found.every((m) => m.start !== 0)).toBe(true);
      // A user's pattern, run by RE2, steps over it too.
      const user = new Terms({ patterns: ['(^|\\n)[^，]{2,6}银行[^，]'] });
      expect(user.scan('🏦北辰银行理财专属', (start) => start !== 0).every((m) => m.start !== 0)).toBe(true);
    }
  });
});
