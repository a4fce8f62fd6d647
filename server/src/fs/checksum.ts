import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** FNV-1a of a string, in hex: what a cache file's first line holds, so that a damaged file reads as absent. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** The JSON of a cache file written by writeChecksummed; undefined when missing, damaged or unreadable. */
export function readChecksummed(file: string): unknown {
  try {
    const text = readFileSync(file, 'utf8');
    const line = text.indexOf('\n');
    const body = text.slice(line + 1);
    if (line < 0 || text.slice(0, line) !== checksum(body)) return undefined;
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Writes a value as a checksum line and its JSON, to a temporary file renamed into place, so that no run
 * reads half a file. False when the cache folder is unwritable: the next run only works it out again.
 */
export function writeChecksummed(file: string, value: unknown): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const body = JSON.stringify(value);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, `${checksum(body)}\n${body}`);
    renameSync(tmp, file);
    return true;
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
    return false;
  }
}
