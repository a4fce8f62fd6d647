// A set of phrases and patterns, compiled once per rule. Phrases are literal
// (one combined native RegExp of escaped strings: no backtracking beyond the
// longest phrase). Patterns come from rule packs, i.e. from users, so they run
// on RE2 (re2js): linear time, and anything RE2 cannot do is refused.
import type { RE2JS } from 're2js';
import { lazyModule } from './lazy-module.js';

/** RE2 (re2js), loaded on first use: built-in patterns run on V8 (text/native-regexp.ts). */
const re2 = (): typeof RE2JS => lazyModule<typeof import('re2js')>('re2js').RE2JS;
import { foldForms, foldText } from './text/fold.js';
import { requiredLiterals } from './text/prefilter.js';
import { BoundedCache, memo } from './memo.js';
import { nativeRegExp } from './text/native-regexp.js';
import { blockIndexAt, blockMayMatch, literalId, literalOf, mayMatchIn, proseHolds, rarestSet } from './prose-literals.js';
import { leadingAnchor, type Anchor } from './text/anchor.js';

/** leadingAnchor by source and unicode flag: the lexicon compiles a Terms per pattern, rules share patterns. */
const anchors = new Map<string, Anchor | null>();
function anchorOf(source: string, unicode: boolean): Anchor | null {
  const key = (unicode ? 'u' : '-') + source;
  let anchor = anchors.get(key);
  if (anchor === undefined) anchors.set(key, (anchor = leadingAnchor(source, unicode)));
  return anchor;
}

/** Is text[i] the second half of a surrogate pair (where a search in unicode mode never starts)? */
function insidePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff) return false;
  const b = text.charCodeAt(i - 1);
  return b >= 0xd800 && b <= 0xdbff;
}

/**
 * The match a global search of the pattern from `from` finds, found with its
 * sticky twin tried only where the anchor lets a match start: within
 * [at - max, at - min] of each occurrence `at` of its literals. A global search
 * from there would also read every position between those windows and past
 * the last one, where no match can start (a pattern such as [^，。…]{2,6}银行…
 * that failed near one 银行 read the rest of the block each time: four times
 * the bench corpus in all). The positions are tried in the order the search
 * tries them: the first at `from` itself (in unicode mode a start inside a
 * surrogate pair steps back to its first half there, sticky or not), then
 * forward, never inside a pair in unicode mode.
 */
/**
 * nextAnchor for one text searched at rising offsets: where each literal
 * occurs next is kept, and looked for again only once the search has passed
 * it. nextAnchor searched on for every literal at every call, to the end of
 * the text for a literal that is not there.
 */
class AnchorCursor {
  private text: string | null = null;
  private from = 0;
  /** By literal: its next occurrence at or after `from`, -1 for none, -2 not looked for yet. */
  private readonly next: number[];
  constructor(private readonly literals: string[]) {
    this.next = literals.map(() => -2);
  }
  at(text: string, from: number): number {
    const next = this.next;
    if (text !== this.text || from < this.from) {
      this.text = text;
      next.fill(-2);
    }
    this.from = from;
    let best = -1;
    for (let k = 0; k < next.length; k++) {
      let at = next[k];
      if (at === -1) continue;
      if (at < from) next[k] = at = text.indexOf(this.literals[k], from);
      if (at !== -1 && (best === -1 || at < best)) best = at;
    }
    return best;
  }
}

function leftmostNear(sticky: RegExp, anchor: Anchor, next: AnchorCursor, text: string, from: number): RegExpExecArray | null {
  let at = next.at(text, from + anchor.min);
  if (at === -1) return null;
  let p = Math.max(from, at - anchor.max);
  sticky.lastIndex = p;
  let m = sticky.exec(text);
  if (m) return m;
  p++;
  const unicode = sticky.unicode;
  for (;;) {
    for (const last = at - anchor.min; p <= last; p++) {
      if (unicode && insidePair(text, p)) continue;
      sticky.lastIndex = p;
      m = sticky.exec(text);
      if (m) return m;
    }
    at = next.at(text, p + anchor.min);
    if (at === -1) return null;
    if (at - anchor.max > p) p = at - anchor.max;
  }
}

