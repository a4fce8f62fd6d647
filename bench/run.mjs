// `npm run bench`: how fast is policylint compared with the obvious alternative?
//
// The alternative a compliance team would reach for first is textlint with
// textlint-rule-prh and a dictionary of banned phrases. So this script
//   1. writes a deterministic corpus of realistic Chinese Markdown (≥ 4 MB,
//      about 400 files of ~10 KB: marketing copy, 销售：/客户： scripts,
//      regulation-like prose, lists, tables, code blocks, a few banned phrases)
//      into .bench/corpus/;
//   2. builds a prh dictionary of the words policylint reports on their own:
//      the built-in wording rules are `claim` rules whose words live in
//      lexicon classes (rules/cbrc-90/05-lexicons.yaml), so the dictionary
//      takes the literal entries of every class that some claim reports by
//      itself (`all: [deposit]`, `all: [certainty]` …), plus the plain
//      `phrases` of any `forbidden` rule. prh cannot express the pattern
//      entries, negation, clause contexts or exceptions, so it does less;
//   3. runs each tool over the whole corpus as a child process, end to end
//      (start-up, file discovery, parsing, checking, JSON output), best of 2;
//   4. times a single-file run of policylint (what a pre-commit hook or an
//      editor save pays) next to Node's own start-up (`node -e 0`), best of 5;
//   5. prints throughput, the policylint/textlint ratio and MB/s per core, each
//      against its target.
// A tool exiting 1 because it found problems is expected; exit code > 1, a
// signal, or output that is not JSON counts as a crash and fails the bench
// (exit code 1). Missed targets are printed as FAIL but do not change the exit code.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import * as T from './corpus-templates.mjs';
import { lspBench } from './lsp.mjs';
import { worstCaseBench } from './worst-case.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = path.join(ROOT, '.bench');
const CORPUS_DIR = path.join(BENCH_DIR, 'corpus');
const PRH_FILE = path.join(BENCH_DIR, 'prh.yml');
const TEXTLINTRC = path.join(BENCH_DIR, '.textlintrc.json');
const RULES_DIR = path.join(ROOT, 'rules', 'cbrc-90');
const TEXTLINT_BIN = path.join(ROOT, 'node_modules', 'textlint', 'bin', 'textlint.js');
const POLICYLINT_BIN = path.join(ROOT, 'server', 'bin', 'policylint.js');
const POLICYLINT_OUT = path.join(ROOT, 'server', 'out'); // the bin imports the compiled TypeScript from here
const ONE_FILE = path.join('examples', 'promo-poster.md');

const MB = 1e6; // throughput is reported in 10^6 bytes per second
const FILE_COUNT = 400;
const FILE_BYTES = 10_500;
const MIN_CORPUS_BYTES = 4 * 1024 * 1024;
const SEED = 20101101;
const FORBIDDEN_SHARE = 0.04; // chance that a paragraph or script turn carries a banned phrase
const CORPUS_RUNS = 2;
const ONE_FILE_RUNS = 5;
const TARGET_RATIO = 4;
const TARGET_PER_CORE = 8;
/** A one-file run may cost at most this much more than starting Node itself. */
const TARGET_ONE_FILE_OVER_NODE_S = 0.1;

// Used only while rules/cbrc-90/ holds no YAML yet (from shared/reference/later-rules.md).
const FALLBACK_PHRASES = [
  '存款', '储蓄', '存入', '存钱', '存单', '存期', '本金', '利息', '定期', '整存整取', '零存整取', '高息存款',
  '存本取息', '到期还本', '随用随取', '随时支取', '比定期存款高', '收益比存款更高', '跑赢存款', '和存款一样安全',
  '利息更高', '保本', '保息', '保证收益', '保收益', '稳赚', '零风险', '无风险', '承诺收益', '固定分红', '每年分红',
  '银行推出', '与银行共同推出', '银行和保险公司联合推出', '银行理财新业务', '赠送', '免费赠险', '抽奖', '中奖',
  '回扣', '返现', '返利', '送实物', '首月1元', '1元升级', '存钱送保障', '投保即送', '即将停售', '限时停售',
  '马上涨价', '利率下调前锁定', '国家级', '最高级', '最佳', '专家推荐', '保底收益', '稳赚不赔', '代签', '代抄',
  '帮您签', '帮您抄',
];

