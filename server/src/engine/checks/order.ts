// order: Y must come before Z in a script (ask consent before the pitch).
// Reported where Z first appears ahead of Y; when Y is missing entirely, the
// required rule for Y reports it and this check stays quiet.
import { Terms } from '../terms.js';
import { sentenceAround } from '../text/sentence.js';
import type { Block } from '../document/model.js';
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
    const speakers = rule.speakers ?? ctx.speakers;
    // The first mention of the pitch, not in a title line: a script names its product in its title before anyone speaks.
    const early = firstIn(ctx.doc, c.before, speakers, notInTitle);
    const due = firstIn(ctx.doc, c.first, speakers);
    if (!early || !due) return [];
    const earlyPos = early.block.at(early.match.start);
    const duePos = due.block.at(due.match.start);
    if (duePos < earlyPos) return [];
    // Named in the sentence that asks (想跟您介绍一款分红型年金保险，您现在方便听吗？): the ask comes with it, not after a pitch.
    if (early.block === due.block) {
      const s = sentenceAround(early.block.text, early.match.start, early.match.end);
      if (due.match.start >= s.start && due.match.start < s.end) return [];
    }
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

/**
 * Not on a title line (【电话销售标准话术·某某年金保险（分红型）】, 产品：…), nor on a line that names the script and says
 * nothing (云泽农商银行远程银行中心　电话销售标准话术（代理保险·某某两全保险（分红型））; …电话销售规范用语（…（分红型））):
 * no one speaks a title.
 */
function notInTitle(block: Block, start: number): boolean {
  const end = block.text.indexOf('\n', start);
  const line = block.text.slice(lineStart(block.text, start), end < 0 ? block.text.length : end);
  if (TITLE_LINE.test(line)) return false;
  return !(SCRIPT_NAME.test(line) && !SENTENCE_END.test(line) && !LABELLED.test(line));
}

const TITLE_LINE = /^(【|产品[：:]|產品[：:])/;
const SCRIPT_NAME = /话术|話術|脚本|腳本|用语|用語/;
const SENTENCE_END = /[。！？!?“”「」]/;
/** A speaker's line (坐席：…) is said, whatever it names. */
const LABELLED = /[：:]/;
