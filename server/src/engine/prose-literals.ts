// Which literals a document's prose holds, for the terms of every rule at
// once (Terms.narrowTo and Terms.patternInSome): literals get ids here, and
// a prose is read for all of them in one pass.
import { Automaton } from './text/automaton.js';

// narrowTo is asked for every rule's terms against the same prose, and rules
// share literals (保险, 犹豫期 …). Every literal such a pattern requires has an
// id here, and one automaton pass over a prose finds all those it holds, where
// a search of the whole prose for each literal read it hundreds of times. The
// automaton covers the literals known when the prose came; literals added
// later (the rules of a run register theirs during its first document) are
// searched for with includes() until the next prose rebuilds it.
const literalList: string[] = [];
const literalIds = new Map<string, number>();
let literalAutomaton: Automaton | null = null;
/** How many literals (the first ids) literalAutomaton reports. */
let covered = 0;
let knownProse: string | null = null;
/** Per literal id: the prose scan that settled whether it occurs (proseScans is the current one), and whether it does. */
let settledIn = new Int32Array(64);
let occurs = new Uint8Array(64);
let proseScans = 0;

export function literalId(literal: string): number {
  let id = literalIds.get(literal);
  if (id === undefined) {
    id = literalList.push(literal) - 1;
    literalIds.set(literal, id);
    if (id >= settledIn.length) {
      const settled = new Int32Array(settledIn.length * 2);
      settled.set(settledIn);
      settledIn = settled;
      const found = new Uint8Array(occurs.length * 2);
      found.set(occurs);
      occurs = found;
    }
  }
  return id;
}

/** Does the prose hold the literal? */
export function proseHolds(prose: string, id: number): boolean {
  if (prose !== knownProse) {
    knownProse = prose;
    const scan = ++proseScans;
    // Not for a run's first prose: a one-file run searches with includes() alone.
    if (covered !== literalList.length && scan > 1) {
      covered = literalList.length;
      // '' would be the root state; every text includes it (settled below by includes()).
      literalAutomaton = new Automaton([], literalList.map((lit) => lit || '\uffff\uffff'));
    }
    if (literalAutomaton) {
      literalAutomaton.scan(prose, true);
      for (let i = 0; i < covered; i++) {
        settledIn[i] = scan;
        occurs[i] = 0;
      }
      const found = literalAutomaton.literals;
      for (let k = 0; k < literalAutomaton.literalsEnd; k++) occurs[found[k]] = 1;
      const empty = literalIds.get('');
      if (empty !== undefined) occurs[empty] = 1;
    }
  }
  if (settledIn[id] !== proseScans) {
    settledIn[id] = proseScans;
    occurs[id] = prose.includes(literalList[id]) ? 1 : 0;
  }
  return occurs[id] === 1;
}

/**
 * The one of a pattern's required literal sets (by id) likely to occur least, estimated by length as the lexicon does
 * (short literals are common in prose): patternInSome looks for the blocks that hold one of them.
 */
export function rarestSet(ids: number[][]): number[] {
  let rarest: number[] = ids[0];
  let lowest = Infinity;
  for (const set of ids) {
    let cost = 0;
    for (const id of set) cost += 1 / 8 ** literalList[id].length;
    if (cost < lowest) {
      lowest = cost;
      rarest = set;
    }
  }
  return rarest;
}

/** The literal of an id. */
export function literalOf(id: number): string {
  return literalList[id];
}

/** mayMatch against a document's whole prose, each literal looked up once per prose. */
export function mayMatchIn(prose: string, reqs: number[][] | null): boolean {
  if (!reqs) return true;
  for (const set of reqs) {
    let found = false;
    for (const id of set) {
      if (proseHolds(prose, id)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** The block whose text holds offset `at` of a prose whose blocks start at `starts` (checks/find.ts blockAt too). */
export function blockIndexAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
