// The language server's workspace lint over Word, PDF, HTML and a poster
// (test/fixtures/formats): each file gets diagnostics in the Problems panel,
// the message says where in the original the finding is, and a Word, PDF or
// image finding links to the extracted text (a read-only virtual document).
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

  it('links a Word finding to the extracted text, which the server serves, at the flagged words', async () => {
    const d = client.pushed.get(uri('promo.docx'))!.diagnostics.find((x) => x.message.includes('“保本保息”'))!;
    const link = d.relatedInformation![0];
    expect(link.message).toBe('在提取的文字中查看（第 2 段）');
    expect(link.location.uri).toMatch(/^policylint-extracted:.*\/promo\.docx\.txt$/);
    const r = (await client.connection.sendRequest('policylint/extractedText', { uri: link.location.uri })) as { text: string };
    const line = r.text.split('\n')[link.location.range.start.line];
    expect(line.slice(link.location.range.start.character, link.location.range.end.character)).toBe('保本保息');
  });
});
