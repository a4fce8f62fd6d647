// Editor test: the packaged extension (policylint.vsix) in a real VS Code workbench.
//
// VS Code 1.100 is served by code-server (installed by scripts/e2e/setup.sh into .e2e/code-server)
// and driven through Debian's Chromium with playwright-core: open a draft, see the findings in the
// Problems panel and as squiggles, read the rule documentation in the hover, apply a quick fix,
// save, and check the file on disk. Screenshots of every step go to .e2e/screenshots/.
//
// Without Chromium or code-server the test is skipped with a message, except under CI=true, where
// it fails instead. Prerequisites: scripts/e2e/setup.sh (Debian packages, code-server in .e2e/).
import { execFileSync, execSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT, DRAFT_FIXED, DRAFT_NAME, EXPECTED_MESSAGES, EXPECTED_RULES, INDUCEMENT_ARTICLE, NOTES, NOTES_NAME, REMOVE_FIX_PREFIX, REMOVE_FIX_TITLE } from './fixtures.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const E2E_DIR = process.env.POLICYLINT_E2E_DIR ?? join(ROOT, '.e2e');
const CODE_SERVER = join(E2E_DIR, 'code-server', 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.POLICYLINT_E2E_CHROMIUM ?? '/usr/bin/chromium';
const VSIX = join(ROOT, 'policylint.vsix');
const SHOTS = process.env.POLICYLINT_E2E_SCREENSHOTS ?? join(E2E_DIR, 'screenshots');
const LOGS = join(E2E_DIR, 'logs'); // code-server's and VS Code's logs of the last run
const LOCK = join(E2E_DIR, 'run.lock'); // one editor test at a time per checkout (screenshots, logs)
const CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

const TIMEOUT = 120_000;
const STEP = 30_000; // longest wait for one thing to appear in the workbench

const missing = [
  !existsSync(CHROMIUM) && `Chromium (${CHROMIUM})`,
  !existsSync(CODE_SERVER) && `code-server (${CODE_SERVER})`,
].filter((m): m is string => Boolean(m));
const MISSING_MESSAGE = `editor test prerequisites missing: ${missing.join(', ')}; run scripts/e2e/setup.sh`;

interface CliMessage {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Everything one run owns; removed after a passing run, kept (and printed) after a failing one. */
interface Run {
  dir: string;
  workspace: string;
  draft: string;
  env: NodeJS.ProcessEnv;
  log: string;
  port: number;
  server?: ChildProcess;
  context?: BrowserContext;
  page?: Page;
  expected: CliMessage[];
  ruleTitle: string;
  /** What `policylint --fix` makes of the draft after the quick fix: fix-all on save must write the same. */
  savedByFixAll: string;
  failed: boolean;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

async function until<T>(what: string, fn: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeout = STEP, every = 100): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${(last as Error).message ?? last}` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Another vitest process (a second `npm test` in the same checkout) may run this file at the same
 * time; they would share .e2e/screenshots and .e2e/logs. Take turns: an exclusive lock file
 * holding the owner's pid, taken over when that process is gone.
 */
let lockHeld = false;
async function acquireLock(): Promise<void> {
  mkdirSync(E2E_DIR, { recursive: true });
  await until(
    `the editor test lock ${LOCK} (held by another run)`,
    () => {
      try {
        closeSync(openSync(LOCK, 'wx'));
        writeFileSync(LOCK, String(process.pid));
        lockHeld = true;
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const owner = Number(readFileSync(LOCK, 'utf8').trim());
        // Stale: the owner is gone (an empty file older than a few seconds is one whose owner died between open and write).
        if ((owner && !processAlive(owner)) || (!owner && Date.now() - statSync(LOCK).mtimeMs > 5_000)) rmSync(LOCK, { force: true });
        return false;
      }
    },
    90_000,
    250,
  );
}
function releaseLock(): void {
  if (lockHeld && existsSync(LOCK) && readFileSync(LOCK, 'utf8').trim() === String(process.pid)) rmSync(LOCK, { force: true });
  lockHeld = false;
}

/** SIGTERM to code-server (which ends the extension host and the language server), then its process group if anything is left. */
async function stopServer(server: ChildProcess | undefined): Promise<void> {
  const pid = server?.pid;
  if (!pid || server.exitCode !== null || server.signalCode !== null) return;
  server.kill('SIGTERM');
  const exited = await until('code-server to exit', () => server.exitCode !== null || server.signalCode !== null, 10_000).then(
    () => true,
    () => false,
  );
  // It was started as the leader of its own process group: anything of ours still in it goes too.
  for (const signal of exited ? (['SIGTERM'] as const) : (['SIGTERM', 'SIGKILL'] as const)) {
    try {
      process.kill(-pid, signal);
    } catch {
      return; // group is empty
    }
    await until('code-server process group to exit', () => !processAlive(-pid), 5_000).catch(() => undefined);
  }
}

function ensureVsix(): void {
  if (existsSync(VSIX)) {
    const built = statSync(VSIX).mtimeMs;
    const stale = ['client/out/extension.cjs', 'server/out/server.mjs'].filter((f) => existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).mtimeMs > built + 1000);
    if (stale.length) console.warn(`[e2e] policylint.vsix is older than ${stale.join(', ')}: testing the packaged (older) build; run \`npm run package\` to refresh it`);
    return;
  }
  console.log('[e2e] policylint.vsix missing: running `npm run package`');
  execSync('npm run package', { cwd: ROOT, stdio: 'inherit', timeout: 300_000 });
  if (!existsSync(VSIX)) throw new Error('`npm run package` did not produce policylint.vsix');
}

