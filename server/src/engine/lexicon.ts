// Lexicon classes: named word lists kept in rule-pack data (deposit words,
// return nouns, certainty words, negations, warnings …). Every literal entry
// of every class goes into one Aho–Corasick automaton (text/automaton.ts),
// built once per rule set; a block is tokenised in one leftmost-longest pass,
// so 不保本 is one token of class hedge and never also 保本 of class certainty,
// and 生存 hides the 存款 of 生存款项. Pattern entries (figures such as 3.5%)
// run on RE2 and may overlap literal tokens; the same pass reports the
// literals they require (prefilter.ts), so a pattern runs only where it may match.
import { Automaton, type AutomatonData } from './text/automaton.js';
import { Terms, type PatternEntry, type PhraseEntry } from './terms.js';
import { requiredLiterals } from './text/prefilter.js';
import { foldForms, foldText } from './text/fold.js';
import { TextList } from './text/text-list.js';

export type LexiconEntry = string | PhraseEntry | PatternEntry;
export type Lexicons = Record<string, LexiconEntry[]>;

/** Lexicons of several files or packs: a class named twice gets both lists. */
export function mergeLexicons(a: Lexicons, b: Lexicons): Lexicons {
  const out: Lexicons = { ...a };
  for (const [name, entries] of Object.entries(b)) out[name] = [...(out[name] ?? []), ...entries];
  return out;
}

/**
 * A set of classes as bits, 30 to a number (small integers stay unboxed in
 * V8): class i is bit i % 30 of number i / 30.
 */
export type ClassBits = number[];

export interface Token {
  start: number;
  end: number;
  /** Classes of the entry; a word may belong to several. */
  classes: readonly string[];
  /** The same classes as bits (LexiconIndex.classBits); shared by every token of the entry. */
  bits: ClassBits;
  /** Compliant rewordings of this word, when the lexicon gives some. */
  suggest?: string[];
  /** A word of the lexicon, not a pattern match. */
  literal?: boolean;
}

interface WordInfo {
  classes: string[];
  bits: ClassBits;
  suggest?: string[];
}

/**
 * The pattern entries, as columns: pattern i is sources.at(i), of class
 * classes[i] (an index into the lexicons' class names), and requires the
 * literals needs[i] (prefilter.ts), by index in the automaton's literals.
 */
export interface PatternColumns {
  sources: TextList;
  classes: Int32Array;
  /** [pattern index, rewordings] of the few patterns that have rewordings. */
  suggest: [number, string[]][];
  needs: (number[][] | null)[];
}

/** What a token of a pattern entry carries (shared by the patterns of a class). */
interface PatternClass {
  classes: readonly string[];
  bits: ClassBits;
}

/** A pattern as a candidate: made on first use, as most patterns never pass their prefilter in a run. */
interface PatternInfo extends PatternClass {
  terms: Terms;
}

/**
 * Which patterns to look at for a literal (see indexPatterns), as offsets:
 * those of literal i are patterns[starts[i] … starts[i + 1]).
 */
export interface PatternsByLiteral {
  starts: Int32Array;
  patterns: Int32Array;
  /** Patterns that need no literal: always candidates. */
  always: Int32Array;
}

/** Words read back only when asked for (toData): a lint never needs them as text. */
export interface LazyWords {
  count: number;
  read(): string[];
}

/**
 * What the constructor derives from the lexicons, as plain data for the CLI's
 * disk cache (lexicon-cache.ts) and the build (lexicon-builtin.ts). Classes
 * are indices into the lexicons' class names, and words of the same classes
 * share one list: reading back thousands of small objects cost a one-file run
 * more than the rest of the restore.
 */
