// required: a disclosure that a kind of document must carry; any of several
// phrasings satisfies it. When missing, the fix inserts a complete sentence
// filled from the document's facts.
import { Terms } from '../terms.js';
import type { RuleDef } from '../packs/model.js';
import type { Fix, Suggestion } from '../types.js';
import { presentIn } from './find.js';
import {
  KIND_LABELS,
  PRODUCT_LABELS,
  documentAnchor,
  fillTemplate,
  insertionFix,
  type CheckContext,
  type CheckKind,
  type RawFinding,
} from './context.js';

/** The insertion of rule.insert as a safe fix, or as a suggestion when facts are missing. */
export function insertion(rule: RuleDef, ctx: CheckContext, at?: Fix['range'][0], around: [string, string] = ['', '']): { fix?: Fix; suggestions?: Suggestion[] } {
  if (!rule.insert) return {};
  const { text, complete } = fillTemplate(rule.insert.text, ctx.facts);
  const f: Fix =
    at === undefined
      ? insertionFix(ctx.doc, rule.insert.at === 'start' ? 'start' : 'end', text)
      : { range: [at, at], text: around[0] + text + around[1] };
  const desc = complete ? `插入：${text}` : `插入（请补全占位内容）：${text}`;
  return { fix: complete ? f : undefined, suggestions: [{ desc, fix: f, preferred: true }] };
}

export function whyRequired(ctx: CheckContext): string {
  const product = ctx.product ? `（${PRODUCT_LABELS[ctx.product]}产品）` : '';
  return `${KIND_LABELS[ctx.kind] ?? ctx.kind}${product}须包含此项内容`;
}

/** A document-level finding for something missing, anchored on the first line of prose, with its insertion. */
export function missing(rule: RuleDef, ctx: CheckContext): RawFinding {
  const [start, end] = documentAnchor(ctx.doc);
  return { start, end, message: fillTemplate(rule.message, ctx.facts).text, related: whyRequired(ctx), scope: 'document', ...insertion(rule, ctx) };
}

export const required: CheckKind<{ terms: Terms; when?: Terms }> = {
  compile(rule) {
    return { terms: new Terms(rule.anyOf ?? {}), when: rule.when ? new Terms(rule.when) : undefined };
  },
  run({ terms, when }, rule, ctx) {
    // Required only of a text that mentions what makes it apply (the bank, for the split of liability).
    if (when && !presentIn(ctx.doc, when)) return [];
    return presentIn(ctx.doc, terms, rule.speakers ?? ctx.speakers) ? [] : [missing(rule, ctx)];
  },
};
