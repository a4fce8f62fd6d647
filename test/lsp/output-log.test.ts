// What the server writes to the editor's "policylint" output channel
// (window/logMessage): its version, the config files and rule packs in use,
// why a file is not linted, and how long each lint took (debug level).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lsp-client.js';
import { tempTree } from '../helpers/tmp.js';
import { POSTER } from '../helpers/drafts.js';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('language server output channel', () => {
  const dir = tempTree({ 'drafts/policylint.config.yaml': 'root: true\nrules:\n  bank-name: warning\n', 'drafts/海报.md': POSTER, 'notes.md': '# 周会纪要\n\n- 海报首页写了“保本保息”，需要法务再看。\n' });
  const config = join(dir, 'drafts', 'policylint.config.yaml');
  let client: TestClient;
  const logs = () => client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params as { type: number; message: string });
  const waitForLog = async (re: RegExp) => {
    for (let i = 0; i < 100; i++) {
      const hit = logs().find((l) => re.test(l.message));
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no log line matching ${re}:\n${logs().map((l) => l.message).join('\n')}`);
  };
  beforeAll(async () => {
    client = await startClient({ root: dir });
  });
  afterAll(() => client.stop());

  it('says which version started, in its initialize answer and in the log', async () => {
    expect(client.initializeResult.serverInfo).toEqual({ name: 'policylint-ls', version: VERSION });
    expect((await waitForLog(/^policylint-ls /)).message).toContain(`policylint-ls ${VERSION}`);
  });

  it('logs the config files and rule packs a lint used, once, and the time of each lint at debug level', async () => {
    const uri = pathToFileURL(join(dir, 'drafts/海报.md')).toString();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: POSTER } });
    await client.waitForPush(uri);
    expect((await waitForLog(/^配置文件：/)).message).toContain(config);
    const packs = await waitForLog(/^规则包：/);
    expect(packs.message).toMatch(/cbrc-90（\d+ 条规则/);
    expect(packs.type).toBe(MessageType.Info);
    // The first lint loads the packs and may be slow enough to be logged at info level.
    expect((await waitForLog(/^检查 海报\.md（版本 1）/)).message).toMatch(/^检查 海报\.md（版本 1）：\d+\.\d ms，\d+ 个问题/);

    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: POSTER.replace('，投保即送精美礼品一份', '') }] });
    await client.waitForPush(uri, (p) => p.version === 2);
    const timing = await waitForLog(/^检查 海报\.md（版本 2）/);
    expect(timing.message).toMatch(/：\d+\.\d ms，\d+ 个问题$/);
    expect(timing.type).toBe(MessageType.Debug);
    expect(logs().filter((l) => l.message.startsWith('规则包：'))).toHaveLength(1);
  });

  it('says why a file is not linted', async () => {
    const uri = pathToFileURL(join(dir, 'notes.md')).toString();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# 周会纪要\n\n- 海报首页写了“保本保息”，需要法务再看。\n' } });
    expect((await client.waitForPush(uri)).diagnostics).toEqual([]);
    expect((await waitForLog(/^不检查 notes\.md/)).message).toContain('policylint.include');
  });
});
