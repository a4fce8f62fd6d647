// The HTML report's inline style sheet and script. The script is plain ES2017
// (no modules, no network) and reads the findings from the page's JSON block.

/** Highlight colours; the browser test samples them from a screenshot. */
export const HIGHLIGHT = {
  error: '#ffc9c9',
  warning: '#ffe9a8',
  info: '#d6e6ff',
} as const;

export const REPORT_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.6 "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif; color: #1f2328; background: #f6f8fa; }
header { padding: 12px 20px; background: #24292f; color: #fff; }
header h1 { margin: 0; font-size: 18px; }
header p { margin: 4px 0 0; }
.layout { display: grid; grid-template-columns: 380px 1fr; align-items: start; }
aside { position: sticky; top: 0; height: 100vh; overflow: auto; padding: 12px; background: #fff; border-right: 1px solid #d0d7de; }
main { padding: 12px 20px; min-width: 0; }
form label { display: block; margin: 4px 0; }
fieldset { border: 1px solid #d0d7de; margin: 0 0 8px; padding: 4px 8px; }
fieldset label { display: inline-block; margin-right: 10px; }
select, input[type=search] { width: 100%; font: inherit; }
#shown { font-weight: bold; margin: 8px 0; }
.badge { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 8px; font-size: 12px; font-weight: normal; color: #1f2328; }
.badge.sev-error { background: ${HIGHLIGHT.error}; }
.badge.sev-warning { background: ${HIGHLIGHT.warning}; }
.badge.sev-info { background: ${HIGHLIGHT.info}; }
.badge.clean { background: #d1f7d6; }
section.doc { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; margin-bottom: 16px; }
section.doc h2 { font-size: 15px; margin: 0; padding: 8px 12px; border-bottom: 1px solid #d0d7de; background: #f6f8fa; }
.source { padding: 6px 0; font-size: 14px; }
.line { display: flex; }
.ln { flex: none; width: 44px; padding-right: 8px; text-align: right; color: #8c959f; user-select: none; }
.tx { flex: 1; white-space: pre-wrap; word-break: break-all; }
mark.f { color: inherit; border-bottom: 2px solid; cursor: pointer; }
mark.f.sev-error { background: ${HIGHLIGHT.error}; border-color: #cf222e; }
mark.f.sev-warning { background: ${HIGHLIGHT.warning}; border-color: #9a6700; }
mark.f.sev-info { background: ${HIGHLIGHT.info}; border-color: #0969da; }
.f.point { cursor: pointer; padding: 0 2px; }
.f.point.sev-error { color: #cf222e; }
.f.point.sev-warning { color: #9a6700; }
.f.point.sev-info { color: #0969da; }
.f.off { background: transparent !important; border-bottom-color: transparent !important; cursor: auto; }
.f.point.off { visibility: hidden; }
.f.current { outline: 2px solid #1f2328; outline-offset: 1px; }
.skipped { padding: 8px 12px; color: #9a6700; }
#detail { position: sticky; top: 0; z-index: 1; border: 1px solid #d0d7de; border-left: 4px solid #0969da; padding: 6px 10px; margin-bottom: 10px; background: #f6f8fa; }
#detail.sev-error { border-left-color: #cf222e; }
#detail.sev-warning { border-left-color: #9a6700; }
#detail p { margin: 2px 0; }
#list details { margin-bottom: 6px; }
#list summary { cursor: pointer; font-weight: bold; }
#list summary .count { font-weight: normal; color: #57606a; margin-left: 4px; }
#list ul { list-style: none; margin: 2px 0 0; padding: 0; }
#list li { padding: 2px 4px 2px 8px; border-left: 3px solid transparent; cursor: pointer; }
#list li:hover, #list li.current { background: #eaeef2; }
#list li.sev-error { border-left-color: #cf222e; }
#list li.sev-warning { border-left-color: #d4a72c; }
#list li.sev-info { border-left-color: #0969da; }
#list li .where { color: #57606a; font-size: 12px; margin-right: 4px; }
table#article-counts { width: 100%; border-collapse: collapse; margin-top: 12px; font-size: 13px; }
#article-counts caption { text-align: left; font-weight: bold; }
#article-counts th, #article-counts td { border-bottom: 1px solid #d0d7de; padding: 2px 4px; text-align: right; }
#article-counts th:first-child, #article-counts td:first-child { text-align: left; }
.article-link { border: none; background: none; padding: 0; color: #0969da; cursor: pointer; font: inherit; text-align: left; }
#rules { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 16px; }
#rules h2 { font-size: 16px; }
.rule { border-top: 1px solid #d0d7de; padding-top: 4px; }
.rule h3 { font-size: 15px; margin: 8px 0 4px; }
.rule .facts { color: #57606a; font-size: 13px; margin: 0; }
@media print { aside { display: none; } .layout { display: block; } }
`;

export const REPORT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var F = data.findings;
  var LABEL = { error: '错误', warning: '警告', info: '提示' };
  var byId = function (id) { return document.getElementById(id); };
  var state = { severity: { error: true, warning: true, info: true }, rule: '', article: '', file: '', text: '', group: 'file' };
  var current = -1;

  function articlesOf(f) { return f.articles.length ? f.articles : [data.noArticle]; }
  function ruleTitle(id) { return data.rules[id] ? data.rules[id].title : id; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function countBy(keys) {
    var m = new Map();
    F.forEach(function (f) { keys(f).forEach(function (k) { m.set(k, (m.get(k) || 0) + 1); }); });
    return Array.from(m.entries()).sort(function (a, b) { return b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'); });
  }
  function fill(select, entries, label) {
    entries.forEach(function (e) {
      var o = el('option', '', label(e[0]) + '（' + e[1] + '）');
      o.value = e[0];
      select.appendChild(o);
    });
  }
  fill(byId('filter-rule'), countBy(function (f) { return [f.rule]; }), function (id) { return ruleTitle(id) + ' ' + id; });
  fill(byId('filter-article'), countBy(articlesOf), function (a) { return a; });
  fill(byId('filter-file'), countBy(function (f) { return [String(f.file)]; }), function (i) { return data.files[+i].path; });

  function passes(f) {
    if (!state.severity[f.severity]) return false;
    if (state.rule && f.rule !== state.rule) return false;
    if (state.article && articlesOf(f).indexOf(state.article) < 0) return false;
    if (state.file && String(f.file) !== state.file) return false;
    if (state.text) {
      var hay = (f.message + ' ' + f.text + ' ' + f.rule + ' ' + ruleTitle(f.rule)).toLowerCase();
      if (hay.indexOf(state.text.toLowerCase()) < 0) return false;
    }
    return true;
  }
  function groupKeys(f) {
    if (state.group === 'rule') return [ruleTitle(f.rule) + '（' + f.rule + '）'];
    if (state.group === 'article') return articlesOf(f);
    return [data.files[f.file].path];
  }

  function render() {
    var visible = {};
    var shown = 0;
    F.forEach(function (f) { if (passes(f)) { visible[f.id] = true; shown++; } });
    document.querySelectorAll('.f').forEach(function (m) {
      var on = m.getAttribute('data-ids').split(' ').some(function (id) { return visible[id]; });
      m.classList.toggle('off', !on);
    });
    document.querySelectorAll('section.doc').forEach(function (s) {
      s.hidden = state.file !== '' && s.getAttribute('data-file') !== state.file;
    });
    var groups = new Map();
    F.forEach(function (f) {
      if (!visible[f.id]) return;
      groupKeys(f).forEach(function (k) {
        if (!groups.has(k)) groups.set(k, []);
        groups.get(k).push(f);
      });
    });
    var list = byId('list');
    list.textContent = '';
    Array.from(groups.keys()).sort(function (a, b) { return groups.get(b).length - groups.get(a).length || a.localeCompare(b, 'zh-CN'); })
      .forEach(function (k) {
        var d = el('details', 'group');
        d.open = true;
        d.setAttribute('data-group', k);
        var s = el('summary', '', k);
        s.appendChild(el('span', 'count', String(groups.get(k).length)));
        d.appendChild(s);
        var ul = el('ul');
        groups.get(k).forEach(function (f) {
          var li = el('li', 'item sev-' + f.severity + (f.id === current ? ' current' : ''));
          li.setAttribute('data-id', String(f.id));
          var where = state.group === 'file' ? '第 ' + f.line + ' 行' : data.files[f.file].path + ':' + f.line;
          li.appendChild(el('span', 'where', where));
          li.appendChild(el('span', 'msg', f.message));
          li.title = LABEL[f.severity] + ' · ' + f.rule;
          ul.appendChild(li);
        });
        d.appendChild(ul);
        list.appendChild(d);
      });
    byId('shown').textContent = '显示 ' + shown + ' / ' + F.length + ' 个问题';
  }

  function select(id, scroll) {
    var f = F[id];
    if (!f) return;
    current = id;
    document.querySelectorAll('.current').forEach(function (e) { e.classList.remove('current'); });
    document.querySelectorAll('.f').forEach(function (m) {
      if (m.getAttribute('data-ids').split(' ').indexOf(String(id)) >= 0) m.classList.add('current');
    });
    var li = document.querySelector('#list li[data-id="' + id + '"]');
    if (li) li.classList.add('current');
    var d = byId('detail');
    d.textContent = '';
    d.className = 'sev-' + f.severity;
    d.appendChild(el('p', 'detail-message', LABEL[f.severity] + '：' + f.message));
    var rule = el('p', 'detail-rule', '规则：');
    var a = el('a', '', ruleTitle(f.rule) + '（' + f.rule + '）');
    a.href = '#rule-' + f.rule;
    rule.appendChild(a);
    d.appendChild(rule);
    d.appendChild(el('p', 'detail-where', '位置：' + data.files[f.file].path + ' 第 ' + f.line + ' 行第 ' + f.column + ' 列'));
    if (f.text) d.appendChild(el('p', 'detail-text', '原文：“' + f.text + '”'));
    f.fixes.forEach(function (x) { d.appendChild(el('p', 'detail-fix', '修改建议：' + x)); });
    d.hidden = false;
    if (scroll) {
      var target = byId('f-' + id);
      if (target) target.scrollIntoView({ block: 'center' });
    }
  }

  byId('filters').addEventListener('input', function (e) {
    var t = e.target;
    if (t.name === 'severity') state.severity[t.value] = t.checked;
    else if (t.name === 'group') state.group = t.value;
    else if (t.id === 'filter-rule') state.rule = t.value;
    else if (t.id === 'filter-article') state.article = t.value;
    else if (t.id === 'filter-file') state.file = t.value;
    else if (t.id === 'filter-text') state.text = t.value.trim();
    render();
  });
  byId('list').addEventListener('click', function (e) {
    var li = e.target.closest('li[data-id]');
    if (li) select(+li.getAttribute('data-id'), true);
  });
  document.querySelector('main').addEventListener('click', function (e) {
    var m = e.target.closest('.f');
    if (!m || m.classList.contains('off')) return;
    var ids = m.getAttribute('data-ids').split(' ').map(Number).filter(function (id) { return passes(F[id]); });
    if (ids.length) select(ids[(ids.indexOf(current) + 1) % ids.length], false);
  });
  document.querySelectorAll('#article-counts tr[data-article]').forEach(function (tr) {
    tr.querySelector('button').addEventListener('click', function () {
      var s = byId('filter-article');
      s.value = tr.getAttribute('data-article');
      state.article = s.value;
      render();
    });
  });
  render();
  var m = /^#f-(\d+)$/.exec(location.hash);
  if (m) select(+m[1], true);
})();
`;
