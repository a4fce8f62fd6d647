// One entry for every format: a file path in, a ReadDocument (the text the
// engine lints, and the way back to the original) or the reason it was skipped.
import { extname } from 'node:path';
import type { DocumentFormat, OriginalLocation } from '../engine/types.js';
import { readBounded } from '../fs/read-bounded.js';
import { readDraft } from '../fs/drafts.js';
// The HTML, Word, PDF and image readers (hast and parse5, mammoth, PDF.js,
// Tesseract: most of the bundle) are loaded only when such a file is read: a
// run over Markdown never loads them.
import type { ReadDocument, ReadOutcome } from './types.js';

export type { ReadDocument, ReadOutcome } from './types.js';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
};

/** Extensions policylint reads, for globs: md,markdown,txt,html,… */
export const EXTENSIONS = Object.keys(BY_EXTENSION).map((e) => e.slice(1));

/** The format of a file by its extension; undefined for files policylint does not read. */
export function formatOfPath(path: string): DocumentFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/** Word, PDF and images are read whole before their text is known: allow more bytes than text. */
export const BINARY_LIMIT = 64 * 1024 * 1024;

function tooMuchText(length: number, maxSize: number): string {
  return `提取出的文字过长（${length} 字符，上限 ${maxSize}，可在配置中用 maxFileSize 调整），未检查`;
}

/** Reads any format; never throws for a file it cannot read (the reason is returned). */
export async function readDocument(path: string, maxSize: number): Promise<ReadOutcome> {
  const format = formatOfPath(path) ?? 'markdown';
  if (format === 'markdown' || format === 'text' || format === 'html') {
    const read = readDraft(path, maxSize);
    if ('skipped' in read) return read;
    const base = { format, source: read.text, bom: read.bom, encoding: read.encoding };
    if (format !== 'html') return base;
    return { ...base, ...(await htmlParts()) };
  }
  const read = readBounded(path, BINARY_LIMIT);
  if ('problem' in read) return { skipped: read.problem };
  try {
    const doc =
      format === 'docx'
        ? await (await import('./docx.js')).readDocx(read.bytes)
        : format === 'pdf'
          ? await (await import('./pdf.js')).readPdf(read.bytes)
          : await (await import('./image.js')).readImage(read.bytes);
    if ('source' in doc && doc.source.length > maxSize) return { skipped: tooMuchText(doc.source.length, maxSize) };
    return doc;
  } catch (e) {
    const what = format === 'docx' ? 'Word 文档' : format === 'pdf' ? 'PDF' : '图片';
    return { skipped: `无法读取${what}（${(e as Error).message}），文件可能已损坏或加密` };
  }
}

/** What an HTML document has beyond its text: how to find its visible text, and the way back from it. */
async function htmlParts(): Promise<Pick<ReadDocument, 'prose' | 'defaultKind' | 'locateIn'>> {
  const { htmlLocator, htmlProse } = await import('./html.js');
  return { prose: htmlProse, defaultKind: 'web', locateIn: (text) => htmlLocator(text, htmlProse(text)) };
}

/** A document for text already in memory (stdin, an editor buffer), by the name it goes by. */
export async function sourceDocument(name: string, source: string): Promise<ReadDocument> {
  const format = formatOfPath(name);
  if (format === 'html') return { format, source, ...(await htmlParts()) };
  return { format: format === 'text' ? 'text' : 'markdown', source };
}

/** Where [start, end) of `text` (the source, or the fixed source) sits in the original. */
export function locatorFor(doc: ReadDocument, text: string): ((start: number, end: number) => OriginalLocation) | undefined {
  return doc.locateIn ? doc.locateIn(text) : doc.locate;
}
