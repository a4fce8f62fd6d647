// Reads a file only when it is a regular file of bounded size. A FIFO, device
// or socket is never opened (reading /dev/zero never ends, opening a FIFO
// blocks), and no more than the limit is ever read. Drafts (CLI and editor),
// configs, rule packs and word lists all come through here.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** Configs, rule packs and word lists are small; anything bigger is a mistake or an attack. */
export const DATA_FILE_LIMIT = 4 * 1024 * 1024;

export type BoundedRead =
  | { bytes: Buffer }
  | { problem: string; reason: 'missing' | 'not-file' | 'too-large' | 'unreadable'; size?: number };

function kindOf(st: Stats): string {
  if (st.isDirectory()) return '目录';
  if (st.isFIFO()) return 'FIFO 命名管道';
  if (st.isCharacterDevice() || st.isBlockDevice()) return '设备文件';
  if (st.isSocket()) return '套接字';
  return '特殊文件';
}

export function megabytes(n: number): string {
  return `${(n / 1048576).toFixed(1)} MB`;
}

function tooLarge(size: number, limit: number): BoundedRead {
  return { problem: `文件过大（${megabytes(size)}，上限 ${megabytes(limit)}）`, reason: 'too-large', size };
}

/** The bytes of `path`, or why they were not read. Never throws, never blocks on a pipe. */
export function readBounded(path: string, limit: number): BoundedRead {
  let st: Stats;
  try {
    st = statSync(path); // follows links: a link to a regular file is fine
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: '文件不存在', reason: 'missing' };
    return { problem: `无法读取：${code ?? (e as Error).message}`, reason: 'unreadable' };
  }
  if (!st.isFile()) return { problem: `不是普通文件（${kindOf(st)}），未读取`, reason: 'not-file' };
  if (st.size > limit) return tooLarge(st.size, limit);
  let fd: number;
  try {
    // O_NONBLOCK: if the file was swapped for a FIFO since stat, open must not hang.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { problem: `无法读取：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, reason: 'unreadable' };
  }
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile()) return { problem: `不是普通文件（${kindOf(fst)}），未读取`, reason: 'not-file' };
    // Read at most limit + 1 bytes: a file that grows past the limit is refused, not read whole.
    const buf = Buffer.allocUnsafe(Math.min(fst.size, limit) + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > limit) return tooLarge(n, limit);
      if (n === buf.length) break;
    }
    return { bytes: buf.subarray(0, n) };
  } catch (e) {
    return { problem: `无法读取：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, reason: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

/** A text file as UTF-8, or why it was not read. */
export function readBoundedText(path: string, limit: number): { text: string } | Extract<BoundedRead, { problem: string }> {
  const r = readBounded(path, limit);
  return 'bytes' in r ? { text: r.bytes.toString('utf8') } : r;
}

/** Bytes [from, from + length) of a file (fewer at its end): a claim model's weights, read when first used. */
export function readRange(file: string, from: number, length: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(length);
    let n = 0;
    while (n < length) {
      const got = readSync(fd, buf, n, length - n, from + n);
      if (got === 0) break;
      n += got;
    }
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