export interface LexiconData {
  /** The lexicons' class names, in their order. */
  classes: string[];
  wordList: string[] | LazyWords;
  /** The distinct class lists of the words; word i has classLists[wordClasses[i]]. */
  classLists: number[][];
  wordClasses: Int32Array;
  /** [word index, rewordings] of the few words that have rewordings. */
  suggestions: [number, string[]][];
  automaton: AutomatonData | null;
  patterns: PatternColumns;
  byLiteral: PatternsByLiteral;
  /** The literals the patterns require, by index (the automaton reports them too). */
  literals: TextList;
}

export class LexiconIndex {
  private readonly automaton: Automaton | null;
  private readonly wordList: string[] | LazyWords;
  private readonly infos: WordInfo[];
  /** Pattern entries, with the literals every match needs (see prefilter.ts). */
  private readonly patterns: PatternColumns;
  /** Rewordings by pattern. */
  private readonly patternSuggest = new Map<number, string[]>();
  /** By pattern, made on first use (patternInfo). */
  private readonly patternInfos: (PatternInfo | undefined)[] = [];
  /** By class index: what the patterns of a class share. */
  private readonly classInfos: (PatternClass | undefined)[] = [];
  private readonly classList: string[];
  /** The literals the patterns require, by index (the automaton reports them too: a block is read once). */
  private readonly literalList: TextList;
  /** For each required literal, the patterns to look at; patterns that need nothing are always tried. */
  private readonly byLiteral: PatternsByLiteral;
  readonly classNames: ReadonlySet<string>;
  /** Bit index of each class: a set of classes is classWords numbers (ClassBits). */
  readonly classIndex = new Map<string, number>();
  readonly classWords: number;
  /** Words of the classes named neutral… exist only to hide what is inside them. */
  private readonly hidingBits: ClassBits;

  /**
   * Built from the lexicons, or restored from `saved` (toData of an index of
   * the same lexicons, which are then not needed). `reviewed`: the lexicons
   * are a built-in pack's, and so its patterns (native-regexp.ts).
   */
  constructor(lexicons: Lexicons);
  constructor(lexicons: Lexicons | undefined, saved: LexiconData, reviewed?: boolean);
  constructor(lexicons: Lexicons | undefined, saved?: LexiconData, private readonly reviewed = false) {
    this.classList = saved ? saved.classes : Object.keys(lexicons!);
    if (lexicons && saved && !sameList(Object.keys(lexicons), saved.classes)) wrongShape();
    for (const cls of this.classList) this.classIndex.set(cls, this.classIndex.size);
    this.classWords = Math.max(1, Math.ceil(this.classIndex.size / 30));
    this.hidingBits = this.classBits(this.classList.filter((c) => c.startsWith('neutral')));
    this.classNames = new Set(this.classList);
    if (saved) {
      // Checked as it is read (an index out of range would fail later, mid-lint): plain loops, as this runs once per start.
      const names = this.classList;
      const shared = saved.classLists.map((list): WordInfo => {
        const classes = list.map((i) => names[i] ?? wrongShape());
        return { classes, bits: this.classBits(classes) };
      });
      const { wordList, wordClasses } = saved;
      if (wordClasses.length !== (Array.isArray(wordList) ? wordList.length : wordList.count)) wrongShape();
      const infos: WordInfo[] = new Array(wordClasses.length);
      for (let i = 0; i < infos.length; i++) infos[i] = shared[wordClasses[i]] ?? wrongShape();
      for (const [i, suggest] of saved.suggestions) infos[i] = { ...(infos[i] ?? wrongShape()), suggest };
      this.wordList = saved.wordList;
      this.infos = infos;
      this.automaton = saved.automaton && Automaton.fromData(saved.automaton);
      this.literalList = saved.literals;
      if ((this.automaton?.literalTotal ?? 0) !== this.literalList.length) wrongShape();
      this.patterns = saved.patterns;
      for (const [i, suggest] of saved.patterns.suggest) this.patternSuggest.set(i, suggest);
      this.byLiteral = saved.byLiteral;
      checkPatterns(this.patterns, names.length, this.literalList.length, this.byLiteral);
      return;
    }
    const words = new Map<string, WordInfo>();
    const literals = new Map<string, number>(); // every pattern's required literals, by index
    const sources: string[] = [];
    const classes: number[] = [];
    const needsList: (number[][] | null)[] = [];
    for (const [cls, entries] of Object.entries(lexicons!)) {
      const patterns: PatternEntry[] = [];
      for (const e of entries) {
        if (typeof e !== 'string' && 'pattern' in e) {
          patterns.push(e);
          continue;
        }
        const text = foldText(typeof e === 'string' ? e : e.text);
        const info = words.get(text) ?? { classes: [], bits: [] };
        if (!info.classes.includes(cls)) info.classes.push(cls);
        if (typeof e !== 'string' && e.suggest) info.suggest = e.suggest;
        words.set(text, info);
      }
      for (const entry of patterns) {
        const reqs = requiredLiterals(foldForms(entry.pattern));
        const needs = reqs?.map((set) => set.map((lit) => literals.get(lit) ?? literals.set(lit, literals.size).get(lit)!)) ?? null;
        if (entry.suggest) this.patternSuggest.set(sources.length, entry.suggest);
        sources.push(entry.pattern);
        classes.push(this.classIndex.get(cls)!);
        needsList.push(needs);
      }
    }
    for (const info of words.values()) info.bits = this.classBits(info.classes);
    this.patterns = { sources: TextList.of(sources), classes: Int32Array.from(classes), suggest: [...this.patternSuggest], needs: needsList };
    this.literalList = TextList.of([...literals.keys()]);
    this.byLiteral = this.indexPatterns();
    this.wordList = [...words.keys()];
    this.infos = this.wordList.map((w) => words.get(w)!);
    this.automaton = this.wordList.length || literals.size ? new Automaton(this.wordList, [...literals.keys()]) : null;
  }

