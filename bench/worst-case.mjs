// The bench's "worst case" section: drafts that once took quadratic time or
// crashed (bench/worst-case-inputs.mjs), each linted by the CLI as a child
// process, best of RUNS. Times are shown net of an empty draft's run (start-up,
// loading the packs), so the 40k / 10k ratio shows how the linting grows:
// linear is about 4, the target is at most 5. When the 40k line's net time is
// under 0.1 s the ratio is start-up jitter and is not judged.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as W from './worst-case-inputs.mjs';

const RUNS = 3;
const TIMEOUT_MS = 120_000;
const TARGET_RATIO = 5;
const NOISE_S = 0.1;

const CASES = [
  ['empty draft (start-up, subtracted below)', 'empty.md', () => '\n'],
  ['long unpunctuated line, 10,000 characters', 'line-10k.md', () => W.longLine(10_000)],
  ['long unpunctuated line, 20,000 characters', 'line-20k.md', () => W.longLine(20_000)],
  ['long unpunctuated line, 40,000 characters', 'line-40k.md', () => W.longLine(40_000)],
  ['list nested 1,000 levels deep', 'nested-list.md', () => W.nestedList(1_000)],
  ['one line of 12,000 deposit and product figures', 'figure-line.md', () => '---\nkind: promo\n---\n' + W.figureLine(12_000)],
  ['one paragraph of 5,000 sentences the claim model reports', 'model-paragraph.md', () => '---\nkind: promo\n---\n' + W.modelParagraph(5_000)],
  ['one paragraph of 10,000 short sentences that each make a claim', 'claim-sentences.md', () => '---\nkind: promo\n---\n' + W.claimSentences(10_000)],
  ['one sentence of 5,000 clauses that each make two rules\' claim', 'claim-clauses.md', () => '---\nkind: promo\n---\n' + W.claimClauses(5_000)],
  ['4,000 nested block quotes', 'nested-quotes.md', () => W.nestedQuotes(4_000)],
  ['50,000 nested brackets', 'nested-brackets.md', () => W.nestedBrackets(50_000)],
  ['100 KB of nested `*`', 'nested-emphasis.md', () => W.nestedEmphasis(100_000)],
  ['a table of 5,000 rows of deposit and policy rates', 'table-5k.md', () => '---\nkind: promo\n---\n' + W.longTable(5_000)],
  ['a table of 20,000 rows of deposit and policy rates', 'table-20k.md', () => '---\nkind: promo\n---\n' + W.longTable(20_000)],
];

/** Seconds for one run, or a string saying how it failed. */
function timeRun(bin, file) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, '--format', 'json', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // 0 and 1 are a normal run (1: findings); anything else is a crash or a timeout.
      if (signal) resolve(`killed after ${Math.round(seconds)} s`);
      else if (code !== 0 && code !== 1) resolve(`exit code ${code}: ${stderr.trim().split('\n')[0]}`);
      else resolve(seconds);
    });
  });
}

async function best(bin, file) {
  let fastest = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = await timeRun(bin, file);
    if (typeof t === 'string') return t;
    fastest = Math.min(fastest, t);
  }
  return fastest;
}

/** Runs every case and prints the section; returns false when one crashed, timed out or missed the ratio. */
export async function worstCaseBench({ bin, dir, row }) {
  mkdirSync(dir, { recursive: true });
  const times = new Map();
  for (const [label, name, make] of CASES) {
    const file = path.join(dir, name);
    writeFileSync(file, make());
    times.set(name, await best(bin, file));
  }
  const base = times.get('empty.md');
  const net = (name) => {
    const t = times.get(name);
    return typeof t === 'number' && typeof base === 'number' ? Math.max(t - base, 0.001) : undefined;
  };
  let ok = true;
  console.log('');
  console.log(`Worst case (one file each, best of ${RUNS}; seconds in all, and net of the empty draft's run):`);
  for (const [label, name] of CASES) {
    const t = times.get(name);
    if (typeof t === 'string') ok = false;
    const shown = typeof t === 'string' ? t : name === 'empty.md' ? `${t.toFixed(2)} s` : `${t.toFixed(2)} s (${net(name).toFixed(2)})`;
    console.log(row(label, '', shown, typeof t === 'string' ? 'FAIL' : ''));
  }
  const small = net('line-10k.md');
  const large = net('line-40k.md');
  const ratio = small && large ? large / small : undefined;
  // Below NOISE_S the net times are start-up jitter, not linting: a ratio of
  // two such numbers says nothing, and the 40k line is fast whatever it is.
  const noise = large !== undefined && large < NOISE_S;
  const pass = noise || (ratio !== undefined && ratio <= TARGET_RATIO);
  ok &&= pass;
  const shown = ratio === undefined ? 'n/a' : noise ? `net 40k < ${NOISE_S} s` : `${ratio.toFixed(1)}×`;
  console.log(row('long line: net time 40k / 10k characters', `≤ ${TARGET_RATIO}`, shown, pass ? 'PASS' : 'FAIL'));
  return ok;
}
