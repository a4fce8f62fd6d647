// The VS Code extension: starts policylint-ls, forwards settings, and adds the
// commands and the status bar item. All verdicts come from the server,
// including which documents are linted (policylint.mode/include/exclude).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DOCS_SCHEME, ruleDocsProvider, showRuleDocs } from './rule-docs.js';
import { EXTRACTED_SCHEME, extractedTextProvider } from './extracted.js';
import { StatusItem, type Status } from './status.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('server/out/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const output = vscode.window.createOutputChannel('policylint', { log: true });
  const clientOptions: LanguageClientOptions = {
    // Files and unsaved documents only (never policylint-docs:, policylint-extracted: or other virtual documents);
    // the server decides which of them to lint.
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'policy-script' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
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
  const c = new LanguageClient('policylint', 'policylint', serverOptions, clientOptions);
  client = c;

  const status = new StatusItem();
  context.subscriptions.push(status, output);
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => status.show()));
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(DOCS_SCHEME, ruleDocsProvider(() => c)));
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, extractedTextProvider(() => c)));

  const serverLabel = () => {
    const info = c.initializeResult?.serverInfo;
    return info ? `${info.name} ${info.version ?? ''}`.trim() : 'policylint-ls';
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('policylint.lintWorkspace', async () => {
      const result = (await c.sendRequest('workspace/executeCommand', { command: 'policylint.server.lintWorkspace', arguments: [] })) as { files: number; problems: number } | null;
      if (result) void vscode.window.showInformationMessage(`policylint：检查了 ${result.files} 个文件，发现 ${result.problems} 个问题。`);
    }),
    vscode.commands.registerCommand('policylint.showRuleDocs', (ruleId?: unknown) => showRuleDocs(c, ruleId)),
    vscode.commands.registerCommand('policylint.restartServer', async () => {
      status.setRestarting(true);
      output.info('正在重启语言服务器…');
      try {
        await c.restart();
        output.info(`语言服务器已重启：${serverLabel()}`);
        void vscode.window.showInformationMessage(`policylint：语言服务器已重启（${serverLabel()}）。`);
      } catch (e) {
        output.error(`语言服务器重启失败：${(e as Error)?.message ?? e}`);
        void vscode.window.showErrorMessage('policylint：语言服务器重启失败，详见“policylint”输出。');
      } finally {
        status.setRestarting(false);
      }
    }),
    vscode.commands.registerCommand('policylint.showOutput', () => c.outputChannel.show()),
  );

  await c.start();
  output.info(`已启动：${serverLabel()}`);
  context.subscriptions.push(c.onNotification('policylint/status', (s: Status) => status.update(s)));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
