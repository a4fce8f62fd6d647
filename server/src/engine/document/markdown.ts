// Markdown prose extraction. remark-parse (micromark) is the reference parser,
// but it reads Chinese at about 1 MB/s; most paragraphs of marketing copy hold
// no inline syntax at all. So the source is cut into blank-line-separated
// chunks; a chunk with nothing but text and block markers (#, -, 1.) is read
// directly, and every other chunk (emphasis, links, code, HTML, tables,
// quotes, setext headings) goes through remark. test/engine/markdown.test.ts
// checks that both roads give the same prose.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import type { Nodes, Parents, Root, Table } from 'mdast';
import type { Processor } from 'unified';
import { Block, BlockBuilder } from './model.js';
import { BoundedCache, detached, memo } from '../memo.js';

/**
 * GFM tables and strikethrough only. GFM's autolink literals walk every text
 * node after parsing (a third of remark's time on Chinese text); bare URLs
 * and e-mail addresses are cut out of text nodes by URL_LIKE instead.
 */
function remarkGfmTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTables);
// The lookbehind starts an address only at the start of its run: without it a
// long run of letters is re-read from every position (quadratic).
const URL_LIKE = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20<>"'）)]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

// Characters that may start inline syntax, and text that GFM turns into links.
const INLINE_SYNTAX = /[`*_[\]<>&\\|~!]|:\/\/|www\.|@/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_OR_RULE = /^ {0,3}(=+|-+|(?:[-*_] *){3,})[ \t]*$/;
const BLOCK_MARKER = /^ {0,3}(?:#{1,6}(?=[ \t]|$)|[-+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const LIST_ITEM = /^ {0,3}(?:[-+]|\d{1,9}[.)])[ \t]/;

interface Line {
  text: string;
  start: number;
}

interface Chunk {
  start: number;
  end: number;
  lines: Line[];
  code: boolean;
  /** A part of a chunk cut at its headings (atHeadings): read by remark, remembered apart from whole chunks. */
  part?: true;
  /** Language server: the chunk's text as a key of proseMemo, kept while the chunk is reused (rechunk). */
  key?: string;
  /** Language server: how far `lines` lag behind `start` (a chunk reused further on keeps the lines read before). */
  linesLag?: number;
}

/** The lines of source from `from`, read as far as they are asked for. */
class LineReader {
  private readonly lines: Line[] = [];
  private next: number;
  constructor(
    private readonly source: string,
    from: number,
  ) {
    this.next = from;
  }
  /** Line i, or undefined past the end. */
  at(i: number): Line | undefined {
    while (i >= this.lines.length) {
      if (this.next >= this.source.length) return undefined;
      let nl = this.source.indexOf('\n', this.next);
      if (nl === -1) nl = this.source.length;
      const text = this.source.slice(this.next, nl).replace(/\r$/, '');
      this.lines.push({ text, start: this.next });
      this.next = nl + 1;
    }
    return this.lines[i];
  }
  slice(from: number, to: number): Line[] {
    return this.lines.slice(from, to);
  }
}

/**
 * Where the chunks read before an edit take over again: once the reading of
 * the edited text reaches, between chunks, the start of an old chunk in the
 * unchanged text after the edit, the rest is the old chunks moved by `delta`.
 */
interface Resync {
  /** Offset (in the new text) from which the text is the old text moved by delta. */
  from: number;
  delta: number;
  old: Chunk[];
  /** The first old chunk not yet passed. */
  k: number;
}

function chunks(source: string, from: number, resync?: Resync): Chunk[] {
  const out: Chunk[] = [];
  const lines = new LineReader(source, from);
  let current: Chunk | null = null;
  const close = () => {
    if (current) out.push(current);
    current = null;
  };
  for (let i = 0; ; i++) {
    const line = lines.at(i);
    if (!line) break;
    // Fences, blank and indented lines start with an ASCII character (or are empty). An empty line is not read
    // at 0: a read past a string's end threw V8's compiled code for this loop away, and it was compiled again.
    const ascii = line.text.length === 0 || line.text.charCodeAt(0) < 0x80;
    // Between chunks, a line of the unchanged text that starts an old chunk is read
    // as before, and so is all that follows (an indented line might join the chunk
    // before it, which may have changed: not there).
    if (resync && !current && line.start >= resync.from && !(ascii && /^( {4}|\t)/.test(line.text))) {
      const { old, delta } = resync;
      while (resync.k < old.length && old[resync.k].start + delta < line.start) resync.k++;
      if (resync.k < old.length && old[resync.k].start + delta === line.start) {
        // Moved in place, not copied (a copy per chunk per keystroke): only lastCut holds them, and this cut replaces it.
        for (let k = resync.k; k < old.length; k++) out.push(delta ? moveChunk(old[k], delta) : old[k]);
        return out;
      }
    }
    const fence = ascii ? FENCE_OPEN.exec(line.text) : null;
    if (fence) {
      close();
      const marker = fence[1];
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
      let j = i + 1;
      while (lines.at(j) && !closing.test(lines.at(j)!.text)) j++;
      const last = lines.at(j) ?? lines.at(j - 1)!;
      out.push({ start: line.start, end: last.start + last.text.length, lines: lines.slice(i, j + 1), code: true });
      i = j;
      continue;
    }
    if (ascii && /^[ \t]*$/.test(line.text)) {
      close();
      continue;
    }
    // An indented chunk may be list continuation or code: let remark decide,
    // together with the chunk before it.
    if (!current && ascii && /^( {4}|\t)/.test(line.text) && out.length && !out[out.length - 1].code) {
      current = out.pop()!;
    }
    // An HTML comment that spans lines stays in one chunk.
    if (!current) current = { start: line.start, end: line.start, lines: [], code: false };
    current.lines.push(line);
    current.end = line.start + line.text.length;
    if (line.text.includes('<!--') && !line.text.slice(line.text.lastIndexOf('<!--')).includes('-->')) {
      while (lines.at(i + 1) && !lines.at(i)!.text.includes('-->')) {
        i++;
        const next = lines.at(i)!;
        current.lines.push(next);
        current.end = next.start + next.text.length;
      }
    }
  }
  close();
  return out;
}

function moveChunk(c: Chunk, by: number): Chunk {
  c.start += by;
  c.end += by;
  c.linesLag = (c.linesLag ?? 0) + by;
  return c;
}

/** A chunk whose lines are where it is. */
function withLinesInPlace(c: Chunk): Chunk {
  if (!c.linesLag) return c;
  const lag = c.linesLag;
  return { start: c.start, end: c.end, lines: c.lines.map((l) => ({ text: l.text, start: l.start + lag })), code: c.code, key: c.key };
}

// Language server: the last text cut into chunks, and its chunks.
let lastCut: { source: string; from: number; chunks: Chunk[] } | undefined;

/**
 * The chunks of source. In the language server an edit changes a few lines
 * of a long draft: the chunks before it are kept, the text is cut again from
 * the last chunk whose first line the edit leaves alone, and the chunks after
 * it are the old ones moved (see Resync), so a keystroke does not cut the
 * whole draft again, and each kept chunk keeps its memo key (no hashing of
 * its text again).
 */
function chunksOf(source: string, from: number): Chunk[] {
  if (!memo.enabled) return chunks(source, from);
  const prev = lastCut;
  let out: Chunk[] | undefined;
  if (prev && prev.from === from) {
    const old = prev.source;
    const p = commonPrefix(old, source);
    if (p === old.length && p === source.length) out = prev.chunks;
    else {
      const s = commonSuffix(old, source, Math.min(old.length, source.length) - p);
      // The last old chunk whose first line (with its line break) lies before the edit.
      const cs = prev.chunks;
      let r = cs.length - 1;
      while (r >= 0 && cs[r].start >= p) r--;
      while (r >= 0 && !(old.indexOf('\n', cs[r].start) !== -1 && old.indexOf('\n', cs[r].start) < p)) r--;
      if (r >= 0) {
        const delta = source.length - old.length;
        const rest = chunks(source, cs[r].start, { from: source.length - s, delta, old: cs, k: r + 1 });
        out = cs.slice(0, r).concat(rest);
      }
    }
  }
  out ??= chunks(source, from);
  lastCut = { source, from, chunks: out };
  // Not a copy: callers only read it.
  return out;
}

// The length of the text two versions share at their start and at their end:
// compared a block at a time by the engine (an editor's text is often a
// concatenation, which charCodeAt reads slowly), then halving the block.
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let at = 0;
  let step = 256;
  while (at + step <= n && a.slice(at, at + step) === b.slice(at, at + step)) {
    at += step;
    if (step < 8192) step *= 2;
  }
  while (step > 16) {
    step >>= 1;
    if (at + step <= n && a.slice(at, at + step) === b.slice(at, at + step)) at += step;
  }
  while (at < n && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

function commonSuffix(a: string, b: string, max: number): number {
  const tail = (s: string, from: number, to: number) => s.slice(s.length - to, s.length - from);
  let at = 0;
  let step = 256;
  while (at + step <= max && tail(a, at, at + step) === tail(b, at, at + step)) {
    at += step;
    if (step < 8192) step *= 2;
  }
  while (step > 16) {
    step >>= 1;
    if (at + step <= max && tail(a, at, at + step) === tail(b, at, at + step)) at += step;
  }
  while (at < max && a.charCodeAt(a.length - 1 - at) === b.charCodeAt(b.length - 1 - at)) at++;
  return at;
}

/** Tests: the chunks of source as the language server cuts them (after the text before), and as read afresh. */
export function chunkingForTests(source: string, from = 0): { kept: unknown[]; fresh: unknown[] } {
  const shape = (c: Chunk) => ({ start: c.start, end: c.end, code: c.code, lines: withLinesInPlace(c).lines });
  const kept = memo.enabled ? chunksOf(source, from) : [];
  return { kept: kept.map(shape), fresh: chunks(source, from).map(shape) };
}

const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const isSpace = (ch: string | undefined) => ch === undefined || WHITESPACE.test(ch);
const isPunct = (ch: string | undefined) => ch !== undefined && PUNCTUATION.test(ch);

/**
 * Bold text (**…**) is the commonest inline syntax in marketing copy. When a
 * line's only asterisks are `**` runs that CommonMark pairs as opener and
 * closer in turn (left-flanking, then right-flanking), the runs are just
 * dropped; any other use of `*` leaves the chunk to remark (but see
 * oneLinePlain for a chunk of one line). Returns the offsets of the runs, or null.
 */
function strongRuns(line: string): number[] | null {
  const runs: number[] = [];
  for (let i = line.indexOf('*'); i !== -1; i = line.indexOf('*', i + 2)) {
    if (line[i + 1] !== '*' || line[i + 2] === '*') return null;
    const before = line[i - 1];
    const after = line[i + 2];
    const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    if (runs.length % 2 === 0 ? !left : !right) return null;
    runs.push(i);
  }
  return runs.length % 2 === 0 ? runs : null;
}

/**
 * The asterisks of a line that emphasis consumes, as micromark's attention
 * resolver pairs them: each run that can close (right-flanking) takes, while
 * it lasts, the nearest earlier run that can open (left-flanking) and passes
 * the rule of three (on the runs' remaining lengths, as micromark counts),
 * two characters when both have two, else one; runs left between a pair, and
 * whatever no pair uses, stay literal text (`**…。**后`: the run after 。 and
 * before a letter cannot close, so neither is bold). Returns [start, end)
 * ranges of consumed asterisks in order.
 */
function consumedStars(line: string): [number, number][] {
  const runs: { start: number; len: number; open: boolean; close: boolean; live: boolean }[] = [];
  for (let i = line.indexOf('*'); i !== -1; ) {
    let j = i + 1;
    while (line[j] === '*') j++;
    const before = line[i - 1];
    const after = line[j];
    const open = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const close = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    runs.push({ start: i, len: j - i, open, close, live: true });
    i = line.indexOf('*', j);
  }
  const used: [number, number][] = [];
  for (let c = 0; c < runs.length; c++) {
    const closer = runs[c];
    while (closer.close && closer.len > 0) {
      let o = c - 1;
      for (; o >= 0; o--) {
        const r = runs[o];
        if (!r.live || !r.open || r.len === 0) continue;
        if ((r.close || closer.open) && closer.len % 3 && !((r.len + closer.len) % 3)) continue;
        break;
      }
      if (o < 0) break;
      const opener = runs[o];
      const use = opener.len > 1 && closer.len > 1 ? 2 : 1;
      opener.len -= use;
      used.push([opener.start + opener.len, opener.start + opener.len + use], [closer.start, closer.start + use]);
      closer.start += use;
      closer.len -= use;
      for (let k = o + 1; k < c; k++) runs[k].live = false;
    }
  }
  // One pair (an opener, then its closer) is in order already: sorting it cost an allocation per bold line.
  return used.length > 2 ? used.sort((x, y) => x[0] - y[0]) : used;
}

/**
 * A chunk read directly: lines without inline syntax but bold that pairs up
 * line by line. A chunk of one simple line may hold any emphasis, and keep
 * asterisks as literal text (oneLinePlain); such lines (`**…。**后`) were
 * about 15% of the bench corpus, which remark would otherwise read.
 */
function isPlain(chunk: Chunk): boolean {
  if (chunk.lines.length === 1 && oneLinePlain(chunk.lines[0].text) && !tooDeep(chunk)) return true;
  return chunk.lines.every(
    (line) =>
      plainInline(line.text) &&
      (line.text.charCodeAt(0) >= 0x80 || (!SETEXT_OR_RULE.test(line.text) && !/^( {4}|\t)/.test(line.text) && !WIDE_MARKER.test(line.text))),
  );
}
/**
 * A part of a chunk (atHeadings) that the direct road reads exactly as remark
 * does: lines of text, bullet items and bold that start with a non-ASCII
 * character (as Chinese copy does), after a heading; no blanks around a line,
 * no CR LF (remark maps such text coarsely), no ordered items (2) continues a
 * paragraph), no closing `#`s. Anything else is remark's to read.
 */
function plainPart(source: string, part: Chunk): boolean {
  for (let i = 0; i < part.lines.length; i++) {
    const { text, start } = part.lines[i];
    if (!(PART_LINE.test(text) || (i === 0 && PART_HEADING.test(text)))) return false;
    const last = text.charCodeAt(text.length - 1);
    if (last === 32 || last === 9 || last === 35 /* # */ || source.charCodeAt(start + text.length) === 13) return false;
  }
  return isPlain(part);
}
const PART_LINE = /^(?:[-+] (?:\*\*)?|\*\*)?[^\x00-\x7f]/;
const PART_HEADING = /^#{1,6} (?:\*\*)?[^\x00-\x7f]/;
// A list marker followed by five spaces or a tab opens indented code inside the
// item (`-     乙` is code, not the paragraph 乙): remark's to read.
const WIDE_MARKER = /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)])(?=[ \t]))*?[ \t]*(?:[-+*]|\d{1,9}[.)])(?: {5,}|[ ]{0,4}\t)/;

