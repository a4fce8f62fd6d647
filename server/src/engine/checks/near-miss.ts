// near-miss: misspellings of glossary terms (犹像期 for 犹豫期, 电话回户访 for
// 电话回访): one character replaced by a look-alike or sound-alike from
// rules/spelling/confusables.json (built from character data by
// scripts/build-confusables.mjs), or, in terms of four characters or more,
// one character inserted inside a word or one inner character dropped.
//
// Which confusables count where is decided in confusablesAt (sound-alikes in
// another tone only in longer terms; look-alikes only at a one-character word
// at a term's edge). A candidate is reported only when it starts and ends on
// word boundaries, is not itself a word (Intl.Segmenter reads it alone as one
// word), does not turn a word of the term into another real word (条款 →
// 条例), and does not overlap a correct glossary term (other than one inside
// the misspelt term: 退保 in 退保费甩). The safe fix writes the term.
//
// Speed: one native RegExp per rule, each alternative led by a literal
// character (the terms are literals from the pack, never user regex), grouped
// by that character behind a lookahead of the first characters (byFirstCharacter).
import { foldForms } from '../text/fold.js';
import { inlineClasses } from '../text/char-class.js';
import { readFileSync } from 'node:fs';
import { BoundedCache, memo } from '../memo.js';
import { isWord, onWordBoundaries, wordStarts } from '../text/boundary.js';
import { resourcePath } from '../resources.js';
import type { Fix } from '../types.js';
import type { Block } from '../document/index.js';
import { fillTemplate, isCleanSlice, sourceRange, type CheckKind, type RawFinding } from './context.js';
import { blockAt, blockStartsOf } from './find.js';
import { proseOf, type ProseDocument } from '../document/index.js';

/** A Han character, as inserted by a typist or a scanner. */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const IS_HAN = new RegExp(`^[${HAN}]$`);

/** char → "look-alikes|sound-alikes (same tone)|sound-alikes in another tone". */
type Confusables = Record<string, string | undefined>;
let confusables: Confusables | undefined;

/** The confusion set, read once, on first use (a rule set with a near-miss rule). */
export function confusableMap(): Confusables {
  confusables ??= JSON.parse(readFileSync(resourcePath('rules', 'spelling', 'confusables.json'), 'utf8')) as Confusables;
  return confusables;
}

type Edit = { type: 'sub'; at: number } | { type: 'ins'; at: number } | { type: 'del'; at: number };

interface Term {
  text: string;
  chars: string[];
  /** Start offsets of the words of the term (segmenter), plus its length. */
  cuts: number[];
  /** Word [start, end) around each character. */
  wordOf: [number, number][];
}

export interface NearMissMatch {
  start: number;
  end: number;
  text: string;
  term: string;
}

