// Length-preserving folding applied alike to the canonical text and to every
// phrase and pattern of a rule pack: full-width letters and digits and the
// ideographic space (首月１元 matches 首月1元); 你 to 您, since a claim is the
// same claim in either register and packs are written with 您; and 著 to 着
// where it is the particle (兜著, 存著: OpenCC's Taiwan forms), not 显著/著名.
// Punctuation is kept, but in the text (and literal phrases: foldText) half-width
// , ! ? ; : next to a Han character become full-width (放定期一年一千多,放这里三千多!):
// patterns use full-width punctuation (，。！？；) as clause and sentence delimiters;
// 10,000 and 10:30 stay as they are, and so does a pattern's own syntax ((能)?领到).
// Written Cantonese (and Hokkien's 毋, 袂, Shanghainese 阿拉, 侬, 迭) reads as Mandarin, one character for one, where the word is
// unambiguous (唔→不, 冇→没, 嘅→的, 喺→在, 佢→他, 咗→了, 哋→们 …) or its context
// says so (系 is 是 outside 关系, 系统 …): 唔係存款 is 不是存款 to every lexicon,
// which are folded the same way, so a Cantonese entry still matches.

// Han characters that may fold (你, 著, Cantonese and Hokkien words; PAIRS' first characters), in FOLDABLE and in KIND alike.
const HAN_FOLDING = '你著唔冇嘅喺佢咗睇攞畀哋嚟啲系呢仲揾蚀蚊迭毋袂话同侬而宜依听琴咁乜点阿';
const FOLDABLE = new RegExp(`[\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\u3000${HAN_FOLDING}]`);
const FOLDABLE_TEXT = new RegExp(`[\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\u3000${HAN_FOLDING},!?;:]`);
const HALF_PUNCT: Record<string, string> = { ',': '，', '!': '！', '?': '？', ';': '；', ':': '：' };
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
// 著 stays 著 after or before these (显著, 著名, 著作 …).
const ZHU_BEFORE = new Set([...'显昭卓土编论原名专巨遗译合撰']);
const ZHU_AFTER = new Set([...'名作称述录书']);

// Cantonese characters with one Mandarin reading.
const CANTONESE: Record<string, string> = {
  冇: '没', 侬: '您', 嘅: '的', 喺: '在', 佢: '他', 咗: '了', 睇: '看', 攞: '拿', 畀: '给', 哋: '们', 嚟: '来', 啲: '些',
};
// 系 stays 系 in Mandarin words (关系, 联系, 体系, 系统, 系列, 系数, 系好安全带); elsewhere it is
// Cantonese 係 or formal 系 (确系, 系由), both 是.
const XI_BEFORE = new Set([...'关联体派维世直旁母父水星院谱嫡干语牵银']);
const XI_AFTER = new Set([...'统列数谱于着住上好紧带扣']);
// Who says (话 is Cantonese 说 after them) and to whom (同 is 跟 before them).
const SPEAKS = new Set([...'我你您他她佢们哋会能以敢点咪就都又先人']);
const WHOM = new Set([...'你您他她佢我人屋银定存基国']);
// 呢 before a measure word is 这 (呢个, 呢份, 呢款); elsewhere Mandarin's particle.
// What follows an interjection's 唔; in a pattern, 唔( and 唔| are the negation.
const INTERJECTION_END = new Set([...'，。！？、；：…,.!?;: \n~～']);
const NE_MEASURE = new Set([...'个份款张间种次笔位类些啲度排期单只条句段样']);

