// The build's copy of a built-in pack's YAML (server/out/packs/<name>.sources),
// so that a run can tell that the pack is the one the build compiled without
// hashing it (engine/packs/load.ts). A JSON header (the stamp the build worked
// out, each file's name, length and times), then the files' bytes.
//
// Unchanged files are known by their size and times, as the build saw them:
// no file is read. Otherwise (another checkout, files extracted from a .vsix
// or a tarball) they are compared with the copy byte for byte.
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

interface Header {
  stamp: string;
  files: [name: string, length: number, mtimeMs: number, ctimeMs: number][];
}

/** Build step: the copy of `files` (a pack's YAML, in the order the stamp read them). */
export function writePackSources(copy: string, stamp: string, files: string[]): void {
  const contents = files.map((f) => readFileSync(f));
  const header: Header = {
    stamp,
    files: files.map((f, i) => {
      const { mtimeMs, ctimeMs } = statSync(f);
      return [basename(f), contents[i].length, mtimeMs, ctimeMs];
    }),
  };
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  writeFileSync(copy, Buffer.concat([length, json, ...contents]));
}

function readHeader(copy: string): { header: Header; bytes: number } | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(copy, 'r');
    const length = Buffer.alloc(4);
    if (readSync(fd, length, 0, 4, 0) !== 4) return undefined;
    const json = Buffer.alloc(length.readUInt32LE(0));
    if (readSync(fd, json, 0, json.length, 4) !== json.length) return undefined;
    const header = JSON.parse(json.toString('utf8')) as Header;
    return typeof header.stamp === 'string' && Array.isArray(header.files) ? { header, bytes: 4 + json.length } : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The build's stamp when `files` have the names, sizes and times they had when it copied them (nothing is read). */
export function stampIfUntouched(copy: string, files: string[]): string | undefined {
  const read = readHeader(copy);
  if (!read || read.header.files.length !== files.length) return undefined;
  const same = read.header.files.every(([name, length, mtimeMs, ctimeMs], i) => {
    const st = statSync(files[i], { throwIfNoEntry: false });
    return name === basename(files[i]) && st?.isFile() && st.size === length && st.mtimeMs === mtimeMs && st.ctimeMs === ctimeMs;
  });
  return same ? read.header.stamp : undefined;
}

/** The build's stamp when `contents` (of `files`) are byte for byte its copy. */
export function stampIfSame(copy: string, files: string[], contents: Buffer[]): string | undefined {
  const read = readHeader(copy);
  if (!read || read.header.files.length !== files.length) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(copy);
  } catch {
    return undefined;
  }
  let at = read.bytes;
  const same = read.header.files.every(([name, length], i) => name === basename(files[i]) && bytes.subarray(at, (at += length)).equals(contents[i]));
  return same && at === bytes.length ? read.header.stamp : undefined;
}
