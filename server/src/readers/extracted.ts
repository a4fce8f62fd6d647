// Text extracted from a binary document, built line by line, and the way back
// from an offset in it to the line (and what the reader knew about that line:
// page, paragraph, word boxes) it came from.
import type { OriginalLocation } from '../engine/types.js';

export interface Line<M> {
  /** Offset of the line in the extracted text. */
  start: number;
  text: string;
  meta: M;
}

export class ExtractedText<M> {
  text = '';
  readonly lines: Line<M>[] = [];

  /** Appends a line of the original. */
  line(text: string, meta: M): void {
    // A line break inside would shift every later line; the original's line is one line.
    const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
    this.lines.push({ start: this.text.length, text: flat, meta });
    this.text += `${flat}\n`;
  }

  /** Ends a paragraph: the engine reads lines up to a blank line as one paragraph. */
  paragraphBreak(): void {
    if (this.text !== '' && !this.text.endsWith('\n\n')) this.text += '\n';
  }

  /** The line holding offset `at` (the last line for an offset past the end). */
  lineAt(at: number): Line<M> | undefined {
    let lo = 0;
    let hi = this.lines.length - 1;
    if (hi < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= at) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo];
  }

  /** A locate function for ReadDocument: describe gets the line and the finding's columns in it. */
  locator(describe: (line: Line<M>, from: number, to: number) => OriginalLocation): (start: number, end: number) => OriginalLocation {
    return (start, end) => {
      const line = this.lineAt(start);
      if (!line) return { label: '文档开头' };
      const from = Math.min(Math.max(0, start - line.start), line.text.length);
      // A finding running onto the next lines is shown from its first line.
      const to = Math.min(Math.max(from, end - line.start), line.text.length);
      return describe(line, from, to);
    };
  }
}
