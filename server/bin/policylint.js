#!/usr/bin/env node
// Start-up: the command is one CommonJS bundle (server/out/cli.cjs) run with
// V8's code cache, so that a run after the first neither parses the bundle nor
// compiles again what earlier runs compiled. Node 22.1+ keeps that cache itself
// (module.enableCompileCache); on Node 20 the bundle is compiled here with
// vm.Script's cachedData. The cache sits in the user's cache folder
// (cache-dir.js), one file per build of the bundle and Node version; a
// missing, stale or rejected cache only means compiling as usual.
//
// CommonJS (server/bin/package.json), as the bundle is: Node starts a CommonJS
// entry without its ES module loader, about 25 ms sooner on the development
// machine. node:crypto is loaded only where the build wrote no hash.
'use strict';
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { isAscii } = require('node:buffer');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const { cacheDir } = require('./cache-dir.js');

// V8 doubles the young generation when many objects survive a collection, as
// a run's start-up data do, and each doubling writes to fresh pages: on the
// benchmark machine those page faults were the dearest part of a one-file
// run's garbage collection (7 ms of it, and 5-10% of a run over the 4 MB bench
// corpus). Node 20's V8 reads the factor each time it grows; later V8s keep it
// at 2 or size the young generation otherwise, so the setting is Node 20's
// only. It is set after this file's requires, as V8 refuses a code cache made
// under other flags (Node's own, for the modules it loads later; the bundle's
// is made and read under this one).
// A run over many files lets it grow while it lints (cli/young-generation.ts).
// Set with it, as node:v8 is loaded anyway: regular expressions compiled to
// machine code at once rather than first to bytecode and then again once run
// twice (V8's tier-up), 3-4% of a one-file run's instructions; neutral over
// the bench corpus. And no pretenuring by allocation site: V8 starts
// allocating a site's objects in the old generation once most of them survive
// a collection, and throws away the optimised code that allocates them, so
// that the lexicon's tokens and the claim rules' analyses, kept with their
// blocks, made the functions that make them (tokens, analyse, unitOf and their
// callers) compile twice more in a run over the bench corpus: without it, 5%
// fewer instructions and 8% less CPU time there (Node 20). And a ninth of
// V8's budget for inlining into one optimised function (bytecode bytes, 920
// by default; functions of a few bytes are inlined whatever the budget):
// optimising compilation was a quarter of a bench corpus run's instructions,
// and with less inlined there are 4.7% fewer of them (2.2% fewer in a
// one-file run). Over the corpus, 460 gave -2.4%, and against 460, 230 -1.7%,
// 150 -2.3%, 100 -2.7%, 0 -2.0%. Loop peeling (a loop's first iteration
// compiled apart, so that checks the rest repeat can be left out) off: 1.5%
// fewer instructions over the corpus, 1% in a one-file run.
const youngGenerationPinned = process.versions.node.startsWith('20.');
if (youngGenerationPinned) require('node:v8').setFlagsFromString('--semi-space-growth-factor=1 --no-regexp-tier-up --no-allocation-site-pretenuring --max-inlined-bytecode-size-cumulative=100 --no-turbo-loop-peeling');

const bundle = path.join(__dirname, '..', 'out', 'cli.cjs');
const dir = cacheDir();

/**
 * Names this build of the bundle in the caches (the compiled lexicons too): the
 * content hash the build wrote beside it (hashing a megabyte here would cost
 * every run), with the bundle's size and time, so that an edited bundle counts
 * as another build. While the bundle has the size and time the build wrote
 * beside the hash, it is the build's ASCII text (bundleIsAscii).
 */
function buildIdOf(source) {
  let hash;
  let written;
  try {
    [hash, ...written] = readFileSync(`${bundle}.sha1`, 'latin1').trim().split(' ');
  } catch {
    hash = require('node:crypto').createHash('sha1').update(source()).digest('hex');
  }
  const { size, mtimeMs } = statSync(bundle);
  const time = Math.round(mtimeMs);
  bundleIsAscii = written?.length === 2 && Number(written[0]) === size && Number(written[1]) === time;
  return `${hash.slice(0, 16)}-${size}-${time}`;
}

/** The build's ASCII bundle, unchanged since (buildIdOf). */
let bundleIsAscii = false;

/** The bundle's exports, compiled with the code cache where possible, and what to do once the run is over. */
function load() {
  const requireBundle = () => require(bundle);
  if (!dir) return { cli: requireBundle(), buildId: undefined, after: () => {} };
  let text;
  const source = () => (text ??= readSource());
  const buildId = buildIdOf(source);
  if (Module.enableCompileCache) {
    Module.enableCompileCache(path.join(dir, 'v8'));
    return { cli: requireBundle(), buildId, after: () => {} };
  }
  const file = path.join(dir, 'v8', `cli-${buildId}-${process.version}-${process.arch}.bin`);
  let cachedData;
  try {
    cachedData = readFileSync(file);
  } catch {
    // first run of this build: compiled as usual, cached after the run
  }
  // The file's value is the bundle as a function of the CommonJS module's names (scripts/build.mjs).
  const script = new vm.Script(source(), { filename: bundle, cachedData });
  const cjs = { exports: {} };
  script.runInThisContext().call(cjs.exports, cjs.exports, Module.createRequire(bundle), cjs, bundle, path.dirname(bundle));
  // Written after a run that linted (not --version or a usage error), so that
  // it also holds the functions a lint compiles.
  const after = (linted) => {
    if (!linted || (cachedData && !script.cachedDataRejected)) return;
    try {
      const folder = path.dirname(file);
      mkdirSync(folder, { recursive: true });
      // Caches of other builds or Node versions: the newest few are kept, so that
      // two checkouts (or Node versions) on one machine do not delete each
      // other's cache at every run and compile the bundle again each time.
      const others = readdirSync(folder)
        .filter((old) => old.startsWith('cli-') && old.endsWith('.bin') && old !== path.basename(file))
        .map((old) => ({ old, t: statSync(path.join(folder, old), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
        .sort((a, b) => b.t - a.t);
      for (const { old } of others.slice(KEEP_OTHER_BUILDS)) removeQuietly(path.join(folder, old));
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, file);
    } catch {
      // an unwritable cache folder: the next run compiles again
    }
  };
  return { cli: cjs.exports, buildId, after };
}

/**
 * The bundle's text. The build writes it in ASCII (scripts/ascii-bundle.mjs),
 * and ASCII read as Latin-1 is the same string: Node's UTF-8 reading checks
 * every byte and costs a one-file run about 5 ms more for the megabyte.
 */
function readSource() {
  const bytes = readFileSync(bundle);
  return bundleIsAscii || isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** Code caches of other builds kept beside this build's. */
const KEEP_OTHER_BUILDS = 3;

function removeQuietly(file) {
  try {
    rmSync(file, { force: true });
  } catch {
    // in use by another run (Windows): removed next time
  }
}

/**
 * Ends the process as soon as the report has left. At a natural exit Node first
 * tears down the environment and the heap, about 10 ms of a one-file run. Only
 * when nothing is still buffered: the report to a pipe, a file or /dev/null is
 * written synchronously (cli/stdio.ts), and so is Node's stream to a terminal
 * on Linux and macOS, but a terminal on Windows may still hold output, and then
 * the process ends as usual. (The streams are asked only if the run made them:
 * making one costs as much as the exit saves.)
 */
function exitOnceFlushed() {
  if (!cli.outputPending()) process.exit();
}

const { cli, buildId, after } = load();
cli.main({ cacheDir: dir, buildId, youngGenerationPinned }).then(({ linted }) => {
  after(linted);
  exitOnceFlushed();
});
