import { foldText } from '../text/fold.js';
import { normalise } from '../text/normalise.js';
import { sequential } from '../text/flat.js';
import { NAMED_SPEAKER_LABEL, SPEAKER_LABEL } from './speakers.js';

// The prose of a document, cut into blocks (paragraph, heading, table cell,
// list item text) with a map from each prose character back to the source.

/**
 * A block of prose. One class, so that every block has the same shape (V8
 * optimises the checks for one shape, not for plain and moved blocks apart).
 */
export class Block {
  /**
   * Prose text: inline markup removed, soft line breaks between CJK dropped,
   * then normalised (simplified characters, no spacing between Han characters).
   */
  text: string;
  /** text with full-width forms, 你 and particle 著 folded (text/fold.ts); same length as text. */
  folded: string;
  /** Source offset of each character of text, less `base` (see at()). */
  offsets: Int32Array;
  /**
   * Added to offsets: 0, or in the language server the start of the chunk the
   * block was read from, so a block that an edit moves shares its offsets
   * with the remembered block and only base changes (markdown.ts).
   */
  base: number;
  /**
   * Language server only (see memo.ts): the remembered block of the same
   * chunk text, with offsets relative to the chunk. Findings of block-local
   * checks are kept per origin.
   */
  origin: Block | undefined;
  /** Language server only: the findings kept for this block (block-results.ts). */
  kept: unknown;
  /** The claim check's analysis of this block, with the lexicon it was made for (claim.ts). */
  analysis: unknown;
  /** The claim model's candidates in this block, with the model and lexicon they were made for (model/judgement.ts). */
  judged: unknown;
  /** Language server: the kept findings as placed at this block's base in the last lint (block-results.ts). */
  placed: unknown;
  /** Of a remembered block: its placed copies, the read that last placed them and how many it used (markdown.ts). */
  copies: Block[] | undefined;
  read: number;
  used: number;

  constructor(text: string, folded: string, offsets: Int32Array, base = 0) {
    this.text = text;
    this.folded = folded;
    this.offsets = offsets;
    this.base = base;
    this.origin = undefined;
    this.kept = undefined;
    this.analysis = undefined;
    this.judged = undefined;
    this.placed = undefined;
    this.copies = undefined;
    this.read = 0;
    this.used = 0;
  }

  /** Source offset of text[i]. */
  at(i: number): number {
    return this.base + this.offsets[i];
  }
}

export type DirectiveType = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  type: DirectiveType;
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** Source range of the whole comment. */
  start: number;
  end: number;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Source range of the whole front matter including the fences. */
  start: number;
  end: number;
  /** Range of the YAML between the fences. */
  yamlStart: number;
  problem?: { message: string; start: number; end: number };
}

export interface ProseDocument {
  source: string;
  format: 'markdown' | 'text';
  frontMatter: FrontMatter | null;
  blocks: Block[];
  directives: Directive[];
}

// Offsets of built blocks are views into shared chunks, one allocation per
// CHUNK characters instead of two typed arrays per block (V8 allocates each
// typed array's store apart, which cost more than reading the block).
const CHUNK = 1 << 14;
let arena = new Int32Array(CHUNK);
let arenaUsed = 0;

function offsetsStore(n: number): Int32Array {
  if (n > CHUNK >> 2) return new Int32Array(n);
  if (arenaUsed + n > CHUNK) {
    arena = new Int32Array(CHUNK);
    arenaUsed = 0;
  }
  const view = arena.subarray(arenaUsed, arenaUsed + n);
  arenaUsed += n;
  return view;
}

// Builders collect offsets in one shared scratch array: the builder that
// last took it owns it, and one that takes it from a builder still building
// first gives that builder a copy of its own.
let scratch = new Int32Array(256);
let scratchOwner: BlockBuilder | null = null;

/**
 * A table's cell bar while its block is built: normalising drops a | between two
 * Han characters (保|本 is 保本), which would run two cells into one word
 * (|定期存款|养老年金| read as 存款养老); this stand-in is kept, then written back as |.
 */
const CELL_BAR = '\uE000';
const CELL_BARS = /\uE000/g;

/** Collects prose characters and their source offsets for one block. Single use: build() once. */
export class BlockBuilder {
  private text = '';
  private bars = false;
  private offsets: Int32Array | null = null;
  private count = 0;
  private built = false;

  private push(offset: number): void {
    if (this.offsets === null) this.take();
    if (this.count === this.offsets!.length) {
      const bigger = new Int32Array(this.offsets!.length * 2);
      bigger.set(this.offsets!);
      if (scratchOwner === this) scratch = bigger;
      this.offsets = bigger;
    }
    this.offsets![this.count++] = offset;
  }

