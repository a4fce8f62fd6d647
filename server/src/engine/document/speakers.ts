// Speaker turns in sales scripts (销售：… / 客户：…). A rule can apply to what
// the salesperson says and not to what the customer says: a customer asking
// 这和存款一样吗？ is not the bank framing insurance as a deposit.
import type { Block } from './model.js';

export type Speaker = 'seller' | 'customer' | 'narration';

// An FAQ's 问 is the customer's question and its 答 the seller's answer.
// Online: 智能客服 and an FAQ's A answer, Q asks; private banking: 顾问; live streams: 主播; Taiwan: 理專.
// The insurer's call-back agent (回访专员) and phone sales staff speak for the seller's side: their words are read.
// A post's writer answering a customer's quoted question (客户：“…？”我：“…”) is the seller's side.
// Social posts: the blogger (博主) posting is the seller's side, a netizen, fan or reader asking (网友：, 粉丝问：, 读者：)
// the customer's; not 评论区, whose 评论区回复 is the poster answering. At a seminar or a live stream, a guest, the
// audience or a viewer's comment (来宾：, 观众：, 弹幕：) asks for the customer.
export const SELLER_LABELS = ['回访专员', '回访人员', '回访员', '回访坐席', '客服专员', '电销人员', '电销专员', '外呼人员', '财富经理', '理财师', '保险顾问', '销售人员', '销售', '坐席', '理财经理', '客户经理', '大堂经理', '经理', '职员', '员工', '理财顾问', '财富顾问', '顾问', '智能客服', '在线客服', '客服', '柜员', '理专', '理財專員', '理财专员', '理專', '业务员', '代理人', '营销员', '主播', '博主', '答', 'A', '我'];
// Family members who come along speak for the customer's side (女儿：…, 老伴：…), also named after the customer (客户儿子：…).
const FAMILY_OF_CUSTOMER = ['儿子', '女儿', '老伴', '家属', '孙子'];
export const CUSTOMER_LABELS = [...FAMILY_OF_CUSTOMER.map((f) => `客户${f}`), '客户', '客', '顾客', '用户', '投保人', '被保险人', '问', 'Q', '女儿', '儿子', '妻子', '丈夫', '老伴', '家属', '老公', '老婆', '网友', '粉丝', '读者', '来宾', '听众', '观众', '现场观众', '弹幕'];

// A label may say how its words are said (客户问：…, 理财经理答：…, 客户说：…, 客户留言：…).
const SAID = '(?:问|答|说|回答|提问|回复|留言)?';
// An FAQ numbers its questions and answers (Q6：…, A6：…, 问3：…).
const NUMBERED = '[0-9０-９]{0,3}';

/** A label with its colon; its first group is the label's name. */
const LABEL = `(${[...SELLER_LABELS, ...CUSTOMER_LABELS].join('|')})${NUMBERED}${SAID}[：:]`;

/** A speaker label at the start of a line of prose, with its colon. */
export const SPEAKER_LABEL = new RegExp(`^${LABEL}`);

const turns = new WeakMap<Block, Turn[]>();

// A label opens a turn at the start of a line, or inside a line after a
// sentence end or a space (客户：靠谱吗？ 销售：您放心…), as scripts pasted
// into one paragraph have them.
const TURN = new RegExp(`(^|[\\n\\s。！？!?；;…”’」）)])${LABEL}`, 'g');

