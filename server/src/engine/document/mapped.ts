// Prose that a reader outside the engine took from a file the engine cannot
// parse itself (an HTML page): the visible text, each character mapped to its
// offset in the file. Every line of that text is a block of its own: a line
// break there is a block element or <br>, never a soft wrap.
import { BlockBuilder, type Block } from './model.js';

export interface MappedProse {
  /** The visible text, lines separated by \n. */
  text: string;
  /** Source offset of each character of text. */
  offsets: ArrayLike<number>;
  /** Whether source[start, end) can be replaced without touching markup; no fixes when absent. */
  canFix?(start: number, end: number): boolean;
  /** Escapes replacement text for the source (e.g. & and < in HTML). */
  escape?(text: string): string;
}

export function mappedBlocks(prose: MappedProse): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  while (start <= prose.text.length) {
    let nl = prose.text.indexOf('\n', start);
    if (nl === -1) nl = prose.text.length;
    if (nl > start) {
      const builder = new BlockBuilder();
      builder.append(prose.text.slice(start, nl), start);
      const block = builder.build();
      if (block) {
        for (let i = 0; i < block.offsets.length; i++) block.offsets[i] = prose.offsets[block.offsets[i]];
        blocks.push(block);
      }
    }
    start = nl + 1;
  }
  return blocks;
}
