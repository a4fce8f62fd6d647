// The language server and the command share the engine and the file layer
// (server/src/fs/), never each other: lsp/ imports nothing from cli/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', 'server', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map((m) => m[1]);
}

describe('layering', () => {
  it('lsp/ imports nothing from cli/', () => {
    const offending = sources(join(root, 'lsp')).flatMap((f) => importsOf(f).filter((i) => /(^|\/)cli\//.test(i)).map((i) => `${f}: ${i}`));
    expect(offending).toEqual([]);
  });
  it('the engine imports neither the command nor the server', () => {
    const offending = sources(join(root, 'engine')).flatMap((f) => importsOf(f).filter((i) => /(^|\/)(cli|lsp)\//.test(i)).map((i) => `${f}: ${i}`));
    expect(offending).toEqual([]);
  });
});
