// Which literals a document's prose holds, for the terms of every rule at
// once (Terms.narrowTo and Terms.patternInSome): literals get ids here, and
// a prose is read for all of them in one pass.
import { Automaton } from './text/automaton.js';
import { mayMatch } from './text/prefilter.js';

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

// The literals of each block of the last prose read, for the patterns' per-block prefilter (blockMayMatch): the prose
// is read block by block, so that its one automaton pass also tells which block holds which literal, where the
// prefilter searched each block for the literals of every pattern of every rule (includes(): over 4% of a run over
// the bench corpus). The blocks come from proseOf (noteProseBlocks); a literal holding a line break could span two
// blocks, and the prose is then read whole as before.
let notedProse: string | null = null;
let notedBlocks: readonly { folded: string }[] | null = null;
/** Where a block's literal bits start in blockBits, by its text (the first block with that text: the same text holds the same literals). */
const blockOfText = new Map<string, number>();
/** Per block, (covered + 31) >> 5 words of bits, literal id i at bit i % 32 of word i >> 5: which covered literals it holds. */
let blockBits = new Int32Array(1024);
/** Literal ids below this one have bits (0: no bits). */
let blocksCover = 0;
/** No more bits than this (words): a prose of very many blocks is answered with includes(). */
const MAX_BLOCK_WORDS = 1 << 22;
/** The text last looked up in blockOfText, and where its bits start. */
let enteredText: string | null = null;
let enteredAt = 0;
/** Does a covered literal hold a line break (then blocks are not read apart)? */
let breakCovered = false;

/** The blocks of a prose (proseOf): its literals are then found block by block. */
export function noteProseBlocks(prose: string, blocks: readonly { folded: string }[]): void {
  notedProse = prose;
  notedBlocks = blocks;
}

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
      breakCovered = literalList.some((lit) => lit.includes('\n'));
    }
    blocksCover = 0;
    enteredText = null;
    blockOfText.clear();
    if (literalAutomaton) {
      for (let i = 0; i < covered; i++) {
        settledIn[i] = scan;
        occurs[i] = 0;
      }
      if (prose === notedProse && notedBlocks && !breakCovered) readBlocks(literalAutomaton, notedBlocks);
      else {
        literalAutomaton.scan(prose, true);
        const found = literalAutomaton.literals;
        for (let k = 0; k < literalAutomaton.literalsEnd; k++) occurs[found[k]] = 1;
      }
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
 * The literal automaton's pass over a prose, block by block (the prose is its blocks joined by line breaks, and no
 * literal holds one): occurs as the whole prose's pass gives it, and each block's literals.
 */
function readBlocks(automaton: Automaton, blocks: readonly { folded: string }[]): void {
  const words = (covered + 31) >> 5;
  const bits = words * (blocks.length + 1) <= MAX_BLOCK_WORDS;
  if (!bits) {
    for (let b = 0; b < blocks.length; b++) {
      const text = blocks[b].folded;
      if (blockOfText.has(text)) continue;
      blockOfText.set(text, 0);
      automaton.scan(text, true);
      const found = automaton.literals;
      const end = automaton.literalsEnd;
      for (let k = 0; k < end; k++) occurs[found[k]] = 1;
    }
    blockOfText.clear();
    return;
  }
  // The blocks' bits, then the whole prose's (the blocks' together) after them.
  const all = words * blocks.length;
  if (blockBits.length < all + words) blockBits = new Int32Array(Math.max(all + words, blockBits.length * 2));
  else blockBits.fill(0, 0, all + words);
  const set = blockBits;
  let at = 0;
  for (let b = 0; b < blocks.length; b++, at += words) {
    const text = blocks[b].folded;
    // A repeated text holds the literals of its first block: only that one is read.
    if (blockOfText.has(text)) continue;
    blockOfText.set(text, at);
    automaton.literalBits(text, set, at, all);
  }
  for (let w = 0; w < words; w++) {
    let x = set[all + w];
    while (x !== 0) {
      const low = x & -x;
      occurs[(w << 5) + 31 - Math.clz32(low)] = 1;
      x ^= low;
    }
  }
  blocksCover = covered;
}

/** Where text's bits start, looked up (and kept for the next call); -1 when text is no block of the last prose read. */
function bitsOf(text: string): number {
  if (text === enteredText) return enteredAt;
  const at = blockOfText.get(text);
  if (at === undefined) return -1;
  enteredText = text;
  enteredAt = at;
  return at;
}

/**
 * mayMatch(text, reqs), ids being reqs by literal id (triggerIds): for a block of the last prose read, the literals
 * the automaton covered are answered from its list, the others (and other texts) with includes() as mayMatch does.
 */
export function blockMayMatch(text: string, reqs: string[][] | null, ids: number[][] | null | undefined): boolean {
  if (!reqs) return true;
  if (!ids) return mayMatch(text, reqs);
  // The prose itself (roles.ts reads a document's whole text): its literals are known already.
  if (text === knownProse) return mayMatchIn(text, ids);
  const at = blocksCover === 0 ? -1 : bitsOf(text);
  if (at < 0) return mayMatch(text, reqs);
  const bits = blockBits;
  const cover = blocksCover;
  for (let r = 0; r < ids.length; r++) {
    const set = ids[r];
    let found = false;
    for (let k = 0; k < set.length; k++) {
      const id = set[k];
      if (id < cover ? (bits[at + (id >> 5)] & (1 << (id & 31))) !== 0 || literalList[id] === '' : text.includes(literalList[id])) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
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
