// Locating terms across the blocks of a document, in document order.
import { proseOf, type Block, type ProseDocument } from '../document/index.js';
import type { Terms, TermMatch } from '../terms.js';
import { speakerAt, type Speaker } from '../document/speakers.js';
import { memo } from '../memo.js';
import { blockIndexAt } from '../prose-literals.js';

/**
 * The terms that may match somewhere in the document. In the language server
 * block scans are kept by text (terms.ts), so reading the whole prose again
 * on every keystroke would cost more than it saves.
 */
function narrowed(doc: ProseDocument, all: Terms): Terms {
  return memo.enabled ? all : all.narrowTo(proseOf(doc));
}

/** Whose words count; undefined: everyone's. */
export type Speakers = Speaker[] | undefined;

/**
 * Do the words at index count as the text's own: spoken by one of `speakers`
 * (everyone when undefined), and never a customer's question, in any kind of
 * text (客户：能保证每年都有分红吗？ on an FAQ page claims nothing).
 */
export function spokenBy(block: Block, index: number, speakers: Speakers): boolean {
  const speaker = speakerAt(block, index);
  if (speakers && !speakers.includes(speaker)) return false;
  return speaker !== 'customer' || !endsAsQuestion(block.text, index);
}

/** Does the sentence holding index end with a question mark? Read to its end only. */
function endsAsQuestion(text: string, index: number): boolean {
  let i = index;
  while (i < text.length && !'。！!？?\n'.includes(text[i])) i++;
  return text[i] === '？' || text[i] === '?';
}

export interface Located {
  block: Block;
  index: number;
  match: TermMatch;
}

/** The earliest match of terms in the document, or undefined; with `accept`, the earliest it accepts (not a title line's). */
export function firstIn(doc: ProseDocument, all: Terms, speakers?: Speakers, accept?: (block: Block, start: number) => boolean): Located | undefined {
  const terms = narrowed(doc, all);
  let from = 0;
  let to = doc.blocks.length;
  if (!speakers && !accept && !memo.enabled) {
    // The leftmost phrase in the whole prose names the last block that can hold
    // the first match; before it only patterns can match.
    const at = terms.firstPhraseAt(proseOf(doc));
    if (at !== null) {
      const last = at === -1 ? -1 : blockAt(doc, at);
      let i = 0;
      if (terms.hasPatterns) while (i < doc.blocks.length && (last === -1 || i < last) && !terms.patternIn(doc.blocks[i].folded)) i++;
      else i = last === -1 ? doc.blocks.length : last;
      if (i >= doc.blocks.length) return undefined;
      from = i;
      to = i + 1;
    }
  }
  // Index loops: for-of over the shared frozen empty list allocates an iterator per block.
  for (let i = from; i < to; i++) {
    const block = doc.blocks[i];
    const matches = terms.scan(block.folded);
    let best: TermMatch | undefined;
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k];
      if ((!best || m.start < best.start) && spokenBy(block, m.start, speakers) && (!accept || accept(block, m.start))) best = m;
    }
    if (!best && speakers && matches.length) best = retriedFor(block, terms, speakers, accept);
    if (best) return { block, index: i, match: best };
  }
  return undefined;
}

export function presentIn(doc: ProseDocument, all: Terms, speakers?: Speakers): boolean {
  const terms = narrowed(doc, all);
  if (!speakers) {
    if (!memo.enabled) {
      // Phrases in one pass over the whole prose; then, if need be, patterns block by block.
      const at = terms.firstPhraseAt(proseOf(doc));
      if (at !== null) return at !== -1 || (terms.hasPatterns && terms.patternInSome(doc.blocks, proseOf(doc), blockStartsOf(doc)));
    }
    return doc.blocks.some((b) => terms.has(b.folded));
  }
  return doc.blocks.some((b) => {
    const matches = terms.scan(b.folded);
    return matches.length > 0 && (matches.some((m) => spokenBy(b, m.start, speakers)) || retriedFor(b, terms, speakers) !== undefined);
  });
}

/**
 * The leftmost match spoken by `speakers`, searched again when every match
 * of the plain scan was someone else's: a match that starts in the customer's
 * turn (or on the label before the seller's) may hide one that starts one
 * character later, inside the seller's turn, which the plain scan never tried.
 */
function retriedFor(block: Block, terms: Terms, speakers: Speaker[], accept?: (block: Block, start: number) => boolean): TermMatch | undefined {
  const matches = terms.scan(block.folded, (start) => spokenBy(block, start, speakers) && (!accept || accept(block, start)));
  let best: TermMatch | undefined;
  for (const m of matches) if (!best || m.start < best.start) best = m;
  return best;
}

/**
 * The blocks where some phrase of terms without patterns occurs, found in one
 * pass over the whole prose; null when terms have patterns or a phrase holds
 * a line break, or in the language server (then every block is read).
 */
export function blocksWithPhrases(doc: ProseDocument, terms: Terms): Block[] | null {
  if (memo.enabled || terms.hasPatterns) return null;
  const prose = proseOf(doc);
  const starts = blockStartsOf(doc);
  const out: Block[] = [];
  for (let at = terms.firstPhraseAt(prose, 0); at !== -1; ) {
    if (at === null) return null;
    const i = blockAt(doc, at);
    out.push(doc.blocks[i]);
    if (i + 1 >= starts.length) break;
    at = terms.firstPhraseAt(prose, starts[i + 1]);
  }
  return out;
}

const blockStarts = new WeakMap<ProseDocument, Int32Array>();

/** Where each block's text starts in proseOf(doc). */
export function blockStartsOf(doc: ProseDocument): Int32Array {
  blockAt(doc, 0);
  return blockStarts.get(doc)!;
}

/** The block whose text holds offset `at` of proseOf(doc) (blocks joined by line breaks). */
export function blockAt(doc: ProseDocument, at: number): number {
  let starts = blockStarts.get(doc);
  if (!starts) {
    starts = new Int32Array(doc.blocks.length);
    let s = 0;
    doc.blocks.forEach((b, i) => {
      starts![i] = s;
      s += b.folded.length + 1;
    });
    blockStarts.set(doc, starts);
  }
  return blockIndexAt(starts, at);
}
