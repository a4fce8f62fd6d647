// Lexicon classes named by a rule (claim and juxtaposed rules): a reference is
// one class or alternatives joined by | (savings|deposit-rate). Compiling checks
// that the rule set has a lexicon and that every class named is defined in it.
import type { LexiconIndex } from '../lexicon.js';
import type { RuleDef } from '../packs/model.js';
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