interface Compiled {
  terms: Term[];
  /** Terms by length, for identifying what a match is a variant of. */
  byLength: Map<number, Term[]>;
  re: RegExp | null;
  /** re never matches a line break, so a match in the whole prose lies in one block (see blocksToRead). */
  proseSafe: boolean;
  exact: RegExp | null;
  /** Candidate string → the term it misspells, or null (a real word, or no variant). */
  verdicts: BoundedCache<string, { term: Term; edit: Edit } | null>;
  /** Accepted matches by block text (language server only, see memo.ts). */
  seen: BoundedCache<string, NearMissMatch[]>;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

function charClass(chars: Iterable<string>): string {
  return `[${[...new Set(chars)].map(escapeRegExp).join('')}]`;
}

function termOf(text: string): Term {
  const chars = [...text];
  const cuts: number[] = [];
  for (const at of wordStarts(text)) cuts.push([...text.slice(0, at)].length);
  cuts.push(chars.length);
  const wordOf: [number, number][] = [];
  for (let k = 0; k + 1 < cuts.length; k++) for (let i = cuts[k]; i < cuts[k + 1]; i++) wordOf.push([cuts[k], cuts[k + 1]]);
  return { text, chars, cuts, wordOf };
}

/**
 * May a character be inserted before chars[i]? Not between two words the
 * segmenter knows (保险的条款, 电话和回访 are phrases, not typos): only inside a
 * word, or between single characters whose word the segmenter does not know
 * (回|访 in 电话回访).
 */
function insertable(t: Term, i: number): boolean {
  if (!t.cuts.includes(i)) return true;
  const left = t.wordOf[i - 1];
  const right = t.wordOf[i];
  return left[1] - left[0] === 1 && right[1] - right[0] === 1;
}

/**
 * May chars[i] be dropped? Not when that leaves the first or last word of the
 * term a single character: 商银行 is the end of 招商银行 and 农商银行, words
 * the segmenter does not know, far more often than 商业银行 misspelt.
 */
function droppable(t: Term, i: number): boolean {
  const [ws, we] = t.wordOf[i];
  const edge = ws === 0 || we === t.chars.length;
  return !edge || we - ws - 1 >= 2;
}

/**
 * What may stand for chars[i] of a term:
 *  - look-alikes and same-tone sound-alikes everywhere;
 *  - sound-alikes in another tone too in terms of three characters or more (in
 *    two, they too often make another real word the segmenter does not know:
 *    回放 for 回访);
 *  - look-alikes only for a one-character word at either end of a term whose
 *    other words the segmenter knows (期 of 犹豫|期, 单 of 投保|单): there a real
 *    phrase goes on more often than the term is misspelt (等待七个工作日,
 *    可以投保但需体检).
 */
function confusablesAt(t: Term, i: number, conf: Confusables): string {
  const entry = Object.hasOwn(conf, t.chars[i]) ? conf[t.chars[i]] : undefined;
  if (!entry) return '';
  const [shape = '', sound = '', near = ''] = entry.split('|');
  const n = t.chars.length;
  if (n === 2) return shape + sound;
  const [ws, we] = t.wordOf[i];
  if (we - ws === 1 && (ws === 0 || we === n)) {
    const [ns, ne] = t.wordOf[ws === 0 ? we : ws - 1];
    if (ne - ns >= 2) return shape;
  }
  return shape + sound + near;
}

/** The variants of a term as regex alternatives, each beginning with a literal character. */
function alternatives(t: Term, conf: Confusables): string[] {
  const out: string[] = [];
  const c = t.chars;
  const n = c.length;
  const lit = (from: number, to: number) => escapeRegExp(c.slice(from, to).join(''));
  const others = (i: number) => [...confusablesAt(t, i, conf)].filter((x) => x !== c[i]);
  // One character replaced; at position 0, the literal rest comes first and looks behind.
  for (let i = 1; i < n; i++) {
    const alt = others(i);
    if (alt.length) out.push(`${lit(0, i)}${charClass(alt)}${lit(i + 1, n)}`);
  }
  const first = others(0);
  if (first.length) out.push(`${lit(1, n)}(?<=${charClass(first)}${lit(1, n)})`);
  if (n >= 4) {
    // One character inserted inside the term; one inner character dropped.
    for (let i = 1; i < n; i++) if (insertable(t, i)) out.push(`${lit(0, i)}[${HAN}]${lit(i, n)}`);
    for (let i = 1; i < n - 1; i++) if (droppable(t, i)) out.push(`${lit(0, i)}${lit(i + 1, n)}`);
  }
  return out;
}

/** A numeral, in digits or in words. */
const NUMERAL = /^[0-9零〇一二三四五六七八九十百千万亿两几]$/;

/** How candidate misspells t, if it does. */
function editOf(t: Term, cand: string[], conf: Confusables): Edit | null {
  const c = t.chars;
  const n = c.length;
  if (cand.length === n) {
    let at = -1;
    for (let i = 0; i < n; i++) {
      if (cand[i] === c[i]) continue;
      if (at !== -1) return null;
      at = i;
    }
    // A numeral for a sound-alike starts a count (千名医生, 百名客户), not a misspelt term (签名).
    if (at !== -1 && NUMERAL.test(cand[at]) && !NUMERAL.test(c[at])) return null;
    return at !== -1 && confusablesAt(t, at, conf).includes(cand[at]) ? { type: 'sub', at } : null;
  }
  if (n < 4) return null;
  if (cand.length === n + 1) {
    // Every place the extra character may have gone (产品说明明书: inside 说明, not before 书).
    for (let i = 1; i < n; i++) {
      if (!IS_HAN.test(cand[i]) || !insertable(t, i)) continue;
      if (c.every((ch, k) => cand[k < i ? k : k + 1] === ch)) return { type: 'ins', at: i };
    }
    return null;
  }
  if (cand.length === n - 1) {
    for (let i = 1; i < n - 1; i++) {
      if (!droppable(t, i)) continue;
      if (cand.every((ch, k) => ch === c[k < i ? k : k + 1])) return { type: 'del', at: i };
    }
    return null;
  }
  return null;
}

/**
 * Does the edit turn a word of the term into another real word (保险条款 →
 * 保险条例)? Then the variant is a different phrase, not a typo.
 */
function changesWord(t: Term, cand: string[], edit: Edit): boolean {
  let [ws, we] = t.wordOf[edit.type === 'ins' ? edit.at - 1 : edit.at];
  // Inserted between two one-character words (回|访): the changed word spans both.
  if (edit.type === 'ins' && we === edit.at) we = t.wordOf[edit.at][1];
  const end = edit.type === 'ins' ? we + 1 : edit.type === 'del' ? we - 1 : we;
  // A one-character word tells nothing (every character reads as one); the whole variant is checked apart.
  return end - ws >= 2 && end - ws < cand.length && isWord(cand.slice(ws, end).join(''));
}

/** The term a candidate misspells, or null: no term, or the candidate is a real word. */
function verdict(c: Compiled, text: string, conf: Confusables): { term: Term; edit: Edit } | null {
  const hit = c.verdicts.get(text);
  if (hit !== undefined) return hit;
  let out: { term: Term; edit: Edit } | null = null;
  if (!isWord(text)) {
    const cand = [...text];
    search: for (const len of [cand.length, cand.length - 1, cand.length + 1]) {
      for (const t of c.byLength.get(len) ?? []) {
        const edit = editOf(t, cand, conf);
        if (edit && !changesWord(t, cand, edit)) {
          out = { term: t, edit };
          break search;
        }
      }
    }
  }
  c.verdicts.set(text, out);
  return out;
}

/** [start, end) of every correct glossary term in text. */
function exactSpans(c: Compiled, text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!c.exact) return spans;
  const re = c.exact;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    spans.push([m.index, m.index + m[0].length]);
    re.lastIndex = m.index + 1;
  }
  return spans;
}

