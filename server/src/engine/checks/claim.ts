// claim: a claim a reviewer would flag, judged clause by clause from the
// lexicon classes of its words rather than from one phrase list. A rule is
// data: alternatives of classes that must all occur in one clause (or
// sentence), classes that must not, order and distance, and sentence-level
// contexts (a penalty report, a warning, a differentiation) that cancel it.
// A class word right after a negation (不保本, 不是存款) does not count.
// A claim can also be made across a customer's question and the seller's
// reply (客户：会不会亏？ 销售：不会): its `answer` classes open the reply.
import { charTable, readingSentences, softBreaksAsCommas } from '../text/sentence.js';
import type { Block, ProseDocument } from '../document/index.js';
import { speakerAt, SPEAKER_LABEL } from '../document/speakers.js';
import { overlaps, type ClassBits, type LexiconIndex, type Token } from '../lexicon.js';
import { compileOffTopic, isOffTopic, type OffTopic } from './off-topic.js';
import { ClaimSets, covers, maskOf, SetNumbering } from './claim-sets.js';
import type { ClaimDef, RuleDef } from '../packs/model.js';
import type { Fix, Suggestion } from '../types.js';
import { spokenBy } from './find.js';
import { checkDefined, classesOf, classRefsOf, lexiconOf } from './class-refs.js';
import { fillTemplate, quotedSource, sourceRange, type CheckContext, type CheckKind, type CompileEnv, type RawFinding } from './context.js';

/** A claim spread wider than this is reported at its first word only. */
const MAX_SPAN = 40;
/** Negations act on the class word that follows within this many characters. */
const NEGATION_REACH = 4;
/** A copula's negation reaches over a whole noun phrase (不是您交进去的全部本金). */
const COPULA_REACH = 10;
/** What joins the items of a list that one negation heads. */
const LIST_JOINER = /^[\s“”"'‘’]*(、|或|或者|及|以及|和|与)[\s“”"'‘’]*$|^[\s]*[“”"'‘’]+[\s]*$/;

/** The lexicon class of verbs of promising whose object a negation reaches through them (承诺, 保证). */
const ASSERTING = 'asserting';

/** Lexicon classes of words that make a question ask (多少, 哪个), and of those that make it rhetorical (难道). */
const INTERROGATIVE = 'interrogative';
const RHETORICAL = 'rhetorical';

/** The lexicon class of words that answer a question no (不存在的, 没有的事, 当然不是). */
const REBUTTAL = 'rebuttal';

/** The lexicon class of a bare no that is the whole of a reply's first clause (没有的。 不确定。 冇，…). */
const BARE_DENIAL = 'bare-denial';

/** The lexicon class of a report's context (经查, 被处罚): it reaches over a whole sentence, a turn (但) included. */
const REPORT = 'report';

/**
 * The lexicon class of the writer turning from others to their own stance (我们说的是实话; 咱们可不这么说): after a
 * report of what others were penalised for, the clause it opens is the writer's own (ownTurnOf).
 */
const OWN_STANCE = 'own-stance';

/**
 * The lexicon class of a heading or lead-in that names who the product does not suit (五、哪些人不太适合; 不适合人群：):
 * the short list items under it describe people, not the product.
 */
const UNSUITED_LEAD = 'unsuited-lead';

/** A set of classes: "a|b" means a or b; as class bits (LexiconIndex.classBits). */
type ClassSet = ClassBits;

interface CompiledClaim {
  all: ClassSet[];
  none: ClassSet[];
  noneInSentence: ClassSet[];
  scope: 'clause' | 'sentence';
  within: number;
  ordered: boolean;
  /** Classes that open the seller's reply to a question holding `all`; empty for claims made in one sentence. */
  answer: ClassSet[];
  /** Also made when the writer asks and answers in narration (风险？不存在的。), not only across a customer's question. */
  selfAnswered: boolean;
  /** Classes of noneInSentence the rule does not concede to a turn: before a turn they still keep the claim from holding. */
  unconceded: ClassSet;
  /** The sets of `all` as a mask of the rule's sets (Compiled.sets). */
  need: Int32Array;
}

interface Compiled {
  lexicon: LexiconIndex;
  /** Sentences about something else (see RuleDef.offTopic). */
  offTopic: OffTopic;
  /** The rule's claims, clause claims first, so a sentence-wide one can join their findings. */
  ordered: CompiledClaim[];
  /** Claims made across a question and its reply. */
  exchanges: CompiledClaim[];
  /** Does some exchange also hold for a question the writer asks and answers? Else such questions are not read. */
  selfAnswered: boolean;
  /** The distinct class sets of the claims' `all` and `answer`, for canHold. */
  sets: ClaimSets;
  /**
   * What each claim needs to hold anywhere, as masks of `sets` (`sets.words` numbers each, one claim after another, in
   * one array for canHold's loop): an exchange's answer classes too.
   */
  holdable: Int32Array;
  /** Does some claim of `holdable` need no set (so holds, as canHold reads it, whatever the classes)? */
  needsNone: boolean;
  /** present() of a sentence's classes in claimsIn, apart from ClaimSets' own scratch. */
  sentenceSets: Int32Array;
  unless: ClassSet[];
  negation: ClassSet;
  asserting: ClassSet;
  interrogative: ClassSet;
  rhetorical: ClassSet;
  rebuttal: ClassSet;
  bareDenial: ClassSet;
  report: ClassSet;
  ownStance: ClassSet;
  /** Classes of `unless` that a turn does not concede: before a turn they still cancel the sentence. */
  unconceded: ClassSet;
  /** Does the rule concede anything to a turn? */
  turns: boolean;
  /** RuleDef.yields: the rules a finding gives way to, and the classes all its words must be of (undefined: any words). */
  yields: { to: string[]; words?: ClassSet; with?: ClassSet }[];
}


function hasClass(t: Token, set: ClassSet): boolean {
  return overlaps(t.bits, set);
}

interface Span {
  start: number;
  end: number;
}

// Bullets of poster and WeChat lists (💰稳赚 ✅不亏 ✅随时可取) part clauses as commas do.
const CLAUSE_STOP = charTable('，,：:。！？!?；;\n✅✔☑❌▶◆●■★☆✨');


/**
 * A sentence (or clause): its span, its words as a range of the block's
 * tokens, and the classes they belong to. The token list of a unit is sliced
 * only when a claim may hold there.
 */
interface Unit {
  span: Span;
  from: number;
  to: number;
  bits: ClassBits;
  list?: Token[];
}