/** Text with no inline syntax but bold that pairs up (see strongRuns). */
function plainInline(t: string): boolean {
  if (!INLINE_SYNTAX.test(t)) return true;
  const runs = t.includes('*') ? strongRuns(t) : null;
  return Boolean(runs) && !INLINE_SYNTAX.test(t.replaceAll('**', ''));
}

/**
 * One line with no inline syntax but asterisks (emphasis, paired or not: see
 * consumedStars), whose block structure the direct read surely gets right: no
 * tab or indentation, each marker followed by one space, no more markers
 * than plainBlocks strips, no `*` list marker and no thematic break.
 */
function oneLinePlain(text: string): boolean {
  if (!text.includes('*') || text.includes('\t') || text[0] === ' ' || INLINE_SYNTAX.test(text.replaceAll('*', ''))) return false;
  if (SETEXT_OR_RULE.test(text)) return false;
  const heading = HEADING.test(text);
  let rest = text;
  for (let k = 0; k < 3; k++) {
    const m = SIMPLE_MARKER.exec(rest);
    if (!m) break;
    if (k > 0 && m[0][0] === '#') return false; // a heading in a list item: plainBlocks would strip on
    rest = rest.slice(m[0].length);
    if (heading) break;
  }
  return !/^\s/.test(rest) && (heading || (!BLOCK_MARKER.test(rest) && !/^\*(?:\s|$)/.test(rest) && !SETEXT_OR_RULE.test(rest)));
}
const SIMPLE_MARKER = /^(?:#{1,6}|[-+]|\d{1,9}[.)]) (?! )/;

const TABLE_ROW = /^ {0,3}\|(.*)\|[ \t]*$/;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/** A table row's cells, and where its bars are (one more bar than cells). */
interface TableRow {
  cells: { text: string; start: number }[];
  bars: number[];
}

/**
 * A GFM table whose every row is `| … |` and whose cells hold plain text:
 * its header and body rows (mdast keeps cells beyond the header's count).
 * Returns null for anything else, which goes to remark.
 */
function tableRows(chunk: Chunk): TableRow[] | null {
  if (chunk.lines.length < 2) return null;
  const rows = chunk.lines.map((l) => TABLE_ROW.exec(l.text));
  if (rows.some((r) => !r)) return null;
  const split = (line: Line, m: RegExpExecArray): TableRow => {
    const inner = m[1];
    const base = line.start + m.index + m[0].indexOf('|') + 1;
    const row: TableRow = { cells: [], bars: [base - 1] };
    let at = 0;
    for (const raw of inner.split('|')) {
      const lead = /^[ \t]*/.exec(raw)![0].length;
      row.cells.push({ text: raw.trim(), start: base + at + lead });
      at += raw.length + 1;
      row.bars.push(base + at - 1);
    }
    return row;
  };
  const header = split(chunk.lines[0], rows[0]!);
  const delimiter = split(chunk.lines[1], rows[1]!);
  if (delimiter.cells.length !== header.cells.length || !delimiter.cells.every((c) => c.text && DELIMITER_CELL.test(c.text))) return null;
  const out: TableRow[] = [];
  for (let i = 0; i < chunk.lines.length; i++) {
    if (i === 1) continue;
    const row = i === 0 ? header : split(chunk.lines[i], rows[i]!);
    if (!row.cells.every((c) => plainInline(c.text))) return null;
    out.push(row);
  }
  return out;
}

/**
 * A table is one block, a row to a line, its cells between bars (|定期存款|1.5%|):
 * a reader compares a row's cells and the rows with each other, as in a table
 * written without a delimiter row (juxtaposed-rates reads the rows so).
 */
function tableBlock(rows: TableRow[], blocks: Block[]): void {
  const builder = new BlockBuilder();
  for (const row of rows) {
    builder.bar(row.bars[0]);
    row.cells.forEach((c, k) => {
      let at = c.start;
      for (const part of c.text.split('**')) {
        builder.append(part, at);
        at += part.length + 2;
      }
      builder.bar(row.bars[k + 1]);
    });
    builder.append('\n', row.bars[row.bars.length - 1] + 1);
  }
  const b = builder.build();
  if (b) blocks.push(b);
}

// By hand: a regex such as /[ \t]+$/ is quadratic on a line with long runs of spaces inside.
function trimTrailing(text: string): string {
  let n = text.length;
  while (n > 0 && (text[n - 1] === ' ' || text[n - 1] === '\t')) n--;
  return n === text.length ? text : text.slice(0, n);
}

/** A heading's text without its closing `#` sequence (` ##`) and trailing spaces. */
function withoutClosingHashes(text: string): string {
  const t = trimTrailing(text);
  let n = t.length;
  while (n > 0 && t[n - 1] === '#') n--;
  return n < t.length && (t[n - 1] === ' ' || t[n - 1] === '\t') ? trimTrailing(t.slice(0, n)) : t;
}

/** Reads a chunk with no inline syntax: strip block markers, group lines. */
function plainBlocks(chunk: Chunk, blocks: Block[]): void {
  let builder: BlockBuilder | null = null;
  const flush = () => {
    const b = builder?.build();
    if (b) blocks.push(b);
    builder = null;
  };
  for (const line of chunk.lines) {
    // Markers and indentation start with an ASCII character: most lines of Chinese prose skip these tests.
    const ascii = !(line.text.charCodeAt(0) >= 0x80);
    const heading = ascii && HEADING.test(line.text);
    if (heading || (ascii && LIST_ITEM.test(line.text))) flush();
    let text = line.text;
    let offset = line.start;
    for (let k = 0; ascii && k < 3; k++) {
      const m = BLOCK_MARKER.exec(text);
      if (!m || m[0].length === 0) break;
      text = text.slice(m[0].length);
      offset += m[0].length;
      if (heading) break;
    }
    text = heading ? withoutClosingHashes(text) : trimTrailing(text);
    const lead = ascii ? /^[ \t]*/.exec(text)![0].length : 0;
    if (!builder) builder = new BlockBuilder();
    else builder.append('\n', offset - 1);
    const body = text.slice(lead);
    const at = offset + lead;
    if (body.includes('*')) {
      // Asterisks that emphasis consumes are dropped; literal ones stay (isPlain checked the rest).
      let from = 0;
      for (const [s, e] of consumedStars(line.text)) {
        const k = s - (at - line.start);
        if (k > from) builder.append(body.slice(from, k), at + from);
        from = k + (e - s);
      }
      builder.append(body.slice(from), at + from);
    } else builder.append(body, at);
    if (heading) flush();
  }
  flush();
}

// Nesting that micromark reads in superlinear time: each container on a
// line copies its stack (4,000 nested `>`: quadratic), each emphasis match
// splices the paragraph's events (50,000 `*`), each `]` re-reads its label
// (50,000 nested `[`), each list re-walks its items (a 1,000-level list).
// A chunk beyond these bounds is read as plain text (see deepBlocks).
const MAX_PREFIX = 32; // columns of `>`, list markers and indentation before a line's text
const MAX_RUN = 64; // one run of `*` or `_`
const MAX_RUNS = 500; // runs of `*` or `_` in one chunk
const MAX_BRACKET_DEPTH = 32;

/** Width of a line's container prefix: indentation, `>` and list markers. */
function prefixWidth(line: string): number {
  let i = 0;
  let width = 0;
  for (;;) {
    const ch = line[i];
    if (ch === ' ' || ch === '>') width++, i++;
    else if (ch === '\t') (width += 4), i++;
    else if ((ch === '-' || ch === '*' || ch === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) (width += 2), (i += 2);
    else {
      let d = i;
      while (d - i < 9 && line.charCodeAt(d) >= 48 && line.charCodeAt(d) <= 57) d++;
      if (d === i || (line[d] !== '.' && line[d] !== ')') || (line[d + 1] !== ' ' && line[d + 1] !== '\t')) return width;
      width += d + 2 - i;
      i = d + 2;
    }
    if (width > MAX_PREFIX) return width;
  }
}

/** True when a chunk nests deeper than remark can read in linear time. */
function tooDeep(chunk: Chunk): boolean {
  let runs = 0;
  let depth = 0;
  for (const { text } of chunk.lines) {
    if (prefixWidth(text) > MAX_PREFIX) return true;
    // Character codes: text[i] of a Han character is a new string each time.
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 42 /* * */ || ch === 95 /* _ */) {
        let j = i + 1;
        // Not read past the end (see chunks).
        while (j < text.length && text.charCodeAt(j) === ch) j++;
        if (j - i > MAX_RUN || ++runs > MAX_RUNS) return true;
        i = j - 1;
      } else if (ch === 91 /* [ */) {
        if (++depth > MAX_BRACKET_DEPTH) return true;
      } else if (ch === 93 /* ] */ && depth > 0) depth--;
    }
  }
  return false;
}

