// Findings at one position are ordered by rule id as localeCompare orders
// them; ids of lowercase letters, digits and hyphens skip the collator only
// where that order is code-unit order (engine/rule-id-order.ts).
import { describe, expect, it } from 'vitest';
import { PLAIN_ORDER_LANGUAGES, compareRuleIds, defaultLanguage } from '../../server/src/engine/rule-id-order.js';
import { resolveConfig } from '../../server/src/engine/index.js';
import { ENGINE_RULES } from '../../server/src/engine/engine-rules.js';

const sign = (n: number) => Math.sign(n);

/** Random plain ids, and the ids of the built-in rules. */
function plainIds(): string[] {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-';
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const ids = Array.from({ length: 600 }, () => Array.from({ length: 1 + Math.floor(next() * 7) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
  const builtin = resolveConfig(undefined, { noConfig: true }).packs.flatMap((p) => p.rules.map((r) => r.id));
  return [...ids, ...builtin, ...ENGINE_RULES.map((r) => r.id), 'a', 'a-', 'a--b', 'ab', 'a-b', 'a0', '0', '-'];
}

describe('the order of rule ids at one position', () => {
  const ids = plainIds();

  it('is code-unit order for plain ids under the default collation of the languages that skip the collator', () => {
    // ICU's names for them: '' and C read as en-US-POSIX.
    const locales: Record<string, string> = { '': 'en-US-u-va-posix', c: 'en-US-u-va-posix', posix: 'en-US-u-va-posix', en: 'en', zh: 'zh', ja: 'ja', ko: 'ko' };
    expect(Object.keys(locales).sort()).toEqual([...PLAIN_ORDER_LANGUAGES].sort());
    const differ: string[] = [];
    for (const locale of Object.values(locales)) {
      const collator = new Intl.Collator(locale);
      for (const a of ids) for (const b of ids.slice(0, 80)) if (sign(collator.compare(a, b)) !== sign(a < b ? -1 : a > b ? 1 : 0)) differ.push(`${locale}: ${a} / ${b}`);
    }
    expect(differ).toEqual([]);
    // Not so under Danish and Lithuanian collation: those keep localeCompare.
    expect(new Intl.Collator('da').compare('aa', 'z')).toBe(1);
    expect(new Intl.Collator('lt').compare('y', 'j')).toBe(-1);
  });

  it('is localeCompare\'s in this process, for plain ids and others', () => {
    const others = ['Deposit', 'b_c', '存款', 'a.b', 'Z'];
    for (const a of [...ids.slice(0, 100), ...others]) for (const b of [...ids.slice(100, 160), ...others]) expect(sign(compareRuleIds(a, b))).toBe(sign(a.localeCompare(b)));
  });

  it('takes the language from the environment as ICU does, and none on Windows', () => {
    expect(defaultLanguage({ LC_ALL: 'da_DK.UTF-8', LANG: 'en_US.UTF-8' }, 'linux')).toBe('da');
    expect(defaultLanguage({ LC_MESSAGES: 'lt_LT', LANG: 'zh_CN.UTF-8' }, 'linux')).toBe('lt');
    expect(defaultLanguage({ LANG: 'zh_CN.UTF-8' }, 'darwin')).toBe('zh');
    expect(defaultLanguage({ LANG: 'C.UTF-8' }, 'linux')).toBe('c');
    expect(defaultLanguage({}, 'linux')).toBe('');
    expect(defaultLanguage({ LANG: 'en_US.UTF-8' }, 'win32')).toBeUndefined();
    expect(PLAIN_ORDER_LANGUAGES.has('da')).toBe(false);
  });
});
