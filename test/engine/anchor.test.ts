// text/anchor.ts: where a pattern's match can start, from its first literal.
import { describe, expect, it } from 'vitest';
import { leadingAnchor } from '../../server/src/engine/text/anchor.js';

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
