// The claim model's judgement, after the rules have run: it adds a finding
// where a sentence reads like a violation the rules' words do not reach (the
// same claim in other words), and arbitrates where the rules report two families
// in one sentence (see arbitrate). Each sentence is judged with the sentences
// before and after it, as the corpus items it learnt from are one to three
// sentences. It seldom withdraws a rule's finding that stands alone: a linear
// model reads a sentence that makes two claims (这款产品就是存款，保本保息…) as
// half of each, and tried as a second opinion everywhere it withdrew plain
// violations. Between two families it only drops one it reads as plainly absent
// (below DOUBT): on four parts it had not learnt from, that removed 10 of 72
// false findings and cost 1 of 624 found. Alone, it withdraws a finding only in a
// paragraph, and so a sentence, with no word that could make it about a policy (the pack's
// `claim-anchors` topic: no insurance, product, return, sale, money or customer
// addressed) and that it reads as less likely than not to make the claim (see
// secondOpinion): the rules' generic words (翻倍, 保底, 限量) in everyday posts;
// and in a sentence long enough to read that it reads as unlikely to make it (a
// refusal, a correction, a warning in words no list holds).
import type { Block, ProseDocument } from '../document/index.js';
import { overlaps, type ClassBits, type LexiconIndex } from '../lexicon.js';
import { blockTokens, quotationLeadAt, readingOf } from '../checks/claim.js';
import { classesOf } from '../checks/class-refs.js';
import { spokenBy } from '../checks/find.js';
import { quotedSource, sourceRange, type CheckContext } from '../checks/context.js';
import type { RuleSet } from '../ruleset.js';
import { compileOffTopic, isOffTopic, type OffTopic } from '../checks/off-topic.js';
import type { Finding, Severity } from '../types.js';
import { forEachReadSentence, sumReadSentences } from './features.js';
import { Terms } from '../terms.js';
import { addWeights, threeWordRows, type ClaimModel } from './model.js';

const QUOTE_LIMIT = 40;

/** A sentence whose window reads like a rule's claim: the rule's output, and how sure. */
interface Candidate {
  /** The window's sentence that reads most like the claim, in block.folded (the window's first and last sentence below). */
  start: number;
  end: number;
  /** The window's middle sentence: where a claim the customer's question makes and the seller's answer affirms is reported. */
  middleStart: number;
  middleEnd: number;
  windowStart: number;
  windowEnd: number;
  output: number;
  p: number;
}

/**
 * The candidates of a block, in its own text's offsets, worked out once while
 * the block lives (the language server keeps the blocks of unchanged text, and
 * moves them with origin set, so an edit reads only the blocks it touched).
 * Kept on the block itself, as claim.ts keeps its analysis: a WeakMap entry
 * per block cost more to add than the rest of a block's judgement, and every
 * young-generation collection walks them.
 */
interface Judged {
  model: ClaimModel;
  lexicon: LexiconIndex;
  candidates: Candidate[];
  /** Every judged sentence's window: its span in block.folded and each output's logit (outputs × sentences), for arbitrate. */
  windows?: Windows;
  /** Were the windows kept? Only for a block where the rules report two families (most blocks need none). */
  kept: boolean;
}

interface Windows {
  starts: Int32Array;
  ends: Int32Array;
  z: Float32Array;
  /** The window has enough to read (minFeatures). */
  read: Uint8Array;
}

/** Most blocks have no candidate: one shared empty list. */
const NONE: Candidate[] = Object.freeze([]) as unknown as Candidate[];

/**
 * Scratch arrays of candidatesOf, reused from block to block (a typed array
 * per block costs more to allocate than most blocks cost to judge): each
 * sentence's sums, and each window's logits and feature count.
 */
let sumsScratch = new Int32Array(256);
let zScratch = new Float64Array(256);
let countScratch = new Int32Array(32);

