// The language server's workspace lint over Word, PDF, HTML and a poster
// (test/fixtures/formats): each file gets diagnostics in the Problems panel,
// and the message says where in the original the finding is.
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClient, type TestClient } from '../helpers/lsp-client.js';
import { tempTree } from '../helpers/tmp.js';

const FIXTURES = resolve('test/fixtures/formats');
const FILES = ['promo.docx', 'leaflet.pdf', 'promo.html', 'poster.png'];

describe('language server: workspace lint of Word, PDF, HTML and images', () => {
  const dir = tempTree({ 'policylint.config.yaml': 'root: true\n' });
  for (const f of FILES) copyFileSync(join(FIXTURES, f), join(dir, f));
  const uri = (f: string) => pathToFileURL(join(dir, f)).toString();
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: dir, settings: {} });
  });
  afterAll(() => client.stop());

  it('publishes each file with the place in the original in the message', async () => {
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'policylint.server.lintWorkspace', arguments: [] })) as { files: number };
    expect(result.files).toBe(4);
    const message = (f: string, words: string) => client.pushed.get(uri(f))!.diagnostics.find((d) => d.message.includes(`“${words}”`))!.message;
    expect(message('promo.docx', '保本保息')).toMatch(/（第 2 段）$/);
    expect(message('promo.docx', '零存整取式储蓄')).toMatch(/（页眉第 1 段）$/);
    expect(message('leaflet.pdf', '保本保息')).toMatch(/（第 1 页第 2 行）$/);
    expect(message('poster.png', '投保即送价值399元的礼品')).toMatch(/（第 1 页 \(\d+,\d+\) \d+×\d+）$/);
    // HTML: the range is in the page's source.
    const html = client.pushed.get(uri('promo.html'))!.diagnostics.find((d) => d.message.includes('“保本保息”'))!;
    const lines = readFileSync(join(dir, 'promo.html'), 'utf8').split('\n');
    expect(lines[html.range.start.line].slice(html.range.start.character).startsWith('保本保息')).toBe(true);
  }, 60_000);

});
