// juxtaposed: a product's return set beside deposit figures with no word of
// comparison (余额宝 1.4% ｜ 银行理财 2.3% ｜ 福满堂 3.5%; 定存1.5 👉 保险3.0).
// A unit is a sentence of a block (a line break that goes on with its sentence
// does not end it) or a short run of short lines (a poster, a table). Each
// figure is labelled by the text since the previous figure or separator; a
// label holding one of the rule's `savings` classes makes a savings figure,
// any other an other-side figure (unless a `notReturn` class makes it no
// return: 沪深300下跌12%, 同样100万). A unit is reported when an other-side
// figure is higher than every savings figure of its kind (rate or sum) and no
// `unless` class occurs in it. Each unit is read once, left to right.
import { charTable, readingSentences } from '../text/sentence.js';
import { figuresIn, type Figure, type FigureKind } from '../text/figures.js';
import type { Block } from '../document/index.js';
import { overlaps, type ClassBits, type LexiconIndex, type Token } from '../lexicon.js';
import type { RuleDef } from '../packs/model.js';
import type { Fix, Suggestion } from '../types.js';
import { blockTokens } from './claim.js';
import { spokenBy } from './find.js';
import { checkDefined, classesOf, classRefsOf, lexiconOf } from './class-refs.js';
import { SPEAKER_LABEL } from '../document/speakers.js';
import { compileOffTopic, isOffTopic, type OffTopic } from './off-topic.js';
import { fillTemplate, isCleanSlice, quotedSource, sourceRange, type CheckContext, type CheckKind, type RawFinding } from './context.js';

interface Compiled {
  lexicon: LexiconIndex;
  savings: ClassBits;
  /** Classes that make an other-side figure no return (下跌12%, 同样100万): left out. */
  notReturn: ClassBits;
  /** Classes that put a label's figure on the product's side, savings words notwithstanding (儲蓄計劃 4厘). */
  ownSide: ClassBits;
  unless: ClassBits;
  /** Units about something else (banks' own deposit rates listed for savers): see RuleDef.offTopic. */
  offTopic: OffTopic;
}

interface Span {
  start: number;
  end: number;
}

/** A figure with its side and where its label starts. */
interface Labelled extends Figure {
  savings: boolean;
  labelStart: number;
}

// What ends a label: table bars, arrows, line breaks, commas, sentence stops (👉 and vs are read apart).
const SEPARATOR = charTable('｜|→➡⇒\n，,;；。！？!?');
const ARROW = charTable('→➡⇒');
/** Characters of words that say nothing about whose figure it is (→每年约1.9万: the row names it). */
const FILLER_CHARS = '每年月约大概左右共计合到手能达可为是有都就才只仅光将近超过多少的了在还也';
const FILLER = charTable(FILLER_CHARS);
/**
 * …and in a label of prose, 一 (一年也就三千来块), where a table's first cell 一年 names its row, and
 * 后/前 of a time (存10万 → 1年后 → +1,100: the figure is the row's).
 */
const LABEL_FILLER = charTable(`${FILLER_CHARS}一后前`);

/** A run of at most this many lines, each at most SHORT_LINE characters, is one unit: a poster, a table. */
const RUN_LINES = 6;
const SHORT_LINE = 30;
/** A message quotes at most this many characters of the unit. */
const QUOTE_LIMIT = 40;

const classList = (refs: string[]): string[] => refs.flatMap(classesOf);

/** Runs of 2 to RUN_LINES consecutive short, non-empty lines, each run one unit. */
function shortLineRuns(text: string): Span[] {
  const out: Span[] = [];
  let runStart = -1;
  let lines = 0;
  let runEnd = 0;
  const close = () => {
    if (lines >= 2) out.push({ start: runStart, end: runEnd });
    runStart = -1;
    lines = 0;
  };
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const length = text.slice(s, e).trim().length;
    if (length === 0 || length > SHORT_LINE) close();
    else {
      if (lines === RUN_LINES) close();
      if (runStart < 0) runStart = s;
      lines++;
      runEnd = e;
    }
    s = e + 1;
  }
  close();
  return out;
}

/** Is there a separator at i (a single character, 👉, or a standalone vs)? Returns its length, or 0. */
function separatorAt(text: string, i: number): number {
  if (SEPARATOR[text.charCodeAt(i)]) return 1;
  if (text.startsWith('👉', i)) return 2;
  if ((text[i] === 'v' || text[i] === 'V') && (text[i + 1] === 's' || text[i + 1] === 'S') && !/[A-Za-z]/.test(text[i - 1] ?? '') && !/[A-Za-z]/.test(text[i + 2] ?? '')) return 2;
  return 0;
}

