// The HTML review report (-f html) opened in a real headless Chromium, offline:
// the drafts' text with every finding highlighted in place, the side list and
// its grouping, the filters, the detail of a finding with its fix, and a
// screenshot whose pixels show the highlight before and after filtering.
//
// Needs Debian's Chromium (scripts/e2e/setup.sh installs it; .ci/run calls it).
// Without it the test is skipped with a message, except under CI=true, where it fails.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT } from '../../server/src/cli/formatters/html-assets.js';
import { policylint } from '../helpers/cli.js';

const CHROMIUM = process.env.POLICYLINT_E2E_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = process.env.POLICYLINT_E2E_SCREENSHOTS ?? resolve('.e2e/screenshots');
const CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const TIMEOUT = 60_000;

// A draft whose text tries to break out of the page: it must show as text.
const HOSTILE = `---
kind: promo
product: participating
---
# 限时活动 </script><img src="https://example.invalid/x.png" onerror="document.title='pwned'">

保本保息，稳赚不赔！<b>投保即送</b>电饭煲。
`;

interface JsonMessage {
  ruleId: string | null;
  severity: number;
  line: number;
  column: number;
}

interface PageFinding {
  id: number;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  text: string;
  articles: string[];
}

function hex(color: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
}

/** Share of the sampled pixels that are within 12 of the colour in each channel. */
function share(png: PNG, points: [number, number][], color: string): number {
  const [r, g, b] = hex(color);
  const hits = points.filter(([x, y]) => {
    const i = (png.width * y + x) * 4;
    return Math.abs(png.data[i] - r) <= 12 && Math.abs(png.data[i + 1] - g) <= 12 && Math.abs(png.data[i + 2] - b) <= 12;
  });
  return hits.length / points.length;
}