  /** What the tokens of pattern i carry, and its Terms (with the literals it requires as text, as requiredLiterals gave them). */
  private patternInfo(i: number): PatternInfo {
    let info = this.patternInfos[i];
    if (!info) {
      const c = this.patterns.classes[i];
      let cls = this.classInfos[c];
      if (!cls) {
        const classes = [this.classList[c]];
        cls = this.classInfos[c] = { classes, bits: this.classBits(classes) };
      }
      const pattern = this.patterns.sources.at(i);
      const suggest = this.patternSuggest.get(i);
      const entry: PatternEntry = suggest ? { pattern, suggest } : { pattern };
      const terms = new Terms({ patterns: [entry] }, [this.patterns.needs[i]?.map((set) => set.map((k) => this.literalList.at(k))) ?? null], this.reviewed);
      info = this.patternInfos[i] = { classes: cls.classes, bits: cls.bits, terms };
    }
    return info;
  }

  /**
   * byLiteral and alwaysTried, from the patterns' needs (an unknown literal is
   * data of the wrong shape). A pattern may match only when every one of its
   * sets has a literal present, so it is listed under the literals of one set
   * only, the one least likely to be present: candidates() then looks at it
   * only when that set is satisfied, not once per present literal of any set
   * (保险 and 银行 alone are required by hundreds of patterns). A set's
   * likelihood is estimated from its literals: short ones are common in prose,
   * and so are those many patterns need (the domain's everyday words).
   */
  private indexPatterns(): PatternsByLiteral {
    const byLiteral: number[][] = Array.from({ length: this.literalList.length }, () => []);
    const always: number[] = [];
    const popularity = new Int32Array(this.literalList.length);
    for (const needs of this.patterns.needs) for (const set of needs ?? []) for (const id of set) popularity[id]++;
    for (let i = 0; i < this.patterns.needs.length; i++) {
      const needs = this.patterns.needs[i];
      if (!needs) {
        always.push(i);
        continue;
      }
      let anchor: number[] | undefined;
      let lowest = Infinity;
      for (const set of needs) {
        let cost = 0;
        for (const id of set) {
          if (byLiteral[id] === undefined) wrongShape();
          cost += (1 + popularity[id]) / 8 ** this.literalList.at(id).length;
        }
        if (cost < lowest) {
          lowest = cost;
          anchor = set;
        }
      }
      for (const id of anchor ?? []) {
        // Each list grows in pattern order, so a literal a set names twice is the last entry already.
        const list = byLiteral[id];
        if (list[list.length - 1] !== i) list.push(i);
      }
    }
    const starts = new Int32Array(byLiteral.length + 1);
    byLiteral.forEach((list, id) => (starts[id + 1] = starts[id] + list.length));
    return { starts, patterns: Int32Array.from(byLiteral.flat()), always: Int32Array.from(always) };
  }

