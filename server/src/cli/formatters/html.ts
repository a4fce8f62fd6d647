// A review report in one self-contained HTML file (-f html -o report.html):
// every document's text with its findings highlighted in place, a side list
// grouped by file, rule or article, filters, counts per article, and each
// rule's explanation and fix. No network: styles and script are inline and a
// Content-Security-Policy forbids loading anything.
import { micromark } from 'micromark';
import type { Finding, LintResult, RuleMeta, Severity } from '../../engine/types.js';
import { LineIndex } from '../../engine/text/positions.js';
import { describeFix, proposedFixes } from './fixes.js';
import { REPORT_CSS, REPORT_SCRIPT } from './html-assets.js';
import { ruleDocUrl } from './links.js';
import { formatArticles, skippedMessage } from './message.js';
import { relativePosixPath, sortFindings, spanOf, sumCounts } from './shared.js';
import { NO_ARTICLE, ranked, ruleTitle, tally } from './tally.js';
import type { FormatContext, Formatter } from './types.js';

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One finding as the page's script sees it (embedded as JSON). */
export interface ReportFinding {
  id: number;
  file: number;
  rule: string;
  severity: Severity;
  articles: string[];
  message: string;
  text: string;
  line: number;
  column: number;
  fixes: string[];
}

interface ReportFile {
  path: string;
  skipped?: string;
}

/**
 * The text of one document as lines of HTML, each finding's span wrapped in
 * <mark> elements (one per line it covers, split where findings overlap) and a
 * zero-width anchor at its start; a finding with no width gets a ⚑ marker.
 */
function highlightedLines(source: string, findings: { f: Finding; id: number }[]): string[] {
  const index = new LineIndex(source);
  const cuts = new Set<number>([0, source.length]);
  for (let l = 1; l <= index.lineCount; l++) cuts.add(index.offset(l, 1));
  for (const { f } of findings) {
    cuts.add(f.start);
    cuts.add(Math.max(f.start, f.end));
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= source.length).sort((a, b) => a - b);
  const startsAt = new Map<number, { f: Finding; id: number }[]>();
  for (const x of findings) startsAt.set(x.f.start, [...(startsAt.get(x.f.start) ?? []), x]);

  const lines: string[] = [];
  let current = '';
  let line = 1;
  const flushTo = (target: number) => {
    while (line < target) {
      lines.push(current);
      current = '';
      line++;
    }
  };
  for (let i = 0; i < points.length; i++) {
    const from = points[i];
    const to = points[i + 1] ?? from;
    flushTo(index.position(from).line);
    for (const { f, id } of startsAt.get(from) ?? []) {
      current +=
        f.end > f.start
          ? `<span class="anchor" id="f-${id}"></span>`
          : `<span class="f point sev-${f.severity}" id="f-${id}" data-ids="${id}" title="${escapeHtml(f.message)}">⚑</span>`;
    }
    if (to <= from) continue;
    const text = source.slice(from, to).replace(/\r?\n$|\r$/, '');
    if (text === '') continue;
    const covering = findings.filter(({ f }) => f.start <= from && f.end >= to && f.end > f.start);
    if (covering.length === 0) {
      current += escapeHtml(text);
    } else {
      const worst = covering.reduce((a, b) => (RANK[b.f.severity] > RANK[a.f.severity] ? b : a)).f.severity;
      const ids = covering.map((c) => c.id).join(' ');
      current += `<mark class="f sev-${worst}" data-ids="${ids}">${escapeHtml(text)}</mark>`;
    }
  }
  flushTo(index.lineCount);
  lines.push(current);
  return lines;
}

function documentSection(result: LintResult, fileIndex: number, path: string, items: { f: Finding; id: number }[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const { f } of items) counts[f.severity]++;
  const badge = (['error', 'warning', 'info'] as Severity[])
    .filter((s) => counts[s] > 0)
    .map((s) => `<span class="badge sev-${s}">${SEVERITY_LABEL[s]} ${counts[s]}</span>`)
    .join('');
  let body: string;
  if (result.skipped !== undefined) {
    body = `<p class="skipped">${escapeHtml(skippedMessage(result.skipped))}</p>`;
  } else {
    const lines = highlightedLines(result.source, items);
    body =
      '<div class="source">' +
      lines.map((l, i) => `<div class="line"><span class="ln">${i + 1}</span><span class="tx">${l === '' ? ' ' : l}</span></div>`).join('') +
      '</div>';
  }
  const clean = items.length === 0 && result.skipped === undefined ? '<span class="badge clean">没有问题</span>' : '';
  return `<section class="doc" id="doc-${fileIndex}" data-file="${fileIndex}"><h2>${escapeHtml(path)} ${badge}${clean}</h2>${body}</section>`;
}

