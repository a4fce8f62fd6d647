// claim: a claim a reviewer would flag, judged clause by clause from the
// lexicon classes of its words rather than from one phrase list. A rule is
// data: alternatives of classes that must all occur in one clause (or
// sentence), classes that must not, order and distance, and sentence-level
// contexts (a penalty report, a warning, a differentiation) that cancel it.
// A class word right after a negation (不保本, 不是存款) does not count.
// A claim can also be made across a customer's question and the seller's
// reply (客户：会不会亏？ 销售：不会): its `answer` classes open the reply.
import type { Block } from '../document/index.js';
import { speakerAt, SPEAKER_LABEL } from '../document/speakers.js';
import type { LexiconIndex, Token } from '../lexicon.js';
import type { ClaimDef, RuleDef } from '../packs/model.js';
import type { Fix, Suggestion } from '../types.js';
import { spokenBy } from './find.js';
import { fillTemplate, sourceRange, type CheckContext, type CheckKind, type CompileEnv, type RawFinding } from './context.js';

/** A claim spread wider than this is reported at its first word only. */
const MAX_SPAN = 40;
/** Negations act on the class word that follows within this many characters. */
const NEGATION_REACH = 4;
/** What joins the items of a list that one negation heads. */
const LIST_JOINER = /^[\s“”"'‘’]*(、|或|或者|及|以及|和|与)[\s“”"'‘’]*$|^[\s]*[“”"'‘’]+[\s]*$/;

/** The lexicon class of verbs of promising whose object a negation reaches through them (承诺, 保证). */
const ASSERTING = 'asserting';

/** Lexicon classes of words that make a question ask (多少, 哪个), and of those that make it rhetorical (难道). */
const INTERROGATIVE = 'interrogative';
const RHETORICAL = 'rhetorical';

/** The lexicon class of words that answer a question no (不存在的, 没有的事, 当然不是). */
const REBUTTAL = 'rebuttal';

/** A set of classes: "a|b" means a or b. */
type ClassSet = string[];

interface CompiledClaim {
  all: ClassSet[];
  none: ClassSet[];
  noneInSentence: ClassSet[];
  scope: 'clause' | 'sentence';
  within: number;
  ordered: boolean;
  /** Classes that open the seller's reply to a question holding `all`; empty for claims made in one sentence. */
  answer: ClassSet[];
}

interface Compiled {
  lexicon: LexiconIndex;
  /** The rule's claims, clause claims first, so a sentence-wide one can join their findings. */
  ordered: CompiledClaim[];
  /** Claims made across a question and its reply. */
  exchanges: CompiledClaim[];
  unless: ClassSet[];
  negation: string;
}

const parse = (ref: string): ClassSet => ref.split('|').map((s) => s.trim());

function hasClass(t: Token, set: ClassSet): boolean {
  for (const c of t.classes) if (set.includes(c)) return true;
  return false;
}

interface Span {
  start: number;
  end: number;
}

// A semicolon joins the parallel halves of one sentence (放在存单里…；放在这款年金里…).
const SENTENCE_STOPS = new Set([...'。！？!?\n'].map((c) => c.charCodeAt(0)));
const CLAUSE_STOPS = new Set([...'，,：:。！？!?；;\n'].map((c) => c.charCodeAt(0)));

// A line broken right after a comma or semicolon goes on with the same sentence (…一年也就一万出头；⏎放进这个账户…).
const CONTINUES = new Set([...'，,；;：:、'].map((c) => c.charCodeAt(0)));

function continuedLine(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 10) return false;
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
  return j >= 0 && CONTINUES.has(text.charCodeAt(j));
}

