// Where a pattern's match can start, from its first literal. Many built-in
// patterns begin with a few characters of a class and then a word,
// [^，。！？…]{2,6}银行…: V8 tries them at every position of a block, when a
// match can only start 2 to 6 characters before an occurrence of 银行. For
// such a pattern, leadingAnchor gives the literals (one of which starts every
// match at an offset between min and max code units from the match's start),
// and the scan starts the RegExp no earlier than max before the next
// occurrence: the same matches, found without trying positions that cannot
// start one. Conservative: on any syntax it does not model it gives up (null).

export interface Anchor {
  /** One of these starts at [start + min, start + max] of every match. */
  literals: string[];
  min: number;
  max: number;
}

interface Cursor {
  src: string;
  i: number;
}

/** Width in UTF-16 code units: [min, max], max Infinity when unbounded. */
type Width = [number, number];

const META = new Set(['.', '[', ']', '(', ')', '|', '*', '+', '?', '{', '}', '^', '$', '\\']);
/** Escapes of one character class each (\d, \w, \s and negations). */
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S']);
/** A literal set larger than this costs more indexOf calls than it saves. */
const MAX_LITERALS = 8;

class GiveUp extends Error {}

const giveUp = (): never => {
  throw new GiveUp();
};

/**
 * The anchor of an RE2 pattern source (as Terms keeps it, width-folded), or
 * null. `unicode`: the RegExp runs with the u flag, where a class or . may
 * match a surrogate pair (two code units).
 */
export function leadingAnchor(source: string, unicode: boolean): Anchor | null {
  try {
    // (?s) only changes what . matches; other flags (case folding, (?m)) give up.
    let src = source;
    if (src.startsWith('(?s)')) src = src.slice(4);
    if (topLevelAlternatives(src)) return null;
    const c: Cursor = { src, i: 0 };
    const anchor = sequenceAnchor(c, unicode);
    return anchor && anchor.max !== Infinity ? anchor : null;
  } catch (e) {
    if (e instanceof GiveUp) return null;
    throw e;
  }
}