/** Does text[from, to) name something: a letter that is not a filler word's? */
function names(text: string, from: number, to: number, filler = FILLER): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (/[\u3400-\u9fffA-Za-z]/.test(c) && !filler[c.charCodeAt(0)]) return true;
  }
  return false;
}

/**
 * Where a figure's label starts: after the last separator since `from` (the
 * previous figure's end). A label after an arrow that names nothing (→每年约)
 * reaches back over the arrow to the name of its row. Returns -1 when the
 * label names nothing: the figure goes on the previous one's side.
 */
function labelStart(text: string, from: number, at: number): number {
  let cut = from;
  let arrow = -1;
  for (let i = at - 1; i >= from; i--) {
    const n = separatorAt(text, i);
    if (!n) continue;
    cut = i + n;
    if (ARROW[text.charCodeAt(i)]) arrow = i;
    break;
  }
  if (names(text, cut, at, LABEL_FILLER)) return cut;
  if (arrow < 0) return -1;
  let row = from;
  for (let i = arrow - 1; i >= from; i--) {
    const n = separatorAt(text, i);
    if (n && !ARROW[text.charCodeAt(i)]) {
      row = i + n;
      break;
    }
  }
  return names(text, row, arrow, LABEL_FILLER) ? row : -1;
}

/** The first token that starts at or after offset (tokens sorted by start). */
function firstTokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does a token of these classes start in [from, to), looking on from token k? */
function classIn(tokens: Token[], k: number, from: number, to: number, bits: ClassBits): boolean {
  for (let i = k; i < tokens.length && tokens[i].start < to; i++) if (tokens[i].start >= from && overlaps(tokens[i].bits, bits)) return true;
  return false;
}

/** Where the label after a figure ends: at the next separator or figure (10万元存三年定期，…). */
function trailingLabelEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (separatorAt(text, i)) return i;
  return to;
}

const BAR = charTable('｜|');

/**
 * Table rows of a unit, read once, left to right: for the figure at `at`, its
 * row's first cell when the figure stands in a later cell and that first cell
 * names something (大额存单｜3年｜2.35%: the row is 大额存单's, not 3年's). null
 * outside tables and in a list of labelled figures. Each line's first cell is
 * found once, so a long line with many figures stays linear.
 */
class TableRows {
  private scanned: number;
  private lineStart: number;
  /** The current line's first cell (end = -1: not found yet), or null when it is no row name. */
  private cell: Span | null = { start: 0, end: -1 };

  /** Rows are read from the unit's start: a line begun in an earlier unit is that unit's business. */
  constructor(private text: string, from: number) {
    this.scanned = from;
    this.lineStart = from;
  }

  rowName(at: number): Span | null {
    const text = this.text;
    for (; this.scanned < at; this.scanned++) {
      if (text.charCodeAt(this.scanned) !== 10) continue;
      this.lineStart = this.scanned + 1;
      this.cell = { start: 0, end: -1 };
    }
    if (this.cell && this.cell.end < 0) this.cell = this.firstCell();
    // The figure must stand after the first cell, not in it.
    return this.cell && this.cell.end < at ? this.cell : null;
  }

  private firstCell(): Span | null {
    const text = this.text;
    let start = this.lineStart;
    while (start < text.length && (BAR[text.charCodeAt(start)] || text[start] === ' ')) start++;
    let end = start;
    while (end < text.length && text[end] !== '\n' && !BAR[text.charCodeAt(end)]) end++;
    if (end >= text.length || !BAR[text.charCodeAt(end)]) return null;
    // A first cell with a figure of its own, in digits or words, is one item of a list (余额宝 1.4% ｜ 本产品 百分之三点五), not a
    // row's name; a year in it is (「栖云福满堂」中档演示（第20年） | 2.60%).
    if (!names(text, start, end) || figuresIn(text, start, end).length) return null;
    return { start, end };
  }
}

/** Is text[from, to) inside one cell: no bar and no line break? */
function sameCell(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BAR[text.charCodeAt(i)] || text.charCodeAt(i) === 10) return false;
  return true;
}

/** Does the line starting at ls begin with a table bar? */
function isTableLine(text: string, ls: number): boolean {
  let i = ls;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i < text.length && BAR[text.charCodeAt(i)] === 1;
}

/**
 * The header cells of tables: for a figure in a body row, the header cell of its
 * column (| 期限 | 定期存款 | 养老年金（演示） | over | 5年 | 1.30% | 2.80% |). A table
 * is a run of lines that begin with a bar, its first line the header. One per
 * block, shared by its units: each line's header is found once and the bars of a
 * row are counted on from its last figure, so a long table stays linear.
 */
