// SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif).

import type { Finding, LintResult, RuleMeta, Severity, SeveritySetting } from '../../engine/types.js';
import { LineIndex } from '../../engine/text/positions.js';
import { formatArticles, messageWithArticles, skippedMessage } from './message.js';
import { describeFix, proposedFixes } from './fixes.js';
import { ruleDocUrl } from './links.js';
import { fileUri, numberedFingerprints, sortFindings, sourceRoot, spanOf } from './shared.js';
import type { FormatContext, Formatter } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const INFORMATION_URI = 'https://github.com/policylint/policylint';
/** Key of our own fingerprint in partialFingerprints; bump the version if its inputs change. */
export const FINGERPRINT_KEY = 'policylint/v1';

type Level = 'error' | 'warning' | 'note' | 'none';

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  snippet?: { text: string };
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
  const url = ruleDocUrl(meta.id, meta);
  if (url) d.helpUri = url;
  if (meta.docs && meta.docs.trim() !== '') {
    const more = url ? `\n\n完整说明：${url}` : '';
    d.help = { text: meta.docs.trim() + more, markdown: meta.docs.trim() + (url ? `\n\n[完整说明](${url})` : '') };
  }
  d.defaultConfiguration = meta.severity === 'off' ? { level: 'none', enabled: false } : { level: level(meta.severity) };
  const tags = ['compliance'];
  if (meta.check && !tags.includes(meta.check)) tags.push(meta.check);
  d.properties = { tags, articles: [...meta.articles] };
  return d;
}

function regionOf(index: LineIndex, start: number, end: number): Region {
  const s = spanOf(index, start, end);
  return { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn };
}

function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const { uri, relative } = fileUri(filePath, cwd);
  return relative ? { uri, uriBaseId: SRCROOT } : { uri };
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/u.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function invocation(ctx: FormatContext, notifications: unknown[]): Record<string, unknown> {
  const inv: Record<string, unknown> = { executionSuccessful: true };
  if (ctx.argv) {
    inv.commandLine = ['policylint', ...ctx.argv].map(shellQuote).join(' ');
    inv.arguments = [...ctx.argv];
  }
  if (notifications.length > 0) inv.toolExecutionNotifications = notifications;
  return inv;
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

  const root = ctx.srcRoot ?? sourceRoot(ctx.cwd);
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const result of results) {
    const location = artifactLocation(result.filePath, root);
    if (result.notice !== undefined) {
      notifications.push({ level: 'note', message: { text: result.notice }, locations: [{ physicalLocation: { artifactLocation: location } }] });
    }
    if (result.skipped !== undefined) {
      notifications.push({
        level: 'warning',
        message: { text: skippedMessage(result.skipped) },
        locations: [{ physicalLocation: { artifactLocation: location } }],
      });
    }
    const index = new LineIndex(result.source);
    const findings = sortFindings(result.findings);
    const fingerprints = numberedFingerprints(findings, result.source, index);
    findings.forEach((f, i) => {
      const region = regionOf(index, f.start, f.end);
      const r: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex: indexOfRule(f.ruleId),
        level: level(f.severity),
        message: { text: messageWithArticles(f) + (result.extracted && f.location ? `（位置：${f.location.label}）` : '') },
        locations: [{ physicalLocation: { artifactLocation: location, region } }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] },
      };
      // Word, PDF, images: the region is of the extracted text (its snippet says which words); the
      // page, line, paragraph or box in the original is in properties.location.
      if (f.location) {
        if (result.extracted) region.snippet = { text: result.source.slice(f.start, Math.max(f.start, f.end)) };
        r.properties = { format: result.format, location: f.location };
      }
      // The safe fix first, then the suggestions a person may choose from.
      const proposals = proposedFixes(f).map((fix) => ({ label: describeFix(result.source, fix), fix }));
      if (proposals.length > 0) {
        r.fixes = proposals.map(({ label, fix }) => ({
          description: { text: label },
          artifactChanges: [
            {
              artifactLocation: location,
              replacements: [{ deletedRegion: regionOf(index, fix.range[0], fix.range[1]), insertedContent: { text: fix.text } }],
            },
          ],
        }));
      }
      sarifResults.push(r);
    });
  }

  const driver: Record<string, unknown> = { name: 'policylint', informationUri: ctx.informationUri ?? INFORMATION_URI };
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
        invocations: [invocation(ctx, notifications)],
        // No absolute path of the machine that ran the check: consumers (GitHub
        // code scanning, the SARIF viewer) resolve %SRCROOT% to their checkout.
        originalUriBaseIds: { [SRCROOT]: { description: { text: '仓库根目录' } } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export const sarif: Formatter = (results, ctx) => JSON.stringify(toSarif(results, ctx), null, 2);
