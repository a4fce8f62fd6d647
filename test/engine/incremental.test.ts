// The language server relints only what an edit changed: findings of
// block-local rules (claims, forbidden wording, near-misses) are kept per
// block and moved with it. What it reports must be exactly what a fresh lint
// of the same text reports, fixes included.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintText, resolveConfig } from '../../server/src/engine/index.js';
import { enableMemo } from '../../server/src/engine/memo.js';
import { claim } from '../../server/src/engine/checks/claim.js';
import { chunkingForTests } from '../../server/src/engine/document/markdown.js';

const config = resolveConfig(undefined, { noConfig: true });
const body = (name: string) => {
  const s = readFileSync(`examples/${name}`, 'utf8');
  return s.slice(s.indexOf('\n---', 3) + 4);
};

/** A long product page as a writer has it open: the poster, then compliant pages and a script, repeated. */
function longDraft(): string {
  let text = readFileSync('examples/promo-poster.md', 'utf8');
  const rest = ['compliant-promo.md', 'face-to-face-script.md', 'toubao-tishishu.md', 'promo-poster.md'].map(body);
  for (let i = 0; text.length < 20_000; i++) text += rest[i % rest.length];
  return text;
}

const lint = (text: string) => lintText(text, { config, filePath: 'draft.md' });

afterEach(() => {
  enableMemo(false);
  vi.restoreAllMocks();
});

describe('incremental relint in the language server', () => {
  it('after each of many edits, reports exactly what a fresh lint reports', { timeout: 120_000 }, () => {
    const lines = longDraft().split('\n');
    // Typing that adds and removes claims, merges paragraphs and adds markup.
    const typed = ['保本保息', '存', '，', '稳赚不赔，', '\n', '**', '銀行存款', '本产品不是', '- ', '1. '];
    for (let i = 0; i < 24; i++) {
      const at = (i * 37) % lines.length;
      lines[at] = typed[i % typed.length] + lines[at];
      const text = lines.join('\n');
      enableMemo(true);
      const kept = lint(text);
      enableMemo(false);
      expect(kept).toEqual(lint(text));
    }
  });

  it('spelling findings kept per block follow the words a document accepts for itself', { timeout: 60_000 }, () => {
    const lines = longDraft().split('\n');
    lines.splice(9, 0, 'Our Anxin plan is recieved well.', '', 'Anxin and Huatai bonds.', '');
    // Words accepted by a comment added, edited and removed, and misspellings typed elsewhere.
    const typed = ['<!-- policylint-words Anxin -->\n', '<!-- policylint-words Anxin Huatai recieved -->\n', 'Huatia ', 'plan ', ''];
    let directive = -1;
    const counts = new Set<number>();
    for (let i = 0; i < 10; i++) {
      const t = typed[i % typed.length];
      if (t.startsWith('<!--') || t === '') {
        if (directive !== -1) lines.splice(directive, 1);
        directive = t ? 20 + i : -1;
        if (t) lines.splice(directive, 0, t.slice(0, -1));
      } else lines[40 + i] = t + lines[40 + i];
      const text = lines.join('\n');
      enableMemo(true);
      const kept = lint(text);
      enableMemo(false);
      const fresh = lint(text);
      counts.add(fresh.filter((f) => f.ruleId === 'english-spelling').length);
      expect(kept).toEqual(fresh);
    }
    expect(counts.size).toBeGreaterThan(2);
  });

  it('a one-character edit checks claims again in the changed paragraph only', { timeout: 60_000 }, () => {
    const text = longDraft();
    enableMemo(true);
    lint(text);
    const run = vi.spyOn(claim, 'run');
    // 保本稳赚 becomes 保本稳稳赚 in the poster's list.
    const at = text.indexOf('保本稳赚') + 2;
    expect(at).toBeGreaterThan(2);
    const edited = text.slice(0, at) + '稳' + text.slice(at);
    const findings = lint(edited);
    const blocksChecked = run.mock.calls.map(([, , ctx]) => ctx.doc.blocks.length);
    expect(blocksChecked.length).toBeGreaterThan(0);
    expect(Math.max(...blocksChecked)).toBe(1);
    // Findings after the edit point moved by the inserted character.
    enableMemo(false);
    expect(findings).toEqual(lint(edited));
  });

  it('after each of many edits, the draft is cut into the same chunks as when read afresh (chunks kept around the edit)', () => {
    // Edits that open and close fences and comments, join and split chunks, indent lines, and delete.
    const typed = ['```\n', '\n', '\n\n', '    ', '<!--', '-->', '- ', '保本', '| a | b |\n|---|---|\n', '\t', '**', '# ', '~~~\n', '1. ', '> ', '\r\n', 'x'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    let text = longDraft();
    enableMemo(true);
    chunkingForTests(text);
    for (let i = 0; i < 2000; i++) {
      // Edits cluster at line starts and around blank lines, as typing does.
      const nl = text.indexOf('\n', random(text.length));
      const at = i % 3 ? (nl === -1 ? text.length : nl + random(2)) : random(text.length + 1);
      if (random(4) === 0) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + random(40)));
      else text = text.slice(0, at) + typed[random(typed.length)] + text.slice(at);
      const { kept, fresh } = chunkingForTests(text);
      expect(kept, `edit ${i}`).toEqual(fresh);
    }
  });
});
