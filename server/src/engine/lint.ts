// The engine's entry point: text and settings in, findings and fixes out.
// The CLI, the language server and the tests all call lintText.
import { judge } from './model/judgement.js';
import { parseProse, parseMappedProse, formatOf, type MappedProse, type ProseDocument } from './document/index.js';
import { applyDirectives } from './directives.js';
import { CLAIM_MODEL, FRONT_MATTER, KIND_INFERRED, KIND_UNKNOWN } from './engine-rules.js';
import { inferRole, isExcerpt, quietedBy, type Inferred, type Quieted } from './roles.js';
import { buildRuleSet, type RuleSet } from './ruleset.js';
import { fixUntilStable } from './fix.js';
import { memo } from './memo.js';
import { compareRuleIds } from './rule-id-order.js';
import { BLOCK_LOCAL_CHECKS, runBlockLocal } from './block-results.js';
import { coachingOf } from './coaching.js';
import { resolveYields } from './yields.js';
import { KIND_LABELS, PRODUCT_LABELS } from './checks/context.js';
import type { CheckContext } from './checks/index.js';
import type { KindSelector } from './packs/model.js';
import type { ResolvedConfig } from './config/model.js';
import {
  DOCUMENT_KINDS,
  PRODUCT_TYPES,
  type DocumentFacts,
  type DocumentKind,
  type Finding,
  type Fix,
  type ProductType,
  type Severity,
} from './types.js';

export interface LintOptions {
  config: ResolvedConfig;
  filePath?: string;
  format?: 'markdown' | 'text';
  /** Overrides every other source of the kind (--kind). */
  kind?: DocumentKind;
  /** The kind when nothing declares one, before any inference (an HTML page is `web`). */
  defaultKind?: DocumentKind;
  /** For sources the engine does not parse (HTML): the reader that finds their prose. */
  prose?: (source: string) => MappedProse;
}

export interface DocumentInfo {
  kind: KindSelector;
  product?: ProductType;
  facts: DocumentFacts;
  /** What was inferred from the content because nothing declared it. */
  inferred?: { kind?: Inferred<DocumentKind>; product?: Inferred<ProductType> };
  /** A single paragraph or a few words: missing disclosures are only information. */
  excerpt: boolean;
  /** A document that sells nothing, by its content: the rules it quiets to information. */
  quieted?: Quieted;
}

// Every other front-matter key is a fact that templates may use ({{licence}}).
const NOT_FACTS = new Set(['kind', 'product', 'facts']);
const FACT_ALIASES: Record<string, string> = { 'cooling-off-days': 'coolingOffDays', cooling_off_days: 'coolingOffDays' };

function fieldRange(doc: ProseDocument, key: string): [number, number] {
  const fm = doc.frontMatter!;
  const m = new RegExp(`^${key}\\s*:.*$`, 'm').exec(doc.source.slice(fm.yamlStart, fm.end));
  return m ? [fm.yamlStart + m.index, fm.yamlStart + m.index + m[0].length] : [fm.start, fm.yamlStart];
}

