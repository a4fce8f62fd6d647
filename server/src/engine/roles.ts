// What a document is when nothing says so: its kind (phone script, penalty
// notice, 产品说明书 …) and the product it sells, scored from weighted signal
// phrases kept as data in the packs (rules/cbrc-90/roles.yaml). Also whether
// the text is plainly an excerpt, too short to be held to a whole document's
// disclosures.
import { Terms } from './terms.js';
import { memo } from './memo.js';
import { proseOf, type ProseDocument } from './document/index.js';
import type { KindSelector, Pack, RoleDef } from './packs/model.js';
import type { DocumentKind, ProductType } from './types.js';

export interface Inferred<T> {
  value: T;
  /** The text of the strongest signals found, strongest first. */
  evidence: string[];
}

interface CompiledRole {
  kind?: KindSelector;
  product?: ProductType;
  quiets?: string[];
  because?: string;
  minScore: number;
  signals: { terms: Terms; weight: number }[];
}

// A document shows what it is near its start; reading only that much keeps the
// cost independent of the document's length.
const READ_LIMIT = 20_000;
// A winner must lead the runner-up by this much, else the content is ambiguous.
const MARGIN = 2;

const compiled = new WeakMap<Pack, CompiledRole[]>();

function rolesOf(pack: Pack): CompiledRole[] {
  let roles = compiled.get(pack);
  if (!roles) {
    roles = (pack.roles ?? []).map((r: RoleDef) => ({
      kind: r.kind,
      product: r.product,
      quiets: r.quiets,
      because: r.because,
      minScore: r.minScore ?? 4,
      signals: r.signals.map((s) => ({ terms: new Terms({ phrases: s.phrases, patterns: s.patterns }), weight: s.weight })),
    }));
    compiled.set(pack, roles);
  }
  return roles;
}

function score(role: CompiledRole, text: string): { score: number; evidence: { text: string; weight: number }[] } {
  let total = 0;
  const evidence: { text: string; weight: number }[] = [];
  for (const s of role.signals) {
    // Without the patterns whose literals the text lacks, found for all signals in one pass over the text (narrowTo),
    // not by a search of the whole text for each literal of each pattern. Not in the language server (as find.ts).
    const terms = memo.enabled ? s.terms : s.terms.narrowTo(text);
    const first = terms.scan(text, undefined, 1)[0];
    if (!first) continue;
    total += s.weight;
    if (s.weight > 0) evidence.push({ text: first.text.trim(), weight: s.weight });
  }
  evidence.sort((a, b) => b.weight - a.weight);
  return { score: total, evidence };
}

function best<T>(candidates: { value: T; score: number; minScore: number; evidence: { text: string }[] }[]): Inferred<T> | undefined {
  const ranked = candidates.sort((a, b) => b.score - a.score);
  const [top, next] = ranked;
  if (!top || top.score < top.minScore) return undefined;
  if (next && next.score >= next.minScore && top.score - next.score < MARGIN) return undefined;
  const evidence = [...new Set(top.evidence.map((e) => e.text))].slice(0, 3);
  return { value: top.value, evidence };
}

/** The kind and the product the content points to, each only when the signals are clear. */
export function inferRole(doc: ProseDocument, packs: Pack[], want: { kind: boolean; product: boolean }): { kind?: Inferred<DocumentKind>; product?: Inferred<ProductType> } {
  const roles = packs.flatMap(rolesOf);
  if (!roles.length || (!want.kind && !want.product)) return {};
  const text = proseOf(doc).slice(0, READ_LIMIT);
  const kinds = [];
  const products = [];
  for (const role of roles) {
    if (role.quiets) continue;
    if (role.kind && !want.kind) continue;
    if (role.product && !want.product) continue;
    const s = score(role, text);
    if (role.kind) kinds.push({ value: role.kind as DocumentKind, minScore: role.minScore, ...s });
    else if (role.product) products.push({ value: role.product, minScore: role.minScore, ...s });
  }
  return { kind: best(kinds), product: best(products) };
}

/** What a document that sells nothing quiets to information: rule ids, and whether every missing disclosure. */
export interface Quieted {
  rules: Set<string>;
  missing: boolean;
  /** Why, with the strongest signals found: shown with each quieted finding. */
  because: string;
}

/**
 * Does the content say the document sells nothing (a disclosure report, a complaint reply, a bank's deposit page)?
 * Read whatever kind was declared: a disclosure report put on the web is still no sales page.
 */
export function quietedBy(doc: ProseDocument, packs: Pack[]): Quieted | undefined {
  const roles = packs.flatMap(rolesOf).filter((r) => r.quiets);
  if (!roles.length) return undefined;
  const text = proseOf(doc).slice(0, READ_LIMIT);
  let out: Quieted | undefined;
  for (const role of roles) {
    const s = score(role, text);
    if (s.score < role.minScore) continue;
    // A signal that reads a title among the first lines shows the title's line.
    const evidence = [...new Set(s.evidence.map((e) => e.text.split('\n').pop()!.replace(/^[#\s]+/, '')))].slice(0, 3);
    const because = `${role.because}（依据：${evidence.map((e) => `“${e}”`).join('')}）`;
    out ??= { rules: new Set(), missing: false, because };
    for (const q of role.quiets!) {
      if (q === 'missing') out.missing = true;
      else out.rules.add(q);
    }
  }
  return out;
}

// A paragraph or two quoted for review, not a whole document: a few
// sentences of prose besides headings. Counted in sentences, not lines, since
// a whole leaflet pasted as one paragraph is still a whole leaflet.
const EXCERPT_CHARS = 40;
const EXCERPT_SENTENCES = 3;
const EXCERPT_MAX_CHARS = 200;

export function isExcerpt(doc: ProseDocument): boolean {
  let sentences = 0;
  let chars = 0;
  let titled = false; // a title makes a short text a whole document
  for (const block of doc.blocks) {
    const at = block.at(0);
    const lineStart = doc.source.lastIndexOf('\n', at - 1) + 1;
    if (/^ {0,3}#{1,6}[ \t]/.test(doc.source.slice(lineStart, at + 1))) {
      titled = true;
      continue;
    }
    for (const sentence of block.text.split(/[。！？!?；;\n]/)) {
      const n = sentence.replace(/[\s\uFFFC]/g, '').length;
      chars += n;
      if (n) sentences++;
    }
    if (sentences > EXCERPT_SENTENCES && chars >= EXCERPT_CHARS) return false;
  }
  return chars < EXCERPT_CHARS || sentences <= 1 || (!titled && sentences <= EXCERPT_SENTENCES && chars < EXCERPT_MAX_CHARS);
}
