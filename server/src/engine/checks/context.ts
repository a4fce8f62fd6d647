// What every check kind receives and the helpers they share: ranges from
// prose back to source, message and template filling, insertion points.
import { parseProse, type Block, type ProseDocument } from '../document/index.js';
import type { LexiconIndex } from '../lexicon.js';
import type { RuleDef, KindSelector } from '../packs/model.js';
import { usesCrlf } from '../fix.js';
import { isPlaceholder } from '../config/placeholders.js';
import type { DocumentFacts, Fix, ProductType, Suggestion } from '../types.js';

import type { Coaching } from '../coaching.js';

export interface CheckContext {
  doc: ProseDocument;
  kind: KindSelector;
  product?: ProductType;
  facts: DocumentFacts;
  /** Words the workspace accepts (spelling). */
  words?: Set<string>;
  /** Whose words rules read when a rule does not say: in scripts, not the customer's. */
  speakers?: ('seller' | 'customer' | 'narration')[];
  /**
   * A regulation or training text: claim rules mark the findings of sentences that tell staff to say
   * the claim (统一说“…”; 参考答案：“…”), which are sales coaching, not a quotation.
   */
  coaching?: Coaching;
}

/** A finding before the engine adds rule id, severity and articles. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  related?: string;
  scope?: 'document';
  /** In a regulation or training text: the sentence tells staff to say the claim (see CheckContext.coaching). */
  coached?: boolean;
  /** The rules this finding gives way to in its sentence (RuleDef.yields), and that sentence's range: read by lint, never shown. */
  yieldTo?: readonly string[];
  sentence?: readonly [number, number];
}

/** What compiling a rule may use besides the rule: the rule set's lexicon. */
export interface CompileEnv {
  lexicon?: LexiconIndex;
}

/** A check kind: compiles a rule's data once, then runs it on documents. */
export interface CheckKind<T = unknown> {
  compile(rule: RuleDef, env?: CompileEnv): T;
  run(compiled: T, rule: RuleDef, ctx: CheckContext): RawFinding[];
  /**
   * Of a block-local check (block-results.ts) whose findings in a block also
   * depend on something of the document besides its kind, product, facts and
   * speakers: that, as a string, so that kept findings are dropped when it changes.
   */
  blockContext?(ctx: CheckContext): string;
}

/** Source range of block.text[s, e). */
export function sourceRange(block: Block, s: number, e: number): [number, number] {
  return [block.at(s), block.at(Math.max(s, e - 1)) + 1];
}

/**
 * What the writer wrote under block.text[s, e), to quote in a message or a
 * suggestion: the source itself (保證收益, 你, 保 本 as written), unless markup
 * lies in between; a line break between Han characters is dropped, others read as spaces.
 */
