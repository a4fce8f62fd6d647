// The rules in force for a configuration: pack rules with the config's
// severities and options applied, each compiled once by its check kind.
import { CHECK_KINDS, type CheckKind, type CompileEnv } from './checks/index.js';
import { mergeLexicons, type LexiconIndex, type Lexicons } from './lexicon.js';
import { lexiconIndexFor } from './lexicon-cache.js';
import { builtinLexiconIndex } from './lexicon-builtin.js';
import { compiledLexicons } from './packs/load.js';
import { hasLexicons } from './packs/compiled.js';
import { loadKnownLiterals, saveKnownLiterals } from './literals-cache.js';
import { ENGINE_RULES } from './engine-rules.js';
import type { ClaimModel } from './model/model.js';
import type { ResolvedConfig, RuleOptions } from './config/model.js';
import type { Pack, RuleDef, KindSelector } from './packs/model.js';
import { DOCUMENT_KINDS, type RuleMeta, type SeveritySetting } from './types.js';

export interface ActiveRule {
  def: RuleDef;
  severity: SeveritySetting;
  kind: CheckKind;
  compiled: unknown;
  kinds: Set<KindSelector>;
}

export interface RuleSet {
  rules: ActiveRule[];
  meta: Map<string, RuleMeta>;
  engineSeverity: Map<string, SeveritySetting>;
  /** Every pack's word classes, merged: what the claim rules combine. */
  lexicons: Lexicons;
  /** Their index (one automaton), when there are any: the claim model reads it too. */
  lexicon?: LexiconIndex;
  /** The claim model of the last pack that has one (model/judgement.ts). */
  model?: ClaimModel;
  /** That pack's topics: the model's judgement reads its `claim-anchors`. */
  modelTopics?: Pack['topics'];
}

// Disclosure rules that do not name their kinds apply to sales material; wording
// rules to every kind but regulation (a call-back script must not say 存款 either).
const MARKETING_KINDS: KindSelector[] = ['promo', 'script', 'phone-script', 'notice', 'web'];
const ALL_KINDS: KindSelector[] = DOCUMENT_KINDS.filter((k) => k !== 'regulation');
const DISCLOSURE_CHECKS = new Set(['required', 'exact-sentence', 'conditional', 'order']);

function withOptions(def: RuleDef, o: RuleOptions | undefined): RuleDef {
  if (!o) return def;
  return {
    ...def,
    phrases: o.phrases ?? [...(def.phrases ?? []), ...(o.addPhrases ?? [])],
    allow: o.allow ?? [...(def.allow ?? []), ...(o.addAllow ?? [])],
    kinds: (o.kinds as KindSelector[] | undefined) ?? def.kinds,
    checkAllCaps: o.checkAllCaps ?? def.checkAllCaps,
    terms: def.terms || o.addTerms ? [...(def.terms ?? []), ...(o.addTerms ?? [])] : undefined,
  };
}

function defaultKinds(def: RuleDef): KindSelector[] {
  // Forbidden wording is checked even when the kind is unknown; disclosures
  // depend on the kind, so they are not.
  if (DISCLOSURE_CHECKS.has(def.check)) return MARKETING_KINDS;
  return def.check === 'forbidden' || def.check === 'claim' || def.check === 'juxtaposed' ? [...ALL_KINDS, 'unknown'] : ALL_KINDS;
}

const cache = new Map<string, { packs: Pack[]; set: RuleSet }>();

/** A rule that cannot compile (a class no lexicon defines) reports why on every run instead of stopping the others. */
function compileOrFail(kind: CheckKind, def: RuleDef, env: CompileEnv): { kind: CheckKind; value: unknown } {
  try {
    return { kind, value: kind.compile(def, env) };
  } catch (e) {
    const problem = (e as Error).message;
    return { kind: { compile: () => null, run: () => { throw new Error(problem); } }, value: null };
  }
}

/** By config object: the language server keeps a document's config, and asks twice per keystroke. */
const byConfig = new WeakMap<ResolvedConfig, RuleSet>();

export function buildRuleSet(config: ResolvedConfig): RuleSet {
  const known = byConfig.get(config);
  if (known) return known;
  const set = ruleSetFor(config);
  byConfig.set(config, set);
  return set;
}

function ruleSetFor(config: ResolvedConfig): RuleSet {
  // Packs are cached by file and stamp, so unchanged packs are the same objects.
  const key = JSON.stringify([config.packs.map((p) => p.file), [...config.settings]]);
  const hit = cache.get(key);
  if (hit && hit.packs.length === config.packs.length && hit.packs.every((p, i) => p === config.packs[i])) return hit.set;
  loadKnownLiterals();
  const rules: ActiveRule[] = [];
  const meta = new Map<string, RuleMeta>();
  const engineSeverity = new Map<string, SeveritySetting>();
  for (const r of ENGINE_RULES) {
    const severity = config.settings.get(r.id)?.severity ?? r.severity;
    engineSeverity.set(r.id, severity);
    meta.set(r.id, { ...r, severity });
  }
  // One lexicon (one automaton) for every claim rule of the set.
  const withLexicons = config.packs.filter(hasLexicons);
  let merged: Lexicons | undefined;
  const lexicons = () => (merged ??= withLexicons.reduce<Lexicons>((all, pack) => mergeLexicons(all, pack.lexicons!), {}));
  const env: CompileEnv = {};
  // The built-in pack's lexicons alone: the index the build compiled, and the lexicons unread (unless asked for, as rule docs do).
  const compiled = withLexicons.length === 1 ? compiledLexicons(withLexicons[0]) : undefined;
  const builtin = compiled && builtinLexiconIndex(compiled);
  if (builtin && builtin.classNames.size) env.lexicon = builtin;
  else if (Object.keys(lexicons()).length) env.lexicon = lexiconIndexFor(lexicons());
  for (const pack of config.packs) {
    for (const raw of pack.rules) {
      const setting = config.settings.get(raw.id);
      const def = withOptions(raw, setting?.options);
      const severity = setting?.severity ?? def.severity;
      const kind = CHECK_KINDS[def.check];
      // A later pack may redefine a rule id: the last definition wins.
      const existing = rules.findIndex((r) => r.def.id === def.id);
      if (existing !== -1) rules.splice(existing, 1);
      const compiled = compileOrFail(kind, def, env);
      rules.push({ def, severity, kind: compiled.kind, compiled: compiled.value, kinds: new Set(def.kinds ?? defaultKinds(def)) });
      meta.set(def.id, { id: def.id, check: def.check, severity, articles: def.articles, title: def.title, docs: def.docs, pack: pack.name });
    }
  }
  saveKnownLiterals();
  const modelPack = config.packs.reduce<Pack | undefined>((m, p) => (p.model ? p : m), undefined);
  const model = modelPack?.model;
  const set: RuleSet = {
    rules,
    meta,
    engineSeverity,
    get lexicons() {
      return lexicons();
    },
    lexicon: env.lexicon,
    model,
    modelTopics: modelPack?.topics,
  };
  if (cache.size > 64) cache.clear();
  cache.set(key, { packs: config.packs, set });
  return set;
}