/** Near-misses of the rule's terms in one block's text. */
export function findNearMisses(c: Compiled, text: string): NearMissMatch[] {
  if (!c.re) return [];
  const hit = memo.enabled ? c.seen.get(text) : undefined;
  if (hit) return hit;
  const conf = confusableMap();
  const out: NearMissMatch[] = [];
  let exact: [number, number][] | undefined;
  const re = c.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  const accept = (start: number, end: number): boolean => {
    const cand = text.slice(start, end);
    const v = verdict(c, cand, conf);
    if (!v || !onWordBoundaries(text, start, end)) return false;
    // A correct term overlapping it, except one the misspelt term contains (退保 in 退保费甩).
    const inside = (s: number, e: number) => s >= start && e <= end && v.term.text.includes(text.slice(s, e));
    if ((exact ??= exactSpans(c, text)).some(([s, e]) => s < end && start < e && !inside(s, e))) return false;
    out.push({ start, end, text: cand, term: v.term.text });
    return true;
  };
  let taken = 0;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    // Alternatives for a replaced first character match from the second one, and
    // only the first matching alternative is seen: try the wider span as well.
    if (accept(m.index, end) || (m.index > taken && accept(m.index - 1, end))) re.lastIndex = taken = end;
    else re.lastIndex = m.index + 1;
  }
  if (memo.enabled) c.seen.set(text, out);
  return out;
}