interface Sentence extends Unit {
  /** Cut on first use (clausesOf): most sentences hold no claim. */
  clauses?: Unit[];
  /** A turn's part of a sentence (turnOf): the classes of what came before the turn. */
  head?: ClassBits;
  /**
   * For a sentence inside a quotation opened in an earlier sentence: the classes of that sentence's words before the
   * opening mark (最近常被问：“…吗？要不要赶在下调之前上车？”), which say who speaks the whole quotation.
   */
  quotedAfter?: ClassBits;
}

interface Analysis {
  /** The block's folded text with each line break that goes on with its sentence read as a comma. */
  text: string;
  tokens: Token[];
  /** Sentences that hold a lexicon word. */
  sentences: Sentence[];
  /** Every class of the block's words. */
  bits: ClassBits;
  words: number;
  /** Every reading sentence of `text`, word or none (the claim model reads them all); absent for a block with no word. */
  reading?: Span[];
}

const NO_SENTENCES: Analysis = { text: '', tokens: [], sentences: [], bits: [], words: 0 };

function tokensOfUnit(a: Analysis, u: Unit): Token[] {
  return (u.list ??= a.tokens.slice(u.from, u.to));
}

/** The unit of tokens[from, to): classes ORed together. */
function unitOf(span: Span, tokens: Token[], from: number, to: number, words: number): Unit {
  const bits: ClassBits = from < to ? [...tokens[from].bits] : new Array(words).fill(0);
  for (let i = from + 1; i < to; i++) {
    const b = tokens[i].bits;
    for (let w = 0; w < words; w++) bits[w] |= b[w];
  }
  return { span, from, to, bits };
}

// Sentences that hold a lexicon word, per block and lexicon: every claim rule
// of a rule set reads the same analysis. It is kept on the block itself, not
// in a WeakMap: a WeakMap entry per block made every young-generation GC
// walk them (scavenges took half as long again).

/**
 * Sentences are cut as readingSentences cuts them (a line break that goes on
 * is a comma here already) and clauses at CLAUSE_STOP; a unit
 * holds the tokens that start in it. Only sentences with a token are kept.
 */
function analyse(lexicon: LexiconIndex, block: Block): Analysis {
  // Kept on the remembered block (language server): a block moved by an edit above it has the same text.
  const key = block.origin ?? block;
  const kept = key.analysis as { lexicon: LexiconIndex; a: Analysis } | undefined;
  if (kept && kept.lexicon === lexicon) return kept.a;
  const text = softBreaksAsCommas(block.folded);
  const tokens = lexicon.tokens(text);
  if (!tokens.length) {
    key.analysis = { lexicon, a: NO_SENTENCES };
    return NO_SENTENCES;
  }
  const words = lexicon.classWords;
  const sentences: Sentence[] = [];
  const bits: ClassBits = new Array(words).fill(0);
  let k = 0; // the first token not yet placed in a sentence
  const reading = readingSentences(text);
  for (const span of reading) {
    if (k >= tokens.length) break;
    while (k < tokens.length && tokens[k].start < span.start) k++;
    let to = k;
    while (to < tokens.length && tokens[to].start < span.end) to++;
    if (to === k) continue;
    const sentence = unitOf(span, tokens, k, to, words);
    for (let w = 0; w < words; w++) bits[w] |= sentence.bits[w];
    sentences.push(sentence);
    k = to;
  }
  markQuotations(text, tokens, sentences, words);
  const hit = { text, tokens, sentences, bits, words, reading };
  key.analysis = { lexicon, a: hit };
  return hit;
}

/** Marks that open and close a quotation of several sentences (single quotes are apostrophes too often). */
const QUOTATION_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"' };

/**
 * Gives each sentence that starts inside a quotation opened by an earlier sentence the classes of that sentence's
 * words before the opening mark (Sentence.quotedAfter). One pass over the text and the sentences; a quotation left
 * open at a line break or the block's end carries nothing.
 */
function markQuotations(text: string, tokens: Token[], sentences: Sentence[], words: number): void {
  if (sentences.length < 2) return;
  let si = 0;
  // Per closing mark, where the last search for it stopped (the mark or a line break): searches only move forward.
  const stop: Record<string, number> = {};
  for (let i = 0; i < text.length; i++) {
    // Read by code first: a one-character string and a property lookup per character cost more than the rest.
    const code = text.charCodeAt(i);
    if (code !== 0x201c && code !== 0x300c && code !== 0x300e && code !== 0x22) continue;
    const close = QUOTATION_PAIRS[text[i]];
    if (close === undefined) continue;
    let j = stop[close] ?? -1;
    if (j <= i) {
      j = i + 1;
      while (j < text.length && text[j] !== close && text[j] !== '\n') j++;
      stop[close] = j;
    }
    if (j >= text.length || text[j] !== close) continue;
    // The sentence the quotation opens in, then those that start inside it.
    while (si < sentences.length && sentences[si].span.end <= i) si++;
    const opening = sentences[si];
    if (opening && opening.span.start <= i) {
      let to = opening.from;
      while (to < opening.to && tokens[to].start < i) to++;
      if (to > opening.from) {
        const before = unitOf(opening.span, tokens, opening.from, to, words).bits;
        for (let n = si + 1; n < sentences.length && sentences[n].span.start < j; n++) sentences[n].quotedAfter = before;
      }
    }
    i = j;
  }
}

/**
 * The classes of the words before the quotation that the sentence at `at` (an offset of block.folded) sits in, when
 * that quotation opened in an earlier sentence (Sentence.quotedAfter); undefined otherwise. For the claim model's gate.
 */
export function quotationLeadAt(lexicon: LexiconIndex, block: Block, at: number): ClassBits | undefined {
  const { sentences } = analyse(lexicon, block);
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].span.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.span.start <= at ? s.quotedAfter : undefined;
}

/**
 * The block's text as the claim rules read it (a line that goes on as a comma) and its reading sentences, for the
 * claim model: those of the rules' analysis, cut once for both.
 */
export function readingOf(lexicon: LexiconIndex, block: Block): { text: string; reading: readonly Span[] } {
  const a = analyse(lexicon, block);
  if (a.reading) return { text: a.text, reading: a.reading };
  const text = softBreaksAsCommas(block.folded);
  return { text, reading: readingSentences(text) };
}

/**
 * The block's lexicon words, read once per block and lexicon for every rule
 * that reads them (claim and juxtaposed rules); offsets are those of block.folded.
 */
export function blockTokens(lexicon: LexiconIndex, block: Block): Token[] {
  return analyse(lexicon, block).tokens;
}


/** The analysed blocks of a document that hold a lexicon word, and the classes of all their words. */
interface DocAnalysis {
  lexicon: LexiconIndex;
  blocks: AnalysedBlock[];
  bits: ClassBits;
}

interface AnalysedBlock {
  block: Block;
  a: Analysis;
  /** The heading or lead-in the block is read under (sectionLeadOf; the block itself when it is one), or undefined before the first. */
  lead: string | undefined;
  /** A short block under a lead naming who the product does not suit (哪些人不太适合): it describes people, not the product. */
  unsuited: boolean;
}

