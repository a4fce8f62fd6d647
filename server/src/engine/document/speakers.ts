// Speaker turns in sales scripts (销售：… / 客户：…). A rule can apply to what
// the salesperson says and not to what the customer says: a customer asking
// 这和存款一样吗？ is not the bank framing insurance as a deposit.
import type { Block } from './model.js';

export type Speaker = 'seller' | 'customer' | 'narration';

export const SELLER_LABELS = ['销售人员', '销售', '坐席', '理财经理', '客户经理', '柜员', '业务员', '代理人', '营销员'];
export const CUSTOMER_LABELS = ['客户', '投保人', '被保险人'];

/** A speaker label at the start of a line of prose, with its colon. */
export const SPEAKER_LABEL = new RegExp(`^(${[...SELLER_LABELS, ...CUSTOMER_LABELS].join('|')})[：:]`);

const turns = new WeakMap<Block, { start: number; speaker: Speaker }[]>();

function turnsOf(block: Block): { start: number; speaker: Speaker }[] {
  let list = turns.get(block);
  if (list) return list;
  list = [];
  let lineStart = 0;
  let current: Speaker = 'narration';
  for (;;) {
    const m = SPEAKER_LABEL.exec(block.text.slice(lineStart, lineStart + 6));
    if (m) {
      current = SELLER_LABELS.includes(m[1]) ? 'seller' : 'customer';
      list.push({ start: lineStart, speaker: current });
    } else if (lineStart === 0) list.push({ start: 0, speaker: 'narration' });
    const nl = block.text.indexOf('\n', lineStart);
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  turns.set(block, list);
  return list;
}

/** Who speaks at an index of the block's text. A turn lasts until the next label. */
export function speakerAt(block: Block, index: number): Speaker {
  let speaker: Speaker = 'narration';
  for (const t of turnsOf(block)) {
    if (t.start > index) break;
    speaker = t.speaker;
  }
  return speaker;
}