// In the plain-text reading of a too-deep chunk: URLs are cut out, emphasis
// and bracket characters dropped (transparent, as emphasis is in Markdown).
const URL_OR_DROPPED = new RegExp(`(${URL_LIKE.source})|[*_[\\]]+`, 'g');

/**
 * A too-deep chunk read as plain text: container prefixes stripped, emphasis
 * and brackets dropped, URLs cut out; a line that opens a list item starts a
 * new block. Linear in the chunk's length, and findings still map to source.
 */
function deepBlocks(chunk: Chunk, blocks: Block[]): void {
  let builder: BlockBuilder | null = null;
  const flush = () => {
    const b = builder?.build();
    if (b) blocks.push(b);
    builder = null;
  };
  for (const line of chunk.lines) {
    let lead = 0;
    let item = false;
    for (;;) {
      const ch = line.text[lead];
      if (ch === ' ' || ch === '\t' || ch === '>') lead++;
      else if ((ch === '-' || ch === '*' || ch === '+') && (line.text[lead + 1] === ' ' || line.text[lead + 1] === '\t')) (lead += 2), (item = true);
      else break;
    }
    const m = /^(?:\d{1,9}[.)][ \t]+|#{1,6}[ \t]+)/.exec(line.text.slice(lead));
    if (m) (lead += m[0].length), (item = true);
    if (item) flush();
    if (!builder) builder = new BlockBuilder();
    else builder.append('\n', line.start - 1);
    const text = trimTrailing(line.text.slice(lead));
    const at = line.start + lead;
    let last = 0;
    for (const m of text.matchAll(URL_OR_DROPPED)) {
      builder.append(text.slice(last, m.index), at + last);
      if (m[1]) builder.gap(at + m.index!);
      last = m.index! + m[0].length;
    }
    builder.append(text.slice(last), at + last);
  }
  flush();
}

