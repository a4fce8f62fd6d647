// Reading drafts safely (huge, binary or badly encoded files are reported and
// skipped) and writing them back the way ESLint and Prettier do: through a
// symbolic link to its target, keeping mode, owner and byte-order mark, and
// never over a read-only file. Writes go through a temporary file and a
// rename, so a crash or a full disk never leaves a half-written draft.
// Below both the CLI and the language server (which writes its word list here).
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { readBounded } from './read-bounded.js';

export type ReadResult = { text: string; /** The file started with a UTF-8 byte-order mark (not part of text). */ bom?: boolean } | { skipped: string };

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
    // The decoder drops a leading byte-order mark; remember it for the write.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return bom ? { text: decoder.decode(bytes), bom } : { text: decoder.decode(bytes) };
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

/**
 * Why a write failed, in words a user can act on, e.g. “所在目录不可写（EACCES）”.
 * `existing`: the file was there and writable, so a refusal is the folder's.
 */
export function writeErrorMessage(e: unknown, existing = false): string {
  const code = (e as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    EACCES: existing ? '所在目录不可写' : '没有写入权限',
    EPERM: existing ? '所在目录不可写' : '没有写入权限',
    EROFS: '文件系统只读',
    ENOSPC: '磁盘空间不足',
    EDQUOT: '超出磁盘配额',
    ENOENT: '所在目录不存在',
    ENOTDIR: '路径中有一段不是目录',
    EISDIR: '目标是目录',
    ENAMETOOLONG: '文件名过长',
    EBUSY: '文件正被占用',
  };
  return code ? `${why[code] ?? '写入失败'}（${code}）` : `写入失败（${(e as Error).message}）`;
}

function tempPath(path: string): string {
  // Short enough for any file name, unique, and created exclusively (wx) so a
  // file or link already at that name is never written through.
  return join(dirname(path), `.${basename(path).slice(0, 64)}.${process.pid}-${randomBytes(4).toString('hex')}.policylint-tmp`);
}

const isRoot = () => process.getuid?.() === 0;

function writeAll(fd: number, bytes: Buffer, position: number | null): void {
  for (let done = 0; done < bytes.length; ) {
    done += writeSync(fd, bytes, done, bytes.length - done, position === null ? null : position + done);
  }
}

/** Rewrites a file in place, keeping its inode (owner, hard links); restores it if the write fails. */
function writeInPlace(path: string, bytes: Buffer): void {
  const before = readFileSync(path);
  const fd = openSync(path, 'r+');
  try {
    try {
      writeAll(fd, bytes, 0);
      ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } catch (e) {
      try {
        writeAll(fd, before, 0);
        ftruncateSync(fd, before.length);
      } catch {
        // Nothing more can be done; the error below says the write failed.
      }
      throw e;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `text` at `path` through a temporary file and a rename; a symbolic
 * link is followed and its target written (the link stays a link). An
 * existing file keeps its mode and, where the process may set it (as root),
 * its owner and group; when the owner cannot be kept, or the file has other
 * hard links, it is rewritten in place instead. A new file gets the usual
 * 0666 less the umask. On failure the file is as it was and no temporary
 * file is left.
 */
export function writeAtomic(path: string, text: string | Buffer): void {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let old: Stats | undefined;
  try {
    old = lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (old?.isSymbolicLink()) {
    path = realpathSync(path); // a dangling link throws ENOENT
    old = lstatSync(path);
  }
  if (old && !old.isFile()) throw Object.assign(new Error(`${path} 不是普通文件`), { code: old.isDirectory() ? 'EISDIR' : 'EINVAL' });
  if (old) {
    // A renamed-in file belongs to whoever wrote it: only root can give it back.
    const uid = process.getuid?.();
    const ownerLost = uid !== undefined && uid !== 0 && old.uid !== uid;
    if (old.nlink > 1 || ownerLost) return writeInPlace(path, bytes);
  }
  const tmp = tempPath(path);
  const fd = openSync(tmp, 'wx', 0o666);
  try {
    writeAll(fd, bytes, null);
    fsyncSync(fd);
    if (old) {
      const now = fstatSync(fd);
      // chown first: it clears set-id bits that the chmod below restores.
      if (now.uid !== old.uid || now.gid !== old.gid) {
        try {
          fchownSync(fd, old.uid, old.gid);
        } catch (e) {
          // Not root: the group may still be ours to keep; else the new group stands.
          if (isRoot()) throw e;
        }
      }
      fchmodSync(fd, old.mode & 0o7777);
    }
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (e) {
    unlinkSync(tmp);
    throw e;
  }
}

export type WriteOutcome = { written: true } | { written: false; reason: string };

/**
 * Writes a fixed draft back: through a symbolic link to its target (the link
 * stays a link), with its byte-order mark, mode and owner. A read-only file is
 * left alone. Never throws: a failure is returned and the file is untouched.
 */
export function writeDraft(path: string, text: string, options: { bom?: boolean } = {}): WriteOutcome {
  let existing = false;
  try {
    const target = realpathSync(path);
    const st = statSync(target);
    if (!st.isFile()) return { written: false, reason: '不是普通文件，修复未写入' };
    // Root may write anything; a file nobody may write is still read-only.
    let writable = (st.mode & 0o222) !== 0;
    try {
      accessSync(target, constants.W_OK);
    } catch {
      writable = false;
    }
    if (!writable) return { written: false, reason: '文件只读，修复未写入' };
    existing = true;
    writeAtomic(target, (options.bom ? '\uFEFF' : '') + text);
    return { written: true };
  } catch (e) {
    return { written: false, reason: `${writeErrorMessage(e, existing)}，修复未写入，文件未改动` };
  }
}