/** UNSUITED_LEAD's bits, once per lexicon. */
const unsuitedBits = new WeakMap<LexiconIndex, ClassBits>();

const docAnalyses = new WeakMap<ProseDocument, DocAnalysis>();

/** Every claim rule of a document reads the same list: blocks without a word are left out once. */
function analyseDoc(lexicon: LexiconIndex, doc: ProseDocument): DocAnalysis {
  const hit = docAnalyses.get(doc);
  if (hit && hit.lexicon === lexicon) return hit;
  const words = lexicon.classWords;
  const out: DocAnalysis = { lexicon, blocks: [], bits: new Array(words).fill(0) };
  let unsuitedLead = unsuitedBits.get(lexicon);
  if (!unsuitedLead) unsuitedBits.set(lexicon, (unsuitedLead = lexicon.classBits([UNSUITED_LEAD])));
  let lead: string | undefined;
  let leadUnsuits = false;
  for (const block of doc.blocks) {
    const a = analyse(lexicon, block);
    // A lead with no word still ends the section before it (六、投保须知 after a list of who it does not suit).
    const own = sectionLeadOf(block.folded);
    if (own !== undefined) {
      lead = own;
      leadUnsuits = overlaps(unsuitedLead, a.bits);
    }
    if (!a.sentences.length) continue;
    const unsuited = leadUnsuits && own === undefined && block.folded.length <= UNSUITED_ITEM_LENGTH;
    out.blocks.push({ block, a, lead, unsuited });
    for (let w = 0; w < words; w++) out.bits[w] |= a.bits[w];
  }
  docAnalyses.set(doc, out);
  return out;
}

