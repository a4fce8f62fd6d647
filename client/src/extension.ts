// The VS Code extension: starts policylint-ls, forwards settings, and adds the
// commands and the status bar item. All verdicts come from the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

interface Status {
  uri: string;
  kind: string;
  errors: number;
  warnings: number;
  infos: number;
  skipped?: string;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('server/out/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const output = vscode.window.createOutputChannel('policylint', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'policy-script' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'policy-script' },
    ],
    synchronize: {
      configurationSection: 'policylint',
      // Configs, rule packs and dictionaries: a change relints open documents.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json,dic,aff}'),
    },
    outputChannel: output,
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  client = new LanguageClient('policylint', 'policylint', serverOptions, clientOptions);

  const statuses = new Map<string, Status>();
  const item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  item.command = 'policylint.showOutput';
  context.subscriptions.push(item, output);
  const showStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const s = editor && statuses.get(editor.document.uri.toString());
    if (!s) return item.hide();
    item.text = s.skipped ? '$(shield) policylint：未检查' : `$(shield) ${s.kind || '未声明类型'}  $(error) ${s.errors}  $(warning) ${s.warnings}`;
    item.tooltip = s.skipped ?? `policylint：${s.kind || '未声明文档类型'}，${s.errors} 个错误，${s.warnings} 个警告`;
    item.show();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showStatus));

  context.subscriptions.push(
    vscode.commands.registerCommand('policylint.lintWorkspace', async () => {
      const result = (await client!.sendRequest('workspace/executeCommand', { command: 'policylint.server.lintWorkspace', arguments: [] })) as { files: number; problems: number } | null;
      if (result) void vscode.window.showInformationMessage(`policylint：检查了 ${result.files} 个文件，发现 ${result.problems} 个问题。`);
    }),
    vscode.commands.registerCommand('policylint.showRuleDocs', async (ruleId?: string) => {
      if (typeof ruleId !== 'string') {
        const rules = (await client!.sendRequest('policylint/rules', {})) as { id: string; title: string; articles: string[] }[];
        const pick = await vscode.window.showQuickPick(
          rules.map((r) => ({ label: r.id, description: r.title, detail: r.articles.join('、') })),
          { placeHolder: '选择要查看说明的规则' },
        );
        if (!pick) return;
        ruleId = pick.label;
      }
      const docs = (await client!.sendRequest('policylint/ruleDocs', { ruleId })) as { title: string; markdown: string } | null;
      if (!docs) return void vscode.window.showWarningMessage(`policylint：没有名为 ${ruleId} 的规则`);
      const doc = await vscode.workspace.openTextDocument({ content: docs.markdown, language: 'markdown' });
      await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
    }),
    vscode.commands.registerCommand('policylint.restartServer', async () => {
      await client!.restart();
    }),
    vscode.commands.registerCommand('policylint.showOutput', () => client!.outputChannel.show()),
  );

  await client.start();
  context.subscriptions.push(
    client.onNotification('policylint/status', (s: Status) => {
      statuses.set(s.uri, s);
      showStatus();
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
