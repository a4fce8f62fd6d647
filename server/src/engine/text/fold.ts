// Length-preserving folding applied alike to the canonical text and to every
// phrase and pattern of a rule pack: full-width letters and digits and the
// ideographic space (首月１元 matches 首月1元); 你 to 您, since a claim is the
// same claim in either register and packs are written with 您; and 著 to 着
// where it is the particle (兜著, 存著: OpenCC's Taiwan forms), not 显著/著名.
// Punctuation is kept, but in the text (and literal phrases: foldText) half-width
// , ! ? ; : next to a Han character become full-width (放定期一年一千多,放这里三千多!):
// patterns use full-width punctuation (，。！？；) as clause and sentence delimiters;
// 10,000 and 10:30 stay as they are, and so does a pattern's own syntax ((能)?领到).
// Written Cantonese reads as Mandarin, one character for one, where the word is
// unambiguous (唔→不, 冇→没, 嘅→的, 喺→在, 佢→他, 咗→了, 哋→们 …) or its context
// says so (系 is 是 outside 关系, 系统 …): 唔係存款 is 不是存款 to every lexicon,
// which are folded the same way, so a Cantonese entry still matches.

const FOLDABLE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000你著唔冇嘅喺佢咗睇攞畀哋嚟啲系呢仲揾蚀]/;
const FOLDABLE_TEXT = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000你著唔冇嘅喺佢咗睇攞畀哋嚟啲系呢仲揾蚀,!?;:]/;
const HALF_PUNCT: Record<string, string> = { ',': '，', '!': '！', '?': '？', ';': '；', ':': '：' };
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
// 著 stays 著 after or before these (显著, 著名, 著作 …).
const ZHU_BEFORE = new Set([...'显昭卓土编论原名专巨遗译合撰']);
const ZHU_AFTER = new Set([...'名作称述录书']);

// Cantonese characters with one Mandarin reading.
const CANTONESE: Record<string, string> = {
  冇: '没', 嘅: '的', 喺: '在', 佢: '他', 咗: '了', 睇: '看', 攞: '拿', 畀: '给', 哋: '们', 嚟: '来', 啲: '些',
};
// 系 stays 系 in Mandarin words (关系, 联系, 体系, 系统, 系列, 系数, 系好安全带); elsewhere it is
// Cantonese 係 or formal 系 (确系, 系由), both 是.
const XI_BEFORE = new Set([...'关联体派维世直旁母父水星院谱嫡干语牵银']);
const XI_AFTER = new Set([...'统列数谱于着住上好紧带扣']);
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

export function foldForms(text: string, punctuation = false): string {
  if (!(punctuation ? FOLDABLE_TEXT : FOLDABLE).test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
      out += String.fromCharCode(c - 0xfee0);
    } else if (c === 0x3000) out += ' ';
    else if (c === 0x4f60) out += '您';
    else if (c === 0x8457 && !ZHU_BEFORE.has(text[i - 1]) && !ZHU_AFTER.has(text[i + 1])) out += '着';
    else if (c >= 0x4e00 && cantonese(text, i) !== undefined) out += cantonese(text, i);
    else if (punctuation && HALF_PUNCT[text[i]] && (isHan(text.charCodeAt(i - 1)) || isHan(text.charCodeAt(i + 1)))) out += HALF_PUNCT[text[i]];
    else out += text[i];
  }
  return out;
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