function candidatesOf(model: ClaimModel, lexicon: LexiconIndex, block: Block, keepWindows: boolean): Candidate[] {
  // A block the language server moved (an edit above it) has the same text as the one it was read as.
  const key = block.origin ?? block;
  const kept = key.judged as Judged | undefined;
  if (kept && kept.model === model && kept.lexicon === lexicon && (kept.kept || !keepWindows)) return kept.candidates;
  windowsOut = undefined;
  keeping = keepWindows;
  const candidates = judgeBlock(model, lexicon, block);
  key.judged = { model, lexicon, candidates, windows: windowsOut, kept: keepWindows } satisfies Judged;
  return candidates;
}

/** Should judgeBlock keep the windows it reads (a module slot, as windowsOut)? */
let keeping = false;

/** The windows judgeBlock last read, when it read any (a module slot: a returned pair would allocate per block). */
let windowsOut: Windows | undefined;

/** The windows of a block candidatesOf has judged. */
function windowsOf(block: Block): Windows | undefined {
  return ((block.origin ?? block).judged as Judged | undefined)?.windows;
}

/**
 * The block's sentences judgeBlock has summed so far, in module slots as the scratch arrays above (a closure and three
 * lists per block were most of a block's garbage here): their spans, feature counts and the model summing them.
 */
let sentenceCount = 0;
let startsScratch = new Int32Array(32);
let endsScratch = new Int32Array(32);
let featureCounts = new Int32Array(32);
let summing: ClaimModel | undefined;

/** The next sentence's index, the scratch arrays grown to hold it and its n sums (sumsScratch[k * n …]). */
function nextSentence(n: number): number {
  const k = sentenceCount++;
  const at = k * n;
  if (sumsScratch.length < at + n) {
    const bigger = new Int32Array(Math.max(sumsScratch.length * 2, at + n));
    bigger.set(sumsScratch.subarray(0, at));
    sumsScratch = bigger;
  }
  if (k === startsScratch.length) {
    startsScratch = doubled(startsScratch);
    endsScratch = doubled(endsScratch);
    featureCounts = doubled(featureCounts);
  }
  return k;
}

/** forEachReadSentence's visitor for judgeBlock: one sentence's sums into sumsScratch, its span and count after the others. */
function addSentence(start: number, end: number, features: Int32Array): void {
  const model = summing!;
  const n = model.outputs.length;
  const k = nextSentence(n);
  const at = k * n;
  sumsScratch.fill(0, at, at + n);
  featureCounts[k] = addWeights(model, features, sumsScratch, at);
  startsScratch[k] = start;
  endsScratch[k] = end;
}

/** One sentence's sums from sumReadSentences, before addSummed copies them after the others'. */
let sentenceSums = new Int32Array(16);

/** sumReadSentences' visitor for judgeBlock: as addSentence, the sums summed already (in sentenceSums). */
function addSummed(start: number, end: number, count: number): void {
  const n = summing!.outputs.length;
  const k = nextSentence(n);
  const at = k * n;
  const sums = sumsScratch;
  const from = sentenceSums;
  for (let o = 0; o < n; o++) sums[at + o] = from[o];
  featureCounts[k] = count;
  startsScratch[k] = start;
  endsScratch[k] = end;
}