export interface PhraseEntry {
  text: string;
  /** Compliant rewordings offered as suggestions. */
  suggest?: string[];
}

export interface PatternEntry {
  pattern: string;
  suggest?: string[];
}

export interface TermSpec {
  phrases?: (string | PhraseEntry)[];
  patterns?: (string | PatternEntry)[];
}

export interface TermMatch {
  start: number;
  end: number;
  text: string;
  suggest?: string[];
}

// Most blocks match nothing: one shared empty list keeps the caches small.
const NONE: TermMatch[] = Object.freeze([]) as unknown as TermMatch[];

interface CompiledPattern {
  source: string;
  /** Compiled on first use: most patterns never pass their prefilter in a run. */
  re?: RE2JS;
  /** V8's RegExp for a reviewed built-in pattern (native-regexp.ts); null: RE2; undefined: not decided yet. */
  native?: RegExp | null;
  /** Where a native match can start (text/anchor.ts); null: anywhere. Decided with `native`. */
  anchor?: Anchor | null;
  /** With an anchor: `native` made sticky, tried only at the starts the anchor allows (see leftmostNear). */
  sticky?: RegExp;
  /** With an anchor: where its literals occur next in the text being scanned. */
  cursor?: AnchorCursor;
  /** Known to be a reviewed built-in without looking it up (see the constructor). */
  reviewed: boolean;
  /** Literal sets every match needs (see prefilter.ts); null: no prefilter. */
  triggers: string[][] | null;
  /** The same by literal id (literalIds), given on first use. */
  triggerIds?: number[][] | null;
  /** The set of triggerIds patternInSome searches the prose for (rarestSet). */
  rarest?: number[];
  suggest?: string[];
}

/** Why a pattern is refused, or null when it is usable. */
export function patternProblem(pattern: string): string | null {
  let re: RE2JS;
  try {
    re = re2().compile(foldForms(pattern));
  } catch (e) {
    const why = (e as Error).message.replace(/^error parsing regexp: /, '');
    return `正则表达式无法以线性时间执行或语法错误（RE2 语法）：${why}`;
  }
  if (re.matcher('').matches()) return '正则表达式可以匹配空字符串，会在每个位置报告问题';
  return null;
}

/** At most this many characters in a phrase gate: a search each per text. */
const GATE_SIZE = 3;
/** Texts a Terms reads before it chooses its phrase gate: most Terms built at start-up read few or none. */
const GATE_AFTER = 64;

/**
 * A few characters of which every phrase holds one, chosen greedily (the one
 * most phrases hold first), or null when no GATE_SIZE characters cover them
 * all: bank-name's names all hold 行 or B.
 */
function gateOf(keys: readonly string[]): string[] | null {
  let left = keys;
  const gate: string[] = [];
  while (left.length) {
    if (gate.length === GATE_SIZE) return null;
    const count = new Map<string, number>();
    for (const k of left) for (const c of new Set(k)) count.set(c, (count.get(c) ?? 0) + 1);
    let best = '';
    let most = 0;
    for (const [c, n] of count) if (n > most) [best, most] = [c, n];
    gate.push(best);
    left = left.filter((k) => !k.includes(best));
  }
  return gate.length ? gate : null;
}

/**
 * A Terms's phrase gate (see phrasesFrom), chosen once it has read GATE_AFTER
 * texts. One object made with the Terms and shared by its views: fields
 * written on the Terms later would change its shape.
 */
interface PhraseGate {
  reads: number;
  /** The gate's characters; null: none chosen (yet, or none covers the phrases). */
  chars: string[] | null;
  /** The longest phrase's length less one: no phrase starts further than this before its gate character. */
  reach: number;
  keys: string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The literal sets of a pattern's prefilter by id, worked out on first use. */
function triggerIdsOf(p: CompiledPattern): number[][] | null {
  if (p.triggerIds === undefined) p.triggerIds = p.triggers && p.triggers.map((set) => set.map(literalId));
  return p.triggerIds;
}

export class Terms {
  private readonly literal: RegExp | null;
  private readonly phraseBreaks: boolean;
  private readonly phraseInfo = new Map<string, PhraseEntry>();
  /** Phrases by first character, longest first: the fallbacks when a match is rejected. */
  private readonly byFirst = new Map<string, string[]>();
  private readonly patterns: CompiledPattern[];
  private readonly gate: PhraseGate;

