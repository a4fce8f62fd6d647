// "Lint the whole workspace": every draft under the workspace folders gets
// its diagnostics in the Problems panel, with progress.
import { pathToFileURL } from 'node:url';
import type { Diagnostic, WorkDoneProgressReporter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expandPatterns } from '../cli/files.js';
import { readDraft } from '../fs/drafts.js';
import { toDiagnostics } from './diagnostics.js';
import type { Linter } from './linter.js';
import type { Settings } from './settings.js';

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
    const read = readDraft(files[i], settings.maxFileSize);
    if ('skipped' in read) continue;
    const doc = TextDocument.create(uri, /\.txt$/i.test(files[i]) ? 'plaintext' : 'markdown', 0, read.text);
    const outcome = linter.lint(doc, settings);
    linter.forget(uri);
    if (!outcome.config) continue;
    const diagnostics = toDiagnostics(doc, outcome);
    problems += diagnostics.length;
    publish(uri, diagnostics);
    await new Promise((r) => setImmediate(r)); // let other requests through
  }
  progress.done();
  return { files: files.length, problems };
}
