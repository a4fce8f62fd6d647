// Posters and screenshots (.png, .jpg): text recognised by Tesseract OCR with
// its Simplified Chinese model (Debian: tesseract-ocr, tesseract-ocr-chi-sim),
// run as a program on the image bytes. Word boxes are kept, so a finding
// points at the rectangle of the poster it was read from. Without Tesseract
// the image is skipped with a message saying what to install.
import { execFile } from 'node:child_process';
import type { Box } from '../engine/types.js';
import { ExtractedText } from './extracted.js';
import { contextOf, type ReadOutcome } from './types.js';

interface Meta {
  page: number;
  /** Box of the word each character of the line came from. */
  boxes: Box[];
}

export const IMAGE_READ_ONLY = '图片只报告问题，不自动修复；请按框出的位置修改海报原稿';
export const INSTALL_TESSERACT =
  '未安装 OCR 程序 tesseract，图片未检查。请安装 Tesseract 及其简体中文模型，例如 Debian/Ubuntu：sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim；或用环境变量 POLICYLINT_TESSERACT 指定 tesseract 的路径';
export const INSTALL_CHI_SIM = '已安装 tesseract，但缺少简体中文识别模型 chi_sim，图片未检查。请安装，例如 Debian/Ubuntu：sudo apt-get install tesseract-ocr-chi-sim';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

function tesseract(bytes: Uint8Array): Promise<{ tsv: string } | { skipped: string }> {
  const bin = process.env.POLICYLINT_TESSERACT || 'tesseract';
  return new Promise((resolve) => {
    const child = execFile(
      bin,
      ['stdin', 'stdout', '-l', 'chi_sim', '--psm', '3', 'tsv'],
      { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000, env: { ...process.env, OMP_THREAD_LIMIT: '1' } },
      (err, stdout, stderr) => {
        if (!err) return resolve({ tsv: stdout });
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'EACCES') return resolve({ skipped: INSTALL_TESSERACT });
        if (/chi_sim/.test(stderr) && /load|open/i.test(stderr)) return resolve({ skipped: INSTALL_CHI_SIM });
        const why = err.killed ? '超过 120 秒' : (stderr.trim().split('\n').pop() ?? err.message);
        resolve({ skipped: `OCR 识别失败（${why}），图片未检查` });
      },
    );
    child.stdin?.on('error', () => {}); // tesseract may exit before reading it all
    child.stdin?.end(Buffer.from(bytes));
  });
}

function union(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** Lines of Tesseract's TSV (level 5 = word) as extracted text with a box per character. */
export function fromTsv(tsv: string): ExtractedText<Meta> {
  const out = new ExtractedText<Meta>();
  let key = '';
  let par = '';
  let text = '';
  let boxes: Box[] = [];
  let page = 1;
  const flush = () => {
    if (text.trim() !== '') out.line(text, { page, boxes });
    text = '';
    boxes = [];
  };
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c[0] !== '5' || c.length < 12) continue;
    const word = c.slice(11).join('\t').trim();
    if (word === '') continue;
    const lineKey = `${c[1]}/${c[2]}/${c[3]}/${c[4]}`;
    if (lineKey !== key) {
      flush();
      if (`${c[1]}/${c[2]}/${c[3]}` !== par) out.paragraphBreak();
      key = lineKey;
      par = `${c[1]}/${c[2]}/${c[3]}`;
      page = Number(c[1]) || 1;
    }
    const box = { x: Number(c[6]), y: Number(c[7]), width: Number(c[8]), height: Number(c[9]) };
    // Tesseract puts spaces between Chinese “words”; only Latin words keep one.
    if (text !== '' && !(CJK.test(text[text.length - 1]) || CJK.test(word[0]))) {
      text += ' ';
      boxes.push(box);
    }
    text += word;
    for (let i = 0; i < word.length; i++) boxes.push(box);
  }
  flush();
  return out;
}

export async function readImage(bytes: Uint8Array): Promise<ReadOutcome> {
  const run = await tesseract(bytes);
  if ('skipped' in run) return run;
  const out = fromTsv(run.tsv);
  return {
    format: 'image',
    source: out.text,
    readOnly: IMAGE_READ_ONLY,
    locate: out.locator((l, from, to) => {
      const picked = l.meta.boxes.slice(from, Math.max(from + 1, to));
      const box = union(picked.length ? picked : l.meta.boxes);
      return {
        label: `第 ${l.meta.page} 页 (${box.x},${box.y}) ${box.width}×${box.height}`,
        page: l.meta.page,
        box,
        context: contextOf(l.text, from, to),
      };
    }),
  };
}
