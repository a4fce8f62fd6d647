// Word boundaries (engine/text/boundary.ts) are ICU's word segmentation of a
// window around a match. Each window is segmented once per process; windows
// the host hands in (the CLI's memo of earlier runs, fs/segments-memo.ts) are
// not segmented at all, and give the same answers.
import { afterEach, describe, expect, it, vi } from 'vitest';

type Boundary = typeof import('../../server/src/engine/text/boundary.js');

/** A fresh copy of the module (no segmenter made, no window known), with Intl.Segmenter counted. */
async function freshBoundary(): Promise<{ b: Boundary; made: () => number }> {
  vi.resetModules();
  const Segmenter = Intl.Segmenter;
  let made = 0;
  vi.spyOn(Intl, 'Segmenter').mockImplementation(function (this: unknown, ...args: ConstructorParameters<typeof Intl.Segmenter>) {
    made++;
    return new Segmenter(...args);
  } as unknown as typeof Intl.Segmenter);
  return { b: await import('../../server/src/engine/text/boundary.js'), made: () => made };
}

// 存款 inside 保存款式 and 生存款项 is not the word; 招商银行 between 与 and 共同 is.
const CASES: [string, string][] = [
  ['这款产品保存款式新颖', '存款'],
  ['生存款项按年给付', '存款'],
  ['金澜长兴人寿与招商银行共同推出开门红专享', '招商银行'],
  ['来招商银行网点办理', '招商银行'],
  ['本产品不是银行存款，请知悉', '银行存款'],
];

function answers(b: Boundary): boolean[] {
  return CASES.map(([text, word]) => b.onWordBoundaries(text, text.indexOf(word), text.indexOf(word) + word.length));
}

afterEach(() => vi.restoreAllMocks());

describe('word boundaries', () => {
  it('segments each window once, and not at all for windows handed in, with the same answers', async () => {
    const first = await freshBoundary();
    const expected = answers(first.b);
    expect(expected).toEqual([false, false, true, true, true]);
    expect(first.made()).toBe(1);
    const segmented = first.b.windowsSegmented();
    expect(segmented).toBeGreaterThan(0);
    expect(answers(first.b)).toEqual(expected);
    expect(first.b.windowsSegmented()).toBe(segmented);
    const memo = [...first.b.knownWindows()].map(([w, cuts]): [string, number[]] => [w, [...cuts]]);

    const next = await freshBoundary();
    let loads = 0;
    next.b.onFirstUnknownWindow(() => {
      loads++;
      next.b.addKnownWindows(memo);
    });
    expect(answers(next.b)).toEqual(expected);
    expect(loads).toBe(1);
    expect(next.made()).toBe(0);
    expect(next.b.windowsSegmented()).toBe(0);
  });

  it('compiles a near-miss rule from windows handed in without making the segmenter, to the same pattern', async () => {
    const terms = ['犹豫期', '电话回访', '投资连结保险', '产品说明书'];
    const first = await freshBoundary();
    const before = (await import('../../server/src/engine/checks/near-miss.js')).compileNearMiss(terms);
    expect(first.made()).toBe(1);
    const memo = [...first.b.knownWindows()].map(([w, cuts]): [string, number[]] => [w, [...cuts]]);

    const next = await freshBoundary();
    next.b.onFirstUnknownWindow(() => next.b.addKnownWindows(memo));
    const after = (await import('../../server/src/engine/checks/near-miss.js')).compileNearMiss(terms);
    expect(next.made()).toBe(0);
    expect(after.re?.source).toBe(before.re?.source);
    expect(after.terms.map((t) => t.cuts)).toEqual(before.terms.map((t) => t.cuts));
  });

  it('keeps the windows handed in before those met, and the most recently met last', async () => {
    const { b } = await freshBoundary();
    b.onWordBoundaries('这款产品保存款式新颖', 5, 7);
    const [met] = b.knownWindows().keys();
    b.addKnownWindows([['甲乙', [0, 1]]]);
    expect([...b.knownWindows().keys()]).toEqual(['甲乙', met]);
  });
});
