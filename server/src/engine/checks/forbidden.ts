// forbidden: phrases and patterns that may not appear, except inside a longer
// allowed term (储蓄卡) or inside a legitimate context (本产品不是银行存款).
import { Terms, type TermMatch } from '../terms.js';
import { onWordBoundaries } from '../text/boundary.js';
import { clauseAround, sentenceAround } from '../text/sentence.js';
import { foldWidth } from '../text/fold.js';
import { BoundedCache, memo } from '../memo.js';
import { proseOf, type Block, type ProseDocument } from '../document/index.js';
import type { RuleDef } from '../packs/model.js';
import type { Fix, Suggestion } from '../types.js';
import { spokenBy } from './find.js';
import { fillTemplate, isCleanSlice, sourceRange, type CheckContext, type CheckKind, type RawFinding } from './context.js';

interface Compiled {
  terms: Terms;
  allow: string[];
  exceptions: Terms | null;
  /** Accepted matches by block text (language server only, see memo.ts). */
  seen: BoundedCache<string, TermMatch[]>;
}

// Most blocks match nothing: one shared empty list keeps the caches small.
const NONE: TermMatch[] = Object.freeze([]) as unknown as TermMatch[];

/** Matches in a block's text that pass word boundaries, allow terms and exceptions. */
function accepted(c: Compiled, terms: Terms, text: string, boundary: boolean): TermMatch[] {
  const hit = memo.enabled ? c.seen.get(text) : undefined;
  if (hit) return hit;
  const accept = boundary ? (s: number, e: number) => onWordBoundaries(text, s, e) : undefined;
  const taken: TermMatch[] = [];
  for (const m of terms.scan(text, accept)) {
    // A phrase and a pattern of one rule may find the same words: report once.
    if (taken.some((t) => t.start < m.end && m.start < t.end)) continue;
    if (allowed(text, m, c.allow) || excepted(text, m, c.exceptions)) continue;
    taken.push(m);
  }
  const result = taken.length ? taken : NONE;
  if (memo.enabled) c.seen.set(text, result);
  return result;
}

function allowed(text: string, m: TermMatch, allow: string[]): boolean {
  for (const a of allow) {
    if (!a.includes(m.text)) continue;
    const from = Math.max(0, m.end - a.length);
    let i = text.indexOf(a, from);
    while (i !== -1 && i <= m.start) {
      if (i + a.length >= m.end) return true;
      i = text.indexOf(a, i + 1);
    }
  }
  return false;
}

function excepted(text: string, m: TermMatch, exceptions: Terms | null): boolean {
  if (!exceptions) return false;
  const s = sentenceAround(text, m.start, m.end);
  const sentence = text.slice(s.start, s.end);
  for (const e of exceptions.scan(sentence)) {
    if (s.start + e.start <= m.start && s.start + e.end >= m.end) return true;
  }
  return false;
}

/** The span to delete when removing the clause around a match. */
function clauseRemoval(text: string, m: TermMatch): [number, number] {
  const sentence = sentenceAround(text, m.start, m.end);
  const clause = clauseAround(text, m.start, m.end);
  if (clause.start === sentence.start && clause.end === sentence.end) {
    let end = sentence.end;
    while (end < text.length && /\s/.test(text[end])) end++;
    return [sentence.start, end];
  }
  const last = clause.end === sentence.end;
  // The last clause keeps the sentence's closing mark; the comma before it goes.
  return last ? [clause.start - 1, clause.end - (/[。！？!?；;]/.test(text[clause.end - 1]) ? 1 : 0)] : [clause.start, clause.end];
}

function fixesFor(doc: ProseDocument, block: Block, m: TermMatch, rule: RuleDef, ctx: CheckContext): { fix?: Fix; suggestions: Suggestion[] } {
  const suggestions: Suggestion[] = [];
  const clean = isCleanSlice(doc, block, m.start, m.end);
  const range = sourceRange(block, m.start, m.end);
  const original = block.text.slice(m.start, m.end);
  let fix: Fix | undefined;
  const rewordings = [...(m.suggest ?? []), ...(rule.suggest ?? [])];
  rewordings.forEach((template, i) => {
    const { text, complete } = fillTemplate(template, { ...ctx.facts, match: original });
    const f: Fix = { range, text };
    suggestions.push({ desc: text ? `改为“${text}”` : `删除“${original}”`, fix: f, preferred: i === 0 });
    if (i === 0 && rule.replaceIsSafe && clean && complete && m.suggest?.length) fix = f;
  });
  if (rule.remove) {
    const [s, e] = rule.remove === 'clause' ? clauseRemoval(block.text, m) : [m.start, m.end];
    const removed = block.text.slice(s, e);
    const f: Fix = { range: sourceRange(block, s, e), text: '' };
    suggestions.push({ desc: `删除“${removed.trim()}”`, fix: f, preferred: suggestions.length === 0 });
    if (!fix && rule.removeIsSafe && isCleanSlice(doc, block, s, e)) fix = f;
  }
  return { fix, suggestions };
}

export const forbidden: CheckKind<Compiled> = {
  compile(rule) {
    return {
      terms: new Terms({ phrases: rule.phrases, patterns: rule.patterns }),
      allow: (rule.allow ?? []).map(foldWidth),
      exceptions: rule.exceptions?.length ? new Terms({ patterns: rule.exceptions }) : null,
      seen: new BoundedCache(5000),
    };
  },
  run(c, rule, ctx) {
    const out: RawFinding[] = [];
    const boundary = rule.wordBoundary !== false;
    const terms = c.terms.narrowTo(proseOf(ctx.doc));
    for (const block of ctx.doc.blocks) {
      for (const m of accepted(c, terms, block.folded, boundary)) {
        if (!spokenBy(block, m.start, rule.speakers ?? ctx.speakers)) continue;
        const [start, end] = sourceRange(block, m.start, m.end);
        const original = block.text.slice(m.start, m.end);
        const { fix, suggestions } = fixesFor(ctx.doc, block, m, rule, ctx);
        const first = suggestions[0]?.fix.text;
        out.push({
          start,
          end,
          message: fillTemplate(rule.message, { ...ctx.facts, match: original, suggestion: first ?? '' }).text,
          fix,
          suggestions: suggestions.length ? suggestions : undefined,
        });
      }
    }
    return out;
  },
};