class ColumnHeaders {
  /** The first line of the table each line asked about belongs to (by line start). */
  private readonly headerOf = new Map<number, number>();
  private lastLine = -1;
  private scanned = 0;
  private bars = 0;
  private leading = 0;
  private seen = false;

  constructor(private text: string) {}

  header(at: number): (Span & { line: Span }) | null {
    const text = this.text;
    const ls = this.lineStartOf(at);
    if (ls !== this.lastLine && !isTableLine(text, ls)) return null;
    const hs: number = this.headerOf.get(ls) ?? this.walkUp(ls);
    if (ls !== this.lastLine || at < this.scanned) {
      this.scanned = ls;
      this.bars = 0;
      this.leading = 0;
      this.seen = false;
    }
    this.lastLine = ls;
    for (; this.scanned < at; this.scanned++) {
      const ch = text.charCodeAt(this.scanned);
      if (BAR[ch]) {
        if (!this.seen) this.leading = 1;
        this.bars++;
      }
      if (ch !== 0x20 && ch !== 0x09) this.seen = true;
    }
    if (hs === ls) return null;
    const column = this.bars - this.leading;
    const newline = text.indexOf('\n', hs);
    const lineEnd = newline < 0 ? text.length : newline;
    let i = hs;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (BAR[text.charCodeAt(i)]) i++;
    for (let cell = 0, cellStart = i; i <= lineEnd; i++) {
      if (i < lineEnd && !BAR[text.charCodeAt(i)]) continue;
      if (cell === column) return i > cellStart ? { start: cellStart, end: i, line: { start: hs, end: lineEnd } } : null;
      cell++;
      cellStart = i + 1;
    }
    return null;
  }

  /** Figures are asked about in text order: the line start moves forward with them (read back once when a pass starts over). */
  private lineFrom = 0;
  private lineAt = 0;

  private lineStartOf(at: number): number {
    if (at < this.lineFrom) this.lineAt = this.text.lastIndexOf('\n', at - 1) + 1;
    else for (let i = this.lineFrom; i < at; i++) if (this.text.charCodeAt(i) === 10) this.lineAt = i + 1;
    this.lineFrom = at;
    return this.lineAt;
  }

  /** Up to the table's first line, or to a line whose header is known: each line is walked over once. */
  private walkUp(ls: number): number {
    const text = this.text;
    const walked = [ls];
    let top = ls;
    while (top > 0) {
      const previous: number = text.lastIndexOf('\n', top - 2) + 1;
      if (previous === top || !isTableLine(text, previous)) break;
      const known = this.headerOf.get(previous);
      if (known !== undefined) {
        top = known;
        break;
      }
      walked.push(previous);
      top = previous;
    }
    for (const line of walked) this.headerOf.set(line, top);
    return top;
  }
}

/** Does text[start, end) name savings (from token k on), and nothing that puts its figure on the product's side? */
function savingsIn(c: Compiled, tokens: Token[], k: number, start: number, end: number): boolean {
  return classIn(tokens, k, start, end, c.savings) && !classIn(tokens, k, start, end, c.ownSide);
}

