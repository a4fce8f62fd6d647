// order: Y must come before Z in a script (ask consent before the pitch).
// Reported where Z first appears ahead of Y; when Y is missing entirely, the
// required rule for Y reports it and this check stays quiet.
import { Terms } from '../terms.js';
import { firstIn } from './find.js';
import { fillTemplate, lineStart, sourceRange, type CheckKind } from './context.js';

interface Compiled {
  first: Terms;
  before: Terms;
}

export const order: CheckKind<Compiled> = {
  compile(rule) {
    return { first: new Terms(rule.first ?? {}), before: new Terms(rule.before ?? {}) };
  },
  run(c, rule, ctx) {
    const early = firstIn(ctx.doc, c.before, rule.speakers ?? ctx.speakers);
    const due = firstIn(ctx.doc, c.first, rule.speakers ?? ctx.speakers);
    if (!early || !due) return [];
    const earlyPos = early.block.at(early.match.start);
    const duePos = due.block.at(due.match.start);
    if (duePos < earlyPos) return [];
    const [start, end] = sourceRange(early.block, early.match.start, early.match.end);
    const mention = early.block.text.slice(early.match.start, early.match.end);
    const suggestions = [];
    if (rule.insert) {
      const { text } = fillTemplate(rule.insert.text, ctx.facts);
      const at = lineStart(ctx.doc.source, start);
      suggestions.push({ desc: `在此行之前插入：${text}`, fix: { range: [at, at] as [number, number], text: `${text}\n` }, preferred: true });
    }
    return [
      {
        start,
        end,
        message: fillTemplate(rule.message, { ...ctx.facts, match: mention }).text,
        related: `应先出现的内容在第 ${ctx.doc.source.slice(0, duePos).split('\n').length} 行`,
        suggestions: suggestions.length ? suggestions : undefined,
      },
    ];
  },
};
