// Word, PDF, HTML and poster images end to end through the built command, on
// the fixtures that scripts/fixtures/make-formats.mjs generates from one
// Chinese promo (scripts/fixtures/formats-copy.mjs): each violation is
// reported once with its place in the original, the compliant disclosures
// are read (no “missing” finding for them), and what a reader never sees
// (a Word comment, an HTML script, hidden or title text) is not reported.
// The poster goes through Tesseract: CI installs it (.ci/run), and the test
// fails rather than skips when it is missing.
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { policylint } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const FIXTURES = resolve('test/fixtures/formats');

interface Location {
  label: string;
  page?: number;
  line?: number;
  column?: number;
  paragraph?: number;
  part?: string;
  box?: { x: number; y: number; width: number; height: number };
  context?: string;
}
interface Message {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  location?: Location;
  fix?: unknown;
}
interface Result {
  filePath: string;
  messages: Message[];
  format?: string;
  notice?: string;
}

let results: Result[];
const byName = (name: string) => results.find((r) => r.filePath.endsWith(`/${name}`))!;
/** Messages that quote `words` (“保本保息”…). */
const quoting = (r: Result, words: string) => r.messages.filter((m) => m.message.includes(`“${words}`));
const ruleIds = (r: Result) => r.messages.map((m) => m.ruleId);

beforeAll(() => {
  const run = policylint(['-f', 'json', FIXTURES]);
  expect(run.stderr).toBe('');
  results = JSON.parse(run.stdout) as Result[];
}, 120_000);

