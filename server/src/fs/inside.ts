// Whether a path lies inside one of some folders, decided on real paths so a
// symlink inside the workspace that points outside it counts as outside.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** realpath of a path that may not exist yet: its nearest existing ancestor resolved, plus the rest. */
export function realpathLoose(path: string): string {
  const rest: string[] = [];
  let p = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(p), ...rest);
    } catch {
      const parent = dirname(p);
      if (parent === p) return join(p, ...rest);
      rest.unshift(basename(p));
      p = parent;
    }
  }
}

export function isInside(path: string, folders: string[]): boolean {
  const real = realpathLoose(path);
  return folders.some((folder) => {
    const rel = relative(realpathLoose(folder), real);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
  });
}
