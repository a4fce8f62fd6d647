// The policylint language server: findings as diagnostics (pulled where the
// client supports LSP 3.17 pull diagnostics, pushed otherwise, debounced),
// quick fixes, fix-all on save, hovers, and a workspace-wide lint command.
// It decides which documents are linted (scope.ts) and logs what it uses and
// how long each lint takes to the client's output channel.
// It adds nothing to the engine's verdicts, and no request can take it down.
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clearConfigCache, findConfigChain, type ConfigError } from '../engine/index.js';
import { packageVersion } from '../fs/package-info.js';
import { ADD_WORD, codeActions, fixAllText, FIX_ALL_KIND } from './code-actions.js';
import { addToWordList } from './word-list.js';
import { toDiagnostics } from './diagnostics.js';
import { hover } from './hover.js';
import { Linter, emptyOutcome, filePathOf, formatOfDocument, type LintOutcome } from './linter.js';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings.js';
import { lintWorkspace } from './workspace.js';
import { extractedText } from './extracted.js';
import { clearScopeCache } from './scope.js';
import { ruleDocs, ruleList } from './rules.js';

const DEBOUNCE_MS = 120;
/** A lint slower than this is logged at info level; every lint is logged at debug level. */
const SLOW_LINT_MS = 500;
export const LINT_WORKSPACE = 'policylint.server.lintWorkspace';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let workspaceRoot: string | undefined;
  let folders: string[] = [];
  let pull = false;
  let configurationCapability = false;
  let workProgressCapability = false;
  let versionedEdits = false;
  let globalSettings: Settings = DEFAULT_SETTINGS;
  const settingsCache = new Map<string, Promise<Settings>>();
  const timers = new Map<string, NodeJS.Timeout>();
  const configErrorUris = new Set<string>();
  let lastConfigError = '';
  let failureShown = false;
  const logged = new Set<string>();
  const linter = new Linter({
    workspaceRoot: () => workspaceRoot,
    folders: () => folders,
    linted: (uri, outcome, ms) => logLint(uri, outcome, ms),
  });

  /** Runs a handler; an exception is logged and answered with `fallback`. */
  function safe<A extends unknown[], R>(name: string, fallback: Awaited<R>, fn: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      try {
        const r = fn(...args);
        if (r instanceof Promise) return r.catch((e) => (log(name, e), fallback)) as R;
        return r;
      } catch (e) {
        log(name, e);
        return fallback as R;
      }
    };
  }
  function log(where: string, e: unknown): void {
    connection.console.error(`policylint ${where}: ${(e as Error)?.stack ?? e}`);
  }
  /** An info line for the output channel, once per distinct text (configs, packs and scope do not repeat). */
  function infoOnce(line: string): void {
    if (logged.has(line)) return;
    logged.add(line);
    connection.console.info(line);
  }
  function logLint(uri: string, outcome: LintOutcome, ms: number): void {
    const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    if (outcome.outOfScope) return infoOnce(`不检查 ${name}：${outcome.outOfScope}`);
    const config = outcome.config;
    if (config) {
      infoOnce(config.files.length ? `配置文件：${config.files.join('、')}` : '未找到配置文件，使用内置默认配置');
      infoOnce(`规则包：${config.packs.map((p) => `${p.name}（${p.rules.length} 条规则，${p.file}）`).join('、')}`);
    }
    const line = `检查 ${name}（版本 ${outcome.version}）：${ms.toFixed(1)} ms，${outcome.findings.length} 个问题${outcome.skipped ? `，${outcome.skipped}` : ''}`;
    if (ms >= SLOW_LINT_MS) connection.console.info(`${line}（较慢）`);
    else connection.console.debug(line);
  }
  function serverVersion(): string {
    try {
      return packageVersion();
    } catch {
      return 'unknown';
    }
  }

  function settingsFor(uri: string): Promise<Settings> {
    if (!configurationCapability) return Promise.resolve(globalSettings);
    const hit = settingsCache.get(uri);
    if (hit) return hit;
    // A client with no settings of its own answers null: keep initializationOptions' settings.
    const s: Promise<Settings> = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'policylint' })
      .then((v) => (v === null || v === undefined ? globalSettings : normalizeSettings(v)), () => globalSettings);
    settingsCache.set(uri, s);
    return s;
  }

  /** Diagnostics in the broken config files and one notification, when the error changes. */
  function reportConfigError(error: ConfigError | undefined): void {
    const key = error?.message ?? '';
    if (key === lastConfigError) return;
    const byFile = new Map<string, Diagnostic[]>();
    for (const e of error?.errors ?? []) {
      const uri = pathToFileURL(e.file).toString();
      const pos = { line: Math.max(0, e.line - 1), character: Math.max(0, e.column - 1) };
      const list = byFile.get(uri) ?? [];
      list.push({ range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, severity: DiagnosticSeverity.Error, source: 'policylint', code: 'config', message: e.message });
      byFile.set(uri, list);
    }
    for (const uri of configErrorUris) if (!byFile.has(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
    configErrorUris.clear();
    for (const [uri, diagnostics] of byFile) {
      configErrorUris.add(uri);
      connection.sendDiagnostics({ uri, diagnostics });
    }
    if (key) {
      void connection.window.showErrorMessage(`policylint：配置或规则包有误，继续使用上一次有效的配置。${error!.errors[0].file}:${error!.errors[0].line}:${error!.errors[0].column} ${error!.errors[0].message}`);
    }
    lastConfigError = key;
  }

  /** The cached lint of this version (code actions and hovers use it as it is). */
  async function outcomeOf(doc: TextDocument): Promise<LintOutcome> {
    const settings = await settingsFor(doc.uri);
    if (!settings.enable) return emptyOutcome(doc.version);
    return linter.lint(doc, settings);
  }

  /** Diagnostics for the Problems panel, with the reports that go with them (config errors, failures, status). */
  async function lint(doc: TextDocument): Promise<Diagnostic[]> {
    const outcome = await outcomeOf(doc);
    reportConfigError(outcome.configError);
    if (outcome.outOfScope) {
      void connection.sendNotification('policylint/status', { uri: doc.uri, outOfScope: outcome.outOfScope });
      return [];
    }
    const diagnostics = toDiagnostics(doc, outcome);
    if (outcome.failure) {
      // Never let a failure look like a clean draft.
      log('lint', outcome.failure);
      diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'policylint', code: 'internal-error', message: `policylint 检查失败，此文档的结果不可信：${outcome.failure.split('\n')[0]}（详见“policylint”输出）` });
      if (!failureShown) void connection.window.showErrorMessage('policylint：检查失败，结果不可信。详见“policylint”输出。');
      failureShown = true;
    }
    if (outcome.skipped) {
      diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'policylint', message: outcome.skipped });
    }
    const count = (s: string) => outcome.findings.filter((f) => f.severity === s).length;
    void connection.sendNotification('policylint/status', {
      uri: doc.uri,
      kind: outcome.kindLabel,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      skipped: outcome.skipped ?? (outcome.failure ? '检查失败' : undefined),
    });
    return diagnostics;
  }

  async function publish(doc: TextDocument): Promise<void> {
    const diagnostics = await lint(doc);
    // Stale work: a newer version arrived while this one was linted.
    if (documents.get(doc.uri)?.version !== doc.version) return;
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  function schedule(doc: TextDocument, delay = DEBOUNCE_MS): void {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(
        safe('publish', undefined, () => {
          timers.delete(doc.uri);
          const current = documents.get(doc.uri);
          if (current) void publish(current).catch((e) => log('publish', e));
        }),
        delay,
      ),
    );
  }

  function relintAll(): void {
    settingsCache.clear();
    for (const doc of documents.all()) linter.forget(doc.uri);
    if (pull) void connection.languages.diagnostics.refresh();
    else for (const doc of documents.all()) schedule(doc, 0);
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pull = Boolean(caps.textDocument?.diagnostic);
    configurationCapability = Boolean(caps.workspace?.configuration);
    workProgressCapability = Boolean(caps.window?.workDoneProgress);
    versionedEdits = Boolean(caps.workspace?.workspaceEdit?.documentChanges);
    folders = (params.workspaceFolders ?? []).map((f) => filePathOf(f.uri)).filter((p): p is string => Boolean(p));
    if (!folders.length && params.rootUri) folders = [filePathOf(params.rootUri)].filter((p): p is string => Boolean(p));
    workspaceRoot = folders[0];
    // Either {settings: {...}} or {settings: {policylint: {...}}}, as with didChangeConfiguration.
    const init = params.initializationOptions as { settings?: { policylint?: unknown } } | undefined;
    if (init?.settings) globalSettings = normalizeSettings(init.settings.policylint ?? init.settings);
    connection.console.info(`policylint-ls ${serverVersion()}（Node ${process.version}），工作区：${folders.join('、') || '无'}`);
    for (const folder of folders) {
      try {
        const chain = findConfigChain(folder);
        connection.console.info(chain.length ? `${folder} 的配置文件：${chain.map((c) => c.path).join('、')}` : `${folder} 没有 policylint 配置文件（只检查声明了 kind 或匹配 policylint.include 的文件）`);
      } catch (e) {
        connection.console.error(`${folder} 的配置文件有误：${(e as Error).message}`);
      }
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: [LINT_WORKSPACE, ADD_WORD] },
        ...(pull ? { diagnosticProvider: { identifier: 'policylint', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'policylint-ls', version: serverVersion() },
    };
  });

  connection.onDidChangeConfiguration(
    safe('configuration', undefined, (change) => {
      const s = (change.settings as { policylint?: unknown } | undefined)?.policylint;
      if (s) globalSettings = normalizeSettings(s);
      relintAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    safe('watched files', undefined, () => {
      clearConfigCache();
      clearScopeCache();
      relintAll();
    }),
  );

  documents.onDidChangeContent(
    safe('change', undefined, async (e) => {
      if (pull) return;
      const settings = await settingsFor(e.document.uri);
      if (settings.run === 'onType' || e.document.version <= 1) schedule(e.document);
    }),
  );
  documents.onDidSave(
    safe('save', undefined, async (e) => {
      const settings = await settingsFor(e.document.uri);
      if (settings.run !== 'onSave') return;
      linter.forget(e.document.uri);
      if (pull) void connection.languages.diagnostics.refresh();
      else schedule(e.document, 0);
    }),
  );
  documents.onDidClose(
    safe('close', undefined, (e) => {
      clearTimeout(timers.get(e.document.uri));
      linter.forget(e.document.uri);
      settingsCache.delete(e.document.uri);
      if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    }),
  );

  connection.languages.diagnostics.on(
    safe('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const settings = await settingsFor(doc.uri);
      // On save: keep answering with what the last saved version found.
      const saved = settings.run === 'onSave' ? linter.cached(doc.uri) : undefined;
      return { kind: DocumentDiagnosticReportKind.Full, items: saved ? toDiagnostics(doc, saved) : await lint(doc) };
    }),
  );

  connection.onCodeAction(
    safe('code action', [], async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const outcome = await outcomeOf(doc);
      const config = outcome.config;
      if (!config) return [];
      return codeActions(
        doc,
        outcome,
        params,
        () => fixAllText(doc.getText(), { config, filePath: filePathOf(doc.uri) ?? doc.uri, format: formatOfDocument(doc) }),
        { versioned: versionedEdits },
      );
    }),
  );

  connection.onHover(
    safe('hover', null, async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      return hover(doc, await outcomeOf(doc), params.position);
    }),
  );

  connection.onExecuteCommand(
    safe('command', null, async (params, _token, workDone) => {
      if (params.command === ADD_WORD) {
        const [file, word] = (params.arguments ?? []) as [string, string];
        const added = addToWordList(file, word, folders);
        if ('refused' in added) {
          void connection.window.showErrorMessage(`policylint：${added.refused}`);
          return { file, word, refused: added.refused };
        }
        clearConfigCache();
        relintAll();
        return { file, word };
      }
      if (params.command !== LINT_WORKSPACE) return null;
      // Clients that pass no progress token get a server-initiated one.
      if (workProgressCapability && !params.workDoneToken) workDone = await connection.window.createWorkDoneProgress();
      const settings = await settingsFor(folders[0] ? pathToFileURL(folders[0]).toString() : '');
      const open = new Set(documents.all().map((d) => d.uri));
      return lintWorkspace(folders, settings, linter, open, workDone, (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }));
    }),
  );

  connection.onRequest('policylint/ruleDocs', safe('rule docs', null, (params: { ruleId: string; uri?: string }) => ruleDocs(params.ruleId, workspaceRoot, globalSettings)));
  connection.onRequest('policylint/rules', safe('rules', [], () => ruleList(workspaceRoot, globalSettings)));
  connection.onRequest('policylint/extractedText', safe('extracted text', null, (params: { uri: string }) => extractedText(params.uri, globalSettings.maxFileSize)));

  documents.listen(connection);
  connection.listen();
}

export function main(): void {
  const connection = createConnection(ProposedFeatures.all);
  // The server must outlive any bug in a handler.
  process.on('uncaughtException', (e) => connection.console.error(`policylint: ${e.stack ?? e}`));
  process.on('unhandledRejection', (e) => connection.console.error(`policylint: ${(e as Error)?.stack ?? e}`));
  startServer(connection);
}