function spans(text: string, from: number, to: number, stops: Set<number>): Span[] {
  const out: Span[] = [];
  let s = from;
  for (let i = from; i < to; i++) {
    if (stops.has(text.charCodeAt(i)) && !(stops === SENTENCE_STOPS && continuedLine(text, i))) {
      if (i + 1 > s) out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (to > s) out.push({ start: s, end: to });
  return out;
}

/** A sentence (or clause) with its words and the classes they belong to. */
interface Unit {
  span: Span;
  tokens: Token[];
  classes: Set<string>;
}

interface Sentence extends Unit {
  clauses: Unit[];
}

function unitOf(span: Span, tokens: Token[]): Unit {
  const classes = new Set<string>();
  for (const t of tokens) for (const c of t.classes) classes.add(c);
  return { span, tokens, classes };
}

// Sentences that hold a lexicon word, per block and lexicon: every claim rule
// of a rule set reads the same analysis.
const analyses = new WeakMap<LexiconIndex, WeakMap<Block, Sentence[]>>();

function analyse(lexicon: LexiconIndex, block: Block): Sentence[] {
  let perBlock = analyses.get(lexicon);
  if (!perBlock) analyses.set(lexicon, (perBlock = new WeakMap()));
  let hit = perBlock.get(block);
  if (hit) return hit;
  const text = block.folded;
  const tokens = lexicon.tokensOf(block, text);
  hit = [];
  if (tokens.length) {
    for (const span of spans(text, 0, text.length, SENTENCE_STOPS)) {
      const inSentence = slice(tokens, span);
      if (!inSentence.length) continue;
      const clauses = spans(text, span.start, span.end, CLAUSE_STOPS).map((c) => unitOf(c, slice(inSentence, c)));
      hit.push({ ...unitOf(span, inSentence), clauses });
    }
  }
  perBlock.set(block, hit);
  return hit;
}

const mayHold = (claim: CompiledClaim, classes: Set<string>) => claim.all.every((set) => set.some((c) => classes.has(c)));

/** Tokens of a span, from a token list sorted by start (binary search). */
function slice(tokens: Token[], span: Span): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && tokens[end].start < span.end) end++;
  return tokens.slice(lo, end);
}

/**
 * A token counts unless a negation governs it: the negation ends at most a few
 * characters before it in the same clause, with no other word in between,
 * or heads a list it belongs to (不设任何赠品、抽奖或返现).
 */
function negated(tokens: Token[], i: number, negation: string, text: string): boolean {
  if (quotedAfterNegation(tokens, i, negation, text)) return true;
  let cur = tokens[i];
  for (let j = i - 1; j >= 0; j--) {
    const n = tokens[j];
    if (n.end > cur.start) continue; // an overlapping pattern match
    const between = text.slice(n.end, cur.start);
    if (/[，,。！？!?；;：:\n]/.test(between)) return false;
    // A negation before a modifier (不停工的印钞机) leaves the noun after 的 alone.
    // (不是您说的“本金” still denies the word said).
    if (n.classes.includes(negation)) return (cur.start - n.end <= NEGATION_REACH && !/^[^说讲谓]*的/.test(between)) || /任何|、|或/.test(between);
    if (!LIST_JOINER.test(between)) {
      // A negated verb of promising takes its object with it: 而不是承诺跑赢通胀, 不保证收益翻倍.
      return between.length <= 1 && n.classes.includes(ASSERTING) && negated(tokens, j, negation, text);
    }
    cur = n;
  }
  return false;
}

const CLAUSE_END = /[，,。！？!?；;：:\n]/;

/** Inside a quotation that a negation heads: 拒绝“投保送礼”, 不要相信“保本保息”. */
function quotedAfterNegation(tokens: Token[], i: number, negation: string, text: string): boolean {
  let q = tokens[i].start - 1;
  for (; q >= 0 && tokens[i].start - q <= 24; q--) {
    const ch = text[q];
    if (ch === '“' || ch === '「' || ch === '『') break;
    if (ch === '”' || ch === '」' || ch === '』' || CLAUSE_END.test(ch)) return false;
  }
  if (q < 0 || tokens[i].start - q > 24) return false;
  for (let j = i - 1; j >= 0; j--) {
    const n = tokens[j];
    if (n.end > q) continue;
    return q - n.end <= 1 && n.classes.includes(negation);
  }
  return false;
}

/** True when some token of the set occurs in the tokens and is not negated. */
function present(tokens: Token[], set: ClassSet, c: Compiled, text: string): boolean {
  for (let i = 0; i < tokens.length; i++) if (hasClass(tokens[i], set) && !negated(tokens, i, c.negation, text)) return true;
  return false;
}

/**
 * The tokens that make the claim in one unit, or null. The first class is the
 * anchor; each other class takes its occurrence nearest the anchor (after
 * the previous one when the claim is ordered). No two words overlap.
 */
