// Build: bundle the CLI (one file loads much faster than ~150 ES modules),
// then validate and compile the built-in rule packs. Type checking is
// `npm run typecheck` (tsc --noEmit), part of `npm test`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { asciiBundle } from './ascii-bundle.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  // Not minified: V8 runs this engine's bundle about 7% faster unminified.
  logLevel: 'warning',
  // CommonJS dependencies (ajv) call require(); give the ES module one.
  banner: { js: "import { createRequire as __policylintRequire } from 'node:module'; const require = __policylintRequire(import.meta.url);" },
};

const engine = await build({
  ...common,
  metafile: true,
  // Native and data-file dependencies are loaded from copies in server/out.
  external: ['nodehun', 'dictionary-en'],
  entryPoints: { server: 'server/src/lsp/main.ts', 'compile-packs': 'server/src/build/compile-packs.ts', 'rule-docs': 'server/src/build/rule-docs.ts', eval: 'scripts/eval.ts' },
  outdir: 'server/out',
  outExtension: { '.js': '.mjs' },
  // Start-up: what a run may not need (the Word, PDF and image readers) is
  // imported dynamically and split into server/out/chunks/, parsed only when used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
// The sweep and the model trainer import the eval's corpus loader: built on their own, so the eval stays one entry file (it runs only as one).
await build({ ...common, entryPoints: { sweep: 'scripts/sweep.ts', 'train-model': 'scripts/train-model.ts' }, outdir: 'server/out', outExtension: { '.js': '.mjs' } });
// Chunk names carry content hashes: drop the previous builds' chunks once the
// new ones are written (not before: a run started meanwhile keeps working).
const written = new Set(Object.keys(engine.metafile.outputs).map((f) => path.resolve(f)));
for (const f of readdirSync('server/out/chunks')) {
  const file = path.resolve('server/out/chunks', f);
  if (!written.has(file)) rmSync(file, { force: true });
}
// The command: one CommonJS file, so that server/bin/policylint.js can run it
// with V8's code cache on Node 20 too (vm.Script's cachedData; Node's ES module
// loader keeps no code cache before 22.1). `import.meta.url` becomes the
// bundle's own URL. The HTML, Word, PDF and image readers are bundled apart
// into server/out/readers/ and required when such a file is read.
const readersApart = {
  name: 'readers-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/(html|docx|pdf|image)\.js$/ }, (args) =>
      path.basename(args.importer) === 'index.ts' && path.basename(path.dirname(args.importer)) === 'readers'
        ? { path: args.path.slice(2, -3), namespace: 'reader-apart' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'reader-apart' }, (args) => ({
      contents: `module.exports = require(require('node:path').join(__dirname, 'readers', ${JSON.stringify(`${args.path}.cjs`)}));`,
      loader: 'js',
    }));
  },
};
// fdir's ES build (tinyglobby's file walker) tries a runtime require('picomatch')
// for its own glob API, which tinyglobby never calls: at every start it loaded
// picomatch a second time, from node_modules. Its CommonJS build requires it
// statically, so the bundled copy serves; the require.resolve before it (a
// search of node_modules at every start) is dropped.
const fdirAsCommonJs = {
  name: 'fdir-as-commonjs',
  setup(b) {
    b.onResolve({ filter: /^fdir$/ }, (args) => ({ path: createRequire(path.join(args.resolveDir, 'importer.js')).resolve('fdir') }));
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.cjs$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const contents = text.replace(/require\.resolve\("picomatch"\);/, '');
      if (contents === text) console.warn('build: fdir no longer calls require.resolve("picomatch") as expected; left as it is');
      return { contents, loader: 'js' };
    });
  },
};
const cjs = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', external: ['nodehun', 'dictionary-en'] };
await build({
  ...cjs,
  sourcemap: true,
  // Start-up: without indentation and comments the bundle is a quarter smaller
  // to read, copy and keep (names are kept: see the engine bundle's note).
  minifyWhitespace: true,
  entryPoints: { cli: 'server/src/cli/main.ts' },
  outdir: 'server/out',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__policylintUrl' },
  // The bundle inside a function of the CommonJS module's names, run at once
  // when required; compiled by server/bin/policylint.js with vm.Script (not
  // required), the file's value is that function: V8 compiles the file's own
  // text, not a copy with Node's wrapper put around it.
  banner: {
    js:
      '(function (bundle) { return this === globalThis ? bundle : bundle.call(this, exports, require, module, __filename, __dirname); })' +
      ".call(this, function (exports, require, module, __filename, __dirname) { const __policylintUrl = require('node:url').pathToFileURL(__filename).href;",
  },
  footer: { js: '});' },
  plugins: [readersApart, fdirAsCommonJs],
});
// Start-up: an ASCII bundle is read into a one-byte string (see ascii-bundle.mjs).
writeFileSync('server/out/cli.cjs', asciiBundle(readFileSync('server/out/cli.cjs', 'utf8')));
// The bundle's content hash, so that server/bin/policylint.js can name its
// code cache without hashing the bundle on every run, then its size and time:
// while they are the same, the bin takes the bundle as the ASCII written here.
const cliStat = statSync('server/out/cli.cjs');
const cliHash = createHash('sha1').update(readFileSync('server/out/cli.cjs')).digest('hex');
writeFileSync('server/out/cli.cjs.sha1', `${cliHash} ${cliStat.size} ${Math.round(cliStat.mtimeMs)}\n`);
for (const name of ['html', 'docx', 'pdf', 'image']) {
  await build({ ...cjs, entryPoints: [`server/src/readers/${name}.ts`], outfile: `server/out/readers/${name}.cjs` });
}
rmSync('server/out/cli.mjs', { force: true });
rmSync('server/out/cli.mjs.map', { force: true });

