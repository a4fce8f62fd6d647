// Reading drafts safely (huge, binary or badly encoded files are reported and
// skipped; GBK/GB18030, a declared charset and UTF-16 with a BOM are decoded) and writing them back the way ESLint and Prettier do: through a
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
import { nodeCrypto } from '../engine/node-crypto.js';
import type Iconv from 'iconv-lite';
import { lazyModule } from '../engine/lazy-module.js';

// Loaded only for a draft in a legacy encoding (see lazy-module.ts).
const iconv = (): typeof Iconv => lazyModule<typeof Iconv>('iconv-lite');
import { readBounded } from './read-bounded.js';
import { decodeUtf8 } from './utf8.js';

export type ReadResult =
  | {
      text: string;
      /** The file started with a byte-order mark (not part of text). */
      bom?: boolean;
      /** The file's encoding when not UTF-8 (iconv-lite name: gb18030, utf-16le, utf-16be); fixes are written back in it. */
      encoding?: string;
    }
  | { skipped: string };

const decoder = new TextDecoder('utf-8', { fatal: true });
/** UTF-8 that buffer.isUtf8 has passed, where Node has no ICU (decodeUtf8). */
const decodeFatally = (bytes: Uint8Array): string => decoder.decode(bytes);

/** The charset an HTML <meta> or XML prolog declares in the first bytes, lower case. */
function declaredCharset(head: Uint8Array): string | undefined {
  const ascii = Buffer.from(head.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(ascii) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(ascii);
  return m?.[1].toLowerCase();
}

// GB2312 and GBK are subsets of GB18030: read (and write back) all three as GB18030.
const CHINESE = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn']);

/** Text in a legacy encoding, or undefined when the bytes are not valid in it. */
function decodeLegacy(bytes: Uint8Array, encoding: string): string | undefined {
  if (!iconv().encodingExists(encoding)) return undefined;
  const text = iconv().decode(Buffer.from(bytes), encoding);
  return text.includes('\uFFFD') ? undefined : text;
}

export function decodeDraft(bytes: Uint8Array, maxSize: number): ReadResult {
  if (bytes.length > maxSize) {
    return { skipped: `文件过大（${(bytes.length / 1048576).toFixed(1)} MB，上限 ${(maxSize / 1048576).toFixed(1)} MB，可在配置中用 maxFileSize 调整）` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decodeLegacy(bytes.subarray(2), encoding);
    return text === undefined ? { skipped: `不是有效的 ${encoding.toUpperCase()} 编码，未检查` } : { text, bom: true, encoding };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { skipped: '二进制文件，不是文本' };
  const utf8 = decodeUtf8(bytes, decodeFatally);
  if (utf8 !== undefined) {
    // The decoding drops a leading byte-order mark; remember it for the write.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return bom ? { text: utf8, bom } : { text: utf8 };
  }
  // Not UTF-8: the declared charset, else GB18030 (what Chinese Windows saves as “ANSI”).
  const declared = declaredCharset(head);
  const encoding = declared && !CHINESE.has(declared) ? declared : 'gb18030';
  const text = decodeLegacy(bytes, encoding);
  if (text !== undefined) return { text, encoding };
  return { skipped: `既不是有效的 UTF-8 编码，也不是有效的 ${declared ?? 'GBK/GB18030'} 编码，未检查` };
}

/** The bytes to write for text read as `encoding` (with its byte-order mark when it had one). */
export function encodeDraft(text: string, options: { bom?: boolean; encoding?: string } = {}): Buffer {
  const enc = options.encoding;
  if (!enc) return Buffer.from((options.bom ? '\uFEFF' : '') + text, 'utf8');
  const body = iconv().encode(text, enc);
  if (!options.bom) return body;
  const mark = enc === 'utf-16le' ? [0xff, 0xfe] : enc === 'utf-16be' ? [0xfe, 0xff] : [0xef, 0xbb, 0xbf];
  return Buffer.concat([Buffer.from(mark), body]);
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
  return join(dirname(path), `.${basename(path).slice(0, 64)}.${process.pid}-${nodeCrypto().randomBytes(4).toString('hex')}.policylint-tmp`);
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
export function writeDraft(path: string, text: string, options: { bom?: boolean; encoding?: string } = {}): WriteOutcome {
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
    writeAtomic(target, encodeDraft(text, options));
    return { written: true };
  } catch (e) {
    return { written: false, reason: `${writeErrorMessage(e, existing)}，修复未写入，文件未改动` };
  }
}