function doubled(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Apart from candidatesOf: its closure's context would be allocated on every call, kept blocks' too. */
function judgeBlock(model: ClaimModel, lexicon: LexiconIndex, block: Block): Candidate[] {
  const n = model.outputs.length;
  const { text, reading } = readingOf(lexicon, block);
  sentenceCount = 0;
  summing = model;
  const rows3 = threeWordRows(model);
  if (rows3) {
    if (sentenceSums.length < n) sentenceSums = new Int32Array(n);
    sumReadSentences(text, reading, blockTokens(lexicon, block), model.buckets, rows3, sentenceSums, n, addSummed);
  } else forEachReadSentence(text, reading, blockTokens(lexicon, block), model.buckets, addSentence);
  const starts = startsScratch;
  const ends = endsScratch;
  const counts = featureCounts;
  // Each window's score for each output, as the logit (compared with the threshold's logit: no exp for the rest).
  const m = sentenceCount;
  if (zScratch.length < m * n) zScratch = new Float64Array(Math.max(zScratch.length * 2, m * n));
  if (countScratch.length < m) countScratch = new Int32Array(Math.max(countScratch.length * 2, m));
  const sums = sumsScratch;
  const z = zScratch;
  const windowCount = countScratch;
  for (let i = 0; i < m; i++) {
    const a = Math.max(0, i - 1);
    const b = Math.min(m - 1, i + 1);
    let count = 0;
    for (let k = a; k <= b; k++) count += counts[k];
    windowCount[i] = count;
    const norm = count ? 1 / Math.sqrt(count) : 0;
    for (let o = 0; o < n; o++) {
      let sum = 0;
      for (let k = a; k <= b; k++) sum += sums[k * n + o];
      z[i * n + o] = model.outputs[o].bias + model.outputs[o].scale * sum * norm;
    }
  }
  const { report, minFeatures } = model.thresholds;
  const logit = Math.log(report / (1 - report));
  if (keeping && m > 0) {
    const read = new Uint8Array(m);
    for (let i = 0; i < m; i++) read[i] = windowCount[i] >= minFeatures ? 1 : 0;
    windowsOut = { starts: starts.slice(0, m), ends: ends.slice(0, m), z: Float32Array.from(z.subarray(0, m * n)), read };
  }
  let candidates: Candidate[] = NONE;
  for (let i = 0; i < m; i++) {
    // A window with little to read (a heading alone in its block: 五、确认投保, 稳稳的幸福) is not
    // judged: the corpus's short items are mostly violations, so the model reads any title as one.
    if (windowCount[i] < minFeatures) continue;
    for (let o = 0; o < n; o++) {
      const v = z[i * n + o];
      if (v < logit) continue;
      // The best window of its neighbours only: their windows hold the same sentences.
      if ((i > 0 && z[(i - 1) * n + o] > v) || (i + 1 < m && z[(i + 1) * n + o] > v)) continue;
      // Reported at the window's sentence that reads most like the claim, not at its middle: a
      // window of a short line (今天就讲到这里。) and the claim after it is best at the short line.
      const a = Math.max(0, i - 1);
      const b = Math.min(m - 1, i + 1);
      let k = i;
      for (let j = a; j <= b; j++) if (sums[j * n + o] > sums[k * n + o]) k = j;
      if (candidates === NONE) candidates = [];
      candidates.push({
        start: starts[k],
        end: ends[k],
        middleStart: starts[i],
        middleEnd: ends[i],
        windowStart: starts[Math.max(0, i - 1)],
        windowEnd: ends[Math.min(m - 1, i + 1)],
        output: o,
        p: 1 / (1 + Math.exp(-v)),
      });
    }
  }
  return candidates;
}

export interface JudgementOptions {
  /** Rules that run on this document: the model reports only under those. */
  active: ReadonlySet<string>;
  /** Severity of the findings the model adds. */
  severity: Severity;
}

/**
 * Where the rules would not report a claim of theirs, the model does not either:
 * the context classes a rule names in `unless` (a report, a warning, a statistic,
 * a refusal to compare; without them the model read the violation quoted in
 * 某银行因销售人员宣称“保本保息”被罚款 as the violation), and its `offTopic`
 * sentences (the bank's own deposit described with no word of insurance). And
 * in a table that lacks what a rule's claim needs (`modelNeeds`: a comparison's
 * other side, a deposit, savings or the bank), the model reads no such claim
 * into its rows of figures (monthly settlement rates, a fund's yearly returns).
 * Only in tables: in prose the model finds the other side in words no class
 * holds (那边, 卡里, CD, MPF), and gating it there lost 19 of those.
 */
interface Gate {
  context: ClassBits;
  offTopic: OffTopic;
  /** The rule's `modelNeeds`: in a table, one of these classes must be somewhere in it; null: no such need. */
  needs: ClassBits | null;
}
const gates = new WeakMap<RuleSet, Map<string, Gate>>();
function gateOf(ruleSet: RuleSet, lexicon: LexiconIndex, rule: string): Gate {
  let map = gates.get(ruleSet);
  if (!map) gates.set(ruleSet, (map = new Map()));
  let gate = map.get(rule);
  if (!gate) {
    const def = ruleSet.rules.find((r) => r.def.id === rule)?.def;
    const known = (refs: string[] | undefined) => (refs ?? []).flatMap(classesOf).filter((c) => lexicon.classNames.has(c));
    const needs = known(def?.modelNeeds);
    gate = { context: lexicon.classBits(known(def?.unless)), offTopic: def ? compileOffTopic(def) : [], needs: needs.length ? lexicon.classBits(needs) : null };
    map.set(rule, gate);
  }
  return gate;
}

/** Classes of a reply that does not affirm what the customer asked: a hedge, a refusal to promise, a rebuttal (not doubt about another product: 银行理财净值会波动). */
const REBUTTING = ['hedge', 'promise-refusal', 'rebuttal'];
const rebutting = new WeakMap<LexiconIndex, ClassBits>();
function rebuttingOf(lexicon: LexiconIndex): ClassBits {
  let bits = rebutting.get(lexicon);
  // classBits gives an unknown class no bits: a pack without one of these simply has fewer.
  if (!bits) rebutting.set(lexicon, (bits = lexicon.classBits(REBUTTING)));
  return bits;
}

/** Is the block a table (markdown.ts: one block, a row to a line, cells between bars)? */
const isTable = (block: Block): boolean => block.folded.charCodeAt(0) === 0x7c;

/** Does a class of `bits` occur among the block's words in [from, to)? Found by bisection: a block may hold thousands. */
function holds(lexicon: LexiconIndex, block: Block, from: number, to: number, bits: ClassBits): boolean {
  const tokens = blockTokens(lexicon, block);
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let t = lo; t < tokens.length && tokens[t].start < to; t++) if (overlaps(tokens[t].bits, bits)) return true;
  return false;
}

