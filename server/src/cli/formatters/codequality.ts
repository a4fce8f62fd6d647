// GitLab Code Quality report (artifacts:reports:codequality): one issue per
// finding, paths from the repository root, a fingerprint that survives edits
// elsewhere in the file, so merge requests show new and resolved findings.
import { nodeCrypto } from '../../engine/node-crypto.js';
import type { Severity } from '../../engine/types.js';
import { LineIndex } from '../../engine/text/positions.js';
import { messageWithArticles, skippedMessage } from './message.js';
import { numberedFingerprints, relativePosixPath, sortFindings, sourceRoot, spanOf } from './shared.js';
import type { Formatter } from './types.js';

type GitLabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';
const SEVERITY: Record<Severity, GitLabSeverity> = { error: 'major', warning: 'minor', info: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitLabSeverity;
  location: { path: string; positions: { begin: { line: number; column: number }; end: { line: number; column: number } } };
}

function md5(s: string): string {
  return nodeCrypto().createHash('md5').update(s).digest('hex');
}

export const codequality: Formatter = (results, ctx) => {
  const root = ctx.srcRoot ?? sourceRoot(ctx.cwd);
  const issues: CodeQualityIssue[] = [];
  for (const result of results) {
    const path = relativePosixPath(result.filePath, root);
    if (result.skipped !== undefined) {
      issues.push({
        description: skippedMessage(result.skipped),
        check_name: 'policylint-skipped',
        fingerprint: md5(`skipped\u0000${path}`),
        severity: 'minor',
        location: { path, positions: { begin: { line: 1, column: 1 }, end: { line: 1, column: 1 } } },
      });
    }
    const index = new LineIndex(result.source);
    const findings = sortFindings(result.findings);
    const prints = numberedFingerprints(findings, result.source, index);
    findings.forEach((f, i) => {
      const s = spanOf(index, f.start, f.end);
      issues.push({
        description: `${messageWithArticles(f)}（${f.ruleId}）`,
        check_name: f.ruleId,
        // Path included: GitLab wants fingerprints unique across the report.
        fingerprint: md5(`${path}\u0000${prints[i]}`),
        severity: SEVERITY[f.severity],
        location: { path, positions: { begin: { line: s.line, column: s.column }, end: { line: s.endLine, column: s.endColumn } } },
      });
    });
  }
  return JSON.stringify(issues, null, 2);
};
