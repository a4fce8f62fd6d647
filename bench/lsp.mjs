// Language-server figures for `npm run bench`:
//   start-up: spawn `policylint-ls --stdio` until the initialize response;
//   latency: on a 100 KB draft, time from an incremental edit to the
//     diagnostics for that version (LSP 3.17 pull, as VS Code asks after
//     each change), p50 and p95 over 200 edits after 20 warm-up edits;
//   memory: resident set size of a fresh server with 100 open documents.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER = path.join(ROOT, 'server', 'bin', 'policylint-ls.js');

function start() {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...(process.env.LSP_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.LSP_PROF] : []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification(() => {});
  connection.listen();
  const rootUri = pathToFileURL(ROOT).toString();
  const ready = connection
    .sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } })
    .then(() => performance.now() - t0);
  return { child, connection, ready };
}

async function stop({ child, connection }) {
  await connection.sendRequest('shutdown').catch(() => {});
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await connection.sendNotification('exit').catch(() => {});
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
  connection.dispose();
  child.kill();
}

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

const bodyOf = (name) => {
  const s = readFileSync(path.join(ROOT, 'examples', name), 'utf8');
  return s.slice(s.indexOf('\n---', 3) + 4);
};

/**
 * A 100 KB draft: the poster (with its violations) followed by the compliant
 * web page and 投保提示书 until the size is reached — a long product page
 * with a handful of problems, as a writer would have open.
 */
function bigDraft() {
  const head = readFileSync(path.join(ROOT, 'examples', 'promo-poster.md'), 'utf8');
  const rest = [bodyOf('compliant-promo.md'), bodyOf('toubao-tishishu.md')];
  let text = head;
  for (let i = 0; Buffer.byteLength(text) < 100_000; i++) text += rest[i % 2];
  return text;
}

const pct = (list, p) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];

export async function lspBench() {
  const startups = [];
  for (let i = 0; i < 3; i++) {
    const s = start();
    startups.push(await s.ready);
    await stop(s);
  }

  const s = start();
  await s.ready;
  await s.connection.sendNotification('initialized', {});
  const uri = pathToFileURL(path.join(ROOT, '.bench', 'big-draft.md')).toString();
  let text = bigDraft();
  let version = 1;
  await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const latencies = [];
  let diagnosticsCount = 0;
  const lines = text.split('\n');
  for (let i = 0; i < 220; i++) {
    // Type one character into a paragraph somewhere in the document.
    const line = Math.floor(lines.length / 2) + (i % 40) * 2;
    const insert = i % 2 ? '存' : '保';
    version++;
    const t0 = performance.now();
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: insert }],
    });
    const report = await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const dt = performance.now() - t0;
    if (!report.items) throw new Error('no diagnostics');
    if (i >= 20) latencies.push(dt);
    diagnosticsCount = report.items.length;
    lines[line] = insert + lines[line];
  }
  text = lines.join('\n');

  await stop(s);

  // Memory: a fresh server with 100 open documents of about 8 KB each.
  const m = start();
  await m.ready;
  await m.connection.sendNotification('initialized', {});
  const small = readFileSync(path.join(ROOT, 'examples', 'face-to-face-script.md'), 'utf8');
  for (let i = 0; i < 100; i++) {
    const u = pathToFileURL(path.join(ROOT, '.bench', `open-${i}.md`)).toString();
    await m.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text: small.replace('张', String(i)) + small } });
    await m.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } });
  }
  const rss = rssOf(m.child.pid);
  await stop(m);
  return {
    findings: diagnosticsCount,
    startupMs: Math.min(...startups),
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    bytes: Buffer.byteLength(text),
    rssMb: rss,
  };
}