// ---------- deterministic corpus ----------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (rng, list) => list[Math.floor(rng() * list.length)];
const chance = (rng, p) => rng() < p;

function makeContext(rng) {
  const insurer = pick(rng, T.INSURERS);
  return {
    insurer: insurer.name,
    short: insurer.short,
    hotline: insurer.hotline,
    product: pick(rng, T.PRODUCTS),
    days: pick(rng, [15, 20]),
    age: pick(rng, [55, 60, 65]),
    years: pick(rng, [10, 15, 20]),
    amount: pick(rng, [10, 20, 30, 50]),
    premium: () => String(int(rng, 8, 120) * 100),
  };
}

function fill(template, ctx) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => {
    const value = ctx[key];
    if (value === undefined) return whole;
    return typeof value === 'function' ? value() : String(value);
  });
}

function frontMatter(ctx) {
  return [
    '---',
    'kind: promo',
    'product: traditional',
    'facts:',
    `  insurer: ${ctx.insurer}`,
    `  hotline: "${ctx.hotline}"`,
    `  coolingOffDays: ${ctx.days}`,
    '---',
    '',
  ].join('\n');
}

function sentence(template, rng, ctx) {
  const text = fill(template, ctx);
  return chance(rng, 0.15) ? `**${text}**` : text;
}

// 2–4 templates, 7 apart from a random start, so a paragraph never repeats a sentence.
function paragraph(rng, ctx) {
  const start = int(rng, 0, T.MARKETING_SENTENCES.length - 1);
  const count = int(rng, 2, 4);
  const templates = Array.from({ length: count }, (_, i) => T.MARKETING_SENTENCES[(start + i * 7) % T.MARKETING_SENTENCES.length]);
  const sentences = templates.map((template) => sentence(template, rng, ctx));
  if (chance(rng, FORBIDDEN_SHARE)) sentences[int(rng, 0, sentences.length - 1)] = pick(rng, T.FORBIDDEN_SENTENCES);
  return sentences.join('');
}

function list(rng, ctx) {
  const ordered = chance(rng, 0.3);
  const items = Array.from({ length: int(rng, 3, 5) }, () => fill(pick(rng, T.LIST_ITEMS), ctx));
  return items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');
}

