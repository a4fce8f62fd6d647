// docs/rules/README.md: the index of the rule pages, by article and as one
// table, written by `npm run docs` together with the pages themselves.
import type { RuleMeta } from '../engine/types.js';
import { chineseNumber } from '../engine/text/figures.js';

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', warn: '警告', info: '提示', off: '关闭' };

/** `90号 第三条(一)` → `90号`; a citation without an article number is its own regulation. */
export function regulationOf(article: string): string {
  return article.replace(/\s*第[一二三四五六七八九十百零〇\d]+条.*$/u, '').trim();
}

/** 三 → 3, 十六 → 16, 一百三十一 → 131 (the engine's reader of numerals in words). */
function articleNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : chineseNumber(s);
}

/** Article then item number: 第三条 < 第三条(一) < 第三条(二) < 第十条. */
function articleKey(article: string): [number, number] {
  const m = /第([一二三四五六七八九十百零\d]+)条(?:\(([一二三四五六七八九十]+)\))?/u.exec(article);
  return m ? [articleNumber(m[1]), m[2] ? articleNumber(m[2]) : 0] : [0, 0];
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

function link(meta: RuleMeta): string {
  return `[\`${meta.id}\`](${meta.id}.md)`;
}

export function ruleDocsIndexMarkdown(metas: readonly RuleMeta[]): string {
  const lines = [
    '# 规则索引',
    '',
    '<!-- 由 npm run docs 生成（server/src/build/rule-docs.ts），请勿手工编辑。 -->',
    '',
    `policylint 自带 ${metas.length} 条规则。条款缩写（90号、销售办法、误导指引……）的全称和日期见[术语表](../glossary.md)；`,
    '`npx policylint --explain 规则` 在终端中显示同样的说明。',
    '',
    '## 按条款',
    '',
    '| 条款 | 规则 |',
    '|---|---|',
  ];
  // Articles in the order the rules first cite them, grouped by regulation.
  const byArticle = new Map<string, RuleMeta[]>();
  for (const m of metas) for (const a of m.articles) byArticle.set(a, [...(byArticle.get(a) ?? []), m]);
  const regulations = [...new Set([...byArticle.keys()].map(regulationOf))];
  for (const reg of regulations) {
    const articles = [...byArticle].filter(([a]) => regulationOf(a) === reg);
    articles.sort(([a], [b]) => {
      const [x, y] = [articleKey(a), articleKey(b)];
      return x[0] - y[0] || x[1] - y[1];
    });
    for (const [article, rules] of articles) {
      lines.push(`| ${cell(article)} | ${rules.map((m) => `${link(m)} ${cell(m.title)}`).join('<br>')} |`);
    }
  }
  lines.push('', '## 全部规则', '', '| 规则 | 说明 | 依据 | 默认级别 | 检查方式 | 规则包 |', '|---|---|---|---|---|---|');
  for (const m of metas) {
    lines.push(`| ${link(m)} | ${cell(m.title)} | ${cell(m.articles.join('、'))} | ${SEVERITY[m.severity] ?? m.severity} | ${m.check} | ${m.pack} |`);
  }
  lines.push('');
  return lines.join('\n');
}
