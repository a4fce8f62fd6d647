// The same editor scenario as test/e2e/vscode.e2e.test.ts, for machines that can download VS Code
// (@vscode/test-electron fetches it from update.code.visualstudio.com; the CI machines cannot, so
// CI runs the code-server test instead). Not a vitest file: build and run it with
//   npm run build && node scripts/e2e/electron.mjs          (VSCODE_TEST_VERSION=1.100.3 to pin)
// On a Linux machine without a display, wrap it in `xvfb-run -a`.
//
// It creates a temporary workspace with the draft, starts VS Code with the extension under
// development (the repository root, so `npm run build` first), isolated user data and extensions,
// and runs suite/index.ts inside the extension host.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { DRAFT, DRAFT_NAME } from '../fixtures.js';

async function main(): Promise<void> {
  const root = resolve(process.env.POLICYLINT_ROOT ?? process.cwd());
  // Compiled next to this file by scripts/e2e/electron.mjs.
  const suite = resolve(process.env.POLICYLINT_E2E_SUITE ?? join(__dirname, 'suite.cjs'));
  const dir = mkdtempSync(join(tmpdir(), 'policylint-electron-'));
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace);
  const draft = join(workspace, DRAFT_NAME);
  writeFileSync(draft, DRAFT);
  let failed = true;
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION ?? 'stable',
      cachePath: join(root, '.e2e', 'vscode-test'),
      extensionDevelopmentPath: root,
      extensionTestsPath: suite,
      extensionTestsEnv: { POLICYLINT_E2E_DRAFT: draft },
      launchArgs: [
        workspace,
        '--disable-extensions', // every other extension; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', join(dir, 'user-data'),
        '--extensions-dir', join(dir, 'extensions'),
      ],
    });
    failed = false;
  } finally {
    if (failed) console.error(`policylint electron test failed; workspace kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
