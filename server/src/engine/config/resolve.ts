// Merges the config chain for one file: packs from `extends` (built-in cbrc-90
// when nothing says otherwise), rule settings root-most first and nearest
// last, then the overrides whose globs match the file.
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { freshStamp, freshnessEpoch, reusedUntil, withFreshness } from '../freshness.js';
import picomatch from 'picomatch';
import { BUILTIN_PACKS, loadPack, resolvePackRef } from '../packs/load.js';
import { ConfigError } from '../types.js';
import { undefinedClassErrors, undefinedRuleErrors } from '../checks/class-refs.js';
import type { DocumentKind, ProductType, SeveritySetting } from '../types.js';
import { findConfigChain, readConfigFile } from './load.js';
import type { ConfigFile, ResolvedConfig, ResolvedSetting, RuleSetting } from './model.js';
import { DATA_FILE_LIMIT, readBoundedText } from '../../fs/read-bounded.js';
import { resourcePath } from '../resources.js';
import { isInside } from '../../fs/inside.js';
import { unknownRuleWarnings } from './rule-ids.js';
import { isPlaceholder } from './placeholders.js';

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
export const DEFAULT_DICTIONARY = '.policylint-words.txt';

const wordLists = new Map<string, { stamp: string; words: string[] }>();

type At = { file: string; line: number; column: number };

/** One word per line; # starts a comment. A missing file is an empty list; a FIFO or a huge file is a config error. */
function readWordList(file: string, at: At): string[] {
  const stamp = freshStamp(`words:${file}`, () => (existsSync(file) ? String(statSync(file).mtimeMs) : 'none'));
  const hit = wordLists.get(file);
  if (hit && hit.stamp === stamp) return hit.words;
  let words: string[] = [];
  if (stamp !== 'none') {
    const read = readBoundedText(file, DATA_FILE_LIMIT);
    if ('problem' in read) {
      if (read.reason !== 'missing') throw new ConfigError([{ ...at, message: `词表无法读取（${file}）：${read.problem}` }]);
    } else words = read.text.split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
  }
  wordLists.set(file, { stamp, words });
  return words;
}

const OUTSIDE_HINT = '工作区配置只能引用工作区内的文件或内置规则包；确需引用时，请在命令行加 --allow-outside-workspace，或在编辑器的用户设置中开启 policylint.allowOutsideWorkspace';

export interface ResolveOptions {
  /** --config: use this file only, no discovery. */
  configFile?: string;
  /** --no-config-lookup equivalent. */
  noConfig?: boolean;
  /** Extra packs (--rule-pack or editor settings), resolved against cwd. */
  extraPacks?: string[];
  /** Settings given on the command line or by the editor; they win. */
  rules?: Record<string, RuleSetting>;
  cwd?: string;
  /**
   * Folders a config may name files in, besides the root-most config's folder
   * and the installed packs (default: cwd; the editor: its workspace folders).
   */
  workspaceRoots?: string[];
  /** The user's own setting (never a workspace file's): a config may name files anywhere. */
  allowOutsideWorkspace?: boolean;
}

function normalizeSeverity(s: SeveritySetting | 'warn'): SeveritySetting {
  return s === 'warn' ? 'warning' : s;
}

function applyRules(target: Map<string, ResolvedSetting>, rules: Record<string, RuleSetting> | undefined): void {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const prev = target.get(id) ?? {};
    if (typeof setting === 'string') target.set(id, { ...prev, severity: normalizeSeverity(setting) });
    else
      target.set(id, {
        severity: setting.severity ? normalizeSeverity(setting.severity) : prev.severity,
        options: setting.options ? { ...prev.options, ...setting.options } : prev.options,
      });
  }
}

function matches(globs: string[], file: ConfigFile, filePath: string): boolean {
  const rel = relative(file.dir, filePath).split('\\').join('/');
  if (rel.startsWith('..')) return false;
  return picomatch.isMatch(rel, globs, { dot: true, matchBase: !globs.some((g) => g.includes('/')) });
}

/**
 * Configs of the files of a folder, by the options object (a run passes one
 * for all its files): the same for every file there unless a config of the
 * chain has `ignores` or `overrides`, the parts that read a file's own path.
 * Kept while no file it was read from may have changed (freshness.ts); one
 * object for the folder also lets buildRuleSet find its rule set at once.
 */
const byFolder = new WeakMap<ResolveOptions, Map<string, { config: ResolvedConfig; until: number; epoch: number }>>();

export function resolveConfig(filePath: string | undefined, options: ResolveOptions = {}): ResolvedConfig {
  const cwd = options.cwd ?? process.cwd();
  const abs = filePath ? resolve(cwd, filePath) : resolve(cwd, '__stdin__');
  const folder = `${cwd}\0${dirname(abs)}`;
  let folders = byFolder.get(options);
  const kept = folders?.get(folder);
  if (kept && kept.epoch === freshnessEpoch() && Date.now() < kept.until) {
    reusedUntil(kept.until);
    return kept.config;
  }
  const { value, until, epoch } = withFreshness(() => resolveFor(abs, cwd, options));
  if (!value.readsPath) {
    if (!folders) byFolder.set(options, (folders = new Map()));
    folders.set(folder, { config: value.config, until, epoch });
  }
  return value.config;
}

