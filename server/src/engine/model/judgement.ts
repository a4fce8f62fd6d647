// The claim model's judgement, after the rules have run: it adds a finding
// where a sentence reads like a violation the rules' words do not reach (the
// same claim in other words). Each sentence is judged with the sentences
// before and after it, as the corpus items it learnt from are one to three
// sentences. It never withdraws a rule's finding: a linear model reads a
// sentence that makes two claims (这款产品就是存款，保本保息…) as half of each,
// and tried as a second opinion it withdrew plain violations.
import type { Block, ProseDocument } from '../document/index.js';
import type { LexiconIndex } from '../lexicon.js';
import { blockTokens } from '../checks/claim.js';
import { spokenBy } from '../checks/find.js';
import { quotedSource, sourceRange, type CheckContext } from '../checks/context.js';
import { readingSentences } from '../text/sentence.js';
import type { RuleSet } from '../ruleset.js';
import type { Finding, Severity } from '../types.js';
import { sentenceFeatures } from './features.js';
import { addWeights, probabilities, type ClaimModel } from './model.js';

export { CLAIM_MODEL } from '../engine-rules.js';

const QUOTE_LIMIT = 40;

interface Sentence {
  start: number;
  end: number;
  sums: Int32Array;
  count: number;
}

/** A block's sentences with their summed weights, kept while the block lives (the language server reuses blocks). */
const read = new WeakMap<Block, { model: ClaimModel; lexicon: LexiconIndex; sentences: Sentence[] }>();

function sentencesOf(model: ClaimModel, lexicon: LexiconIndex, block: Block): Sentence[] {
  const kept = read.get(block);
  if (kept && kept.model === model && kept.lexicon === lexicon) return kept.sentences;
  const tokens = blockTokens(lexicon, block);
  const sentences: Sentence[] = [];
  for (const s of readingSentences(block.folded)) {
    if (!/\S/.test(block.folded.slice(s.start, s.end))) continue;
    const sums = new Int32Array(model.outputs.length);
    const count = addWeights(model, sentenceFeatures(block.folded, s.start, s.end, tokens, model.buckets), sums);
    sentences.push({ start: s.start, end: s.end, sums, count });
  }
  read.set(block, { model, lexicon, sentences });
  return sentences;
}

/** Each output's probability for the window around every sentence of the block. */
function windowScores(model: ClaimModel, sentences: Sentence[]): { p: Float64Array; count: number }[] {
  const n = model.outputs.length;
  const sums = new Int32Array(n);
  return sentences.map((_, i) => {
    sums.fill(0);
    let count = 0;
    for (let k = Math.max(0, i - 1); k <= Math.min(sentences.length - 1, i + 1); k++) {
      for (let o = 0; o < n; o++) sums[o] += sentences[k].sums[o];
      count += sentences[k].count;
    }
    const p = new Float64Array(n);
    probabilities(model, sums, count, p);
    return { p, count };
  });
}

interface Judged {
  block: Block;
  sentences: Sentence[];
  scores: { p: Float64Array; count: number }[];
}

export interface JudgementOptions {
  /** Rules that run on this document: the model reports only under those. */
  active: ReadonlySet<string>;
  /** Severity of the findings the model adds. */
  severity: Severity;
}

/** The rules' findings and those the model adds. */
export function judge(doc: ProseDocument, ctx: CheckContext, ruleSet: RuleSet, findings: Finding[], model: ClaimModel, options: JudgementOptions): Finding[] {
  const lexicon = ruleSet.lexicon;
  if (!lexicon) return findings;
  const outputs = model.outputs;
  const familyOf = new Map(outputs.map((o) => [o.rule, o.family]));
  const judged: Judged[] = doc.blocks.map((block) => {
    const sentences = sentencesOf(model, lexicon, block);
    return { block, sentences, scores: windowScores(model, sentences) };
  });

  // A window with little to read (a heading alone in its block: 五、确认投保, 稳稳的幸福) is
  // not judged: the corpus's short items are mostly violations, so the model reads any title as one.
  const { report, minFeatures } = model.thresholds;

  // Added: a sentence that reads like a claim of a family none of its rules reported around it.
  const added: Finding[] = [];
  for (const { block, sentences, scores } of judged) {
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (!spokenBy(block, s.start, ctx.speakers)) continue;
      const from = sourceRange(block, sentences[Math.max(0, i - 1)].start, s.end)[0];
      const to = sourceRange(block, s.start, sentences[Math.min(sentences.length - 1, i + 1)].end)[1];
      outputs.forEach((o, k) => {
        const p = scores[i].p[k];
        if (p < report || scores[i].count < minFeatures || !options.active.has(o.rule)) return;
        // The window's best sentence only: its neighbours' windows hold it too.
        if ((i > 0 && scores[i - 1].p[k] > p) || (i + 1 < sentences.length && scores[i + 1].p[k] > p)) return;
        const reported = (f: Finding) => familyOf.get(f.ruleId) === o.family && f.start < to && from < f.end;
        if (findings.some(reported) || added.some(reported)) return;
        const [start, end] = sourceRange(block, s.start, s.end);
        const quote = quotedSource(doc, block, s.start, s.end).trim().replace(/[。！？!?；;，,]+$/, '');
        const title = ruleSet.meta.get(o.rule)?.title ?? o.rule;
        added.push({
          ruleId: o.rule,
          severity: options.severity,
          message: `这句话读起来像是“${title}”（模型判断，把握 ${Math.round(p * 100)}%）：“${quote.length > QUOTE_LIMIT ? `${quote.slice(0, QUOTE_LIMIT)}…` : quote}”。规则没有找到具体的违规措辞，请复核后改写或删除`,
          start,
          end,
          articles: ruleSet.meta.get(o.rule)?.articles ?? [],
          suggestions: [{ desc: '删除这句话', fix: { range: [start, end], text: '' } }],
        });
      });
    }
  }
  return added.length ? [...findings, ...added] : findings;
}
