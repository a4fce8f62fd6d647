// Soak: 100 open drafts and 5,000 rapid incremental edits, with pull
// diagnostics, code actions and hovers in between, as a busy editor sends
// them. Every request is answered, the last answer for each draft matches its
// final text, and the server's memory stays roughly flat.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lsp-client.js';
import { tempTree } from '../helpers/tmp.js';
import { POSTER } from '../helpers/drafts.js';

const DOCS = 100;
const EDITS = 5_000;
const WARM_UP = 1_000;
// Inserted and removed again: each changes what the checks find.
const PHRASES = ['和银行存款一样安全，', '保本保息，', '投保即送精美礼品一份，', '本产品由银行推出，'];

/** Resident set size of a process in MB (Linux). */
function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Open {
  uri: string;
  doc: TextDocument;
  /** The offset and length of this draft's pending insertion, removed by its next edit. */
  inserted: [number, number] | null;
}

describe('language server soak', () => {
  const dir = tempTree({ 'policylint.config.yaml': 'root: true\n' });
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: dir, capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } } });
  });
  afterAll(() => client.stop());

  it('100 drafts, 5,000 rapid edits: every request answered, findings follow the text, memory flat', { timeout: 120_000 }, async () => {
    const next = random(90);
    const docs: Open[] = [];
    for (let i = 0; i < DOCS; i++) {
      const uri = pathToFileURL(join(dir, `drafts/poster-${i}.md`)).toString();
      const text = POSTER.replace('安享一生终身寿险', `安享一生终身寿险（第${i + 1}版）`);
      docs.push({ uri, doc: TextDocument.create(uri, 'markdown', 1, text), inserted: null });
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    }
    const pending: Promise<unknown>[] = [];
    let sent = 0;
    let rssAfterWarmUp = 0;
    const started = Date.now();
    for (let n = 0; n < EDITS; n++) {
      const d = docs[Math.floor(next() * DOCS)];
      const text = d.doc.getText();
      let change;
      if (d.inserted) {
        const [at, length] = d.inserted;
        change = { range: { start: d.doc.positionAt(at), end: d.doc.positionAt(at + length) }, text: '' };
        d.inserted = null;
      } else {
        // Somewhere inside the body (after the front matter), at a line start or mid-line.
        const body = text.indexOf('\n# ') + 1;
        const at = body + Math.floor(next() * (text.length - body));
        const phrase = PHRASES[Math.floor(next() * PHRASES.length)];
        change = { range: { start: d.doc.positionAt(at), end: d.doc.positionAt(at) }, text: phrase };
        d.inserted = [at, phrase.length];
      }
      const version = d.doc.version + 1;
      d.doc = TextDocument.update(d.doc, [change], version);
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: d.uri, version }, contentChanges: [change] });
      // Every 10th edit a pull, every 50th a code action and a hover: what an editor asks while typing.
      if (n % 10 === 0) {
        pending.push(client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: d.uri } }));
        sent++;
      }
      if (n % 50 === 0) {
        const range = { start: d.doc.positionAt(0), end: d.doc.positionAt(d.doc.getText().length) };
        pending.push(client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: d.uri }, range, context: { diagnostics: [] } }));
        pending.push(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: d.uri }, position: d.doc.positionAt(Math.floor(d.doc.getText().length / 2)) }));
        sent += 2;
      }
      if (n === WARM_UP) {
        await Promise.all(pending);
        rssAfterWarmUp = rssMb(client.process.pid!);
      }
      // Yield now and then so the client's socket is drained, as an editor's event loop would.
      if (n % 100 === 0) await new Promise((r) => setImmediate(r));
    }
    const answers = await Promise.allSettled(pending);
    expect(answers.filter((a) => a.status === 'rejected')).toEqual([]);
    expect(answers).toHaveLength(sent);

    // The last answer for each draft describes its final text.
    for (const d of docs) {
      const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: d.uri } })) as { items: Diagnostic[] };
      const codes = report.items.map((x) => x.code);
      const text = d.doc.getText();
      expect(codes.includes('bank-as-originator')).toBe(text.includes('本产品由银行推出'));
      expect(codes.includes('inducement')).toBe(true); // the poster's own 投保即送
    }
    const rssEnd = rssMb(client.process.pid!);
    // Flat: 4,000 more edits may not keep growing the heap (caches are bounded).
    expect(rssEnd - rssAfterWarmUp).toBeLessThan(60);
    console.log(`soak: ${EDITS} edits, ${sent} requests in ${Date.now() - started} ms; RSS ${rssAfterWarmUp.toFixed(0)} → ${rssEnd.toFixed(0)} MB`);
  });
});
