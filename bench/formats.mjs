// `node bench/formats.mjs` (after `npm run build`): how fast each document
// format is read and linted, end to end through the built command. For each
// fixture of test/fixtures/formats it lints a folder of 1 copy and a folder of
// N copies (best of 2 each); the difference divided by N − 1 is the cost of
// one more document, start-up excluded. Pages: the leaflet PDF has 2, the
// poster is 1, the Word document and the HTML page are about 1 printed page each.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'server', 'bin', 'policylint.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'formats');
const CASES = [
  { format: 'html', file: 'promo.html', pages: 1, copies: 40 },
  { format: 'html (GBK)', file: 'promo-gbk.html', pages: 1, copies: 40 },
  { format: 'docx', file: 'promo.docx', pages: 1, copies: 40 },
  { format: 'pdf', file: 'leaflet.pdf', pages: 2, copies: 20 },
  { format: 'png (OCR)', file: 'poster.png', pages: 1, copies: 6 },
];

function lintFolder(dir) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, '-f', 'json', dir], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`policylint exited ${r.status}: ${r.stderr}`);
  const skipped = JSON.parse(r.stdout).filter((x) => x.messages.some((m) => m.ruleId === null));
  if (skipped.length) throw new Error(`skipped: ${skipped[0].messages[0].message}`);
  return ms;
}

function folderOf(file, n) {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-formats-'));
  mkdirSync(dir, { recursive: true });
  const ext = file.slice(file.lastIndexOf('.'));
  for (let i = 0; i < n; i++) copyFileSync(join(FIXTURES, file), join(dir, `copy-${i}${ext}`));
  return dir;
}

const best = (dir) => Math.min(lintFolder(dir), lintFolder(dir));
console.log('format        per document   pages/s   (N copies: total ms; 1 copy: ms)');
for (const c of CASES) {
  const one = folderOf(c.file, 1);
  const many = folderOf(c.file, c.copies);
  try {
    const t1 = best(one);
    const tn = best(many);
    const per = Math.max(0.01, (tn - t1) / (c.copies - 1));
    const pagesPerSecond = (c.pages * 1000) / per;
    console.log(`${c.format.padEnd(13)} ${`${per.toFixed(1)} ms`.padStart(12)}   ${pagesPerSecond.toFixed(1).padStart(7)}   (${c.copies}: ${tn.toFixed(0)} ms; 1: ${t1.toFixed(0)} ms)`);
  } finally {
    rmSync(one, { recursive: true, force: true });
    rmSync(many, { recursive: true, force: true });
  }
}