/**
 * The source ranges reported for one family, sorted by start, with the
 * furthest end so far: whether a range overlaps any of them is one bisection.
 */
class Reported {
  private starts: number[] = [];
  private furthest: number[] = [];
  constructor(ranges: [number, number][]) {
    ranges.sort((a, b) => a[0] - b[0]);
    let far = -1;
    for (const [start, end] of ranges) {
      far = Math.max(far, end);
      this.starts.push(start);
      this.furthest.push(far);
    }
  }
  overlaps(from: number, to: number): boolean {
    // The last range starting before `to`: some range up to it ends after `from`?
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < to) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.furthest[lo - 1] > from;
  }
}

// Each output's family by rule, once per model (judge runs at every keystroke).
const families = new WeakMap<ClaimModel, Map<string, string>>();

/** The rules' findings and those the model adds. */
export function judge(doc: ProseDocument, ctx: CheckContext, ruleSet: RuleSet, findings: Finding[], model: ClaimModel, options: JudgementOptions): Finding[] {
  const lexicon = ruleSet.lexicon;
  if (!lexicon) return findings;
  const outputs = model.outputs;
  let familyOf = families.get(model);
  if (!familyOf) families.set(model, (familyOf = new Map(outputs.map((o) => [o.rule, o.family]))));
  const added: Finding[] = [];
  const byFamily = new Map<string, [number, number][]>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const family = familyOf.get(f.ruleId);
    if (family) (byFamily.get(family) ?? byFamily.set(family, []).get(family)!).push([f.start, f.end]);
  }
  const reported = new Map<string, Reported>();
  byFamily.forEach((ranges, family) => reported.set(family, new Reported(ranges)));
  const ruled = ruledByStart(findings, familyOf);
  const anchors = anchorsOf(ruleSet);
  // Windows are kept where arbitrate or secondOpinion will read them: blocks with a ruled finding.
  const needs = ruled && blocksToJudge(doc, ruled, familyOf, anchors);
  /** Where the model last reported each family: windows come in document order, so a later one can only overlap the last. */
  const lastAdded = new Map<string, number>();
  // Index loops: for-of allocates per block where V8 has not optimised, and over the shared frozen empty list.
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    const candidates = candidatesOf(model, lexicon, block, needs !== undefined && needs[b] === 1);
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      const o = outputs[c.output];
      if (!options.active.has(o.rule)) continue;
      // The sentence that reads most like the claim, or, when someone else (the customer) says it, the window's middle.
      const own = spokenBy(block, c.start, ctx.speakers);
      if (!own && (c.middleStart === c.start || !spokenBy(block, c.middleStart, ctx.speakers))) continue;
      // A reply that hedges or rebuts the customer's words (粉丝：听说能翻三倍？ 博主：那是按最高档演示，实际可能差很多) affirms nothing.
      if (!own && holds(lexicon, block, c.middleStart, c.middleEnd, rebuttingOf(lexicon))) continue;
      const at = own ? c.start : c.middleStart;
      const until = own ? c.end : c.middleEnd;
      const gate = gateOf(ruleSet, lexicon, o.rule);
      if (holds(lexicon, block, c.windowStart, c.windowEnd, gate.context)) continue;
      const lead = quotationLeadAt(lexicon, block, at);
      if (lead && overlaps(lead, gate.context)) continue;
      if (gate.needs && isTable(block) && !holds(lexicon, block, 0, block.folded.length, gate.needs)) continue;
      if (gate.offTopic.length && isOffTopic(gate.offTopic, block.folded.slice(at, until))) continue;
      const [from, to] = sourceRange(block, c.windowStart, c.windowEnd);
      if (reported.get(o.family)?.overlaps(from, to) || (lastAdded.get(o.family) ?? -1) > from) continue;
      const [start, end] = sourceRange(block, at, until);
      const quote = quotedSource(doc, block, at, until).trim().replace(/[。！？!?；;，,]+$/, '');
      const title = ruleSet.meta.get(o.rule)?.title ?? o.rule;
      added.push({
        ruleId: o.rule,
        severity: options.severity,
        message: `这句话读起来像是“${title}”（模型判断，把握 ${Math.round(c.p * 100)}%）：“${quote.length > QUOTE_LIMIT ? `${quote.slice(0, QUOTE_LIMIT)}…` : quote}”。规则没有找到具体的违规措辞，请复核后改写或删除`,
        start,
        end,
        articles: ruleSet.meta.get(o.rule)?.articles ?? [],
        suggestions: [{ desc: '删除这句话', fix: { range: [start, end], text: '' } }],
      });
      lastAdded.set(o.family, end);
    }
  }
  let kept = ruled && ruled.twoFamilies ? arbitrate(doc, findings, ruled, model, familyOf) : findings;
  if (ruled && anchors) kept = secondOpinion(doc, kept, ruled, model, familyOf, anchors);
  return added.length ? [...kept, ...added] : kept;
}

