// Lexicon classes named by a rule (claim and juxtaposed rules): a reference is
// one class or alternatives joined by | (savings|deposit-rate). Compiling checks
// that the rule set has a lexicon and that every class named is defined in it.
import type { LexiconIndex } from '../lexicon.js';
import type { RuleDef } from '../packs/model.js';
import type { SourceError } from '../types.js';
import type { CompileEnv } from './context.js';

/** The classes of one reference: `savings|deposit-rate` → [savings, deposit-rate]. */
export const classesOf = (ref: string): string[] => ref.split('|').map((s) => s.trim());

/** The rule set's lexicon; a rule that names classes cannot compile without one. */
export function lexiconOf(rule: RuleDef, env?: CompileEnv): LexiconIndex {
  if (!env?.lexicon) throw new Error(`规则 ${rule.id} 需要词表（lexicons）`);
  return env.lexicon;
}

/** Throws, naming them, when some of the classes are not defined in the lexicon. */
export function checkDefined(rule: RuleDef, lexicon: LexiconIndex, names: string[]): void {
  const unknown = names.filter((name) => !lexicon.classNames.has(name));
  if (unknown.length) throw new Error(`规则 ${rule.id} 用到了未定义的词类：${[...new Set(unknown)].join('、')}`);
}

/** One class reference of a rule, with its path inside the rule (to name its line). */
export interface ClassRef {
  path: (string | number)[];
  names: string[];
}

/**
 * Every class reference of a rule as written: claims' all/none/noneInSentence/answer, unless, concedes, modelNeeds, savings, notReturn, ownSide, yields' words and with.
 * The one list both checks read: a rule's compile (checkDefined) and a user pack's load (undefinedClassErrors).
 */
export function classRefsOf(rule: RuleDef): ClassRef[] {
  const refs: ClassRef[] = [];
  const add = (list: string[] | undefined, path: (string | number)[]) => list?.forEach((ref, i) => refs.push({ path: [...path, i], names: classesOf(ref) }));
  rule.claims?.forEach((c, j) => {
    for (const key of ['all', 'none', 'noneInSentence', 'answer'] as const) add(c[key], ['claims', j, key]);
  });
  for (const key of ['unless', 'concedes', 'modelNeeds', 'savings', 'notReturn', 'ownSide'] as const) add(rule[key], [key]);
  rule.yields?.forEach((y, j) => {
    add(y.words, ['yields', j, 'words']);
    add(y.with, ['yields', j, 'with']);
  });
  return refs;
}

/** A class reference of a loaded pack's rule, located in its file (see packs/load.ts). */
export interface LocatedClassRef {
  rule: string;
  names: string[];
  file: string;
  line: number;
  column: number;
}

/**
 * The references that name a class no pack of the set defines: each an error at
 * its line, so that a pack's typo is reported where it is, before any lint.
 */
export function undefinedClassErrors(refs: readonly LocatedClassRef[], defined: ReadonlySet<string>): SourceError[] {
  return refs.flatMap(({ rule, names, file, line, column }) => {
    const unknown = names.filter((n) => !defined.has(n));
    return unknown.length
      ? [{ file, line, column, message: `规则 ${rule} 用到了未定义的词类：${unknown.join('、')}（词类在规则包的 lexicons 中定义）` }]
      : [];
  });
}

/** The rule ids a pack's `yields` name that no pack of the set has: each an error at its line (they would never match). */
export function undefinedRuleErrors(refs: readonly LocatedClassRef[], defined: ReadonlySet<string>): SourceError[] {
  return refs.flatMap(({ rule, names, file, line, column }) => {
    const unknown = names.filter((n) => !defined.has(n));
    return unknown.length ? [{ file, line, column, message: `规则 ${rule} 的 yields 指向不存在的规则：${unknown.join('、')}` }] : [];
  });
}
