// Which documents the server lints (policylint.mode, include, exclude,
// lintUntitled): an editor opens every Markdown and text file, but only
// marketing drafts should get findings. The server decides, so every editor
// gets the same answer; documents of other schemes (the rule docs) are never linted.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lsp-client.js';
import { tempTree } from '../helpers/tmp.js';
import { POSTER } from '../helpers/drafts.js';

// A team's meeting notes that quote a draft: not marketing copy, but full of what the rules flag.
const NOTES = '# 周会纪要\n\n- 新版海报把“年化收益4.5%，保本保息”写在首页，需要法务再看。\n- Follow up with the recieve team about the landing page.\n';
// A sales script with no front matter.
const SCRIPT = '坐席：您好，这款产品和存款一样安全，收益比定期存款高。\n';

const PULL = { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } };

async function open(client: TestClient, uri: string, text: string, languageId = 'markdown'): Promise<string[]> {
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport & { items: Diagnostic[] };
  return report.items.map((d) => String(d.code));
}

function statusOf(client: TestClient, uri: string): { outOfScope?: string; kind?: string } | undefined {
  const all = client.notifications.filter((n) => n.method === 'policylint/status' && (n.params as { uri: string }).uri === uri);
  return all.pop()?.params as { outOfScope?: string; kind?: string } | undefined;
}

describe('language server scope: a workspace without a policylint config (default mode "configured")', () => {
  const dir = tempTree({
    'notes/周会纪要.md': NOTES,
    'drafts/海报.md': POSTER,
    'drafts/script.txt': SCRIPT,
    'archive/旧海报.md': POSTER,
    'team/policylint.config.yaml': 'root: true\n',
    'team/scripts/开场白.txt': SCRIPT,
  });
  const uri = (p: string) => pathToFileURL(join(dir, p)).toString();
  const settings: Record<string, unknown> = {};
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: dir, capabilities: PULL, settings });
  });
  afterAll(() => client.stop());

  it('does not lint meeting notes that declare no kind and lie under no config', async () => {
    expect(await open(client, uri('notes/周会纪要.md'), NOTES)).toEqual([]);
    expect(statusOf(client, uri('notes/周会纪要.md'))?.outOfScope).toMatch(/kind/);
  });

  it('lints a draft that declares its kind in front matter', async () => {
    const codes = await open(client, uri('drafts/海报.md'), POSTER);
    expect(codes).toContain('inducement');
    expect(statusOf(client, uri('drafts/海报.md'))?.kind).toBe('宣传材料');
  });

  it('lints a draft without a kind that lies in a folder with a policylint config', async () => {
    expect(await open(client, uri('team/scripts/开场白.txt'), SCRIPT, 'plaintext')).toContain('deposit-wording');
    expect(await open(client, uri('drafts/script.txt'), SCRIPT, 'plaintext')).toEqual([]);
  });

  it('lints what policylint.include names, and never what policylint.exclude names', async () => {
    settings.include = ['drafts/**'];
    settings.exclude = ['archive/**'];
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const script = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('drafts/script.txt') } })) as { items: Diagnostic[] };
    expect(script.items.map((d) => d.code)).toContain('return-comparison');
    // A draft with a kind is still not linted inside an excluded folder.
    expect(await open(client, uri('archive/旧海报.md'), POSTER)).toEqual([]);
    const notes = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('notes/周会纪要.md') } })) as { items: Diagnostic[] };
    expect(notes.items).toEqual([]);
  });

  it('lints every Markdown and text file in mode "all", except what is excluded', async () => {
    settings.mode = 'all';
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const notes = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('notes/周会纪要.md') } })) as { items: Diagnostic[] };
    expect(notes.items.map((d) => d.code)).toEqual(expect.arrayContaining(['guaranteed-return', 'english-spelling']));
    const archived = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('archive/旧海报.md') } })) as { items: Diagnostic[] };
    expect(archived.items).toEqual([]);
  });
});

describe('language server scope: untitled documents and other schemes', () => {
  const dir = tempTree({ 'policylint.config.yaml': 'root: true\n' });
  const settings: Record<string, unknown> = {};
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: dir, capabilities: PULL, settings });
  });
  afterAll(() => client.stop());

  it('never lints rule documentation shown as a policylint-docs: document, whatever the settings', async () => {
    settings.mode = 'all';
    settings.lintUntitled = true;
    const docs = '# 赠品诱导（`inducement`）\n\n不得以“投保即送精美礼品”“保本保息”等方式宣传。\n';
    expect(await open(client, 'policylint-docs:/inducement.md', docs)).toEqual([]);
    delete settings.mode;
    delete settings.lintUntitled;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });

  it('lints untitled plain text only when policylint.lintUntitled is on, or when it declares a kind', async () => {
    expect(await open(client, 'untitled:Untitled-1', SCRIPT, 'plaintext')).toEqual([]);
    expect(await open(client, 'untitled:Untitled-2', `---\nkind: phone-script\n---\n${SCRIPT}`, 'plaintext')).toContain('deposit-wording');
    settings.lintUntitled = true;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'untitled:Untitled-1' } })) as { items: Diagnostic[] };
    expect(report.items.map((d) => d.code)).toContain('deposit-wording');
  });
});