const PHRASING_CONTAINERS = new Set(['paragraph', 'heading']);
const SKIPPED_INLINE = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference', 'inlineMath']);

/** Maps offsets in the text given to remark back to the source. */
type ToSource = (offset: number) => number;

/**
 * The prose of one phrasing container. Iterative, not recursive: 8,000 `*`
 * around a phrase nest emphasis 4,000 deep, deeper than the call stack.
 */
function collectInline(container: Parents, builder: BlockBuilder, toSource: ToSource, source: string): void {
  const stack: Nodes[] = [...(container.children as Nodes[])].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    const pos = node.position;
    const start = toSource(pos?.start.offset ?? 0);
    if (node.type === 'text') {
      const end = toSource(pos?.end.offset ?? 0);
      if (source.slice(start, end) === node.value) appendText(builder, node.value, start, true);
      else {
        // A paragraph inside a quote or a list item: each line's value is in the source after
        // its container prefix (> , indentation). Escapes and entities make a line shorter
        // than its source: then that text is mapped coarsely, to its start.
        const lines = lineOffsets(node.value, source, start, end);
        if (!lines) appendText(builder, node.value, start, false);
        else {
          for (const line of lines) {
            appendText(builder, line.text, line.at, line.exact);
            if (line.break >= 0) builder.append('\n', line.break);
          }
        }
      }
      continue;
    }
    if (node.type === 'break') {
      builder.append('\n', start);
      continue;
    }
    if (SKIPPED_INLINE.has(node.type)) {
      builder.gap(start);
      continue;
    }
    if (node.type === 'link') {
      const only = node.children.length === 1 ? node.children[0] : null;
      if (only && only.type === 'text' && (only.value === node.url || `mailto:${only.value}` === node.url || `http://${only.value}` === node.url)) {
        builder.gap(start); // an autolinked URL or e-mail address is not prose
        continue;
      }
    }
    if ('children' in node) pushChildren(stack, node);
  }
}

