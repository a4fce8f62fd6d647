// The canonical text every check reads. Real copy hides the same words behind
// traditional characters (保證收益), spacing or joining marks between Han
// characters (保 本, 保·本, 零\u200b风险), full-width forms (３．５％) and
// pinyin after each character (保bǎo本běn). One linear pass turns all of them
// into plain simplified text and keeps, for every character kept, the index
// of the character it came from, so findings land on the original text.
import { SIMPLIFIED, TRADITIONAL } from './t2s-table.js';
import { PINYIN_SYLLABLES } from './pinyin-syllables.js';
import { pinyinWordsAsHan } from './pinyin-words.js';
import { dropSpokenFillers } from './spoken-fillers.js';

export interface Normalised {
  text: string;
  /** Input index of each output character; null when the text is unchanged. */
  map: Int32Array | null;
}

let t2s: Uint16Array | null = null;
function table(): Uint16Array {
  if (!t2s) {
    t2s = new Uint16Array(0x10000);
    for (let i = 0; i < TRADITIONAL.length; i++) t2s[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
  }
  return t2s;
}

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

// Characters dropped when they stand between two Han characters: spaces,
// zero-width characters and marks that only join or decorate (保·本, 保-本).
function isFiller(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 ||
    (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0x00ad ||
    c === 0xb7 || c === 0x30fb || c === 0x2022 || c === 0x2027 || c === 0xff65 || c === 0x2027 ||
    c === 0x2d || c === 0x5f || c === 0x2a || c === 0x7e || c === 0x2f || c === 0x7c || c === 0x2e ||
    c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0xff0e || c === 0xff5e
  );
}

/** Middle dots that part a brand from its slogan (·, ・, •, ･, ‧). */
const MIDDLE_DOT = new Set([0xb7, 0x30fb, 0x2022, 0xff65, 0x2027]);

/** What follows 帐 in an account's words (户 号 单 面 目): 帐户 is 账户, 帐篷 stays a tent. */
const ACCOUNT_NEXT = new Set([0x6237, 0x53f7, 0x5355, 0x9762, 0x76ee]);
// Not the ideographic space, which aligns the columns of a plain-text table (结算利率　3.80%).
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A character of a figure (a digit, its point, its percent sign). */
const isFigure = (c: number): boolean => isDigit(c) || c === 0x2e || c === 0x25;
/**
 * Is the figure character at i one of a letter-spaced figure (1 . 3 0 %): a space before it, one space after it,
 * then another figure character standing alone? Figures spaced apart as columns (1.75% 1.55%) are longer than one.
 */
const spacedFigureAt = (s: string, i: number): boolean =>
  i > 0 &&
  isSpace(s.charCodeAt(i - 1)) &&
  i + 2 < s.length &&
  isSpace(s.charCodeAt(i + 1)) &&
  isFigure(s.charCodeAt(i + 2)) &&
  !isFigure(s.charCodeAt(i + 3));

/** Full-width ASCII letters, digits, %, + and . folded to ASCII (length-preserving). */
function foldChar(c: number): number {
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return c - 0xfee0;
  if (c === 0xff05) return 0x25; // ％
  if (c === 0xff0e) return 0x2e; // ．
  if (c === 0xff0b) return 0x2b; // ＋ (１２００＋位客户)
  return c;
}

const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;
const TONE_BASE: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a', ē: 'e', é: 'e', ě: 'e', è: 'e', ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o', ū: 'u', ú: 'u', ǔ: 'u', ù: 'u', ǖ: 'v', ǘ: 'v', ǚ: 'v', ǜ: 'v', ü: 'v',
  ń: 'n', ň: 'n', ǹ: 'n', ḿ: 'm',
};
const PINYIN_CHAR = /[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;

/**
 * Length of a pinyin annotation starting at i (right after a Han character):
 * one syllable, optionally with a tone digit or in brackets. 0 when none.
 * A toneless syllable counts only when a Han character follows or the
 * previous character was annotated too, so 用app or 微信 ma are kept.
 */
function pinyinAt(s: string, i: number, chained: boolean): number {
  let j = i;
  const open = s[j] === '(' || s[j] === '（' || s[j] === '[';
  if (open) j++;
  const from = j;
  j = syllableEnd(s, from);
  if (j < 0 || (j < s.length && PINYIN_CHAR.test(s[j]))) return 0;
  let toned = TONED.test(s.slice(from, j));
  if (j < s.length && s[j] >= '1' && s[j] <= '5') {
    j++;
    toned = true;
  }
  if (open) {
    if (s[j] !== ')' && s[j] !== '）' && s[j] !== ']') return 0;
    j++;
    toned = true;
  }
  const next = j < s.length ? s.charCodeAt(j) : -1;
  // A lone toneless syllable between characters stands for a character (稳zhuan不赔, 年hua收yi): kept, for the
  // lexicons' spellings of it; an annotation runs on (稳wen赚zhuan) or is toned.
  if (!toned && !chained && !(next >= 0 && isHan(t2sChar(next)) && annotatedAt(s, j + 1))) return 0;
  if (next >= 0 && PINYIN_CHAR.test(s[j])) return 0;
  return j - i;
}

/** Does a pinyin syllable (toned or not, or bracketed) start at i, right after a character? */
function annotatedAt(s: string, i: number): boolean {
  return s[i] === '(' || s[i] === '（' || s[i] === '[' || syllableEnd(s, i) >= 0;
}

/** End of the lowercase pinyin syllable (at most 7 letters, tones allowed) starting at i, or -1. */
function syllableEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 7 && PINYIN_CHAR.test(s[j])) j++;
  if (j === i) return -1;
  const word = s.slice(i, j);
  if (word !== word.toLowerCase()) return -1;
  let base = '';
  for (const ch of word) base += TONE_BASE[ch] ?? ch;
  return PINYIN_SYLLABLES.has(base) ? j : -1;
}

