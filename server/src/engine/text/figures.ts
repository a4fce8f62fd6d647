// Figures in prose: rates (3.5%, 3.5 %, 百分之三点五, 3个点, a bare 1.5 right
// after a word) and sums of money (¥118,600, 11.86万, 3万, 5250元). Read by a
// hand-written scanner in one pass: a regular expression tried at every digit
// of a 50,000-digit line would read the rest of the line each time.

export type FigureKind = 'rate' | 'sum';

export interface Figure {
  kind: FigureKind;
  /** Percent for rates, yuan for sums. */
  value: number;
  start: number;
  end: number;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\u3400-\u9fffA-Za-z]/.test(c);

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_NUMERAL = /[零〇一二三四五六七八九两十百点]/;

/**
 * The whole number of numerals and units below 万 (三十五, 一百, 一千五), or NaN. A
 * last digit right after a unit counts in the unit below when `colloquial` (一千五
 * is 1,500, as sums are said), as itself otherwise (rates: 一百零五).
 */
function wholeOf(g: string, colloquial: boolean): number {
  let value = 0;
  let digit = -1;
  let lastUnit = 0;
  for (const c of g) {
    if (c in CN_DIGITS) digit = CN_DIGITS[c];
    else if (c === '十' || c === '百' || c === '千') {
      lastUnit = c === '十' ? 10 : c === '百' ? 100 : 1000;
      value += (digit < 0 ? 1 : digit) * lastUnit;
      digit = -1;
    } else return NaN;
  }
  if (digit >= 0) value += digit * (colloquial && lastUnit ? lastUnit / 10 : 1);
  return value;
}

/** A Chinese numeral up to the hundreds with a decimal part (三点五, 二十, 一百), or NaN. */
export function chineseNumber(s: string): number {
  const [whole, fraction = ''] = s.split('点');
  let value = wholeOf(whole, false);
  if (!whole && !fraction) return NaN;
  let scale = 0.1;
  for (const c of fraction) {
    if (!(c in CN_DIGITS)) return NaN;
    value += CN_DIGITS[c] * scale;
    scale /= 10;
  }
  return value;
}

/** After a bare decimal, a unit that makes it something else than a rate (3.0倍, 1.5年). */
const NOT_A_RATE = /[年岁倍月天日号期次位个万亿元块kKwW.,]/;

/** CN_DIGITS by character code. */
const CN_DIGIT_CODES = new Map(Object.entries(CN_DIGITS).map(([c, v]) => [c.charCodeAt(0), v]));
const BAI = '百'.charCodeAt(0);
const GE = '个'.charCodeAt(0);
const DIAN = '点'.charCodeAt(0);
const DUO = '多'.charCodeAt(0);
/** What may end a rate said as 三个多 with no 点: a clause's or a sentence's end. */
const CLAUSE_END = /^[，,。！!？?；;、\s…]|^$/;

/**
 * The end of a rate's points after N个 at i: 点 (两个点), 多点 (一个多点), or 多 at a
 * clause's end (能到三个多，); 0 when what follows is something else (三个多月, 两个人).
 */
function percentPoints(text: string, i: number, to: number): number {
  if (text.charCodeAt(i) === DIAN) return i + 1;
  if (text.charCodeAt(i) !== DUO) return 0;
  if (text.charCodeAt(i + 1) === DIAN) return i + 2;
  return i + 1 <= to && CLAUSE_END.test(text.slice(i + 1, i + 2)) ? i + 1 : 0;
}
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

const SHI = '十'.charCodeAt(0);
const CN_SUM_CHAR = /[零〇一二三四五六七八九两十百千万]/;

/**
 * The end of a sum said in Chinese numerals at i (一千五, 三千多, 十二万多, 两万块), or 0.
 * Only a run with 千 or 万 is a sum (一年, 三个, 二〇二六年 are not); a 多 or 来 and a 块 or 元 may follow.
 */
function chineseSumEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && j - i < 12 && CN_SUM_CHAR.test(text[j])) j++;
  const run = text.slice(i, j);
  if (!/[千万]/.test(run) || /^[千万]/.test(run)) return 0;
  // 三千多, 三千来块 (about three thousand).
  if (text[j] === '多' || (text[j] === '来' && (text[j + 1] === '块' || text[j + 1] === '元'))) j++;
  if (text[j] === '块' || text[j] === '元') j++;
  // 三千米, 一万步: a measure of something else.
  return /[米步字人次年岁个名份台件克斤]/.test(text[j] ?? '') ? 0 : j;
}

/** A sum in Chinese numerals (一千五 = 1,500: a digit after a unit at the end is the next unit's; 十二万 = 120,000), or NaN. */
export function chineseSum(s: string): number {
  const at = s.indexOf('万');
  if (at < 0) return wholeOf(s, true);
  const low = s.slice(at + 1);
  // 三万五 is 35,000: a lone digit after 万 counts in thousands.
  return wholeOf(s.slice(0, at), true) * 10_000 + (low ? (/^[一二三四五六七八九两]$/.test(low) ? CN_DIGITS[low] * 1000 : wholeOf(low, true)) : 0);
}

