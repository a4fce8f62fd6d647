// A third-party LSP client against policylint-ls: headless Neovim (0.7+, the
// built-in client, no plugins) opens a promotional draft, attaches the server
// with test/nvim/attach.lua and reports vim.diagnostic.get(). The diagnostics
// must be the ones the policylint command reports for the same file: the same
// rule ids (as diagnostic codes), lines, columns (Neovim converts the server's
// UTF-16 positions to bytes) and Chinese messages ending with the articles.
//
// Needs `nvim` on PATH (scripts/e2e/nvim-setup.sh installs it). Without it the
// test is skipped locally and fails under CI=true.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { policylint } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';
import { POSTER } from '../helpers/drafts.js';

const ROOT = resolve(import.meta.dirname, '../..');
const ATTACH = join(ROOT, 'test/nvim/attach.lua');
const SERVER_BUNDLE = join(ROOT, 'server/out/server.mjs');
const CLI_BUNDLE = join(ROOT, 'server/out/cli.cjs');
const NVIM_TIMEOUT_MS = 30_000;

const DRAFT = POSTER;

// 收益比定期存款高 compares returns with a deposit: a return comparison, not deposit wording.
const EXPECTED_RULES = ['inducement', 'return-comparison'];

function nvimVersion(): string | null {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return r.status === 0 ? r.stdout.split('\n')[0].trim() : null;
}

const NVIM = nvimVersion();
const CI = process.env.CI === 'true';
const MISSING = 'nvim is not installed (run scripts/e2e/nvim-setup.sh)';
if (!NVIM && !CI) console.warn(`test/nvim: skipped — ${MISSING}`);

interface NvimDiagnostic {
  lnum: number;
  col: number;
  col_utf16: number;
  end_lnum: number;
  end_col: number;
  code: string | null;
  message: string;
  source: string | null;
  severity: number;
}

interface NvimReport {
  ok: boolean;
  error?: string;
  diagnostics?: NvimDiagnostic[];
  status?: { kind: string; errors: number; warnings: number; infos: number } | null;
  messages?: { kind: string; type: number; message: string }[];
  server_exit?: { code: number; signal: number } | null;
  elapsed_ms: number;
}

interface CliMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function runNvim(draft: string, out: string, cacheDir: string) {
  const started = Date.now();
  const r = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${ATTACH.replace(/[ \\|"]/g, '\\$&')}`, draft], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: NVIM_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    env: {
      ...process.env,
      POLICYLINT_NVIM_OUT: out,
      POLICYLINT_NVIM_TIMEOUT: '10000',
      POLICYLINT_NODE: process.execPath,
      // Keep Neovim's state and lsp.log out of the user's home.
      XDG_CACHE_HOME: cacheDir,
      XDG_STATE_HOME: cacheDir,
      XDG_DATA_HOME: cacheDir,
    },
  });
  const report: NvimReport | null = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : null;
  return { status: r.status, signal: r.signal, stderr: r.stderr, error: r.error, report, wallMs: Date.now() - started };
}

describe('Neovim (built-in LSP client) against policylint-ls', () => {
  const dir = tempTree({ 'draft.md': DRAFT, 'policylint.config.yaml': 'root: true\n', 'cache/.keep': '' });
  const draft = join(dir, 'draft.md');

  beforeAll(() => {
    if (!NVIM) return;
    if (existsSync(SERVER_BUNDLE) && existsSync(CLI_BUNDLE)) return;
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
    if (b.status !== 0 || !existsSync(SERVER_BUNDLE)) throw new Error(`npm run build failed (exit ${b.status}):\n${b.stdout}\n${b.stderr}`);
  }, 180_000);

  if (!NVIM && CI) {
    it('has nvim installed (required under CI=true)', () => {
      throw new Error(`${MISSING}; CI=true, so this is a failure, not a skip`);
    });
  }

  it.skipIf(!NVIM)(
    `reports the same rule ids, lines and articles as the policylint command (${NVIM ?? MISSING})`,
    () => {
      // What the command says about the same file.
      const cli = policylint(['-f', 'json', draft]);
      expect(cli.code, cli.stderr).toBe(1);
      const messages = (JSON.parse(cli.stdout) as { messages: CliMessage[] }[])[0].messages;
      expect(messages.map((m) => m.ruleId).sort()).toEqual(EXPECTED_RULES);

      const run = runNvim(draft, join(dir, 'nvim-out.json'), join(dir, 'cache'));
      const context = `nvim exit ${run.status} signal ${run.signal} ${run.error ?? ''}\nstderr: ${run.stderr}\nreport: ${JSON.stringify(run.report, null, 2)}`;
      expect(run.signal, `nvim was killed after ${NVIM_TIMEOUT_MS} ms\n${context}`).toBeNull();
      expect(run.report, context).not.toBeNull();
      expect(run.report!.ok, context).toBe(true);
      expect(run.status, context).toBe(0);
      const report = run.report!;
      const diagnostics = report.diagnostics!;
      console.info(`test/nvim: ${NVIM}: ${diagnostics.length} diagnostics, ${report.elapsed_ms} ms in nvim, ${run.wallMs} ms wall`);

      // Rule ids arrive as the diagnostic code.
      expect(diagnostics.map((d) => d.code).sort()).toEqual(EXPECTED_RULES);
      const lines = DRAFT.split('\n');
      for (const m of messages) {
        const d = diagnostics.find((x) => x.code === m.ruleId)!;
        // 0-based lines; the CLI's 1-based UTF-16 column is Neovim's byte column
        // once converted (each of these Chinese characters is 3 bytes in UTF-8).
        expect(d.lnum, m.ruleId).toBe(m.line - 1);
        expect(d.end_lnum, m.ruleId).toBe(m.endLine - 1);
        expect(d.col_utf16, m.ruleId).toBe(m.column - 1);
        expect(d.col, m.ruleId).toBe(Buffer.byteLength(lines[m.line - 1].slice(0, m.column - 1)));
        expect(d.end_col, m.ruleId).toBe(Buffer.byteLength(lines[m.endLine - 1].slice(0, m.endColumn - 1)));
        expect(d.message, m.ruleId).toBe(m.message);
        expect(d.source).toBe('policylint');
        expect(d.severity, m.ruleId).toBe(1); // vim.diagnostic.severity.ERROR
        expect(m.severity).toBe(2); // error in the CLI
      }
      // The paragraph with the two findings is line 10 (lnum 9).
      expect(diagnostics.map((d) => d.lnum)).toEqual([9, 9]);
      const byCode = Object.fromEntries(diagnostics.map((d) => [d.code, d.message]));
      expect(byCode['return-comparison']).toContain('〔90号 第三条(一)');
      expect(byCode['return-comparison']).toContain('收益比定期存款高');
      expect(byCode['inducement']).toContain('〔90号 第三条(四)');
      expect(byCode['inducement']).toContain('投保即送精美礼品');

      // The server's own status notification, and a clean shutdown/exit.
      expect(report.status).toMatchObject({ kind: '宣传材料', errors: 2, warnings: 0 });
      expect(report.messages!.filter((x) => x.type === 1)).toEqual([]); // no error messages from the server
      expect(report.server_exit).toEqual({ code: 0, signal: 0 });
    },
    60_000,
  );
});