export function quotedSource(doc: ProseDocument, block: Block, s: number, e: number): string {
  if (e <= s) return '';
  const [a, b] = sourceRange(block, s, e);
  const raw = doc.source.slice(a, b);
  if (/[*_`<>[\]\\]/.test(raw) || raw.length > 3 * (e - s) + 16) return block.text.slice(s, e);
  return raw.replace(/(?<=[\u3400-\u9fff])[ \t]*\r?\n[ \t]*(?=[\u3400-\u9fff])/g, '').replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}

/** True when the source under block.text[s, e) is that text, without markup in between. */
export function isCleanSlice(doc: ProseDocument, block: Block, s: number, e: number): boolean {
  const [a, b] = sourceRange(block, s, e);
  return doc.source.slice(a, b) === block.text.slice(s, e);
}

const FACT_LABELS: Record<string, string> = {
  insurer: '保险公司全称',
  hotline: '客服及投诉电话',
  coolingOffDays: '犹豫期天数',
  bank: '代理银行名称',
  licence: '执业证号',
};

export const KIND_LABELS: Record<string, string> = {
  promo: '宣传材料',
  script: '面对面销售话术',
  'phone-script': '电话销售话术',
  callback: '保险公司回访话术',
  notice: '投保提示书',
  description: '产品说明书',
  web: '网络销售页面',
  regulation: '监管或培训文本',
  unknown: '未声明类型的文档',
};

export const PRODUCT_LABELS: Record<string, string> = {
  traditional: '传统型',
  participating: '分红型',
  universal: '万能型',
  'investment-linked': '投资连结型',
};

/** Fills {{name}} from vars; a missing fact becomes a visible 【请填写：…】. */
export function fillTemplate(template: string, vars: Record<string, unknown>): { text: string; complete: boolean } {
  let complete = true;
  const text = template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_, name: string) => {
    const v = vars[name];
    // A 【请填写…】 placeholder left in config or front matter is still missing.
    if (v === undefined || v === null || v === '' || isPlaceholder(v)) {
      complete = false;
      return `【请填写：${FACT_LABELS[name] ?? name}】`;
    }
    return String(v);
  });
  return { text, complete };
}

/** Where the document's own content starts (after front matter). */
export function contentStart(doc: ProseDocument): number {
  return doc.frontMatter?.end ?? 0;
}

/** Range used for findings about the whole document: its first line of prose. */
export function documentAnchor(doc: ProseDocument): [number, number] {
  const first = doc.blocks[0];
  if (!first) {
    const at = contentStart(doc);
    return [at, at];
  }
  const nl = first.text.indexOf('\n');
  return sourceRange(first, 0, nl === -1 ? first.text.length : nl);
}

/**
 * An edit that inserts a whole sentence as its own paragraph, with the
 * document's line breaks, where the checks will read it: at the end of the
 * document, or when that is inside something never read as prose (a code
 * fence or an HTML comment left open), right after the last prose instead;
 * at the start, after the title. The user's text is never changed.
 */
export function insertionFix(doc: ProseDocument, at: 'start' | 'end', sentence: string): Fix {
  const src = doc.source;
  const eol = lineBreakOf(src);
  const candidates: Fix[] = [];
  if (at === 'end') {
    let pos = src.length;
    while (pos > 0 && /\s/.test(src[pos - 1])) pos--;
    candidates.push({ range: [pos, pos], text: `${pos > contentStart(doc) ? eol + eol : ''}${sentence}` });
    // Right after the line holding the last prose character.
    const last = lastProseOffset(doc);
    if (last >= 0) {
      const nl = src.indexOf('\n', last);
      const after = nl === -1 ? src.length : src[nl - 1] === '\r' ? nl - 1 : nl;
      if (after < pos) candidates.push({ range: [after, after], text: `${eol}${eol}${sentence}` });
    }
  }
  // After the title when the document opens with one, else at the top.
  let pos = contentStart(doc);
  const heading = /^[ \t]*#{1,6}[ \t][^\n]*\n/.exec(src.slice(pos));
  if (heading) pos += heading[0].length;
  const blank = /^(?:[ \t]*\r?\n)*/.exec(src.slice(pos))!;
  pos += blank[0].length;
  candidates.push({ range: [pos, pos], text: `${sentence}${eol}${eol}` });
  return candidates.find((fix, i) => i === candidates.length - 1 || readable(doc, fix, i === 0 && at === 'end')) ?? candidates[0];
}

function lineBreakOf(src: string): '\n' | '\r\n' {
  return usesCrlf(src) ? '\r\n' : '\n';
}

/** Source offset of the last character of prose, or -1. */
function lastProseOffset(doc: ProseDocument): number {
  const b = doc.blocks[doc.blocks.length - 1];
  return b && b.offsets.length ? b.at(b.offsets.length - 1) : -1;
}

const PROBE = '插入位置探测句甲乙丙。';

/**
 * True when text inserted by `fix` would be read as prose. At the end of a
 * document whose prose runs to its end (only spaces after it) it is, without
 * parsing again; otherwise a probe sentence is inserted and the source from
 * the line of the last prose character on is parsed (what comes before that
 * line cannot hide a paragraph that starts after it).
 */
function readable(doc: ProseDocument, fix: Fix, atEnd: boolean): boolean {
  const src = doc.source;
  const last = lastProseOffset(doc);
  if (atEnd && last >= 0 && !/\S/.test(src.slice(last + 1))) return true;
  const from = last >= 0 ? lineStart(src, last) : contentStart(doc);
  if (fix.range[0] < from) return true; // not a place this check is for
  const probe = fix.text.replace(/[^\r\n]+/, PROBE);
  // Several missing disclosures ask about the same place: parse once.
  let known = probes.get(doc);
  if (!known) probes.set(doc, (known = new Map()));
  const key = `${fix.range[0]}:${fix.range[1]}:${probe}`;
  let answer = known.get(key);
  if (answer === undefined) {
    // A leading line break: the tail is never taken for front matter.
    const tail = '\n' + src.slice(from, fix.range[0]) + probe + src.slice(fix.range[1]);
    const seen = parseProse(tail, doc.format).blocks.reduce((n, b) => n + b.text.split(PROBE).length - 1, 0);
    known.set(key, (answer = seen > src.split(PROBE).length - 1));
  }
  return answer;
}

const probes = new WeakMap<ProseDocument, Map<string, boolean>>();

/** The start of the source line holding an offset. */
export function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}
