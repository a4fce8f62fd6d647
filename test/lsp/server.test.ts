// The language server over stdio, driven by a JSON-RPC client as an editor
// would: diagnostics (push and pull), incremental edits, code actions whose
// edits remove the finding, fix-all, hover, configuration changes, bad
// requests.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lsp-client.js';
import { tempTree } from '../helpers/tmp.js';
import { POSTER } from '../helpers/drafts.js';

// The poster without its complaint channel: one more finding to fix.
const DRAFT = POSTER.replace('投诉热线95123。', '');

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 0, text), edits);
}

describe('language server (push diagnostics)', () => {
  const dir = tempTree({ 'draft.md': DRAFT, 'policylint.config.yaml': 'root: true\n' });
  const uri = pathToFileURL(join(dir, 'draft.md')).toString();
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: dir });
  });
  afterAll(() => client.stop());

  it('publishes diagnostics on open with rule ids, articles and a documentation link', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    const p = await client.waitForPush(uri);
    const codes = p.diagnostics.map((d) => d.code);
    expect(codes).toContain('return-comparison');
    expect(codes).toContain('inducement');
    expect(codes).toContain('complaint-channel');
    const d = p.diagnostics.find((x) => x.code === 'inducement')!;
    expect(d.message).toMatch(/〔90号 第三条\(四\)/);
    expect(d.codeDescription?.href).toMatch(/docs\/rules\/inducement\.md$/);
    expect(d.range.start.line).toBe(9);
    const missing = p.diagnostics.find((x) => x.code === 'complaint-channel')!;
    expect(missing.relatedInformation?.[0].message).toMatch(/宣传材料/);
  });

  it('follows incremental edits (debounced) and drops fixed findings', async () => {
    const line = DRAFT.split('\n')[9];
    const start = line.indexOf('收益比定期存款高，');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 9, character: start }, end: { line: 9, character: start + '收益比定期存款高，'.length } }, text: '' }],
    });
    const p = await client.waitForPush(uri, (x) => x.version === 2);
    expect(p.diagnostics.map((d) => d.code)).not.toContain('return-comparison');
    expect(p.diagnostics.map((d) => d.code)).toContain('inducement');
  });

  it('offers quick fixes whose edits remove the finding, the preferred one marked', async () => {
    const text = DRAFT.replace('收益比定期存款高，', '');
    const diags = client.pushed.get(uri)!.diagnostics;
    const d = diags.find((x) => x.code === 'inducement') as Diagnostic;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const removal = actions.find((a) => a.title.startsWith('删除'))!;
    expect(removal.isPreferred).toBe(true);
    const fixed = apply(text, removal.edit!.changes![uri]);
    expect(fixed).toContain('承保。');
    expect(actions.some((a) => a.title === '在此行停用规则 inducement')).toBe(true);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: fixed }] });
    const p = await client.waitForPush(uri, (x) => x.version === 3);
    expect(p.diagnostics.map((x) => x.code)).not.toContain('inducement');
  });

  it('source.fixAll.policylint inserts the missing disclosures', async () => {
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.policylint'] },
    })) as CodeAction[];
    expect(actions).toHaveLength(1);
    const before = DRAFT.replace('收益比定期存款高，', '').replace('，投保即送精美礼品一份', '');
    const after = apply(before, actions[0].edit!.changes![uri]);
    expect(after).toContain('如有疑问或投诉，请拨打华泰安康人寿保险股份有限公司客服及投诉热线95123。');
  });

  it('hovers with the rule title, a link to its documentation and how to fix it, without repeating the diagnostic', async () => {
    const diags = client.pushed.get(uri)!.diagnostics;
    const d = diags.find((x) => x.code === 'complaint-channel')!;
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start })) as Hover;
    const value = (h.contents as { value: string }).value;
    expect(value).toContain('**未明示投诉渠道**');
    expect(value).toContain('](https://github.com/policylint/policylint/blob/main/docs/rules/complaint-channel.md)');
    expect(value).toContain('如何修复');
    // The editor shows the diagnostic (message and articles) beside the hover: the hover must not say it again.
    expect(value).not.toContain('未向客户明示咨询和投诉渠道');
    expect(value).not.toContain('〔');
    expect(value).not.toContain('依据');
    expect(d.message.match(/〔[^〕]+〕/g)).toHaveLength(1);
  });

  it('reports the status of the document for the status bar', () => {
    const status = client.notifications.filter((n) => n.method === 'policylint/status').pop()!.params as { kind: string; errors: number };
    expect(status.kind).toBe('宣传材料');
    expect(status.errors).toBeGreaterThan(0);
  });

  it('answers a malformed request with an error and keeps serving', async () => {
    await expect(client.connection.sendRequest('textDocument/hover', { textDocument: 42 })).resolves.toBeNull();
    await expect(client.connection.sendRequest('policylint/no-such-method', {})).rejects.toThrow();
    const h = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    expect(h === null || typeof h === 'object').toBe(true);
    expect(client.process.exitCode).toBeNull();
  });

  it('relints open documents when the config changes, and reports a broken config in the config file', async () => {
    const before = client.pushCount();
    writeFileSync(join(dir, 'policylint.config.yaml'), 'root: true\nrules:\n  complaint-channel: loud\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'policylint.config.yaml')).toString(), type: 2 }] });
    const configUri = pathToFileURL(join(dir, 'policylint.config.yaml')).toString();
    const bad = await client.waitForPush(configUri);
    expect(bad.diagnostics[0].range.start.line).toBe(2);
    expect(bad.diagnostics[0].message).toContain('complaint-channel');
    // Linting goes on with the last good config.
    // Linting goes on with the last good config.
    const kept = await client.waitForPush(uri, () => true, 5000, before);
    expect(kept.diagnostics.length).toBeGreaterThan(0);

    writeFileSync(join(dir, 'policylint.config.yaml'), 'root: true\nrules:\n  complaint-channel: "off"\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await client.waitForPush(configUri, (p) => p.diagnostics.length === 0);
    const p = await client.waitForPush(uri, (x) => !x.diagnostics.some((d) => d.code === 'complaint-channel'));
    expect(p.diagnostics).toEqual([]);
  });
});

