// Packages most runs never call (RE2 for user-pack patterns, Ajv when a schema
// changed since the build, iconv-lite for GBK and UTF-16 drafts) are not in
// the bundles: scripts/build.mjs bundles each into server/out/lazy/<name>.cjs,
// required the first time it is used. Without a build (tests from source) the
// package comes from node_modules.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resourcePath } from './resources.js';

export const LAZY_MODULES = ['re2js', 'ajv', 'iconv-lite'] as const;

const loaded = new Map<string, unknown>();

export function lazyModule<T>(name: (typeof LAZY_MODULES)[number]): T {
  let mod = loaded.get(name);
  if (mod === undefined) {
    const require = createRequire(import.meta.url);
    const bundled = resourcePath('server', 'out', 'lazy', `${name}.cjs`);
    mod = existsSync(bundled) ? require(bundled) : require(name);
    loaded.set(name, mod);
  }
  return mod as T;
}

/** Whether a lazy package has been loaded in this process (for tests of start-up). */
export function lazyLoaded(name: (typeof LAZY_MODULES)[number]): boolean {
  return loaded.has(name);
}
