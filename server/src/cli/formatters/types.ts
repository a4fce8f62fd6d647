import type { LintResult, RuleMeta } from '../../engine/types.js';

export interface FormatContext {
  /** Directory that printed paths are relative to (and SARIF's %SRCROOT%). */
  cwd: string;
  /** Metadata of every rule in force, keyed by rule id. */
  rules: Map<string, RuleMeta>;
  /** Set by the CLI when --max-warnings was exceeded; stylish mentions it. */
  maxWarningsExceeded?: boolean;
  /** The --max-warnings limit, so the message can say how far over it the run went. */
  maxWarnings?: number;
  /** Emit ANSI colour codes (stylish only). */
  color: boolean;
  /** policylint's version, for SARIF tool.driver.version. */
  version?: string;
  /** Home page of policylint, for SARIF tool.driver.informationUri. */
  informationUri?: string;
  /**
   * Folder that SARIF's %SRCROOT% and GitLab's paths are relative to; by default
   * the repository root above cwd (see sourceRoot), else cwd.
   */
  srcRoot?: string;
  /** The command-line arguments, for SARIF's invocation. */
  argv?: string[];
}

export type Formatter = (results: LintResult[], ctx: FormatContext) => string;
