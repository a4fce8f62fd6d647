// Rule documentation as read-only virtual documents (policylint-docs:/<id>.md),
// shown in the Markdown preview. An untitled tab would be linted by the server
// (the docs quote what the rules flag) and ask to be saved on close.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const DOCS_SCHEME = 'policylint-docs';

interface RuleDocs {
  title: string;
  markdown: string;
}

export function docsUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCS_SCHEME, path: `/${ruleId}.md` });
}

export function ruleDocsProvider(client: () => LanguageClient): vscode.TextDocumentContentProvider {
  return {
    async provideTextDocumentContent(uri) {
      const ruleId = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      const docs = (await client().sendRequest('policylint/ruleDocs', { ruleId })) as RuleDocs | null;
      return docs?.markdown ?? `# ${ruleId}\n\n没有名为 ${ruleId} 的规则。\n`;
    },
  };
}

/** "查看规则说明": pick a rule (unless one is given) and preview its documentation. */
export async function showRuleDocs(client: LanguageClient, ruleId?: unknown): Promise<void> {
  if (typeof ruleId !== 'string') {
    const rules = (await client.sendRequest('policylint/rules', {})) as { id: string; title: string; articles: string[] }[];
    const pick = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.id, description: r.title, detail: r.articles.join('、') })),
      { placeHolder: '选择要查看说明的规则' },
    );
    if (!pick) return;
    ruleId = pick.label;
  }
  const id = ruleId as string;
  const docs = (await client.sendRequest('policylint/ruleDocs', { ruleId: id })) as RuleDocs | null;
  if (!docs) return void vscode.window.showWarningMessage(`policylint：没有名为 ${id} 的规则`);
  const uri = docsUri(id);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // Without the built-in Markdown extension: the read-only source.
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}
