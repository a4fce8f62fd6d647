// Which claims of a rule can hold where some classes occur, asked of every
// block by every claim rule (and most blocks hold no claim of most rules).
// A claim holds only where each of its class sets ('a|b') has a class, so the
// distinct sets of a rule's claims are numbered, each claim keeps the mask of
// the sets it needs, and the sets a block's classes meet are ORed together
// from the few classes it holds: a check is then a few integer operations per
// class and per claim, not a comparison of class bits per set of every claim.
import type { ClassBits } from '../lexicon.js';

/** Class bits hold 30 classes to a number (lexicon.ts); set masks 32 sets to a word. */
const CLASS_BITS = 30;

export class ClaimSets {
  /** Mask words per set mask. */
  readonly words: number;
  /** By class index: the masks of the sets that hold it, `words` numbers each. */
  private readonly setsOfClass: Int32Array;
  /** present()'s answer, reused: read it before the next call. */
  private readonly scratch: Int32Array;
  /** The classes some set holds, as class bits (classWords numbers): no other class adds to present(). */
  private readonly used: Int32Array;
  /** The indices of used's words that are not 0 (a rule's classes sit in a few of them). */
  private readonly usedAt: Int32Array;

  constructor(sets: readonly ClassBits[], classWords: number) {
    this.words = Math.max(1, Math.ceil(sets.length / 32));
    this.setsOfClass = new Int32Array(classWords * CLASS_BITS * this.words);
    this.scratch = new Int32Array(this.words);
    this.used = new Int32Array(classWords);
    // By the classes each set holds, not by every class there is: this runs for every claim rule at every start.
    for (let d = 0; d < sets.length; d++) {
      const set = sets[d];
      for (let w = 0; w < set.length; w++) {
        this.used[w] |= set[w];
        for (let x = set[w]; x !== 0; x &= x - 1) {
          const c = w * CLASS_BITS + 31 - Math.clz32(x & -x);
          this.setsOfClass[c * this.words + (d >> 5)] |= 1 << (d & 31);
        }
      }
    }
    this.usedAt = Int32Array.from(this.used.keys()).filter((w) => this.used[w] !== 0);
  }

  /** Does `bits` hold a class of some set (else present(bits) is all 0)? */
  meets(bits: ClassBits): boolean {
    const usedAt = this.usedAt;
    const used = this.used;
    for (let j = 0; j < usedAt.length; j++) {
      const w = usedAt[j];
      if (w < bits.length && (bits[w] & used[w]) !== 0) return true;
    }
    return false;
  }

  /** The mask of the sets that share a class with `bits`. */
  present(bits: ClassBits): Int32Array {
    const out = this.scratch;
    const words = this.words;
    const used = this.used;
    // A word or two: a loop, not fill()'s call.
    for (let k = 0; k < words; k++) out[k] = 0;
    // Classes of no set are skipped: their masks are 0.
    for (let w = 0; w < bits.length && w < used.length; w++) {
      for (let x = bits[w] & used[w]; x !== 0; x &= x - 1) {
        const at = (w * CLASS_BITS + 31 - Math.clz32(x & -x)) * words;
        for (let k = 0; k < words; k++) out[k] |= this.setsOfClass[at + k];
      }
    }
    return out;
  }
}

/** Numbers class sets by their bits: the same set named by two claims is one set. */
export class SetNumbering {
  readonly sets: ClassBits[] = [];
  private readonly index = new Map<string, number>();

  /** The numbers of these sets, numbering those not seen before (maskOf makes them a mask once all are numbered). */
  numbers(sets: readonly ClassBits[]): number[] {
    return sets.map((set) => {
      const key = set.join();
      let d = this.index.get(key);
      if (d === undefined) this.index.set(key, (d = this.sets.push(set) - 1));
      return d;
    });
  }
}

/** The mask, `words` numbers, of the sets numbered `ds`. */
export function maskOf(ds: readonly number[], words: number): Int32Array {
  const mask = new Int32Array(words);
  for (const d of ds) mask[d >> 5] |= 1 << (d & 31);
  return mask;
}

/** Are all the sets of `need` among `present`? */
export function covers(present: Int32Array, need: Int32Array): boolean {
  for (let k = 0; k < need.length; k++) if ((present[k] & need[k]) !== need[k]) return false;
  return true;
}
