// textlint-rule-prh dictionaries (prh.yml) as a rule pack, so teams coming
// from textlint keep their lists: each prh rule becomes a phrase or pattern
// whose `expected` is the replacement, applied by --fix as textlint would.
import type { YamlSource } from '../yaml-source.js';
import { patternProblem, type PatternEntry, type PhraseEntry } from '../terms.js';
import type { SourceError } from '../types.js';
import type { Pack } from './model.js';

interface PrhRule {
  expected?: unknown;
  pattern?: unknown;
  patterns?: unknown;
  prh?: unknown;
}

export function isPrhDictionary(data: unknown): boolean {
  if (!data || typeof data !== 'object' || 'pack' in data) return false;
  const rules = (data as { rules?: unknown }).rules;
  return Array.isArray(rules) && rules.every((r) => r && typeof r === 'object' && 'expected' in r);
}

export function prhToPack(src: YamlSource, errors: SourceError[]): Pack {
  const data = src.data() as { rules: PrhRule[] };
  const phrases: PhraseEntry[] = [];
  const patterns: PatternEntry[] = [];
  data.rules.forEach((rule, i) => {
    const expected = String(rule.expected);
    const list = rule.patterns ?? rule.pattern;
    const items = Array.isArray(list) ? list : list === undefined ? [] : [list];
    items.forEach((item, j) => {
      const text = String(item);
      const regex = /^\/(.+)\/([a-z]*)$/.exec(text);
      if (regex) {
        const problem = patternProblem(regex[1]);
        if (problem) errors.push({ file: src.file, ...src.locate(['rules', i, rule.patterns ? 'patterns' : 'pattern', ...(rule.patterns ? [j] : [])]), message: `${problem}：${text}` });
        else if (!expected.includes('$')) patterns.push({ pattern: regex[1], suggest: [expected] });
      } else if (text !== expected) phrases.push({ text, suggest: [expected] });
    });
  });
  return {
    name: 'prh',
    file: src.file,
    title: 'prh 词典',
    rules: [
      {
        id: 'prh',
        check: 'forbidden',
        severity: 'error',
        articles: ['prh 词典'],
        title: 'prh 词典中的用语',
        message: '“{{match}}”应改为“{{suggestion}}”',
        docs: `来自 textlint-rule-prh 词典 ${src.file} 的用语替换。`,
        phrases,
        patterns,
        wordBoundary: false,
        replaceIsSafe: true,
      },
    ],
  };
}
