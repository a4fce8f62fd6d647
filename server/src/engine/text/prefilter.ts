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

/** Reads a quantifier at the cursor; returns its minimum, or -1 if none. */
function quantifier(c: Cursor): number {
  const ch = c.src[c.i];
  let min = -1;
  if (ch === '*' || ch === '?') min = 0;
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

/** Sets for an alternation: one branch's sets if alone, else one merged set. */
function alternation(c: Cursor): Reqs {
  const alts: Reqs[] = [sequence(c)];
  while (c.src[c.i] === '|') {
    c.i++;
    alts.push(sequence(c));
  }
  if (alts.length === 1) return alts[0];
  const merged: string[] = [];
  for (const a of alts) {
    const b = a.reduce<Req>((x, y) => best(x, y), null);
    if (!b) return [];
    merged.push(...b);
  }
  return [merged];
}

function sequence(c: Cursor): Reqs {
  const result: Reqs = [];
  let run = '';
  const endRun = () => {
    if (run) result.push([run]);
    run = '';
  };
  while (c.i < c.src.length && c.src[c.i] !== '|' && c.src[c.i] !== ')') {
    const ch = c.src[c.i];
    let literal: string | null = null;
    let group: Reqs | null = null;
    if (ch === '(') {
      c.i++;
      if (c.src[c.i] === '?') {
        const named = /^\?P?<[^>]+>/.exec(c.src.slice(c.i));
        if (named) c.i += named[0].length;
        else if (c.src.startsWith('?:', c.i)) c.i += 2;
        else throw new Error('flags');
      }
      group = alternation(c);
      if (c.src[c.i] !== ')') throw new Error('unbalanced');
      c.i++;
    } else if (ch === '[') {
      c.i++;
      if (c.src[c.i] === '^') c.i++;
      if (c.src[c.i] === ']') c.i++;
      while (c.i < c.src.length && c.src[c.i] !== ']') c.i += c.src[c.i] === '\\' ? 2 : 1;
      c.i++;
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
    if (literal !== null && min === -1) {
      run += literal;
      continue;
    }
    endRun();
    if (literal !== null && min >= 1) result.push([literal]);
    if (group && min !== 0) result.push(...group);
  }
  endRun();
  return result;
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
    const reqs = alternation(c).filter((set) => set.length && set.every((s) => s.length > 0));
    if (c.i !== pattern.length || !reqs.length) return null;
    const score = (r: string[]) => Math.min(...r.map((s) => s.length)) * 100 - r.length;
    return reqs
      .map((r) => [...new Set(r)])
      .sort((a, b) => score(b) - score(a))
      .slice(0, 4);
  } catch {
    return null;
  }
}

/** True when text may contain a match, given requiredLiterals' answer. */
export function mayMatch(text: string, reqs: string[][] | null): boolean {
  if (!reqs) return true;
  for (const set of reqs) {
    let found = false;
    for (const s of set) {
      if (text.includes(s)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