/** A rule's glossary terms as the check reads them: folded, of two characters or more, longest first (a longer variant wins at the same position). */
export function glossaryTerms(termList: string[]): string[] {
  return [...new Set(termList.map((t) => foldForms(t.trim())).filter((t) => [...t].length >= 2))].sort((a, b) => [...b].length - [...a].length);
}

/**
 * The alternatives as one source, those of each first character grouped
 * behind it in their order (保(?:险…|单…)|投(?:…)): at a position only the
 * group of its character is tried, not every alternative in turn. As no two
 * groups can match at one position, each position's match is the one the
 * plain alternation finds. A lookahead of the first characters leads, so
 * that most positions cost a few class tests (inline ones: char-class.ts).
 */
function byFirstCharacter(alts: string[]): string {
  const groups = new Map<string, string[]>();
  for (const a of alts) {
    const first = a[0] === '\\' ? a.slice(0, 2) : a[0];
    const rests = groups.get(first) ?? [];
    rests.push(a.slice(first.length));
    groups.set(first, rests);
  }
  const grouped = [...groups].map(([first, rests]) => (rests.length === 1 ? first + rests[0] : `${first}(?:${rests.join('|')})`));
  return `(?=${inlineClasses([...groups.keys()])})(?:${grouped.join('|')})`;
}

export function compileNearMiss(termList: string[]): Compiled {
  const conf = confusableMap();
  const terms = glossaryTerms(termList).map(termOf);
  const byLength = new Map<number, Term[]>();
  for (const t of terms) {
    const list = byLength.get(t.chars.length) ?? [];
    list.push(t);
    byLength.set(t.chars.length, list);
  }
  const alts = [...new Set(terms.flatMap((t) => alternatives(t, conf)))];
  const re = alts.length ? new RegExp(byFirstCharacter(alts), 'g') : null;
  const exactTerms = terms.map((t) => t.text).sort((a, b) => b.length - a.length);
  return {
    terms,
    byLength,
    re,
    proseSafe: !alts.some((a) => a.includes('\n') || a.includes('\\n') || a.includes('[^') || a.includes('\\s') || a.includes('.')),
    exact: exactTerms.length ? new RegExp(exactTerms.map(escapeRegExp).join('|'), 'g') : null,
    verdicts: new BoundedCache(20_000),
    seen: new BoundedCache(5000),
  };
}

export const nearMiss: CheckKind<Compiled> = {
  compile(rule) {
    return compileNearMiss(rule.terms ?? []);
  },
  run(c, rule, ctx) {
    const out: RawFinding[] = [];
    for (const block of blocksToRead(c, ctx.doc)) {
      for (const m of findNearMisses(c, block.folded)) {
        const [start, end] = sourceRange(block, m.start, m.end);
        const original = block.text.slice(m.start, m.end);
        const fix: Fix = { range: [start, end], text: m.term };
        out.push({
          start,
          end,
          message: fillTemplate(rule.message, { ...ctx.facts, match: original, term: m.term }).text,
          fix: isCleanSlice(ctx.doc, block, m.start, m.end) ? fix : undefined,
          suggestions: [{ desc: `改为“${m.term}”`, fix, preferred: true }],
        });
      }
    }
    return out;
  },
};

/**
 * The blocks where the rule's RegExp matches at all: outside the language
 * server, one pass over the whole prose (blocks joined by line breaks) finds
 * them, instead of one RegExp run per block. A match never holds a line
 * break and its lookbehind never accepts one, so it lies in one block and
 * matches there too; after a match, the search goes on at the next block.
 */
function blocksToRead(c: Compiled, doc: ProseDocument): Block[] {
  if (memo.enabled || !c.re || !c.proseSafe) return doc.blocks;
  const prose = proseOf(doc);
  const starts = blockStartsOf(doc);
  const out: Block[] = [];
  const re = c.re;
  re.lastIndex = 0;
  for (let m = re.exec(prose); m; m = re.exec(prose)) {
    const i = blockAt(doc, m.index);
    out.push(doc.blocks[i]);
    if (i + 1 >= starts.length) break;
    re.lastIndex = starts[i + 1];
  }
  return out;
}
