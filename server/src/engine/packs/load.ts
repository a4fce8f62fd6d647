// Loads rule packs: built-in names (a folder under rules/), YAML files or
// folders of them, and textlint prh.yml dictionaries. Every problem names the
// file, line and column; nothing in a pack is ever executed.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { nodeCrypto } from '../node-crypto.js';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { YamlSource, fileStamp, schemaStamp, schemaValidator } from '../yaml-source.js';
import { DATA_FILE_LIMIT, readBounded, readRange } from '../../fs/read-bounded.js';
import { stampIfSame, stampIfUntouched, writePackSources } from '../../fs/pack-sources.js';
import { patternProblem, type TermSpec } from '../terms.js';
import { resourcePath } from '../resources.js';
import { freshStamp } from '../freshness.js';
import { dataMemo, jsonSafe, type DataMemo } from '../data-memo.js';
import { ConfigError, type SourceError } from '../types.js';
import { isPrhDictionary, prhToPack } from './prh.js';
import { CHECK_KINDS } from '../checks/index.js';
import type { OffTopicEntry, Pack, RoleDef, RuleDef, TopicTerms } from './model.js';
import { mergeLexicons, type Lexicons } from '../lexicon.js';
import { classRefsOf, undefinedClassErrors } from '../checks/class-refs.js';
import { trustPatterns, trustPatternsLater } from '../text/native-regexp.js';
import { readModelLazily } from '../model/model.js';
import { foldForms } from '../text/fold.js';
import { knownLiterals, requiredLiterals } from '../text/prefilter.js';
import { compiledFile, compiledFrom, markCompiled } from './compiled.js';
import { encodeBuiltinLexicons } from '../lexicon-builtin.js';
import { glossaryTerms } from '../checks/near-miss.js';
import { addKnownWindows, wordStarts } from '../text/boundary.js';

export const BUILTIN_PACKS = ['cbrc-90', 'spelling'];

const cache = new Map<string, { stamp: string; pack: Pack }>();

/** Where the config names the pack: problems with the pack as a whole are reported there. */
export type PackRefAt = { file: string; line: number; column: number };

/** A pack file's bytes: only a regular file of at most 4 MB is read. */
function readPackFile(file: string, ref: string, at?: PackRefAt): Buffer {
  const read = readBounded(file, DATA_FILE_LIMIT);
  if ('bytes' in read) return read.bytes;
  const where = at ?? { file, line: 1, column: 1 };
  throw new ConfigError([{ ...where, message: `规则包“${ref}”无法读取（${file}）：${read.problem}` }]);
}

/**
 * A content hash: survives checkouts and extraction from the .vsix, unlike
 * mtimes. A built-in pack whose files are those the build compiled (by their
 * sizes and times, else by the build's copy, fs/pack-sources.ts) has the
 * stamp the build worked out: a run hashes nothing, and loads no node:crypto.
 */
