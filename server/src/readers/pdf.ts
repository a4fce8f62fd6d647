// PDF leaflets: the text layer (PDF.js through unpdf), page by page, rebuilt
// into lines by position; a wider gap between lines starts a paragraph.
// Findings point at page, line and character; a scanned PDF without a text
// layer has no text here (OCR reads images, not PDF pages).
import { getDocumentProxy } from 'unpdf';
import { ExtractedText } from './extracted.js';
import { contextOf, type ReadDocument } from './types.js';

interface Meta {
  page: number;
  line: number;
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  eol: boolean;
}

export const PDF_READ_ONLY = 'PDF 只报告问题，不自动修复；请在源文件中按页码和行号修改';

export async function readPdf(bytes: Uint8Array): Promise<ReadDocument & { pages: number }> {
  // PDF.js takes the buffer over: give it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const out = new ExtractedText<Meta>();
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, , , x, y] = it.transform as number[];
        items.push({ str: it.str, x, y, width: it.width, size: Math.hypot(a, b) || it.height || 10, eol: it.hasEOL });
      }
      let line = '';
      let lineNo = 0;
      let lineY: number | undefined;
      let lastY: number | undefined;
      let lastSize = 10;
      let endX = 0;
      const flush = () => {
        if (line.trim() === '') return;
        // A gap of more than about a line and a half above starts a paragraph.
        if (lastY !== undefined && lineY !== undefined && Math.abs(lastY - lineY) > lastSize * 1.9) out.paragraphBreak();
        out.line(line.trim(), { page: p, line: ++lineNo });
        lastY = lineY;
      };
      for (const it of items) {
        const sameLine = lineY !== undefined && Math.abs(it.y - lineY) < it.size * 0.5;
        if (!sameLine) {
          flush();
          line = '';
          lineY = it.y;
          lastSize = it.size;
        } else if (it.x - endX > it.size * 0.3 && line !== '' && !line.endsWith(' ')) line += ' ';
        line += it.str;
        endX = it.x + it.width;
        if (it.eol) {
          flush();
          line = '';
          lineY = undefined;
        }
      }
      flush();
      out.paragraphBreak();
      page.cleanup();
    }
    return {
      format: 'pdf',
      source: out.text,
      pages: pdf.numPages,
      readOnly: PDF_READ_ONLY,
      locate: out.locator((l, from, to) => ({
        label: `第 ${l.meta.page} 页第 ${l.meta.line} 行`,
        page: l.meta.page,
        line: l.meta.line,
        column: from + 1,
        context: contextOf(l.text, from, to),
      })),
    };
  } finally {
    await pdf.cleanup();
    await pdf.loadingTask.destroy();
  }
}