  /**
   * `triggers[i]`, when given, is requiredLiterals of pattern i (width-folded)
   * already worked out by the caller; `reviewed`: the patterns are a built-in
   * pack's (the lexicon index the build compiled), so reviewed whatever
   * native-regexp.ts has been told so far.
   */
  constructor(spec: TermSpec, triggers?: (string[][] | null)[], reviewed = false, view?: { of: Terms; patterns: CompiledPattern[] }) {
    if (view) {
      // narrowTo's view: the terms' own fields, its patterns narrowed. Made here, field by field in the constructor's
      // order, views share the shape of every Terms (an Object.create view, with its terms as prototype, gave each
      // terms and each view a map of their own, and the scans' loads from `this` went megamorphic).
      const of = view.of;
      this.literal = of.literal;
      this.phraseBreaks = of.phraseBreaks;
      this.phraseInfo = of.phraseInfo;
      this.byFirst = of.byFirst;
      this.patterns = view.patterns;
      this.gate = of.gate;
      this.views = of.views;
      this.seen = of.seen;
      return;
    }
    for (const p of spec.phrases ?? []) {
      const entry = typeof p === 'string' ? { text: p } : p;
      const key = foldText(entry.text);
      if (key) this.phraseInfo.set(key, { ...entry, text: key });
    }
    // Longest first, so 定期存款 wins over 存款 at the same position.
    const keys = [...this.phraseInfo.keys()].sort((a, b) => b.length - a.length);
    this.literal = keys.length ? new RegExp(keys.map(escapeRegExp).join('|'), 'g') : null;
    this.phraseBreaks = keys.some((k) => k.includes('\n'));
    this.gate = { reads: 0, chars: null, reach: keys.length ? keys[0].length - 1 : 0, keys };
    for (const k of keys) {
      const list = this.byFirst.get(k[0]) ?? [];
      list.push(k);
      this.byFirst.set(k[0], list);
    }
    this.patterns = (spec.patterns ?? []).map((p, i) => {
      const entry = typeof p === 'string' ? { pattern: p } : p;
      const source = foldForms(entry.pattern);
      const found = triggers?.[i] !== undefined ? triggers[i] : requiredLiterals(source);
      // Every field from the start, those worked out on first use too: patterns then share one shape, and the scans
      // read them with monomorphic loads (fields added later, in varying orders, made those loads megamorphic).
      return {
        source,
        re: undefined,
        native: undefined,
        anchor: undefined,
        sticky: undefined,
        cursor: undefined,
        reviewed,
        triggers: found,
        triggerIds: undefined,
        rarest: undefined,
        suggest: entry.suggest,
      };
    });
  }

  /**
   * The same terms without the patterns that cannot match anywhere in a
   * document (its whole prose): blocks then skip their prefilter checks.
   */
  narrowTo(prose: string): Terms {
    if (!this.patterns.length) return this;
    let signature = '';
    for (const p of this.patterns) signature += mayMatchIn(prose, triggerIdsOf(p)) ? '1' : '0';
    if (!signature.includes('0')) return this;
    // Documents mostly leave the same patterns: the same view serves them all.
    let view = this.views.get(signature);
    if (!view) {
      const kept = this.patterns.filter((_, i) => signature[i] === '1');
      view = new Terms({}, undefined, false, { of: this, patterns: kept });
      if (this.views.size >= 256) this.views.clear();
      this.views.set(signature, view);
    }
    return view;
  }

  private readonly views = new Map<string, Terms>();


  /**
   * Every match in folded text, phrases first then patterns, in text order
   * within each. `accept` may reject a match (wrong word boundary); the scan
   * then retries one character later so a shorter phrase can still match.
   */
  scan(text: string, accept?: (start: number, end: number) => boolean, limit = Infinity): TermMatch[] {
    const cacheable = memo.enabled && !accept && limit === Infinity;
    const hit = cacheable ? this.seen.get(text) : undefined;
    if (hit) return hit;
    const out = this.scanUncached(text, accept, limit);
    if (cacheable) this.seen.set(text, out.length ? out : NONE);
    return out;
  }

