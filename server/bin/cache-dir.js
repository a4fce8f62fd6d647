// Where the command keeps what it can rebuild (V8's code cache of the bundle,
// compiled lexicons, word segmentations): the user's cache folder, never the
// project, so that a repository cannot hand the command a code cache to run.
// POLICYLINT_CACHE_DIR moves it; POLICYLINT_CACHE_DIR=off turns it off.
// Deleting it is always safe.
'use strict';
const os = require('node:os');
const path = require('node:path');

/** The cache folder, or undefined when caching is off or there is no home folder. */
function cacheDir(env = process.env) {
  const set = env.POLICYLINT_CACHE_DIR;
  if (set === 'off') return undefined;
  if (set) return path.resolve(set);
  let home;
  try {
    home = os.homedir();
  } catch {
    return undefined;
  }
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'policylint', 'Cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'policylint');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'policylint');
}

module.exports = { cacheDir };
