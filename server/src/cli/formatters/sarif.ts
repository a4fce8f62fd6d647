// SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif).

import { createHash } from 'node:crypto';
import type { Finding, LintResult, RuleMeta, Severity, SeveritySetting } from '../../engine/types.js';
import { LineIndex } from '../../engine/text/positions.js';
import { formatArticles, messageWithArticles, skippedMessage } from './message.js';
import { directoryUri, fileUri, sortFindings, spanOf } from './shared.js';
import type { FormatContext, Formatter } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** Key of our own fingerprint in partialFingerprints; bump the version if its inputs change. */
export const FINGERPRINT_KEY = 'policylint/v1';

type Level = 'error' | 'warning' | 'note' | 'none';

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help?: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration?: { level: Level; enabled?: boolean };
  properties?: { tags: string[]; articles: string[] };
}

function level(s: Severity | SeveritySetting): Level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'info' ? 'note' : 'none';
}

/** SARIF wants rule names in PascalCase: deposit-wording → DepositWording. */
function ruleName(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  return words.length > 0 ? words.map((w) => w[0].toUpperCase() + w.slice(1)).join('') : id;
}

function descriptor(meta: RuleMeta): ReportingDescriptor {
  const d: ReportingDescriptor = {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.title || meta.id },
    fullDescription: { text: (meta.title || meta.id) + formatArticles(meta.articles) },
  };
  if (meta.docs && meta.docs.trim() !== '') d.help = { text: meta.docs, markdown: meta.docs };
  d.defaultConfiguration = meta.severity === 'off' ? { level: 'none', enabled: false } : { level: level(meta.severity) };
  const tags = ['compliance'];
  if (meta.check && !tags.includes(meta.check)) tags.push(meta.check);
  d.properties = { tags, articles: [...meta.articles] };
  return d;
}

/** Stable across edits elsewhere in the file: rule, matched text and the trimmed line, not the line number. */
function fingerprint(f: Finding, source: string, lineText: string): string {
  return createHash('sha256')
    .update(f.ruleId)
    .update('\u0000')
    .update(source.slice(f.start, Math.max(f.start, f.end)))
    .update('\u0000')
    .update(lineText.trim())
    .digest('hex')
    .slice(0, 32);
}

function regionOf(index: LineIndex, start: number, end: number): Region {
  const s = spanOf(index, start, end);
  return { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn };
}

function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const { uri, relative } = fileUri(filePath, cwd);
  return relative ? { uri, uriBaseId: SRCROOT } : { uri };
}

export function toSarif(results: LintResult[], ctx: FormatContext) {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  for (const [id, meta] of ctx.rules) {
    if (ruleIndex.has(id)) continue;
    ruleIndex.set(id, rules.length);
    rules.push(descriptor({ ...meta, id }));
  }
  const indexOfRule = (id: string): number => {
    let i = ruleIndex.get(id);
    if (i === undefined) {
      // A finding from a rule the context does not describe (e.g. an engine diagnostic).
      i = rules.length;
      ruleIndex.set(id, i);
      rules.push({ id, name: ruleName(id), shortDescription: { text: id }, properties: { tags: ['compliance'], articles: [] } });
    }
    return i;
  };

  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const result of results) {
    const location = artifactLocation(result.filePath, ctx.cwd);
    if (result.skipped !== undefined) {
      notifications.push({
        level: 'warning',
        message: { text: skippedMessage(result.skipped) },
        locations: [{ physicalLocation: { artifactLocation: location } }],
      });
    }
    const index = new LineIndex(result.source);
    const seen = new Map<string, number>();
    for (const f of sortFindings(result.findings)) {
      const region = regionOf(index, f.start, f.end);
      const hash = fingerprint(f, result.source, index.lineText(region.startLine));
      const occurrence = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, occurrence);
      const r: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex: indexOfRule(f.ruleId),
        level: level(f.severity),
        message: { text: messageWithArticles(f) },
        locations: [{ physicalLocation: { artifactLocation: location, region } }],
        partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` },
      };
      if (f.fix) {
        const [start, end] = f.fix.range;
        r.fixes = [
          {
            description: { text: f.fix.text === '' ? '删除该文字' : `改为“${f.fix.text}”` },
            artifactChanges: [
              {
                artifactLocation: location,
                replacements: [{ deletedRegion: regionOf(index, start, end), insertedContent: { text: f.fix.text } }],
              },
            ],
          },
        ];
      }
      sarifResults.push(r);
    }
  }

  const driver: Record<string, unknown> = { name: 'policylint' };
  if (ctx.informationUri) driver.informationUri = ctx.informationUri;
  if (ctx.version) {
    driver.version = ctx.version;
    driver.semanticVersion = ctx.version;
  }
  driver.rules = rules;

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: { driver },
        invocations: [
          notifications.length > 0
            ? { executionSuccessful: true, toolExecutionNotifications: notifications }
            : { executionSuccessful: true },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(ctx.cwd) } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export const sarif: Formatter = (results, ctx) => JSON.stringify(toSarif(results, ctx), null, 2);