/** What the CLI reports on the draft: the editor must show the same. */
function cliFindings(draft: string): CliMessage[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'server/bin/policylint.js'), '-f', 'json', draft], { encoding: 'utf8' });
  } catch (e) {
    // Exit code 1: errors found, which is what this draft is for. Anything else: the build is broken.
    const { status, stdout, stderr } = e as { status?: number; stdout?: string; stderr?: string };
    out = status === 1 ? (stdout ?? '') : '';
    if (!out) {
      throw new Error(
        `precondition: \`policylint -f json ${DRAFT_NAME}\` failed (exit ${status}); the engine is broken, so the editor would show nothing either:\n${stderr ?? e}`,
      );
    }
  }
  const [file] = JSON.parse(out) as { messages: CliMessage[] }[];
  return file.messages.map(({ ruleId, message, line, column, endLine, endColumn }) => ({ ruleId, message, line, column, endLine, endColumn })).sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

async function shot(run: Run, name: string): Promise<void> {
  if (!run.page) return;
  await run.page.screenshot({ path: join(SHOTS, `${name}.png`) }).catch((e) => console.warn(`[e2e] screenshot ${name} failed: ${e}`));
}

/** What `policylint --fix` writes for `text` (fix-all on save must write the same). */
function cliFixed(dir: string, text: string): string {
  const file = join(dir, 'cli-fix', DRAFT_NAME);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  try {
    execFileSync(process.execPath, [join(ROOT, 'server/bin/policylint.js'), '--fix', file], { encoding: 'utf8' });
  } catch (e) {
    if ((e as { status?: number }).status !== 1) throw e;
  }
  return readFileSync(file, 'utf8');
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** Runs a command from the command palette by its title. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Rows of the Problems panel as text. */
async function problemRows(page: Page): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row').allTextContents();
}

async function rowWithText(rows: Locator, text: string): Promise<Locator> {
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    if (((await row.textContent()) ?? '').includes(text)) return row;
  }
  throw new Error(`no row containing ${JSON.stringify(text)}`);
}

const run: Run = { dir: '', workspace: '', draft: '', env: {}, log: '', port: 0, expected: [], ruleTitle: '', savedByFixAll: '', failed: false };