function table(rng, ctx) {
  const header = pick(rng, T.TABLE_HEADERS);
  const rows = T.TABLE_ROWS[header[0]].map((row) => row.map((cell) => fill(cell, ctx)));
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function codeBlock(rng, ctx) {
  const [lang, body] = pick(rng, T.CODE_BLOCKS);
  return `\`\`\`${lang}\n${fill(body, ctx)}\n\`\`\``;
}

function marketingSection(rng, ctx) {
  const blocks = [`## ${pick(rng, T.SECTION_HEADINGS.marketing)}`];
  for (let i = int(rng, 2, 4); i > 0; i--) blocks.push(paragraph(rng, ctx));
  if (chance(rng, 0.6)) blocks.push(list(rng, ctx));
  if (chance(rng, 0.15)) blocks.push(table(rng, ctx));
  if (chance(rng, 0.07)) blocks.push(codeBlock(rng, ctx));
  return blocks;
}

function scriptSection(rng, ctx) {
  const blocks = [`## ${pick(rng, T.SECTION_HEADINGS.script)}`];
  const start = int(rng, 0, T.SCRIPT_TURNS.length - 1);
  for (let i = 0, n = int(rng, 3, 6); i < n; i++) {
    const [seller, customer] = T.SCRIPT_TURNS[(start + i) % T.SCRIPT_TURNS.length];
    blocks.push(chance(rng, FORBIDDEN_SHARE) ? `销售：${pick(rng, T.FORBIDDEN_SENTENCES)}` : fill(seller, ctx));
    blocks.push(fill(customer, ctx));
  }
  return blocks;
}

function regulationSection(rng, ctx) {
  const blocks = [`## ${pick(rng, T.SECTION_HEADINGS.regulation)}`];
  const paragraphs = Array.from({ length: int(rng, 1, 3) }, () => fill(pick(rng, T.REGULATION_PARAGRAPHS), ctx));
  if (chance(rng, 0.4)) blocks.push(paragraphs.map((p, i) => `${i + 1}. ${p}`).join('\n'));
  else blocks.push(...paragraphs);
  return blocks;
}

function section(rng, ctx) {
  const roll = rng();
  if (roll < 0.5) return marketingSection(rng, ctx);
  if (roll < 0.8) return scriptSection(rng, ctx);
  return regulationSection(rng, ctx);
}

function buildDocument(rng) {
  const ctx = makeContext(rng);
  const target = FILE_BYTES + int(rng, -1000, 1000);
  let text = `${frontMatter(ctx)}\n# ${ctx.product}${pick(rng, T.DOC_TITLES)}\n`;
  while (Buffer.byteLength(text) < target) text += `\n${section(rng, ctx).join('\n\n')}\n`;
  return text;
}

function writeCorpus() {
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  mkdirSync(CORPUS_DIR, { recursive: true });
  const rng = mulberry32(SEED);
  let bytes = 0;
  let files = 0;
  while (files < FILE_COUNT || bytes < MIN_CORPUS_BYTES) {
    const text = buildDocument(rng);
    writeFileSync(path.join(CORPUS_DIR, `doc-${String(files).padStart(4, '0')}.md`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { bytes, files };
}

// ---------- prh dictionary from the rule pack ----------

function yamlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

// A pack file may hold a list of rules, an object with `rules:`, or a single rule.
function rulesOf(data) {
  if (Array.isArray(data)) return data;
  if (Array.isArray(data?.rules)) return data.rules;
  return data && typeof data === 'object' ? [data] : [];
}

function phrasesOf(rule) {
  if (rule?.check !== 'forbidden' || !Array.isArray(rule.phrases)) return [];
  return rule.phrases.map((p) => (typeof p === 'string' ? p : p?.text)).filter((p) => typeof p === 'string' && p);
}

/** Classes some claim alternative reports by itself (`all: [cls]`). */
function classesReportedAlone(rule) {
  if (rule?.check !== 'claim' || !Array.isArray(rule.claims)) return [];
  return rule.claims.filter((c) => Array.isArray(c?.all) && c.all.length === 1).flatMap((c) => String(c.all[0]).split('|').map((x) => x.trim()));
}

function packPhrases(files) {
  const phrases = new Set();
  const classes = new Set();
  const lexicons = {};
  for (const file of files) {
    for (const doc of YAML.parseAllDocuments(readFileSync(file, 'utf8'))) {
      const data = doc.toJS();
      for (const [name, entries] of Object.entries(data?.lexicons ?? {})) (lexicons[name] ??= []).push(...entries);
      for (const rule of rulesOf(data)) {
        for (const p of phrasesOf(rule)) phrases.add(p);
        for (const c of classesReportedAlone(rule)) classes.add(c);
      }
    }
  }
  // Literal entries only: prh has no equivalent of the pattern entries (figures such as 3.5%).
  for (const c of classes) {
    for (const e of lexicons[c] ?? []) {
      const text = typeof e === 'string' ? e : e?.text;
      if (typeof text === 'string' && text) phrases.add(text);
    }
  }
  return { phrases: [...phrases], classes: [...classes].sort() };
}

function forbiddenPhrases() {
  const files = yamlFiles(RULES_DIR);
  if (files.length === 0) {
    console.log(`rules/cbrc-90/ has no YAML yet: using the ${FALLBACK_PHRASES.length}-phrase fallback list in bench/run.mjs`);
    return { phrases: FALLBACK_PHRASES, source: 'fallback list in bench/run.mjs' };
  }
  const { phrases, classes } = packPhrases(files);
  if (phrases.length === 0) throw new Error(`found ${files.length} YAML files under rules/cbrc-90/ but no phrases or lexicon words`);
  return {
    phrases,
    source: `the literal entries of the lexicon classes that claim rules report on their own (${classes.join(', ')}; rules/cbrc-90/05-lexicons.yaml) and the phrases of forbidden rules`,
  };
}

function writeTextlintConfig(phrases) {
  // prh escapes `-` when it builds its RegExp with the u flag, which V8 refuses (/risk\-free/u):
  // such phrases are given as a regular expression of their own, the hyphen left as it is.
  const asPattern = (phrase) => (phrase.includes('-') ? `/${phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/` : phrase);
  const prh = { version: 1, rules: phrases.map((phrase) => ({ expected: '（删除）', pattern: asPattern(phrase) })) };
  writeFileSync(PRH_FILE, YAML.stringify(prh));
  const config = { rules: { prh: { rulePaths: [PRH_FILE] } } };
  writeFileSync(TEXTLINTRC, `${JSON.stringify(config, null, 2)}\n`);
}

// ---------- running and timing ----------

const CPU_REPORT = path.join(ROOT, 'bench', 'cpu-report.cjs');
const CPU_FILE = path.join(BENCH_DIR, 'cpu.json');

/** A run of node with args: wall seconds, and with `cpu` the CPU seconds of all its threads (bench/cpu-report.cjs). */
function runOnce(args, { cpu = false } = {}) {
  return new Promise((resolve) => {
    if (cpu) rmSync(CPU_FILE, { force: true });
    const env = cpu ? { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require "${CPU_REPORT}"`.trim(), POLICYLINT_BENCH_CPU_FILE: CPU_FILE } : process.env;
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const cpuSeconds = cpu && existsSync(CPU_FILE) ? JSON.parse(readFileSync(CPU_FILE, 'utf8')).seconds : undefined;
      resolve({ code, signal, seconds, cpuSeconds, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

function crashed(run) {
  return run.signal !== null || run.code === null || run.code > 1;
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Both print ESLint-style [{filePath, messages}]; {results: [...]} and `findings` are accepted too.
function countFindings(json) {
  const results = Array.isArray(json) ? json : json?.results;
  if (!Array.isArray(results)) return Array.isArray(json?.findings) ? json.findings.length : 0;
  return results.reduce((sum, r) => sum + (r?.findings ?? r?.messages ?? []).length, 0);
}

function reportCrash(label, run, why) {
  console.error(`\n${label} failed (${why}; exit code ${run.code}${run.signal ? `, signal ${run.signal}` : ''}). stderr:`);
  console.error(run.stderr.trim() || '(empty)');
}

async function timeCorpusRun(label, args, { cpu = false } = {}) {
  let best;
  for (let i = 0; i < CORPUS_RUNS; i++) {
    const run = await runOnce(args, { cpu });
    const json = crashed(run) ? undefined : parseJson(run.stdout);
    if (json === undefined) {
      reportCrash(label, run, crashed(run) ? 'crashed' : 'no JSON on stdout');
      return undefined;
    }
    if (!best || run.seconds < best.seconds) best = { seconds: run.seconds, cpuSeconds: run.cpuSeconds, findings: countFindings(json) };
  }
  return best;
}

/** Node's own start-up: the floor for any one-file run. */
async function timeNodeStartup() {
  let best = Infinity;
  for (let i = 0; i < ONE_FILE_RUNS; i++) best = Math.min(best, (await runOnce(['-e', '0'])).seconds);
  return best;
}

async function timeOneFile() {
  let best = Infinity;
  for (let i = 0; i < ONE_FILE_RUNS; i++) {
    const run = await runOnce([POLICYLINT_BIN, ONE_FILE]);
    // The poster has findings, so exit 1 with nothing on stdout is an uncaught error.
    if (crashed(run) || !run.stdout.trim()) {
      reportCrash('policylint (one file)', run, crashed(run) ? 'crashed' : 'no output');
      return undefined;
    }
    best = Math.min(best, run.seconds);
  }
  return best;
}

// ---------- report ----------

const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
const fmt = (n, digits = 2) => (n === undefined ? 'n/a' : n.toFixed(digits));

function toolRow(name, result, mb) {
  if (!result) return `  ${name.padEnd(12)}${'n/a'.padStart(10)}${'n/a'.padStart(10)}${'n/a'.padStart(10)}`;
  const mbps = mb / result.seconds;
  return `  ${name.padEnd(12)}${fmt(result.seconds).padStart(10)}${fmt(mbps).padStart(10)}${String(result.findings).padStart(10)}`;
}

function targetRow(label, target, value, ok) {
  const shown = value === undefined ? 'n/a' : value;
  // ok: a boolean, 'PASS'/'FAIL' already decided, '' for a figure without a target.
  const mark = ok === undefined ? 'SKIP' : typeof ok === 'string' ? ok : verdict(ok);
  return `  ${label.padEnd(50)}${target.padEnd(16)}${shown.padStart(12)}  ${mark}`;
}

// A target is SKIP when the CLI is not built yet, FAIL when it crashed or missed.
function targetOk(built, value, ok) {
  if (!built) return undefined;
  return value !== undefined && ok;
}

function printReport({ corpus, dict, textlint, policylint, oneFile, nodeStartup, built }) {
  const mb = corpus.bytes / MB;
  const cores = os.availableParallelism();
  const ratio = textlint && policylint ? mb / policylint.seconds / (mb / textlint.seconds) : undefined;
  // Bytes per CPU second of the whole process (every thread, start-up included);
  // n/a without a CPU reading (wall-clock time says nothing of the cores used).
  const perCore = policylint?.cpuSeconds ? mb / policylint.cpuSeconds : undefined;
  console.log('');
  console.log(`Corpus:     ${fmt(mb)} MB (1 MB = 10^6 bytes) in ${corpus.files} files, .bench/corpus/`);
  console.log(`Dictionary: ${dict.phrases.length} phrases for prh (.bench/prh.yml), from ${dict.source}`);
  console.log(`Machine:    ${cores} cores (os.availableParallelism), Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
  console.log(`Timing:     whole run as a child process, best of ${CORPUS_RUNS}; one-file run best of ${ONE_FILE_RUNS}; per core = MB per CPU second of all the run's threads`);
  console.log('');
  console.log(`  ${'tool'.padEnd(12)}${'seconds'.padStart(10)}${'MB/s'.padStart(10)}${'findings'.padStart(10)}`);
  console.log(toolRow('textlint+prh', textlint, mb));
  console.log(toolRow('policylint', policylint, mb));
  console.log('');
  console.log(`  ${'target'.padEnd(50)}${'goal'.padEnd(16)}${'measured'.padStart(12)}`);
  const ratioShown = ratio === undefined ? undefined : `${fmt(ratio, 1)}×`;
  const oneFileShown = oneFile === undefined ? undefined : `${fmt(oneFile, 3)} s (node ${fmt(nodeStartup, 3)} s, +${fmt(oneFile - nodeStartup, 3)})`;
  const perCoreShown = perCore === undefined ? undefined : `${fmt(perCore)} (${fmt(policylint.cpuSeconds)} CPU s)`;
  console.log(targetRow('policylint / textlint throughput', `≥ ${TARGET_RATIO}×`, ratioShown, targetOk(built, ratio, ratio >= TARGET_RATIO)));
  console.log(targetRow('policylint MB/s per core', `≥ ${TARGET_PER_CORE} MB/s`, perCoreShown, targetOk(built, perCore, perCore >= TARGET_PER_CORE)));
  console.log(targetRow(`one-file run (${ONE_FILE})`, `≤ node + ${TARGET_ONE_FILE_OVER_NODE_S} s`, oneFileShown, targetOk(built, oneFile, oneFile <= nodeStartup + TARGET_ONE_FILE_OVER_NODE_S)));
}

// ---------- main ----------

async function main() {
  mkdirSync(BENCH_DIR, { recursive: true });
  const corpus = writeCorpus();
  const dict = forbiddenPhrases();
  writeTextlintConfig(dict.phrases);
  let failed = false;

  console.log(`Running textlint + prh over the corpus (${CORPUS_RUNS} runs)…`);
  const textlint = await timeCorpusRun('textlint', [TEXTLINT_BIN, '--config', TEXTLINTRC, '--format', 'json', CORPUS_DIR]);
  failed ||= !textlint;

  let policylint;
  let spellingOff;
  let oneFile;
  let nodeStartup;
  const built = existsSync(POLICYLINT_BIN) && existsSync(POLICYLINT_OUT);
  if (!built) {
    console.log('policylint CLI not built yet (needs server/bin/policylint.js and the compiled server/out/)');
  } else {
    console.log(`Running policylint over the corpus (${CORPUS_RUNS} runs)…`);
    policylint = await timeCorpusRun('policylint', [POLICYLINT_BIN, '--format', 'json', CORPUS_DIR], { cpu: true });
    console.log(`Running policylint with spelling off over the corpus (${CORPUS_RUNS} runs)…`);
    spellingOff = await timeCorpusRun('policylint (spelling off)', [POLICYLINT_BIN, '--format', 'json', '--rule', 'english-spelling:off', '--rule', 'term-typo:off', CORPUS_DIR]);
    console.log(`Running policylint on ${ONE_FILE} (${ONE_FILE_RUNS} runs)…`);
    oneFile = await timeOneFile();
    nodeStartup = await timeNodeStartup();
    failed ||= !policylint || oneFile === undefined;
  }

  printReport({ corpus, dict, textlint, policylint, oneFile, nodeStartup, built });
  if (policylint && spellingOff) {
    const extra = (policylint.seconds / spellingOff.seconds - 1) * 100;
    console.log(targetRow('spelling on vs off (english-spelling, term-typo)', '≤ 30% more', `${fmt(spellingOff.seconds)} s → ${fmt(policylint.seconds)} s (${extra >= 0 ? '+' : ''}${fmt(extra, 0)}%)`, extra <= 30 ? 'PASS' : 'FAIL'));
  }
  if (built) {
    console.log('\nRunning the language server (start-up ×3, 200 edits on a 100 KB draft, 100 open documents)…');
    const lsp = await lspBench();
    console.log('');
    console.log(targetRow('server start-up (spawn → initialize result)', '< 500 ms', `${fmt(lsp.startupMs, 0)} ms`, lsp.startupMs < 500 ? 'PASS' : 'FAIL'));
    console.log(targetRow(`edit → diagnostics, p50 (${fmt(lsp.bytes / 1000, 0)} KB draft, ${lsp.findings} findings)`, '—', `${fmt(lsp.p50, 1)} ms`, ''));
    console.log(targetRow('edit → diagnostics, p95', '< 15 ms', `${fmt(lsp.p95, 1)} ms`, lsp.p95 < 15 ? 'PASS' : 'FAIL'));
    console.log(targetRow('server memory with 100 open documents (RSS)', '< 150 MB', `${fmt(lsp.rssMb, 0)} MB`, lsp.rssMb < 150 ? 'PASS' : 'FAIL'));
    // Drafts that once took quadratic time or crashed: a crash or a timeout fails the bench.
    const worstOk = await worstCaseBench({ bin: POLICYLINT_BIN, dir: path.join(BENCH_DIR, 'worst-case'), row: targetRow });
    failed ||= !worstOk;
  }
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
