// The editor's settings for policylint (section `policylint`), as the server
// sees them, with defaults for clients that send none.
import type { SeveritySetting } from '../engine/types.js';

export interface Settings {
  enable: boolean;
  /** Extra rule packs or prh.yml files; relative paths are resolved against the workspace folder. */
  rulePacks: string[];
  /** Rule severities that win over config files. */
  rules: Record<string, SeveritySetting | 'warn'>;
  run: 'onType' | 'onSave';
  /** Documents larger than this (UTF-16 code units ≈ characters) are not linted. */
  maxFileSize: number;
  /**
   * Which files are linted: 'configured' lints a file that declares a kind in its front matter, lies
   * under a policylint config or matches `include`; 'all' lints every Markdown and text file.
   */
  mode: 'configured' | 'all';
  /** Globs (relative to the workspace folder) of files to lint in 'configured' mode. */
  include: string[];
  /** Globs of files never to lint; they win over everything else. */
  exclude: string[];
  /** Lint unsaved (untitled) documents even when they declare no kind. */
  lintUntitled: boolean;
  /** Let workspace configs name packs and word lists outside the workspace (a user-level setting only). */
  allowOutsideWorkspace: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  rulePacks: [],
  rules: {},
  run: 'onType',
  maxFileSize: 2 * 1024 * 1024,
  mode: 'configured',
  include: [],
  exclude: [],
  lintUntitled: false,
  allowOutsideWorkspace: false,
};

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
}

export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    rulePacks: strings(r.rulePacks),
    rules: r.rules && typeof r.rules === 'object' ? (r.rules as Settings['rules']) : {},
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    mode: r.mode === 'all' ? 'all' : 'configured',
    include: strings(r.include),
    exclude: strings(r.exclude),
    lintUntitled: r.lintUntitled === true,
    allowOutsideWorkspace: r.allowOutsideWorkspace === true,
  };
}