function t2sChar(c: number): number {
  return table()[c] || c;
}

/**
 * Quick test: does the text need anything beyond the identity? A character
 * of ALONE anywhere, or a Han character (HAN: U+3400–U+9FFF, U+F900–U+FAFF)
 * followed by one of AFTER_HAN (a filler or what may start pinyin) or by an
 * emoji (EMOJI: what may start one), or a traditional character, or a
 * character of CONTEXT whose neighbours decide (an enclosed ideograph's lead,
 * 帐, a figure's). One pass over the code units with a lookup table: most
 * characters have no flag at all.
 */
const ALONE = 1;
const AFTER_HAN = 2;
const HAN = 4;
const EMOJI = 8;
const CONTEXT = 16;
const QUICK = (() => {
  const t = new Uint8Array(0x10000);
  const mark = (flag: number, chars: string, ranges: [number, number][] = []) => {
    for (const ch of chars) t[ch.charCodeAt(0)] |= flag;
    for (const [a, b] of ranges) for (let c = a; c <= b; c++) t[c] |= flag;
  };
  // First, as fill sets rather than adds: no other flag falls in these ranges.
  t.fill(HAN, 0x3400, 0xa000);
  t.fill(HAN, 0xf900, 0xfb00);
  mark(ALONE, '\u00a0\u00ad\u2060\ufeff\u20e3', [[0x200b, 0x200f]]);
  // Whatever foldChar folds, derived from it so the two cannot drift apart (＋ once did).
  for (let c = 0xff00; c <= 0xffef; c++) if (foldChar(c) !== c) t[c] |= ALONE;
  mark(AFTER_HAN, ' \t\u3000·・•‧-_*~/|.\uff0e\uff5e(（[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü', [[0x2010, 0x2014], [0x61, 0x7a]]);
  // As emojiAt starts one.
  mark(EMOJI, '\u2b50\u2b55\ufe0f\u200d', [[0xd83c, 0xd83e], [0x2600, 0x27bf]]);
  mark(CONTEXT, '\u5e10.%', [[0x30, 0x39], [0xd83c, 0xd83c]]);
  return t;
})();