/** Kind, product and facts of a document, with findings about its front matter. */
function describe(doc: ProseDocument, options: LintOptions, report: (f: Omit<Finding, 'severity' | 'articles'>) => void): DocumentInfo {
  const data = doc.frontMatter?.data ?? {};
  if (doc.frontMatter?.problem) {
    const p = doc.frontMatter.problem;
    report({ ruleId: FRONT_MATTER, message: p.message, start: p.start, end: p.end });
  }
  let fmKind: DocumentKind | undefined;
  if (data.kind !== undefined) {
    if ((DOCUMENT_KINDS as readonly string[]).includes(String(data.kind))) fmKind = data.kind as DocumentKind;
    else {
      const [start, end] = fieldRange(doc, 'kind');
      report({ ruleId: FRONT_MATTER, message: `未知的文档类型“${data.kind}”，应为：${DOCUMENT_KINDS.join('、')}`, start, end });
    }
  }
  let fmProduct: ProductType | undefined;
  if (data.product !== undefined) {
    if ((PRODUCT_TYPES as readonly string[]).includes(String(data.product))) fmProduct = data.product as ProductType;
    else {
      const [start, end] = fieldRange(doc, 'product');
      report({ ruleId: FRONT_MATTER, message: `未知的产品类型“${data.product}”，应为：${PRODUCT_TYPES.join('、')}`, start, end });
    }
  }
  const facts: DocumentFacts = { ...options.config.facts };
  // Facts may sit at the top level of the front matter or under `facts:`.
  const nested = data.facts && typeof data.facts === 'object' ? (data.facts as Record<string, unknown>) : {};
  for (const [key, value] of Object.entries({ ...data, ...nested })) {
    if (!NOT_FACTS.has(key) && value !== null && value !== undefined) facts[FACT_ALIASES[key] ?? key] = value;
  }
  // Declarations win; the content speaks only where nothing was declared.
  const declaredKind = options.kind ?? fmKind ?? options.config.kind ?? options.defaultKind;
  const declaredProduct = fmProduct ?? options.config.product;
  // A regulation sells nothing: its product does not matter.
  const inferred = inferRole(doc, options.config.packs, { kind: !declaredKind, product: !declaredProduct && declaredKind !== 'regulation' });
  if (inferred.kind?.value === 'regulation') delete inferred.product;
  return {
    kind: declaredKind ?? inferred.kind?.value ?? 'unknown',
    product: declaredProduct ?? inferred.product?.value,
    facts,
    inferred: inferred.kind || inferred.product ? inferred : undefined,
    excerpt: isExcerpt(doc),
    quieted: quietedBy(doc, options.config.packs),
  };
}

function kindUnknownFinding(doc: ProseDocument): Omit<Finding, 'severity' | 'articles'> {
  const fm = doc.frontMatter;
  const at = fm ? fm.yamlStart : 0;
  const kinds = DOCUMENT_KINDS.filter((k) => k !== 'regulation');
  return {
    ruleId: KIND_UNKNOWN,
    message: `未声明文档类型，只检查了禁用用语，未检查必备披露内容。请在 front matter 中写明 kind（${kinds.join('、')}），或在配置的 overrides 中按路径指定`,
    start: 0,
    end: 0,
    suggestions: kinds.map((k, i) => ({
      desc: `声明为${KIND_LABELS[k]}（kind: ${k}）`,
      fix: { range: [at, at] as [number, number], text: fm ? `kind: ${k}\n` : `---\nkind: ${k}\n---\n` },
      preferred: i === 0,
    })),
  };
}

function kindInferredFinding(doc: ProseDocument, info: DocumentInfo): Omit<Finding, 'severity' | 'articles'> | undefined {
  const { kind, product } = info.inferred ?? {};
  if (!kind && !product) return undefined;
  const because = (i: Inferred<string>) => `（依据：${i.evidence.map((e) => `“${e}”`).join('')}）`;
  const parts: string[] = [];
  if (kind) parts.push(`${KIND_LABELS[kind.value]}${because(kind)}`);
  if (product) parts.push(`${PRODUCT_LABELS[product.value]}产品${because(product)}`);
  const keys = [kind && 'kind', product && 'product'].filter(Boolean).join(' 和 ');
  const quoted = kind?.value === 'regulation' ? '；其中的禁用用语只作提示' : '';
  const fm = doc.frontMatter;
  const at = fm ? fm.yamlStart : 0;
  const lines = `${kind ? `kind: ${kind.value}\n` : ''}${product ? `product: ${product.value}\n` : ''}`;
  const declared = [kind && KIND_LABELS[kind.value], product && `${PRODUCT_LABELS[product.value]}产品`].filter(Boolean).join('、');
  return {
    ruleId: KIND_INFERRED,
    message: `按内容推断为${parts.join('、')}${quoted}；如不正确请在 front matter 中声明 ${keys}`,
    start: 0,
    end: 0,
    suggestions: [{ desc: `声明为${declared}`, fix: { range: [at, at], text: fm ? lines : `---\n${lines}---\n` }, preferred: true }],
  };
}

