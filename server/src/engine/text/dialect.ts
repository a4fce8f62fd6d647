// Written Cantonese, Hokkien and Shanghainese read as Mandarin, one character
// for one (the fold keeps lengths), where the word is unambiguous (唔→不,
// 冇→没, 嘅→的, 喺→在, 佢→他, 咗→了, 哋→们 …) or its neighbours say so (系 is
// 是 outside 关系, 系统 …; 同 is 跟 before a person, not in 合同). Text and every
// pack phrase and pattern pass the same fold (fold.ts), so 唔係存款 is 不是存款
// to every lexicon and a dialect entry written in a pack still matches.

// Characters with one Mandarin reading (northern 俺 is 我).
const CANTONESE: Record<string, string> = {
  冇: '没', 侬: '您', 俺: '我', 嗰: '那', 拎: '拿', 嘅: '的', 喺: '在', 佢: '他', 咗: '了', 睇: '看', 攞: '拿', 畀: '给', 哋: '们', 嚟: '来', 啲: '些',
};
// 系 stays 系 in Mandarin words (关系, 联系, 体系, 系统, 系列, 系数, 系好安全带); elsewhere it is
// Cantonese 係 or formal 系 (确系, 系由), both 是.
const XI_BEFORE = new Set([...'关联体派维世直旁母父水星院谱嫡干语牵银']);
const XI_AFTER = new Set([...'统列数谱于着住上好紧带扣']);
// Who says (话 is Cantonese 说 after them) and to whom (同 is 跟 before them).
const SPEAKS = new Set([...'我你您他她佢们哋会能以敢点咪就都又先人']);
const WHOM = new Set([...'你您他她佢我人屋银定存基国']);
// What follows an interjection's 唔; in a pattern, 唔( and 唔| are the negation.
const INTERJECTION_END = new Set([...'，。！？、；：…,.!?;: \n~～']);
// 呢 before a measure word is 这 (呢个, 呢份, 呢款); elsewhere Mandarin's particle.
const NE_MEASURE = new Set([...'个份款张间种次笔位类些啲度排期单只条句段样']);

// A denial just before, or before its modal (唔郁, 冇郁, 唔会郁).
const DENIALS = '唔不冇没咪';
const deniedBefore = (text: string, i: number): boolean =>
  DENIALS.includes(text[i - 1] ?? '-') || ('会能'.includes(text[i - 1] ?? '-') && DENIALS.includes(text[i - 2] ?? '-'));

/** The Mandarin reading of text[i] if it is a dialect character, else undefined. */
function oneCharacter(text: string, i: number): string | undefined {
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
    case '返': // back after a verb (收返, 攞返, 退返, 睇返): 回; elsewhere 返 (返现, 返还, 返工)
      return prev !== undefined && '收拎拿攞退赔讲赚揾取搵睇看还'.includes(prev) ? '回' : undefined;
    case '俾': // Cantonese 给 (俾你, 俾五百蚊); not 俾使, 俾斯麦
      return '使斯'.includes(next ?? '-') ? undefined : '给';
    case '郁': // Cantonese 动 when denied (唔会郁, 冇郁过) or of hands (郁手); not 忧郁, 浓郁
      return deniedBefore(text, i) || next === '手' ? '动' : undefined;
    case '莫': // Southwestern 别 before a verb (莫听别个说, 莫信, 莫等了); not 莫名, 莫过于, 莫非, 约莫, 莫言
      return '听信急等慌要讲买怕管去着搞'.includes(next ?? '-') && prev !== '约' ? '别' : undefined;
    case '蚀': // 蚀本, 蚀钱; not 侵蚀, 腐蚀, 日蚀, 蚀刻
      return '侵腐日月剥'.includes(prev ?? '-') || next === '刻' ? undefined : '亏';
    case '瞭': // 了解 written 瞭解 (Taiwan); not 瞭望
      return next === '望' ? undefined : '了';
    default:
      return CANTONESE[ch];
  }
}

// Two-character dialect words with a Mandarin word of the same length (而家 现在, 听日 明天).
const PAIRS: Record<string, string> = {
  而家: '现在', 宜家: '现在', 依家: '现在', 呢度: '这里', 嗰度: '那里', 边度: '哪里', 稳阵: '稳当', 一齐: '一起', 执笠: '倒闭', 梗系: '当然', 着数: '划算', 著数: '划算', 边样: '哪样', 听日: '明天', 琴日: '昨天', 咁样: '这样', 乜嘢: '什么', 点样: '怎样',
  阿拉: '我们', // Shanghainese (阿拉银行自家的产品); not 阿拉伯
  勿会: '不会', 勿要: '不要', 搿个: '这个', 搿只: '这只', // Shanghainese (一分也勿会少侬; 搿个是保本个); 勿 alone stays (请勿)
};
// 而家 inside 然而家庭, 因而家里 is no word; 阿拉伯 is Arabic.
const ER_AFTER = new Set([...'然因从反进继转故']);

/** Characters whose reading oneCharacter decides from their neighbours. */
const BY_CONTEXT = '唔系呢仲揾毋袂话同迭蚊蚀返俾郁莫瞭';

/** The first character of every word dialectFold may change. */
export const DIALECT_FIRSTS = Object.keys(CANTONESE).join('') + BY_CONTEXT + Object.keys(PAIRS).map((k) => k[0]).join('');

/** The Mandarin reading at text[i] (one character, or two for a pair), or undefined. */
export function dialectFold(text: string, i: number): string | undefined {
  // 唔好 is Cantonese 不要 (唔好拎嚟同存款比); not 唔好意思 (sorry), 唔好彩 (unlucky), nor the 好唔好 of a question.
  if (text[i] === '唔' && text[i + 1] === '好' && text[i - 1] !== '好' && !'意彩'.includes(text[i + 2] ?? '-')) return '不要';
  const pair = PAIRS[text.slice(i, i + 2)];
  if (pair && !(text[i] === '而' && ER_AFTER.has(text[i - 1])) && !(text[i] === '阿' && text[i + 2] === '伯')) return pair;
  return oneCharacter(text, i);
}
