// Build step: validate the built-in rule packs and store them compiled.
import { BUILTIN_PACKS, compileBuiltinPack } from '../engine/packs/load.js';
import { ConfigError } from '../engine/types.js';

try {
  for (const name of BUILTIN_PACKS) console.log(`compiled ${name} -> ${compileBuiltinPack(name)}`);
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
