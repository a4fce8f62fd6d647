// Expands FILES, DIRS and GLOBS into the list of drafts to lint.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { UsageError } from './args.js';

export const LINTABLE = /\.(md|markdown|txt)$/i;
const IGNORED_DIRS = ['**/node_modules/**', '**/.git/**'];

export function expandPatterns(patterns: string[], cwd: string): string[] {
  const out = new Set<string>();
  for (const p of patterns) {
    const abs = resolve(cwd, p);
    if (existsSync(abs)) {
      if (statSync(abs).isDirectory()) {
        for (const f of globSync(['**/*.{md,markdown,txt,MD,MARKDOWN,TXT}'], { cwd: abs, absolute: true, ignore: IGNORED_DIRS, dot: false })) out.add(f);
      } else out.add(abs);
      continue;
    }
    const matched = globSync([p.split('\\').join('/')], { cwd, absolute: true, ignore: IGNORED_DIRS }).filter((f) => LINTABLE.test(f));
    if (!matched.length) throw new UsageError(`没有找到与“${p}”匹配的文件`);
    for (const f of matched) out.add(f);
  }
  return [...out].sort();
}
