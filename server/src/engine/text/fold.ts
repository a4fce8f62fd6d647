// Length-preserving folding applied alike to the canonical text and to every
// phrase and pattern of a rule pack: full-width letters and digits and the
// ideographic space (首月１元 matches 首月1元); 你 to 您, since a claim is the
// same claim in either register and packs are written with 您; and 著 to 着
// where it is the particle (兜著, 存著: OpenCC's Taiwan forms), not 显著/著名.
// Punctuation is kept, but in the text (and literal phrases: foldText) half-width
// , ! ? ; : next to a Han character become full-width (放定期一年一千多,放这里三千多!):
// patterns use full-width punctuation (，。！？；) as clause and sentence delimiters;
// 10,000 and 10:30 stay as they are, and so does a pattern's own syntax ((能)?领到).
// Written Cantonese, Hokkien and Shanghainese read as Mandarin (dialect.ts).
import { DIALECT_FIRSTS, dialectFold } from './dialect.js';

// Han characters that may fold (你, 著 and the dialect words' first characters), in KIND.
const HAN_FOLDING = '你著' + DIALECT_FIRSTS;
const HALF_PUNCT: Record<string, string> = { ',': '，', '!': '！', '?': '？', ';': '；', ':': '：' };
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
// 著 stays 著 after or before these (显著, 著名, 著作 …).
const ZHU_BEFORE = new Set([...'显昭卓土编论原名专巨遗译合撰']);
const ZHU_AFTER = new Set([...'名作称述录书']);

/** foldForms for prose and literal phrases: half-width punctuation next to a Han character folded too. */
export function foldText(text: string): string {
  return foldForms(text, true);
}

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

/** One Han character's fold at i (or a dialect pair's, two characters), or undefined. */
function hanFold(text: string, i: number): string | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x4f60) return '您';
  if (c === 0x8457) return !ZHU_BEFORE.has(text[i - 1]) && !ZHU_AFTER.has(text[i + 1]) ? '着' : undefined;
  return dialectFold(text, i);
}

export function foldForms(text: string, punctuation = false): string {
  // No RegExp test for a foldable character first: one of the dialect words' first characters (一, 点, 同, 听 …) is
  // in most blocks, and the test then read the text once more before this loop. Block texts are sequential strings
  // now (document/model.ts), so the loop's string reads are not the megamorphic loads that once made the test pay.
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
