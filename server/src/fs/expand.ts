// Expands FILES, DIRS and GLOBS into the list of drafts to lint: below both the
// command (cli/files.ts) and the language server's workspace lint (lsp/workspace.ts).
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { EXTENSIONS } from '../readers/index.js';
import { IgnoreRules } from './ignore-files.js';

/** A pattern that matched no file: the command reports it as a usage error (exit 2). */
export class NoMatchError extends Error {}

// Markdown and plain text, and what the readers take (server/src/readers): HTML, Word, PDF, images.
export const LINTABLE = new RegExp(`\\.(${EXTENSIONS.join('|')})$`, 'i');
const IGNORED_DIRS = ['**/node_modules/**', '**/.git/**'];
const WALKED_EXTENSIONS = [...EXTENSIONS, ...EXTENSIONS.map((e) => e.toUpperCase())];
/** A draft a folder walk takes: the extensions in lower or upper case, as the walk's glob names them. */
const WALKED_DRAFT = new RegExp(`\\.(${WALKED_EXTENSIONS.join('|')})$`);

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * FIFOs, sockets and devices with a draft's name in the folders the walk went through: the walk lists regular files
 * only, so they are added here for the reader to report as skipped (a FIFO named pipe.md must not vanish without a word).
 */
function specialFilesIn(dirs: string[]): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (!e.name.startsWith('.') && (e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice()) && LINTABLE.test(e.name)) found.push(join(dir, e.name));
    }
  }
  return found;
}

export function expandPatterns(patterns: string[], cwd: string): string[] {
  const out = new Set<string>();
  for (const p of patterns) {
    const abs = resolve(cwd, p);
    if (existsSync(abs)) {
      if (statSync(abs).isDirectory()) {
        // Walking a folder honours .gitignore and .policylintignore, unless the folder named is itself ignored.
        const rules = IgnoreRules.for(abs, cwd);
        const honour = !rules.ignores(abs, true);
        // One walk lists the drafts and the folders (those end in /), whose special files are looked for after.
        const walked = globSync([`**/*.{${WALKED_EXTENSIONS.join(',')}}`, '**/'], { cwd: abs, absolute: true, onlyFiles: false, ignore: IGNORED_DIRS, dot: false });
        // (Filtered by name again: with folders asked for, '**/' lets other files through too.)
        const drafts = walked.filter((f) => WALKED_DRAFT.test(f));
        const folders = [abs, ...walked.filter((f) => f.endsWith('/'))];
        for (const f of [...drafts, ...specialFilesIn(folders)]) if (!honour || !rules.ignores(f)) out.add(f);
      } else out.add(abs);
      continue;
    }
    const matched = globSync([p.split('\\').join('/')], { cwd, absolute: true, ignore: IGNORED_DIRS }).filter((f) => LINTABLE.test(f));
    if (!matched.length) throw new NoMatchError(`没有找到与“${p}”匹配的文件`);
    const rules = IgnoreRules.for(cwd, cwd);
    for (const f of matched) if (!rules.ignores(f)) out.add(f);
  }
  // The same file reached through links (or a link loop) is linted once: keep
  // the path that is not a link when there is one, else the first in order.
  const byReal = new Map<string, string>();
  for (const f of [...out].sort()) {
    const real = realOrSelf(f);
    const kept = byReal.get(real);
    if (kept === undefined || (f === real && kept !== real)) byReal.set(real, f);
  }
  return [...byReal.values()].sort();
}
