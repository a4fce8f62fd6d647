// Aho–Corasick over UTF-16 code units with leftmost-longest, non-overlapping
// matches: at each position the longest word ending there is a candidate,
// and a candidate that starts earlier, or as early and is longer, replaces
// the ones it overlaps. Characters that occur in no word reset the automaton
// with one table lookup, which is most of the characters of real prose.
//
// The same pass can also report literals (the lexicon's pattern triggers):
// every literal that occurs anywhere, overlapping or not, each once. Words
// and literals share the trie, so a block is read once for both.

export interface AutomatonMatch {
  start: number;
  end: number;
  /** Index of the word in the list the automaton was built from. */
  word: number;
}

/**
 * An automaton's tables as Int32Arrays, for the CLI's disk cache
 * (engine/lexicon-cache.ts): the alphabet as (code unit, letter) pairs, the
 * transition tables, and per state the failure link and outputs.
 */
export interface AutomatonData {
  alphabet: Int32Array;
  root: Int32Array;
  keyState: Int32Array;
  keyLetter: Int32Array;
  targets: Int32Array;
  /** Derivable from the table, but the loop that derives it cost a one-file run over a millisecond. */
  childBits: Int32Array;
  fail: Int32Array;
  own: Int32Array;
  dict: Int32Array;
  ownLiteral: Int32Array;
  dictLiteral: Int32Array;
  lengths: Int32Array;
  literalCount: number;
}

export class Automaton {
  /** Code unit -> its index in the alphabet (1-based); 0 for a character in no word or literal. */
  private readonly alphabet = new Uint16Array(0x10000);
  /** Transitions from the root, by letter (0: none). */
  private readonly root: Int32Array;
  /** Other transitions: an open-addressing table keyed by (state, letter); state 0 marks a free slot. */
  private readonly keyState: Int32Array;
  private readonly keyLetter: Uint16Array;
  private readonly targets: Int32Array;
  private readonly mask: number;
  /** Per state, bit (letter % 32) set for each letter it has a transition on: most misses skip the table. */
  private readonly childBits: Int32Array;
  private readonly fail: Int32Array;
  /** The word whose path is exactly this state, or -1. */
  private readonly own: Int32Array;
  /** The next state along the failure links that is a word's own state, or 0. */
  private readonly dict: Int32Array;
  /** The same for literals. */
  private readonly ownLiteral: Int32Array;
  private readonly dictLiteral: Int32Array;
  private readonly lengths: Int32Array;
  private readonly literalCount: number;
  /** Scratch for literal reports: the scan in which each literal was last seen. */
  private seenIn: Int32Array;
  private scans = 0;
  /** Per state, the first state along its failure links (itself included) that is a literal's own state, or 0: made by the first literalBits. */
  private literalAt: Int32Array | null = null;
  /**
   * What the last scan found, read before the next one: the words' matches as
   * (start, end, word) triples in words[0 … wordsEnd), and the literals in
   * literals[0 … literalsEnd). Kept from scan to scan: arrays grown by push
   * for every block were the largest share of a lint's garbage.
   */
  words: Int32Array = new Int32Array(192);
  wordsEnd = 0;
  literals: Int32Array = new Int32Array(64);
  literalsEnd = 0;