function match(claim: CompiledClaim, unit: Token[], sentence: Token[], c: Compiled, text: string): Token[] | null {
  for (const set of claim.none) if (present(unit, set, c, text)) return null;
  for (const set of claim.noneInSentence) if (present(sentence, set, c, text)) return null;
  const usable = (t: Token, i: number, set: ClassSet, picked: Token[]) =>
    hasClass(t, set) && !picked.some((p) => p.start < t.end && t.start < p.end) && !negated(unit, i, c.negation, text);
  // Try each occurrence of the anchor class until one completes the claim.
  for (let a = 0; a < unit.length; a++) {
    if (!usable(unit[a], a, claim.all[0], [])) continue;
    const picked: Token[] = [unit[a]];
    let after = unit[a].end;
    for (const set of claim.all.slice(1)) {
      let best: Token | undefined;
      for (let i = 0; i < unit.length; i++) {
        const t = unit[i];
        if (claim.ordered && t.start < after) continue;
        if (!usable(t, i, set, picked)) continue;
        if (claim.ordered) {
          best = t;
          break;
        }
        if (!best || Math.abs(t.start - unit[a].start) < Math.abs(best.start - unit[a].start)) best = t;
      }
      if (!best) break;
      picked.push(best);
      after = best.end;
    }
    if (picked.length < claim.all.length) continue;
    // A single-class claim covers every such word of the unit (保本还保息).
    if (claim.all.length === 1) {
      for (let i = a + 1; i < unit.length; i++) if (usable(unit[i], i, claim.all[0], picked)) picked.push(unit[i]);
    }
    if (claim.within) {
      const from = Math.min(...picked.map((t) => t.start));
      const to = Math.max(...picked.map((t) => t.end));
      if (to - from > claim.within) continue;
    }
    return picked;
  }
  return null;
}