/** The Mandarin reading of text[i] if it is Cantonese, else undefined. */
function cantonese(text: string, i: number): string | undefined {
  const ch = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  switch (ch) {
    case '唔': // not 唔该 (thanks), nor Mandarin's interjection (唔，好的; a lexicon's lone 唔)
      return next === undefined || next === '该' || INTERJECTION_END.has(next) ? undefined : '不';
    case '系':
      return XI_BEFORE.has(prev) || XI_AFTER.has(next) ? undefined : '是';
    case '呢':
      return NE_MEASURE.has(next) ? '这' : undefined;
    case '仲': // 还 (仲有, 仲高过), not 仲裁, 仲介 or a name's 伯仲
      return '裁介夏秋春冬'.includes(next ?? '-') || prev === '伯' ? undefined : '还';
    case '揾': // 揾钱, 稳揾: to earn; otherwise to look for
      return next === '钱' || next === '米' || '稳好易难'.includes(prev ?? '-') ? '赚' : '找';
    case '毋': // Hokkien and classical 不 (毋是定存, 毋庸); not 毋宁 (rather)
      return next === '宁' ? undefined : '不';
    case '袂': // Hokkien 不会 (袂亏本); not a sleeve (联袂推出, 分袂)
      return '联分衣奋把'.includes(prev ?? '-') ? undefined : '不';
    case '话': // Cantonese 说 after a speaker or a modal (你话, 唔会话, 点话); not 电话, 话术, 说话
      return SPEAKS.has(prev) && !'术题费筒语剧务单柄'.includes(next ?? '-') ? '说' : undefined;
    case '同': // Cantonese 跟 before a person (同你讲, 同佢比); not 合同, 相同, 共同
      return WHOM.has(next) && !'合相共如赞认等大雷混陪连协'.includes(prev ?? '-') ? '跟' : undefined;
    case '迭': // Shanghainese 这 (迭只, 迭个); not 迭代, 更迭, 迭起
      return '代起出次'.includes(next ?? '-') || '更叠'.includes(prev ?? '-') ? undefined : '这';
    case '蚊': // a dollar after a figure (首月1蚊, 一蚊都唔会少); otherwise a mosquito
      return prev !== undefined && '0123456789一二两三四五六七八九十百千万几'.includes(prev) ? '元' : undefined;
    case '蚀': // 蚀本, 蚀钱; not 侵蚀, 腐蚀, 日蚀, 蚀刻
      return '侵腐日月剥'.includes(prev ?? '-') || next === '刻' ? undefined : '亏';
    default:
      return CANTONESE[ch];
  }
}

/** foldForms for prose and literal phrases: half-width punctuation next to a Han character folded too. */
export function foldText(text: string): string {
  return foldForms(text, true);
}

// Cantonese two-character words with a Mandarin word of the same length (而家 现在, 听日 明天).
const PAIRS: Record<string, string> = {
  而家: '现在', 宜家: '现在', 依家: '现在', 听日: '明天', 琴日: '昨天', 咁样: '这样', 乜嘢: '什么', 点样: '怎样',
  阿拉: '我们', // Shanghainese (阿拉银行自家的产品); not 阿拉伯
};
// 而家 inside 然而家庭, 因而家里 is no word; 阿拉伯 is Arabic.
const ER_AFTER = new Set([...'然因从反进继转故']);

// What each code unit may fold to: 0 nothing, else which branch of foldForms looks at it.
const WIDE = 1;
const HAN_FOLD = 2;
const PUNCT = 3;
const KIND = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = WIDE;
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = WIDE;
  for (let c = 0xff41; c <= 0xff5a; c++) t[c] = WIDE;
  t[0x3000] = WIDE;
  for (const ch of HAN_FOLDING) t[ch.charCodeAt(0)] = HAN_FOLD;
  for (const ch of Object.keys(HALF_PUNCT)) t[ch.charCodeAt(0)] = PUNCT;
  return t;
})();

/** One Han character's fold at i (or a pair's, two characters), or undefined. */
function hanFold(text: string, i: number): string | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x4f60) return '您';
  if (c === 0x8457) return !ZHU_BEFORE.has(text[i - 1]) && !ZHU_AFTER.has(text[i + 1]) ? '着' : undefined;
  const pair = PAIRS[text.slice(i, i + 2)];
  if (pair && !(text[i] === '而' && ER_AFTER.has(text[i - 1])) && !(text[i] === '阿' && text[i + 2] === '伯')) return pair;
  return cantonese(text, i);
}

export function foldForms(text: string, punctuation = false): string {
  if (!(punctuation ? FOLDABLE_TEXT : FOLDABLE).test(text)) return text;
  // Unchanged runs are copied as slices: most characters fold to themselves.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = KIND[c];
    if (kind === 0) continue;
    let to: string | undefined;
    if (kind === WIDE) to = c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0);
    else if (kind === HAN_FOLD) to = hanFold(text, i);
    else if (punctuation && (isHan(text.charCodeAt(i - 1)) || isHan(text.charCodeAt(i + 1)))) to = HALF_PUNCT[text[i]];
    if (to === undefined) continue;
    out += text.slice(from, i) + to;
    i += to.length - 1;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Folding for required exact sentences: drops punctuation and white space
 * entirely and folds widths, so 、,，and spaces never decide a match.
 * Returns the folded text and, for each folded index, the original index.
 */
export function foldForSentence(text: string): { text: string; map: number[] } {
  const folded = foldForms(text);
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i];
    if (/[\s\p{P}\p{S}]/u.test(ch)) continue;
    out += ch;
    map.push(i);
  }
  return { text: out, map };
}