  toData(): LexiconData {
    const classLists: number[][] = [];
    const listOf = new Map<string, number>();
    const wordClasses = Int32Array.from(this.infos, ({ classes }) => {
      const list = classes.map((c) => this.classIndex.get(c)!);
      const key = list.join();
      let k = listOf.get(key);
      if (k === undefined) listOf.set(key, (k = classLists.push(list) - 1));
      return k;
    });
    const suggestions: [number, string[]][] = [];
    this.infos.forEach((info, i) => info.suggest && suggestions.push([i, info.suggest]));
    return {
      classes: this.classList,
      wordList: Array.isArray(this.wordList) ? this.wordList : this.wordList.read(),
      classLists,
      wordClasses,
      suggestions,
      automaton: this.automaton && this.automaton.toData(),
      patterns: this.patterns,
      byLiteral: this.byLiteral,
      literals: this.literalList,
    };
  }

  /** The bits of a set of classes (unknown names have none). */
  classBits(classes: Iterable<string>): ClassBits {
    const bits: ClassBits = new Array(this.classWords).fill(0);
    for (const c of classes) {
      const i = this.classIndex.get(c);
      if (i !== undefined) bits[Math.floor(i / 30)] |= 1 << i % 30;
    }
    return bits;
  }

  /** Tokens of a block's folded text in text order (claim.ts keeps them with the block). */
  tokens(text: string): Token[] {
    const out: Token[] = [];
    const automaton = this.automaton;
    if (automaton) automaton.scan(text, this.literalList.length > 0);
    const flat = automaton ? automaton.words : NO_NUMBERS;
    const flatEnd = automaton ? automaton.wordsEnd : 0;
    for (let i = 0; i < flatEnd; i += 3) {
      const info = this.infos[flat[i + 2]];
      // A Latin word of the lexicon (ck, lx, daiqian) is one only as a whole word: not lx in flx, ck in click.
      if (insideLatinWord(text, flat[i], flat[i + 1])) continue;
      out.push({ start: flat[i], end: flat[i + 1], classes: info.classes, bits: info.bits, suggest: info.suggest, literal: true });
    }
    if (this.patterns.needs.length) {
      const words = out.length;
      const count = this.candidates(automaton ? automaton.literals : NO_NUMBERS, automaton ? automaton.literalsEnd : 0);
      const candidates = this.chosen;
      for (let c = 0; c < count; c++) {
        const p = this.patternInfo(candidates[c]);
        const matches = p.terms.scanPrefiltered(text);
        for (let k = 0; k < matches.length; k++) {
          const m = matches[k];
          // A pattern anchored on the sentence or clause before it ((^|[。！？\n])本行…, (^|[^不])是银行的…)
          // starts after that stop, so it belongs to the sentence and clause it describes.
          let start = m.start;
          while (start < m.end - 1 && LEADING_STOP.test(text[start])) start++;
          // A pattern match that starts inside a hiding word (存5年 in 保存5年) or
          // inside a number (5% in 1.5%) is not one.
          if (!startsInside(out, words, start, this.hidingBits) && !midNumber(text, start)) out.push({ start, end: m.end, classes: p.classes, bits: p.bits, suggest: m.suggest, literal: false });
        }
      }
      // At one start a word of the lexicon comes first: its rewordings are the ones to offer.
      // (Words alone are already in that order: sorted by start and not overlapping.)
      if (out.length > words) sortInto(out, words);
    }
    return out;
  }

