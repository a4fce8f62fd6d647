// Many short strings kept as one: the text and where each string ends. Read
// back from bytes (lexicon-data.ts) as one UTF-16 string, where a JSON array of
// hundreds of regular expressions cost a one-file run milliseconds of parsing;
// each string is taken (a slice) only when asked for.
export class TextList {
  constructor(
    readonly text: string,
    /** End of string i in text; it starts where string i - 1 ends. */
    readonly ends: Int32Array,
  ) {
    let at = 0;
    for (let i = 0; i < ends.length; i++) {
      if (!(ends[i] >= at && ends[i] <= text.length)) throw new Error('text list of the wrong shape');
      at = ends[i];
    }
  }

  static of(list: readonly string[]): TextList {
    const ends = new Int32Array(list.length);
    let at = 0;
    list.forEach((s, i) => (ends[i] = at += s.length));
    return new TextList(list.join(''), ends);
  }

  get length(): number {
    return this.ends.length;
  }

  at(i: number): string {
    return this.text.slice(i > 0 ? this.ends[i - 1] : 0, this.ends[i]);
  }

  toArray(): string[] {
    return Array.from(this.ends, (_, i) => this.at(i));
  }
}
