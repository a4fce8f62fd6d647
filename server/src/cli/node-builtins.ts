// Node modules a plain run does not use are loaded on first use, each costing
// a few milliseconds of start-up: child_process (git, for --diff) and
// worker_threads (runs of many megabytes).
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const childProcess = (): typeof import('node:child_process') => load('node:child_process');
export const workerThreads = (): typeof import('node:worker_threads') => load('node:worker_threads');
