// Literal prefilter for RE2 patterns. re2js scans at about 10 MB/s, so a
// pattern runs only on blocks that contain one of the literals every match
// must contain: 收益比(存款|定期) needs 收益比. The analysis is conservative:
// on any syntax it does not model it returns null, and the pattern simply
// runs on every block.

type Req = string[] | null; // one of these strings must occur; null: unknown

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

function alternation(c: Cursor): Req {
  const alts: Req[] = [sequence(c)];
  while (c.src[c.i] === '|') {
    c.i++;
    alts.push(sequence(c));
  }
  if (alts.some((a) => a === null)) return null;
  return alts.flat() as string[];
}

function sequence(c: Cursor): Req {
  let result: Req = null;
  let run = '';
  const endRun = () => {
    if (run) result = best(result, [run]);
    run = '';
  };
  while (c.i < c.src.length && c.src[c.i] !== '|' && c.src[c.i] !== ')') {
    const ch = c.src[c.i];
    let literal: string | null = null;
    let group: Req = null;
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
    if (literal !== null && min >= 1) result = best(result, [literal]);
    if (group && min !== 0) result = best(result, group);
    if (ch === '^' || ch === '$') continue;
  }
  endRun();
  return result;
}

/** Literals of which at least one occurs in every match, or null. */
export function requiredLiterals(pattern: string): string[] | null {
  try {
    const c = { src: pattern, i: 0 };
    const req = alternation(c);
    if (c.i !== pattern.length || !req || req.some((s) => s.length === 0)) return null;
    return [...new Set(req)];
  } catch {
    return null;
  }
}