// Enclosed ideographs (🈚️风险, 🈶保障, 🉐): U+1F200-U+1F2FF, the low surrogates of the pair after
// 0xD83C, read as the character they enclose (NFKC), simplified. A following emoji variation selector goes too.
const ENCLOSED = ((): Map<number, number> => {
  const m = new Map<number, number>();
  for (let cp = 0x1f200; cp <= 0x1f2ff; cp++) {
    const k = String.fromCodePoint(cp).normalize('NFKC');
    // Two enclose Japanese forms the simplified table does not know: 満 (🈵) is 满, 営 (🈺) is 营.
    const han = k === '満' ? '满' : k === '営' ? '营' : k;
    if (k.length === 1 && isHan(han.charCodeAt(0))) m.set(String.fromCodePoint(cp).charCodeAt(1), han.charCodeAt(0));
  }
  return m;
})();
const enclosedAt = (s: string, i: number): number => (s.charCodeAt(i) === 0xd83c ? ENCLOSED.get(s.charCodeAt(i + 1)) ?? 0 : 0);

/**
 * Length of the emoji at i (a pictograph, with its variation selector, skin tone or joiner), 0 when none.
 * Between single characters it spaces a banned word out (本💰金💰安💰全) and is read as a filler.
 */
function emojiAt(s: string, i: number): number {
  let j = i;
  for (;;) {
    const c = s.charCodeAt(j);
    if (c >= 0xd83c && c <= 0xd83e && !enclosedAt(s, j)) j += 2;
    else if ((c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2b55 || c === 0xfe0f || c === 0x200d) j++;
    else return j - i;
  }
}

function identity(input: string, tab: Uint16Array): boolean {
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const f = QUICK[c];
    if (f === 0) continue;
    if (f & ALONE) return false;
    if (f & HAN) {
      if (tab[c]) return false;
      const next = i + 1 < n ? QUICK[input.charCodeAt(i + 1)] : 0;
      if (next & AFTER_HAN) return false;
      // An emoji after a Han character may space a word out (本💰金).
      if (next & EMOJI && emojiAt(input, i + 1)) return false;
    }
    if (!(f & CONTEXT)) continue;
    if (c === 0xd83c && enclosedAt(input, i)) return false;
    if (c === 0x5e10 && i + 1 < n && ACCOUNT_NEXT.has(input.charCodeAt(i + 1))) return false;
    // A figure, a space, a Han character (10 万).
    if (isDigit(c) && i + 2 < n && isSpace(input.charCodeAt(i + 1)) && !isSpace(input.charCodeAt(i + 2)) && isHan(t2sChar(input.charCodeAt(i + 2)))) return false;
    if (isFigure(c) && spacedFigureAt(input, i)) return false;
  }
  return true;
}

export function normalise(input: string): Normalised {
  const spelled = pinyinWordsAsHan(input);
  let folded: Normalised;
  if (!spelled) folded = normaliseChars(input);
  else {
    // Composed: each output character's index in the transliterated text, then that one's in the input.
    const after = normaliseChars(spelled.text);
    folded = after.map ? { text: after.text, map: after.map.map((k) => spelled.map[k]) } : { text: after.text, map: spelled.map };
  }
  // Spoken fillers are read on the folded text (那個 is 那个), then dropped.
  const spoken = dropSpokenFillers(folded.text);
  if (!spoken) return folded;
  const inner = folded.map;
  return { text: spoken.text, map: inner ? spoken.map.map((k) => inner[k]) : spoken.map };
}