/** The rules' findings of the model's families above info, by start, and whether two families are among them; undefined when there are none. */
function ruledByStart(findings: Finding[], familyOf: Map<string, string>): Ruled | undefined {
  const ruled = [] as unknown as Ruled;
  const seen = new Set<string>();
  for (let i = 0; i < findings.length; i++) {
    const family = familyOf.get(findings[i].ruleId);
    if (family && findings[i].severity !== 'info') {
      ruled.push(findings[i]);
      seen.add(family);
    }
  }
  if (!ruled.length) return undefined;
  ruled.sort((a, b) => a.start - b.start);
  ruled.twoFamilies = seen.size >= 2;
  return ruled;
}

type Ruled = Finding[] & { twoFamilies: boolean };

/**
 * Which blocks keep their windows (1), as far as their first characters' source offsets tell (blocks come in
 * document order): with anchors (the second opinion speaks) every block holding a ruled finding, else those
 * holding findings of two families, for arbitrate.
 */
function blocksToJudge(doc: ProseDocument, ruled: Ruled, familyOf: Map<string, string>, anchors: Terms | null): Uint8Array {
  const blocks = doc.blocks;
  const needs = new Uint8Array(blocks.length);
  let k = 0;
  for (let b = 0; b < blocks.length; b++) {
    const from = blocks[b].text.length ? blocks[b].at(0) : Infinity;
    const to = b + 1 < blocks.length && blocks[b + 1].text.length ? blocks[b + 1].at(0) : Infinity;
    while (k < ruled.length && ruled[k].start < from) k++;
    if (k >= ruled.length || ruled[k].start >= to) continue;
    if (anchors || (ruled.twoFamilies && twoFamiliesFrom(ruled, k, to, familyOf))) needs[b] = 1;
  }
  return needs;
}

