// Sales coaching inside a regulation or training text: a sentence that tells
// staff to say something (统一说“…”; 参考答案：“…”; 可以强调…) makes the claims
// it holds the text's own, where a quotation (经查，该行员工宣称“…”) or a
// prohibition (不要说“保本”) does not. The phrases are pack data (`coaching`
// in rules/cbrc-90/roles.yaml), read as whole sentences, never as lexicon words:
// as words they would sit between a negation and the word it negates.
import type { Pack } from './packs/model.js';
import { Terms } from './terms.js';

export interface Coaching {
  /**
   * Does this sentence tell staff to say what it holds? A header that names what is under it wrong
   * makes every row or item a quotation, whatever it says: a table's header row (| 违规说法 | 违反什么 |)
   * or the heading a list sits under (哪些行为属于代签代抄).
   */
  tells(sentence: string, header?: string): boolean;
}

const compiled = new WeakMap<Pack, { instructs: Terms; forbids: Terms | null } | null>();

function coachingOfPack(pack: Pack): { instructs: Terms; forbids: Terms | null } | null {
  let c = compiled.get(pack);
  if (c === undefined) {
    const def = pack.coaching;
    c = def ? { instructs: new Terms(def.instructs), forbids: def.forbids ? new Terms(def.forbids) : null } : null;
    compiled.set(pack, c);
  }
  return c;
}

const ofPacks = new WeakMap<readonly Pack[], Coaching | null>();

/** The coaching phrases of the packs, or undefined when no pack has any; made once per list of packs. */
export function coachingOf(packs: readonly Pack[]): Coaching | undefined {
  let coaching = ofPacks.get(packs);
  if (coaching === undefined) {
    const all = packs.map(coachingOfPack).filter((c): c is { instructs: Terms; forbids: Terms | null } => c !== null);
    const forbidden = (text: string) => all.some((c) => c.forbids?.has(text));
    coaching = all.length
      ? { tells: (sentence, header) => all.some((c) => c.instructs.has(sentence)) && !forbidden(sentence) && !(header !== undefined && forbidden(header)) }
      : null;
    ofPacks.set(packs, coaching);
  }
  return coaching ?? undefined;
}
