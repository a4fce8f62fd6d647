// Word documents: body paragraphs (tables included, cell by cell) through
// mammoth, then headers and footers, which mammoth leaves out, from their XML
// parts. Comments and tracked deletions are not text of the document.
// Findings point at the paragraph number and the text around them; fixes are
// not written back (rewriting runs would risk the document's formatting).
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { ExtractedText } from './extracted.js';
import { contextOf, type ReadDocument } from './types.js';

interface Meta {
  part: '正文' | '页眉' | '页脚';
  paragraph: number;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return XML_ENTITIES[e] ?? m;
  });
}

/** Paragraph texts of a header or footer part (w:t runs; deleted text w:delText is left out). */
function partParagraphs(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    let text = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) text += m[1] !== undefined ? unescapeXml(m[1]) : ' ';
    out.push(text);
  }
  return out;
}

/** Header and footer parts in document order (header1, header2, …). */
async function headersAndFooters(zip: JSZip): Promise<{ part: Meta['part']; paragraphs: string[] }[]> {
  const names = Object.keys(zip.files)
    .filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const parts = [];
  for (const name of names) {
    const xml = await zip.file(name)!.async('string');
    parts.push({ part: (name.includes('header') ? '页眉' : '页脚') as Meta['part'], paragraphs: partParagraphs(xml) });
  }
  return parts;
}

export const DOCX_READ_ONLY = 'Word 文档只报告问题，不自动修复（改写文字会破坏原有格式）；请在 Word 中按位置修改';

export async function readDocx(bytes: Uint8Array): Promise<ReadDocument> {
  const buffer = Buffer.from(bytes);
  const { value } = await mammoth.extractRawText({ buffer });
  const out = new ExtractedText<Meta>();
  // mammoth ends every paragraph with a blank line; a line break inside one is a single \n.
  const body = value.replace(/\n\n$/, '').split('\n\n');
  body.forEach((text, i) => {
    if (text.trim() === '') return;
    out.line(text, { part: '正文', paragraph: i + 1 });
    out.paragraphBreak();
  });
  const zip = await JSZip.loadAsync(buffer);
  for (const { part, paragraphs } of await headersAndFooters(zip)) {
    paragraphs.forEach((text, i) => {
      if (text.trim() === '') return;
      out.line(text, { part, paragraph: i + 1 });
      out.paragraphBreak();
    });
  }
  return {
    format: 'docx',
    source: out.text,
    readOnly: DOCX_READ_ONLY,
    locate: out.locator((line, from, to) => ({
      label: `${line.meta.part === '正文' ? '' : line.meta.part}第 ${line.meta.paragraph} 段`,
      paragraph: line.meta.paragraph,
      part: line.meta.part,
      context: contextOf(line.text, from, to),
    })),
  };
}
