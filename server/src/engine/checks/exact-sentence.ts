// exact-sentence: a sentence that must appear word for word (the customer's
// hand-copied confirmation). Punctuation, width and white space are ignored;
// any of the published wordings is accepted.
import { foldForSentence, foldForms } from '../text/fold.js';
import { sentenceAround } from '../text/sentence.js';
import { fillTemplate, sourceRange, type CheckKind } from './context.js';
import { missing, whyRequired } from './required.js';

interface Compiled {
  sentences: string[];
  lead: string | null;
}

export const exactSentence: CheckKind<Compiled> = {
  compile(rule) {
    return {
      sentences: (rule.sentences ?? []).map((s) => foldForSentence(s).text),
      lead: rule.lead ? foldForms(rule.lead) : null,
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
    return [missing(rule, ctx)];
  },
};
