// Locating terms across the blocks of a document, in document order.
import type { Block, ProseDocument } from '../document/index.js';
import type { Terms, TermMatch } from '../terms.js';

export interface Located {
  block: Block;
  index: number;
  match: TermMatch;
}

/** The earliest match of terms in the document, or undefined. */
export function firstIn(doc: ProseDocument, terms: Terms): Located | undefined {
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i];
    let best: TermMatch | undefined;
    for (const m of terms.scan(block.folded)) if (!best || m.start < best.start) best = m;
    if (best) return { block, index: i, match: best };
  }
  return undefined;
}

export function presentIn(doc: ProseDocument, terms: Terms): boolean {
  return doc.blocks.some((b) => terms.has(b.folded));
}
