import type { Finding } from '../../engine/types.js';

/** `〔90号 第三条(一)、90号 第十条〕`, or '' when there are no article references. */
export function formatArticles(articles: readonly string[] | undefined): string {
  const list = [...new Set((articles ?? []).map((a) => a.trim()).filter((a) => a !== ''))];
  return list.length > 0 ? `〔${list.join('、')}〕` : '';
}

/** The finding's message followed by its article references, as every formatter prints it. */
export function messageWithArticles(f: Pick<Finding, 'message' | 'articles'>): string {
  return f.message + formatArticles(f.articles);
}

/** The message a formatter shows for a file that was not linted. */
export function skippedMessage(reason: string): string {
  return `已跳过：${reason}`;
}
