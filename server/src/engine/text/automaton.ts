// Aho–Corasick over UTF-16 code units with leftmost-longest, non-overlapping
// matches: at each position the longest word ending there is a candidate,
// and a candidate that starts earlier, or as early and is longer, replaces
// the ones it overlaps. Characters that occur in no word reset the automaton
// with one table lookup, which is most of the characters of real prose.

export interface AutomatonMatch {
  start: number;
  end: number;
  /** Index of the word in the list the automaton was built from. */
  word: number;
}

/** An automaton's tables, for the CLI's disk cache (engine/lexicon-cache.ts). */
export interface AutomatonData {
  next: Map<number, number>;
  fail: Int32Array;
  own: Int32Array;
  dict: Int32Array;
  lengths: Int32Array;
  alphabet: Uint8Array;
}

export class Automaton {
  /** Transitions, keyed by state * 65536 + code unit. */
  private readonly next = new Map<number, number>();
  private readonly fail: Int32Array;
  /** The word whose path is exactly this state, or -1. */
  private readonly own: Int32Array;
  /** The next state along the failure links that is a word's own state, or 0. */
  private readonly dict: Int32Array;
  private readonly lengths: Int32Array;
  private readonly alphabet = new Uint8Array(0x10000);

  constructor(words: readonly string[]) {
    const own: number[] = [-1];
    let states = 1;
    this.lengths = Int32Array.from(words, (w) => w.length);
    words.forEach((word, index) => {
      let s = 0;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        this.alphabet[c] = 1;
        const key = s * 0x10000 + c;
        let t = this.next.get(key);
        if (t === undefined) {
          t = states++;
          this.next.set(key, t);
          own.push(-1);
        }
        s = t;
      }
      if (own[s] === -1 || words[own[s]].length < word.length) own[s] = index;
    });
    this.fail = new Int32Array(states);
    this.own = Int32Array.from(own);
    this.dict = new Int32Array(states);
    // Breadth-first: a state's failure link and output come from shorter paths.
    const children = new Map<number, [number, number][]>();
    for (const [key, t] of this.next) {
      const from = Math.floor(key / 0x10000);
      const list = children.get(from) ?? [];
      list.push([key % 0x10000, t]);
      children.set(from, list);
    }
    const queue: number[] = [];
    for (const [, t] of children.get(0) ?? []) queue.push(t);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const [c, t] of children.get(s) ?? []) {
        let f = this.fail[s];
        let to = this.step(f, c);
        while (to === undefined && f !== 0) {
          f = this.fail[f];
          to = this.step(f, c);
        }
        this.fail[t] = to !== undefined && to !== t ? to : 0;
        const f2 = this.fail[t];
        this.dict[t] = this.own[f2] !== -1 ? f2 : this.dict[f2];
        queue.push(t);
      }
    }
  }

  toData(): AutomatonData {
    return { next: this.next, fail: this.fail, own: this.own, dict: this.dict, lengths: this.lengths, alphabet: this.alphabet };
  }

  /** The automaton saved by toData; throws on data of the wrong shape. */
  static fromData(d: AutomatonData): Automaton {
    const states = d.fail?.length;
    const ok =
      d.next instanceof Map &&
      d.fail instanceof Int32Array &&
      d.own instanceof Int32Array &&
      d.dict instanceof Int32Array &&
      d.lengths instanceof Int32Array &&
      d.alphabet instanceof Uint8Array &&
      d.own.length === states &&
      d.dict.length === states &&
      d.alphabet.length === 0x10000;
    if (!ok) throw new Error('automaton data of the wrong shape');
    const a = Object.create(Automaton.prototype) as Automaton;
    return Object.assign(a, { next: d.next, fail: d.fail, own: d.own, dict: d.dict, lengths: d.lengths, alphabet: d.alphabet });
  }

  private step(s: number, c: number): number | undefined {
    return this.next.get(s * 0x10000 + c);
  }

  /** The state after reading c in state s; a character in no word goes back to the root at once. */
  private advance(s: number, c: number): number {
    if (!this.alphabet[c]) return 0;
    let t = this.step(s, c);
    while (t === undefined && s !== 0) {
      s = this.fail[s];
      t = this.step(s, c);
    }
    return t ?? 0;
  }

  matches(text: string): AutomatonMatch[] {
    const found: AutomatonMatch[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = this.advance(s, text.charCodeAt(i));
      if (s === 0) continue;
      // Words ending here, longest (leftmost) first; a word that starts inside
      // the previous match gives way to a shorter one that does not.
      for (let st = this.own[s] !== -1 ? s : this.dict[s]; st > 0; st = this.dict[st]) {
        const w = this.own[st];
        const start = i + 1 - this.lengths[w];
        // The matches it overlaps must all start where it does or later, or it
        // cannot be placed (and they stay: popping them first lost 款存|存|银存).
        let k = found.length;
        while (k > 0 && found[k - 1].end > start && found[k - 1].start >= start) k--;
        if (k > 0 && found[k - 1].end > start) continue;
        found.length = k;
        found.push({ start, end: i + 1, word: w });
        break;
      }
    }
    return found;
  }

  /** Every word that occurs anywhere in the text, overlapping or not (by index). */
  occurring(text: string): Uint8Array {
    const seen = new Uint8Array(this.lengths.length);
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = this.advance(s, text.charCodeAt(i));
      for (let st = this.own[s] !== -1 ? s : this.dict[s]; st > 0; st = this.dict[st]) seen[this.own[st]] = 1;
    }
    return seen;
  }
}
