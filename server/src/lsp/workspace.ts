// "Lint the whole workspace": every draft under the workspace folders gets
// its diagnostics in the Problems panel, with progress.
import { pathToFileURL } from 'node:url';
import type { Diagnostic, WorkDoneProgressReporter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expandPatterns } from '../fs/expand.js';
import { locatorFor, readDocument } from '../readers/index.js';
import { extractedUri } from './extracted.js';
import type { DocumentFormat } from '../engine/types.js';
import { toDiagnostics } from './diagnostics.js';
import type { Linter } from './linter.js';
import type { Settings } from './settings.js';

const LANGUAGE: Record<DocumentFormat, string> = { markdown: 'markdown', text: 'plaintext', html: 'html', docx: 'docx', pdf: 'pdf', image: 'image' };

export async function lintWorkspace(
  folders: string[],
  settings: Settings,
  linter: Linter,
  open: Set<string>,
  progress: WorkDoneProgressReporter,
  publish: (uri: string, diagnostics: Diagnostic[]) => void,
): Promise<{ files: number; problems: number }> {
  const files = folders.flatMap((f) => expandPatterns([f], f));
  progress.begin('policylint：检查工作区', 0, `${files.length} 个文件`, true);
  let problems = 0;
  for (let i = 0; i < files.length; i++) {
    const uri = pathToFileURL(files[i]).toString();
    if (i % 10 === 0) progress.report(Math.round((i / files.length) * 100), `${i}/${files.length}`);
    if (open.has(uri)) continue; // open documents are kept current already
    // Word, PDF, images and HTML through their readers: diagnostics on the file, ranges in its extracted
    // text, the page, paragraph or box in the message; no fixes (they would edit the extracted text).
    const read = await readDocument(files[i], settings.maxFileSize);
    if ('skipped' in read) continue;
    const doc = TextDocument.create(uri, LANGUAGE[read.format], 0, read.source);
    const outcome = linter.lint(doc, settings, read);
    linter.forget(uri);
    if (!outcome.config) continue;
    const locate = read.format === 'markdown' || read.format === 'text' ? undefined : locatorFor(read, read.source);
    // Word, PDF, images: the file cannot be opened as text, so each finding links to the extracted text, at its words.
    const extracted = read.format === 'docx' || read.format === 'pdf' || read.format === 'image' ? extractedUri(files[i]) : undefined;
    const diagnostics = toDiagnostics(doc, outcome).map((d, k) => {
      const f = outcome.findings[k];
      if (!locate || f.end === 0 || f.scope === 'document') return d;
      const label = locate(f.start, f.end).label;
      const link = extracted ? [{ location: { uri: extracted, range: d.range }, message: `在提取的文字中查看（${label}）` }] : [];
      return { ...d, message: `${d.message}（${label}）`, relatedInformation: [...link, ...(d.relatedInformation ?? [])] };
    });
    problems += diagnostics.length;
    publish(uri, diagnostics);
    await new Promise((r) => setImmediate(r)); // let other requests through
  }
  progress.done();
  return { files: files.length, problems };
}