  /** Offsets first, first + step, … for n characters. */
  private pushRun(first: number, n: number, step: number): void {
    if (this.offsets === null) this.take();
    while (this.count + n > this.offsets!.length) {
      const bigger = new Int32Array(this.offsets!.length * 2);
      bigger.set(this.offsets!);
      if (scratchOwner === this) scratch = bigger;
      this.offsets = bigger;
    }
    const offsets = this.offsets!;
    let o = first;
    for (let k = this.count, end = this.count + n; k < end; k++, o += step) offsets[k] = o;
    this.count += n;
  }

  private take(): void {
    if (this.built) throw new Error('BlockBuilder used after build()');
    if (scratchOwner && !scratchOwner.built) scratchOwner.offsets = scratch.slice(0, Math.max(scratchOwner.count, 64));
    scratchOwner = this;
    this.offsets = scratch;
  }

  get length(): number {
    return this.text.length;
  }

  /** A line break whose fate depends on the next character (see append). */
  private pendingBreak = -1;
  /** Where the current source line starts in text. */
  private lineStart = 0;
  /** Did the last line hold a single Han character (text set vertically: 稳⏎赚⏎不⏎赔)? */
  private lastLineSingle = false;
  /**
   * The last code unit of text (-1 before any), whether the current line is Han characters only, and its display width, kept as
   * text grows: text is built by concatenation, and reading a character of it back flattens the whole string
   * (a 20,000-row table took 30 s, most of it here).
   */
  private last = -1;
  private lineHan = true;
  private lineWidth = 0;

  /** Appends value whose first character is at source offset `at`. */
  append(value: string, at: number, mapped = true): void {
    let i = 0;
    while (i < value.length) {
      // One pass over the run up to a line break: its end, its display width, whether it is all Han characters.
      let nl = i;
      let width = 0;
      let han = true;
      for (; nl < value.length; nl++) {
        const c = value.charCodeAt(nl);
        if (c === 10 || c === 13) break;
        width += c >= 0x2e80 ? 2 : 1;
        if (han) han = isIdeograph(c);
      }
      if (nl > i) {
        // A run without line breaks is added in one go.
        this.resolveBreak(value, i);
        this.text += nl - i === value.length ? value : value.slice(i, nl);
        this.last = value.charCodeAt(nl - 1);
        if (this.lineHan) this.lineHan = han;
        this.lineWidth += width;
        this.pushRun(mapped ? at + i : at, nl - i, mapped ? 1 : 0);
      }
      if (nl >= value.length) break;
      if (value[nl] === '\r' && value[nl + 1] === '\n') nl++;
      this.resolveBreak();
      this.pendingBreak = mapped ? at + nl : at;
      i = nl + 1;
      // The indentation after a soft break is not prose.
      while (value[i] === ' ' || value[i] === '\t') i++;
    }
  }

  /**
   * A soft break between two Han characters of a hard-wrapped paragraph is
   * dropped (in build, once every line's width is known), so a phrase wrapped
   * over two lines is still one phrase. After a short line (a poster's or a
   * WeChat post's lines: 收益比存款高⏎风险比股票低), between lines of
   * different widths, elsewhere, and before a speaker turn (客户：…), it stays
   * a line break. A line of one to three Han characters and nothing else
   * (稳⏎赚⏎不⏎赔; 史上最⏎强年金) is a phrase broken for the layout: joined at once.
   */
  private resolveBreak(rest?: string, at = 0): void {
    if (this.pendingBreak < 0) return;
    const prev = this.last;
    const lineLength = this.text.length - this.lineStart;
    const hanBoth = rest !== undefined && at < rest.length && isIdeograph(prev) && isIdeograph(rest.charCodeAt(at));
    // One character a line, two lines or more running: a poster's vertical text, read as one phrase.
    const nextSingle = hanBoth && (at + 1 >= rest!.length || rest![at + 1] === '\n' || rest![at + 1] === '\r');
    const vertical = hanBoth && lineLength === 1 && (this.lastLineSingle || nextSingle);
    // A line of one to three Han characters and nothing else breaks a phrase for the layout (史上最⏎强年金; 银行⏎出品;
    // 存钱⏎送⏎保障), unless it is a vertical poster's, one character a line.
    const short = hanBoth && !vertical && lineLength <= BROKEN_LINE && this.lineHan;
    const long = hanBoth && lineLength >= WRAPPED_LINE;
    // Neither joins a speaker's turn (客户：…) to the line before.
    const turn = (short || long) && (SPEAKER_LABEL.test(rest!.slice(at, at + 6)) || NAMED_SPEAKER_LABEL.test(rest!.slice(at, at + 8)));
    const broken = short && !turn;
    const mayJoin = !vertical && long && !turn;
    this.lastLineSingle = lineLength === 1 && isIdeograph(prev);
    if (!vertical && !broken) {
      // Kept for now; build() drops it if the paragraph's lines look hard-wrapped.
      if (mayJoin) (this.wrapBreaks ??= []).push(this.text.length, this.lineWidth);
      this.text += '\n';
      this.last = 10;
      this.push(this.pendingBreak);
    }
    this.lineStart = this.text.length;
    this.lineHan = true;
    this.lineWidth = 0;
    this.pendingBreak = -1;
  }

