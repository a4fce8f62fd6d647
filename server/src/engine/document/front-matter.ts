// YAML front matter at the top of a draft: its kind, product and the facts
// that fixes fill in (insurer, hotline, coolingOffDays …).
import { parseDocument } from 'yaml';
import type { FrontMatter } from './model.js';

const FENCE = /^(\uFEFF?)---[ \t]*\r?\n/;

// The editor reads the front matter on every keystroke (scope, then lint):
// the last few are kept by their text. Callers must not change what they get.
const recent = new Map<string, FrontMatter>();

export function readFrontMatter(source: string): FrontMatter | null {
  const open = FENCE.exec(source);
  if (!open) return null;
  const yamlStart = open[0].length;
  const close = /^(---|\.\.\.)[ \t]*(\r?\n|$)/m;
  const rest = source.slice(yamlStart);
  const m = close.exec(rest);
  if (!m) return null;
  const yamlText = rest.slice(0, m.index);
  const end = yamlStart + m.index + m[0].length;
  const key = source.slice(0, end);
  const hit = recent.get(key);
  if (hit) return hit;
  const fm = parseFrontMatter(yamlText, yamlStart, end);
  if (recent.size >= 16) recent.delete(recent.keys().next().value!);
  recent.set(key, fm);
  return fm;
}

function parseFrontMatter(yamlText: string, yamlStart: number, end: number): FrontMatter {
  const fm: FrontMatter = { data: {}, start: 0, end, yamlStart };
  const doc = parseDocument(yamlText, { prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    fm.problem = {
      message: `front matter 不是有效的 YAML：${e.message.split('\n')[0]}`,
      start: yamlStart + e.pos[0],
      end: yamlStart + Math.max(e.pos[1], e.pos[0] + 1),
    };
    return fm;
  }
  let data: unknown;
  try {
    // Parsing succeeds where building can still fail: an alias to no anchor (*本产品), an alias bomb.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    fm.problem = { message: `front matter 不是有效的 YAML：${String((e as Error).message).split('\n')[0]}`, start: yamlStart, end: Math.max(yamlStart + 1, end) };
    return fm;
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) fm.data = data as Record<string, unknown>;
  else if (data !== null && data !== undefined) {
    fm.problem = { message: 'front matter 应为键值对（YAML 映射）', start: yamlStart, end: Math.max(yamlStart + 1, end) };
  }
  return fm;
}
