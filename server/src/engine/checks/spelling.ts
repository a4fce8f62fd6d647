// spelling: English and other Latin-script words checked with Hunspell.
// Skipped: code and URLs (never prose), e-mail addresses, file names, product
// codes with digits, all-caps abbreviations (unless checkAllCaps), words the
// workspace accepts (config `spelling.words` and its dictionary file) and
// words listed in a <!-- policylint-words … --> comment of the document.
import { PINYIN_SYLLABLES } from '../text/pinyin-syllables.js';
import { speller } from '../spelling/hunspell.js';
import { isCleanSlice, sourceRange, type CheckKind, type RawFinding } from './context.js';

const TOKEN = /[A-Za-z0-9][A-Za-z0-9'’_-]*/g;
// Each branch starts only at the start of its run (lookbehind): otherwise a
// long run of letters is re-read from every position, in quadratic time.
const SKIP_SPAN = /(?:https?:\/\/|ftp:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:md|markdown|txt|pdf|docx?|xlsx?|pptx?|png|jpe?g|gif|html?|zip|ya?ml|json|csv)\b|(?<![\w-])\b[\w-]+\/[\w./-]+/gi;
// Hyphenated prefixes Hunspell does not list as words (pre-ticked, mis-selling).
const PREFIXES = new Set(['pre', 'mis', 'non', 're', 'co', 'anti', 'sub', 'multi', 'self', 'post', 'over', 'under', 'cross', 'semi', 'inter', 'intra', 'ex', 'de', 'un', 'bi', 'tri', 'e']);
const WORDS_DIRECTIVE = /<!--\s*policylint-words\s+([\s\S]*?)-->/g;

/** Words a document accepts for itself. */
export function documentWords(source: string): Set<string> {
  const out = new Set<string>();
  for (const m of source.matchAll(WORDS_DIRECTIVE)) for (const w of m[1].split(/[\s,，]+/)) if (w) out.add(w);
  return out;
}

// The language server asks for the same text twice per lint (blockContext, then run).
let lastWords: { source: string; words: Set<string> } | undefined;
function wordsOf(source: string): Set<string> {
  if (lastWords?.source !== source) lastWords = { source, words: documentWords(source) };
  return lastWords.words;
}

// Workspace word lists by identity (one Set per config's list, lint.ts).
const listIds = new WeakMap<Set<string>, string>();
let lists = 0;
function listId(words: Set<string> | undefined): string {
  if (!words) return '';
  let id = listIds.get(words);
  if (id === undefined) listIds.set(words, (id = `#${++lists}`));
  return id;
}

// Han characters and the full-width punctuation of Chinese text.
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Can the word be cut into two to four toneless pinyin syllables (tingshou, daiqian, fanxian)? */
function pinyinSyllables(word: string, count = 0): boolean {
  if (!word) return count >= 2;
  if (count === 4) return false;
  for (let n = Math.min(6, word.length); n >= 1; n--) if (PINYIN_SYLLABLES.has(word.slice(0, n)) && pinyinSyllables(word.slice(n), count + 1)) return true;
  return false;
}

export const spelling: CheckKind<null> = {
  compile() {
    return null;
  },
  // A block's findings depend on the accepted words, the document's included: kept per block by these.
  blockContext(ctx) {
    const own = wordsOf(ctx.doc.source);
    return own.size ? `${listId(ctx.words)}\0${[...own].join('\0')}` : listId(ctx.words);
  },
  run(_c, rule, ctx) {
    // Most drafts have no Latin words at all: then Hunspell is never loaded.
    if (!ctx.doc.blocks.some((b) => /[A-Za-z]{2}/.test(b.folded))) return [];
    const h = speller();
    if (!h) return [];
    const accepted = new Set([...(ctx.words ?? []), ...wordsOf(ctx.doc.source)]);
    const lower = new Set([...accepted].map((w) => w.toLowerCase()));
    const out: RawFinding[] = [];
    for (const block of ctx.doc.blocks) {
      const text = block.folded;
      if (!/[A-Za-z]{2}/.test(text)) continue;
      const skipped: [number, number][] = [...text.matchAll(SKIP_SPAN)].map((m) => [m.index!, m.index! + m[0].length]);
      for (const m of text.matchAll(TOKEN)) {
        const start = m.index!;
        let word = m[0].replace(/['’_-]+$/, '');
        const end = start + word.length;
        if (word.length < 2 || /[0-9_]/.test(word)) continue; // product codes, identifiers
        if (!rule.checkAllCaps && /^[A-Z][A-Z'’-]*$/.test(word)) continue; // ICBC, CBIRC
        if (/^([xX*])\1+$/.test(word)) continue; // a placeholder (400-xxx-xxxx, 京ICP备xxxxxxxx号)
        if (skipped.some(([s, e]) => s <= start && end <= e)) continue;
        // A short lower-case word set against Chinese is pinyin shorthand (ck到期, 这个lx比定期高, bbbx！), not English.
        // (A space between counts as nothing: 这款的 shouyi 真的.)
        const before = text[start - 1] === ' ' ? text[start - 2] : text[start - 1];
        const after = text[end] === ' ' ? text[end + 1] : text[end];
        const besideChinese = /^[a-z]+$/.test(word) && (CHINESE.test(before ?? '') || CHINESE.test(after ?? ''));
        if (besideChinese && word.length <= 4) continue;
        if (accepted.has(word) || lower.has(word.toLowerCase())) continue;
        // Hyphenated compounds are checked part by part.
        const parts = word.split(/[-]/).filter(Boolean);
        const ok = (p: string, i: number) => p.length < 2 || h.correct(p.replace(/’/g, "'")) || accepted.has(p) || (i < parts.length - 1 && PREFIXES.has(p.toLowerCase()));
        if (parts.every(ok) || (parts.length > 1 && h.correct(parts.join('')))) continue;
        // So is a longer one made wholly of pinyin syllables (tingshou了, 就daiqian), at most four; asked
        // only of words the dictionary does not know.
        if (besideChinese && word.length <= 16 && pinyinSyllables(word)) continue;
        word = block.text.slice(start, end);
        const [s, e] = sourceRange(block, start, end);
        const clean = isCleanSlice(ctx.doc, block, start, end);
        const suggestions = clean ? h.suggest(word).map((text, i) => ({ desc: `改为“${text}”`, fix: { range: [s, e] as [number, number], text }, preferred: i === 0 })) : [];
        out.push({
          start: s,
          end: e,
          message: rule.message.replace(/\{\{\s*match\s*\}\}/g, word) + (suggestions.length ? `（建议：${suggestions.map((x) => x.fix.text).join('、')}）` : ''),
          suggestions: suggestions.length ? suggestions : undefined,
        });
      }
    }
    return out;
  },
};