/** The config of the file at `abs`, and whether another file of its folder may have another. */
function resolveFor(abs: string, cwd: string, options: ResolveOptions): { config: ResolvedConfig; readsPath: boolean } {
  const chain = options.noConfig
    ? []
    : options.configFile
      ? [readConfigFile(resolve(cwd, options.configFile))]
      : findConfigChain(dirname(abs));
  const rootFirst = [...chain].reverse();
  // Files a config names must be inside these (real paths), unless the user allowed more.
  const roots = options.allowOutsideWorkspace ? null : [...(options.workspaceRoots ?? [cwd]), ...(rootFirst[0] ? [rootFirst[0].dir] : []), resourcePath('rules')];
  // Real paths cost a few system calls (and an exception for a missing file) per file linted:
  // the answer is kept as long as configs are (freshness.ts).
  const mayRead = (path: string) => !roots || freshStamp(`inside:${path}\0${roots.join('\0')}`, () => (isInside(path, roots) ? 'yes' : 'no')) === 'yes';

  const refs: { ref: string; dir: string; from?: { file: string; line: number; column: number } }[] = [];
  for (const c of rootFirst) (c.data.extends ?? []).forEach((ref, i) => refs.push({ ref, dir: c.dir, from: { file: c.path, ...c.extendsAt[i] } }));
  if (!rootFirst.some((c) => c.data.extends)) refs.unshift({ ref: 'cbrc-90', dir: cwd }, { ref: 'spelling', dir: cwd });
  for (const ref of options.extraPacks ?? []) refs.push({ ref, dir: cwd });
  const seen = new Set<string>();
  const packs = refs
    .map(({ ref, dir, from }) => {
      if (from && !existsSync(resolvePackRef(ref, dir))) {
        throw new ConfigError([{ ...from, message: `找不到规则包“${ref}”（${resolvePackRef(ref, dir)}；内置规则包：${BUILTIN_PACKS.join('、')}）` }]);
      }
      if (from && !BUILTIN_PACKS.includes(ref) && !mayRead(resolvePackRef(ref, dir))) {
        throw new ConfigError([{ ...from, message: `规则包“${ref}”在工作区之外（${resolvePackRef(ref, dir)}），未读取。${OUTSIDE_HINT}` }]);
      }
      return loadPack(ref, dir, from);
    })
    .filter((p) => (seen.has(p.file) ? false : (seen.add(p.file), true)));
  // A class a rule names must be defined by some pack of the set (a user pack may use the built-in classes).
  // Only user packs carry their references (packs/load.ts): with the built-in packs alone there is nothing to check.
  if (packs.some((p) => p.classRefs)) {
    const defined = new Set(packs.flatMap((p) => Object.keys(p.lexicons ?? {})));
    const classErrors = packs.flatMap((p) => undefinedClassErrors(p.classRefs ?? [], defined));
    if (classErrors.length) throw new ConfigError(classErrors);
  }
  // A rule a finding gives way to (yields' `to`) must be a rule of the set: an unknown id would never match.
  if (packs.some((p) => p.ruleRefs)) {
    const ids = new Set(packs.flatMap((p) => p.rules.map((r) => r.id)));
    const ruleErrors = packs.flatMap((p) => undefinedRuleErrors(p.ruleRefs ?? [], ids));
    if (ruleErrors.length) throw new ConfigError(ruleErrors);
  }

  const settings = new Map<string, ResolvedSetting>();
  let kind: DocumentKind | undefined;
  let product: ProductType | undefined;
  let facts = {};
  let ignored = false;
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  for (const c of rootFirst) {
    applyRules(settings, c.data.rules);
    kind = c.data.kind ?? kind;
    product = c.data.product ?? product;
    facts = { ...facts, ...c.data.facts };
    maxFileSize = c.data.maxFileSize ?? maxFileSize;
    if (c.data.ignores?.length && matches(c.data.ignores, c, abs)) ignored = true;
    for (const o of c.data.overrides ?? []) {
      if (!matches(o.files, c, abs)) continue;
      applyRules(settings, o.rules);
      kind = o.kind ?? kind;
      product = o.product ?? product;
      facts = { ...facts, ...o.facts };
    }
  }
  applyRules(settings, options.rules);
  const words = rootFirst.flatMap((c) => c.data.spelling?.words ?? []);
  const nearest = chain[0];
  const dictionaryFile = nearest
    ? resolve(nearest.dir, nearest.data.spelling?.dictionary ?? DEFAULT_DICTIONARY)
    : resolve(cwd, DEFAULT_DICTIONARY);
  for (const c of rootFirst) {
    const file = resolve(c.dir, c.data.spelling?.dictionary ?? DEFAULT_DICTIONARY);
    const at = { file: c.path, ...(c.data.spelling?.dictionary ? c.locate(['spelling', 'dictionary']) : { line: 1, column: 1 }) };
    if (!mayRead(file)) throw new ConfigError([{ ...at, message: `词表在工作区之外（${file}），未读取。${OUTSIDE_HINT}` }]);
    words.push(...readWordList(file, at));
  }
  if (!nearest) {
    const at = { file: dictionaryFile, line: 1, column: 1 };
    if (!mayRead(dictionaryFile)) throw new ConfigError([{ ...at, message: `词表在工作区之外（${dictionaryFile}），未读取。${OUTSIDE_HINT}` }]);
    words.push(...readWordList(dictionaryFile, at));
  }
  const warnings = unknownRuleWarnings(rootFirst, options.rules, packs);
  // A 【请填写…】 placeholder (as --init writes) is a missing fact, never filled in as if real.
  facts = Object.fromEntries(Object.entries(facts).filter(([, v]) => !isPlaceholder(v)));
  const readsPath = rootFirst.some((c) => c.data.ignores?.length || c.data.overrides?.length);
  return { config: { packs, settings, kind, product, facts, ignored, files: chain.map((c) => c.path), maxFileSize, words, dictionaryFile, warnings }, readsPath };
}
