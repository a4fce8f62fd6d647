// --diff: report only what a change touched. The changed lines come from
// `git diff` against a ref (its merge base with HEAD, plus files not yet
// committed) or from a unified diff on stdin.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePatch } from 'diff';
import type { LintResult } from '../engine/index.js';
import { LineIndex } from '../engine/text/positions.js';
import { UsageError } from './args.js';
import { childProcess } from './node-builtins.js';

/** Changed files (absolute paths) and their changed lines (1-based, in the new text); 'all' for a new, untracked file. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

function git(args: string[], cwd: string): { ok: boolean; out: string; err: string } {
  const r = childProcess().spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw new UsageError(`--diff 需要 git，但无法运行 git：${r.error.message}`);
  return { ok: r.status === 0, out: r.stdout, err: r.stderr.trim() };
}

function gitRoot(cwd: string): string | undefined {
  const r = git(['rev-parse', '--show-toplevel'], cwd);
  return r.ok ? r.out.trim() : undefined;
}

/** Git writes names with unusual bytes as C strings: "b/\345\256\243.md". */
function unquote(name: string): string {
  if (!/\\/.test(name)) return name;
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '\\': 92, '"': 34 };
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '\\' && /^[0-7]{3}$/.test(name.slice(i + 1, i + 4))) {
      bytes.push(parseInt(name.slice(i + 1, i + 4), 8));
      i += 3;
    } else if (c === '\\' && name[i + 1] in simple) bytes.push(simple[name[++i]]);
    else bytes.push(...Buffer.from(c));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Changed lines of each file a unified diff adds or modifies; deleted files are left out. Paths resolve against root. */
export function parseUnifiedDiff(text: string, root: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let patches;
  try {
    patches = parsePatch(text);
  } catch (e) {
    throw new UsageError(`无法解析 --diff 读到的 diff：${(e as Error).message}`);
  }
  for (const p of patches) {
    const oldName = unquote(p.oldFileName ?? '');
    const newName = unquote(p.newFileName ?? '');
    if (!newName || newName === '/dev/null') continue;
    // git's a/ b/ prefixes; `git diff --no-prefix` and plain `diff -u` have none.
    const prefixed = newName.startsWith('b/') && (oldName.startsWith('a/') || oldName === '/dev/null');
    const file = resolve(root, prefixed ? newName.slice(2) : newName);
    const lines = new Set<number>();
    for (const h of p.hunks) {
      let line = h.newStart;
      for (const l of h.lines) {
        if (l.startsWith('+')) lines.add(line++);
        else if (l.startsWith(' ')) line++;
      }
    }
    if (lines.size) changed.set(file, lines);
  }
  // Word, PDF and image drafts have no lines in a diff: a changed one is changed throughout.
  for (const m of text.matchAll(/^Binary files (.+) and (.+) differ$/gm)) {
    const name = unquote(m[2].replace(/^"(.*)"$/, '$1'));
    if (name === '/dev/null') continue;
    changed.set(resolve(root, m[1].startsWith('a/') || m[1].startsWith('"a/') || m[1] === '/dev/null' ? name.replace(/^b\//, '') : name), 'all');
  }
  return changed;
}

/** `--diff BASE`: lines changed since the merge base of BASE and HEAD, in commits and in the work tree. */
export function changedSince(base: string, cwd: string): ChangedLines {
  const root = gitRoot(cwd);
  if (!root) throw new UsageError('--diff 需要在 git 仓库中运行（或用 --diff - 从标准输入读取 diff）');
  if (!git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`], cwd).ok) {
    throw new UsageError(`--diff：找不到 git 提交“${base}”。CI 中浅克隆时，请先获取它（例如 actions/checkout 的 fetch-depth: 0，或 git fetch origin ${base}）`);
  }
  const d = git(['diff', '--no-color', '--no-ext-diff', '--unified=0', '-M', '--merge-base', base], root);
  if (!d.ok) throw new UsageError(`--diff：git diff 失败：${d.err}`);
  const changed = parseUnifiedDiff(d.out, root);
  // New drafts not yet added to git are changed throughout.
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  if (untracked.ok) for (const f of untracked.out.split('\0')) if (f) changed.set(resolve(root, f), 'all');
  return changed;
}

/** `--diff -`: a unified diff read from stdin; paths are relative to the git root (as git writes them), else to cwd. */
export function changedFromPatch(text: string, cwd: string): ChangedLines {
  return parseUnifiedDiff(text, gitRoot(cwd) ?? cwd);
}

/** The changed lines of a file, whether it is named through a link (a linked temp folder, say) or not. */
export function changedLinesOf(changed: ChangedLines, file: string): Set<number> | 'all' | undefined {
  const abs = resolve(file);
  if (changed.has(abs)) return changed.get(abs);
  try {
    return changed.get(realpathSync(abs));
  } catch {
    return undefined;
  }
}

/** Only findings on changed lines, and findings about the whole document, of changed files. */
export function keepChanged(results: LintResult[], changed: ChangedLines): LintResult[] {
  const out: LintResult[] = [];
  for (const r of results) {
    const lines = changedLinesOf(changed, r.filePath);
    if (!lines) continue;
    if (lines === 'all') {
      out.push(r);
      continue;
    }
    const index = new LineIndex(r.source);
    const touches = (start: number, end: number) => {
      const a = index.position(start).line;
      const b = index.position(Math.max(start, end - 1)).line;
      for (let l = a; l <= b; l++) if (lines.has(l)) return true;
      return false;
    };
    out.push({ ...r, findings: r.findings.filter((f) => f.scope === 'document' || touches(f.start, f.end)) });
  }
  return out;
}
