// The text policylint read from a Word, PDF, image or HTML file, for the
// editor to show as a read-only virtual document (policylint-extracted:): a
// diagnostic of such a file links there, at the finding's range, so a writer
// sees the flagged words in their paragraph.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatOfPath, readDocument } from '../readers/index.js';

export const EXTRACTED_SCHEME = 'policylint-extracted';

/** policylint-extracted:/path/promo.docx.txt — the .txt makes the editor show plain text. */
export function extractedUri(file: string): string {
  return `${EXTRACTED_SCHEME}:${pathToFileURL(file).pathname}.txt`;
}

function fileOf(uri: string): string | undefined {
  if (!uri.startsWith(`${EXTRACTED_SCHEME}:`) || !uri.endsWith('.txt')) return undefined;
  return fileURLToPath(`file://${uri.slice(EXTRACTED_SCHEME.length + 1, -'.txt'.length)}`);
}

/** The extracted text of the file behind an extracted-text URI, or why there is none. */
export async function extractedText(uri: string, maxSize: number): Promise<{ text: string } | { problem: string }> {
  const file = fileOf(uri);
  const format = file && formatOfPath(file);
  if (!file || !format || format === 'markdown' || format === 'text') return { problem: '不是 policylint 提取文字的文档' };
  const read = await readDocument(file, maxSize);
  return 'skipped' in read ? { problem: read.skipped } : { text: read.source };
}
