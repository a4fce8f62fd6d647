// conditional: when the text mentions X, Y must appear too (mentioning 分红
// requires saying that dividends are not guaranteed). Reported at the first
// mention of X; the fix inserts Y right after that sentence.
import { Terms } from '../terms.js';
import { sentenceAround } from '../text/sentence.js';
import { firstIn, presentIn } from './find.js';
import { fillTemplate, lineStart, sourceRange, type CheckKind } from './context.js';
import { insertion } from './required.js';

interface Compiled {
  when: Terms;
  require: Terms;
}

export const conditional: CheckKind<Compiled> = {
  compile(rule) {
    return { when: new Terms(rule.when ?? {}), require: new Terms(rule.require ?? {}) };
  },
  run(c, rule, ctx) {
    const hit = firstIn(ctx.doc, c.when, rule.speakers ?? ctx.speakers);
    if (!hit || presentIn(ctx.doc, c.require, rule.speakers ?? ctx.speakers)) return [];
    const { block, match } = hit;
    const [start, end] = sourceRange(block, match.start, match.end);
    const sentence = sentenceAround(block.text, match.start, match.end);
    let after: number | undefined;
    let around: [string, string] = ['', ''];
    if (rule.insert?.at !== 'start' && rule.insert?.at !== 'end') {
      // Insert after the sentence's closing mark, inside the same paragraph;
      // after a heading or a table, as a paragraph of its own.
      let e = sentence.end;
      while (e > sentence.start && /\s/.test(block.text[e - 1])) e--;
      after = sourceRange(block, sentence.start, e)[1];
      const src = ctx.doc.source;
      const line = src.slice(lineStart(src, after), src.indexOf('\n', after) === -1 ? src.length : src.indexOf('\n', after));
      if (/^ {0,3}#{1,6}[ \t]|^\s*\|/.test(line)) {
        const blank = /\n[ \t]*(\n|$)/.exec(src.slice(after));
        after = blank ? after + blank.index + 1 : src.length;
        around = blank ? ['\n', '\n'] : ['\n\n', ''];
      }
    }
    const mention = block.text.slice(match.start, match.end);
    return [
      {
        start,
        end,
        message: fillTemplate(rule.message, { ...ctx.facts, match: mention }).text,
        related: `提到“${mention}”时须同时说明`,
        ...insertion(rule, ctx, after, around),
      },
    ];
  },
};
