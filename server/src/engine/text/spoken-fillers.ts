// Fillers of speech typed out (a call's transcript, a voice message): 嗯, 那个, 就是说, 对吧 standing alone between
// two commas part the words of one claim (我们银行，嗯，跟那个保险公司联合推出的). They are dropped with the commas
// around them, so a claim reads as it was meant; the map keeps each kept character's index for findings.

/** Words said only to fill a pause. */
const WORDS = '嗯+|呃+|额|啊|那个|这个呢?|就是说|就是|对吧|是吧|对不对|然后呢?|你知道吧|怎么说呢';

/** A filler standing alone between commas (or several in a row), the commas included. */
const FILLER = new RegExp(`[，,][ \\t]*(?:${WORDS})[ \\t]*(?:[，,][ \\t]*(?:${WORDS})[ \\t]*)*[，,]`, 'g');

/** Characters a filler starts with, from WORDS: a text with none of them is returned untouched without a regex scan. */
const STARTS = new RegExp(`[${[...new Set(WORDS.split('|').map((w) => w[0]))].join('')}]`);

/** The text without its spoken fillers, with each kept character's input index; null when there are none. */
export function dropSpokenFillers(input: string): { text: string; map: Int32Array } | null {
  if (!STARTS.test(input)) return null;
  FILLER.lastIndex = 0;
  let m = FILLER.exec(input);
  if (!m) return null;
  const map = new Int32Array(input.length);
  let out = '';
  let n = 0;
  let from = 0;
  for (; m; m = FILLER.exec(input)) {
    // The filler and the commas around it go (a run of fillers is one match).
    out += input.slice(from, m.index);
    for (let i = from; i < m.index; i++) map[n++] = i;
    from = m.index + m[0].length;
  }
  out += input.slice(from);
  for (let i = from; i < input.length; i++) map[n++] = i;
  return { text: out, map: map.subarray(0, n) };
}