/** Does the source have a | outside every group and class (then no literal starts every match)? */
function topLevelAlternatives(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') {
      inClass = true;
      if (src[i + 1] === '^') i++;
      if (src[i + 1] === ']') i++;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** The anchor of the top-level sequence: the first unquantified literal, or group of literal alternatives, and the width before it. */
function sequenceAnchor(c: Cursor, unicode: boolean): Anchor | null {
  let min = 0;
  let max = 0;
  while (c.i < c.src.length) {
    const ch = c.src[c.i];
    if (ch === '|' || ch === ')') return null;
    const start = c.i;
    const atom = readAtom(c, unicode);
    const q = readQuantifier(c);
    if (!q && atom.literals) {
      // A run of plain characters continues the literal (保本 rather than 保).
      let literals = atom.literals;
      if (literals.length === 1 && atom.plain) {
        let run = literals[0];
        for (;;) {
          const save = c.i;
          if (c.i >= c.src.length) break;
          const next = readAtom(c, unicode);
          if (!next.plain || readQuantifier(c)) {
            c.i = save;
            break;
          }
          run += next.literals![0];
        }
        literals = [run];
      }
      return { literals, min, max };
    }
    if (c.i === start) giveUp();
    const [a, b] = q ?? [1, 1];
    min += atom.width[0] * a;
    max += b === Infinity ? (atom.width[1] === 0 ? 0 : Infinity) : atom.width[1] * b;
  }
  return null;
}

interface Atom {
  width: Width;
  /** Set when every match of the atom is one of these (non-empty) strings. */
  literals?: string[];
  /** A single plain character. */
  plain?: boolean;
}

function readAtom(c: Cursor, unicode: boolean): Atom {
  const ch = c.src[c.i];
  const classWidth: Width = [1, unicode ? 2 : 1];
  if (ch === '(') {
    c.i++;
    if (c.src.startsWith('?:', c.i)) c.i += 2;
    else if (c.src[c.i] === '?') giveUp();
    const alts: { width: Width; literal: string | null }[] = [];
    for (;;) {
      alts.push(alternative(c, unicode));
      if (c.src[c.i] === '|') {
        c.i++;
        continue;
      }
      if (c.src[c.i] !== ')') giveUp();
      c.i++;
      break;
    }
    const width: Width = [Math.min(...alts.map((a) => a.width[0])), Math.max(...alts.map((a) => a.width[1]))];
    const literals = alts.every((a) => a.literal) && alts.length <= MAX_LITERALS ? [...new Set(alts.map((a) => a.literal!))] : undefined;
    return { width, literals };
  }
  if (ch === '[') {
    c.i++;
    const from = c.i;
    if (c.src[c.i] === '^') c.i++;
    if (c.src[c.i] === ']') c.i++;
    while (c.i < c.src.length && c.src[c.i] !== ']') {
      if (c.src[c.i] === '[') giveUp(); // [[:alpha:]]
      c.i += c.src[c.i] === '\\' ? 2 : 1;
    }
    if (c.src[c.i] !== ']') giveUp();
    const body = c.src.slice(from, c.i);
    c.i++;
    // A few characters listed one by one ([¥￥]): every match is one of them
    // (without the u flag, a class matches half of a surrogate pair).
    const members = [...body];
    if (body && !/[\\^\]\-]/.test(body) && members.length <= MAX_LITERALS && (unicode || members.every((m) => m.length === 1))) {
      const widths = members.map((m) => m.length);
      return { width: [Math.min(...widths), Math.max(...widths)], literals: [...new Set(members)] };
    }
    return { width: classWidth };
  }
  if (ch === '\\') {
    const next = c.src[c.i + 1];
    c.i += 2;
    if (next !== undefined && META.has(next)) return { width: [1, 1], literals: [next], plain: true };
    if (next !== undefined && CLASS_ESCAPES.has(next)) return { width: classWidth };
    if (next === 'b' || next === 'B') return { width: [0, 0] };
    return giveUp();
  }
  if (ch === '.') {
    c.i++;
    return { width: classWidth };
  }
  if (ch === '^' || ch === '$') {
    c.i++;
    return { width: [0, 0] };
  }
  if (ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === ']' || ch === '}') giveUp();
  const literal = String.fromCodePoint(c.src.codePointAt(c.i)!);
  c.i += literal.length;
  return { width: [literal.length, literal.length], literals: [literal], plain: true };
}

/** One alternative of a group: its width, and its text when it is plain characters only. */
function alternative(c: Cursor, unicode: boolean): { width: Width; literal: string | null } {
  let min = 0;
  let max = 0;
  let literal: string | null = '';
  while (c.i < c.src.length && c.src[c.i] !== '|' && c.src[c.i] !== ')') {
    const atom = readAtom(c, unicode);
    const q = readQuantifier(c);
    if (q || !atom.plain) literal = null;
    else if (literal !== null) literal += atom.literals![0];
    const [a, b] = q ?? [1, 1];
    min += atom.width[0] * a;
    max += b === Infinity ? (atom.width[1] === 0 ? 0 : Infinity) : atom.width[1] * b;
  }
  return { width: [min, max], literal: literal ? literal : null };
}

/** A quantifier at the cursor as [min, max] repetitions (lazy or not), or null. */
function readQuantifier(c: Cursor): [number, number] | null {
  const ch = c.src[c.i];
  let q: [number, number];
  if (ch === '*') q = [0, Infinity];
  else if (ch === '+') q = [1, Infinity];
  else if (ch === '?') q = [0, 1];
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(c.src.slice(c.i));
    if (!m) return giveUp();
    const lo = Number(m[1]);
    q = [lo, m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3])];
    c.i += m[0].length - 1;
  } else return null;
  c.i++;
  if (c.src[c.i] === '?') c.i++;
  return q;
}

/** Where the next occurrence of one of the anchor's literals at or after `from` starts; -1 when none. */
export function nextAnchor(text: string, literals: string[], from: number): number {
  let best = -1;
  for (const lit of literals) {
    const at = text.indexOf(lit, from);
    if (at !== -1 && (best === -1 || at < best)) best = at;
  }
  return best;
}