  /** Scratch for candidates: the call in which each literal was seen and each pattern taken. */
  private literalSeen: Int32Array | null = null;
  private patternTaken: Int32Array | null = null;
  private calls = 0;
  /**
   * The patterns' needs in one array, for candidates: those of pattern i are
   * needFlat[needAt[i] … needAt[i + 1]), each set as its length then its
   * literals. The nested lists cost a pointer chase per set, and candidates
   * looks at about 45 patterns per block.
   */
  private needFlat: Int32Array | null = null;
  private needAt: Int32Array | null = null;
  /** Scratch for candidates' answer (its first entries, as many as it returns: read before the next call). */
  private chosen: Int32Array = new Int32Array(64);

  private flattenNeeds(): void {
    const needs = this.patterns.needs;
    const at = new Int32Array(needs.length + 1);
    let n = 0;
    for (let i = 0; i < needs.length; i++) {
      at[i] = n;
      const sets = needs[i];
      if (sets) for (let s = 0; s < sets.length; s++) n += 1 + sets[s].length;
    }
    at[needs.length] = n;
    const flat = new Int32Array(n);
    n = 0;
    for (let i = 0; i < needs.length; i++) {
      const sets = needs[i];
      if (!sets) continue;
      for (let s = 0; s < sets.length; s++) {
        const set = sets[s];
        flat[n++] = set.length;
        for (let j = 0; j < set.length; j++) flat[n++] = set[j];
      }
    }
    this.needFlat = flat;
    this.needAt = at;
  }

  /**
   * Which patterns may match, given the required literals present in the
   * text, in pattern order: those whose every set of required literals has
   * one present (prefilter.ts); only patterns that need a present literal are
   * looked at. They are written to `chosen`; returns how many.
   */
  private candidates(present: Int32Array, count: number): number {
    const { starts, patterns, always } = this.byLiteral;
    const seen = (this.literalSeen ??= new Int32Array(this.literalList.length));
    const taken = (this.patternTaken ??= new Int32Array(this.patterns.needs.length));
    if (!this.needFlat) this.flattenNeeds();
    const flat = this.needFlat!;
    const needAt = this.needAt!;
    const call = ++this.calls;
    for (let p = 0; p < count; p++) seen[present[p]] = call;
    let out = this.chosen;
    let n = 0;
    for (let k = 0; k < always.length; k++) {
      if (n === out.length) out = this.grow(out);
      out[n++] = always[k];
    }
    for (let p = 0; p < count; p++) {
      const id = present[p];
      for (let k = starts[id], end = starts[id + 1]; k < end; k++) {
        const i = patterns[k];
        if (taken[i] === call) continue;
        let ok = true;
        for (let q = needAt[i], last = needAt[i + 1]; q < last; ) {
          const setEnd = q + 1 + flat[q];
          let any = false;
          for (let j = q + 1; j < setEnd; j++) {
            if (seen[flat[j]] === call) {
              any = true;
              break;
            }
          }
          if (!any) {
            ok = false;
            break;
          }
          q = setEnd;
        }
        if (ok) {
          taken[i] = call;
          if (n === out.length) out = this.grow(out);
          out[n++] = i;
        }
      }
    }
    // In place for the few of most blocks, not as a sorted view (subarray): one object less per block.
    if (n > FEW_CANDIDATES) out.subarray(0, n).sort();
    else for (let i = 1; i < n; i++) {
      const v = out[i];
      let j = i;
      for (; j > 0 && out[j - 1] > v; j--) out[j] = out[j - 1];
      out[j] = v;
    }
    return n;
  }

  private grow(out: Int32Array): Int32Array {
    const bigger = new Int32Array(out.length * 2);
    bigger.set(out);
    return (this.chosen = bigger);
  }
}

