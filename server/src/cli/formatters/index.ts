import { codequality } from './codequality.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { rdjson } from './rdjson.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { markdown } from './summary.js';
import type { Formatter } from './types.js';

export type { FormatContext, Formatter } from './types.js';
export { messageWithArticles, formatArticles } from './message.js';
export { displayWidth } from './width.js';

export { writeGithubStepSummary } from './github.js';

export type FormatterName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'html' | 'markdown' | 'codequality' | 'rdjson';

export const formatters: Record<FormatterName, Formatter> = { stylish, json, sarif, github, junit, html, markdown, codequality, rdjson };

export const formatterNames = Object.keys(formatters) as FormatterName[];

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name as FormatterName] : undefined;
}