describe.sequential('VS Code (code-server) with policylint.vsix', () => {
  if (missing.length && !CI) {
    console.warn(`[e2e] skipped: ${MISSING_MESSAGE}`);
    it.skip(`skipped: ${MISSING_MESSAGE}`, () => {});
    return;
  }
  if (missing.length) {
    it('has its prerequisites (CI=true never skips)', () => {
      throw new Error(`${MISSING_MESSAGE} (CI=true: the editor test may not be skipped)`);
    });
    return;
  }

  beforeAll(async () => {
    try {
      await start();
    } catch (e) {
      run.failed = true;
      throw e;
    }
  }, TIMEOUT);

  async function start(): Promise<void> {
    await acquireLock();
    ensureVsix();
    // If the worker dies without running afterAll, still end code-server and give the lock back.
    process.once('exit', () => {
      if (run.server?.pid && run.server.exitCode === null && run.server.signalCode === null) {
        try {
          process.kill(-run.server.pid, 'SIGTERM');
        } catch {
          /* already gone */
        }
      }
      releaseLock();
    });

    run.dir = mkdtempSync(join(tmpdir(), 'policylint-e2e-'));
    const d = (name: string) => {
      const p = join(run.dir, name);
      mkdirSync(p, { recursive: true });
      return p;
    };
    run.workspace = d('workspace');
    run.draft = join(run.workspace, DRAFT_NAME);
    writeFileSync(run.draft, DRAFT);
    // Meeting notes beside the draft: no kind, no policylint config, so not linted.
    writeFileSync(join(run.workspace, NOTES_NAME), NOTES);
    const userData = d('user-data');
    const extensions = d('extensions');
    mkdirSync(join(userData, 'User'), { recursive: true });
    writeFileSync(
      join(userData, 'User', 'settings.json'),
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'workbench.enableExperiments': false,
          'workbench.welcomePage.walkthroughs.openOnInstall': false,
          'extensions.autoUpdate': false,
          'extensions.autoCheckUpdates': false,
          'extensions.ignoreRecommendations': true,
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
          'security.workspace.trust.enabled': false,
          'chat.commandCenter.enabled': false,
          'git.enabled': false,
          'remote.autoForwardPorts': false,
          'files.autoSave': 'off',
          'editor.hover.delay': 200,
          'editor.codeActionsOnSave': { 'source.fixAll.policylint': 'explicit' },
        },
        null,
        2,
      ),
    );
    run.env = {
      ...process.env,
      XDG_CONFIG_HOME: d('xdg/config'),
      XDG_DATA_HOME: d('xdg/data'),
      XDG_CACHE_HOME: d('xdg/cache'),
      TMPDIR: d('tmp'),
    };
    run.log = join(run.dir, 'code-server.log');
    const config = join(run.dir, 'code-server.yaml');

    for (const dir of [SHOTS, LOGS]) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }

    run.expected = cliFindings(run.draft);
    expect(
      run.expected.map((m) => m.ruleId),
      `the CLI must report exactly ${EXPECTED_RULES.join(' and ')} on the draft (did the rule pack change?): ${JSON.stringify(run.expected)}`,
    ).toEqual([...EXPECTED_RULES]);
    for (const m of run.expected) expect(m.message).toContain(EXPECTED_MESSAGES[m.ruleId as keyof typeof EXPECTED_MESSAGES]);
    // `policylint --explain inducement` starts with "<title>（inducement）": the hover must show that title.
    const explain = execFileSync(process.execPath, [join(ROOT, 'server/bin/policylint.js'), '--explain', 'inducement'], { encoding: 'utf8' });
    run.ruleTitle = explain.split('\n')[0].replace(/（inducement）\s*$/, '').trim();
    expect(run.ruleTitle).not.toBe('');
    run.savedByFixAll = cliFixed(run.dir, DRAFT_FIXED);
    expect(run.savedByFixAll, 'the draft lacks the complaint channel, which --fix inserts').toContain('投诉热线95123');

    const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', config];
    // Port: pick a free one; on the rare race with another process, pick again.
    for (let attempt = 1; ; attempt++) {
      run.port = await freePort();
      writeFileSync(config, `bind-addr: 127.0.0.1:${run.port}\nauth: none\ncert: false\n`);
      if (attempt === 1) {
        const installed = execFileSync(CODE_SERVER, ['--install-extension', VSIX, ...common], { env: run.env, encoding: 'utf8', timeout: 60_000 });
        expect(installed).toMatch(/successfully installed/i);
        expect(readdirSync(extensions).some((e) => e.startsWith('policylint.policylint-'))).toBe(true);
      }
      const logFd = openSync(run.log, 'a');
      const server = spawn(
        CODE_SERVER,
        [
          '--bind-addr', `127.0.0.1:${run.port}`,
          '--auth', 'none',
          ...common,
          '--disable-telemetry',
          '--disable-update-check',
          '--disable-workspace-trust',
          '--disable-getting-started-override',
          run.workspace,
        ],
        { env: run.env, stdio: ['ignore', logFd, logFd], detached: true },
      );
      closeSync(logFd);
      run.server = server;
      const ready = await until(
        `code-server on port ${run.port}`,
        async () => {
          if (server.exitCode !== null || server.signalCode !== null) return 'exited';
          const res = await fetch(`http://127.0.0.1:${run.port}/healthz`);
          return res.ok ? 'ready' : undefined;
        },
        20_000,
      );
      if (ready === 'ready') break;
      if (attempt >= 3) throw new Error(`code-server exited at start (exit ${server.exitCode}); log:\n${readFileSync(run.log, 'utf8')}`);
    }

    run.context = await chromium.launchPersistentContext(join(run.dir, 'chromium'), {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      env: run.env,
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
    });
    run.page = run.context.pages()[0] ?? (await run.context.newPage());
    run.page.setDefaultTimeout(STEP);
  }

  afterAll(async () => {
    try {
      if (run.failed) await shot(run, '99-failure');
      await run.context?.close().catch(() => undefined);
    } finally {
      await stopServer(run.server);
      if (run.dir) {
        // Keep the logs (code-server, extension host, the policylint output channel) with the screenshots.
        try {
          if (existsSync(run.log)) cpSync(run.log, join(LOGS, 'code-server.log'));
          const vscodeLogs = join(run.dir, 'user-data', 'logs');
          if (existsSync(vscodeLogs)) cpSync(vscodeLogs, join(LOGS, 'vscode'), { recursive: true });
        } catch (e) {
          console.warn(`[e2e] could not copy the logs: ${e}`);
        }
        if (run.failed) console.warn(`[e2e] failed: screenshots in ${SHOTS}, logs in ${LOGS}; the run's folders (workspace, user data) kept in ${run.dir}`);
        else rmSync(run.dir, { recursive: true, force: true });
      }
      releaseLock();
    }
  }, 30_000);

  /** A step of the scenario; after a failed step the rest are not meaningful, so they are skipped. */
  function step(name: string, fn: () => Promise<void>): void {
    it(name, async (ctx) => {
      if (run.failed) ctx.skip();
      try {
        await fn();
      } catch (e) {
        run.failed = true;
        throw e;
      }
    }, TIMEOUT);
  }

  step('opens the draft in the workbench', async () => {
    const page = run.page!;
    await page.goto(`http://127.0.0.1:${run.port}/?folder=${encodeURIComponent(run.workspace)}`);
    await page.locator('.monaco-workbench').waitFor();
    // The explorer shows the workspace once the workbench has restored.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT_NAME }).waitFor();
    await shot(run, '01-workbench');

    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(DRAFT_NAME);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: DRAFT_NAME }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: DRAFT_NAME }).waitFor();
    await page.locator('.editor-instance .view-lines', { hasText: '投保即送精美礼品一份' }).waitFor();
    await shot(run, '02-draft-open');
  });

  step('lists the inducement and complaint-channel findings in the Problems panel', async () => {
    const page = run.page!;
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor();
    const rows = await until('both findings in the Problems panel', async () => {
      const texts = await problemRows(page);
      return run.expected.every((m) => texts.some((t) => t.includes(m.message) && t.includes(m.ruleId))) ? texts : undefined;
    });
    // One file row and one row per finding: nothing else from policylint (or anyone).
    const markerRows = rows.filter((t) => t.includes('policylint'));
    expect(markerRows, rows.join('\n')).toHaveLength(run.expected.length);
    for (const m of run.expected) {
      const row = markerRows.find((t) => t.includes(m.ruleId))!;
      expect(row).toContain(m.message);
      expect(row).toContain(EXPECTED_MESSAGES[m.ruleId as keyof typeof EXPECTED_MESSAGES]);
      expect(row).toContain(`[Ln ${m.line}, Col ${m.column}]`);
    }
    // The status bar item: the document's kind and its error/warning counts.
    const status = page.locator('.statusbar-item', { hasText: '宣传材料' });
    await status.waitFor();
    expect((await status.innerText()).replace(/\s+/g, ' ')).toMatch(new RegExp(`宣传材料.*${run.expected.length}.*0`));
    await shot(run, '03-problems');
  });

  step('underlines the findings with error squiggles', async () => {
    const page = run.page!;
    const squiggles = page.locator('.editor-instance .squiggly-error');
    await until('error squiggles in the editor', async () => (await squiggles.count()) >= run.expected.length);
    await shot(run, '04-squiggles');
  });

  step('puts the cursor on the inducement finding from the Problems panel and shows its rule documentation on hover', async () => {
    const page = run.page!;
    const inducement = run.expected.find((m) => m.ruleId === 'inducement')!;
    const row = await rowWithText(page.locator('.markers-panel .monaco-list-row'), inducement.message);
    await row.click();
    await page.keyboard.press('Enter');
    // The editor has focus and the finding's range is selected: the status bar says so.
    const selection = `Ln ${inducement.endLine}, Col ${inducement.endColumn} (${inducement.endColumn - inducement.column} selected)`;
    expect(inducement.endLine).toBe(inducement.line);
    await page.locator('.statusbar-item', { hasText: selection }).waitFor();
    await shot(run, '05-cursor-on-inducement');

    // Show Hover (Ctrl+K Ctrl+I) at the cursor: the diagnostic plus policylint's rule documentation.
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'inducement' });
    await until(
      'the hover with the rule documentation',
      async () => {
        if (!(await hover.isVisible())) {
          await page.keyboard.press('Control+K');
          await page.keyboard.press('Control+I');
          await hover.waitFor({ timeout: 3_000 }).catch(() => undefined);
        }
        const text = (await hover.textContent().catch(() => '')) ?? '';
        return text.includes(run.ruleTitle) && text.includes('如何修复') ? text : undefined;
      },
      STEP,
      500,
    );
    // The diagnostic and policylint's hover together: the message once, the articles once.
    const text = (await hover.textContent()) ?? '';
    expect(occurrences(text, EXPECTED_MESSAGES.inducement), text).toBe(1);
    expect(occurrences(text, INDUCEMENT_ARTICLE), text).toBe(1);
    await shot(run, '06-hover-rule-docs');
    await page.keyboard.press('Escape');
    await hover.waitFor({ state: 'hidden' }).catch(() => undefined);
  });

  step('applies the “删除…” quick fix, saves with fix-all on save, and the file on disk is what policylint --fix writes', async () => {
    const page = run.page!;
    await page.keyboard.press('Control+.');
    const actions = page.locator('.action-widget .monaco-list-row');
    await actions.first().waitFor();
    const titles = await until('the quick fixes', async () => {
      const t = (await actions.allTextContents()).map((s) => s.trim());
      return t.some((s) => s.startsWith(REMOVE_FIX_PREFIX)) ? t : undefined;
    });
    expect(titles.filter((s) => s.startsWith(REMOVE_FIX_PREFIX)), titles.join(' | ')).toEqual([REMOVE_FIX_TITLE]);
    await shot(run, '07-quick-fix-menu');
    // The menu blocks the mouse (a pointer-block overlay): choose the row with the keyboard.
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; ; i++) {
      const text = ((await focused.textContent().catch(() => '')) ?? '').trim();
      if (text.startsWith(REMOVE_FIX_PREFIX)) break;
      if (i > titles.length) throw new Error(`could not focus the ${REMOVE_FIX_PREFIX} action in: ${titles.join(' | ')}`);
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').waitFor({ state: 'hidden' });
    await until('the clause to leave the editor', async () => !((await page.locator('.editor-instance .view-lines').textContent()) ?? '').includes('投保即送'));
    // Linting runs as you type: before any save, only the complaint channel is left.
    const onlyComplaint = async () => {
      const texts = (await problemRows(page)).filter((t) => t.includes('policylint'));
      return texts.length === 1 && texts[0].includes('complaint-channel') && texts[0].includes(EXPECTED_MESSAGES['complaint-channel']) ? texts : undefined;
    };
    await until('the Problems panel to drop the inducement after the edit (before saving)', onlyComplaint);
    expect(readFileSync(run.draft, 'utf8'), 'nothing is written before Ctrl+S').toBe(DRAFT);
    await shot(run, '08-fix-applied');

    // "editor.codeActionsOnSave": {"source.fixAll.policylint": "explicit"}: saving inserts the complaint channel, once.
    await page.keyboard.press('Control+S');
    const onDisk = await until('the saved file on disk', () => {
      const text = readFileSync(run.draft, 'utf8');
      return text !== DRAFT ? text : undefined;
    });
    expect(onDisk).not.toContain('投保即送');
    expect(onDisk).toContain('本产品由华泰安康人寿保险股份有限公司承保。');
    expect(onDisk).toBe(run.savedByFixAll);
    expect(occurrences(onDisk, '投诉热线95123')).toBe(1);
    await page.locator('.tabs-container .tab.active:not(.dirty)', { hasText: DRAFT_NAME }).waitFor();
    await until('the Problems panel to empty after saving', async () => ((await problemRows(page)).some((t) => t.includes('policylint')) ? undefined : true));

    await shot(run, '09-saved');
  });

  step('does not lint meeting notes that declare no kind in a workspace without a policylint config', async () => {
    const page = run.page!;
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(NOTES_NAME);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: NOTES_NAME }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .view-lines', { hasText: '保本保息' }).waitFor();
    // The server answers within a second; give it three before concluding it said nothing.
    await new Promise((r) => setTimeout(r, 3_000));
    const rows = await problemRows(page);
    expect(rows.filter((t) => t.includes('policylint') || t.includes(NOTES_NAME)), rows.join('\n')).toEqual([]);
    expect(await page.locator('.statusbar-item', { hasText: '未声明类型' }).count()).toBe(0);
    await shot(run, '10-notes-not-linted');
  });

  step('shows a rule’s documentation read-only in the Markdown preview, not linted and not asking to be saved', async () => {
    const page = run.page!;
    await runCommand(page, '查看规则说明');
    const input = page.locator('.quick-input-widget input');
    // The rule list is long and virtualised: filter it down first.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'unused-directive' }).first().waitFor();
    await input.fill('inducement');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'inducement' }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'inducement.md' }).waitFor();
    await new Promise((r) => setTimeout(r, 3_000));
    await shot(run, '11-rule-docs');
    expect(await page.locator('.tabs-container .tab.dirty').count()).toBe(0);
    expect(await page.locator('.tabs-container .tab', { hasText: /Untitled|无标题/ }).count()).toBe(0);
    const rows = await problemRows(page);
    expect(rows.filter((t) => t.includes('policylint') || t.includes('inducement.md')), rows.join('\n')).toEqual([]);
    await page.keyboard.press('Control+W');
    await page.locator('.tabs-container .tab', { hasText: 'inducement.md' }).waitFor({ state: 'detached' });
    expect(await page.locator('.monaco-dialog-box').count()).toBe(0);
  });

  step('restarting the language server says so when it is ready', async () => {
    const page = run.page!;
    await runCommand(page, '重启语言服务器');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: '语言服务器已重启' });
    await toast.waitFor();
    expect(await toast.textContent()).toMatch(/policylint-ls \d+\.\d+\.\d+/);
    await shot(run, '12-restarted');
  });
});
