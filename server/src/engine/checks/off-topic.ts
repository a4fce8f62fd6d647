// A rule's `offTopic`: sentences about something else (the bank's own deposit,
// card or app notice with no word of insurance in it), where the rule reports
// nothing. Read as whole sentences, never as lexicon words, so that they never
// change how the words around them are read.
import { Terms } from '../terms.js';
import type { RuleDef } from '../packs/model.js';

export type OffTopic = { about: Terms; notAbout: Terms | null }[];

/** The rule's offTopic entries; topic names were resolved to their phrases and patterns when the pack was loaded. */
export function compileOffTopic(rule: RuleDef): OffTopic {
  return (rule.offTopic ?? []).map((o) => ({ about: new Terms(o.about), notAbout: o.notAbout ? new Terms(o.notAbout) : null }));
}

/** Does the sentence hold an entry's `about` and none of its `notAbout`? */
export function isOffTopic(offTopic: OffTopic, sentence: string): boolean {
  return offTopic.some((o) => o.about.has(sentence) && !o.notAbout?.has(sentence));
}
