// The command's file list: the patterns expanded below the command (fs/expand.ts),
// a pattern that matches nothing reported as a usage error (exit code 2).
import { UsageError } from './args.js';
import { expandPatterns as expand, NoMatchError } from '../fs/expand.js';

export { LINTABLE } from '../fs/expand.js';

export function expandPatterns(patterns: string[], cwd: string): string[] {
  try {
    return expand(patterns, cwd);
  } catch (e) {
    throw e instanceof NoMatchError ? new UsageError(e.message) : e;
  }
}
