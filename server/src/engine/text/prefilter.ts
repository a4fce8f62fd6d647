// Literal prefilter for RE2 patterns. re2js scans at about 10 MB/s, so a
// pattern runs only on blocks that contain the literals every match must
// contain: (收益|回报)[^。]{0,8}比[^。]{0,8}(存款|定期) needs one of 收益/回报,
// and 比, and one of 存款/定期. The analysis is conservative: on any syntax it
// does not model it gives up, and the pattern simply runs on every block.

type Req = string[] | null; // one of these strings must occur; null: unknown
type Reqs = string[][]; // every one of these sets must be met

interface Cursor {
  src: string;
  i: number;
}

const META = new Set(['.', '[', ']', '(', ')', '|', '*', '+', '?', '{', '}', '^', '$', '\\']);

function best(a: Req, b: Req): Req {
  if (!a) return b;
  if (!b) return a;
  const score = (r: string[]) => Math.min(...r.map((s) => s.length)) * 100 - r.length;
  return score(b) > score(a) ? b : a;
}

/** Reads a quantifier at the cursor; returns its minimum, or -1 if none, and OPTIONAL for exactly `?` (none or once). */
const OPTIONAL = -2;
function quantifier(c: Cursor): number {
  const ch = c.src[c.i];
  let min = -1;
  if (ch === '?') min = OPTIONAL;
  else if (ch === '*') min = 0;
  else if (ch === '+') min = 1;
  else if (ch === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(c.src.slice(c.i));
    if (!m) return -1;
    c.i += m[0].length - 1;
    min = Number(m[1]);
  } else return -1;
  c.i++;
  if (c.src[c.i] === '?') c.i++; // lazy
  return min;
}

/**
 * What a sequence or alternation requires: its sets, and, when it matches only
 * a few strings spelt out (存款, (按|依)照?合同), those strings (null otherwise).
 */
interface Part {
  reqs: Reqs;
  words: string[] | null;
}

/** Sets for an alternation: one branch's sets if alone, else one merged set. */
function alternation(c: Cursor): Part {
  const alts: Part[] = [sequence(c)];
  while (c.src[c.i] === '|') {
    c.i++;
    alts.push(sequence(c));
  }
  if (alts.length === 1) return alts[0];
  let words: string[] | null = [];
  for (const a of alts) words = words && a.words && words.length + a.words.length <= MAX_RUN_ALTERNATIVES ? [...words, ...a.words] : null;
  const merged: string[] = [];
  for (const a of alts) {
    const b = a.reqs.reduce<Req>((x, y) => best(x, y), null);
    if (!b) return { reqs: [], words };
    merged.push(...b);
  }
  return { reqs: [merged], words };
}

/** A small class's characters become literal alternatives ([Kk][Oo][Ll]: KOL, kol …); larger classes say nothing. */
const MAX_CLASS_CHARS = 8;
/** A run of literals and small classes is at most this many alternatives; past it a new run starts. */
const MAX_RUN_ALTERNATIVES = 16;

/**
 * The characters a class at the cursor matches, when it is a small positive
 * class of plain characters (escaped metacharacters and short ranges
 * included); null otherwise. The cursor ends past the class either way.
 */
function classChars(c: Cursor): string[] | null {
  const src = c.src;
  c.i++;
  let ok = src[c.i] !== '^';
  if (!ok) c.i++;
  const chars = new Set<string>();
  let first = true;
  while (c.i < src.length && (src[c.i] !== ']' || first)) {
    first = false;
    let ch: string;
    if (src[c.i] === '\\') {
      const next = src[c.i + 1];
      if (next === undefined || !META.has(next)) ok = false;
      ch = next ?? '';
      c.i += 2;
    } else {
      ch = String.fromCodePoint(src.codePointAt(c.i)!);
      c.i += ch.length;
    }
    if (src[c.i] === '-' && src[c.i + 1] !== ']' && c.i + 1 < src.length) {
      // A range: expanded when both ends are plain characters and it is short.
      c.i++;
      let to: string;
      if (src[c.i] === '\\') {
        ok = false;
        to = src[c.i + 1] ?? '';
        c.i += 2;
      } else {
        to = String.fromCodePoint(src.codePointAt(c.i)!);
        c.i += to.length;
      }
      const a = ch.codePointAt(0) ?? 0;
      const b = to.codePointAt(0) ?? 0;
      if (!ok || b < a || b - a >= MAX_CLASS_CHARS) ok = false;
      else for (let k = a; k <= b; k++) chars.add(String.fromCodePoint(k));
    } else chars.add(ch);
  }
  c.i++;
  return ok && chars.size > 0 && chars.size <= MAX_CLASS_CHARS ? [...chars] : null;
}

