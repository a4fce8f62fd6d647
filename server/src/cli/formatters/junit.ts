// JUnit XML in the manner of ESLint's junit formatter: a <testsuite> per file,
// a failing <testcase> per error or warning. Info findings are passing test
// cases with the message in <system-out>, so they never fail a CI report.

import type { LintResult } from '../../engine/types.js';
import { LineIndex } from '../../engine/text/positions.js';
import { messageWithArticles, skippedMessage } from './message.js';
import { relativePosixPath, sortFindings, spanOf } from './shared.js';
import type { Formatter } from './types.js';

/** Characters XML 1.0 cannot carry at all, not even as references; they become U+FFFD. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(s: string): string {
  return s.replace(NOT_XML, '\uFFFD');
}

export function xmlAttr(s: string): string {
  return xmlText(s).replace(/[&<>"'\t\n\r]/g, (c) => {
    switch (c) {
      case '&': return '&amp;';
      case '<': return '&lt;';
      case '>': return '&gt;';
      case '"': return '&quot;';
      case "'": return '&apos;';
      default: return `&#${c.charCodeAt(0)};`;
    }
  });
}

export function cdata(s: string): string {
  return `<![CDATA[${xmlText(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function withoutExtension(p: string): string {
  return p.replace(/(?<=[^/])\.[^./]*$/, '');
}

interface Case {
  name: string;
  failure?: { type: string; message: string; body: string };
  output?: string;
}

function casesOf(result: LintResult): Case[] {
  const cases: Case[] = [];
  if (result.skipped !== undefined) {
    const message = skippedMessage(result.skipped);
    cases.push({ name: 'policylint.skipped', failure: { type: 'warning', message, body: `1:1 warning - ${message}` } });
  }
  const index = new LineIndex(result.source);
  for (const f of sortFindings(result.findings)) {
    const { line, column } = spanOf(index, f.start, f.end);
    const message = messageWithArticles(f);
    const body = `${line}:${column} ${f.severity} - ${message} (${f.ruleId})`;
    // Named by rule and position, so every case of a suite has its own name
    // (CI test views merge or drop cases whose names repeat).
    const name = `policylint.${f.ruleId} ${line}:${column}`;
    if (f.severity === 'info') cases.push({ name, output: body });
    else cases.push({ name, failure: { type: f.severity, message, body } });
  }
  return distinctNames(cases);
}

/** The second and later cases with one name get ` (2)`, ` (3)` … */
function distinctNames(cases: Case[]): Case[] {
  const seen = new Map<string, number>();
  return cases.map((c) => {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    return n === 1 ? c : { ...c, name: `${c.name} (${n})` };
  });
}

export const junit: Formatter = (results, ctx) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const file = relativePosixPath(result.filePath, ctx.cwd);
    const classname = xmlAttr(withoutExtension(file));
    const cases = casesOf(result);
    if (cases.length === 0) cases.push({ name: 'policylint' });
    const failed = cases.filter((c) => c.failure).length;
    tests += cases.length;
    failures += failed;
    let out = `<testsuite package="policylint" time="0" tests="${cases.length}" failures="${failed}" errors="0" skipped="0" name="${xmlAttr(file)}">\n`;
    for (const c of cases) {
      const open = `<testcase time="0" name="${xmlAttr(c.name)}" classname="${classname}"`;
      if (c.failure) {
        out += `${open}><failure message="${xmlAttr(c.failure.message)}" type="${c.failure.type}">${cdata(c.failure.body)}</failure></testcase>\n`;
      } else if (c.output !== undefined) {
        out += `${open}><system-out>${cdata(c.output)}</system-out></testcase>\n`;
      } else {
        out += `${open} />\n`;
      }
    }
    out += '</testsuite>\n';
    suites.push(out);
  }
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<testsuites name="policylint" tests="${tests}" failures="${failures}" errors="0" time="0">\n` +
    suites.join('') +
    '</testsuites>\n'
  );
};
