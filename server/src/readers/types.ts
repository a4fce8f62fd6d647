// What every reader hands the CLI and the language server: the text the engine
// lints and a way back from an offset in that text to the original file.
import type { DocumentFormat, DocumentKind, OriginalLocation } from '../engine/types.js';
import type { MappedProse } from '../engine/index.js';

export interface ReadDocument {
  format: DocumentFormat;
  /**
   * The text findings' offsets index: the file itself for Markdown, plain
   * text and HTML; the extracted text for Word, PDF and images (one line per
   * line of the original, a blank line between paragraphs and pages).
   */
  source: string;
  /** HTML: how to find the visible text of a source (again after fixes). */
  prose?: (source: string) => MappedProse;
  /** Where source[start, end) sits in the original file. */
  locate?(start: number, end: number): OriginalLocation;
  /** HTML: the same for a source given again (the fixed one). */
  locateIn?: (source: string) => (start: number, end: number) => OriginalLocation;
  /** Why fixes cannot be written back to this file; undefined when they can. */
  readOnly?: string;
  defaultKind?: DocumentKind;
  /** Byte-order mark and encoding of a text file, kept when fixes are written back. */
  bom?: boolean;
  encoding?: string;
}

export type ReadOutcome = ReadDocument | { skipped: string };

/** The text around [start, end) of one line or paragraph, for a reviewer to search for. */
export function contextOf(text: string, start: number, end: number, radius = 12): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' ');
}