/** Appends a text node's value (or a line of it) at source offset `at`, its URLs as gaps. */
function appendText(builder: BlockBuilder, value: string, at: number, exact: boolean): void {
  let last = 0;
  for (const m of value.matchAll(URL_LIKE)) {
    builder.append(value.slice(last, m.index), exact ? at + last : at, exact);
    builder.gap(exact ? at + m.index! : at);
    last = m.index! + m[0].length;
  }
  builder.append(last ? value.slice(last) : value, exact ? at + last : at, exact);
}

/** A line of a text value and where it sits in the source. */
interface SourceLine {
  text: string;
  /** Its offset in the source; where it would start when not `exact`. */
  at: number;
  /** Is it there verbatim? Not when an escape or an entity is in it: then it is mapped coarsely, to `at`. */
  exact: boolean;
  /** The source offset of the line break after it, before the next line's prefix; -1 for the last line. */
  break: number;
}

/**
 * Where each line of a text value sits in source[start, end), each found
 * after the line before; null for a value of one line.
 */
function lineOffsets(value: string, source: string, start: number, end: number): SourceLine[] | null {
  if (!value.includes('\n')) return null;
  const lines: SourceLine[] = [];
  let cursor = start;
  let from = 0;
  for (;;) {
    const nl = value.indexOf('\n', from);
    const text = value.slice(from, nl < 0 ? value.length : nl);
    const found = source.indexOf(text, cursor);
    const exact = found >= 0 && found + text.length <= end && (lines.length > 0 || found === start);
    const at = exact ? found : cursor;
    if (nl < 0) {
      lines.push({ text, at, exact, break: -1 });
      return lines;
    }
    const brk = source.indexOf('\n', exact ? found + text.length : cursor);
    lines.push({ text, at, exact, break: brk < 0 || brk >= end ? Math.max(at, end - 1) : brk });
    cursor = brk < 0 || brk >= end ? end : brk + 1;
    from = nl + 1;
  }
}

