// Which open documents the server lints. An editor opens every Markdown and
// text file; policylint only has a say about marketing drafts, so in the
// default 'configured' mode a file is linted when it declares a kind, lies
// under a policylint config or matches `include`. Decided here, not in the
// VS Code client, so Neovim and Helix get the same answer.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_NAMES } from '../engine/index.js';
import { readFrontMatter } from '../engine/document/front-matter.js';
import type { Settings } from './settings.js';

/** Why a document is not linted, or undefined when it is. */
export type OutOfScope = string | undefined;

const configDirs = new Map<string, boolean>();

/** Forget which folders hold a config (a config file was added or removed). */
export function clearScopeCache(): void {
  configDirs.clear();
}

/** True when `dir` or a folder above it holds a policylint config file (valid or not). */
export function underConfig(dir: string): boolean {
  const hit = configDirs.get(dir);
  if (hit !== undefined) return hit;
  const parent = dirname(dir);
  const found = CONFIG_NAMES.some((n) => existsSync(join(dir, n))) || (parent !== dir && underConfig(parent));
  configDirs.set(dir, found);
  return found;
}

export function declaresKind(text: string): boolean {
  const kind = readFrontMatter(text)?.data.kind;
  return typeof kind === 'string' && kind.trim().length > 0;
}

/** The file's path relative to the workspace folder that holds it (posix separators), else its absolute path. */
function workspacePath(file: string, folders: string[]): string {
  for (const f of folders) {
    const rel = relative(f, file);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return file.split(sep).join('/');
}

function matches(globs: string[], path: string): boolean {
  return globs.length > 0 && picomatch.isMatch(path, globs, { dot: true, basename: !globs.some((g) => g.includes('/')) });
}

/**
 * Whether a document is linted. `file` is its path (undefined for an untitled document); documents of
 * any other scheme (rule docs, diffs, git views) are never linted.
 */
export function outOfScope(uri: string, file: string | undefined, text: string, settings: Settings, folders: string[]): OutOfScope {
  if (uri.startsWith('untitled:')) {
    return settings.lintUntitled || declaresKind(text) ? undefined : '未保存的文档未声明 kind（可打开 policylint.lintUntitled 设置）';
  }
  if (!file) return '不是磁盘上的文件';
  const path = workspacePath(file, folders);
  if (matches(settings.exclude, path)) return '与 policylint.exclude 匹配';
  if (settings.mode === 'all' || matches(settings.include, path)) return undefined;
  if (underConfig(dirname(file)) || declaresKind(text)) return undefined;
  return '不在检查范围内：没有 policylint 配置、未在 front matter 中声明 kind，也不匹配 policylint.include';
}
