// Runs inside VS Code's extension host (see ../runTest.ts): a minimal runner, no mocha. Each check
// runs in order; the first failure stops the rest (they build on each other) and `run` rejects,
// which makes VS Code exit non-zero.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { DRAFT, DRAFT_FIXED, EXPECTED_MESSAGES, EXPECTED_RULES, REMOVE_FIX_PREFIX, REMOVE_FIX_TITLE } from '../../fixtures.js';

const TIMEOUT = 30_000;

async function until<T>(what: string, fn: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const end = Date.now() + TIMEOUT;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

function policylintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'policylint');
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export async function run(): Promise<void> {
  const draft = process.env.POLICYLINT_E2E_DRAFT;
  assert.ok(draft, 'POLICYLINT_E2E_DRAFT is not set (start this through runTest.ts)');
  const uri = vscode.Uri.file(draft);
  let doc: vscode.TextDocument | undefined;
  let inducement: vscode.Diagnostic | undefined;

  const checks: [string, () => Promise<void>][] = [
    [
      'the draft opens and policylint reports exactly inducement and complaint-channel',
      async () => {
        doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc);
        assert.equal(doc.getText(), DRAFT);
        const diagnostics = await until('policylint diagnostics', () => {
          const d = policylintDiagnostics(uri);
          return d.length >= EXPECTED_RULES.length ? d : undefined;
        });
        assert.deepEqual(diagnostics.map(ruleOf).sort(), [...EXPECTED_RULES]);
        for (const d of diagnostics) {
          assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
          assert.ok(d.message.includes(EXPECTED_MESSAGES[ruleOf(d) as keyof typeof EXPECTED_MESSAGES]), d.message);
        }
        inducement = diagnostics.find((d) => ruleOf(d) === 'inducement')!;
        assert.equal(doc.getText(inducement.range), '投保即送精美礼品一份');
      },
    ],
    [
      'the hover on the inducement shows the rule documentation',
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, inducement!.range.start);
        const text = hoverText(hovers ?? []);
        assert.ok(text.includes('inducement') && text.includes('如何修复'), text);
      },
    ],
    [
      'the “删除…” quick fix removes the clause and the saved file keeps everything else',
      async () => {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          uri,
          inducement!.range,
          vscode.CodeActionKind.QuickFix.value,
        );
        const removals = (actions ?? []).filter((a) => a.title.startsWith(REMOVE_FIX_PREFIX));
        assert.deepEqual(removals.map((a) => a.title), [REMOVE_FIX_TITLE]);
        assert.ok(removals[0].edit, 'the quick fix carries an edit');
        assert.ok(await vscode.workspace.applyEdit(removals[0].edit));
        assert.ok(await doc!.save(), 'saved');
        assert.equal(await readFile(draft, 'utf8'), DRAFT_FIXED);
        const left = await until('the inducement to go', () => {
          const d = policylintDiagnostics(uri);
          return d.length === 1 ? d : undefined;
        });
        assert.equal(ruleOf(left[0]), 'complaint-channel');
      },
    ],
  ];

  for (const [name, check] of checks) {
    try {
      await check();
      console.log(`  ✓ ${name}`);
    } catch (e) {
      console.error(`  ✗ ${name}\n${(e as Error).stack ?? e}`);
      throw e;
    }
  }
  console.log(`  ${checks.length} passed`);
}