  private readonly seen = new BoundedCache<string, TermMatch[]>(5000);

  /**
   * Where the leftmost phrase occurrence in text starts, -1 when there is
   * none; null when a phrase holds a line break, so that prose of blocks
   * joined by line breaks cannot be read this way (find.ts).
   */
  firstPhraseAt(text: string, from = 0): number | null {
    if (!this.literal) return -1;
    if (this.phraseBreaks) return null;
    const at = this.phrasesFrom(text, from);
    if (at < 0) return -1;
    this.literal.lastIndex = at;
    const m = this.literal.exec(text);
    return m ? m.index : -1;
  }

  /**
   * Where in text (from `from` on) the first phrase can start, -1 where none
   * can: every phrase holds a character of the gate, so none starts more than
   * `reach` characters before the first of those. A search for a character
   * or two costs a few instructions a character; the alternation of phrases
   * (bank-name's 150) tried at every position cost some 80, and most blocks
   * hold no phrase's character at all.
   */
  private phrasesFrom(text: string, from: number): number {
    const gate = this.gate;
    if (gate.reads < GATE_AFTER) {
      if (++gate.reads === GATE_AFTER) gate.chars = gateOf(gate.keys);
      return from;
    }
    const chars = gate.chars;
    if (!chars) return from;
    let first = -1;
    for (let i = 0; i < chars.length; i++) {
      const at = text.indexOf(chars[i], from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first < 0 ? -1 : Math.max(from, first - gate.reach);
  }

  /** Whether the terms have patterns besides their phrases. */
  get hasPatterns(): boolean {
    return this.patterns.length > 0;
  }

  /** has(), for a text in which no phrase occurs: the patterns alone decide. */
  patternIn(text: string): boolean {
    return this.scanUncached(text, undefined, 1, false, true).length > 0;
  }

  /** scan, for a caller that has already found every pattern's required literals in the text (lexicon.ts). */
  scanPrefiltered(text: string): TermMatch[] {
    return memo.enabled ? this.scan(text) : this.scanUncached(text, undefined, Infinity, true);
  }

  private scanUncached(text: string, accept: ((start: number, end: number) => boolean) | undefined, limit: number, prefiltered = false, patternsOnly = false): TermMatch[] {
    // A list only once there may be a match: most scans find none, and return the shared empty one.
    let out = NONE;
    if (this.literal && !patternsOnly) {
      const re = this.literal;
      const from = this.phrasesFrom(text, 0);
      re.lastIndex = from < 0 ? 0 : from;
      let m: RegExpExecArray | null;
      while (from >= 0 && (m = re.exec(text))) {
        const start = m.index;
        const end = start + m[0].length;
        let found: string | undefined = m[0];
        if (accept && !accept(start, end)) {
          // 全网最 rejected inside 全网最低价? A shorter phrase at the same start may still be a word.
          found = this.byFirst.get(m[0][0])!.find((k) => k.length < m![0].length && text.startsWith(k, start) && accept(start, start + k.length));
        }
        if (found) {
          if (out === NONE) out = [];
          out.push({ start, end: start + found.length, text: found, suggest: this.phraseInfo.get(found)?.suggest });
          if (out.length >= limit) return out;
          re.lastIndex = start + found.length;
        } else re.lastIndex = start + 1;
      }
    }
    for (const p of this.patterns) {
      if (!prefiltered && !blockMayMatch(text, p.triggers, p.triggerIds)) continue;
      if (out === NONE) out = [];
      if (this.scanPattern(p, text, out, accept, limit)) return out;
    }
    return out.length ? out : NONE;
  }

  /** One pattern's matches in text, after those in `out`. True when the limit is reached. */
  private scanPattern(p: CompiledPattern, text: string, out: TermMatch[], accept: ((start: number, end: number) => boolean) | undefined, limit: number): boolean {
    if (p.native === undefined) {
      p.native = p.reviewed ? nativeRegExp(p.source, true) : nativeRegExp(p.source);
      p.anchor = p.native ? anchorOf(p.source, p.native.unicode) : null;
      if (p.native && p.anchor) {
        p.sticky = new RegExp(p.native.source, `${p.native.flags}y`);
        p.cursor = new AnchorCursor(p.anchor.literals);
      }
    }
    if (p.native) return this.scanNative(p, p.native, text, out, accept, limit);
    const matcher = (p.re ??= re2().compile(p.source)).matcher(text);
    let from = 0;
    while (from <= text.length && matcher.find(from)) {
      const start = matcher.start();
      // As in scanNative: never take a start before the one asked for, or a rejected match could be found forever.
      if (start < from) {
        from++;
        continue;
      }
      const end = matcher.end();
      if (end > start && (!accept || accept(start, end))) {
        out.push({ start, end, text: text.slice(start, end), suggest: p.suggest });
        if (out.length >= limit) return true;
        from = end;
      } else from = start + 1;
    }
    return false;
  }

  /**
   * patternIn of any of a document's blocks (of their folded texts), given the document's prose (those texts joined
   * by line breaks) and where each starts in it. A pattern is tried only in the blocks where a literal of its rarest
   * required set occurs, found by searching the prose for those literals, where patternIn of each block searched
   * every block for every literal of every pattern.
   */
  patternInSome(blocks: readonly { folded: string }[], prose: string, starts: Int32Array): boolean {
    if (!blocks.length) return false;
    if (this.blockSeen.length < blocks.length) this.blockSeen = new Int32Array(Math.max(blocks.length, this.blockSeen.length * 2));
    const seen = this.blockSeen;
    const out: TermMatch[] = [];
    for (const p of this.patterns) {
      const ids = triggerIdsOf(p);
      if (!ids?.length) {
        for (const b of blocks) if (this.scanPattern(p, b.folded, out, undefined, 1)) return true;
        continue;
      }
      const mark = ++this.blockMarks;
      for (const id of (p.rarest ??= rarestSet(ids))) {
        // Only literals the prose holds (known from narrowTo): a search for one it lacks would read all of it.
        if (!proseHolds(prose, id)) continue;
        const literal = literalOf(id);
        for (let at = prose.indexOf(literal); at !== -1; ) {
          const b = blockIndexAt(starts, at);
          if (seen[b] !== mark) {
            seen[b] = mark;
            const text = blocks[b].folded;
            if (blockMayMatch(text, p.triggers, p.triggerIds) && this.scanPattern(p, text, out, undefined, 1)) return true;
          }
          if (b + 1 >= starts.length) break;
          at = prose.indexOf(literal, Math.max(starts[b + 1], at + 1));
        }
      }
    }
    return false;
  }

  /** patternInSome's scratch: the mark of the pattern for which each block was tried last. */
  private blockSeen = new Int32Array(0);
  private blockMarks = 0;

  /** The RE2 loop on V8's RegExp: leftmost-first from each position, as matcher.find(from). True when the limit is reached. */
  private scanNative(p: CompiledPattern, re: RegExp, text: string, out: TermMatch[], accept: ((start: number, end: number) => boolean) | undefined, limit: number): boolean {
    let from = 0;
    const anchor = p.anchor;
    const sticky = p.sticky;
    const cursor = p.cursor;
    while (from <= text.length) {
      let m: RegExpExecArray | null;
      if (anchor && sticky && cursor) m = leftmostNear(sticky, anchor, cursor, text, from);
      else {
        re.lastIndex = from;
        m = re.exec(text);
      }
      if (!m) break;
      const start = m.index;
      // A unicode RegExp asked to search from inside a surrogate pair backs up to the pair's first half: that start was
      // already tried (and rejected), so step on, or the loop would find it again forever (🏦北辰银行… once hung a run).
      if (start < from) {
        from++;
        continue;
      }
      const end = start + m[0].length;
      if (end > start && (!accept || accept(start, end))) {
        out.push({ start, end, text: m[0], suggest: p.suggest });
        if (out.length >= limit) return true;
        from = end;
      } else from = start + 1;
    }
    return false;
  }

  has(text: string): boolean {
    return this.scan(text, undefined, memo.enabled ? Infinity : 1).length > 0;
  }
}
