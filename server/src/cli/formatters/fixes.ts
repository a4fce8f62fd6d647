// How a fix reads to a person: what is replaced, removed or inserted, quoted.
import type { Finding, Fix } from '../../engine/types.js';

const MAX_QUOTE = 60;

/** Whitespace folded and long texts cut, so a one-line description stays one line. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return `“${chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE).join('')}…` : flat}”`;
}

/** 把“存款”改为“保险费” / 删除“稳赚不赔” / 插入“本产品由……承保。” */
export function describeFix(source: string, fix: Fix): string {
  const [start, end] = fix.range;
  const old = source.slice(start, Math.max(start, end));
  if (old.trim() === '' && fix.text.trim() === '') return '调整空白';
  if (old.trim() === '') return `插入${quote(fix.text)}`;
  if (fix.text.trim() === '') return `删除${quote(old)}`;
  return `把${quote(old)}改为${quote(fix.text)}`;
}

/** The safe fix, then the suggestions, each change once (a preferred suggestion often repeats the fix). */
export function proposedFixes(f: Pick<Finding, 'fix' | 'suggestions'>): Fix[] {
  const seen = new Set<string>();
  const out: Fix[] = [];
  for (const x of [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? []).map((s) => s.fix)]) {
    const key = `${x.range[0]}:${x.range[1]}:${x.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(x);
  }
  return out;
}