function pushChildren(stack: Nodes[], node: Parents): void {
  const children = node.children as Nodes[];
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
}

/** Prose blocks of a tree, in document order; iterative like collectInline (4,000 nested quotes). */
function walk(root: Nodes, blocks: Block[], toSource: ToSource, source: string): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (PHRASING_CONTAINERS.has(node.type)) {
      const builder = new BlockBuilder();
      collectInline(node as Parents, builder, toSource, source);
      const b = builder.build();
      if (b) blocks.push(b);
      continue;
    }
    if (node.type === 'table') {
      const b = tableBlockOf(node, toSource, source);
      if (b) blocks.push(b);
      continue;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml' || node.type === 'definition') continue;
    if ('children' in node) pushChildren(stack, node);
  }
}

/** A parsed table as one block, as tableBlock reads a plain one: |cell|cell| a row to a line. */
function tableBlockOf(table: Table, toSource: ToSource, source: string): Block | null {
  const builder = new BlockBuilder();
  for (const row of table.children) {
    for (const cell of row.children) {
      builder.bar(toSource(cell.position?.start.offset ?? 0));
      collectInline(cell, builder, toSource, source);
    }
    const end = toSource(row.position?.end.offset ?? 0);
    builder.bar(Math.max(0, end - 1));
    builder.append('\n', end);
  }
  return builder.build();
}

