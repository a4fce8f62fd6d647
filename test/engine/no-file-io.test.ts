// The engine is meant to be pure (text and settings in, findings out): reading
// and writing files belongs below the CLI and the language server, in
// server/src/fs/. Scans the engine's import lines for node:fs. The files
// listed below predate this check and still read configuration, packs and
// dictionaries themselves; the list may only shrink.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENGINE = fileURLToPath(new URL('../../server/src/engine', import.meta.url));

const STILL_READING_FILES = [
  'checks/near-miss.ts',
  'config/load.ts',
  'config/resolve.ts',
  'lazy-module.ts',
  'packs/load.ts',
  'resources.ts',
  'spelling/hunspell.ts',
  'yaml-source.ts',
];

// import … from 'fs' / 'node:fs' / 'node:fs/promises', import('node:fs'), require('fs').
const FS_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"](?:node:)?fs(?:\/promises)?['"]/m;

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

describe('the engine does no file I/O', () => {
  it('imports node:fs nowhere but in the files that predate this check', () => {
    const importing = sources(ENGINE)
      .filter((f) => FS_IMPORT.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ENGINE, f).split('\\').join('/'))
      .sort();
    expect(importing).toEqual(STILL_READING_FILES);
  });

  it('keeps its cache modules free of file access', () => {
    for (const f of ['cache-store.ts', 'lexicon-cache.ts', 'literals-cache.ts']) {
      const text = readFileSync(join(ENGINE, f), 'utf8');
      expect(text).not.toMatch(FS_IMPORT);
      expect(text).not.toMatch(/from\s*['"]\.\.\/fs\//);
    }
  });

  it('would notice an import of node:fs', () => {
    for (const line of ["import { readFileSync } from 'node:fs';", 'import * as fs from "fs";', "const { rmSync } = require('node:fs');", "await import('node:fs/promises');", "import 'fs';"]) {
      expect(line).toMatch(FS_IMPORT);
    }
    expect("import { join } from 'node:path';").not.toMatch(FS_IMPORT);
  });
});
