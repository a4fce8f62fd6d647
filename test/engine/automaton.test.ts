// The lexicon automaton finds what a plain scan would: at each position the
// longest word that starts there, then on from its end (leftmost-longest,
// non-overlapping), whatever words and text fast-check comes up with.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Automaton } from '../../server/src/engine/text/automaton.js';

function plainScan(words: string[], text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    let best = '';
    for (const w of words) if (w.length > best.length && text.startsWith(w, i)) best = w;
    if (best) {
      out.push(`${i}:${best}`);
      i += best.length;
    } else i++;
  }
  return out;
}

const scan = (words: string[], text: string) => new Automaton(words).matches(text).map((m) => `${m.start}:${words[m.word]}`);

describe('lexicon automaton', () => {
  it('takes the longest word at the leftmost position, then continues after it', () => {
    const words = ['存款', '银行存款', '存款利率', '我们银行', '银行发行', '发行'];
    expect(scan(words, '这不是银行存款，是存款利率')).toEqual(['3:银行存款', '9:存款利率']);
    // 银行发行 starts inside 我们银行, so the shorter 发行 after it is the next word.
    expect(scan(words, '我们银行发行的')).toEqual(['0:我们银行', '4:发行']);
    // A longer word that cannot be placed (it starts inside 款存) leaves the shorter match after it alone.
    expect(scan(['存', '款存', '存存银存'], '款存存银存')).toEqual(['0:款存', '2:存', '4:存']);
  });

  it('agrees with a plain scan on random words and text', () => {
    const alphabet = fc.constantFrom('存', '款', '银', '行', '保', '本', 'a', '，');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: alphabet, maxLength: 60 }), (words, text) => {
        expect(scan(words, text)).toEqual(plainScan(words, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reports every literal that occurs, overlapping or not, each once, in the same pass as the words', () => {
    const alphabet = fc.constantFrom('存', '款', '银', '行', '保', '本', 'a', '，');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 8 }), fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.string({ unit: alphabet, maxLength: 60 }), (words, literals, text) => {
        const automaton = new Automaton(words, literals);
        automaton.scan(text, true);
        const flat = [...automaton.words.subarray(0, automaton.wordsEnd)];
        const found = [...automaton.literals.subarray(0, automaton.literalsEnd)];
        expect(found.map((i) => literals[i]).sort()).toEqual(literals.filter((l) => text.includes(l)).sort());
        const triples = [];
        for (let i = 0; i < flat.length; i += 3) triples.push(`${flat[i]}:${words[flat[i + 2]]}`);
        expect(triples).toEqual(plainScan(words, text));
      }),
      { numRuns: 1000 },
    );
  });

  it('handles characters outside every word and astral characters', () => {
    expect(scan(['保本'], '𠀀保本😀保 本保本')).toEqual(['2:保本', '9:保本']);
  });
});