/**
 * Parses the chunks that need remark in one call: each remark call has a
 * fixed cost (it combines its syntax extensions anew), and chunks are
 * separated by blank lines anyway, so their text joined with blank lines
 * parses as each would alone.
 */
function remarkChunks(source: string, parts: Chunk[], blocks: Block[]): void {
  if (!parts.length) return;
  const starts: number[] = [];
  let text = '';
  for (const c of parts) {
    if (text) text += '\n\n';
    starts.push(text.length);
    text += source.slice(c.start, c.end);
  }
  const toSource: ToSource = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return parts[lo].start + Math.min(offset - starts[lo], parts[lo].end - parts[lo].start);
  };
  walk(processor.parse(text) as Root, blocks, toSource, source);
}

const TOP_HEADING = /^#{1,6}(?:[ \t]|$)/;

/**
 * For the language server: a chunk that goes to remark, cut before each ATX
 * heading at column 0, or null when there is none. Such a heading closes every
 * open block (list items and quotes need indentation or `>` to go on, and it
 * cannot be a lazy continuation line), so each part parses as it would inside
 * the chunk, also when remarkChunks joins the parts with blank lines (no part
 * but the first starts indented). Every part still goes to remark, as the whole
 * chunk did, but is remembered on its own: an edit re-reads only its part.
 * Not where HTML may be (an HTML block runs to the blank line).
 */
function atHeadings(chunk: Chunk): Chunk[] | null {
  if (chunk.lines.length < 2) return null;
  const parts: Chunk[] = [];
  let lines: Line[] = [];
  const close = () => {
    if (!lines.length) return;
    const last = lines[lines.length - 1];
    parts.push({ start: lines[0].start, end: last.start + last.text.length, lines, code: false, part: true });
    lines = [];
  };
  for (const line of chunk.lines) {
    if (line.text.includes('<')) return null;
    if (line.text.charCodeAt(0) === 35 /* # */ && TOP_HEADING.test(line.text)) close();
    lines.push(line);
  }
  close();
  return parts.length > 1 ? parts : null;
}

/** Prose blocks of Markdown source, starting at `from` (after front matter). */
export function markdownBlocks(source: string, from: number, options: { fast?: boolean; cutAtHeadings?: boolean } = {}, fences?: [number, number][]): Block[] {
  const blocks: Block[] = [];
  if (options.fast === false) {
    remarkChunks(source, [{ start: from, end: source.length, lines: [], code: false }], blocks);
    return blocks;
  }
  return ((options.cutAtHeadings ?? memo.enabled) && fastBlocks(source, from, fences, true)) || fastBlocks(source, from, fences, false)!;
}

/**
 * markdownBlocks' direct road. Returns null when the chunks cut at headings
 * would put `-` first in what remark reads: `---` there opens front matter, and
 * when it is not closed remark reads no `-` list in the rest of that text; the
 * caller then reads the chunks whole, as remark would have seen them.
 */
function fastBlocks(source: string, from: number, fences: [number, number][] | undefined, cut: boolean): Block[] | null {
  reads++;
  // Language server: gathered in an array kept from read to read, then copied once at its count.
  const blocks: Block[] = memo.enabled ? gathered : [];
  let count = 0;
  const complex: Chunk[] = [];
  let wasCut = false;
  const fenceCount = fences?.length ?? 0;
  // The cut is read in place (chunksOf keeps it for the next edit); the parts of a chunk cut at headings come first.
  const list = chunksOf(source, from);
  const pending: Chunk[] = [];
  let next = 0;
  while (pending.length || next < list.length) {
    let chunk = pending.pop() ?? list[next++];
    if (chunk.code) {
      fences?.push([chunk.start, chunk.end]);
      continue;
    }
    if (memo.enabled) {
      const hit = proseMemo.get(memoKey(source, chunk));
      if (hit) {
        for (let i = 0; i < hit.length; i++) blocks[count++] = placed(hit[i], chunk.start);
        continue;
      }
      chunk = withLinesInPlace(chunk);
    }
    if (chunk.part) {
      // A part that holds no inline syntax is read directly, like a chunk (its
      // heading closed whatever came before it); any other goes to remark. Not
      // where remark's text differs from the source (a line's leading or trailing
      // blanks, CR LF): remark maps such text coarsely, and a part must read as
      // it reads within its chunk, which goes to remark.
      if (plainPart(source, chunk)) {
        const own: Block[] = [];
        plainBlocks(chunk, own);
        remember(source, chunk, own);
        for (let i = 0; i < own.length; i++) blocks[count++] = own[i];
      } else complex.push(chunk);
      continue;
    }
    const cells = chunk.lines[0] && /^\s*\|/.test(chunk.lines[0].text) ? tableRows(chunk) : null;
    const plain = !cells && isPlain(chunk);
    const deep = !cells && !plain && tooDeep(chunk);
    if (cells || plain || deep) {
      const own: Block[] = [];
      if (cells) tableBlock(cells, own);
      else if (deep) deepBlocks(chunk, own);
      else plainBlocks(chunk, own);
      remember(source, chunk, own);
      for (let i = 0; i < own.length; i++) blocks[count++] = own[i];
    } else {
      const parts = cut ? atHeadings(chunk) : null;
      if (parts) {
        wasCut = true;
        for (let k = parts.length - 1; k >= 0; k--) pending.push(parts[k]);
      } else complex.push(chunk);
    }
  }
  if (!complex.length) return memo.enabled ? blocks.slice(0, count) : blocks;
  if (wasCut && source.charCodeAt(complex[0].start) === 45 /* - */) {
    fences?.splice(fenceCount);
    return null;
  }
  const parsed: Block[] = [];
  remarkChunks(source, complex, parsed);
  if (!memo.enabled) {
    blocks.push(...parsed);
    return blocks.sort((a, b) => startOf(a) - startOf(b));
  }
  // Blocks in source order, chunk by chunk: one pass, not one filter per chunk.
  parsed.sort((a, b) => startOf(a) - startOf(b));
  let k = 0;
  for (const chunk of complex) {
    while (k < parsed.length && startOf(parsed[k]) < chunk.start) k++;
    const from = k;
    while (k < parsed.length && startOf(parsed[k]) < chunk.end) k++;
    remember(source, chunk, parsed.slice(from, k));
  }
  return mergedByStart(blocks, count, parsed);
}

