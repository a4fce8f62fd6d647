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
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  rulePacks: [],
  rules: {},
  run: 'onType',
  maxFileSize: 2 * 1024 * 1024,
};

export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    rulePacks: Array.isArray(r.rulePacks) ? r.rulePacks.filter((p) => typeof p === 'string') : [],
    rules: r.rules && typeof r.rules === 'object' ? r.rules : {},
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
  };
}
