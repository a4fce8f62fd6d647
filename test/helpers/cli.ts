// Runs the built policylint command as a user would, in a child process.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const BIN = resolve('server/bin/policylint.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function policylint(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ...options.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
