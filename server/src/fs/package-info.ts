// The package's own version, read from its package.json: for the command's
// --version and the language server's serverInfo alike.
import { readFileSync } from 'node:fs';
import { resourcePath } from '../engine/resources.js';

export function packageVersion(): string {
  return JSON.parse(readFileSync(resourcePath('package.json'), 'utf8')).version;
}