// An FAQ's numbered question with no colon, at a line's start or a heading's (### Q2 是银行的产品吗？, 问3、…;
// the space before a Han character is gone from the canonical text).
// Only a line that asks (Q1冲刺：… is a quarter's push, not a question).
const FAQ_TURN = /(^|\n)[ \t]*(?:#{1,6}[ \t]*)?(Q|问)[0-9０-９]{1,3}(?:[.．、][ \t]*|[ \t]+|(?=[\u3400-\u9fff]))(?=[^\n]*[？?][ \t]*(?:\n|$))/g;

// An objection card: the customer's words quoted after 客户说 and the seller's answer after an arrow or 答：
// (客户说“存款安全” → “这个比存款还安全…”; 客户说“我存款收益也不错”，答：…). Only the two together: 客户说“…”
// alone is someone reporting what a customer said.
const CARD_TURN = /(?:客户|顾客|客人)(?:说|问|讲)[“"「][^”"」\n]{0,40}[”"」][ \t，,]*(?:→|⇒|➡|答[：:]|回答[：:])/g;

// A customer named by an honorific (郑先生：, 王阿姨：, 吴叔：, 刘大姐 10:21：): chats and counter notes name the
// customer so, the staff member by name or role. 小姐 and 老师 are left out: either side may be called so; a bare 姐 or
// 哥 after a surname (孙姐：, 王哥：) is how a seller's chat names a customer.
const HONORIFIC = '(?:先生|女士|阿姨|大姐|大哥|大爷|大妈|叔叔|阿叔|叔|伯伯|阿伯|伯|姨|奶奶|爷爷|阿婆|太太|(?<!小)姐|哥)';
const HONORIFIC_TURN = new RegExp(`(^|[\\n\\s。！？!?；;…”’」）)])([\\u4e00-\\u9fff]{1,3}${HONORIFIC})(?:[ \\t]*[0-9]{1,2}[:：][0-9]{2})?[ \\t]*[：:]`, 'g');
// A chat's timestamped line (周晓芸 20:07：…): a name that is no customer's is the staff member's.
const CHAT_TURN = /(^|\n)[ \t]*([\u4e00-\u9fff·]{2,6})[ \t]*[0-9]{1,2}[:：][0-9]{2}[ \t]*[：:]/g;
const HONORIFIC_END = new RegExp(`${HONORIFIC}$`);
// A staff member named by surname and role (赵经理：, 林顾问：) speaks for the seller, as the role alone does.
const NAMED_ROLE = '(?:理财经理|客户经理|经理|顾问|专员|主管|行长)';
const NAMED_ROLE_TURN = new RegExp(`(^|[\\n\\s。！？!?；;…”’」）)])[\\u4e00-\\u9fff]{1,2}${NAMED_ROLE}[ \\t]*[：:]`, 'g');
/**
 * A line that opens with a person's label, read before the text is folded (孙姐：, 赵經理：, 小林：, 老刘：): a chat's
 * line break before it is a turn, never a hard wrap to join (孙姐：…别乱买⏎赵经理：…).
 */
export const NAMED_SPEAKER_LABEL = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{1,2}(?:${HONORIFIC}|${NAMED_ROLE}|經理|顧問|專員)|[小老阿][\\u4e00-\\u9fff])[ \\t]*[：:]`,
);
// A script whose turns are labelled by a bare name (周：…  刘：…): the name another turn addresses with an honorific
// (周：刘阿姨您好…) is the customer's, every other bare name the staff member's.
const NAME_TURN = /(^|\n)[ \t]*([\u4e00-\u9fff]{1,3})[ \t]*[：:]/g;
const TITLE = new RegExp(HONORIFIC, 'g');

interface Turn {
  start: number;
  speaker: Speaker;
}

function turnsOf(block: Block): Turn[] {
  let list = turns.get(block);
  if (list) return list;
  const found: Turn[] = [];
  TURN.lastIndex = 0;
  for (let m = TURN.exec(block.text); m; m = TURN.exec(block.text)) {
    found.push({ start: m.index + m[1].length, speaker: SELLER_LABELS.includes(m[2]) ? 'seller' : 'customer' });
  }
  HONORIFIC_TURN.lastIndex = 0;
  for (let m = HONORIFIC_TURN.exec(block.text); m; m = HONORIFIC_TURN.exec(block.text)) found.push({ start: m.index + m[1].length, speaker: 'customer' });
  CHAT_TURN.lastIndex = 0;
  for (let m = CHAT_TURN.exec(block.text); m; m = CHAT_TURN.exec(block.text)) {
    const name = m[2];
    if (HONORIFIC_END.test(name)) continue;
    found.push({ start: m.index + m[1].length, speaker: CUSTOMER_LABELS.includes(name) ? 'customer' : 'seller' });
  }
  NAMED_ROLE_TURN.lastIndex = 0;
  for (let m = NAMED_ROLE_TURN.exec(block.text); m; m = NAMED_ROLE_TURN.exec(block.text)) found.push({ start: m.index + m[1].length, speaker: 'seller' });
  found.push(...nameTurns(block.text, found));
  FAQ_TURN.lastIndex = 0;
  for (let m = FAQ_TURN.exec(block.text); m; m = FAQ_TURN.exec(block.text)) found.push({ start: m.index + m[1].length, speaker: 'customer' });
  CARD_TURN.lastIndex = 0;
  for (let m = CARD_TURN.exec(block.text); m; m = CARD_TURN.exec(block.text)) {
    found.push({ start: m.index, speaker: 'customer' }, { start: m.index + m[0].length, speaker: 'seller' });
  }
  // Each scan finds its turns in order (labels, honorifics, chat names, the FAQ's, the cards'): merged.
  found.sort((a, b) => a.start - b.start);
  // Before the first turn, the narration.
  list = found[0]?.start === 0 ? found : [{ start: 0, speaker: 'narration' }, ...found];
  // Scripts that label only the customer (客户：可以。 then the seller's next line
  // unlabelled): the customer's turn is the line it is on.
  if (!list.some((t) => t.speaker === 'seller')) {
    list = list.flatMap((t, i) => {
      const end = block.text.indexOf('\n', t.start);
      const next = list![i + 1]?.start ?? block.text.length;
      return t.speaker === 'customer' && end >= 0 && end + 1 < next ? [t, { start: end + 1, speaker: 'narration' as Speaker }] : [t];
    });
  }
  turns.set(block, list);
  return list;
}

/**
 * Turns labelled by bare names. A name the known staff @-address is a customer's and one a known customer speaks to the
 * staff's; when two or more names take turns and one is addressed with an honorific in another's turn (刘阿姨您好), that
 * one is the customer and the rest the staff. Labels found otherwise are left to their scans.
 */
function nameTurns(text: string, known: readonly Turn[]): Turn[] {
  const taken = new Set(known.map((t) => t.start));
  const turns: { start: number; end: number; name: string }[] = [];
  NAME_TURN.lastIndex = 0;
  for (let m = NAME_TURN.exec(text); m; m = NAME_TURN.exec(text)) {
    const name = m[2];
    const start = m.index + m[0].indexOf(name);
    if (taken.has(start) || SELLER_LABELS.includes(name) || CUSTOMER_LABELS.includes(name) || HONORIFIC_END.test(name)) continue;
    turns.push({ start, end: lineEndAt(text, start), name });
  }
  const names = new Set(turns.map((t) => t.name));
  if (!names.size) return [];
  // In a group chat whose other labels are known: a name the staff address (赵经理：@老刘 不能这么说) is a customer's, a
  // name a customer speaks to (钱大哥：好，麻烦小周了) the staff's, however many names there are.
  const knownSaid = (speaker: Speaker): string[] => known.filter((k) => k.speaker === speaker).map((k) => text.slice(k.start, lineEndAt(text, k.start)));
  const sellerLines = knownSaid('seller');
  const customerLines = knownSaid('customer');
  const byKnown = new Map<string, Speaker>();
  for (const name of names) {
    if (sellerLines.some((l) => l.includes(`@${name}`))) byKnown.set(name, 'customer');
    else if (customerLines.some((l) => !l.startsWith(name) && l.includes(name))) byKnown.set(name, 'seller');
  }
  const fromKnown = (): Turn[] => turns.filter((t) => byKnown.has(t.name)).map((t) => ({ start: t.start, speaker: byKnown.get(t.name)! }));
  if (names.size < 2) return fromKnown();
  // One pass over the turns: the one to three characters before each honorific, said in another name's turn.
  const customers = new Set<string>();
  for (const t of turns) {
    const line = text.slice(t.start, t.end);
    TITLE.lastIndex = 0;
    for (let m = TITLE.exec(line); m; m = TITLE.exec(line)) {
      for (let n = 1; n <= 3 && n <= m.index; n++) {
        const name = line.slice(m.index - n, m.index);
        if (name !== t.name && names.has(name)) customers.add(name);
      }
    }
  }
  if (customers.size !== 1) return fromKnown();
  const customer = [...customers][0];
  return turns.map((t) => ({ start: t.start, speaker: t.name === customer ? 'customer' : 'seller' }));
}

/** The end of the line holding index: its line break, or the text's end. */
function lineEndAt(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end < 0 ? text.length : end;
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
