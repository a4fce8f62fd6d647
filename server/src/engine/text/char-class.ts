// Character classes V8's RegExp compiler tests inline. A class of more than
// INLINE_RANGES ranges is tested by a call out of the RegExp's code, one per
// character tried: for the near-miss check's 52 first characters, the folding
// test's 46 and pinyin's 25 tone marks, those calls were 2% of a run's
// instructions over the bench corpus. The same members in classes of at most
// that many ranges, as alternatives, are tested inline.

/** The most ranges of a class V8 (Node 20) tests inline. */
const INLINE_RANGES = 16;

/**
 * A RegExp source matching one character of `members` (each a character, an
 * escape or a range, as written inside a class): a class, or an alternation
 * of classes of at most INLINE_RANGES members each.
 */
export function inlineClasses(members: readonly string[]): string {
  const classes: string[] = [];
  for (let i = 0; i < members.length; i += INLINE_RANGES) classes.push(`[${members.slice(i, i + INLINE_RANGES).join('')}]`);
  return classes.length === 1 ? classes[0] : `(?:${classes.join('|')})`;
}
