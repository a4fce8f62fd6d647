// The command's output (cli/stdio.ts): to a pipe, a file or /dev/null it is
// written directly, without Node's stdout stream, byte for byte as the stream
// wrote it; what a non-blocking pipe refuses goes on through the stream, in order.
import { closeSync, openSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { POSTER } from '../helpers/drafts.js';
import { tempTree } from '../helpers/tmp.js';

// Node's stdout stream loads net (a pipe) or tty (a terminal); stream itself comes with node:v8 on Node 20 (server/bin/policylint.js).
const drafts = tempTree({ 'poster.md': POSTER, 'report.cjs': "process.on('exit', () => require('fs').writeSync(2, `\\nloaded: ${process.moduleLoadList.filter((m) => /^NativeModule (net|tty)$/.test(m)).join()}\\n`));\n" });

function runTo(stdout: 'pipe' | number, args = ['poster.md']) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: drafts,
    encoding: 'utf8',
    stdio: ['ignore', stdout, 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', POLICYLINT_CACHE_DIR: 'off', NODE_OPTIONS: `--require=${join(drafts, 'report.cjs')}` },
  });
}

describe('the report on stdout', () => {
  it('goes to a pipe without making Node\'s stdout stream', () => {
    const run = runTo('pipe');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('poster.md');
    expect(run.stderr).toMatch(/\nloaded: \n$/);
  });

  it('is the same in a file as in a pipe, in every format', () => {
    for (const format of ['stylish', 'json', 'sarif']) {
      const file = join(drafts, `report.${format}`);
      const fd = openSync(file, 'w');
      const run = runTo(fd, ['-f', format, 'poster.md']);
      closeSync(fd);
      expect(run.status).toBe(1);
      expect(readFileSync(file, 'utf8')).toBe(runTo('pipe', ['-f', format, 'poster.md']).stdout);
    }
  });
});

describe('a write the fd refuses', () => {
  afterEach(() => {
    vi.doUnmock('node:fs');
    vi.resetModules();
  });

  it('goes on through the stream, after what was written, and so does all that follows', async () => {
    const written: string[] = [];
    let calls = 0;
    vi.doMock('node:fs', async (original) => ({
      ...(await original<typeof import('node:fs')>()),
      fstatSync: () => ({ isFIFO: () => true, isFile: () => false, isSocket: () => false, isCharacterDevice: () => false }),
      writeSync: (_fd: number, bytes: Buffer, at: number) => {
        // The first write takes 3 bytes, the second is refused.
        if (++calls === 2) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
        written.push(bytes.subarray(at, at + 3).toString());
        return 3;
      },
    }));
    const streamed = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(`[${chunk.toString()}]`), true));
    try {
      const { write } = await import('../../server/src/cli/stdio.js');
      write(1, 'abcdef');
      write(1, 'gh');
      expect(written).toEqual(['abc', '[def]', '[gh]']);
    } finally {
      streamed.mockRestore();
    }
  });
});