/** Every string of `a` followed by one of `b`, or null past MAX_RUN_ALTERNATIVES. */
function product(a: string[] | null, b: string[]): string[] | null {
  return a && a.length * b.length <= MAX_RUN_ALTERNATIVES ? a.flatMap((r) => b.map((x) => r + x)) : null;
}

function sequence(c: Cursor): Part {
  const result: Reqs = [];
  /** The strings the sequence read so far matches, while they are few and spelt out; null past that. */
  let words: string[] | null = [''];
  /**
   * The literal alternatives read so far with nothing unbounded between them
   * (an optional literal or group adds '' to them: 按照?合同 needs 按合同 or
   * 按照合同); empty: none.
   */
  let run: string[] = [];
  const endRun = () => {
    if (run.length) result.push(run);
    run = [];
  };
  while (c.i < c.src.length && c.src[c.i] !== '|' && c.src[c.i] !== ')') {
    const ch = c.src[c.i];
    let literal: string | null = null;
    let chars: string[] | null = null;
    let group: Reqs | null = null;
    let groupWords: string[] | null = null;
    if (ch === '(') {
      c.i++;
      if (c.src[c.i] === '?') {
        const named = /^\?P?<[^>]+>/.exec(c.src.slice(c.i));
        if (named) c.i += named[0].length;
        else if (c.src.startsWith('?:', c.i)) c.i += 2;
        else throw new Error('flags');
      }
      const part = alternation(c);
      group = part.reqs;
      groupWords = part.words;
      if (c.src[c.i] !== ')') throw new Error('unbalanced');
      c.i++;
    } else if (ch === '[') {
      chars = classChars(c);
    } else if (ch === '\\') {
      const next = c.src[c.i + 1];
      if (next !== undefined && META.has(next)) literal = next;
      else if (next === 'p' || next === 'P') {
        c.i += c.src[c.i + 2] === '{' ? c.src.indexOf('}', c.i) - c.i - 1 : 1;
      } else if (next === 'x') throw new Error('hex escape');
      c.i += 2;
    } else if (ch === '.' || ch === '^' || ch === '$') {
      c.i++;
    } else {
      const cp = c.src.codePointAt(c.i)!;
      literal = String.fromCodePoint(cp);
      c.i += literal.length;
    }
    const min = quantifier(c);
    if (literal !== null) chars = [literal];
    // A group that matches a few strings spelt out reads as a class of them.
    let spelt = chars ?? groupWords;
    if (spelt && min === OPTIONAL) spelt = [...spelt, ''];
    if (spelt && (min === -1 || min === OPTIONAL)) {
      words = product(words, spelt);
      if (!run.length) run = spelt;
      else if (run.length * spelt.length <= MAX_RUN_ALTERNATIVES) run = run.flatMap((r) => spelt.map((x) => r + x));
      else {
        endRun();
        run = spelt;
      }
      continue;
    }
    words = null;
    endRun();
    if (chars && min >= 1) result.push(chars);
    if (group && min !== 0 && min !== OPTIONAL) result.push(...group);
  }
  endRun();
  return { reqs: result, words };
}

/**
 * Answers already known, by pattern: every call's, those the built-in packs
 * carry (packs/load.ts), and what the CLI's disk cache read back (literals-cache.ts).
 */
const known = new Map<string, string[][] | null>();
/** How many answers calls have worked out (not read back): the disk cache is written only when this grows. */
let workedOut = 0;
/** Run once, before the first pattern with no known answer is worked out. */
let beforeUnknown: (() => void) | undefined;