/** The clauses of a sentence, each with the sentence's tokens that start in it (possibly none). */
function clausesOf(a: Analysis, text: string, sentence: Sentence): Unit[] {
  if (sentence.clauses) return sentence.clauses;
  const { tokens, words } = a;
  const out: Unit[] = [];
  let k = sentence.from;
  let s = sentence.span.start;
  const add = (span: Span) => {
    while (k < sentence.to && tokens[k].start < span.start) k++;
    let end = k;
    while (end < sentence.to && tokens[end].start < span.end) end++;
    out.push(unitOf(span, tokens, k, end, words));
    k = end;
  };
  for (let i = sentence.span.start; i < sentence.span.end; i++) {
    // A dash parts clauses only before a turn (跟买保险没关系——不过得今天签了才能领): as a stop everywhere
    // it split more claims than it helped.
    if (CLAUSE_STOP[text.charCodeAt(i)] || (text.charCodeAt(i) === 0x2014 && text.charCodeAt(i + 1) !== 0x2014 && DASH_TURN.test(text.slice(i + 1, i + 3)))) {
      add({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (sentence.span.end > s) add({ start: s, end: sentence.span.end });
  return (sentence.clauses = out);
}

/** Can some claim of the rule hold where these classes occur (an exchange's question and reply both among them)? */
function canHold(c: Compiled, bits: ClassBits): boolean {
  // No class of any of the rule's sets (so for most rules in most blocks): present() would be all 0.
  if (!c.sets.meets(bits)) return c.needsNone;
  const present = c.sets.present(bits);
  const need = c.holdable;
  const words = present.length;
  // covers() written out: a call per claim (the CLI's inlining budget leaves it one) was most of this function's work,
  // and nearly every call answers no. Most rules have at most 32 sets: one word per claim.
  if (words === 1) {
    const p = present[0];
    for (let i = 0; i < need.length; i++) if ((p & need[i]) === need[i]) return true;
    return false;
  }
  for (let at = 0; at < need.length; at += words) {
    let k = 0;
    while (k < words && (present[k] & need[at + k]) === need[at + k]) k++;
    if (k === words) return true;
  }
  return false;
}

/** Masks of `words` numbers each, one after another in one array. */
function concatenated(masks: readonly Int32Array[], words: number): Int32Array {
  const out = new Int32Array(masks.length * words);
  for (let i = 0; i < masks.length; i++) out.set(masks[i], i * words);
  return out;
}

/** Can the claim hold where these classes occur: one class of each of its sets? */
function mayHold(claim: CompiledClaim, bits: ClassBits): boolean {
  for (let i = 0; i < claim.all.length; i++) if (!overlaps(claim.all[i], bits)) return false;
  return true;
}

/**
 * A token counts unless a negation governs it: the negation ends at most a few
 * characters before it in the same clause, with no other word in between,
 * or heads a list it belongs to (不设任何赠品、抽奖或返现).
 */
function negated(tokens: Token[], i: number, c: Compiled, text: string): boolean {
  const negation = c.negation;
  if (quotedAfterNegation(tokens, i, negation, text) || deniedSaying(tokens, i, negation, text)) return true;
  let cur = tokens[i];
  for (let j = i - 1; j >= 0; j--) {
    const n = tokens[j];
    if (n.end > cur.start) continue; // an overlapping pattern match
    const between = text.slice(n.end, cur.start);
    if (CLAUSE_END.test(between)) return false;
    // A negation before a modifier (不停工的印钞机) leaves the noun after 的 alone.
    // (不是您说的“本金” still denies the word said).
    // A copula's negation denies the whole phrase after it, modifier and all (不是您的收益承诺).
    if (hasClass(n, negation)) {
      // A negation inside a quoted name (「鑫享未来」可比这多) does not reach out of it.
      if (/[”」』’]/.test(between)) return false;
      if (COPULA_NEGATION.test(text.slice(n.start, n.end))) return cur.start - n.end <= COPULA_REACH || /任何|、|或/.test(between);
      // 不办就来不及了 is a condition, not a denial of what follows 就.
      if (/就/.test(between)) return false;
      // 签不来, 您不来: the negation takes the verb right after it, not the words after that (签不来我帮你签).
      if (SELF_NEGATED.test(between) && text.slice(n.start, n.end) === '不') return false;
      return (cur.start - n.end <= NEGATION_REACH && !/^[^说讲谓]*的/.test(between)) || /任何|、|或/.test(between);
    }
    if (!LIST_JOINER.test(between)) {
      // A negated verb of promising takes its object with it: 而不是承诺跑赢通胀, 不保证收益翻倍.
      return between.length <= 1 && hasClass(n, c.asserting) && negated(tokens, j, c, text);
    }
    cur = n;
  }
  return false;
}

// A dash breaks a clause too (福利你们想不到——佣金我只留一半): a negation does not reach over it.
const CLAUSE_END = /[，,。！？!?；;：:\n—]/;
/** Verbs and complements a 不 right before them is spent on (签不来, 不去, 看不懂, 拿不动). */
const SELF_NEGATED = /^[来去懂动完起住清及]/;
const COPULA_NEGATION = /^(不是|并不是|并非|而非|而不是|不属于|并不属于|不等于|不等同于|不意味着|并不意味着|不代表|并不代表)$/;

/** What ends a denial's reach besides a clause's end: a space, an ellipsis, an emoji (我也不敢保证😶 有想法的这周定下来). */
const SAYING_END = /[，,。！？!?；;：:\n—…\s]|\p{Extended_Pictographic}/u;
/** How far back a denial of saying (不敢跟您说…) is looked for: a clause's worth. */
const SAYING_REACH = 24;
/** A denial of saying or promising (不敢跟您说, 不能把它说成, 千万别提, 不承诺, 我从没说过, 没办法跟您说) or of any of a kind (不作任何, 不针对任何). */
const DENIED_SAYING = /^(不|没|没有|无|无法|没法|没办法|并不|并没有|从不|从没|从来没|从来没有|从未|绝不|决不|别|千万别|不要|千万不要)(敢|能|会|好|可以|便)?(把[^，。！？；\n]{1,4})?((跟|和|对|向|给)(您|你|客户|大家|各位))?(说|讲|提|承诺|保证|打包票|打保票|担保)(?!假|虚|谎|大话|废话|实话)|^(不|没|没有|无|并不|从不|绝不|不会|不能|不得)[^，。！？；\n]{0,3}任何/;

/**
 * A denial of saying or promising governs the rest of its clause, words between
 * included (我不敢跟您说它收益最高; 嘉宾不针对任何具体产品作推荐; 不承诺它每年都有分红).
 * Read back at most SAYING_REACH characters, so that it stays linear.
 */
function deniedSaying(tokens: Token[], i: number, negation: ClassSet, text: string): boolean {
  const at = tokens[i].start;
  for (let j = i - 1; j >= 0; j--) {
    const n = tokens[j];
    if (n.end > at) continue;
    if (at - n.start > SAYING_REACH || SAYING_END.test(text.slice(n.end, at))) return false;
    if (hasClass(n, negation) && DENIED_SAYING.test(text.slice(n.start, at))) return true;
  }
  return false;
}

// An ASCII ' opens and closes alike: it is read as an opening when scanning back to a quotation's start.
const OPENING = '“「『‘\'';
const CLOSING = '”」』’';

/** Inside a quotation that a negation heads: 拒绝“投保送礼”, 不要相信“保本保息”. */
function quotedAfterNegation(tokens: Token[], i: number, negation: ClassSet, text: string): boolean {
  let q = tokens[i].start - 1;
  for (; q >= 0 && tokens[i].start - q <= 24; q--) {
    const ch = text[q];
    if (OPENING.includes(ch)) break;
    if (CLOSING.includes(ch) || CLAUSE_END.test(ch)) return false;
  }
  if (q < 0 || tokens[i].start - q > 24) return false;
  q = listHead(text, q);
  for (let j = i - 1; j >= 0; j--) {
    const n = tokens[j];
    if (n.end > q) continue;
    return q - n.end <= 1 && hasClass(n, negation);
  }
  return false;
}

/**
 * The opening quote of the first of a list of quotations that ends with the one
 * opening at q (不存在“本金保障”或“固定利息”): one negation heads them all.
 */
function listHead(text: string, q: number): number {
  for (let items = 0; items < 4; items++) {
    const joiner = text.slice(q - 2, q) === '以及' ? 2 : '或、和与及'.includes(text[q - 1] ?? '\n') ? 1 : 0;
    const close = q - 1 - joiner;
    if (!joiner || !CLOSING.includes(text[close] ?? '\n')) return q;
    let open = close - 1;
    while (open >= 0 && close - open <= 24 && !OPENING.includes(text[open]) && !CLAUSE_END.test(text[open])) open--;
    if (open < 0 || !OPENING.includes(text[open])) return q;
    q = open;
  }
  return q;
}

/**
 * True when some token of the set occurs in the tokens and is not negated, nor
 * (given the claim's classes) a part of a longer word of the claim: 只会比演示的高
 * holds 演示, and is still a certainty.
 */
function present(tokens: Token[], set: ClassSet, c: Compiled, text: string, claimed?: ClassSet[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!hasClass(tokens[i], set) || negated(tokens, i, c, text)) continue;
    if (claimed && partOfClaimWord(tokens, tokens[i], claimed)) continue;
    return true;
  }
  return false;
}

/** Does a longer word of one of the claim's classes take this word in (演示 in 只会比演示的高)? */
function partOfClaimWord(tokens: Token[], t: Token, claimed: ClassSet[]): boolean {
  for (const u of tokens) {
    if (u.start <= t.start && t.end <= u.end && u.end - u.start > t.end - t.start && claimed.some((set) => hasClass(u, set))) return true;
  }
  return false;
}

/**
 * Does one word lie within the other? Words that only share an edge (最差也有 and
 * the figure 有3.5, whose pattern starts at its verb) are two words of a claim.
 */
function nested(p: Token, t: Token): boolean {
  return (p.start <= t.start && t.end <= p.end) || (t.start <= p.start && p.end <= t.end);
}

/**
 * The tokens that make the claim in one unit, or null. The first class is the
 * anchor; each other class takes its occurrence nearest the anchor (after
 * the previous one when the claim is ordered). No two words overlap.
 */
function match(claim: CompiledClaim, unit: Token[], sentence: Token[], c: Compiled, text: string): Token[] | null {
  for (const set of claim.none) if (present(unit, set, c, text, claim.all)) return null;
  for (const set of claim.noneInSentence) if (present(sentence, set, c, text)) return null;
  const usable = (t: Token, i: number, set: ClassSet, picked: Token[]) =>
    hasClass(t, set) && !picked.some((p) => nested(p, t)) && !negated(unit, i, c, text);
  // Try each occurrence of the anchor class until one completes the claim.
  for (let a = 0; a < unit.length; a++) {
    if (!usable(unit[a], a, claim.all[0], [])) continue;
    const picked: Token[] = [unit[a]];
    let after = unit[a].end;
    let afterStart = unit[a].start;
    for (const set of claim.all.slice(1)) {
      let best: Token | undefined;
      for (let i = 0; i < unit.length; i++) {
        const t = unit[i];
        // In order: starting after the previous word starts and ending after it ends (an edge may be shared).
        if (claim.ordered && (t.start <= afterStart || t.end <= after)) continue;
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
      afterStart = best.start;
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
  while (s > 0 && !CLAUSE_STOP[text.charCodeAt(s - 1)]) s--;
  let e = at;
  while (e < text.length && !CLAUSE_STOP[text.charCodeAt(e)]) e++;
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
  const shown = quotedSource(ctx.doc, block, from, to);
  const suggestions: Suggestion[] = [];
  // A word's rewording replaces the word; a rule's replaces the whole claim.
  // Rewordings of the word a claim turns on (its first class), never of what it is compared with.
  const worded = anchors.find((t) => t.suggest?.length && t.start >= clause.start && t.start < clause.end) ?? anchor;
  const rewordings = [
    ...(worded.suggest ?? []).map((t) => ({ t, s: worded.start, e: worded.end })),
    ...(rule.suggest ?? []).map((t) => ({ t, s: from, e: to })),
  ];
  for (const { t, s, e } of rewordings) {
    const said = quotedSource(ctx.doc, block, s, e);
    const { text: words } = fillTemplate(t, { ...ctx.facts, match: said });
    const fix: Fix = { range: sourceRange(block, s, e), text: words };
    suggestions.push({ desc: words ? `改为“${words}”` : `删除“${said}”`, fix, preferred: suggestions.length === 0 });
  }
  const [rs, re] = clauseRemoval(text, sentence, clause);
  const removed = quotedSource(ctx.doc, block, rs, re).replace(/^[，,\s]+|[，,\s]+$/g, '');
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
    const lexicon = lexiconOf(rule, env);
    const named = (rule.claims ?? []).map((k: ClaimDef) => ({
      k,
      all: k.all.map(classesOf),
      none: (k.none ?? []).map(classesOf),
      noneInSentence: (k.noneInSentence ?? []).map(classesOf),
      answer: (k.answer ?? []).map(classesOf),
    }));
    const unless = (rule.unless ?? []).map(classesOf);
    const bits = (sets: string[][]) => sets.map((set) => lexicon.classBits(set));
    const offTopic = compileOffTopic(rule);
    checkDefined(rule, lexicon, classRefsOf(rule).flatMap((r) => r.names));
    const numbering = new SetNumbering();
    const numbered = named.map(({ k, all, none, noneInSentence, answer }) => {
      const allBits = bits(all);
      const answerBits = bits(answer);
      return { k, all: allBits, none, noneInSentence, answer: answerBits, allSets: numbering.numbers(allBits), answerSets: numbering.numbers(answerBits) };
    });
    const sets = new ClaimSets(numbering.sets, lexicon.classWords);
    const claims: CompiledClaim[] = numbered.map(({ k, all, none, noneInSentence, answer, allSets }) => ({
      all,
      none: bits(none),
      noneInSentence: bits(noneInSentence),
      scope: k.scope ?? 'clause',
      within: k.within ?? 0,
      ordered: k.ordered ?? false,
      answer,
      selfAnswered: k.selfAnswered ?? false,
      unconceded: unconcededOf(lexicon, noneInSentence, rule.concedes ?? []),
      need: maskOf(allSets, sets.words),
    }));
    const single = claims.filter((k) => !k.answer.length);
    const ordered = [...single.filter((k) => k.scope === 'clause'), ...single.filter((k) => k.scope === 'sentence')];
    const exchanges = claims.filter((k) => k.answer.length);
    const exchangeNeeds = numbered.filter((n) => n.answer.length).map((n) => maskOf([...n.allSets, ...n.answerSets], sets.words));
    const needs = [...ordered.map((k) => k.need), ...exchangeNeeds];
    return {
      lexicon,
      ordered,
      exchanges,
      selfAnswered: exchanges.some((k) => k.selfAnswered),
      sets,
      holdable: concatenated(needs, sets.words),
      needsNone: needs.some((need) => need.every((x) => x === 0)),
      sentenceSets: new Int32Array(sets.words),
      unless: bits(unless),
      offTopic,
      negation: lexicon.classBits(['negation']),
      asserting: lexicon.classBits([ASSERTING]),
      interrogative: lexicon.classBits([INTERROGATIVE]),
      rhetorical: lexicon.classBits([RHETORICAL]),
      rebuttal: lexicon.classBits([REBUTTAL]),
      bareDenial: lexicon.classBits([BARE_DENIAL]),
      report: lexicon.classBits([REPORT]),
      ownStance: lexicon.classBits([OWN_STANCE]),
      turns: (rule.concedes ?? []).length > 0,
      unconceded: unconcededOf(lexicon, unless, rule.concedes ?? []),
      yields: (rule.yields ?? []).map((y) => ({
        to: y.to,
        words: y.words ? lexicon.classBits(y.words.flatMap(classesOf)) : undefined,
        with: y.with ? lexicon.classBits(y.with.flatMap(classesOf)) : undefined,
      })),
    };
  },
  run(c, rule, ctx) {
    const out: RawFinding[] = [];
    const doc = analyseDoc(c.lexicon, ctx.doc);
    if (!canHold(c, doc.bits)) return out;
    for (const { block, a, lead, unsuited } of doc.blocks) {
      // No claim of the rule can hold anywhere in the block: nothing to read. A short list item under a heading of who
      // the product does not suit (哪些人不太适合 / 希望随时支取、追求短期回报的；) describes people, not the product.
      if (!canHold(c, a.bits) || unsuited) continue;
      const text = a.text;
      const sentences = a.sentences;
      // In a regulation or training text, a table's header row, else the heading a list sits under (哪些行为属于代签代抄).
      const header = ctx.coaching ? (tableHeaderOf(text) ?? lead) : undefined;
      for (let si = 0; si < sentences.length; si++) {
        const sentence = sentences[si];
        // A refusal or hedge conceded before a turn (公司不让送，但我私下送您…; 合同写不保证，但实际只会更高)
        // cancels nothing after it: the turn's part is read as the sentence.
        let turn: Sentence | undefined;
        // A quotation of several sentences is said by whoever the words before it name (a report, a question put to the writer).
        if (sentence.quotedAfter && cancels(c, sentence.quotedAfter)) continue;
        if (cancels(c, sentence.bits)) {
          turn = turnOf(c, a, text, sentence) ?? ownTurnOf(c, a, text, sentence);
          if (!turn || cancels(c, turn.bits)) continue;
        }
        if (asking(c, text, sentence) || rebutted(c, a, text, sentence, sentences[si + 1])) continue;
        let byClause = claimsIn(c, a, block, text, turn ?? sentence, rule, ctx);
        // A hedge conceded before a turn (合同上写的不保证，但实际只会比演示的高) keeps no claim after it from holding.
        if (!byClause && !turn && canHold(c, sentence.bits)) {
          const conceded = turnOf(c, a, text, sentence);
          if (conceded) byClause = claimsIn(c, a, block, text, conceded, rule, ctx);
        }
        if (!byClause && si > 0) {
          const lead = leadIn(c, a, block, text, sentences[si - 1], sentence);
          const picked = lead && leadInClaim(c, a, text, lead, sentence);
          if (picked && spokenBy(block, picked[0].start, rule.speakers ?? ctx.speakers)) {
            byClause = new Map([[clauseOf(text, picked[0].start).start, { anchors: [picked[0]], words: picked }]]);
          }
        }
        if (!byClause || offTopicIn(c, text, sentence.span)) continue;
        const coached = ctx.coaching?.tells(text.slice(sentence.span.start, sentence.span.end), header);
        for (const [key, { anchors, words }] of [...byClause].sort((x, y) => x[0] - y[0])) {
          const f = findingFor(block, key, anchors, words, sentence.span, rule, ctx);
          const yieldTo = c.yields.length ? yieldsOf(c, words, tokensOfUnit(a, sentence)) : undefined;
          if (yieldTo) {
            f.yieldTo = yieldTo;
            // A quote's attribution after it (“…分红一年比一年多！”——老客户张女士) is read with it.
            const next = sentences[si + 1];
            const end = next && ATTRIBUTION.test(text.slice(sentence.span.end, next.span.start + 4)) ? next.span.end : sentence.span.end;
            f.sentence = sourceRange(block, sentence.span.start, end);
          }
          out.push(coached ? { ...f, coached } : f);
        }
      }
      if (c.exchanges.length) out.push(...exchangeFindings(c, a, block, rule, ctx, out));
    }
    return out;
  },
};

/** A table block's header row (its first line: a table is one block, a row to a line), or undefined for prose. */
function tableHeaderOf(text: string): string | undefined {
  if (text[0] !== '|') return undefined;
  const end = text.indexOf('\n');
  return end < 0 ? undefined : text.slice(0, end);
}

/**
 * A block that reads as a heading or a list's lead-in: short, and not ending as a sentence or a list item does
 * (**一、哪些行为属于代签代抄**; 以下为反面示例：). The blocks after it are read under it until the next one.
 */
function sectionLeadOf(text: string): string | undefined {
  // Most blocks are longer: no trim for them.
  if (text.length > 60) return undefined;
  const t = text.trimEnd();
  if (t.length === 0 || t.length > 40) return undefined;
  return SENTENCE_OR_ITEM_END.test(t) ? undefined : t;
}
/** A list item under a heading of who the product does not suit: a short description of a person (希望随时支取、追求短期回报的；). */
const UNSUITED_ITEM_LENGTH = 40;
const SENTENCE_OR_ITEM_END = /[。！？!?；;，,、”"」]$/;

/** What opens a quote's attribution: a dash after the closing quote (”——李女士). */
const ATTRIBUTION = /^[”"」』\s]*[—–]/;

/**
 * The rules a finding made of these words gives way to in its sentence (RuleDef.yields), or undefined.
 * A word is of a class when it or a word of the sentence that takes it in is (a pattern's span and a literal's).
 */
function yieldsOf(c: Compiled, words: Token[], sentence: Token[]): string[] | undefined {
  const of = (t: Token, set: ClassSet) => hasClass(t, set) || sentence.some((u) => u.start <= t.start && t.end <= u.end && hasClass(u, set));
  const to = c.yields
    .filter((y) => (!y.words || words.every((t) => of(t, y.words!))) && (!y.with || words.some((t) => of(t, y.with!))))
    .flatMap((y) => y.to);
  return to.length ? to : undefined;
}

/** The classes of these sets but those conceded, as class bits. */
function unconcededOf(lexicon: LexiconIndex, sets: string[][], concedes: string[]): ClassBits {
  const conceded = new Set(concedes.flatMap(classesOf));
  return lexicon.classBits([...new Set(sets.flat())].filter((name) => !conceded.has(name)));
}

type ByClause = Map<number, { anchors: Token[]; words: Token[] }>;

/** The rule's claims in a sentence (or a turn's part of one), keyed by the clause each is reported in. */
function claimsIn(c: Compiled, a: Analysis, block: Block, text: string, sentence: Sentence, rule: RuleDef, ctx: CheckContext): ByClause | undefined {
  // A sentence-wide claim joins a finding already made in the sentence.
  let byClause: ByClause | undefined;
  const present = c.sentenceSets;
  present.set(c.sets.present(sentence.bits));
  for (const k of c.ordered) {
    if (!covers(present, k.need) || (sentence.head && overlaps(sentence.head, k.unconceded))) continue;
    const units = k.scope === 'sentence' ? [sentence] : clausesOf(a, text, sentence);
    for (const unit of units) {
      if (unit !== sentence && !mayHold(k, unit.bits)) continue;
      const picked = match(k, tokensOfUnit(a, unit), tokensOfUnit(a, sentence), c, text);
      if (!picked || !spokenBy(block, picked[0].start, rule.speakers ?? ctx.speakers)) continue;
      // Reported in the clause of its first class's word (the claim's verb, as rules order them).
      const key = clauseOf(text, picked[0].start).start;
      byClause ??= new Map();
      const entry = byClause.get(key) ?? (k.scope === 'sentence' ? byClause.values().next().value : undefined);
      if (entry) {
        entry.anchors.push(picked[0]);
        entry.words.push(...picked);
      } else byClause.set(key, { anchors: [picked[0]], words: picked });
    }
  }
  return byClause;
}

/**
 * After a report of what others said or were penalised for, the part from the clause that opens with the writer's own
 * stance on (别家被罚是吹牛，|我们说的是实话：这是全市唯一一款…; 隔壁行被罚了，|咱们可不这么说——咱们这个就是换个地方存钱),
 * as a sentence of its own; undefined when there is none. The report stays with what it reports.
 */
function ownTurnOf(c: Compiled, a: Analysis, text: string, sentence: Sentence): Sentence | undefined {
  if (!overlaps(sentence.bits, c.report) || !overlaps(sentence.bits, c.ownStance)) return undefined;
  const clauses = clausesOf(a, text, sentence);
  for (let j = 1; j < clauses.length; j++) {
    const clause = clauses[j];
    if (clause.from >= sentence.to || clause.from >= clause.to) continue;
    const first = a.tokens[clause.from];
    // The stance opens the clause: nothing but quotes and white space before its first word (a pattern's word may
    // share its start with a shorter one: 我 and 我们说的是实话).
    let opens = false;
    for (let k = clause.from; k < clause.to && a.tokens[k].start === first.start && !opens; k++) opens = overlaps(a.tokens[k].bits, c.ownStance);
    if (!opens || text.slice(clause.span.start, first.start).trim().replace(QUOTES_BEFORE, '') !== '') continue;
    return overlaps(headOf(a, sentence, clause), c.report) ? restFrom(a, sentence, clauses, j) : undefined;
  }
  return undefined;
}

/** Words that turn a clause against what came before it (但是, 可是, 只不过): what the speaker holds to. */
const TURNS = '但|可是|不过|然而';
/**
 * This product set against the other once it has been told apart (这个跟基金不一样，基金会亏，这个比基金稳多了): the
 * clause that opens with it turns as 但 does.
 */
const OWN_SIDE = '(这个|这款|这份|它|我们这个|咱这个)比';
/** A sentence that may hold a turn, and a clause that opens with one, built from the one list. */
const TURN_WORD = new RegExp(`${TURNS}|${OWN_SIDE}`);
const TURN = new RegExp(`^[\\s“”"'‘’「」『』]*(只?(${TURNS})|${OWN_SIDE})`);
/** A turn right after a dash (——不过…). */
const DASH_TURN = new RegExp(`^(${TURNS})`);

/**
 * The part of a sentence from its last turning clause on (虽然公司说不让送东西，|但您签完我自己掏钱给您买个按摩仪),
 * as a sentence of its own; undefined when there is none, or when the sentence reports
 * (经查，…虽告知不保本，但仍称…: a report's context reaches over the whole sentence).
 */
function turnOf(c: Compiled, a: Analysis, text: string, sentence: Sentence): Sentence | undefined {
  if (!c.turns || overlaps(sentence.bits, c.report) || !TURN_WORD.test(text.slice(sentence.span.start, sentence.span.end))) return undefined;
  const clauses = clausesOf(a, text, sentence);
  for (let j = clauses.length - 1; j >= 1; j--) {
    const clause = clauses[j];
    if (!TURN.test(text.slice(clause.span.start, clause.span.end))) continue;
    if (clause.from >= sentence.to) return undefined;
    // What comes before the turn may hold only what the rule lets a turn concede (不让送, not 储蓄国债).
    const head = headOf(a, sentence, clause);
    if (overlaps(head, c.unconceded)) return undefined;
    const turn = restFrom(a, sentence, clauses, j);
    turn.head = head;
    return turn;
  }
  return undefined;
}

/** The class bits of a sentence's words before a clause of it. */
function headOf(a: Analysis, sentence: Sentence, clause: Unit): ClassBits {
  return unitOf({ start: sentence.span.start, end: clause.span.start }, a.tokens, sentence.from, clause.from, a.words).bits;
}

/** The part of a sentence from its j-th clause on, as a sentence of its own. */
function restFrom(a: Analysis, sentence: Sentence, clauses: Unit[], j: number): Sentence {
  const rest: Sentence = unitOf({ start: clauses[j].span.start, end: sentence.span.end }, a.tokens, clauses[j].from, sentence.to, a.words);
  rest.clauses = clauses.slice(j);
  return rest;
}

/** Is the sentence about something else (an `offTopic` entry's `about` in it, none of its `notAbout`)? Read only where a claim held. */
function offTopicIn(c: Compiled, text: string, span: Span): boolean {
  return c.offTopic.length > 0 && isOffTopic(c.offTopic, text.slice(span.start, span.end));
}

/** Does a unit hold a class of the rule's `unless` (a context that cancels it)? */
function cancels(c: Compiled, bits: ClassBits): boolean {
  for (const set of c.unless) if (overlaps(set, bits)) return true;
  return false;
}

const QUESTION = /[？?]/;
/** Marks that end a lead-in the next sentence goes on from: a question, or an exclamation (存款利率又降了！这里还是3.5%). */
const EXCLAIMED = /[？?！!]/;

/** Does the span end with a question mark (trailing white space and closing quotes aside)? Scanned, not sliced: it runs per sentence. */
function endsAsQuestion(text: string, span: Span): boolean {
  return endsWith(text, span, QUESTION);
}

/** Does the span's last mark (trailing white space and closing quotes aside) match `marks`? */
function endsWith(text: string, span: Span, marks: RegExp): boolean {
  let i = span.end - 1;
  while (i >= span.start && TRAILING.test(text[i])) i--;
  return i >= span.start && marks.test(text[i]);
}

/** Every quote mark, opening or closing (OPENING, CLOSING), and ASCII's double one. */
const QUOTE_MARKS = `${OPENING}${CLOSING}"`;
/** Quote marks and white space at a clause's start. */
const QUOTES_BEFORE = new RegExp(`^[\\s${QUOTE_MARKS}]+`);
/** White space and closing quotes after a sentence's last mark (客户：“这个比存款高吧？”). */
const TRAILING = new RegExp(`[\\s${CLOSING}"']`);
/** What may stand between a question and the sentence after it: white space and quotes (？”经理：“…). */
const BETWEEN = new RegExp(`[\\s${QUOTE_MARKS}]`);

/** Does the sentence come right after one ending in one of `marks` (a question), with only white space, quotes or more marks between? */
function followsQuestion(text: string, question: Sentence, next: Sentence, marks = QUESTION): boolean {
  if (!endsWith(text, question.span, marks)) return false;
  // 存款利率又降了！！这里还是3.5%: the second ！ makes no sentence of its own.
  for (let i = question.span.end; i < next.span.start; i++) if (!BETWEEN.test(text[i]) && !marks.test(text[i])) return false;
  return true;
}

/** The first clause of a sentence that says something: not empty, not a speaker's label (销售：). */
function openingClause(a: Analysis, text: string, sentence: Sentence): Unit | undefined {
  return clausesOf(a, text, sentence).find((cl) => {
    // A quote's closing mark may open the sentence after it (“…吧？”经理：“…”).
    const said = text.slice(cl.span.start, cl.span.end).trim().replace(QUOTES_BEFORE, '');
    return said !== '' && !SPEAKER_LABEL.test(said);
  });
}

/**
 * A question that asks (账户里的钱每年能涨多少？ 和定期比哪个好？) claims nothing; one that
 * only pretends to ask (难道不是稳赚不赔吗？) does.
 */
function asking(c: Compiled, text: string, sentence: Sentence): boolean {
  if (!endsAsQuestion(text, sentence.span)) return false;
  return (overlaps(sentence.bits, c.interrogative) && !overlaps(sentence.bits, c.rhetorical)) || quotedQuestion(text, sentence.span);
}

/** What may come before a quoted question at its sentence's start: white space, list marks, bold. */
const BEFORE_QUOTE = /^[\s*_>\-•·]*(?:[0-9０-９一二三四五六七八九十]{1,2}[.、．)）]\s*)?(?:Q[：:]\s*|问[：:]\s*)?[“"「『]/;

/**
 * A question quoted whole, as an FAQ or a post puts what it is asked (**“这个能保证收益吗？”** 增额终身寿是…):
 * someone else's question, not the writer's claim. The sentence opens with the quote and ends at the question mark
 * that closes it, with no closing mark before.
 */
function quotedQuestion(text: string, span: Span): boolean {
  const body = text.slice(span.start, span.end);
  const open = BEFORE_QUOTE.exec(body);
  if (!open || body.length - open[0].length > 60) return false;
  const inner = body.slice(open[0].length);
  // A saying quoted whole and queried («年金天花板»？你睇清楚啲啦…): the quote, then only the question.
  if (QUERIED_QUOTE.test(inner)) return true;
  return !CLOSING_MARK.test(inner) && CLOSING_MARK.test(text[span.end] ?? '');
}

/** QUOTATION_PAIRS' closing marks, as a character class's contents. */
const CLOSERS = [...new Set(Object.values(QUOTATION_PAIRS))].join('');
/** A quotation's closing mark. */
const CLOSING_MARK = new RegExp(`[${CLOSERS}]`);
/** A quotation's rest that closes it and only asks (年金天花板」？; 保本”吗？): the text is folded, so 嗎 reads as 吗. */
const QUERIED_QUOTE = new RegExp(`^[^${CLOSERS}\\n]{1,20}[${CLOSERS}](吗|呢)?[？?]\\s*$`);

/**
 * A rhetorical question the same speaker goes on from (不想让钱在银行里“躺平”？这款年金让同样的钱多赚一点。):
 * the question right before the sentence, not a customer's, and not one that cancels the rule.
 */
function leadIn(c: Compiled, a: Analysis, block: Block, text: string, lead: Sentence, sentence: Sentence): Sentence | undefined {
  if (!followsQuestion(text, lead, sentence, EXCLAIMED) || cancels(c, lead.bits)) return undefined;
  const at = a.tokens[sentence.from].start;
  if (speakerAt(block, at) === 'customer' || speakerAt(block, a.tokens[lead.from].start) !== speakerAt(block, at)) return undefined;
  return lead;
}

/** The words of a sentence-wide claim made by the question and the sentence together, those of the sentence only. */
function leadInClaim(c: Compiled, a: Analysis, text: string, lead: Sentence, sentence: Sentence): Token[] | null {
  const tokens = [...tokensOfUnit(a, lead), ...tokensOfUnit(a, sentence)];
  const bits = lead.bits.map((b, w) => b | sentence.bits[w]);
  for (const k of c.ordered) {
    if (k.scope !== 'sentence' || !mayHold(k, bits)) continue;
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
function rebutted(c: Compiled, a: Analysis, text: string, question: Sentence, next: Sentence | undefined): boolean {
  if (!next || !followsQuestion(text, question, next)) return false;
  if (cancels(c, next.bits)) return true;
  const opening = openingClause(a, text, next);
  if (!opening) return false;
  return overlaps(opening.bits, c.rebuttal) || (overlaps(opening.bits, c.bareDenial) && saysOnly(a, text, opening, c.bareDenial));
}

/** Marks, spaces, quotes and the particles that may close a bare answer (没有的啦, 冇呀; not 没有嘛, which agrees with a rhetorical question: 您见过哪家分红分到零的？没有嘛！). */
const AROUND_ANSWER = /[\s\p{P}\p{S}的啦呢哦啊呀哈喔咯噢]/gu;

/**
 * Does the clause say nothing but one word of the class (没有的。 不确定，…)? 没有 alone
 * answers no; 没有问题 or 不会亏 says more, and is read as it stands.
 */
function saysOnly(a: Analysis, text: string, clause: Unit, set: ClassSet): boolean {
  // An opening clause is never a speaker's label (openingClause), nor holds one: clauses end at its colon.
  const said = text.slice(clause.span.start, clause.span.end).replace(AROUND_ANSWER, '');
  return tokensOfUnit(a, clause).some((t) => hasClass(t, set) && text.slice(t.start, t.end).replace(AROUND_ANSWER, '') === said);
}

/**
 * Claims a seller makes by answering a customer's question: the question holds
 * the claim's `all` classes (a question has no negation to honour: 会不会亏),
 * the first clause of the reply right after it opens with its `answer` classes.
 */
function exchangeFindings(c: Compiled, a: Analysis, block: Block, rule: RuleDef, ctx: CheckContext, made: RawFinding[]): RawFinding[] {
  const out: RawFinding[] = [];
  const text = a.text;
  const sentences = a.sentences;
  for (let i = 1; i < sentences.length; i++) {
    const question = sentences[i - 1];
    const reply = sentences[i];
    const asked = replyOpening(a, block, text, question, reply);
    if (!asked || (asked.selfAsked && !c.selfAnswered)) continue;
    const { opening, selfAsked } = asked;
    if (opening.to === opening.from) continue;
    if (cancels(c, question.bits) || cancels(c, reply.bits)) continue;
    if (!spokenBy(block, opening.span.start, rule.speakers ?? ctx.speakers)) continue;
    const questionTokens = tokensOfUnit(a, question);
    for (const k of c.exchanges) {
      if (selfAsked && !k.selfAnswered) continue;
      // Every class of `all` in the question, negated or not (a question's 会不会亏 asks, it does not deny).
      if (!k.all.every((set) => overlaps(question.bits, set))) continue;
      if (k.noneInSentence.some((set) => present(questionTokens, set, c, text))) continue;
      const picked = match({ ...k, all: k.answer }, tokensOfUnit(a, opening), tokensOfUnit(a, reply), c, text);
      if (!picked) continue;
      // The reply may make the claim by itself (对，就跟存款一样): reported there already.
      const [rs, re] = sourceRange(block, reply.span.start, reply.span.end);
      if (!made.some((f) => f.start < re && rs < f.end)) out.push(findingFor(block, opening.span.start, picked, picked, reply.span, rule, ctx));
      break;
    }
  }
  return out;
}

/**
 * The first clause of a reply that follows a question directly, or undefined: a customer's question answered by
 * someone else, or (selfAsked) a question the narration asks and answers itself (风险？不存在的。).
 */
function replyOpening(a: Analysis, block: Block, text: string, question: Sentence, reply: Sentence): { opening: Unit; selfAsked: boolean } | undefined {
  if (!followsQuestion(text, question, reply)) return undefined;
  let questionAt = question.span.start;
  while (questionAt < question.span.end && /\s/.test(text[questionAt])) questionAt++;
  const asker = speakerAt(block, questionAt);
  if (asker !== 'customer' && asker !== 'narration') return undefined;
  const body = openingClause(a, text, reply);
  if (!body) return undefined;
  // Past a quote's closing mark and the space after it (“…吧？” 经理：…).
  let at = body.span.start;
  while (at < body.span.end - 1 && BETWEEN.test(text[at])) at++;
  const replier = speakerAt(block, at + 1);
  if (asker === 'customer' ? replier === 'customer' : replier !== 'narration') return undefined;
  return { opening: body, selfAsked: asker === 'narration' };
}
