// A visible placeholder such as 【请填写：保险公司全称】 (what --init writes and
// what a fill leaves for a missing fact) is not a value: it counts as missing.
export const PLACEHOLDER = /^\s*【请填写[^】]*】\s*$/;

export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}