/** Text order; at one start a word of the lexicon first, then the longer match. */
const tokenOrder = (a: Token, b: Token): number => a.start - b.start || (b.literal ? 1 : 0) - (a.literal ? 1 : 0) || b.end - a.end;

/** Past this many candidate patterns in a block they are sorted, not moved into place one by one. */
const FEW_CANDIDATES = 32;

/** Past this many pattern matches in a block they are sorted, not moved into place one by one. */
const FEW_MATCHES = 8;

/**
 * Sorts tokens by tokenOrder, stably, given that tokens[0 … sorted) are in
 * order already (the words). A block's few pattern matches are moved into
 * place: Array.prototype.sort copied the whole list for them every time.
 */
function sortInto(tokens: Token[], sorted: number): void {
  if (tokens.length - sorted > FEW_MATCHES) {
    tokens.sort(tokenOrder);
    return;
  }
  for (let i = sorted; i < tokens.length; i++) {
    const t = tokens[i];
    let j = i;
    for (; j > 0 && tokenOrder(tokens[j - 1], t) > 0; j--) tokens[j] = tokens[j - 1];
    tokens[j] = t;
  }
}

function wrongShape(): never {
  throw new Error('lexicon data of the wrong shape');
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Restored patterns and their index, checked as they are read (an index out of
 * range would fail later, mid-lint): plain loops, as this runs once per start.
 */
function checkPatterns(patterns: PatternColumns, classes: number, literals: number, byLiteral: PatternsByLiteral): void {
  const count = patterns.needs.length;
  if (patterns.sources.length !== count || patterns.classes.length !== count) wrongShape();
  for (const [i] of patterns.suggest) if (!(i >= 0 && i < count)) wrongShape();
  for (let i = 0; i < count; i++) {
    const cls = patterns.classes[i];
    const needs = patterns.needs[i];
    if (!(cls >= 0 && cls < classes)) wrongShape();
    if (needs === null) continue;
    for (let s = 0; s < needs.length; s++) {
      const set = needs[s];
      for (let k = 0; k < set.length; k++) if (!(set[k] >= 0 && set[k] < literals)) wrongShape();
    }
  }
  const { starts, patterns: listed, always } = byLiteral;
  if (starts.length !== literals + 1 || starts[0] !== 0 || starts[literals] !== listed.length) wrongShape();
  for (let i = 0; i < literals; i++) if (starts[i] > starts[i + 1]) wrongShape();
  for (let k = 0; k < listed.length; k++) if (!(listed[k] >= 0 && listed[k] < count && patterns.needs[listed[k]])) wrongShape();
  for (let k = 0; k < always.length; k++) if (!(always[k] >= 0 && always[k] < count)) wrongShape();
}

const LEADING_STOP = /[。！？!?；;\n，,、]/;

const NO_NUMBERS = new Int32Array(0);

const isLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Does a word that starts or ends with a Latin letter run on into more Latin letters? */
function insideLatinWord(text: string, start: number, end: number): boolean {
  return (start > 0 && isLatin(text.charCodeAt(start)) && isLatin(text.charCodeAt(start - 1))) ||
    (end < text.length && isLatin(text.charCodeAt(end - 1)) && isLatin(text.charCodeAt(end)));
}

/** Does a hiding word among the first n (sorted, non-overlapping) tokens contain offset `at` past its start? */
function startsInside(tokens: Token[], n: number, at: number, hiding: ClassBits): boolean {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  const before = tokens[lo - 1];
  return before !== undefined && before.end > at && overlaps(before.bits, hiding);
}

function midNumber(text: string, at: number): boolean {
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  return isDigit(text[at]) && (isDigit(text[at - 1]) || (text[at - 1] === '.' && isDigit(text[at - 2])));
}

/** Do two sets of class bits share a class? */
export function overlaps(a: ClassBits, b: ClassBits): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] & b[i]) return true;
  return false;
}
