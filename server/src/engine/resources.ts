// Locates the files that ship with policylint (rules/, package.json), both
// from server/out/… after tsc and from a bundled copy inside the extension.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function resourceRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'rules', 'schema', 'rule-pack.schema.json'))) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('policylint: cannot find its rules/ folder');
    dir = parent;
  }
}

export function resourcePath(...parts: string[]): string {
  return join(resourceRoot(), ...parts);
}