export function knownLiterals(): Map<string, string[][] | null> {
  return known;
}

export function literalsWorkedOut(): number {
  return workedOut;
}

/** Lets the CLI read its cached answers only once a run meets a pattern it has no answer for. */
export function onFirstUnknownPattern(load: (() => void) | undefined): void {
  beforeUnknown = load;
}

/**
 * Sets of literals such that every match contains at least one literal of
 * each set; null when nothing is known. At most four sets, the most selective.
 * The answer is shared between callers: not to be changed.
 */
export function requiredLiterals(pattern: string): string[][] | null {
  let answer = known.get(pattern);
  if (answer === undefined && beforeUnknown) {
    const load = beforeUnknown;
    beforeUnknown = undefined;
    load();
    answer = known.get(pattern);
  }
  if (answer === undefined) {
    known.set(pattern, (answer = analyse(pattern)));
    workedOut++;
  }
  return answer;
}

function analyse(pattern: string): string[][] | null {
  try {
    const c = { src: pattern, i: 0 };
    const reqs = alternation(c).reqs.filter((set) => set.length && set.every((s) => s.length > 0));
    if (c.i !== pattern.length || !reqs.length) return null;
    const score = (r: string[]) => Math.min(...r.map((s) => s.length)) * 100 - r.length;
    return reqs
      .map((r) => withoutLonger([...new Set(r)]))
      .sort((a, b) => score(b) - score(a))
      .slice(0, 4);
  } catch {
    return null;
  }
}

/** A set without the strings that hold another of its strings (是银行 beside 银行): a text that holds them holds that one. */
function withoutLonger(set: string[]): string[] {
  return set.filter((s) => !set.some((t) => t !== s && s.includes(t)));
}

/** A literal set at least this large is searched for through its first characters (FirstIndex). */
const MANY_LITERALS = 16;

/**
 * A large literal set by first code unit: a bit per code unit that starts one (of the code unit's low ten bits: a
 * small table, made quickly, that most characters of a text miss), and the literals that start with each.
 */
interface FirstIndex {
  bits: Int32Array;
  byFirst: Map<number, string[]>;
}

const firstIndexes = new WeakMap<string[], FirstIndex | null>();

/** The set's FirstIndex, made on first use; null for a set holding '' (which every text includes). */
function firstIndexOf(set: string[]): FirstIndex | null {
  let index = firstIndexes.get(set);
  if (index === undefined) {
    index = null;
    if (!set.includes('')) {
      const bits = new Int32Array(32);
      const byFirst = new Map<number, string[]>();
      for (const lit of set) {
        const c = lit.charCodeAt(0);
        bits[(c >> 5) & 31] |= 1 << (c & 31);
        const list = byFirst.get(c);
        if (list) list.push(lit);
        else byFirst.set(c, [lit]);
      }
      index = { bits, byFirst };
    }
    firstIndexes.set(set, index);
  }
  return index;
}

/**
 * Does text include one of the set's literals? For a large set (an alternation of words, as off-topic patterns are)
 * the text is read once, each character that starts a literal tried with startsWith, where includes() searched it
 * for every literal (a few hundred thousand instructions a sentence for the largest sets).
 */
function holdsOne(text: string, set: string[]): boolean {
  const index = set.length >= MANY_LITERALS ? firstIndexOf(set) : null;
  if (!index) {
    for (let k = 0; k < set.length; k++) if (text.includes(set[k])) return true;
    return false;
  }
  const bits = index.bits;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((bits[(c >> 5) & 31] & (1 << (c & 31))) === 0) continue;
    const lits = index.byFirst.get(c);
    if (lits === undefined) continue;
    for (let k = 0; k < lits.length; k++) if (text.startsWith(lits[k], i)) return true;
  }
  return false;
}

/** True when text may contain a match, given requiredLiterals' answer. */
export function mayMatch(text: string, reqs: string[][] | null): boolean {
  if (!reqs) return true;
  for (let r = 0; r < reqs.length; r++) if (!holdsOne(text, reqs[r])) return false;
  return true;
}
