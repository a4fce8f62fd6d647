// Instructions a policylint run executes, counted by valgrind: the one speed
// figure that holds still on a shared, noisy host, where wall and CPU times of
// the same build vary by 30% or more from run to run. Usage:
//   node bench/instructions.mjs [--runs N] [--node] -- ARGS…
// e.g. `-- examples/promo-poster.md` or `-- --format json .bench/corpus`
// (a corpus run takes about three minutes under valgrind).
//
// V8 runs single-threaded (--single-threaded): its compiler and collector
// threads otherwise add their work in a varying order, and two counts of one
// build differ by about 2%. Single-threaded, two corpus runs agreed within
// 0.05% and one-file runs within 0.5% (1% between invocations of this script,
// each with a fresh cache folder): smaller differences are noise. Their work is then
// counted too (optimising compilation is about a quarter of a corpus run's
// instructions), so compare builds with this script, not with a normal run.
// The code cache lives in a folder of its own, warmed by a first run under the
// same flags: V8 rejects a cache made under other flags, and a shared folder
// would see normal runs and counted runs replace each other's cache.
// --node also counts `node -e 0` (Node's own start-up: on a host that sets
// NODE_EXTRA_CA_CERTS, loading those certificates is most of it).
// Instructions are not time: page faults and cache misses are not in them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../server/bin/policylint.js', import.meta.url));
const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const own = dash === -1 ? [] : argv.slice(0, dash);
const args = dash === -1 ? argv : argv.slice(dash + 1);
const runsAt = own.indexOf('--runs');
const runs = runsAt === -1 ? 2 : Number(own[runsAt + 1]);
if (!args.length || !(runs >= 1)) {
  console.error('usage: node bench/instructions.mjs [--runs N] [--node] -- ARGS…');
  process.exit(2);
}
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('valgrind is not installed (apt-get install valgrind)');
  process.exit(2);
}

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'policylint-instructions-'));
const env = { ...process.env, POLICYLINT_CACHE_DIR: cacheDir };
const node = [process.execPath, '--single-threaded'];

/** Instructions of one run of the command under cachegrind (no cache simulation). */
function count(command) {
  const run = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', ...command], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const m = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
  if (!m) throw new Error(`no count from valgrind (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  return Number(m[1].replaceAll(',', ''));
}

const fmt = (n) => `${(n / 1e6).toFixed(1)} M`;
try {
  spawnSync(node[0], [...node.slice(1), BIN, ...args], { env, stdio: 'ignore' }); // writes the code cache
  if (own.includes('--node')) console.log(`node -e 0          ${fmt(count([...node, '-e', '0']))}`);
  for (let i = 1; i <= runs; i++) console.log(`policylint run ${i}   ${fmt(count([...node, BIN, ...args]))}`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