  /** Breaks that end a long line between two Han characters: their index in text, then the line's display width (most blocks have none). */
  private wrapBreaks: number[] | null = null;

  /**
   * Drops the breaks of wrapBreaks when the lines they end look hard-wrapped:
   * as wide as each other (an editor wraps at one column) and no narrower than
   * the last line. A poster's or a script's lines end where their statements
   * end, at widths that differ (鑫悦终身寿险由安泓人寿承保⏎保障内容：身故保险金为…):
   * joined, they ran statements together and a whole leaflet read as one
   * sentence, an excerpt.
   */
  private joinWrapped(): void {
    const breaks = this.wrapBreaks;
    if (!breaks) return;
    let widest = 0;
    let narrowest = Infinity;
    for (let k = 1; k < breaks.length; k += 2) {
      widest = Math.max(widest, breaks[k]);
      narrowest = Math.min(narrowest, breaks[k]);
    }
    const lastLine = displayWidth(this.text, this.text.lastIndexOf('\n') + 1, this.text.length);
    if (widest - narrowest > WRAP_TOLERANCE || lastLine > widest + WRAP_TOLERANCE) return;
    const text = this.text;
    const offsets = this.offsets!;
    let out = '';
    let w = 0;
    let from = 0;
    for (let k = 0; k < breaks.length; k += 2) {
      const at = breaks[k];
      out += text.slice(from, at);
      for (let i = from; i < at; i++) offsets[w++] = offsets[i];
      from = at + 1;
    }
    out += text.slice(from);
    for (let i = from; i < this.count; i++) offsets[w++] = offsets[i];
    this.text = out;
    this.count = w;
  }

  /** A table's cell bar at source offset `at`: it parts two cells, whatever characters stand beside it. */
  bar(at: number): void {
    this.bars = true;
    this.append(CELL_BAR, at);
  }

  /** A stand-in for skipped inline content (code, HTML): it breaks any match. */
  gap(at: number): void {
    this.resolveBreak();
    this.text += '\uFFFC';
    this.last = 0xfffc;
    this.lineHan = false;
    this.lineWidth += 1;
    this.push(at);
  }

  build(): Block | null {
    this.joinWrapped();
    this.built = true;
    const own = this.offsets;
    if (scratchOwner === this) scratchOwner = null;
    let n = this.text.length;
    while (n > 0 && this.text.charCodeAt(n - 1) === 0xfffc) n--;
    const text = sequential(n === this.text.length ? this.text : this.text.slice(0, n));
    if (!/[^\s\uFFFC]/.test(text)) return null;
    // Checks read the canonical text (see normalise.ts); offsets still point
    // at the source character each canonical character came from.
    const norm = normalise(text);
    if (!norm.map) {
      const offsets = offsetsStore(n);
      for (let i = 0; i < n; i++) offsets[i] = own![i];
      const plain = this.bars ? sequential(text.replace(CELL_BARS, '|')) : text;
      return new Block(plain, foldedOf(plain), offsets);
    }
    const offsets = offsetsStore(norm.map.length);
    for (let i = 0; i < offsets.length; i++) offsets[i] = own![norm.map[i]];
    const canonical = sequential(this.bars ? norm.text.replace(CELL_BARS, '|') : norm.text);
    return new Block(canonical, foldedOf(canonical), offsets);
  }
}

/** A block's folded text, sequential as its text is (text/flat.ts). */
function foldedOf(text: string): string {
  const folded = foldText(text);
  return folded === text ? text : sequential(folded);
}

/** A line of Han characters this short or shorter is a phrase broken for the layout, read joined to the next. */
const BROKEN_LINE = 3;

/** Is text[from…] all Han characters? */
/** A line this long or longer that breaks between two Han characters may have been wrapped, not ended. */
const WRAPPED_LINE = 24;
/** Hard-wrapped lines differ in display width by at most this much (a word or a figure that did not fit). */
const WRAP_TOLERANCE = 6;

/** Columns text[from, to) takes in a terminal or editor: two for CJK and full-width forms, one for the rest. */
function displayWidth(text: string, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i++) width += text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return width;
}

/** Han characters only (a code unit; -1 for none): a break after punctuation (。，) stays a break. */
export function isIdeograph(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}
