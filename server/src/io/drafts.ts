// Reading drafts safely (huge, binary or badly encoded files are reported and
// skipped) and writing fixes atomically (temporary file, then rename), so a
// crash or a full disk never leaves a half-written draft.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readBounded } from '../fs/read-bounded.js';

export type ReadResult = { text: string } | { skipped: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeDraft(bytes: Uint8Array, maxSize: number): ReadResult {
  if (bytes.length > maxSize) {
    return { skipped: `文件过大（${(bytes.length / 1048576).toFixed(1)} MB，上限 ${(maxSize / 1048576).toFixed(1)} MB，可在配置中用 maxFileSize 调整）` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { skipped: '文件是 UTF-16 编码，请转换为 UTF-8 后再检查' };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { skipped: '二进制文件，不是文本' };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { skipped: '不是有效的 UTF-8 编码（可能是 GBK/GB18030），请转换为 UTF-8 后再检查' };
  }
}

/** Only a regular file within maxSize is read (see fs/read-bounded.ts). */
export function readDraft(path: string, maxSize: number): ReadResult {
  const read = readBounded(path, maxSize);
  if ('bytes' in read) return decodeDraft(read.bytes, maxSize);
  if (read.reason === 'too-large') return decodeDraft(new Uint8Array(read.size ?? maxSize + 1), maxSize);
  return { skipped: read.problem };
}

/** Writes through a temporary file and a rename; a new file gets mode 0644. */
export function writeAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.policylint-${process.pid}.tmp`);
  const mode = existsSync(path) ? statSync(path).mode : 0o644;
  const fd = openSync(tmp, 'w', mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  }
  closeSync(fd);
  chmodSync(tmp, mode);
  renameSync(tmp, path);
}