function clauseOf(text: string, at: number): Span {
  let s = at;
  while (s > 0 && !CLAUSE_STOPS.has(text.charCodeAt(s - 1))) s--;
  let e = at;
  while (e < text.length && !CLAUSE_STOPS.has(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

/** Deleting the clause: with its comma, or the whole sentence when it is alone. */
function clauseRemoval(text: string, sentence: Span, clause: Span): [number, number] {
  const body = text.slice(sentence.start, sentence.end).replace(/[。！？!?；;\n]$/, '');
  const bodyEnd = sentence.start + body.length;
  if (clause.start <= sentence.start && clause.end >= bodyEnd) {
    let end = sentence.end;
    while (end < text.length && /[ \t]/.test(text[end])) end++;
    return [sentence.start, end];
  }
  if (clause.end < bodyEnd) return [clause.start, Math.min(clause.end + 1, bodyEnd)];
  return [clause.start - 1, clause.end];
}

/** One finding for a clause: the span of the claim words found in it; anchors are the first word of each claim. */
function findingFor(block: Block, clauseStart: number, anchors: Token[], words: Token[], sentence: Span, rule: RuleDef, ctx: CheckContext): RawFinding {
  const text = block.text;
  const clause = clauseOf(text, clauseStart);
  const anchor = anchors.find((t) => t.start >= clause.start && t.start < clause.end) ?? anchors[0];
  // Words that start in the clause (a pattern may run on past its comma).
  const inClause = words.filter((t) => t.start >= clause.start && t.start < clause.end);
  if (!inClause.length) inClause.push(anchor);
  let from = Math.min(...inClause.map((t) => t.start));
  let to = Math.max(...inClause.map((t) => t.end));
  if (to - from > MAX_SPAN) [from, to] = [anchor.start, anchor.end];
  const [start, end] = sourceRange(block, from, to);
  const shown = text.slice(from, to);
  const suggestions: Suggestion[] = [];
  // A word's rewording replaces the word; a rule's replaces the whole claim.
  // Rewordings of the word a claim turns on (its first class), never of what it is compared with.
  const worded = anchors.find((t) => t.suggest?.length && t.start >= clause.start && t.start < clause.end) ?? anchor;
  const rewordings = [
    ...(worded.suggest ?? []).map((t) => ({ t, s: worded.start, e: worded.end })),
    ...(rule.suggest ?? []).map((t) => ({ t, s: from, e: to })),
  ];
  for (const { t, s, e } of rewordings) {
    const { text: words } = fillTemplate(t, { ...ctx.facts, match: text.slice(s, e) });
    const fix: Fix = { range: sourceRange(block, s, e), text: words };
    suggestions.push({ desc: words ? `改为“${words}”` : `删除“${text.slice(s, e)}”`, fix, preferred: suggestions.length === 0 });
  }
  const [rs, re] = clauseRemoval(text, sentence, clause);
  const removed = text.slice(rs, re).replace(/^[，,\s]+|[，,\s]+$/g, '');
  suggestions.push({ desc: `删除“${removed}”`, fix: { range: sourceRange(block, rs, re), text: '' }, preferred: suggestions.length === 0 });
  return {
    start,
    end,
    message: fillTemplate(rule.message, { ...ctx.facts, match: shown, suggestion: suggestions[0].fix.text }).text,
    suggestions,
  };
}

export const claim: CheckKind<Compiled> = {
  compile(rule: RuleDef, env?: CompileEnv) {
    if (!env?.lexicon) throw new Error(`规则 ${rule.id} 需要词表（lexicons）`);
    const claims = (rule.claims ?? []).map((k: ClaimDef) => ({
      all: k.all.map(parse),
      none: (k.none ?? []).map(parse),
      noneInSentence: (k.noneInSentence ?? []).map(parse),
      scope: k.scope ?? 'clause',
      within: k.within ?? 0,
      ordered: k.ordered ?? false,
      answer: (k.answer ?? []).map(parse),
    }));
    const unknown = [...claims.flatMap((k) => [...k.all, ...k.none, ...k.noneInSentence, ...k.answer]), ...(rule.unless ?? []).map(parse)]
      .flat()
      .filter((c) => !env.lexicon!.classNames.has(c));
    if (unknown.length) throw new Error(`规则 ${rule.id} 用到了未定义的词类：${[...new Set(unknown)].join('、')}`);
    const single = claims.filter((k) => !k.answer.length);
    const ordered = [...single.filter((k) => k.scope === 'clause'), ...single.filter((k) => k.scope === 'sentence')];
    const exchanges = claims.filter((k) => k.answer.length);
    return { lexicon: env.lexicon, ordered, exchanges, unless: (rule.unless ?? []).map(parse), negation: 'negation' };
  },
  run(c, rule, ctx) {
    const out: RawFinding[] = [];
    for (const block of ctx.doc.blocks) {
      const text = block.folded;
      const sentences = analyse(c.lexicon, block);
      for (let si = 0; si < sentences.length; si++) {
        const sentence = sentences[si];
        if (c.unless.some((set) => set.some((cls) => sentence.classes.has(cls)))) continue;
        if (rebutted(c, text, sentence, sentences[si + 1]) || asking(text, sentence)) continue;
        // A sentence-wide claim joins a finding already made in the sentence.
        const byClause = new Map<number, { anchors: Token[]; words: Token[] }>();
        for (const k of c.ordered) {
          if (!mayHold(k, sentence.classes)) continue;
          const units = k.scope === 'sentence' ? [sentence] : sentence.clauses;
          for (const unit of units) {
            if (unit !== sentence && !mayHold(k, unit.classes)) continue;
            const picked = match(k, unit.tokens, sentence.tokens, c, text);
            if (!picked || !spokenBy(block, picked[0].start, rule.speakers ?? ctx.speakers)) continue;
            // Reported in the clause of its first class's word (the claim's verb, as rules order them).
            const key = clauseOf(text, picked[0].start).start;
            const entry = byClause.get(key) ?? (k.scope === 'sentence' ? byClause.values().next().value : undefined);
            if (entry) {
              entry.anchors.push(picked[0]);
              entry.words.push(...picked);
            } else byClause.set(key, { anchors: [picked[0]], words: picked });
          }
        }
        if (!byClause.size) {
          const lead = leadIn(c, block, text, sentences[si - 1], sentence);
          const picked = lead && leadInClaim(c, text, lead, sentence);
          if (picked && spokenBy(block, picked[0].start, rule.speakers ?? ctx.speakers)) {
            byClause.set(clauseOf(text, picked[0].start).start, { anchors: [picked[0]], words: picked });
          }
        }
        for (const [key, { anchors, words }] of [...byClause].sort((x, y) => x[0] - y[0])) {
          out.push(findingFor(block, key, anchors, words, sentence.span, rule, ctx));
        }
      }
      if (c.exchanges.length) out.push(...exchangeFindings(c, block, rule, ctx, out));
    }
    return out;
  },
};

/**
 * A question that asks (账户里的钱每年能涨多少？ 和定期比哪个好？) claims nothing; one that
 * only pretends to ask (难道不是稳赚不赔吗？) does.
 */
function asking(text: string, sentence: Sentence): boolean {
  return /[？?]$/.test(text.slice(sentence.span.start, sentence.span.end).trimEnd()) &&
    sentence.classes.has(INTERROGATIVE) && !sentence.classes.has(RHETORICAL);
}

/**
 * A rhetorical question the same speaker goes on from (不想让钱在银行里“躺平”？这款年金让同样的钱多赚一点。):
 * the question right before the sentence, not a customer's, and not one that cancels the rule.
 */
function leadIn(c: Compiled, block: Block, text: string, lead: Sentence | undefined, sentence: Sentence): Sentence | undefined {
  if (!lead || !/[？?]$/.test(text.slice(lead.span.start, lead.span.end).trimEnd())) return undefined;
  if (text.slice(lead.span.end, sentence.span.start).trim()) return undefined;
  if (c.unless.some((set) => set.some((cls) => lead.classes.has(cls)))) return undefined;
  const at = sentence.tokens[0].start;
  if (speakerAt(block, at) === 'customer' || speakerAt(block, lead.tokens[0].start) !== speakerAt(block, at)) return undefined;
  return lead;
}

/** The words of a sentence-wide claim made by the question and the sentence together, those of the sentence only. */
function leadInClaim(c: Compiled, text: string, lead: Sentence, sentence: Sentence): Token[] | null {
  const tokens = [...lead.tokens, ...sentence.tokens];
  const classes = new Set([...lead.classes, ...sentence.classes]);
  for (const k of c.ordered) {
    if (k.scope !== 'sentence' || !mayHold(k, classes)) continue;
    const picked = match(k, tokens, tokens, c, text);
    const own = picked?.filter((t) => t.start >= sentence.span.start) ?? [];
    if (picked && own.length && own.length < picked.length) return own;
  }
  return null;
}

/**
 * A question the next sentence answers no (保本？不存在的。 与国债相比如何？本页面不作此类比较。)
 * is no claim: the next sentence opens with a rebuttal, or holds a context that cancels the rule.
 */
function rebutted(c: Compiled, text: string, question: Sentence, next: Sentence | undefined): boolean {
  if (!next || !/[？?]$/.test(text.slice(question.span.start, question.span.end).trimEnd())) return false;
  if (text.slice(question.span.end, next.span.start).trim()) return false;
  if (c.unless.some((set) => set.some((cls) => next.classes.has(cls)))) return true;
  const opening = next.clauses.find((cl) => text.slice(cl.span.start, cl.span.end).trim() && !SPEAKER_LABEL.test(text.slice(cl.span.start, cl.span.end).trim()));
  return !!opening && opening.classes.has(REBUTTAL);
}

/**
 * Claims a seller makes by answering a customer's question: the question holds
 * the claim's `all` classes (a question has no negation to honour: 会不会亏),
 * the first clause of the reply right after it opens with its `answer` classes.
 */
function exchangeFindings(c: Compiled, block: Block, rule: RuleDef, ctx: CheckContext, made: RawFinding[]): RawFinding[] {
  const out: RawFinding[] = [];
  const text = block.folded;
  const sentences = analyse(c.lexicon, block);
  for (let i = 1; i < sentences.length; i++) {
    const question = sentences[i - 1];
    const reply = sentences[i];
    const opening = replyOpening(block, text, question, reply);
    if (!opening || !opening.tokens.length) continue;
    if (c.unless.some((set) => set.some((cls) => question.classes.has(cls) || reply.classes.has(cls)))) continue;
    if (!spokenBy(block, opening.span.start, rule.speakers ?? ctx.speakers)) continue;
    for (const k of c.exchanges) {
      if (!k.all.every((set) => question.tokens.some((t) => hasClass(t, set)))) continue;
      if (k.noneInSentence.some((set) => present(question.tokens, set, c, text))) continue;
      const picked = match({ ...k, all: k.answer }, opening.tokens, reply.tokens, c, text);
      if (!picked) continue;
      // The reply may make the claim by itself (对，就跟存款一样): reported there already.
      const [rs, re] = sourceRange(block, reply.span.start, reply.span.end);
      if (!made.some((f) => f.start < re && rs < f.end)) out.push(findingFor(block, opening.span.start, picked, picked, reply.span, rule, ctx));
      break;
    }
  }
  return out;
}

/** The first clause of a reply that follows a customer's question directly, or undefined. */
function replyOpening(block: Block, text: string, question: Sentence, reply: Sentence): Unit | undefined {
  if (!/[？?]$/.test(text.slice(question.span.start, question.span.end).trimEnd())) return undefined;
  if (text.slice(question.span.end, reply.span.start).trim()) return undefined;
  const questionAt = question.span.start + (text.slice(question.span.start).length - text.slice(question.span.start).trimStart().length);
  if (speakerAt(block, questionAt) !== 'customer') return undefined;
  const body = reply.clauses.find((cl) => !SPEAKER_LABEL.test(text.slice(cl.span.start, cl.span.end).trim()) && text.slice(cl.span.start, cl.span.end).trim());
  if (!body || speakerAt(block, body.span.start + 1) === 'customer') return undefined;
  return body;
}