let gathered: Block[] = [];

/**
 * a[0, n) and b, each in source order, merged as a stable sort of both would
 * order them (a first on a tie), in a new array: merged from the end inside
 * `a` (b's length appended to it first, so that it stays a packed array), then
 * copied once (sorting the whole list copied it, and pushing grew it, more).
 */
function mergedByStart(a: Block[], n: number, b: Block[]): Block[] {
  for (let j = 0; j < b.length; j++) a[n + j] = b[j];
  let i = n - 1;
  let j = b.length - 1;
  for (let k = n + b.length - 1; j >= 0; k--) a[k] = i >= 0 && startOf(a[i]) > startOf(b[j]) ? a[i--] : b[j--];
  return a.slice(0, n + b.length);
}

// Prose of a chunk by its text, with offsets relative to the chunk's start.
const proseMemo = new BoundedCache<string, Block[]>();
let reads = 0;

/**
 * A remembered block placed at `at`: the n-th placement of it in a read takes
 * its n-th copy and sets the copy's base, so an edit that moves every block
 * after it allocates nothing for them (a read's blocks are not used after the
 * next read). The same chunk text may sit in several places.
 */
function placed(r: Block, at: number): Block {
  if (r.read !== reads) {
    r.read = reads;
    r.used = 0;
  }
  const copies = (r.copies ??= []);
  let copy = copies[r.used];
  if (copy === undefined) {
    copy = new Block(r.text, r.folded, r.offsets, at);
    copy.origin = r;
    copies.push(copy);
  } else copy.base = at;
  r.used++;
  return copy;
}

/** The source offset of a block's first character. */
export function startOf(b: Block): number {
  return b.base + b.offsets[0];
}

function movedBy(offsets: Int32Array, by: number): Int32Array {
  const out = new Int32Array(offsets.length);
  for (let i = 0; i < out.length; i++) out[i] = offsets[i] + by;
  return out;
}

/**
 * A part is read by remark, where a whole chunk of the same text might be read
 * directly, with offsets mapped a little differently: they are kept apart.
 */
function memoKey(source: string, chunk: Chunk): string {
  if (chunk.key !== undefined) return chunk.key;
  const text = source.slice(chunk.start, chunk.end);
  const key = detached(chunk.part ? `\0${text}` : text);
  if (!chunk.part) chunk.key = key;
  return key;
}

/**
 * The last remembered block of each folded text. An edit re-reads its whole
 * chunk, whose other blocks are mostly unchanged: the claim analysis and the
 * model's candidates depend on the folded text alone, so they carry over.
 */
const byFolded = new BoundedCache<string, Block>(5000);

function remember(source: string, chunk: Chunk, own: Block[]): void {
  if (!memo.enabled) return;
  const relative = own.map((b) => {
    // Kept for many edits, and keys of caches: not slices that hold on to this version of the whole text.
    const text = detached(b.text);
    b.folded = b.folded === b.text ? text : detached(b.folded);
    b.text = text;
    const r = new Block(b.text, b.folded, movedBy(b.offsets, b.base - chunk.start));
    const same = byFolded.get(b.folded);
    if (same) {
      r.analysis = same.analysis;
      r.judged = same.judged;
    }
    byFolded.set(b.folded, r);
    // The fresh block is the remembered block's first copy.
    b.offsets = r.offsets;
    b.base = chunk.start;
    b.origin = r;
    r.copies = [b];
    r.read = reads;
    r.used = 1;
    return r;
  });
  proseMemo.set(memoKey(source, chunk), relative);
}