// Checks whose findings say something is missing from the whole document.
const MISSING_CHECKS = new Set(['required', 'exact-sentence', 'conditional']);

const wordSets = new WeakMap<string[], Set<string>>();
function wordSet(words: string[]): Set<string> {
  let set = wordSets.get(words);
  if (!set) wordSets.set(words, (set = new Set(words)));
  return set;
}

export function lintDocument(doc: ProseDocument, options: LintOptions, ruleSet: RuleSet = buildRuleSet(options.config)): Finding[] {
  return lintDocumentWithInfo(doc, options, ruleSet).findings;
}

/** Lints and also reports the kind, product and facts the engine settled on. */
export function lintDocumentWithInfo(doc: ProseDocument, options: LintOptions, ruleSet: RuleSet = buildRuleSet(options.config)): { findings: Finding[]; info: DocumentInfo } {
  const findings: Finding[] = [];
  const engineReport = (f: Omit<Finding, 'severity' | 'articles'>) => {
    const severity = ruleSet.engineSeverity.get(f.ruleId) ?? 'error';
    if (severity !== 'off') findings.push({ ...f, severity: severity as Severity, articles: ruleSet.meta.get(f.ruleId)?.articles ?? [] });
  };
  const info = describe(doc, options, engineReport);
  if (info.kind === 'unknown') engineReport(kindUnknownFinding(doc));
  else {
    const note = kindInferredFinding(doc, info);
    if (note) engineReport(note);
  }
  // Quoted in a penalty notice or a training text, forbidden wording is not the
  // text's own claim: such a text is read like an undeclared one, and only informs.
  const quoting = info.kind === 'regulation' && info.inferred?.kind !== undefined;
  const selector: KindSelector = quoting ? 'unknown' : info.kind;
  // A regulation or training text is read by the claim rules too, for the claims it tells staff to say.
  const coaching = info.kind === 'regulation' ? coachingOf(options.config.packs) : undefined;
  const script = info.kind === 'script' || info.kind === 'phone-script' || info.kind === 'callback';
  const ctx: CheckContext = {
    doc,
    kind: info.kind,
    product: info.product,
    facts: info.facts,
    speakers: script ? ['seller', 'narration'] : undefined,
    words: wordSet(options.config.words),
    coaching,
  };

  // Claim rules a declared regulation text runs only for what it tells staff to say.
  const coachingOnly = new Set(
    coaching && !quoting ? ruleSet.rules.filter((rule) => !rule.kinds.has(selector) && rule.def.check === 'claim' && rule.kinds.has('unknown')) : [],
  );
  const active = ruleSet.rules.filter(
    (rule) =>
      rule.severity !== 'off' &&
      (rule.kinds.has(selector) || coachingOnly.has(rule)) &&
      (!rule.def.products || (info.product !== undefined && rule.def.products.includes(info.product))),
  );
  // Language server: block-local rules reuse what they found in unchanged blocks.
  const blockLocal = memo.enabled
    ? runBlockLocal(active.filter((r) => BLOCK_LOCAL_CHECKS.has(r.def.check)), ctx, ruleSet, JSON.stringify([selector, info.product, info.facts, ctx.speakers, !!coaching]))
    : undefined;
  const coachedInQuiet = new WeakSet<Finding>();
  for (const rule of active) {
    const quiet = info.quieted && (info.quieted.rules.has(rule.def.id) || (info.quieted.missing && MISSING_CHECKS.has(rule.def.check)));
    const severity: Severity = quoting || quiet || (info.excerpt && MISSING_CHECKS.has(rule.def.check)) ? 'info' : (rule.severity as Severity);
    try {
      const raws = blockLocal?.get(rule.def) ?? rule.kind.run(rule.compiled, rule.def, ctx);
      if (raws instanceof Error) throw raws;
      const onlyCoached = coachingOnly.has(rule);
      // An index loop and one copy per finding: the language server makes these for every finding at every keystroke.
      for (let i = 0; i < raws.length; i++) {
        const raw = raws[i];
        const coached = raw.coached;
        // In a regulation or training text, a claim staff are told to say is the text's own: reported as such.
        if (onlyCoached && !coached) continue;
        const f: Finding & { coached?: boolean } = { ...raw, ruleId: rule.def.id, severity: coached ? (rule.severity as Severity) : severity, articles: rule.def.articles };
        if ('coached' in raw) delete f.coached;
        if (quiet && !coached) addReason(f, info.quieted!.because);
        else if (coached && info.quieted) coachedInQuiet.add(f);
        findings.push(f);
      }
    } catch (e) {
      // A rule that fails must not take the others (or the server) down.
      findings.push({
        ruleId: rule.def.id,
        severity: 'error',
        message: `规则执行出错：${(e as Error).message}`,
        start: 0,
        end: 0,
        articles: rule.def.articles,
      });
    }
  }
  const modelSeverity = ruleSet.engineSeverity.get(CLAIM_MODEL) ?? 'warning';
  const model = modelSeverity === 'off' ? undefined : ruleSet.model;
  const judged = model
    ? judge(doc, ctx, ruleSet, findings, model, { active: new Set(active.filter((r) => !coachingOnly.has(r)).map((r) => r.def.id)), severity: quoting ? 'info' : (modelSeverity as Severity) })
    : findings;
  // What the model adds for a quieted rule is information too.
  if (info.quieted) {
    for (const f of judged) {
      if (f.severity !== 'info' && info.quieted.rules.has(f.ruleId) && !coachedInQuiet.has(f)) {
        f.severity = 'info';
        addReason(f, info.quieted.because);
      }
    }
  }
  const known = new Set(ruleSet.meta.keys());
  // After the model, which reads what the rules found before any gave way (it adds nothing there).
  const kept = applyDirectives(doc.source, doc.directives, resolveYields(judged), known, ruleSet.engineSeverity.get('unused-directive') ?? 'warning');
  const sorted = kept.sort((a, b) => a.start - b.start || a.end - b.end || compareRuleIds(a.ruleId, b.ruleId));
  return { findings: sorted, info };
}

