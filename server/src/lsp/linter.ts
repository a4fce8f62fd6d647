// Lints open documents for the server: skips documents outside policylint's
// scope, resolves configuration (keeping the last good one when a config file
// is broken), caches the result per document version for code actions and
// hovers, and never throws.
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError, buildRuleSet, lintTextWithInfo, resolveConfig, type Finding, type ResolvedConfig, type RuleMeta } from '../engine/index.js';
import { KIND_LABELS } from '../engine/checks/context.js';
import { freshnessEpoch, withFreshness } from '../engine/freshness.js';
import { outOfScope } from './scope.js';
import type { ReadDocument } from '../readers/index.js';
import type { Settings } from './settings.js';

export interface LintOutcome {
  version: number;
  findings: Finding[];
  meta: Map<string, RuleMeta>;
  config: ResolvedConfig | null;
  /** Label of the document kind, for the status bar. */
  kindLabel: string;
  /** Set when the configuration could not be read. */
  configError?: ConfigError;
  /** Set when the document was not linted (too large, disabled). */
  skipped?: string;
  /** Set when the document is outside what policylint lints (see scope.ts): no diagnostics, no status. */
  outOfScope?: string;
  /** Set when linting failed: the editor must not show the draft as clean. */
  failure?: string;
}

/** An outcome with no findings: disabled, skipped, failed or without a usable config. */
export function emptyOutcome(version: number, extra: Partial<LintOutcome> = {}): LintOutcome {
  return { version, findings: [], meta: new Map(), config: null, kindLabel: '', ...extra };
}

export function filePathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** Plain text by extension, as the CLI decides, or by language id (VS Code's plaintext, Neovim's text). */
export function formatOfDocument(doc: TextDocument): 'markdown' | 'text' {
  // Text extracted from Word, PDF and images is read as plain text (see readers/).
  if (['plaintext', 'text', 'docx', 'pdf', 'image'].includes(doc.languageId)) return 'text';
  return /\.txt$/i.test(doc.uri) ? 'text' : 'markdown';
}

export interface LinterHost {
  workspaceRoot(): string | undefined;
  folders(): string[];
  /** Told about every lint that ran (not cache hits), for the output channel. */
  linted?(uri: string, outcome: LintOutcome, ms: number): void;
}

export class Linter {
  private readonly results = new Map<string, LintOutcome>();
  private readonly lastGood = new Map<string, ResolvedConfig>();
  /** Each document's last resolved config, reused while nothing it was read from may have changed (freshness.ts). */
  private readonly configs = new Map<string, { settings: Settings; where: string; until: number; epoch: number; config: ResolvedConfig }>();

  constructor(private readonly host: LinterHost) {}

  private workspaceRoot(): string | undefined {
    return this.host.workspaceRoot();
  }

  cached(uri: string, version?: number): LintOutcome | undefined {
    const r = this.results.get(uri);
    return r && (version === undefined || r.version === version) ? r : undefined;
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.configs.delete(uri);
  }

  resolve(doc: TextDocument, settings: Settings): { config: ResolvedConfig | null; error?: ConfigError } {
    const file = filePathOf(doc.uri);
    const cwd = this.workspaceRoot() ?? process.cwd();
    const folders = this.host.folders();
    // Resolving costs about 0.2 ms, on every keystroke: the answer is kept while it holds.
    const where = `${cwd}\0${folders.join('\0')}`;
    const hit = this.configs.get(doc.uri);
    if (hit && hit.settings === settings && hit.where === where && hit.epoch === freshnessEpoch() && Date.now() < hit.until) return { config: hit.config };
    try {
      const { value: config, until, epoch } = withFreshness(() =>
        resolveConfig(file, {
          cwd,
          extraPacks: settings.rulePacks,
          rules: settings.rules,
          // Configs may name files in any workspace folder (or the installed packs) unless the user allowed more.
          workspaceRoots: folders.length ? folders : undefined,
          allowOutsideWorkspace: settings.allowOutsideWorkspace,
        }),
      );
      this.lastGood.set(doc.uri, config);
      this.configs.set(doc.uri, { settings, where, until, epoch, config });
      return { config };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      return { config: this.lastGood.get(doc.uri) ?? null, error: e };
    }
  }

  /** `read`: how a file that is not Markdown or text was read (readers/): HTML's prose, its default kind. */
  lint(doc: TextDocument, settings: Settings, read?: Pick<ReadDocument, 'prose' | 'defaultKind'>): LintOutcome {
    const hit = this.cached(doc.uri, doc.version);
    if (hit) return hit;
    const started = performance.now();
    let outcome: LintOutcome;
    try {
      outcome = this.lintUncached(doc, settings, read);
    } catch (e) {
      outcome = emptyOutcome(doc.version, { failure: (e as Error)?.stack ?? String(e) });
      this.results.set(doc.uri, outcome);
    }
    this.host.linted?.(doc.uri, outcome, performance.now() - started);
    return outcome;
  }

  private lintUncached(doc: TextDocument, settings: Settings, read?: Pick<ReadDocument, 'prose' | 'defaultKind'>): LintOutcome {
    const text = doc.getText();
    const file = filePathOf(doc.uri);
    const scope = outOfScope(doc.uri, file, text, settings, this.host.folders());
    let outcome: LintOutcome;
    if (scope) {
      outcome = emptyOutcome(doc.version, { outOfScope: scope });
    } else if (text.length > settings.maxFileSize) {
      outcome = emptyOutcome(doc.version, { skipped: `文件过大（${text.length} 字符，上限 ${settings.maxFileSize}），未检查` });
    } else {
      const { config, error } = this.resolve(doc, settings);
      if (!config) {
        outcome = emptyOutcome(doc.version, { configError: error });
      } else if (config.ignored) {
        outcome = emptyOutcome(doc.version, { outOfScope: '与配置文件的 ignores 匹配', configError: error });
      } else {
        const filePath = filePathOf(doc.uri) ?? doc.uri;
        const format = formatOfDocument(doc);
        const { findings, info } = lintTextWithInfo(text, { config, filePath, format, prose: read?.prose, defaultKind: read?.defaultKind });
        outcome = {
          version: doc.version,
          findings,
          meta: buildRuleSet(config).meta,
          config,
          kindLabel: KIND_LABELS[info.kind] ?? info.kind,
          configError: error,
        };
      }
    }
    this.results.set(doc.uri, outcome);
    return outcome;
  }
}
