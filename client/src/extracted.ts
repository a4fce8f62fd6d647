// The text policylint read from a Word, PDF or image file, as a read-only
// virtual document (policylint-extracted:/…/promo.docx.txt). Diagnostics of
// such files link here at the finding's range (“在提取的文字中查看”), so the
// flagged words open selected in their paragraph.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const EXTRACTED_SCHEME = 'policylint-extracted';

export function extractedTextProvider(client: () => LanguageClient): vscode.TextDocumentContentProvider {
  return {
    async provideTextDocumentContent(uri) {
      const r = (await client().sendRequest('policylint/extractedText', { uri: uri.toString() })) as { text: string } | { problem: string } | null;
      if (!r) return '（policylint 无法提取此文件的文字）\n';
      return 'text' in r ? r.text : `（${r.problem}）\n`;
    },
  };
}
