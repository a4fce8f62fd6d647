// forbidden: phrases and patterns that may not appear, except inside a longer
// allowed term (储蓄卡) or inside a legitimate context (本产品不是银行存款).
import { Terms, type TermMatch } from '../terms.js';
import { onWordBoundaries } from '../text/boundary.js';
import { SentenceIndex, clauseAround, isSentenceEnd } from '../text/sentence.js';
import { compileOffTopic, isOffTopic, type OffTopic } from './off-topic.js';
import { foldText } from '../text/fold.js';
import { BoundedCache, memo } from '../memo.js';
import { proseOf, type Block, type ProseDocument } from '../document/index.js';
import type { RuleDef } from '../packs/model.js';
import type { Fix, Suggestion } from '../types.js';
import { blocksWithPhrases, spokenBy } from './find.js';
import { fillTemplate, isCleanSlice, quotedSource, sourceRange, type CheckContext, type CheckKind, type RawFinding } from './context.js';

interface Compiled {
  terms: Terms;
  allow: string[];
  exceptions: Terms | null;
  /** Where in a match rewordings go (rule.replaceWithin). */
  within: Terms | null;
  /** Accepted matches by block text (language server only, see memo.ts). */
  seen: BoundedCache<string, TermMatch[]>;
  /** Sentences about something else (RuleDef.offTopic). */
  offTopic: OffTopic;
}

// Most blocks match nothing: one shared empty list keeps the caches small.
const NONE: TermMatch[] = Object.freeze([]) as unknown as TermMatch[];

/** Matches in a block's text that pass word boundaries, allow terms and exceptions. */
function accepted(c: Compiled, terms: Terms, text: string, boundary: boolean): TermMatch[] {
  const hit = memo.enabled ? c.seen.get(text) : undefined;
  if (hit) return hit;
  const accept = boundary ? (s: number, e: number) => onWordBoundaries(text, s, e) : undefined;
  const taken: TermMatch[] = [];
  // Characters already reported, so overlap is checked in O(match length).
  let covered: Uint8Array | null = null;
  let exempt: Exemptions | null = null;
  const matches = terms.scan(text, accept);
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    // A phrase and a pattern of one rule may find the same words: report once.
    if (covered?.subarray(m.start, m.end).includes(1)) continue;
    if (allowed(text, m, c.allow)) continue;
    if (c.exceptions && (exempt ??= new Exemptions(text, c.exceptions)).covers(m)) continue;
    taken.push(m);
    (covered ??= new Uint8Array(text.length)).fill(1, m.start, m.end);
  }
  const result = taken.length ? taken : NONE;
  if (memo.enabled) c.seen.set(text, result);
  return result;
}

/** True when the match lies inside an allowed longer term (储蓄 in 储蓄卡). */
function allowed(text: string, m: TermMatch, allow: string[]): boolean {
  for (const a of allow) {
    const at = a.indexOf(m.text);
    if (at === -1) continue;
    // Only the few places where a could begin and cover m: never a scan of the text.
    for (let i = at; i !== -1; i = a.indexOf(m.text, i + 1)) {
      const from = m.start - i;
      if (from >= 0 && from + a.length >= m.end && text.startsWith(a, from)) return true;
    }
  }
  return false;
}

/**
 * Exception matches of one block, scanned once per sentence that holds a
 * match (not once per match: a long sentence with many matches would be
 * read again for each). A match inside an exception match is exempt.
 */
class Exemptions {
  private sentences: SentenceIndex;
  /** By sentence start: exception matches sorted by start, and the running maximum of their ends. */
  private bySentence = new Map<number, { starts: number[]; maxEnd: number[] }>();

  constructor(
    private text: string,
    private exceptions: Terms,
  ) {
    this.sentences = new SentenceIndex(text);
  }

  covers(m: TermMatch): boolean {
    const s = this.sentences.around(m.start, m.end);
    let found = this.bySentence.get(s.start);
    if (!found) {
      const list = this.exceptions.scan(this.text.slice(s.start, s.end)).map((e) => ({ start: s.start + e.start, end: s.start + e.end }));
      list.sort((a, b) => a.start - b.start);
      let max = -1;
      found = { starts: list.map((e) => e.start), maxEnd: list.map((e) => (max = Math.max(max, e.end))) };
      this.bySentence.set(s.start, found);
    }
    // Some exception starting at or before m.start reaches m.end?
    let lo = 0;
    let hi = found.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (found.starts[mid] <= m.start) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && found.maxEnd[last] >= m.end;
  }
}