/** Below this the model reads a sentence's window as making no claim of a family. */
const DOUBT = 0.1;
/**
 * The families whose findings it may drop: those reviewers confuse with one another (a deposit likened,
 * a return compared or promised or praised, a hurry, a gift). A bank's name or its claim to the product,
 * a signature or an endorsement is a plain fact of the text, however little of a window it fills.
 */
const ARBITRATED = new Set(['deposit', 'comparison', 'guarantee', 'exaggeration', 'pressure', 'inducement']);
/** Rules whose findings stand on figures read on both sides (定存 1.55% ｜ 增额终身寿 3.0%): not dropped for another family the model reads. */
const FIGURED = new Set(['juxtaposed-rates']);
const logitOf = (p: number) => Math.log(p / (1 - p));

/** The model's reading of a family in window i: its most confident output of that family (-Infinity if it has none). */
function familyLogit(outputs: ClaimModel['outputs'], w: Windows, i: number, family: string): number {
  const n = outputs.length;
  let best = -Infinity;
  for (let o = 0; o < n; o++) if (outputs[o].family === family) best = Math.max(best, w.z[i * n + o]);
  return best;
}

/**
 * Where the rules report two families in one sentence, a finding of a family the
 * model reads as plainly absent (below DOUBT) while it reads the other as present
 * (at its report threshold) is dropped: 每年分红都没让我失望——张阿姨 is the
 * testimonial, not a promise of dividends. Only between families, never alone:
 * a finding the rules make by itself stands whatever the model reads.
 */
function arbitrate(doc: ProseDocument, findings: Finding[], ruled: readonly Finding[], model: ClaimModel, familyOf: Map<string, string>): Finding[] {
  const outputs = model.outputs;
  const report = logitOf(model.thresholds.report);
  const doubt = logitOf(DOUBT);
  const dropped = new Set<Finding>();
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    const w = windowsOf(block);
    if (!w) continue;
    for (let i = 0; i < w.starts.length; i++) {
      if (!w.read[i]) continue;
      const [s, e] = sourceRange(block, w.starts[i], w.ends[i]);
      let lo = 0;
      let hi = ruled.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ruled[mid].start < s) lo = mid + 1;
        else hi = mid;
      }
      if (lo >= ruled.length || ruled[lo].start >= e) continue;
      const here: Finding[] = [];
      for (let k = lo; k < ruled.length && ruled[k].start < e; k++) here.push(ruled[k]);
      const families = new Set(here.map((f) => familyOf.get(f.ruleId)!));
      if (families.size < 2) continue;
      const best = new Map<string, number>();
      for (const f of families) best.set(f, familyLogit(outputs, w, i, f));
      for (const f of here) {
        const family = familyOf.get(f.ruleId)!;
        if (!ARBITRATED.has(family) || FIGURED.has(f.ruleId) || best.get(family)! >= doubt) continue;
        for (const other of families) if (other !== family && best.get(other)! >= report) dropped.add(f);
      }
    }
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}

/** The pack topic that names what could make a sentence about a policy (06-topics.yaml). */
const ANCHOR_TOPIC = 'claim-anchors';
const anchorTerms = new WeakMap<RuleSet, Terms | null>();

/** The anchors of the pack that brought the model, or null when it names none (no second opinion). */
function anchorsOf(ruleSet: RuleSet): Terms | null {
  let t = anchorTerms.get(ruleSet);
  if (t === undefined) {
    const spec = ruleSet.modelTopics?.[ANCHOR_TOPIC];
    anchorTerms.set(ruleSet, (t = spec ? new Terms(spec) : null));
  }
  return t;
}

/**
 * Below this the model reads a sentence as less likely than not to make a family's claim.
 * Chosen on dev153-dev156, scored untouched before: at 0.5 it removed 9 of 54 false findings and
 * none of 609 found (0.2: 6; 0.7: 12, one found lost); with the claim model on, it withdrew 2 of
 * the rule tests' 1,300 violations, both anchorless until the anchors held English words and 存款.
 */