  /**
   * Built from words and literals, or restored from `saved` (checked by
   * fromData). Both ways run this constructor, so that every automaton has the
   * same hidden class: the scan loop stays monomorphic when a run uses a
   * restored one and a built one (terms.ts builds its own).
   */
  constructor(words: readonly string[], literals: readonly string[] = [], saved?: AutomatonData) {
    if (saved) {
      const d = saved;
      for (let i = 0; i < d.alphabet.length; i += 2) this.alphabet[d.alphabet[i]] = d.alphabet[i + 1];
      this.root = d.root;
      this.keyState = d.keyState;
      this.keyLetter = new Uint16Array(d.keyLetter);
      this.targets = d.targets;
      this.mask = d.keyState.length - 1;
      this.childBits = d.childBits;
      this.fail = d.fail;
      this.own = d.own;
      this.dict = d.dict;
      this.ownLiteral = d.ownLiteral;
      this.dictLiteral = d.dictLiteral;
      this.lengths = d.lengths;
      this.literalCount = d.literalCount;
      this.seenIn = new Int32Array(d.literalCount);
      return;
    }
    let letters = 0;
    for (const word of [...words, ...literals]) {
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (!this.alphabet[c]) this.alphabet[c] = ++letters;
      }
    }
    const next = new Map<number, number>();
    const own: number[] = [-1];
    const ownLiteral: number[] = [-1];
    let states = 1;
    const insert = (word: string): number => {
      let s = 0;
      for (let i = 0; i < word.length; i++) {
        const key = s * (letters + 1) + this.alphabet[word.charCodeAt(i)];
        let t = next.get(key);
        if (t === undefined) {
          t = states++;
          next.set(key, t);
          own.push(-1);
          ownLiteral.push(-1);
        }
        s = t;
      }
      return s;
    };
    this.lengths = Int32Array.from(words, (w) => w.length);
    words.forEach((word, index) => {
      const s = insert(word);
      if (own[s] === -1 || words[own[s]].length < word.length) own[s] = index;
    });
    literals.forEach((literal, index) => {
      const s = insert(literal);
      if (ownLiteral[s] === -1) ownLiteral[s] = index;
    });
    this.literalCount = literals.length;
    this.seenIn = new Int32Array(literals.length);
    this.root = new Int32Array(letters + 1);
    let size = 16;
    while (size < next.size * 2) size *= 2;
    this.mask = size - 1;
    this.keyState = new Int32Array(size);
    this.keyLetter = new Uint16Array(size);
    this.targets = new Int32Array(size);
    this.childBits = new Int32Array(states);
    for (const [key, t] of next) {
      const from = Math.floor(key / (letters + 1));
      const k = key % (letters + 1);
      if (from === 0) this.root[k] = t;
      else {
        this.childBits[from] |= 1 << (k & 31);
        let h = this.slot(from, k);
        while (this.keyState[h] !== 0) h = (h + 1) & this.mask;
        this.keyState[h] = from;
        this.keyLetter[h] = k;
        this.targets[h] = t;
      }
    }
    this.fail = new Int32Array(states);
    this.own = Int32Array.from(own);
    this.dict = new Int32Array(states);
    this.ownLiteral = Int32Array.from(ownLiteral);
    this.dictLiteral = new Int32Array(states);
    // Breadth-first: a state's failure link and output come from shorter paths.
    const children = new Map<number, [number, number][]>();
    for (const [key, t] of next) {
      const from = Math.floor(key / (letters + 1));
      const list = children.get(from) ?? [];
      list.push([key % (letters + 1), t]);
      children.set(from, list);
    }
    const queue: number[] = [];
    for (const [, t] of children.get(0) ?? []) queue.push(t);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const [k, t] of children.get(s) ?? []) {
        let f = this.fail[s];
        let to = this.step(f, k);
        while (to === 0 && f !== 0) {
          f = this.fail[f];
          to = this.step(f, k);
        }
        this.fail[t] = to !== t ? to : 0;
        const f2 = this.fail[t];
        this.dict[t] = this.own[f2] !== -1 ? f2 : this.dict[f2];
        this.dictLiteral[t] = this.ownLiteral[f2] !== -1 ? f2 : this.dictLiteral[f2];
        queue.push(t);
      }
    }
  }

  toData(): AutomatonData {
    const alphabet: number[] = [];
    this.alphabet.forEach((k, c) => k && alphabet.push(c, k));
    return {
      alphabet: Int32Array.from(alphabet),
      root: this.root,
      keyState: this.keyState,
      keyLetter: Int32Array.from(this.keyLetter),
      targets: this.targets,
      childBits: this.childBits,
      fail: this.fail,
      own: this.own,
      dict: this.dict,
      ownLiteral: this.ownLiteral,
      dictLiteral: this.dictLiteral,
      lengths: this.lengths,
      literalCount: this.literalCount,
    };
  }

  /** The automaton saved by toData; throws on data of the wrong shape. */
  static fromData(d: AutomatonData): Automaton {
    const int32 = [d.alphabet, d.root, d.keyState, d.keyLetter, d.targets, d.childBits, d.fail, d.own, d.dict, d.ownLiteral, d.dictLiteral, d.lengths];
    const states = d.fail?.length;
    const size = d.keyState?.length;
    const ok =
      int32.every((a) => a instanceof Int32Array) &&
      d.alphabet.length % 2 === 0 &&
      d.root.length === d.alphabet.length / 2 + 1 &&
      size >= 16 &&
      (size & (size - 1)) === 0 &&
      d.keyLetter.length === size &&
      d.targets.length === size &&
      [d.childBits, d.own, d.dict, d.ownLiteral, d.dictLiteral].every((a) => a.length === states) &&
      Number.isInteger(d.literalCount) &&
      d.literalCount >= 0;
    if (!ok) throw new Error('automaton data of the wrong shape');
    return new Automaton([], [], d);
  }

  private slot(s: number, k: number): number {
    return (Math.imul(s ^ (k << 16), 0x9e3779b1) >>> 8) & this.mask;
  }

  /** The state after letter k in state s, or 0 when s has no such transition. */
  private step(s: number, k: number): number {
    if (s === 0) return this.root[k];
    if (!(this.childBits[s] & (1 << (k & 31)))) return 0;
    for (let h = this.slot(s, k); ; h = (h + 1) & this.mask) {
      const found = this.keyState[h];
      if (found === s && this.keyLetter[h] === k) return this.targets[h];
      if (found === 0) return 0;
    }
  }

  matches(text: string): AutomatonMatch[] {
    this.scan(text, false);
    const found: AutomatonMatch[] = [];
    for (let i = 0; i < this.wordsEnd; i += 3) found.push({ start: this.words[i], end: this.words[i + 1], word: this.words[i + 2] });
    return found;
  }

  /**
   * One pass: the words' matches, leftmost-longest and not overlapping, and,
   * when `withLiterals`, the index of every literal that occurs, each once, in
   * order of first end (see `words` and `literals`).
   */
  scan(text: string, withLiterals: boolean): void {
    // The tables in locals and the transition written out here (step along the
    // failure links): read through `this` in calls made per character, each
    // table was looked up again at every use. Over the bench corpus's blocks
    // the lexicon's scan takes 13% fewer instructions so.
    const alphabet = this.alphabet;
    const root = this.root;
    const childBits = this.childBits;
    const keyState = this.keyState;
    const keyLetter = this.keyLetter;
    const targets = this.targets;
    const mask = this.mask;
    const fail = this.fail;
    const own = this.own;
    const dict = this.dict;
    const ownLiteral = this.ownLiteral;
    const dictLiteral = this.dictLiteral;
    const lengths = this.lengths;
    const seen = this.seenIn;
    // A boolean for certain: tested as the parameter, it was a full truth test per character.
    const reportLiterals = withLiterals === true;
    const scan = ++this.scans;
    let found = this.words;
    let n = 0;
    let literals = this.literals;
    let l = 0;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      // A character in no word goes back to the root at once.
      const k = alphabet[text.charCodeAt(i)];
      if (k === 0) {
        s = 0;
        continue;
      }
      // The state after k: s's transition, else that of its failure link, and so on up to the root's.
      let t = 0;
      for (;;) {
        if (s === 0) {
          t = root[k];
          break;
        }
        if (childBits[s] & (1 << (k & 31))) {
          for (let h = (Math.imul(s ^ (k << 16), 0x9e3779b1) >>> 8) & mask; ; h = (h + 1) & mask) {
            const at = keyState[h];
            if (at === s && keyLetter[h] === k) {
              t = targets[h];
              break;
            }
            if (at === 0) break;
          }
          if (t !== 0) break;
        }
        s = fail[s];
      }
      s = t;
      if (s === 0) continue;
      if (reportLiterals) {
        for (let st = ownLiteral[s] !== -1 ? s : dictLiteral[s]; st > 0; st = dictLiteral[st]) {
          const lit = ownLiteral[st];
          if (seen[lit] !== scan) {
            seen[lit] = scan;
            if (l === literals.length) literals = this.literals = grown(literals);
            literals[l++] = lit;
          }
        }
      }
      // Words ending here, longest (leftmost) first; a word that starts inside
      // the previous match gives way to a shorter one that does not.
      for (let st = own[s] !== -1 ? s : dict[s]; st > 0; st = dict[st]) {
        const w = own[st];
        const start = i + 1 - lengths[w];
        // The matches it overlaps must all start where it does or later, or it
        // cannot be placed (and they stay: popping them first lost 款存|存|银存).
        let m = n;
        while (m > 0 && found[m - 2] > start && found[m - 3] >= start) m -= 3;
        if (m > 0 && found[m - 2] > start) continue;
        n = m;
        if (n + 3 > found.length) found = this.words = grown(found);
        found[n] = start;
        found[n + 1] = i + 1;
        found[n + 2] = w;
        n += 3;
        break;
      }
    }
    this.wordsEnd = n;
    this.literalsEnd = l;
  }

  /**
   * The literals' pass alone, for an automaton of literals (prose-literals.ts): for every literal that occurs in
   * text, bit (literal & 31) of bits[at + (literal >> 5)] is set, and the same bit of bits[all + (literal >> 5)]. No
   * words to place, no list of literals to keep each once (setting a bit twice is setting it): a loop with less
   * to carry than scan's, for the pass that reads every block of a prose.
   */
  literalBits(text: string, bits: Int32Array, at: number, all: number): void {
    const alphabet = this.alphabet;
    const root = this.root;
    const childBits = this.childBits;
    const keyState = this.keyState;
    const keyLetter = this.keyLetter;
    const targets = this.targets;
    const mask = this.mask;
    const fail = this.fail;
    const ownLiteral = this.ownLiteral;
    const dictLiteral = this.dictLiteral;
    const literalAt = (this.literalAt ??= Int32Array.from(ownLiteral, (own, s) => (own !== -1 ? s : dictLiteral[s])));
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const k = alphabet[text.charCodeAt(i)];
      if (k === 0) {
        s = 0;
        continue;
      }
      // As in scan.
      let t = 0;
      for (;;) {
        if (s === 0) {
          t = root[k];
          break;
        }
        if (childBits[s] & (1 << (k & 31))) {
          for (let h = (Math.imul(s ^ (k << 16), 0x9e3779b1) >>> 8) & mask; ; h = (h + 1) & mask) {
            const found = keyState[h];
            if (found === s && keyLetter[h] === k) {
              t = targets[h];
              break;
            }
            if (found === 0) break;
          }
          if (t !== 0) break;
        }
        s = fail[s];
      }
      s = t;
      for (let st = literalAt[s]; st > 0; st = dictLiteral[st]) {
        const lit = ownLiteral[st];
        const bit = 1 << (lit & 31);
        bits[at + (lit >> 5)] |= bit;
        bits[all + (lit >> 5)] |= bit;
      }
    }
  }

  /** How many literals the automaton was built with. */
  get literalTotal(): number {
    return this.literalCount;
  }
}

/** The same numbers in an array twice as long. */
function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