/**
 * The figures of text[from, to), in text order. The scan reads character
 * codes: a one-character string of a Chinese character is a new string each
 * time, and this loop runs over every character of the claims' clauses.
 */
export function figuresIn(text: string, from: number, to: number): Figure[] {
  const out: Figure[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      const before = text.charCodeAt(i - 1);
      if (!isDigitCode(before) && before !== 46 /* . */ && before !== 44 /* , */) {
        i = arabicFigure(text, i, to, out);
        continue;
      }
    }
    if (c === BAI && text.startsWith('百分之', i)) {
      let j = i + 3;
      while (j < to && CN_NUMERAL.test(text[j])) j++;
      const value = chineseNumber(text.slice(i + 3, j));
      if (!Number.isNaN(value)) out.push({ kind: 'rate', value, start: i, end: j });
      i = Math.max(j, i + 1);
      continue;
    }
    if ((CN_DIGIT_CODES.has(c) || c === SHI) && !CN_SUM_CHAR.test(text[i - 1] ?? '')) {
      const end = chineseSumEnd(text, i, to);
      if (end > 0) {
        const value = chineseSum(text.slice(i, end).replace(/[多来]?[块元]?$/, ''));
        if (value > 0) {
          out.push({ kind: 'sum', value, start: i, end });
          i = end;
          continue;
        }
      }
    }
    const digit = CN_DIGIT_CODES.get(c);
    if (digit !== undefined && text.charCodeAt(i + 1) === GE && !CN_NUMERAL.test(text[i - 1] ?? '')) {
      const end = percentPoints(text, i + 2, to);
      if (end > 0) {
        // 两个点 is 2%; 一个多点 and, at a clause's end, 三个多 are 1.x% and 3.x%: read as the half.
        out.push({ kind: 'rate', value: digit + (text.charCodeAt(i + 2) === DUO ? 0.5 : 0), start: i, end });
        i = end;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** Reads the number starting at i and what follows it; returns where scanning goes on. */
function arabicFigure(text: string, i: number, to: number, out: Figure[]): number {
  let j = i;
  while (j < to && (isDigit(text[j]) || (text[j] === ',' && isDigit(text[j + 1])))) j++;
  let decimals = 0;
  if (text[j] === '.' && isDigit(text[j + 1])) {
    j++;
    while (j < to && isDigit(text[j])) {
      j++;
      decimals++;
    }
  }
  const digits = text.slice(i, j);
  const value = Number(digits.replace(/,/g, ''));
  let k = j;
  if (text[k] === ' ') k++;
  const next = text[k];
  const yuanSign = text[i - 1] === '¥' || text[i - 1] === '￥' || ((text[i - 2] === '¥' || text[i - 2] === '￥') && text[i - 1] === ' ');
  const start = yuanSign ? i - (text[i - 1] === ' ' ? 2 : 1) : i;
  if (next === '%' || next === '％') out.push({ kind: 'rate', value, start, end: k + 1 });
  else if (next === '个' && text[k + 1] === '点') out.push({ kind: 'rate', value, start, end: k + 2 });
  else if (next === '个' && text[k + 1] === '多' && text[k + 2] === '点') out.push({ kind: 'rate', value: value + 0.5, start, end: k + 3 });
  // Hong Kong's 厘 is a percent in interest and returns (定期 2厘, 4厘半); not 厘米.
  else if (next === '厘' && text[k + 1] !== '米') {
    const half = text[k + 1] === '半' ? 1 : 0;
    out.push({ kind: 'rate', value: value + half / 2, start, end: k + 1 + half });
  }
  else if (next === '万') out.push({ kind: 'sum', value: value * 10_000, start, end: k + 1 + (text[k + 1] === '元' || text[k + 1] === '块' ? 1 : 0) });
  else if (next === '元' || next === '块') out.push({ kind: 'sum', value, start, end: k + 1 });
  else if (yuanSign) out.push({ kind: 'sum', value, start, end: j });
  // A gain in money written with its sign, as a poster's arrows do (存10万 → 1年后 → +1,100).
  else if ((text[i - 1] === '+' || text[i - 1] === '＋') && decimals === 0 && value >= 100 && !isDigit(next)) out.push({ kind: 'sum', value, start: i - 1, end: j });
  else if (decimals >= 1 && decimals <= 2 && !digits.includes(',') && digits.indexOf('.') <= 2 && !NOT_A_RATE.test(text[j] ?? '') && !isDigit(next)) {
    // A bare decimal is a rate only right after a word: 定存1.5, 三年定期 1.5, a gain's sign between (投连去年+9.8).
    // …or after a poster's arrow from a name (余额宝→1.2 / 理财→2.1 / 咱这个→3.0起).
    const signed = text[i - 1] === '+' || text[i - 1] === '＋';
    let b = signed ? i - 2 : i - 1;
    if (text[b] === ' ') b--;
    if (text[b] === '\uFE0F') b--;
    if ((text[b] === '→' || text[b] === '➡') && value < 20) {
      b--;
      if (text[b] === ' ') b--;
    }
    if (isLetter(text[b])) out.push({ kind: 'rate', value, start: signed ? i - 1 : i, end: j });
  }
  return Math.max(j, i + 1);
}
