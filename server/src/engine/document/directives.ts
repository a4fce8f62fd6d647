// Inline directives live in HTML comments, in Markdown and plain text alike:
// <!-- policylint-disable deposit-wording -- 引用监管原文 -->
import type { Directive, DirectiveType } from './model.js';

const DIRECTIVE = /<!--\s*policylint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

export function findDirectives(source: string, from = 0, to = source.length): Directive[] {
  const out: Directive[] = [];
  const text = source.slice(from, to);
  for (const m of text.matchAll(DIRECTIVE)) {
    const body = m[2].split(/\s--\s|\s--$/)[0];
    const rules = body.split(/[\s,，]+/).filter(Boolean);
    out.push({ type: m[1] as DirectiveType, rules, start: from + m.index!, end: from + m.index! + m[0].length });
  }
  return out;
}
