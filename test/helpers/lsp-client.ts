// A JSON-RPC client that starts `policylint-ls --stdio` as a child process,
// as Neovim or Helix would, and speaks LSP to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ClientCapabilities,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';

export const SERVER_BIN = resolve('server/bin/policylint-ls.js');

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** The latest push diagnostics by URI. */
  pushed: Map<string, PublishDiagnosticsParams>;
  /** How many pushes have arrived so far (to wait for a newer one). */
  pushCount: () => number;
  notifications: { method: string; params: unknown }[];
  /** Resolves with the first push for uri, after push number `after`, that `accept` takes. */
  waitForPush(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number, after?: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
  stderr: () => string;
  /** The server's answer to initialize (capabilities, serverInfo). */
  initializeResult: InitializeResult;
}

export async function startClient(options: { root: string; capabilities?: ClientCapabilities; settings?: Record<string, unknown> }): Promise<TestClient> {
  const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const pushed = new Map<string, PublishDiagnosticsParams>();
  const seqOf = new Map<string, number>();
  let count = 0;
  const waiters: (() => void)[] = [];
  const notifications: { method: string; params: unknown }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    pushed.set(p.uri, p);
    seqOf.set(p.uri, ++count);
    for (const w of waiters.splice(0)) w();
  });
  connection.onNotification((method: string, params: unknown) => notifications.push({ method, params }));
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => options.settings ?? {}));
  connection.onRequest('window/workDoneProgress/create', (params: unknown) => {
    notifications.push({ method: 'window/workDoneProgress/create', params });
    return null;
  });
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const rootUri = pathToFileURL(options.root).toString();
  const initializeResult: InitializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'ws' }],
    capabilities: options.capabilities ?? {},
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    pushed,
    notifications,
    initializeResult,
    stderr: () => stderr,
    pushCount: () => count,
    waitForPush(uri, accept = () => true, timeoutMs = 5000, after = 0) {
      return new Promise((resolvePush, reject) => {
        const check = () => {
          const p = pushed.get(uri);
          if (p && (seqOf.get(uri) ?? 0) > after && accept(p)) {
            clearTimeout(timer);
            resolvePush(p);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        const loop = () => {
          if (!check()) waiters.push(loop);
        };
        loop();
      });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      connection.dispose();
      child.kill();
    },
  };
}
