// Length-preserving folding applied alike to the canonical text and to every
// phrase and pattern of a rule pack: full-width letters and digits and the
// ideographic space (首月１元 matches 首月1元); 你 to 您, since a claim is the
// same claim in either register and packs are written with 您; and 著 to 着
// where it is the particle (兜著, 存著: OpenCC's Taiwan forms), not 显著/著名.
// Punctuation is kept, but in the text (and literal phrases: foldText) half-width
// , ! ? ; : next to a Han character become full-width (放定期一年一千多,放这里三千多!):
// patterns use full-width punctuation (，。！？；) as clause and sentence delimiters;
// 10,000 and 10:30 stay as they are, and so does a pattern's own syntax ((能)?领到).

const FOLDABLE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000你著]/;
const FOLDABLE_TEXT = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000你著,!?;:]/;
const HALF_PUNCT: Record<string, string> = { ',': '，', '!': '！', '?': '？', ';': '；', ':': '：' };
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
// 著 stays 著 after or before these (显著, 著名, 著作 …).
const ZHU_BEFORE = new Set([...'显昭卓土编论原名专巨遗译合撰']);
const ZHU_AFTER = new Set([...'名作称述录书']);

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