/** A finding's related text with one more reason after it (why a quieted finding is only information). */
function addReason(f: Finding, reason: string): void {
  f.related = f.related ? `${f.related}；${reason}` : reason;
}

/**
 * Fixes of a mapped document only where the reader says the source can take
 * them (inside text, not across markup), their text escaped for the source.
 */
function mappedFixes(findings: Finding[], prose: MappedProse): Finding[] {
  const ok = (fix: Fix) => prose.canFix?.(fix.range[0], fix.range[1]) ?? false;
  const escaped = (fix: Fix): Fix => ({ range: fix.range, text: prose.escape ? prose.escape(fix.text) : fix.text });
  return findings.map((f) => {
    const { fix, suggestions, ...rest } = f;
    const kept: Finding = rest;
    if (fix && ok(fix)) kept.fix = escaped(fix);
    const s = suggestions?.filter((x) => ok(x.fix)).map((x) => ({ ...x, fix: escaped(x.fix) }));
    if (s?.length) kept.suggestions = s;
    return kept;
  });
}

export function lintTextWithInfo(source: string, options: LintOptions): { findings: Finding[]; info: DocumentInfo } {
  if (!options.prose) return lintDocumentWithInfo(parseProse(source, options.format ?? formatOf(options.filePath)), options);
  const prose = options.prose(source);
  const result = lintDocumentWithInfo(parseMappedProse(source, prose), options);
  return { ...result, findings: mappedFixes(result.findings, prose) };
}

export function lintText(source: string, options: LintOptions): Finding[] {
  return lintTextWithInfo(source, options).findings;
}

export function fixText(source: string, options: LintOptions): { output: string; passes: number; findings: Finding[] } {
  return fixUntilStable(source, (text) => lintText(text, options));
}

export { KIND_LABELS, PRODUCT_LABELS };
