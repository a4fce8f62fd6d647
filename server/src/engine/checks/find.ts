// Locating terms across the blocks of a document, in document order.
import { proseOf, type Block, type ProseDocument } from '../document/index.js';
import type { Terms, TermMatch } from '../terms.js';
import { speakerAt, type Speaker } from '../document/speakers.js';
import { memo } from '../memo.js';

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

export function spokenBy(block: Block, index: number, speakers: Speakers): boolean {
  return !speakers || speakers.includes(speakerAt(block, index));
}

export interface Located {
  block: Block;
  index: number;
  match: TermMatch;
}

/** The earliest match of terms in the document, or undefined. */
export function firstIn(doc: ProseDocument, all: Terms, speakers?: Speakers): Located | undefined {
  const terms = narrowed(doc, all);
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i];
    let best: TermMatch | undefined;
    for (const m of terms.scan(block.folded)) if ((!best || m.start < best.start) && spokenBy(block, m.start, speakers)) best = m;
    if (best) return { block, index: i, match: best };
  }
  return undefined;
}

export function presentIn(doc: ProseDocument, all: Terms, speakers?: Speakers): boolean {
  const terms = narrowed(doc, all);
  if (!speakers) return doc.blocks.some((b) => terms.has(b.folded));
  return doc.blocks.some((b) => terms.scan(b.folded).some((m) => spokenBy(b, m.start, speakers)));
}