function normaliseChars(input: string): Normalised {
  const tab = table();
  if (identity(input, tab)) return { text: input, map: null };
  const map = new Int32Array(input.length);
  let out = '';
  let n = 0;
  let lastHan = false; // was the last kept character a Han character?
  let annotated = false; // is the last kept Han character annotated with pinyin?
  let chained = false; // was the Han character before it annotated?
  let chunk = ''; // batched output, appended to out every so often (fewer concatenations)
  let lastDigit = false; // was the last kept character an ASCII digit?
  let lastKept = -1; // the last kept character (行 before a brand line's dot)
  let hanRun = 0; // Han characters kept in a row, up to the last one
  let lastKeptAt = -2; // input index of the last kept character's last code unit
  for (let i = 0; i < input.length; i++) {
    const from = i;
    let raw = input.charCodeAt(i);
    const enclosed = raw === 0xd83c ? enclosedAt(input, i) : 0;
    if (enclosed) {
      raw = enclosed;
      i += input.charCodeAt(i + 2) === 0xfe0f ? 2 : 1;
    }
    let c = tab[raw] || foldChar(raw);
    // A keycap digit (0️⃣风险) is its digit: the selector and the enclosing keycap go.
    if (lastDigit && (c === 0x20e3 || (c === 0xfe0f && input.charCodeAt(i + 1) === 0x20e3))) continue;
    // Spaces between a figure and a Han character, either way, vanish too: a poster spaced out to
    // dodge a filter (存 10 万 领 终 身) reads as 存10万领终身.
    if ((lastHan || lastDigit) && isSpace(c)) {
      let j = i;
      while (j < input.length && isSpace(input.charCodeAt(j))) j++;
      const next = j < input.length ? foldChar(input.charCodeAt(j)) : -1;
      if ((lastHan && isDigit(next)) || (lastDigit && next >= 0 && isHan(t2sChar(next)))) {
        i = j - 1;
        continue;
      }
    }
    // A figure spaced out a character at a time (定 存 1 . 3 0 %) reads as one (1.30%).
    if (isSpace(c) && i > 0 && isFigure(input.charCodeAt(i - 1)) && spacedFigureAt(input, i - 1)) continue;
    const e = lastHan ? emojiAt(input, i) : 0;
    if (e && i + e < input.length) {
      const next = input.charCodeAt(i + e);
      // An emoji pointing a label at its figure (定存👉1.5%, 年金🛡️2.8) joins them, as a space would; one between single
      // Han characters (💰本💰金💰) is a filler; after a word it parts phrases (安心🎁存钱).
      if (isDigit(next) || (hanRun === 1 && isHan(t2sChar(next)) && !enclosedAt(input, i + e))) {
        i += e - 1;
        continue;
      }
    }
    if (lastHan) {
      // Fillers between two Han characters vanish.
      if (isFiller(c)) {
        let j = i;
        let dashes = 0;
        let dot = -1;
        for (; j < input.length && isFiller(input.charCodeAt(j)); j++) {
          const f = input.charCodeAt(j);
          if (f === 0x2014) dashes++;
          else if (dot < 0 && MIDDLE_DOT.has(f)) dot = j;
        }
        // A 破折号 (——) parts two clauses (福利想不到——佣金…): only a lone dash joins (保—本).
        if (dashes < 2 && j < input.length && isHan(t2sChar(input.charCodeAt(j)))) {
          // A bank's brand line keeps its dot (华澄银行·安心存, 青 澜 银 行 · 养 老 宝): the name ends there.
          if (dot >= 0 && lastKept === 0x884c) {
            chunk += '·';
            map[n++] = dot;
          }
          i = j - 1;
          continue;
        }
      }
      const py = pinyinAt(input, i, chained);
      if (py) {
        i += py - 1;
        annotated = true;
        lastHan = true; // a filler may sit between the annotation and the next character
        continue;
      }
    }
    // 帳戶 folds to 帐户, the tent's character: an account is 账户 to the lexicons (帐户, 帐号, 帐单, 帐面, 帐目).
    if (c === 0x5e10 && i + 1 < input.length && ACCOUNT_NEXT.has(t2sChar(input.charCodeAt(i + 1)))) c = 0x8d26;
    chunk += String.fromCharCode(c);
    map[n++] = from;
    lastKept = c;
    // A run restarts after anything dropped (保 本 is two runs of one).
    hanRun = isHan(c) ? (lastHan && from === lastKeptAt + 1 ? hanRun + 1 : 1) : 0;
    lastKeptAt = i;
    lastHan = isHan(c);
    lastDigit = isDigit(c);
    chained = lastHan && annotated;
    annotated = false;
    if (chunk.length >= 256) {
      out += chunk;
      chunk = '';
    }
  }
  out += chunk;
  return { text: out, map: map.subarray(0, n) };
}
