// .gitignore and .policylintignore, honoured when walking folders and
// expanding globs (a file named on the command line is always linted).
// Each file's patterns apply below its own folder, as in git; a deeper
// file's patterns (including `!` re-includes) win over a shallower one's,
// and .policylintignore comes after .gitignore in the same folder, so it can
// re-include a draft git ignores.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILES = ['.gitignore', '.policylintignore'];

/** The git work tree holding dir, or undefined. */
function gitRootOf(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

export class IgnoreRules {
  private readonly byDir = new Map<string, Ignore | null>();

  /** Ignore files are read from top down to each file's folder: the git root, else `top` itself. */
  static for(walkRoot: string, cwd: string): IgnoreRules {
    const inCwd = !relative(cwd, walkRoot).startsWith('..');
    return new IgnoreRules(gitRootOf(walkRoot) ?? (inCwd ? cwd : walkRoot));
  }

  constructor(private readonly top: string) {}

  private rulesIn(dir: string): Ignore | null {
    if (!this.byDir.has(dir)) {
      let rules: Ignore | null = null;
      for (const name of IGNORE_FILES) {
        const path = join(dir, name);
        if (!existsSync(path)) continue;
        rules ??= ignore();
        rules.add(readFileSync(path, 'utf8'));
      }
      this.byDir.set(dir, rules);
    }
    return this.byDir.get(dir)!;
  }

  /** Whether a file, or with isDir a folder, is ignored. */
  ignores(file: string, isDir = false): boolean {
    const fromTop = relative(this.top, file);
    if (fromTop.startsWith('..') || fromTop === '') return false;
    const parts = fromTop.split(sep);
    let ignored = false;
    for (let i = 0; i < parts.length; i++) {
      const dir = join(this.top, ...parts.slice(0, i));
      const rules = this.rulesIn(dir);
      if (!rules) continue;
      const t = rules.test(parts.slice(i).join('/') + (isDir ? '/' : ''));
      if (t.ignored) ignored = true;
      else if (t.unignored) ignored = false;
    }
    return ignored;
  }
}
