// Plain text: every paragraph (lines up to a blank line) is one block.
import { BlockBuilder, type Block } from './model.js';

export function textBlocks(source: string, from: number): Block[] {
  const blocks: Block[] = [];
  let builder = new BlockBuilder();
  const flush = () => {
    const b = builder.build();
    if (b) blocks.push(b);
    builder = new BlockBuilder();
  };
  let start = from;
  while (start <= source.length) {
    let nl = source.indexOf('\n', start);
    if (nl === -1) nl = source.length;
    const line = source.slice(start, nl).replace(/\r$/, '');
    if (/^[ \t\u3000]*$/.test(line)) flush();
    else {
      if (builder.length) builder.append('\n', start - 1);
      builder.append(line, start);
    }
    start = nl + 1;
  }
  flush();
  return blocks;
}