/** The commonest colour among the points: the background of a run of text, whatever the glyphs cover. */
function dominant(png: PNG, points: [number, number][]): [number, number, number] {
  const counts = new Map<number, number>();
  for (const [x, y] of points) {
    const i = (png.width * y + x) * 4;
    const key = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return [key >> 16, (key >> 8) & 255, key & 255];
}

function near(actual: [number, number, number], color: string): boolean {
  return hex(color).every((c, i) => Math.abs(c - actual[i]) <= 12);
}

describe.runIf(existsSync(CHROMIUM) || CI)('HTML review report in Chromium', { timeout: TIMEOUT }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'policylint-html-'));
  const reportPath = join(tmp, 'report.html');
  const requests: string[] = [];
  const pageErrors: string[] = [];
  let expected: { total: number; byRule: Map<string, number> };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; run scripts/e2e/setup.sh (CI=true: the report test may not be skipped)`);
    mkdirSync(join(tmp, 'drafts'));
    for (const name of ['promo-poster.md', 'face-to-face-script.md', 'compliant-promo.md']) {
      writeFileSync(join(tmp, 'drafts', name), readFileSync(join('examples', name)));
    }
    writeFileSync(join(tmp, 'drafts', 'hostile.md'), HOSTILE);
    const run = policylint(['-f', 'html', '-o', reportPath, 'drafts'], { cwd: tmp });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const json = JSON.parse(policylint(['-f', 'json', 'drafts'], { cwd: tmp }).stdout) as { messages: JsonMessage[] }[];
    const messages = json.flatMap((r) => r.messages).filter((m) => m.ruleId);
    const byRule = new Map<string, number>();
    for (const m of messages) byRule.set(m.ruleId!, (byRule.get(m.ruleId!) ?? 0) + 1);
    expected = { total: messages.length, byRule };

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    // The report must not load anything: every request other than the file itself is recorded and refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(reportPath).href) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(pathToFileURL(reportPath).href);
    await page.waitForSelector('#list li');
  }, TIMEOUT);

  // Every test starts from the report as it opens.
  beforeEach(async () => {
    await page.reload();
    await page.waitForSelector('#list li');
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const findings = (): Promise<PageFinding[]> => page.evaluate(() => JSON.parse(document.getElementById('report-data')!.textContent!).findings);

  it('opens offline: one file, no requests, no script errors, hostile text shown as text', async () => {
    expect(requests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await page.title()).toBe('policylint 审阅报告');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('section.doc').filter({ hasText: '</script><img src=' }).count()).toBe(1);
  });

  it('highlights every finding in place: the marked text is the text the finding is about', async () => {
    const all = await findings();
    expect(all).toHaveLength(expected.total);
    const marked = await page.evaluate(() => {
      const text = new Map<number, string>();
      const points = new Set<number>();
      document.querySelectorAll('.f').forEach((m) => {
        for (const id of m.getAttribute('data-ids')!.split(' ').map(Number)) {
          if (m.classList.contains('point')) points.add(id);
          else text.set(id, (text.get(id) ?? '') + m.textContent);
        }
      });
      return { text: [...text], points: [...points] };
    });
    const text = new Map(marked.text);
    for (const f of all) {
      if (f.text === '') expect(marked.points, `finding ${f.id} (${f.rule}) has a ⚑ marker`).toContain(f.id);
      else expect(text.get(f.id)?.replace(/\n/g, ''), `finding ${f.id} (${f.rule})`).toBe(f.text.replace(/\r?\n/g, ''));
    }
    const guarantee = all.find((f) => f.rule === 'guaranteed-return' && f.text === '保本保息')!;
    expect(await page.locator(`mark.f.sev-error[data-ids~="${guarantee.id}"]`).textContent()).toBe('保本保息');
  });

  it('lists findings grouped by file, by rule and by article, with counts', async () => {
    const summaries = () => page.locator('#list summary').allTextContents();
    expect(await summaries()).toEqual(expect.arrayContaining([expect.stringMatching(/^drafts\/promo-poster\.md\d+$/)]));
    await page.check('input[name=group][value=rule]');
    const n = expected.byRule.get('guaranteed-return')!;
    expect(await summaries()).toContain(`${await ruleTitle('guaranteed-return')}（guaranteed-return）${n}`);
    await page.check('input[name=group][value=article]');
    expect((await summaries()).some((s) => s.startsWith('90号 第三条(一)'))).toBe(true);
    await page.check('input[name=group][value=file]');
  });

  async function ruleTitle(id: string): Promise<string> {
    return page.evaluate((rule) => JSON.parse(document.getElementById('report-data')!.textContent!).rules[rule].title, id);
  }

  it('filters by rule, severity, article and text, in the list and in the highlights', async () => {
    const n = expected.byRule.get('guaranteed-return')!;
    await page.selectOption('#filter-rule', 'guaranteed-return');
    expect(await page.textContent('#shown')).toBe(`显示 ${n} / ${expected.total} 个问题`);
    expect(await page.locator('#list li').count()).toBe(n);
    const all = await findings();
    const lit = await page.evaluate(() => [...document.querySelectorAll('.f:not(.off)')].map((m) => m.getAttribute('data-ids')!.split(' ').map(Number)));
    for (const ids of lit) expect(ids.some((id) => all[id].rule === 'guaranteed-return')).toBe(true);
    expect(await page.locator('mark.f:not(.off)').count()).toBeGreaterThan(0);
    await page.selectOption('#filter-rule', '');

    await page.uncheck('input[name=severity][value=error]');
    const warnings = all.filter((f) => f.severity !== 'error').length;
    expect(await page.textContent('#shown')).toBe(`显示 ${warnings} / ${expected.total} 个问题`);
    const litNow = await page.evaluate(() => [...document.querySelectorAll('.f:not(.off)')].map((m) => m.getAttribute('data-ids')!.split(' ').map(Number)));
    for (const ids of litNow) expect(ids.some((id) => all[id].severity !== 'error')).toBe(true);
    await page.check('input[name=severity][value=error]');

    // The counts-per-article table sets the article filter.
    const article = '广告法 第二十五条';
    const withArticle = all.filter((f) => f.articles.includes(article)).length;
    expect(await page.locator(`#article-counts tr[data-article="${article}"] td`).nth(1).textContent()).toBe(String(all.filter((f) => f.articles.includes(article) && f.severity === 'error').length));
    await page.click(`#article-counts tr[data-article="${article}"] button`);
    expect(await page.inputValue('#filter-article')).toBe(article);
    expect(await page.textContent('#shown')).toBe(`显示 ${withArticle} / ${expected.total} 个问题`);
    await page.selectOption('#filter-article', '');

    await page.fill('#filter-text', '保本保息');
    const matching = all.filter((f) => f.text.includes('保本保息')).length;
    expect(matching).toBeGreaterThan(0);
    expect(Number(/^显示 (\d+) \//.exec((await page.textContent('#shown'))!)![1])).toBeGreaterThanOrEqual(matching);
    await page.fill('#filter-text', '');
    expect(await page.textContent('#shown')).toBe(`显示 ${expected.total} / ${expected.total} 个问题`);
  });

  it('shows a finding with its rule, position and fix when it is picked from the list, and explains the rule', async () => {
    const all = await findings();
    const target = all.find((f) => f.rule === 'guaranteed-return' && f.text === '保本保息')!;
    await page.click(`#list li[data-id="${target.id}"]`);
    const detail = page.locator('#detail');
    await expect.poll(() => detail.isVisible()).toBe(true);
    expect(await detail.locator('.detail-message').textContent()).toContain('“保本保息”');
    expect(await detail.locator('.detail-rule a').getAttribute('href')).toBe('#rule-guaranteed-return');
    expect(await detail.locator('.detail-where').textContent()).toMatch(/^位置：drafts\/\S+\.md 第 \d+ 行第 \d+ 列$/);
    const mark = page.locator(`mark.f[data-ids~="${target.id}"]`).first();
    expect(await mark.getAttribute('class')).toContain('current');
    expect(await mark.isVisible()).toBe(true);
    const box = await mark.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    const rule = page.locator('#rule-guaranteed-return');
    expect(await rule.locator('.docs').textContent()).toContain('为什么');
    const withFix = all.find((f) => f.rule === 'inducement');
    if (withFix) {
      await page.click(`#list li[data-id="${withFix.id}"]`);
      expect(await detail.textContent()).toContain(`原文：“${withFix.text}”`);
    }
  });

  it('screenshot: the highlight colour is on screen, and goes when a filter hides the finding', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const all = await findings();
    const target = all.find((f) => f.rule === 'guaranteed-return' && f.text === '保本保息')!;
    const mark = page.locator(`mark.f[data-ids~="${target.id}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    // Every pixel of the marked text's box, less a pixel at each edge; CJK glyphs
    // cover much of it, the highlight most of the rest.
    const points: [number, number][] = [];
    for (let y = Math.ceil(box.y) + 1; y < box.y + box.height - 3; y++) {
      for (let x = Math.ceil(box.x) + 1; x < box.x + box.width - 1; x++) points.push([x, y]);
    }
    expect(points.length).toBeGreaterThan(100);

    const before = PNG.sync.read(await page.screenshot({ path: join(SHOTS, 'html-report-highlighted.png') }));
    expect(dominant(before, points), `highlight ${HIGHLIGHT.error}`).toSatisfy((c: [number, number, number]) => near(c, HIGHLIGHT.error));
    expect(share(before, points, HIGHLIGHT.error)).toBeGreaterThan(0.25);
    expect(share(before, points, '#ffffff')).toBeLessThan(0.05);

    await page.selectOption('#filter-rule', 'inducement');
    const after = PNG.sync.read(await page.screenshot({ path: join(SHOTS, 'html-report-filtered.png') }));
    expect(dominant(after, points)).toSatisfy((c: [number, number, number]) => near(c, '#ffffff'));
    expect(share(after, points, HIGHLIGHT.error)).toBeLessThan(0.05);
    await page.selectOption('#filter-rule', '');
  });
});

if (!existsSync(CHROMIUM) && !CI) {
  describe('HTML review report in Chromium', () => {
    it.skip(`skipped: Chromium not found at ${CHROMIUM}; run scripts/e2e/setup.sh`, () => {});
  });
}
