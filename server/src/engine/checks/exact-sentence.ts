// exact-sentence: a sentence that must appear word for word (the customer's
// hand-copied confirmation). Punctuation, width and white space are ignored;
// any of the published wordings is accepted. A document that does not quote the
// sentence but tells the customer to copy it (风险提示语句须由投保人亲自抄录:
// it is printed on the application form) passes when the rule's anyOf says so;
// a quoted attempt that differs from the published text is still reported.
import { Terms } from '../terms.js';
import { foldForSentence, foldForms } from '../text/fold.js';
import { presentIn } from './find.js';
import { sentenceAround } from '../text/sentence.js';
import { fillTemplate, sourceRange, type CheckKind } from './context.js';
import { missing, whyRequired } from './required.js';

interface Compiled {
  sentences: string[];
  /** The published wordings' character pairs after the lead: a sentence that shares fewer than two of them is no attempt (本人已阅读并理解上述内容). */
  pairs: Set<string>;
  lead: string | null;
  referred?: Terms;
}

export const exactSentence: CheckKind<Compiled> = {
  compile(rule) {
    const sentences = (rule.sentences ?? []).map((s) => foldForSentence(s).text);
    const lead = rule.lead ? foldForms(rule.lead) : null;
    return {
      sentences,
      pairs: new Set(sentences.flatMap((s) => pairsOf(lead && s.startsWith(lead) ? s.slice(lead.length) : s))),
      lead,
      referred: rule.anyOf ? new Terms(rule.anyOf) : undefined,
    };
  },
  run(c, rule, ctx) {
    for (const block of ctx.doc.blocks) {
      const folded = foldForSentence(block.folded).text;
      if (c.sentences.some((s) => folded.includes(s))) return [];
    }
    // An attempt that differs in wording: point at it and offer the exact text.
    if (c.lead) {
      for (const block of ctx.doc.blocks) {
        const at = block.folded.indexOf(c.lead);
        if (at === -1) continue;
        const s = sentenceAround(block.text, at, at + c.lead.length);
        const rest = foldForSentence(block.folded.slice(at + c.lead.length, s.end)).text;
        if (pairsOf(rest).filter((p) => c.pairs.has(p)).length < 2) continue;
        let end = s.end;
        while (end > at && /[\s。！？!?；;”"」』]/.test(block.text[end - 1])) end--;
        const [start, stop] = sourceRange(block, at, end);
        return [
          {
            start,
            end: stop,
            message: `${fillTemplate(rule.message, ctx.facts).text}（现有语句与规定文字不一致）`,
            related: whyRequired(ctx),
            suggestions: (rule.sentences ?? []).map((text, i) => ({
              desc: `改为规定语句：${text}`,
              fix: { range: [start, stop] as [number, number], text },
              preferred: i === 0,
            })),
          },
        ];
      }
    }
    if (c.referred && presentIn(ctx.doc, c.referred)) return [];
    return [missing(rule, ctx)];
  },
};

function pairsOf(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}