describe('policylint test/fixtures/formats/', () => {
  it('reads every format in the folder and skips none', () => {
    const names = results.map((r) => r.filePath.split('/').pop()).sort();
    expect(names).toEqual(['leaflet.pdf', 'poster.png', 'promo-gbk.html', 'promo-utf16.txt', 'promo.docx', 'promo.html']);
    for (const r of results) expect(r.messages.filter((m) => m.ruleId === null)).toEqual([]);
  });

  it('Word: body paragraphs, table cells and the header by paragraph number with the text around; not the comment', () => {
    const r = byName('promo.docx');
    expect(r.format).toBe('docx');
    expect(quoting(r, '保本保息')[0].location).toMatchObject({ label: '第 2 段', paragraph: 2, part: '正文' });
    expect(quoting(r, '保本保息')[0].location!.context).toContain('本产品保本保息，零风险');
    expect(quoting(r, '投保即送')[0].location).toMatchObject({ paragraph: 3 });
    // Title, three paragraphs, then the table's cells: 项目 说明 交费方式 3年交… 收益说明 到期还本….
    expect(quoting(r, '稳赚不赔')).toHaveLength(1);
    expect(quoting(r, '稳赚不赔')[0].location).toMatchObject({ label: '第 10 段', paragraph: 10 });
    expect(quoting(r, '零存整取')[0].location).toMatchObject({ label: '页眉第 1 段', part: '页眉' });
    // The disclosures of the last paragraphs were read.
    expect(ruleIds(r)).not.toContain('cooling-off');
    expect(ruleIds(r)).not.toContain('complaint-channel');
    expect(r.messages.some((m) => m.fix)).toBe(false);
  });

  it('PDF: page and line of the text layer; page 2 is read', () => {
    const r = byName('leaflet.pdf');
    expect(r.format).toBe('pdf');
    expect(quoting(r, '保本保息')[0].location).toMatchObject({ label: '第 1 页第 2 行', page: 1, line: 2 });
    expect(quoting(r, '零风险')[0].location).toMatchObject({ page: 1, line: 2 });
    // “收益比定 / 期存款高” wraps onto line 3 and is still one phrase, shown where it starts.
    expect(quoting(r, '收益比定期存款')[0].location).toMatchObject({ page: 1, line: 2 });
    expect(quoting(r, '投保即送')[0].location).toMatchObject({ page: 1, line: 4 });
    expect(quoting(r, '即将停售')[0].location!.context).toContain('名额有限，即将停售');
    // Cooling-off period, hotline and uncertainty sit on page 2 only.
    expect(ruleIds(r)).not.toContain('cooling-off');
    expect(ruleIds(r)).not.toContain('benefit-uncertainty');
    expect(r.messages.filter((m) => m.location?.page === 2)).toEqual([]);
  });

  it('HTML: line:column of the source, visible text only, kind web', () => {
    const r = byName('promo.html');
    expect(r.format).toBe('html');
    const source = readFileSync(join(FIXTURES, 'promo.html'), 'utf8').split('\n');
    const line = source.findIndex((l) => l.includes('<p class="promo">')) + 1;
    const hit = quoting(r, '保本保息')[0];
    expect([hit.line, hit.column]).toEqual([line, source[line - 1].indexOf('保本保息') + 1]);
    expect(hit.location).toMatchObject({ line, label: `第 ${line} 行第 ${hit.column} 列` });
    // In <title>, <script>, [hidden] and display:none only.
    expect(quoting(r, '稳赚不赔')).toEqual([]);
    expect(quoting(r, '到期还本')).toEqual([]);
    // Web pages are asked to say the bank only sells (a promo is not; this page says only that the bank sells): the page was linted as kind web.
    expect(ruleIds(r)).toContain('liability-split');
    expect(quoting(r, '犹像期')[0].fix).toBeDefined();
  });

  it('GBK with a charset declaration and UTF-16 with a BOM are decoded, not skipped', () => {
    const gbk = byName('promo-gbk.html');
    const utf8 = byName('promo.html');
    expect(gbk.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(utf8.messages.map((m) => [m.ruleId, m.line, m.column]));
    const utf16 = byName('promo-utf16.txt');
    expect(quoting(utf16, '保本保息')[0]).toMatchObject({ line: 3, column: 12 });
  });

  it('poster: OCR with word boxes around the flagged words', () => {
    const r = byName('poster.png');
    expect(r.format).toBe('image');
    const hero = quoting(r, '保本保息')[0].location!;
    expect(hero.page).toBe(1);
    // The red line “保本保息 零风险” is drawn at y ≈ 180–250 in a 1080-wide poster.
    expect(hero.box!.y).toBeGreaterThan(150);
    expect(hero.box!.y + hero.box!.height).toBeLessThan(280);
    expect(hero.box!.x).toBeLessThan(120);
    const gift = quoting(r, '投保即送')[0].location!;
    expect(gift.box!.y).toBeGreaterThan(hero.box!.y + hero.box!.height);
    expect(gift.label).toMatch(/^第 1 页 \(\d+,\d+\) \d+×\d+$/);
    // The small print “犹豫期为15天” was read: the cooling-off period is not reported missing.
    expect(ruleIds(r)).not.toContain('cooling-off');
    expect(r.notice).toMatch(/不自动修复/);
  });
});

describe('formats in the other outputs', () => {
  it('stylish shows page and line, paragraph and box instead of a line of extracted text', () => {
    const run = policylint([join(FIXTURES, 'leaflet.pdf'), join(FIXTURES, 'promo.docx')]);
    expect(run.stdout).toMatch(/第 1 页第 2 行\s+error\s+“保本保息”/);
    expect(run.stdout).toMatch(/页眉第 1 段\s+error\s+“零存整取式储蓄”/);
  });

  it('SARIF: the location in properties, the page in the message, the words as the snippet', () => {
    const run = policylint(['-f', 'sarif', join(FIXTURES, 'leaflet.pdf')]);
    const sarif = JSON.parse(run.stdout);
    const hit = sarif.runs[0].results.find((x: { message: { text: string } }) => x.message.text.includes('“保本保息”'));
    expect(hit.properties).toMatchObject({ format: 'pdf', location: { page: 1, line: 2 } });
    expect(hit.message.text).toContain('（位置：第 1 页第 2 行）');
    expect(hit.locations[0].physicalLocation.region.snippet.text).toBe('保本保息');
  });
});

describe('--fix by format', () => {
  const dir = tempTree({});
  for (const f of ['promo.html', 'promo-gbk.html', 'promo.docx']) copyFileSync(join(FIXTURES, f), join(dir, f));

  it('writes a fix into the HTML page and leaves its markup alone', () => {
    const before = readFileSync(join(dir, 'promo.html'), 'utf8');
    policylint(['--fix', join(dir, 'promo.html')]);
    const after = readFileSync(join(dir, 'promo.html'), 'utf8');
    expect(after).toBe(before.replace('犹像期内退保', '犹豫期内退保'));
  });

  it('writes the fixed GBK page back in GBK', () => {
    const before = iconv.decode(readFileSync(join(dir, 'promo-gbk.html')), 'gbk');
    policylint(['--fix', join(dir, 'promo-gbk.html')]);
    const bytes = readFileSync(join(dir, 'promo-gbk.html'));
    expect(iconv.decode(bytes, 'gbk')).toBe(before.replace('犹像期内退保', '犹豫期内退保'));
    expect(bytes.includes(Buffer.from('犹豫期', 'utf8'))).toBe(false);
  });

  it('never rewrites a Word document and says so', () => {
    const before = readFileSync(join(dir, 'promo.docx'));
    const run = policylint(['--fix', join(dir, 'promo.docx')]);
    expect(readFileSync(join(dir, 'promo.docx')).equals(before)).toBe(true);
    expect(run.stdout).toContain('Word 文档只报告问题，不自动修复');
  });
});

describe('without Tesseract', () => {
  it('skips an image with a message that says what to install', () => {
    const run = policylint(['-f', 'json', join(FIXTURES, 'poster.png')], { env: { POLICYLINT_TESSERACT: '/nonexistent/tesseract' } });
    const [r] = JSON.parse(run.stdout) as Result[];
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0].message).toContain('apt-get install tesseract-ocr tesseract-ocr-chi-sim');
  });
});