/** The unit's figures, each labelled and given a side, in one pass. */
function labelledFigures(c: Compiled, text: string, tokens: Token[], unit: Span, columns: ColumnHeaders): Labelled[] {
  const out: Labelled[] = [];
  const figures = figuresIn(text, unit.start, unit.end);
  let from = unit.start;
  let k = firstTokenFrom(tokens, unit.start);
  const rows = new TableRows(text, unit.start);
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    let start = labelStart(text, from, f.start);
    let end = f.start;
    while (k < tokens.length && tokens[k].start < from) k++;
    const previous = out[out.length - 1];
    const row = rows.rowName(f.start);
    // A row named by what it measures (| 期满金额 | 约11.6万 | 约13.4万 |) leaves its figures to their columns' headers.
    const head = row && savingsIn(c, tokens, firstTokenFrom(tokens, row.start), row.start, row.end) ? null : columns.header(f.start);
    if (head && names(text, head.start, head.end) && savingsIn(c, tokens, firstTokenFrom(tokens, head.line.start), head.line.start, head.line.end)) {
      // A row with no name (| 5年 | 1.30% | 2.80% |) under a header that names the savings: each figure is its column's.
      // (A header of other things, | 5年後 | 金額 |, leaves the figures to their rows' words: | 定期存款10萬 | 10.8萬 |.)
      const h = firstTokenFrom(tokens, head.start);
      const savings = savingsIn(c, tokens, h, head.start, head.end);
      // Quoted from the header when the unit holds it; a header far above (a long table's) is not quoted.
      if (savings || !classIn(tokens, h, head.start, head.end, c.notReturn)) out.push({ ...f, savings, labelStart: head.start >= unit.start ? head.start : f.start });
      from = f.end;
      continue;
    }
    if (start < 0 && previous && row && sameCell(text, previous.end, f.start)) {
      // The second figure of a cell (股票及股票基金0%-60%: a range) is on the first one's side, not its row's.
      out.push({ ...f, savings: previous.savings, labelStart: previous.labelStart });
      from = f.end;
      continue;
    }
    if (row && (start < 0 || !savingsIn(c, tokens, k, start, end))) {
      // In a table, a cell that does not name a savings (3年, 年化, nothing) is labelled by its row.
      const r = firstTokenFrom(tokens, row.start);
      const savings = savingsIn(c, tokens, r, row.start, row.end);
      if (savings || !classIn(tokens, r, row.start, f.start, c.notReturn)) out.push({ ...f, savings, labelStart: Math.min(row.start, f.start) });
      from = f.end;
      continue;
    }
    if (start < 0 && previous && (text[f.end] === '（' || text[f.end] === '(')) {
      // A figure named in brackets after it (1.2% → 3.0%（增额寿）): its side is the bracket's.
      // Looked for within reach only: a long run of open brackets must not make each figure read to the end.
      const near = text.slice(f.end, f.end + 17).indexOf(text[f.end] === '（' ? '）' : ')');
      const close = near < 0 ? -1 : f.end + near;
      if (close > f.end && names(text, f.end + 1, close, LABEL_FILLER)) {
        start = f.end + 1;
        end = close;
      }
    }
    if (start < 0 && previous) {
      // A figure whose label names nothing goes on the previous one's side (¥100,000 → ¥111,500), or on the savings
      // side when savings were named after the previous figure (30万要是续存，一年也就三千来块).
      const savings = previous.savings || savingsIn(c, tokens, k, previous.end, f.start);
      out.push({ ...f, savings, labelStart: savings && !previous.savings ? previous.end : previous.labelStart });
      from = f.end;
      continue;
    }
    if (start < 0 && savingsIn(c, tokens, k, from, f.start)) {
      // The first figure, its label naming nothing, after savings named before it (钱放银行，一年才一千多块).
      out.push({ ...f, savings: true, labelStart: from });
      from = f.end;
      continue;
    }
    if (start < 0) {
      // The first figure of a clause is named after it: 10万元存三年定期.
      start = f.end;
      end = trailingLabelEnd(text, f.end, i + 1 < figures.length ? figures[i + 1].start : unit.end);
    }
    const savings = savingsIn(c, tokens, k, start, end);
    if (savings || !classIn(tokens, k, start, end, c.notReturn)) out.push({ ...f, savings, labelStart: Math.min(start, f.start) });
    from = f.end;
  }
  return out;
}

/**
 * The figures compared in a unit (all of the kind an other-side figure outdoes), or null. A sum
 * on both sides is the money put in, not a return (存10万 → +1,100 ｜ 放万能账户10万 → +2,600).
 */
function comparedFigures(figures: Labelled[]): Labelled[] | null {
  for (const kind of ['rate', 'sum'] as FigureKind[]) {
    let savingsMax = -Infinity;
    let otherMax = -Infinity;
    const principal = kind === 'sum' ? bothSides(figures) : null;
    for (const f of figures) {
      if (f.kind !== kind || principal?.has(f.value)) continue;
      if (f.savings) savingsMax = Math.max(savingsMax, f.value);
      else otherMax = Math.max(otherMax, f.value);
    }
    if (savingsMax > -Infinity && otherMax > savingsMax) return figures.filter((f) => f.kind === kind);
  }
  return null;
}

/** The sums named on both sides (each a figure's value), or null when there are none. */
function bothSides(figures: Labelled[]): Set<number> | null {
  const savings = new Set<number>();
  for (const f of figures) if (f.kind === 'sum' && f.savings) savings.add(f.value);
  let both: Set<number> | null = null;
  for (const f of figures) if (f.kind === 'sum' && !f.savings && savings.has(f.value)) (both ??= new Set()).add(f.value);
  return both;
}

/** Does a class of the rule's `unless` occur in the unit? */
function cancelled(c: Compiled, tokens: Token[], unit: Span): boolean {
  return classIn(tokens, firstTokenFrom(tokens, unit.start), unit.start, unit.end, c.unless);
}