const SECOND_OPINION = 0.5;

/**
 * Where a sentence does hold an anchor, the model must read the claim as unlikely (below this) and
 * have read a sentence of at least ANCHORED_LENGTH folded characters: it reads short sentences from
 * a few features, mostly its bias, and so reads plain short violations (经理：这个一定翻倍) as absent.
 * Chosen on dev165-dev168, scored untouched before (found 671, false 52, missed 44 with the model): at
 * 0.2 and 24 characters false 34, found unchanged (0.3: false 31, 3 found lost; 30 characters: false 38;
 * no length floor: false 33 but, with the claim model on, 5 more of the rule tests' violations lost).
 * A sentence where the rules report two families is left to arbitrate: the model reads one that makes
 * two claims as half of each (保本保息，稳赚不赔，跟存定期一样，还比定期多一倍). On dev157-dev164 with a
 * model trained without them (their rules tuned on them): false 73 -> 54, found 1,285 -> 1,283. Tuned
 * parts, model in-sample: false 800 -> 621, found unchanged. With the model on, the rule tests lose one
 * more violation (我行推出新一期大额存单式的年金计划，收益比定期高: deposit read at under 0.2); keeping a
 * finding wherever the model reads any family at 0.5 kept it, and 5 false findings of dev165-dev168.
 */
const ANCHORED_OPINION = 0.2;
const ANCHORED_LENGTH = 24;

/** Do the ruled findings from k that start before end name two families? */
function twoFamiliesFrom(ruled: readonly Finding[], k: number, end: number, familyOf: Map<string, string>): boolean {
  const first = familyOf.get(ruled[k].ruleId);
  for (let j = k + 1; j < ruled.length && ruled[j].start < end; j++) if (familyOf.get(ruled[j].ruleId) !== first) return true;
  return false;
}

/**
 * A rule's finding in a sentence that holds no anchor (nothing of insurance, a product, a return,
 * a sale, money or a customer addressed) is withdrawn where the model reads its family as less
 * likely than not (今年部门业绩第一，年终奖翻倍了; 这套真题刷完，及格线基本是保底了); in a sentence that
 * holds one, where the sentence is long enough to read and the model reads the family as unlikely
 * (评论区有姐妹说“这不就是存钱吗”——不是哈，这是一款年金保险…; 回访员：您提到销售人员说会送您一桶油，
 * 这不符合规定…). A bank's name, a signature or an endorsement is a fact of the text and stays, as in arbitrate.
 */
function secondOpinion(doc: ProseDocument, findings: Finding[], ruled: readonly Finding[], model: ClaimModel, familyOf: Map<string, string>, anchors: Terms): Finding[] {
  const outputs = model.outputs;
  const limit = logitOf(SECOND_OPINION);
  const anchoredLimit = logitOf(ANCHORED_OPINION);
  const dropped = new Set<Finding>();
  let k = 0;
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    const w = windowsOf(block);
    if (!w) continue;
    for (let i = 0; i < w.starts.length; i++) {
      const [s, e] = sourceRange(block, w.starts[i], w.ends[i]);
      while (k < ruled.length && ruled[k].start < s) k++;
      if (k >= ruled.length || ruled[k].start >= e) continue;
      let floor = limit;
      if (anchors.has(block.folded.slice(w.starts[i], w.ends[i]))) {
        if (w.ends[i] - w.starts[i] < ANCHORED_LENGTH || twoFamiliesFrom(ruled, k, e, familyOf)) continue;
        floor = anchoredLimit;
      }
      for (let j = k; j < ruled.length && ruled[j].start < e; j++) {
        const f = ruled[j];
        const family = familyOf.get(f.ruleId)!;
        // A finding reaching past the sentence (a poster's rates, line by line) is not that sentence's to judge.
        if (!ARBITRATED.has(family) || f.end > e) continue;
        if (familyLogit(outputs, w, i, family) < floor) dropped.add(f);
      }
    }
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}
