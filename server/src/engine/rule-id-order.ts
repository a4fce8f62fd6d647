// The order of two findings' rule ids where their positions tie: the order of
// String.prototype.localeCompare, as always. Its first call in a process makes
// ICU's collator (about 8 ms of a one-file run, where every document-wide
// finding sits at 0). Ids of lowercase ASCII letters, digits and hyphens, as
// every built-in id is, compare as plain strings do under the default
// collation of the locales below (test/engine/rule-id-order.test.ts), so with
// those no collator is made. Other ids, other locales (Danish sorts aa after
// z, Lithuanian y before j) and Windows, whose ICU reads no environment, keep
// localeCompare.
const PLAIN_ID = /^[a-z0-9-]*$/;

/** Languages (of the POSIX locale names ICU reads) whose default collation keeps PLAIN_ID strings in code-unit order; '' and c: ICU's en-US-POSIX. */
export const PLAIN_ORDER_LANGUAGES: ReadonlySet<string> = new Set(['', 'c', 'posix', 'en', 'zh', 'ja', 'ko']);

/** The language of the default locale as ICU takes it from the environment on POSIX systems; undefined on Windows. */
export function defaultLanguage(env: Record<string, string | undefined> = process.env, platform = process.platform): string | undefined {
  if (platform === 'win32') return undefined;
  return (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').split(/[_.@-]/)[0].toLowerCase();
}

let plainOrder: boolean | undefined;

export function compareRuleIds(a: string, b: string): number {
  if (a === b) return 0;
  plainOrder ??= PLAIN_ORDER_LANGUAGES.has(defaultLanguage() ?? 'unknown');
  if (plainOrder && PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : 1;
  return a.localeCompare(b);
}