// The VS Code extension host loads extensions as CommonJS.
await build({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: true,
  keepNames: true,
  logLevel: 'warning',
  entryPoints: ['client/src/extension.ts'],
  outfile: 'client/out/extension.cjs',
  external: ['vscode'],
});
execFileSync(process.execPath, ['server/out/compile-packs.mjs'], { stdio: 'inherit' });

// Start-up: packages most runs never call, one CommonJS bundle each, required
// on first use (server/src/engine/lazy-module.ts).
mkdirSync('server/out/lazy', { recursive: true });
for (const name of ['re2js', 'ajv', 'iconv-lite']) {
  await build({
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: process.cwd(), sourcefile: `${name}-lazy.cjs`, loader: 'js' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    outfile: `server/out/lazy/${name}.cjs`,
  });
}

// Start-up: the config and rule-pack schemas compiled to validator code now
// (Ajv's standalone code, bundled with its runtime helpers) instead of by Ajv
// on every run. A run uses them only while the schema text is unchanged
// (see schemaValidator in server/src/engine/yaml-source.ts).
mkdirSync('server/out/validators', { recursive: true });
for (const name of ['config', 'rule-pack']) {
  const text = readFileSync(`rules/schema/${name}.schema.json`, 'utf8');
  // The same options as yaml-source.ts, plus code generation.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, validateSchema: false, meta: false, code: { source: true } });
  const source = `${standaloneCode(ajv, ajv.compile(JSON.parse(text)))}\nmodule.exports.schemaText = ${JSON.stringify(text)};\n`;
  await build({
    stdin: { contents: source, resolveDir: process.cwd(), sourcefile: `${name}-validator.cjs`, loader: 'js' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    outfile: `server/out/validators/${name}.cjs`,
  });
}

// Spelling: the Hunspell addon (N-API, so it loads in Node and in VS Code's
// Electron alike) and the en_US dictionary travel with the bundles.
mkdirSync('server/out/native', { recursive: true });
mkdirSync('server/out/dict', { recursive: true });
if (existsSync('node_modules/nodehun/build/Release/Nodehun.node')) {
  copyFileSync('node_modules/nodehun/build/Release/Nodehun.node', 'server/out/native/nodehun.node');
} else console.warn('build: nodehun is not built (npm rebuild nodehun); spelling will be unavailable');
copyFileSync('node_modules/dictionary-en/index.aff', 'server/out/dict/en_US.aff');
copyFileSync('node_modules/dictionary-en/index.dic', 'server/out/dict/en_US.dic');
