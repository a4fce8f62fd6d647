// Builds and runs the @vscode/test-electron variant of the editor test (test/e2e/electron/), for
// machines that can download VS Code. Run `npm run build` first (the extension under test is the
// repository itself: client/out and server/out). Compiled files go to .e2e/electron/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, '.e2e', 'electron');
for (const f of ['client/out/extension.cjs', 'server/out/server.mjs']) {
  if (!existsSync(join(root, f))) {
    console.error(`${f} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
await build({ ...common, entryPoints: [join(root, 'test/e2e/electron/runTest.ts')], outfile: join(out, 'runTest.cjs'), external: ['@vscode/test-electron'] });
await build({ ...common, entryPoints: [join(root, 'test/e2e/electron/suite/index.ts')], outfile: join(out, 'suite.cjs'), external: ['vscode'] });
const r = spawnSync(process.execPath, ['--enable-source-maps', join(out, 'runTest.cjs')], { cwd: root, stdio: 'inherit', env: { ...process.env, POLICYLINT_ROOT: root } });
process.exit(r.status ?? 1);