describe('language server (pull diagnostics, LSP 3.17)', () => {
  const dir = tempTree({ 'script.md': '---\nkind: phone-script\n---\n坐席：您好，这款产品每年保费三千元，和存款一样安全。\n' });
  const uri = pathToFileURL(join(dir, 'script.md')).toString();
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: dir, capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } }, settings: { rules: { 'phone-seller-identity': 'off' } } });
  });
  afterAll(() => client.stop());

  it('answers textDocument/diagnostic and applies editor settings', async () => {
    const text = '---\nkind: phone-script\n---\n坐席：您好，这款产品每年保费三千元，和存款一样安全。\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport & { items: Diagnostic[] };
    const codes = report.items.map((d) => d.code);
    expect(codes).toContain('phone-recording');
    expect(codes).toContain('deposit-wording') // safety likened to a deposit;
    expect(codes).not.toContain('phone-seller-identity');
    expect(client.pushed.has(uri)).toBe(false);
  });
});

describe('language server: spelling quick fixes', () => {
  const dir = tempTree({ 'policylint.config.yaml': 'root: true\n', 'page.md': '---\nkind: regulation\n---\n本页介绍 Huatai Anxin 计划。\n' });
  const uri = pathToFileURL(join(dir, 'page.md')).toString();
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: dir });
  });
  afterAll(() => client.stop());

  it('adds a word to the workspace dictionary and relints; ignores a word in the document', async () => {
    const text = '---\nkind: regulation\n---\n本页介绍 Huatai Anxin 计划。\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const p = await client.waitForPush(uri, (x) => x.diagnostics.length === 2);
    const [huatai, anxin] = p.diagnostics;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: huatai.range, context: { diagnostics: [huatai] } })) as CodeAction[];
    const add = actions.find((a) => a.title === '将“Huatai”添加到工作区词典')!;
    const before = client.pushCount();
    await client.connection.sendRequest('workspace/executeCommand', add.command);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dir, '.policylint-words.txt'), 'utf8')).toContain('Huatai\n');
    const after = await client.waitForPush(uri, (x) => x.diagnostics.length === 1, 5000, before);
    expect(after.diagnostics[0].message).toContain('Anxin');

    const ignore = ((await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: anxin.range, context: { diagnostics: [after.diagnostics[0]] } })) as CodeAction[]).find((a) => a.title === '在本文档中忽略“Anxin”')!;
    const ignored = apply(text, ignore.edit!.changes![uri]);
    expect(ignored).toContain('<!-- policylint-words Anxin -->');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: ignored }] });
    const clean = await client.waitForPush(uri, (x) => x.version === 2);
    expect(clean.diagnostics).toEqual([]);
  });
});

describe('language server: workspace lint and lint on save', () => {
  const dir = tempTree({
    'policylint.config.yaml': 'root: true\n',
    'a/海报.md': POSTER,
    'b/notes.txt': '---\nkind: script\n---\n销售：这个产品和存款一样。\n',
    'open.md': POSTER,
  });
  const openUri = pathToFileURL(join(dir, 'open.md')).toString();
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: dir, capabilities: { window: { workDoneProgress: true } }, settings: {} });
  });
  afterAll(() => client.stop());

  it('lints every draft of the workspace into diagnostics, with progress', async () => {
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'policylint.server.lintWorkspace', arguments: [] })) as { files: number; problems: number };
    expect(result.files).toBe(3);
    const poster = client.pushed.get(pathToFileURL(join(dir, 'a/海报.md')).toString())!;
    expect(poster.diagnostics.map((d) => d.code)).toContain('inducement');
    const notes = client.pushed.get(pathToFileURL(join(dir, 'b/notes.txt')).toString())!;
    expect(notes.diagnostics.map((d) => d.code)).toContain('deposit-wording');
    expect(client.notifications.some((n) => n.method === 'window/workDoneProgress/create')).toBe(true);
  });

  it('with run: onSave, edits are not linted until the document is saved', async () => {
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { policylint: { run: 'onSave' } } });
    const beforeOpen = client.pushCount();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: openUri, languageId: 'markdown', version: 1, text: POSTER } });
    const opened = await client.waitForPush(openUri, () => true, 5000, beforeOpen);
    expect(opened.diagnostics.map((d) => d.code)).toContain('inducement');
    const fixed = POSTER.replace('，投保即送精美礼品一份', '');
    const before = client.pushCount();
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: openUri, version: 2 }, contentChanges: [{ text: fixed }] });
    await new Promise((r) => setTimeout(r, 400));
    expect(client.pushCount()).toBe(before);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: openUri } });
    const saved = await client.waitForPush(openUri, () => true, 5000, before);
    expect(saved.diagnostics.map((d) => d.code)).not.toContain('inducement');
  });
});
