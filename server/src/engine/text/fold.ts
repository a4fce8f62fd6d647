// Length-preserving folding of full-width letters, digits and the ideographic
// space, so that 首月１元 matches a phrase written 首月1元. Punctuation is kept:
// patterns use full-width punctuation (。！？) as sentence delimiters.

const FOLDABLE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]/;

export function foldWidth(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
      out += String.fromCharCode(c - 0xfee0);
    } else if (c === 0x3000) out += ' ';
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
  const folded = foldWidth(text);
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
