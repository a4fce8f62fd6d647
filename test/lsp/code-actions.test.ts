// Code actions an editor user sees on a participating-product promo that
// lacks three disclosures: a missing disclosure is about the whole document,
// so it offers no "disable for this line"; fix-all applies the same fixer as
// `policylint --fix` and sends non-overlapping edits stamped with the
// document version, so an editor refuses them once the text has moved on.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { startClient, SERVER_BIN, type TestClient } from '../helpers/lsp-client.js';
import { tempTree } from '../helpers/tmp.js';

const PROMO = `---
kind: promo
product: participating
insurer: 华泰安康人寿保险股份有限公司
hotline: "95123"
coolingOffDays: 15
---
# 鑫享年年两全保险

本产品由华泰安康人寿保险股份有限公司承保。保单生效后每年参与公司分红，红利可累积生息。

保险责任以合同条款为准。犹豫期为15日，保险公司将在犹豫期内进行电话回访。本产品无初始费用等费用扣除。犹豫期后退保可能有损失，只能领取现金价值。
`;
const MISSING = ['benefit-uncertainty', 'complaint-channel', 'participating-uncertainty'];

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 0, text), edits);
}

describe('language server code actions on missing disclosures', () => {
  const dir = tempTree({ 'policylint.config.yaml': 'root: true\n', '鑫享.md': PROMO, 'cli-copy.md': PROMO });
  const uri = pathToFileURL(join(dir, '鑫享.md')).toString();
  let client: TestClient;
  let version = 1;
  const diagnostics = async () =>
    ((await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport & { items: Diagnostic[] }).items;
  const actionsFor = async (d: Diagnostic) =>
    (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  const fixAll = async () =>
    (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
  const change = async (text: string) => client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });

  beforeAll(async () => {
    client = await startClient({
      root: dir,
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true, workspaceEdit: { documentChanges: true } } },
      settings: {},
    });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text: PROMO } });
  });
  afterAll(() => client.stop());

  it('offers "disable in this document" for a missing disclosure, not "disable for this line", and it keeps the front matter', async () => {
    const items = await diagnostics();
    expect(items.map((d) => d.code).sort()).toEqual(MISSING);
    const complaint = items.find((d) => d.code === 'complaint-channel')!;
    const titles = (await actionsFor(complaint)).map((a) => a.title);
    expect(titles).not.toContain('在此行停用规则 complaint-channel');
    expect(titles).toContain('在本文档中停用规则 complaint-channel');

    // A finding on a line keeps its line directive.
    const dividend = items.find((d) => d.code === 'participating-uncertainty')!;
    expect((await actionsFor(dividend)).map((a) => a.title)).toContain('在此行停用规则 participating-uncertainty');

    const off = (await actionsFor(complaint)).find((a) => a.title === '在本文档中停用规则 complaint-channel')!;
    const [docEdit] = off.edit!.documentChanges as TextDocumentEdit[];
    const text = apply(PROMO, docEdit.edits);
    expect(text).toContain('coolingOffDays: 15\n---\n<!-- policylint-disable complaint-channel -->\n# 鑫享年年两全保险');
    await change(text);
    const after = (await diagnostics()).map((d) => d.code);
    expect(after).not.toContain('complaint-channel');
    expect(after).not.toContain('unused-directive');
    expect(after).toContain('benefit-uncertainty'); // the front matter still declares a participating promo
    await change(PROMO);
  });

  it('fix-all sends the difference that `policylint --fix` makes, as non-overlapping edits of this version', async () => {
    const [action] = await fixAll();
    expect(action.kind).toBe('source.fixAll.policylint');
    const changes = action.edit!.documentChanges as TextDocumentEdit[];
    expect(changes).toHaveLength(1);
    expect(changes[0].textDocument).toEqual({ uri, version });
    const edits = changes[0].edits;
    // Each inserted disclosure is its own edit; none overlaps or touches the next.
    expect(edits.length).toBeGreaterThanOrEqual(2);
    const doc = TextDocument.create(uri, 'markdown', version, PROMO);
    for (let i = 1; i < edits.length; i++) expect(doc.offsetAt(edits[i].range.start)).toBeGreaterThan(doc.offsetAt(edits[i - 1].range.end));

    const fixed = apply(PROMO, edits);
    const cli = spawnSync(process.execPath, [SERVER_BIN.replace('policylint-ls.js', 'policylint.js'), '--fix', join(dir, 'cli-copy.md')], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).not.toBe(2);
    expect(fixed).toBe(readFileSync(join(dir, 'cli-copy.md'), 'utf8'));
    expect(fixed.match(/分红水平不确定/g)).toHaveLength(1);
    expect(fixed.match(/客服及投诉热线95123/g)).toHaveLength(1);

    // Applied: the document relints clean, and a second fix-all (a second save) has nothing to add.
    await change(fixed);
    expect(await diagnostics()).toEqual([]);
    expect(await fixAll()).toEqual([]);
  });
});
