// Lexicon classes: named word lists kept in rule-pack data (deposit words,
// return nouns, certainty words, negations, warnings …). Every literal entry
// of every class goes into one Aho–Corasick automaton (text/automaton.ts), built once per rule
// set; a block is tokenised in one leftmost-longest pass, so 不保本 is one
// token of class hedge and never also 保本 of class certainty, and 生存 hides
// the 存款 of 生存款项. Pattern entries (figures such as 3.5%) run on RE2 with
// the literal prefilter of terms.ts and may overlap literal tokens.
import { Automaton, type AutomatonData } from './text/automaton.js';
import { Terms, type PatternEntry, type PhraseEntry } from './terms.js';
import { requiredLiterals } from './text/prefilter.js';
import { foldWidth } from './text/fold.js';

export type LexiconEntry = string | PhraseEntry | PatternEntry;
export type Lexicons = Record<string, LexiconEntry[]>;

/** Lexicons of several files or packs: a class named twice gets both lists. */
export function mergeLexicons(a: Lexicons, b: Lexicons): Lexicons {
  const out: Lexicons = { ...a };
  for (const [name, entries] of Object.entries(b)) out[name] = [...(out[name] ?? []), ...entries];
  return out;
}

export interface Token {
  start: number;
  end: number;
  /** Classes of the entry; a word may belong to several. */
  classes: readonly string[];
  /** Compliant rewordings of this word, when the lexicon gives some. */
  suggest?: string[];
  /** A word of the lexicon, not a pattern match. */
  literal?: boolean;
}

interface WordInfo {
  classes: string[];
  suggest?: string[];
}

/** What the constructor derives from the lexicons, as plain data for the CLI's disk cache (lexicon-cache.ts). */
export interface LexiconData {
  wordList: string[];
  words: Map<string, WordInfo>;
  automaton: AutomatonData | null;
  patterns: { cls: string; entry: PatternEntry; reqs: string[][] | null; needs: number[][] | null }[];
  triggers: AutomatonData | null;
}

export class LexiconIndex {
  private readonly automaton: Automaton | null;
  private readonly wordList: string[];
  private readonly words = new Map<string, WordInfo>();
  /** Pattern entries, one Terms each, with the literals every match needs (see prefilter.ts). */
  private readonly patterns: { cls: string; entry: PatternEntry; reqs: string[][] | null; terms: Terms; needs: number[][] | null }[] = [];
  /** One automaton over every pattern's required literals: a block is read once to rule patterns out. */
  private readonly triggers: Automaton | null;
  private readonly cache = new WeakMap<object, Token[]>();
  readonly classNames: ReadonlySet<string>;
  /** Words of the classes named neutral… exist only to hide what is inside them. */
  private readonly hiding = (t: Token) => t.classes.some((c) => c.startsWith('neutral'));

  /** Built from the lexicons, or restored from `saved` (toData of an index of the same lexicons). */
  constructor(lexicons: Lexicons, saved?: LexiconData) {
    this.classNames = new Set(Object.keys(lexicons));
    if (saved) {
      if (!(saved.words instanceof Map) || !Array.isArray(saved.wordList) || !Array.isArray(saved.patterns)) throw new Error('lexicon data of the wrong shape');
      this.wordList = saved.wordList;
      this.words = saved.words;
      this.automaton = saved.automaton && Automaton.fromData(saved.automaton);
      this.triggers = saved.triggers && Automaton.fromData(saved.triggers);
      for (const { cls, entry, reqs, needs } of saved.patterns) this.patterns.push({ cls, entry, reqs, terms: new Terms({ patterns: [entry] }, [reqs]), needs });
      return;
    }
    const literals = new Map<string, number>(); // every pattern's required literals, by index
    for (const [cls, entries] of Object.entries(lexicons)) {
      const patterns: PatternEntry[] = [];
      for (const e of entries) {
        if (typeof e !== 'string' && 'pattern' in e) {
          patterns.push(e);
          continue;
        }
        const text = foldWidth(typeof e === 'string' ? e : e.text);
        const info = this.words.get(text) ?? { classes: [] };
        if (!info.classes.includes(cls)) info.classes.push(cls);
        if (typeof e !== 'string' && e.suggest) info.suggest = e.suggest;
        this.words.set(text, info);
      }
      for (const entry of patterns) {
        const reqs = requiredLiterals(foldWidth(entry.pattern));
        const needs = reqs?.map((set) => set.map((lit) => literals.get(lit) ?? literals.set(lit, literals.size).get(lit)!)) ?? null;
        this.patterns.push({ cls, entry, reqs, terms: new Terms({ patterns: [entry] }, [reqs]), needs });
      }
    }
    this.triggers = literals.size ? new Automaton([...literals.keys()]) : null;
    this.wordList = [...this.words.keys()];
    this.automaton = this.wordList.length ? new Automaton(this.wordList) : null;
  }

  toData(): LexiconData {
    return {
      wordList: this.wordList,
      words: this.words,
      automaton: this.automaton && this.automaton.toData(),
      patterns: this.patterns.map(({ cls, entry, reqs, needs }) => ({ cls, entry, reqs, needs })),
      triggers: this.triggers && this.triggers.toData(),
    };
  }

  /** Tokens of a block's folded text in text order; cached per block object. */
  tokensOf(key: object, text: string): Token[] {
    let hit = this.cache.get(key);
    if (!hit) this.cache.set(key, (hit = this.tokens(text)));
    return hit;
  }

  tokens(text: string): Token[] {
    const out: Token[] = [];
    if (this.automaton) {
      for (const m of this.automaton.matches(text)) {
        const info = this.words.get(this.wordList[m.word])!;
        out.push({ start: m.start, end: m.end, classes: info.classes, suggest: info.suggest, literal: true });
      }
    }
    if (this.patterns.length) {
      const words = out.length;
      const present = this.triggers?.occurring(text);
      for (const p of this.patterns) {
        if (p.needs && !p.needs.every((set) => set.some((id) => present![id]))) continue;
        for (const m of p.terms.scan(text)) {
          // A pattern anchored on the sentence before it ((^|[。！？\n])本行…) starts after that stop,
          // so it belongs to the sentence it describes.
          let start = m.start;
          while (start < m.end - 1 && LEADING_STOP.test(text[start])) start++;
          // A pattern match that starts inside a hiding word (存5年 in 保存5年) or
          // inside a number (5% in 1.5%) is not one.
          if (!startsInside(out, words, start, this.hiding) && !midNumber(text, start)) out.push({ start, end: m.end, classes: [p.cls], suggest: m.suggest });
        }
      }
      // At one start a word of the lexicon comes first: its rewordings are the ones to offer.
      out.sort((a, b) => a.start - b.start || (b.literal ? 1 : 0) - (a.literal ? 1 : 0) || b.end - a.end);
    }
    return out;
  }
}

const LEADING_STOP = /[。！？!?；;\n]/;

/** Does a hiding word among the first n (sorted, non-overlapping) tokens contain offset `at` past its start? */
function startsInside(tokens: Token[], n: number, at: number, hiding: (t: Token) => boolean): boolean {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  const before = tokens[lo - 1];
  return before !== undefined && before.end > at && hiding(before);
}

function midNumber(text: string, at: number): boolean {
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  return isDigit(text[at]) && (isDigit(text[at - 1]) || (text[at - 1] === '.' && isDigit(text[at - 2])));
}
