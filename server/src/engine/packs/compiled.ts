// What the build compiled of the built-in packs (server/out/packs/): the pack
// as JSON (packs/load.ts), its lexicons as JSON apart, a copy of the YAML it
// was compiled from (fs/pack-sources.ts), and its lexicon index
// (lexicon-builtin.ts). A pack read from that JSON is known by its object,
// with the stamp of the YAML it came from.
import type { Pack } from './model.js';
import { resourcePath } from '../resources.js';

export interface CompiledFrom {
  /** The built-in pack's name (a folder of rules/). */
  name: string;
  /** The content stamp of its YAML when the build compiled it. */
  stamp: string;
  /** Whether it has lexicons (kept apart, and read when first asked for: packs/load.ts). */
  hasLexicons: boolean;
}

const compiled = new WeakMap<Pack, CompiledFrom>();

export function markCompiled(pack: Pack, from: CompiledFrom): void {
  compiled.set(pack, from);
}

/** Where the pack came from, when it was read from what the build compiled. */
export function compiledFrom(pack: Pack): CompiledFrom | undefined {
  return compiled.get(pack);
}

/** Whether a pack has lexicons, asked without reading a compiled pack's. */
export function hasLexicons(pack: Pack): boolean {
  return compiled.get(pack)?.hasLexicons ?? Boolean(pack.lexicons);
}

/** A file the build writes for a built-in pack: `${name}.${kind}` in server/out/packs/. */
export function compiledFile(name: string, kind: 'json' | 'lexicons.json' | 'sources' | 'lexicons.bin'): string {
  return resourcePath('server', 'out', 'packs', `${name}.${kind}`);
}
