// Helpers shared by the formatters: counting, severities, paths and positions.

import { nodeCrypto } from '../../engine/node-crypto.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, LintResult, Severity } from '../../engine/types.js';
import type { LineIndex } from '../../engine/text/positions.js';

/** ESLint's numeric severities; info has no ESLint equivalent and is 0. */
export function severityNumber(s: Severity): 0 | 1 | 2 {
  return s === 'error' ? 2 : s === 'warning' ? 1 : 0;
}

export interface ResultCounts {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

/** Counts of one file; a skipped file counts as one warning, info is counted apart. */
export function countResult(result: LintResult): ResultCounts {
  const c: ResultCounts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  if (result.skipped !== undefined) c.warningCount++;
  for (const f of result.findings) {
    if (f.severity === 'error') {
      c.errorCount++;
      if (f.fix) c.fixableErrorCount++;
    } else if (f.severity === 'warning') {
      c.warningCount++;
      if (f.fix) c.fixableWarningCount++;
    } else {
      c.infoCount++;
    }
  }
  return c;
}

export function sumCounts(results: LintResult[]): ResultCounts {
  const total: ResultCounts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const r of results) {
    const c = countResult(r);
    for (const k of Object.keys(total) as (keyof ResultCounts)[]) total[k] += c[k];
  }
  return total;
}

/** Findings in document order (by start, then end); the input is not changed. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.start - b.f.start || a.f.end - b.f.end || a.i - b.i)
    .map((x) => x.f);
}

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based line/column span of [start, end); the end is exclusive, as in ESLint and SARIF. */
export function spanOf(index: LineIndex, start: number, end: number): Span {
  const s = index.position(start);
  const e = index.position(Math.max(start, end));
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** Names such as `<text>` (stdin) are not paths and are printed as they are. */
export function isPseudoPath(filePath: string): boolean {
  return /^<[^<>]*>$/.test(filePath);
}

export function absolutePath(filePath: string, cwd: string): string {
  return isPseudoPath(filePath) ? filePath : path.resolve(cwd, filePath);
}

/** Path relative to cwd in the platform's form; the absolute path when the file is cwd itself. */
export function relativePath(filePath: string, cwd: string): string {
  if (isPseudoPath(filePath)) return filePath;
  const abs = path.resolve(cwd, filePath);
  const rel = path.relative(path.resolve(cwd), abs);
  return rel === '' ? abs : rel;
}

export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** Path relative to cwd with forward slashes, for CI annotations and reports. */
export function relativePosixPath(filePath: string, cwd: string): string {
  return toPosix(relativePath(filePath, cwd));
}

/** `file:` URI of a directory, with the trailing slash a base URI needs. */
export function directoryUri(dir: string): string {
  const href = pathToFileURL(path.resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * A URI for the file: relative to cwd (percent-encoded the way the cwd's `file:`
 * URI is, so that resolving one against the other gives the file back) when the
 * file is inside cwd, otherwise an absolute `file:` URI.
 */
export function fileUri(filePath: string, cwd: string): { uri: string; relative: boolean } {
  if (isPseudoPath(filePath)) return { uri: encodeURIComponent(filePath), relative: false };
  const href = pathToFileURL(path.resolve(cwd, filePath)).href;
  const base = directoryUri(cwd);
  if (href.startsWith(base) && href.length > base.length) return { uri: href.slice(base.length), relative: true };
  return { uri: href, relative: false };
}

/**
 * The folder CI systems resolve report paths against: the nearest folder at or
 * above cwd that holds `.git`, else cwd itself. GitHub code scanning and GitLab
 * want paths from the repository root even when policylint runs in a subfolder.
 */
export function sourceRoot(cwd: string): string {
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(cwd);
    dir = parent;
  }
}

/** Stable across edits elsewhere in the file: rule, matched text and the trimmed line, not the line number. */
export function findingFingerprint(f: Pick<Finding, 'ruleId' | 'start' | 'end'>, source: string, lineText: string): string {
  return nodeCrypto().createHash('sha256')
    .update(f.ruleId)
    .update('\u0000')
    .update(source.slice(f.start, Math.max(f.start, f.end)))
    .update('\u0000')
    .update(lineText.trim())
    .digest('hex')
    .slice(0, 32);
}

/** Fingerprints of a file's findings (in document order), numbered when the same one repeats: `hash:1`, `hash:2`. */
export function numberedFingerprints(findings: readonly Finding[], source: string, index: LineIndex): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const hash = findingFingerprint(f, source, index.lineText(index.position(f.start).line));
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}
