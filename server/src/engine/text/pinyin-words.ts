// Sales words written in pinyin instead of characters, whole words only
// (bi cunkuan gao; ting shou 在即; wen zhuan bu pei): copy that dodges a
// filter spells the forbidden word out. Each becomes its characters before the
// rest of normalisation, so every lexicon reads it as it reads 存款; a finding
// still points at the pinyin. Words of two syllables or more only: one
// syllable (hang, chao) is too often something else.
import { inlineClasses } from './char-class.js';

const WORDS: Record<string, string> = {
  'cun kuan': '存款', 'cun qian': '存钱', 'ding qi': '定期', 'ding cun': '定存', 'li cai': '理财',
  'bao ben': '保本', 'bao xi': '保息', 'wen zhuan': '稳赚', 'wen zhuan bu pei': '稳赚不赔', 'bu kui': '不亏',
  'ting shou': '停售', 'xia jia': '下架', 'zhang jia': '涨价', 'dai qian': '代签', 'dai chao': '代抄', 'dai xie': '代写',
  'fan xian': '返现', 'fan yong': '返佣', 'fan li': '返利', 'chou jiang': '抽奖', 'hong bao': '红包', 'li pin': '礼品',
  'zeng pin': '赠品', 'shou yi': '收益', 'li xi': '利息', 'fen hong': '分红', 'yin hang': '银行', 'bao xian': '保险',
  'nian jin': '年金', 'ling feng xian': '零风险', 'wu feng xian': '无风险', 'gao shou yi': '高收益', 'fan bei': '翻倍',
  'huan ben': '还本', 'ben jin': '本金', 'ben xi': '本息', 'qian zi': '签字', 'qian ming': '签名', 'hang li': '行里',
  'tou bao': '投保', 'song li': '送礼', 'dao ji shi': '倒计时', 'zui gao': '最高', 'li lv': '利率',
  'zhuan jia': '专家', 'jiao shou': '教授', 'tui jian': '推荐', 'bao zheng': '保证',
};

/**
 * Sales words by their initials (这个的 lx 比它高, y e b 跑不过它), read only right beside a Han character:
 * alone, two or three letters are too often something else. Not dq (定期 or 代签) nor bj (保本, 本金 or 比较).
 */
const INITIALS: Record<string, string> = {
  ck: '存款', lx: '利息', yeb: '余额宝', yh: '银行', lc: '理财', bx: '保险', fx: '返现', sy: '收益', cd: '存单',
};
const HAN_CLASS = '[\\u3400-\\u9fff]';

/**
 * Two-syllable words half in pinyin, half in characters (银hang, hong包, bao本, 本jin): copy on social media
 * spells one syllable out to dodge a filter. Each form is keyed by its letters and characters, unspaced.
 */
function halfForms(): Record<string, string> {
  const half: Record<string, string> = {};
  for (const [word, han] of Object.entries(WORDS)) {
    const syllables = word.split(' ');
    if (syllables.length !== 2 || han.length !== 2) continue;
    half[han[0] + syllables[1]] = han;
    half[syllables[0] + han[1]] = han;
  }
  return half;
}

/**
 * One pattern for all of them: syllables with or without a space between, no syllable inside a longer word;
 * and the words by their letters alone, as a match may be spaced or not (cunkuan, cun kuan, CunKuan). Made
 * when a text first has two letters in a row: most drafts never do.
 */