function stampOf(path: string, ref = path, at?: PackRefAt): string {
  const files = statSync(path).isDirectory() ? yamlFiles(path) : [path];
  const copy = BUILTIN_PACKS.includes(ref) ? compiledFile(ref, 'sources') : undefined;
  const untouched = copy && stampIfUntouched(copy, files);
  if (untouched) return untouched;
  const contents = files.map((f) => readPackFile(f, ref, at));
  const same = copy && stampIfSame(copy, files, contents);
  if (same) return same;
  const hash = nodeCrypto().createHash('sha1');
  files.forEach((f, i) => hash.update(basename(f)).update(contents[i]));
  return hash.digest('hex');
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Resolves a reference from `extends` (or --rule-pack) to an absolute path. */
export function resolvePackRef(ref: string, baseDir: string): string {
  if (BUILTIN_PACKS.includes(ref)) return resourcePath('rules', ref);
  return isAbsolute(ref) ? ref : resolve(baseDir, ref);
}

export function loadPack(ref: string, baseDir: string, at?: PackRefAt): Pack {
  const path = resolvePackRef(ref, baseDir);
  if (!existsSync(path)) {
    throw new ConfigError([{ file: path, line: 1, column: 1, message: `找不到规则包“${ref}”（内置规则包：${BUILTIN_PACKS.join('、')}）` }]);
  }
  const memo = BUILTIN_PACKS.includes(ref) ? undefined : dataMemo();
  if (memo) return loadMemoised(memo, ref, path, at);
  const stamp = freshStamp(`pack:${path}`, () => stampOf(path, ref, at));
  const hit = cache.get(path);
  if (hit && hit.stamp === stamp) return hit.pack;
  const compiled = BUILTIN_PACKS.includes(ref) ? readCompiled(ref, stamp) : null;
  if (compiled) {
    // The rules' patterns were trusted as read (readCompiled: folded at build time, not at every start); the
    // lexicons' only when a source is not among the rules' (never with the built-in lexicon index alone).
    trustPatternsLater(() => lexiconPatternSources(compiled));
    const pack = withModel(compiled, path);
    cache.set(path, { stamp, pack });
    return pack;
  }
  const pack = readYamlPack(ref, path, at);
  if (BUILTIN_PACKS.includes(ref)) {
    // Built-in packs' classes are checked by their tests, not carried in the compiled JSON.
    delete pack.classRefs;
    delete pack.ruleRefs;
    trustPatterns(patternSources(pack));
    const built = withModel(pack, path);
    cache.set(path, { stamp, pack: built });
    return built;
  }
  cache.set(path, { stamp, pack });
  return pack;
}

/** A pack's YAML files read, validated and merged into one pack; every problem is a ConfigError. */
function readYamlPack(ref: string, path: string, at: PackRefAt | undefined): Pack {
  const files = statSync(path).isDirectory() ? yamlFiles(path) : [path];
  const errors: SourceError[] = [];
  const pack: Pack = { name: basename(path).replace(/\.ya?ml$/i, ''), file: path, rules: [] };
  const seen = new Map<string, string>();
  const topicFiles = new Map<string, string>();
  const topicRefs: TopicRef[] = [];
  const offTopicFiles = new Map<string, string>();
  const sharedRefs: SharedOffTopicRef[] = [];
  for (const file of files) {
    const src = new YamlSource(file, readPackFile(file, ref, at).toString('utf8'));
    let part: Pack | null = null;
    if (!src.errors.length && isPrhDictionary(src.data())) part = prhToPack(src, errors);
    else if (src.validate(schemaValidator('rule-pack'))) {
      const raw = src.data() as { pack: string; title?: string; rules?: RuleDef[]; roles?: RoleDef[]; lexicons?: Lexicons; coaching?: Pack['coaching']; topics?: Pack['topics']; offTopics?: Pack['offTopics'] };
      const data = { ...raw, rules: raw.rules ?? [] };
      checkPatterns(src, data.rules);
      checkRolePatterns(src, data.roles);
      checkCoachingPatterns(src, data.coaching);
      checkLexiconPatterns(src, data.lexicons);
      for (const [name, spec] of Object.entries(data.topics ?? {})) checkPatternList(src, spec.patterns, ['topics', name, 'patterns']);
      for (const [name, entry] of Object.entries(data.offTopics ?? {})) {
        for (const { spec, path } of sidesOf(entry, ['offTopics', name])) checkPatternList(src, spec.patterns, [...path, 'patterns']);
      }
      part = { name: data.pack, file, title: data.title, rules: data.rules, roles: data.roles, lexicons: data.lexicons, coaching: data.coaching, topics: data.topics, offTopics: data.offTopics };
    }
    if (!part && !src.mentionsKey(['pack', 'rules'])) {
      // Not meant as a pack (extends: [/etc/shadow]): never echo its lines.
      const where = at ?? { file, line: 1, column: 1 };
      throw new ConfigError([{ ...where, message: `“${ref}”不是有效的规则包（应为含 pack 与 rules 的 YAML 规则包，或 textlint 的 prh.yml；内容未显示）：${file}` }]);
    }
    errors.push(...src.errors);
    if (!part) continue;
    if (files.length === 1 || !pack.title) {
      pack.name = part.name;
      pack.title = part.title;
    }
    if (part.roles) pack.roles = [...(pack.roles ?? []), ...part.roles];
    if (part.coaching) {
      const had = pack.coaching;
      pack.coaching = had
        ? { instructs: mergeTerms(had.instructs, part.coaching.instructs), forbids: mergeTerms(had.forbids, part.coaching.forbids) }
        : part.coaching;
    }
    if (part.lexicons) pack.lexicons = mergeLexicons(pack.lexicons ?? {}, part.lexicons);
    for (const [name, spec] of Object.entries(part.topics ?? {})) {
      if (topicFiles.has(name)) errors.push({ file, ...src.locate(['topics', name]), message: `主题“${name}”重复（已在 ${topicFiles.get(name)} 中定义）` });
      else {
        topicFiles.set(name, basename(file));
        (pack.topics ??= {})[name] = spec;
      }
    }
    for (const [name, entry] of Object.entries(part.offTopics ?? {})) {
      if (offTopicFiles.has(name)) errors.push({ file, ...src.locate(['offTopics', name]), message: `offTopics 条目“${name}”重复（已在 ${offTopicFiles.get(name)} 中定义）` });
      else {
        offTopicFiles.set(name, basename(file));
        (pack.offTopics ??= {})[name] = entry;
        topicRefs.push(...topicRefsOf(entry, ['offTopics', name], file, src));
      }
    }
    part.rules.forEach((rule, i) => {
      if (!CHECK_KINDS[rule.check]) {
        errors.push({ file, ...src.locate(['rules', i, 'check']), message: `此版本的 policylint 没有“${rule.check}”检查方式（可用：${Object.keys(CHECK_KINDS).join('、')}）` });
        return;
      }
      if (seen.has(rule.id)) {
        errors.push({ file, ...src.locate(['rules', i, 'id']), message: `规则 id “${rule.id}”重复（已在 ${seen.get(rule.id)} 中定义）` });
        return;
      }
      seen.set(rule.id, basename(file));
      pack.rules.push(rule);
      // As read, an entry may still be the name of a shared one (resolveSharedOffTopics).
      (rule.offTopic as (OffTopicEntry | string)[] | undefined)?.forEach((o, j) => {
        if (typeof o === 'string') sharedRefs.push({ file, at: src.locate(['rules', i, 'offTopic', j]), rule, index: j, name: o });
        else topicRefs.push(...topicRefsOf(o, ['rules', i, 'offTopic', j], file, src));
      });
      // A rule's terms may name topics too (benefit-uncertainty and participating-uncertainty share one list).
      for (const key of ['anyOf', 'when', 'require'] as const) {
        const spec = rule[key] as TopicTerms | undefined;
        if (spec?.topics) topicRefs.push({ file, at: src.locate(['rules', i, key, 'topics']), spec });
      }
      for (const ref of classRefsOf(rule)) (pack.classRefs ??= []).push({ rule: rule.id, names: ref.names, file, ...src.locate(['rules', i, ...ref.path]) });
      rule.yields?.forEach((y, j) => (pack.ruleRefs ??= []).push({ rule: rule.id, names: y.to, file, ...src.locate(['rules', i, 'yields', j, 'to']) }));
    });
  }
  resolveSharedOffTopics(pack, sharedRefs, errors);
  resolveTopics(pack, topicRefs, errors);
  if (errors.length) throw new ConfigError(errors);
  return pack;
}

/**
 * A user pack through the disk memo (data-memo.ts), keyed by the stamps of its
 * files (a file added to or removed from a folder changes the list) and of
 * the schema: an unchanged pack is neither parsed nor checked again.
 */
function loadMemoised(memo: DataMemo, ref: string, path: string, at: PackRefAt | undefined): Pack {
  const key = freshStamp(`pack-files:${path}`, () => packKey(path));
  const hit = cache.get(path);
  if (hit && hit.stamp === key) return hit.pack;
  const kept = asPack(memo.read('packs', path, key), path);
  const pack = kept ?? readYamlPack(ref, path, at);
  // Kept only when no file changed while it was read.
  if (!kept && jsonSafe(pack) && packKey(path) === key) memo.write('packs', path, key, pack);
  cache.set(path, { stamp: key, pack });
  return pack;
}

function packKey(path: string): string {
  const files = statSync(path).isDirectory() ? yamlFiles(path) : [path];
  return [path, ...files.map((f) => `${f}\n${fileStamp(f)}`), schemaStamp('rule-pack')].join('\n');
}

/** A memo entry of the shape written, or undefined. */
function asPack(v: unknown, path: string): Pack | undefined {
  const p = v as Pack | undefined;
  return typeof p === 'object' && p !== null && typeof p.name === 'string' && p.file === path && Array.isArray(p.rules) ? p : undefined;
}

/** Every pattern of a pack (rules, roles, lexicons), width-folded as Terms keeps them. */
export function patternSources(pack: Pack): string[] {
  return [...rulePatternSources(pack), ...lexiconPatternSources(pack)];
}

/** The patterns of a pack's lexicons, width-folded as Terms keeps them. */
function lexiconPatternSources(pack: Pack): string[] {
  const out: string[] = [];
  for (const entries of Object.values(pack.lexicons ?? {})) {
    for (const e of entries) if (typeof e !== 'string' && 'pattern' in e) out.push(foldForms(e.pattern));
  }
  return out;
}

/** The patterns of a pack's rules, roles and topics, width-folded as Terms keeps them. */
function rulePatternSources(pack: Pack): string[] {
  const out: string[] = [];
  const add = (list: unknown[] | undefined) => list?.forEach((p) => out.push(foldForms(typeof p === 'string' ? p : (p as { pattern: string }).pattern)));
  for (const rule of pack.rules) {
    add(rule.patterns);
    add(rule.exceptions);
    if (rule.replaceWithin) add([rule.replaceWithin]);
    for (const key of ['anyOf', 'when', 'require', 'first', 'before'] as const) add(rule[key]?.patterns);
    for (const o of rule.offTopic ?? []) for (const spec of [o.about, o.notAbout]) add(spec?.patterns);
  }
  // Topics no rule names are read by the claim model's judgement (claim-anchors).
  for (const spec of Object.values(pack.topics ?? {})) add(spec.patterns);
  for (const role of pack.roles ?? []) for (const signal of role.signals) add(signal.patterns);
  add(pack.coaching?.instructs.patterns);
  add(pack.coaching?.forbids?.patterns);
  return out;
}

/** An offTopic entry's `about` and `notAbout` that are written, each with its path in the YAML file. */
function sidesOf(entry: OffTopicEntry, path: (string | number)[]): { spec: TopicTerms; path: (string | number)[] }[] {
  return (['about', 'notAbout'] as const).flatMap((key) => (entry[key] ? [{ spec: entry[key]!, path: [...path, key] }] : []));
}

/** The sides of an offTopic entry that name topics, located for resolveTopics. */
function topicRefsOf(entry: OffTopicEntry, path: (string | number)[], file: string, src: YamlSource): TopicRef[] {
  return sidesOf(entry, path)
    .filter(({ spec }) => spec.topics)
    .map(({ spec, path: at }) => ({ file, at: src.locate([...at, 'topics']), spec }));
}

/** A rule's offTopic entry written as the name of one of the pack's `offTopics`, and where. */
interface SharedOffTopicRef {
  file: string;
  at: { line: number; column: number };
  rule: RuleDef;
  index: number;
  name: string;
}

/**
 * A named entry takes its place in the rule (the one object, shared: its topic
 * names are resolved once), once every file of the pack is read, as a later
 * file may define it; an unknown name is an error at its place.
 */
function resolveSharedOffTopics(pack: Pack, refs: SharedOffTopicRef[], errors: SourceError[]): void {
  for (const { file, at, rule, index, name } of refs) {
    const entry = pack.offTopics?.[name];
    if (entry) rule.offTopic![index] = entry;
    else {
      const known = Object.keys(pack.offTopics ?? {});
      errors.push({ file, ...at, message: `未定义的 offTopics 条目“${name}”（已定义：${known.length ? known.join('、') : '无'}）` });
    }
  }
}

/** An offTopic entry's `about` or `notAbout` that names topics, and where the names are written. */
interface TopicRef {
  file: string;
  at: { line: number; column: number };
  spec: TopicTerms;
}

/**
 * The lists of the topics an entry names join its own phrases and patterns,
 * once every file of the pack is read (a topic may be defined in a later
 * file); an unknown name is an error at its place.
 */
function resolveTopics(pack: Pack, refs: TopicRef[], errors: SourceError[]): void {
  for (const { file, at, spec } of refs) {
    const names = spec.topics ?? [];
    const unknown = names.filter((n) => !pack.topics?.[n]);
    if (unknown.length) {
      const known = Object.keys(pack.topics ?? {});
      errors.push({ file, ...at, message: `未定义的主题“${unknown.join('、')}”（已定义：${known.length ? known.join('、') : '无'}）` });
      continue;
    }
    const merged = names.reduce<TermSpec>((a, n) => mergeTerms(a, pack.topics![n]), { phrases: spec.phrases, patterns: spec.patterns });
    spec.phrases = merged.phrases;
    spec.patterns = merged.patterns;
    delete spec.topics;
  }
}

/** Two packs' phrase and pattern lists as one (a pack split over files). */
function mergeTerms(a: TermSpec | undefined, b: TermSpec | undefined): TermSpec {
  return { phrases: [...(a?.phrases ?? []), ...(b?.phrases ?? [])], patterns: [...(a?.patterns ?? []), ...(b?.patterns ?? [])] };
}

/** Each pattern of a list (a string or { pattern }) must compile under RE2 and not match nothing; an error names its place. */
function checkPatternList(src: YamlSource, list: unknown[] | undefined, path: (string | number)[]): void {
  list?.forEach((p, j) => {
    const pattern = typeof p === 'string' ? p : (p as { pattern: string }).pattern;
    const problem = patternProblem(pattern);
    if (problem) src.error([...path, j, ...(typeof p === 'string' ? [] : ['pattern'])], `${problem}：${pattern}`);
  });
}

/** Every pattern must compile under RE2 (linear time) and not match nothing. */
function checkPatterns(src: YamlSource, rules: RuleDef[]): void {
  rules.forEach((rule, i) => {
    const check = (list: unknown[] | undefined, path: (string | number)[]) => checkPatternList(src, list, path);
    check(rule.patterns, ['rules', i, 'patterns']);
    check(rule.exceptions, ['rules', i, 'exceptions']);
    if (rule.replaceWithin) {
      const problem = patternProblem(rule.replaceWithin);
      if (problem) src.error(['rules', i, 'replaceWithin'], `${problem}：${rule.replaceWithin}`);
    }
    for (const key of ['anyOf', 'when', 'require', 'first', 'before'] as const) {
      check(rule[key]?.patterns, ['rules', i, key, 'patterns']);
    }
    // (An entry that is a shared entry's name has its patterns checked where that entry is written.)
    (rule.offTopic as (OffTopicEntry | string)[] | undefined)?.forEach((o, j) => {
      if (typeof o !== 'string') for (const { spec, path } of sidesOf(o, ['rules', i, 'offTopic', j])) check(spec.patterns, [...path, 'patterns']);
    });
  });
}

function checkLexiconPatterns(src: YamlSource, lexicons: Lexicons | undefined): void {
  for (const [name, entries] of Object.entries(lexicons ?? {})) {
    entries.forEach((e, j) => {
      if (typeof e === 'string' || !('pattern' in e)) return;
      const problem = patternProblem(e.pattern);
      if (problem) src.error(['lexicons', name, j, 'pattern'], `${problem}：${e.pattern}`);
    });
  }
}

function checkRolePatterns(src: YamlSource, roles: RoleDef[] | undefined): void {
  roles?.forEach((role, i) =>
    role.signals.forEach((signal, j) =>
      signal.patterns?.forEach((p, k) => {
        const problem = patternProblem(p);
        if (problem) src.error(['roles', i, 'signals', j, 'patterns', k], `${problem}：${p}`);
      }),
    ),
  );
}

function checkCoachingPatterns(src: YamlSource, coaching: Pack['coaching']): void {
  for (const key of ['instructs', 'forbids'] as const) checkPatternList(src, coaching?.[key]?.patterns, ['coaching', key, 'patterns']);
}

// Built-in packs are validated once at build time and stored as JSON beside
// the compiled code (packs/compiled.ts); a run loads that JSON unless the YAML
// changed since.

interface CompiledPack {
  stamp: string;
  /** The pack less its lexicons, which are apart (`${name}.lexicons.json`): a run with the lexicon index the build compiled never reads them. */
  pack: Pack;
  hasLexicons: boolean;
  /**
   * The prefilter's answers (text/prefilter.ts) for the patterns of the
   * rules and roles, worked out at build time: a run then neither works them
   * out nor reads them from the CLI's literals cache. (The lexicons' patterns
   * are left out: a restored lexicon index keeps its own, see lexicon-cache.ts.)
   */
  literals: [string, string[][] | null][];
  /**
   * Where ICU's segmenter cuts the near-miss rules' glossary terms, worked out
   * at build time with the ICU named: a run with the same ICU then compiles
   * those rules without making the segmenter (near-miss.ts termOf).
   */
  segments?: { icu: string; windows: [string, number[]][] };
}

/** The ICU whose word cuts a compiled pack's `segments` hold, and a run must have to use them. */
const icuVersion = (): string => process.versions.icu ?? '';

/** Defines pack[key] as read on first access, then kept (and writable) as an ordinary property. */
function readLazily<K extends keyof Pack>(pack: Pack, key: K, read: () => Pack[K]): void {
  const keep = (value: Pack[K]) => Object.defineProperty(pack, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(pack, key, {
    enumerable: true,
    configurable: true,
    get: () => (keep(read()), pack[key]),
    set: keep,
  });
}

function readCompiled(name: string, stamp: string): Pack | null {
  try {
    const data = JSON.parse(readFileSync(compiledFile(name, 'json'), 'utf8')) as CompiledPack;
    if (data.stamp !== stamp) return null;
    const known = knownLiterals();
    for (const [source, answer] of data.literals) if (!known.has(source)) known.set(source, answer);
    // The sources of the literals are the rules' patterns as a run folds them (compileBuiltinPack): built-in, so reviewed.
    // Folding them again here cost a one-file run 7 ms.
    trustPatterns(data.literals.map(([source]) => source));
    if (data.segments?.windows.length && data.segments.icu === icuVersion()) addKnownWindows(data.segments.windows);
    const pack: Pack = { ...data.pack, file: resourcePath('rules', name) };
    if (data.hasLexicons) {
      const file = compiledFile(name, 'lexicons.json');
      if (!statSync(file).isFile()) return null;
      readLazily(pack, 'lexicons', () => JSON.parse(readFileSync(file, 'utf8')) as Lexicons);
    }
    markCompiled(pack, { name, stamp, hasLexicons: data.hasLexicons });
    return pack;
  } catch {
    return null;
  }
}

/**
 * A built-in pack with the claim model trained for it (claims.model in its
 * folder, `npm run train-model`), when there is one. Only built-in packs: a
 * workspace's packs are YAML data and nothing else.
 */
function withModel(pack: Pack, folder: string): Pack {
  const file = join(folder, 'claims.model');
  // Set on the pack itself, not a copy: a compiled pack is known by its object
  // (packs/compiled.ts), and a copy would read its lazily kept lexicons.
  if (!existsSync(file)) return pack;
  try {
    // The header now (a damaged file is a configuration error at once), the weights when first used.
    pack.model = readModelLazily(statSync(file).size, (from, length) => readRange(file, from, length));
  } catch (e) {
    // A damaged installation: named like any invalid pack file, not an internal error.
    throw new ConfigError([{ file, line: 1, column: 1, message: `${(e as Error).message}（重新安装 policylint，或运行 npm run train-model）` }]);
  }
  return pack;
}


/** Validates a built-in pack from its YAML and stores it compiled, with a copy of its YAML and its lexicon index (build step). */
export function compileBuiltinPack(name: string): string {
  const path = resourcePath('rules', name);
  const pack = loadPack(path, '/');
  const out = compiledFile(name, 'json');
  mkdirSync(dirname(out), { recursive: true });
  const literals = [...new Set(rulePatternSources(pack))].map((source): [string, string[][] | null] => [source, requiredLiterals(source)]);
  // A run checks the classes a pack's rules name (config/resolve.ts, on every
  // resolveConfig); a built-in pack that defines every class it names can never
  // fail that check, so its references are left out, as for a built-in pack
  // read from its YAML (loadPack).
  // The model is a file of its own (claims.model), read beside the pack.
  const { classRefs, ruleRefs: _ruleRefs, model: _model, ...rest } = pack;
  const own = new Set(Object.keys(pack.lexicons ?? {}));
  const kept = classRefs && undefinedClassErrors(classRefs, own).length > 0 ? { ...rest, classRefs } : rest;
  const stamp = stampOf(path);
  const { lexicons, ...withoutLexicons } = kept;
  const terms = pack.rules.filter((r) => r.check === 'near-miss').flatMap((r) => glossaryTerms(r.terms ?? []));
  const segments = { icu: icuVersion(), windows: [...new Set(terms)].map((t): [string, number[]] => [t, [...wordStarts(t)]]) };
  const compiled: CompiledPack = { stamp, pack: withoutLexicons, hasLexicons: Boolean(lexicons), literals, segments };
  writeFileSync(out, JSON.stringify(compiled));
  writePackSources(compiledFile(name, 'sources'), stamp, statSync(path).isDirectory() ? yamlFiles(path) : [path]);
  for (const kind of ['lexicons.json', 'lexicons.bin'] as const) rmSync(compiledFile(name, kind), { force: true });
  if (lexicons) {
    const json = JSON.stringify(lexicons);
    writeFileSync(compiledFile(name, 'lexicons.json'), json);
    // The index of the lexicons a run reads from that JSON (not this pack's objects: JSON drops what it cannot hold).
    writeFileSync(compiledFile(name, 'lexicons.bin'), encodeBuiltinLexicons(stamp, JSON.parse(json) as Lexicons));
  }
  return out;
}

/** The bytes of the lexicon index the build compiled for a pack read from its compiled JSON (lexicon-builtin.ts), with the pack's stamp. */
export function compiledLexicons(pack: Pack): { stamp: string; bytes: Buffer } | undefined {
  const from = compiledFrom(pack);
  if (!from?.hasLexicons) return undefined;
  try {
    return { stamp: from.stamp, bytes: readFileSync(compiledFile(from.name, 'lexicons.bin')) };
  } catch {
    return undefined;
  }
}
