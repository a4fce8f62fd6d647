// ESLint's `json` formatter shape, so tools that read ESLint output read ours.

import type { DocumentFormat, Fix, LintResult, OriginalLocation } from '../../engine/types.js';
import { LineIndex } from '../../engine/text/positions.js';
import { messageWithArticles, skippedMessage } from './message.js';
import { absolutePath, countResult, severityNumber, sortFindings, spanOf } from './shared.js';
import type { FormatContext, Formatter } from './types.js';

export interface JsonMessage {
  ruleId: string | null;
  /** 2 error, 1 warning, 0 info. */
  severity: 0 | 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Absolute UTF-16 offsets into the source, as in ESLint. */
  fix?: Fix;
  suggestions?: { desc: string; fix: Fix }[];
  /** Word, PDF, image, HTML: where the finding sits in the original (line/column above are of the extracted text). */
  location?: OriginalLocation;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
  source?: string;
  usedDeprecatedRules: { ruleId: string; replacedBy: string[] }[];
  /** html, docx, pdf or image (absent for Markdown and plain text). */
  format?: DocumentFormat;
  /** E.g. that fixes cannot be written back to this format. */
  notice?: string;
}

function copyFix(fix: Fix): Fix {
  return { range: [fix.range[0], fix.range[1]], text: fix.text };
}

export function toJsonResults(results: LintResult[], ctx: FormatContext): JsonResult[] {
  return results.map((result) => {
    const messages: JsonMessage[] = [];
    if (result.skipped !== undefined) {
      messages.push({ ruleId: null, severity: 1, message: skippedMessage(result.skipped), line: 1, column: 1 });
    }
    const index = new LineIndex(result.source);
    for (const f of sortFindings(result.findings)) {
      const span = spanOf(index, f.start, f.end);
      const m: JsonMessage = {
        ruleId: f.ruleId,
        severity: severityNumber(f.severity),
        message: messageWithArticles(f),
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
      };
      if (f.location) m.location = f.location;
      if (f.fix) m.fix = copyFix(f.fix);
      if (f.suggestions && f.suggestions.length > 0) {
        m.suggestions = f.suggestions.map((s) => ({ desc: s.desc, fix: copyFix(s.fix) }));
      }
      messages.push(m);
    }
    const c = countResult(result);
    // Like ESLint: the source accompanies problems unless fixed output is given.
    const withSource = result.output === undefined && result.skipped === undefined && c.errorCount + c.warningCount > 0;
    const out: JsonResult = {
      filePath: absolutePath(result.filePath, ctx.cwd),
      messages,
      suppressedMessages: [],
      errorCount: c.errorCount,
      fatalErrorCount: 0,
      warningCount: c.warningCount,
      fixableErrorCount: c.fixableErrorCount,
      fixableWarningCount: c.fixableWarningCount,
      ...(result.output !== undefined ? { output: result.output } : {}),
      ...(withSource ? { source: result.source } : {}),
      usedDeprecatedRules: [],
      ...(result.format ? { format: result.format } : {}),
      ...(result.notice ? { notice: result.notice } : {}),
    };
    return out;
  });
}

export const json: Formatter = (results, ctx) => JSON.stringify(toJsonResults(results, ctx));