let compiled: { pattern: RegExp; byLetters: Map<string, string> } | undefined;
function compile(): { pattern: RegExp; byLetters: Map<string, string> } {
  const half = halfForms();
  const pattern = new RegExp(
    [
      // A space may stand between any two letters: posters spell a word out letter by letter (f a n x i a n).
      ...Object.keys(WORDS).map((w) => ({ w, re: `(?<![A-Za-z])${[...w.replace(/ /g, '')].join(' ?')}(?![A-Za-z])` })),
      ...Object.keys(half).map((w) =>
        // Not the reading after its own character (保bao本ben is 保本 annotated).
        /^[a-z]/.test(w) ? { w, re: `(?<![A-Za-z${half[w][0]}])${w.slice(0, -1)} ?${w.slice(-1)}` } : { w, re: `${w[0]} ?${w.slice(1)}(?![A-Za-z])` },
      ),
      ...Object.keys(INITIALS).map((w) => {
        const letters = [...w].join(' ?');
        return { w, re: `(?<=${HAN_CLASS} ?)${letters}(?![A-Za-z])|(?<![A-Za-z])${letters}(?= ?${HAN_CLASS})` };
      }),
    ]
      .sort((a, b) => b.w.length - a.w.length)
      .map((a) => a.re)
      .join('|'),
    'gi',
  );
  const byLetters = new Map([...Object.entries(INITIALS), ...Object.entries(WORDS).map(([word, han]) => [word.replace(/ /g, ''), han] as const), ...Object.entries(half)]);
  return { pattern, byLetters };
}

// Two letters in a row, or spaced (y e b).
const TWO_LETTERS = /[A-Za-z] ?[A-Za-z]/;

/** Pinyin's vowels with a tone mark, and the plain letter each reads as. */
const TONELESS: Record<string, string> = Object.fromEntries(
  ['āáǎà', 'ēéěè', 'īíǐì', 'ōóǒò', 'ūúǔù', 'ǖǘǚǜü'].flatMap((marks, k) => [...marks].map((ch) => [ch, 'aeiouv'[k]])),
);
// As classes V8 tests inline (char-class.ts): the one class of 20 ranges was a call per character of every draft.
const TONED_CLASS = inlineClasses(Object.keys(TONELESS));
const TONED = new RegExp(TONED_CLASS);
const TONED_ALL = new RegExp(TONED_CLASS, 'g');

export interface Transliterated {
  text: string;
  /** Input index of each output character. */
  map: Int32Array;
}

/** The text with its pinyin sales words as characters, or null when it holds none (the usual case). */
export function pinyinWordsAsHan(input: string): Transliterated | null {
  // Tone marks read as their plain letters (bǎo běn → bao ben): one UTF-16 unit each, so offsets stay.
  const plain = TONED.test(input) ? input.replace(TONED_ALL, (ch) => TONELESS[ch]) : input;
  // Every word has a syllable of two letters or more: a draft without two
  // letters in a row (most) never makes or compiles the pattern, about 2 ms of a run.
  if (!TWO_LETTERS.test(plain)) return null;
  const { pattern, byLetters } = (compiled ??= compile());
  pattern.lastIndex = 0;
  if (!pattern.test(plain)) return null;
  pattern.lastIndex = 0;
  const map: number[] = [];
  let out = '';
  let at = 0;
  for (const m of plain.matchAll(pattern)) {
    // Capitals run together are an abbreviation of their own (BJ分行), not a word's initials spelled out.
    if (/^[A-Z]+$/.test(m[0]) && INITIALS[m[0].toLowerCase()]) continue;
    for (let i = at; i < m.index; i++) map.push(i);
    out += input.slice(at, m.index);
    const han = byLetters.get(m[0].toLowerCase().replace(/ /g, '')) ?? m[0];
    // The first character stands where the word starts, each other one at its syllable's last letter, so
    // that a finding starting or ending on any of them (sourceRange reads its last character's place)
    // covers whole syllables: 强制存 over 强制 cun kuan is 强制 cun.
    const ends = syllableEnds(m[0], han.length);
    for (let k = 0; k < han.length; k++) map.push(m.index + (k === 0 ? 0 : ends[k]));
    out += han;
    at = m.index + m[0].length;
  }
  for (let i = at; i < input.length; i++) map.push(i);
  out += input.slice(at);
  return { text: out, map: Int32Array.from(map) };
}

/** Where each of a match's n syllables ends (its last letter): at its spaces when spaced, else spread evenly. */
function syllableEnds(match: string, n: number): number[] {
  const spaced = [...[...match.matchAll(/ /g)].map((s) => s.index - 1), match.length - 1];
  if (spaced.length === n) return spaced;
  return Array.from({ length: n }, (_, k) => Math.min(match.length - 1, Math.floor(((k + 1) * match.length) / n) - 1));
}
