// Patterns of the built-in packs are ours and reviewed: they run on V8's own
// RegExp (several times faster than re2js), with RE2's meaning kept where the
// two differ — \s is ASCII whitespace and . stops only at \n, as in RE2 —
// leading (?s)/(?i) become flags and (?m)'s line
// ends are \n only. test/engine/builtin-patterns.test.ts
// checks every built-in pattern against RE2 on the examples and on long,
// adversarial lines (time growing linearly). User packs keep RE2.

const reviewed = new Set<string>();
/** Sources trusted once a source is not found among the others (see trustPatternsLater). */
const later: (() => Iterable<string>)[] = [];

/** Marks pattern sources (width-folded, as Terms keeps them) as reviewed built-ins. */
export function trustPatterns(sources: Iterable<string>): void {
  for (const s of sources) reviewed.add(s);
}

/**
 * The same, worked out when first needed: a source not among those trusted
 * so far. A built-in pack's lexicon patterns are (packs/load.ts): a run with
 * the lexicon index the build compiled never asks, its patterns being
 * reviewed by where they come from (lexicon-builtin.ts).
 */
export function trustPatternsLater(sources: () => Iterable<string>): void {
  later.push(sources);
}

export function isReviewed(source: string): boolean {
  while (!reviewed.has(source) && later.length) trustPatterns(later.shift()!());
  return reviewed.has(source);
}

const RE2_SPACE = '\\t\\n\\f\\r ';

/**
 * RE2 syntax as a V8 source with RE2's meaning of \s, \S and .; null when
 * there is syntax this does not translate. RE2's \x{4e00} is V8's \u{4e00},
 * which only the u flag reads so: such a source comes with flags holding u.
 */
export function toNativeSource(source: string): { source: string; flags: string } | null {
  let flags = '';
  let src = source;
  for (let m = /^\(\?([ims]+)\)/.exec(src); m; m = /^\(\?([ims]+)\)/.exec(src)) {
    flags += m[1];
    src = src.slice(m[0].length);
  }
  if (/\(\?[^:=!]/.test(src) || src.includes('\\p') || src.includes('\\P') || src.includes('\\Q') || src.includes('\\z') || src.includes('\\A') || src.includes('[[:')) return null;
  let out = '';
  let inClass = false;
  let codePoints = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      const next = src[i + 1];
      if (next === 's') out += inClass ? RE2_SPACE : `[${RE2_SPACE}]`;
      else if (next === 'S') {
        if (inClass) return null;
        out += `[^${RE2_SPACE}]`;
      } else if (next === 'x' && src[i + 2] === '{') {
        const hex = /^\{([0-9A-Fa-f]{1,6})\}/.exec(src.slice(i + 2));
        if (!hex || parseInt(hex[1], 16) > 0x10ffff) return null;
        out += `\\u{${hex[1]}}`;
        codePoints = true;
        i += hex[0].length;
      } else out += ch + (next ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      // A ] right after [ or [^ is a literal in both syntaxes.
      if (src[i + 1] === '^') out += src[++i];
      if (src[i + 1] === ']') out += '\\' + src[++i];
      continue;
    }
    if (ch === '.' && !flags.includes('s')) out += '[^\\n]';
    // RE2's (?m) lines end at \n only; V8's m flag also ends them at \r, \u2028 and \u2029.
    else if (ch === '^' && flags.includes('m')) out += '(?<=^|\\n)';
    else if (ch === '$' && flags.includes('m')) out += '(?=\\n|$)';
    else out += ch;
  }
  const unique = [...new Set(flags.replaceAll('m', '') + (codePoints ? 'u' : ''))].join('');
  return { source: out, flags: unique };
}

/** A global V8 RegExp for a reviewed pattern (trusted: the caller knows it is one), or null (then RE2 runs it). */
export function nativeRegExp(source: string, trusted = isReviewed(source)): RegExp | null {
  if (!trusted) return null;
  const t = toNativeSource(source);
  if (!t) return null;
  // Unicode mode where the source allows it (with \u{…} it must).
  for (const extra of t.flags.includes('u') ? [''] : ['u', '']) {
    try {
      return new RegExp(t.source, `g${t.flags}${extra}`);
    } catch {
      // Not valid with the u flag (an escape such as \- outside a class): try without.
    }
  }
  return null;
}
