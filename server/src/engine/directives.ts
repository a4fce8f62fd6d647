// Applies inline directives to findings and reports directives that
// suppressed nothing (with a safe fix that removes them) or name unknown rules.
import type { Directive } from './document/index.js';
import { LineIndex } from './text/positions.js';
import type { Finding, Fix } from './types.js';

export const UNUSED_DIRECTIVE = 'unused-directive';

function covers(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/** The comment and, when it stands alone on its line, the line itself. */
function removal(source: string, d: Directive): Fix {
  const lineStart = source.lastIndexOf('\n', d.start - 1) + 1;
  let lineEnd = source.indexOf('\n', d.end);
  if (lineEnd === -1) lineEnd = source.length;
  const alone = !source.slice(lineStart, d.start).trim() && !source.slice(d.end, lineEnd).trim();
  if (!alone) return { range: [d.start, d.end], text: '' };
  return { range: [lineStart, Math.min(source.length, lineEnd + 1)], text: '' };
}

export function applyDirectives(
  source: string,
  directives: Directive[],
  findings: Finding[],
  knownRules: Set<string>,
  unusedSeverity: Finding['severity'] | 'off',
): Finding[] {
  if (!directives.length) return findings;
  const lines = new LineIndex(source);
  const used = new Map<Directive, Set<string>>();
  const suppressing = (f: Finding): Directive | undefined => {
    const line = lines.position(f.start).line;
    let active: Directive | undefined;
    for (const d of directives) {
      const dLine = lines.position(d.end).line;
      if (d.type === 'disable-next-line' && dLine + 1 === line && covers(d, f.ruleId)) return d;
      if (d.type === 'disable-line' && dLine === line && covers(d, f.ruleId)) return d;
      if (d.start > f.start) continue;
      if (d.type === 'disable' && covers(d, f.ruleId)) active = d;
      if (d.type === 'enable' && active && (d.rules.length === 0 || d.rules.includes(f.ruleId))) active = undefined;
    }
    return active;
  };
  const kept: Finding[] = [];
  for (const f of findings) {
    const d = suppressing(f);
    if (!d) kept.push(f);
    else {
      if (!used.has(d)) used.set(d, new Set());
      used.get(d)!.add(f.ruleId);
    }
  }
  if (unusedSeverity === 'off') return kept;
  for (const d of directives) {
    const unknown = d.rules.filter((r) => !knownRules.has(r));
    if (unknown.length) {
      kept.push({
        ruleId: UNUSED_DIRECTIVE,
        severity: unusedSeverity,
        message: `指令中的规则不存在：${unknown.join('、')}`,
        start: d.start,
        end: d.end,
        articles: [],
      });
      continue;
    }
    if (d.type === 'enable') continue;
    const hit = used.get(d);
    if (!hit) {
      kept.push({
        ruleId: UNUSED_DIRECTIVE,
        severity: unusedSeverity,
        message: `此 policylint-${d.type} 指令没有屏蔽任何问题，可以删除`,
        start: d.start,
        end: d.end,
        articles: [],
        fix: removal(source, d),
      });
    } else if (d.rules.length && d.rules.some((r) => !hit.has(r))) {
      kept.push({
        ruleId: UNUSED_DIRECTIVE,
        severity: unusedSeverity,
        message: `此指令中的规则没有屏蔽任何问题：${d.rules.filter((r) => !hit.has(r)).join('、')}`,
        start: d.start,
        end: d.end,
        articles: [],
      });
    }
  }
  return kept;
}