/** A long quotation keeps its two ends. */
function shorten(s: string): string {
  if (s.length <= QUOTE_LIMIT) return s;
  const half = Math.floor((QUOTE_LIMIT - 1) / 2);
  return `${s.slice(0, half)}…${s.slice(s.length - half)}`;
}

function findingFor(block: Block, unit: Span, compared: Labelled[], rule: RuleDef, ctx: CheckContext): RawFinding {
  const text = block.text;
  // Figures are in text order; a label reaching back to its row's name may start before an earlier figure's.
  let from = compared.reduce((m, f) => Math.min(m, f.labelStart), Infinity);
  const to = compared[compared.length - 1].end;
  while (from < to && /[\s•·*\-]/.test(text[from])) from++;
  // A turn's speaker (销售：) is no part of what is said.
  const speaker = SPEAKER_LABEL.exec(text.slice(from, Math.min(to, from + 12)));
  if (speaker) from += speaker[0].length;
  const [start, end] = sourceRange(block, from, to);
  const shown = shorten(quotedSource(ctx.doc, block, from, to));
  // Deleting the whole unit, its stop kept when it is a line break.
  let us = unit.start;
  let ue = unit.end;
  while (us < ue && /\s/.test(text[us])) us++;
  while (ue > us && /\s/.test(text[ue - 1])) ue--;
  const removal: Fix = { range: sourceRange(block, us, ue), text: '' };
  const suggestions: Suggestion[] = [{ desc: `删除“${shorten(quotedSource(ctx.doc, block, us, ue))}”`, fix: removal, preferred: true }];
  const fix = rule.removeIsSafe && isCleanSlice(ctx.doc, block, us, ue) ? removal : undefined;
  return { start, end, message: fillTemplate(rule.message, { ...ctx.facts, match: shown }).text, fix, suggestions };
}

/** The finding of one unit, or null. */
function unitFinding(c: Compiled, block: Block, tokens: Token[], unit: Span, rule: RuleDef, ctx: CheckContext, columns: ColumnHeaders): RawFinding | null {
  const figures = labelledFigures(c, block.folded, tokens, unit, columns);
  if (figures.length < 2) return null;
  const compared = comparedFigures(figures);
  if (!compared || cancelled(c, tokens, unit)) return null;
  if (c.offTopic.length && isOffTopic(c.offTopic, block.folded.slice(unit.start, unit.end))) return null;
  // The highest other-side figure is the claim: in a script, the seller must say it.
  const top = compared.reduce((a, b) => (!b.savings && (a.savings || b.value > a.value) ? b : a));
  if (!spokenBy(block, top.start, rule.speakers ?? ctx.speakers)) return null;
  return findingFor(block, unit, compared, rule, ctx);
}

/** Does the finding overlap one of these (disjoint, in text order)? The last that starts before its end is the only candidate. */
function overlapsAny(sorted: RawFinding[], f: RawFinding): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < f.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && sorted[lo - 1].end > f.start;
}

export const juxtaposed: CheckKind<Compiled> = {
  compile(rule, env) {
    const lexicon = lexiconOf(rule, env);
    if (!rule.savings?.length) throw new Error(`规则 ${rule.id}（juxtaposed）需要 savings：列出存款一方的词类`);
    const savings = classList(rule.savings);
    const notReturn = classList(rule.notReturn ?? []);
    const ownSide = classList(rule.ownSide ?? []);
    const unless = classList(rule.unless ?? []);
    checkDefined(rule, lexicon, classRefsOf(rule).flatMap((r) => r.names));
    return { lexicon, savings: lexicon.classBits(savings), notReturn: lexicon.classBits(notReturn), ownSide: lexicon.classBits(ownSide), unless: lexicon.classBits(unless), offTopic: compileOffTopic(rule) };
  },
  run(c, rule, ctx) {
    const out: RawFinding[] = [];
    for (const block of ctx.doc.blocks) {
      const text = block.folded;
      // Only a block with a savings word can hold a comparison with savings.
      const tokens = blockTokens(c.lexicon, block);
      if (!tokens.some((t) => overlaps(t.bits, c.savings))) continue;
      const inRuns: RawFinding[] = [];
      const columns = new ColumnHeaders(block.folded);
      for (const unit of shortLineRuns(text)) {
        const finding = unitFinding(c, block, tokens, unit, rule, ctx, columns);
        if (finding) inRuns.push(finding);
      }
      out.push(...inRuns);
      for (const unit of readingSentences(text)) {
        const finding = unitFinding(c, block, tokens, unit, rule, ctx, columns);
        // A sentence inside a run already reported says it again.
        if (finding && !overlapsAny(inRuns, finding)) out.push(finding);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