function ruleSection(id: string, meta: RuleMeta | undefined): string {
  const url = ruleDocUrl(id, meta);
  const facts = meta
    ? `<p class="facts">依据：${escapeHtml(meta.articles.join('、') || '—')}　默认级别：${escapeHtml(meta.severity)}</p>`
    : '';
  // micromark escapes raw HTML and drops javascript: links: a team pack's docs cannot inject script.
  const docs = meta?.docs?.trim() ? `<div class="docs">${micromark(meta.docs)}</div>` : '';
  const link = url ? `<p><a href="${escapeHtml(url)}">在线文档</a></p>` : '';
  return `<article class="rule" id="rule-${escapeHtml(id)}"><h3>${escapeHtml(meta?.title || id)} <code>${escapeHtml(id)}</code></h3>${facts}${docs}${link}</article>`;
}

function articleTable(results: LintResult[]): string {
  const rows = ranked(tally(results).byArticle)
    .map(
      ([a, t]) =>
        `<tr data-article="${escapeHtml(a)}"><td><button type="button" class="article-link">${escapeHtml(a)}</button></td><td>${t.error}</td><td>${t.warning}</td><td>${t.info}</td></tr>`,
    )
    .join('');
  return `<table id="article-counts"><caption>按条款统计</caption><thead><tr><th>条款</th><th>错误</th><th>警告</th><th>提示</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** JSON inside <script>: `<` escaped so no `</script>` or `<!--` can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function htmlReport(results: LintResult[], ctx: FormatContext): string {
  const files: ReportFile[] = [];
  const findings: ReportFinding[] = [];
  const sections: string[] = [];
  const usedRules = new Set<string>();
  results.forEach((result, fileIndex) => {
    const path = relativePosixPath(result.filePath, ctx.cwd);
    files.push(result.skipped !== undefined ? { path, skipped: result.skipped } : { path });
    const index = new LineIndex(result.source);
    const items = sortFindings(result.findings).map((f) => {
      const id = findings.length;
      const { line, column } = spanOf(index, f.start, f.end);
      usedRules.add(f.ruleId);
      findings.push({
        id,
        file: fileIndex,
        rule: f.ruleId,
        severity: f.severity,
        articles: [...new Set(f.articles.map((a) => a.trim()).filter((a) => a !== ''))],
        message: f.message + formatArticles(f.articles),
        text: result.source.slice(f.start, Math.max(f.start, f.end)),
        line,
        column,
        fixes: proposedFixes(f).map((x) => describeFix(result.source, x)),
      });
      return { f, id };
    });
    sections.push(documentSection(result, fileIndex, path, items));
  });

  const rules = Object.fromEntries([...usedRules].sort().map((id) => [id, { title: ruleTitle(id, ctx.rules), articles: ctx.rules.get(id)?.articles ?? [] }]));
  const c = sumCounts(results);
  const title = 'policylint 审阅报告';
  const data = { files, findings, rules, noArticle: NO_ARTICLE };
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="policylint${ctx.version ? ` ${escapeHtml(ctx.version)}` : ''}">
<title>${title}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<p id="totals">检查了 ${results.length} 个文件：<span class="badge sev-error">错误 ${c.errorCount}</span><span class="badge sev-warning">警告 ${c.warningCount}</span><span class="badge sev-info">提示 ${c.infoCount}</span></p>
</header>
<div class="layout">
<aside id="side">
<form id="filters" onsubmit="return false">
<fieldset class="severities"><legend>级别</legend>
${(['error', 'warning', 'info'] as Severity[]).map((s) => `<label><input type="checkbox" name="severity" value="${s}" checked> ${SEVERITY_LABEL[s]}</label>`).join('\n')}
</fieldset>
<label>规则 <select id="filter-rule"><option value="">全部规则</option></select></label>
<label>条款 <select id="filter-article"><option value="">全部条款</option></select></label>
<label>文件 <select id="filter-file"><option value="">全部文件</option></select></label>
<label>文字 <input type="search" id="filter-text" placeholder="在问题和原文中查找"></label>
<fieldset class="grouping"><legend>分组</legend>
<label><input type="radio" name="group" value="file" checked> 按文件</label>
<label><input type="radio" name="group" value="rule"> 按规则</label>
<label><input type="radio" name="group" value="article"> 按条款</label>
</fieldset>
<p id="shown">显示 ${findings.length} / ${findings.length} 个问题</p>
</form>
<div id="detail" hidden></div>
<nav id="list" aria-label="问题列表"></nav>
${articleTable(results)}
</aside>
<main>
${sections.join('\n')}
<section id="rules"><h2>规则说明</h2>
${[...usedRules].sort().map((id) => ruleSection(id, ctx.rules.get(id))).join('\n')}
</section>
</main>
</div>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

export const html: Formatter = (results, ctx) => htmlReport(results, ctx);
