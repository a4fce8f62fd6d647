// Shared shapes of the engine. Offsets are absolute UTF-16 indices into the
// source text, [start, end); line/column conversion happens only at the edges.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

// callback: the insurer's own follow-up call after a sale (回访话术); description: 产品说明书.
export const DOCUMENT_KINDS = ['promo', 'script', 'phone-script', 'callback', 'notice', 'description', 'web', 'regulation'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const PRODUCT_TYPES = ['traditional', 'participating', 'universal', 'investment-linked'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

/** One text edit: replace source[range[0], range[1]) with text. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
  /** The rewording a writer most likely wants; editors mark it preferred. */
  preferred?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** Article references such as 90号 第十条, shown with the message. */
  articles: string[];
  /** A fix that cannot change the meaning of the text; `--fix` applies only these. */
  fix?: Fix;
  suggestions?: Suggestion[];
  /** Extra context, e.g. which document kind requires a missing disclosure. */
  related?: string;
  /** 'document': about the whole document (a missing disclosure), not the line it is anchored on. */
  scope?: 'document';
  /** Where the finding sits in the original file when that is not the linted text (Word, PDF, image) or is markup (HTML). */
  location?: OriginalLocation;
}

/** A rectangle in an image, in pixels from its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A position a reviewer can find in the original document. */
export interface OriginalLocation {
  /** Chinese, for people: 第 2 页第 5 行, 第 3 段, 第 12 行第 7 列. */
  label: string;
  /** PDF page or image page, 1-based. */
  page?: number;
  /** PDF: line on the page; HTML: line of the source (1-based). */
  line?: number;
  /** HTML: column of the source; PDF: character in the line (1-based). */
  column?: number;
  /** Word: paragraph number in the body, 1-based (headers and footers are numbered apart, see part). */
  paragraph?: number;
  /** Word: 正文, 页眉 or 页脚. */
  part?: string;
  /** Image: the words' bounding box. */
  box?: Box;
  /** The extracted text around the finding, so it can be found by eye or with Ctrl+F. */
  context?: string;
}

/** Formats policylint reads; the last four through readers (server/src/readers). */
export type DocumentFormat = 'markdown' | 'text' | 'html' | 'docx' | 'pdf' | 'image';

/** Facts about the product that fixes fill into templates. */
export interface DocumentFacts {
  insurer?: string;
  hotline?: string;
  coolingOffDays?: number | string;
  bank?: string;
  [key: string]: unknown;
}

/** A diagnostic about a configuration or rule-pack file itself. */
export interface SourceError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly errors: SourceError[]) {
    super(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/** What a formatter or an editor needs to know about a rule. */
export interface RuleMeta {
  id: string;
  /** Which check module runs it: forbidden, required, exact-sentence, conditional, order, or engine. */
  check: string;
  severity: SeveritySetting;
  articles: string[];
  /** Short Chinese title of the rule. */
  title: string;
  /** Documentation in Chinese Markdown: why the rule exists and how to fix. */
  docs: string;
  /** The pack the rule came from (file path or built-in name). */
  pack: string;
}

/** The result of linting one file. */
export interface LintResult {
  filePath: string;
  source: string;
  findings: Finding[];
  /** Set when the file was not linted (too large, binary, bad encoding, unreadable). */
  skipped?: string;
  /** The text after applying fixes, when fixing was requested and something changed. */
  output?: string;
  /** Set for files that are not Markdown or plain text. */
  format?: DocumentFormat;
  /** source is text extracted from the file (Word, PDF, image), not the file itself. */
  extracted?: boolean;
  /** Something the reader should know about this file, e.g. that its fixes cannot be written back. */
  notice?: string;
}