/** The span to delete when removing the clause around a match. */
function clauseRemoval(text: string, m: TermMatch): [number, number] {
  const clause = clauseAround(text, m.start, m.end);
  // No clause mark nearby: the "clause" would be a whole run-on line; remove the phrase only.
  if (clause.cut) return [m.start, m.end];
  const first = clause.start === 0 || isSentenceEnd(text[clause.start - 1]);
  const last = clause.end === text.length || isSentenceEnd(text[clause.end - 1]);
  if (first && last) {
    let end = clause.end;
    while (end < text.length && /\s/.test(text[end])) end++;
    return [clause.start, end];
  }
  // The last clause keeps the sentence's closing mark; the comma before it goes.
  return last ? [clause.start - 1, clause.end - (/[。！？!?；;]/.test(text[clause.end - 1]) ? 1 : 0)] : [clause.start, clause.end];
}

/** The part of a match that rewordings replace: the first match of `within` inside it, else all of it. */
function replacedPart(within: Terms | null, text: string, m: TermMatch): [number, number] {
  if (!within) return [m.start, m.end];
  const [hit] = within.scan(text.slice(m.start, m.end));
  return hit ? [m.start + hit.start, m.start + hit.end] : [m.start, m.end];
}

function fixesFor(doc: ProseDocument, block: Block, m: TermMatch, original: string, rule: RuleDef, ctx: CheckContext, within: Terms | null): { fix?: Fix; suggestions: Suggestion[] } {
  const suggestions: Suggestion[] = [];
  const [rs, re] = replacedPart(within, block.folded, m);
  const clean = isCleanSlice(doc, block, rs, re);
  const range = sourceRange(block, rs, re);
  const replaced = rs === m.start && re === m.end ? original : quotedSource(doc, block, rs, re);
  let fix: Fix | undefined;
  const rewordings = [...(m.suggest ?? []), ...(rule.suggest ?? [])];
  rewordings.forEach((template, i) => {
    const { text, complete } = fillTemplate(template, { ...ctx.facts, match: original });
    const f: Fix = { range, text };
    suggestions.push({ desc: text ? `改为“${text}”` : `删除“${replaced}”`, fix: f, preferred: i === 0 });
    if (i === 0 && rule.replaceIsSafe && clean && complete && m.suggest?.length) fix = f;
  });
  if (rule.remove) {
    const [s, e] = rule.remove === 'clause' ? clauseRemoval(block.text, m) : [m.start, m.end];
    const removed = quotedSource(doc, block, s, e);
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
      allow: (rule.allow ?? []).map((a) => foldText(a)),
      exceptions: rule.exceptions?.length ? new Terms({ patterns: rule.exceptions }) : null,
      within: rule.replaceWithin ? new Terms({ patterns: [rule.replaceWithin] }) : null,
      seen: new BoundedCache(5000),
      offTopic: compileOffTopic(rule),
    };
  },
  run(c, rule, ctx) {
    const out: RawFinding[] = [];
    const boundary = rule.wordBoundary !== false;
    const terms = c.terms.narrowTo(proseOf(ctx.doc));
    // Phrases alone: only blocks where one occurs at all can have a finding.
    for (const block of blocksWithPhrases(ctx.doc, terms) ?? ctx.doc.blocks) {
      let sentences: SentenceIndex | undefined;
      for (const m of accepted(c, terms, block.folded, boundary)) {
        if (!spokenBy(block, m.start, rule.speakers ?? ctx.speakers)) continue;
        if (c.offTopic.length) {
          const s = (sentences ??= new SentenceIndex(block.folded)).around(m.start, m.end);
          if (isOffTopic(c.offTopic, block.folded.slice(s.start, s.end))) continue;
        }
        const [start, end] = sourceRange(block, m.start, m.end);
        const original = quotedSource(ctx.doc, block, m.start, m.end);
        const { fix, suggestions } = fixesFor(ctx.doc, block, m, original, rule, ctx, c.within);
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
