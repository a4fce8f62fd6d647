// The command's output. When stdout (or stderr) is a pipe, a file, a socket or
// /dev/null, the text is written with fs.writeSync: process.stdout would load
// Node's stream and net modules for it, about 5 ms of a one-file run, to write
// the same bytes (synchronously on Linux too). A terminal, and any fd on
// Windows, goes through process.stdout as before, and so does whatever follows
// a write the fd refused (EAGAIN: a non-blocking pipe), so that the order holds.
import { fstatSync, statSync, writeSync } from 'node:fs';
import { encodeUtf8 } from '../fs/utf8.js';

type Fd = 1 | 2;

/** Per fd: written directly, or through Node's stream (then its flushing is Node's). */
const direct = new Map<Fd, boolean>();

function stream(fd: Fd): NodeJS.WriteStream {
  return fd === 1 ? process.stdout : process.stderr;
}

/** Whether fd takes fs.writeSync, and so is no terminal. */
function isDirect(fd: Fd): boolean {
  let d = direct.get(fd);
  if (d === undefined) {
    d = false;
    if (process.platform !== 'win32') {
      try {
        const st = fstatSync(fd);
        d = st.isFIFO() || st.isFile() || st.isSocket() || (st.isCharacterDevice() && st.rdev === statSync('/dev/null').rdev);
      } catch {
        // a closed fd: Node's stream reports it as it always has
      }
    }
    direct.set(fd, d);
  }
  return d;
}

export function write(fd: Fd, text: string): void {
  if (!text) return;
  if (!isDirect(fd)) {
    stream(fd).write(text);
    return;
  }
  const bytes = encodeUtf8(text);
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(fd, bytes, at);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    direct.set(fd, false);
    stream(fd).write(bytes.subarray(at));
  }
}

/** Is fd a terminal? Known without Node's stream for the fds written directly. */
export function isTTY(fd: Fd): boolean {
  return !isDirect(fd) && Boolean(stream(fd).isTTY);
}

/** Output Node's streams still hold (none when every write went directly). */
export function outputPending(): boolean {
  return ([1, 2] as const).some((fd) => direct.get(fd) === false && stream(fd).writableLength > 0);
}
