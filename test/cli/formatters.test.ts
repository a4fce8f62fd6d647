import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  formatters,
  getFormatter,
  messageWithArticles,
  type FormatContext,
} from '../../server/src/cli/formatters/index.js';
import type { Finding, LintResult, RuleMeta } from '../../server/src/engine/types.js';

const cwd = path.resolve('/repo');
const mainPath = path.join(cwd, 'docs', '宣传单.md');

// Line 2 starts with an astral character (two UTF-16 code units), so every
// column after it differs between UTF-16 and code point counting.
const line1 = '本产品收益比定期存款高，投保即送电饭煲。';
const line2 = '🎉限时活动：保本保息，稳赚不赔！';
const line3 = '咨询热线：95500';
const source = `${line1}\n${line2}\n${line3}\n`;

function at(text: string, from = 0): [number, number] {
  const start = source.indexOf(text, from);
  if (start < 0) throw new Error(`not in source: ${text}`);
  return [start, start + text.length];
}

function finding(ruleId: string, severity: Finding['severity'], message: string, text: string, articles: string[], extra: Partial<Finding> = {}): Finding {
  const [start, end] = at(text);
  return { ruleId, severity, message, start, end, articles, ...extra };
}

const depositRange = at('定期存款');
const guaranteeRange = at('保本保息，');

const findings: Finding[] = [
  // Deliberately out of order: formatters list findings in document order.
  finding('hotline-format', 'info', '建议注明客服热线的服务时间', '95500', []),
  finding('guaranteed-return', 'error', '不得承诺保本保息', '保本保息', ['90号 第十条'], {
    fix: { range: guaranteeRange, text: '' },
  }),
  finding('deposit-wording', 'error', '不得将保险产品与银行存款比较', '定期存款', ['90号 第三条(一)', '90号 第十条'], {
    suggestions: [{ desc: '改为“其他金融产品”', fix: { range: depositRange, text: '其他金融产品' }, preferred: true }],
  }),
  finding('gift-inducement', 'warning', '不得以赠送礼品诱导投保', '投保即送电饭煲', ['90号 第十二条']),
];

const mainResult: LintResult = { filePath: mainPath, source, findings };
const skippedResult: LintResult = { filePath: path.join(cwd, 'docs', 'scan.pdf'), source: '', findings: [], skipped: '二进制文件' };
const cleanResult: LintResult = { filePath: 'docs/clean.md', source: '本产品由某某人寿承保。\n', findings: [] };
const results = [mainResult, skippedResult, cleanResult];

function meta(id: string, severity: RuleMeta['severity'], title: string, articles: string[], check = 'forbidden'): RuleMeta {
  return { id, check, severity, articles, title, docs: `## ${title}\n\n依据${articles.join('、')}，请改写。`, pack: 'builtin:bancassurance' };
}

const rules = new Map<string, RuleMeta>([
  ['deposit-wording', meta('deposit-wording', 'error', '与存款比较', ['90号 第三条(一)', '90号 第十条'])],
  ['gift-inducement', meta('gift-inducement', 'warning', '赠礼诱导', ['90号 第十二条'])],
  ['guaranteed-return', meta('guaranteed-return', 'error', '承诺保本', ['90号 第十条'])],
  ['hotline-format', meta('hotline-format', 'info', '热线说明', [], 'required')],
  ['cooling-off', meta('cooling-off', 'off', '犹豫期提示', ['90号 第八条'], 'required')],
]);

const ctx: FormatContext = { cwd, rules, color: false, version: '0.1.0' };

describe('messageWithArticles', () => {
  it('appends article references in one pair of brackets', () => {
    expect(messageWithArticles(findings[2])).toBe('不得将保险产品与银行存款比较〔90号 第三条(一)、90号 第十条〕');
    expect(messageWithArticles(findings[0])).toBe('建议注明客服热线的服务时间');
  });
});

describe('getFormatter', () => {
  it('finds every built-in formatter and nothing else', () => {
    for (const name of ['stylish', 'json', 'sarif', 'github', 'junit']) {
      expect(getFormatter(name)).toBe(formatters[name as keyof typeof formatters]);
    }
    expect(getFormatter('checkstyle')).toBeUndefined();
    expect(getFormatter('toString')).toBeUndefined();
    expect(getFormatter('__proto__')).toBeUndefined();
  });
});

describe('json formatter', () => {
  const out = JSON.parse(formatters.json(results, ctx));

  it('reports absolute paths and messages in document order', () => {
    expect(out.map((r: { filePath: string }) => r.filePath)).toEqual([mainPath, skippedResult.filePath, path.resolve(cwd, 'docs/clean.md')]);
    expect(out[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual([
      'deposit-wording',
      'gift-inducement',
      'guaranteed-return',
      'hotline-format',
    ]);
  });

  it('gives 1-based line and UTF-16 columns with an exclusive end, and article refs in the message', () => {
    const [deposit, , guarantee] = out[0].messages;
    expect(deposit).toEqual({
      ruleId: 'deposit-wording',
      severity: 2,
      message: '不得将保险产品与银行存款比较〔90号 第三条(一)、90号 第十条〕',
      line: 1,
      column: 7,
      endLine: 1,
      endColumn: 11,
      suggestions: [{ desc: '改为“其他金融产品”', fix: { range: depositRange, text: '其他金融产品' } }],
    });
    // 🎉 is one code point but two UTF-16 units: 保本保息 starts at column 8, not 7.
    expect(Array.from(line2).indexOf('保') + 1).toBe(7);
    expect(guarantee).toMatchObject({ line: 2, column: 8, endLine: 2, endColumn: 12, severity: 2 });
    expect(guarantee.fix).toEqual({ range: guaranteeRange, text: '' });
  });

  it('maps severities to 2/1/0 and leaves info out of the counts', () => {
    const main = out[0];
    expect(main.messages.map((m: { severity: number }) => m.severity)).toEqual([2, 1, 2, 0]);
    expect(main).toMatchObject({ errorCount: 2, warningCount: 1, fixableErrorCount: 1, fixableWarningCount: 0, fatalErrorCount: 0 });
    expect(main.source).toBe(source);
    expect(main.output).toBeUndefined();
  });

  it('reports a skipped file as one warning without a rule', () => {
    expect(out[1].messages).toEqual([{ ruleId: null, severity: 1, message: '已跳过：二进制文件', line: 1, column: 1 }]);
    expect(out[1]).toMatchObject({ errorCount: 0, warningCount: 1 });
    expect(out[1].source).toBeUndefined();
  });

  it('reports a clean file with no messages and no source', () => {
    expect(out[2]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    expect(out[2].source).toBeUndefined();
  });

  it('includes fixed output instead of source, as ESLint does for --fix-dry-run', () => {
    const fixed = source.slice(0, guaranteeRange[0]) + source.slice(guaranteeRange[1]);
    const [r] = JSON.parse(formatters.json([{ ...mainResult, output: fixed }], ctx));
    expect(r.output).toBe(fixed);
    expect(r.source).toBeUndefined();
  });
});

describe('displayWidth', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('定期存款')).toBe(8);
    expect(displayWidth('〔90号 第十条〕')).toBe(15);
    expect(displayWidth('（，）')).toBe(6);
    expect(displayWidth('🎉')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('\u001b[31merror\u001b[39m')).toBe(5);
  });
});

describe('stylish formatter', () => {
  const out = formatters.stylish(results, ctx);
  const lines = out.split('\n');

  it('prints each file with problems under its path relative to cwd', () => {
    expect(out.startsWith('\n')).toBe(true);
    expect(lines).toContain(path.join('docs', '宣传单.md'));
    expect(lines).toContain(path.join('docs', 'scan.pdf'));
    expect(out).not.toContain('clean.md');
    expect(out).not.toContain('\u001b[');
  });

  it('aligns severities, messages and rule ids by display width', () => {
    const start = lines.indexOf(path.join('docs', '宣传单.md')) + 1;
    const rows = lines.slice(start, start + 4);
    expect(rows[0]).toMatch(/^ {2}1:7 {3}error {4}不得将保险产品与银行存款比较〔90号 第三条\(一\)、90号 第十条〕 {2}deposit-wording$/);
    expect(rows[1]).toMatch(/^ {2}1:13 {2}warning {2}不得以赠送礼品诱导投保〔90号 第十二条〕 +gift-inducement$/);
    expect(rows[2]).toContain('2:8 ');
    expect(rows[3]).toMatch(/^ {2}3:6 +info +建议注明客服热线的服务时间 +hotline-format$/);
    const ruleIds = ['deposit-wording', 'gift-inducement', 'guaranteed-return', 'hotline-format'];
    const ruleColumns = rows.map((row, i) => displayWidth(row.slice(0, row.lastIndexOf(ruleIds[i]))));
    expect(new Set(ruleColumns).size).toBe(1);
    const severityColumns = rows.map((row) => displayWidth(row.slice(0, row.search(/error|warning|info/))));
    expect(new Set(severityColumns).size).toBe(1);
    // Counting UTF-16 units instead would have misaligned the CJK messages.
    expect(new Set(rows.map((row, i) => row.lastIndexOf(ruleIds[i]))).size).toBeGreaterThan(1);
  });

  it('shows a skipped file as a warning with the reason', () => {
    const start = lines.indexOf(path.join('docs', 'scan.pdf')) + 1;
    expect(lines[start]).toBe('  1:1  warning  已跳过：二进制文件');
  });

  it('summarises problems without counting info', () => {
    expect(lines).toContain('✖ 4 个问题（2 个错误，2 个警告）');
    expect(lines).toContain('  其中 1 个错误可用 --fix 自动修复');
    expect(lines).toContain('  另有 1 条提示');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('prints nothing for clean files', () => {
    expect(formatters.stylish([cleanResult], ctx)).toBe('');
    expect(formatters.stylish([], ctx)).toBe('');
  });

  it('colours only when asked', () => {
    const coloured = formatters.stylish(results, { ...ctx, color: true });
    expect(coloured).toContain(`\u001b[4m${path.join('docs', '宣传单.md')}\u001b[24m`);
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    // Colour codes do not disturb the alignment.
    const plain = coloured.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toBe(out);
  });

  it('mentions an exceeded --max-warnings', () => {
    expect(formatters.stylish(results, { ...ctx, maxWarningsExceeded: true })).toContain('--max-warnings');
  });
});

describe('sarif formatter', () => {
  const log = JSON.parse(formatters.sarif(results, ctx));
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with one run of policylint', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'policylint', version: '0.1.0' });
    expect(run.columnKind).toBe('utf16CodeUnits');
    // No absolute path of the machine that made the log: the consumer supplies its checkout.
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBeUndefined();
  });

  it('describes every rule in the context', () => {
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual([...rules.keys()]);
    const deposit = run.tool.driver.rules[0];
    expect(deposit).toMatchObject({
      id: 'deposit-wording',
      name: 'DepositWording',
      shortDescription: { text: '与存款比较' },
      fullDescription: { text: '与存款比较〔90号 第三条(一)、90号 第十条〕' },
      help: { markdown: rules.get('deposit-wording')!.docs },
      defaultConfiguration: { level: 'error' },
      properties: { articles: ['90号 第三条(一)', '90号 第十条'] },
    });
    expect(deposit.properties.tags).toContain('compliance');
    expect(run.tool.driver.rules[3].defaultConfiguration.level).toBe('note');
    expect(run.tool.driver.rules[4].defaultConfiguration).toEqual({ level: 'none', enabled: false });
  });

  it('references rules by index, with levels and regions', () => {
    expect(run.results).toHaveLength(4);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(typeof r.message.text).toBe('string');
      const { region, artifactLocation } = r.locations[0].physicalLocation;
      for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
        expect(Number.isInteger(region[k]) && region[k] >= 1).toBe(true);
      }
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      const resolved = new URL(artifactLocation.uri, `${pathToFileURL(cwd).href}/`).href;
      expect(resolved).toBe(pathToFileURL(mainPath).href);
      expect(artifactLocation.uri.startsWith('docs/')).toBe(true);
    }
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'error', 'note']);
    expect(run.results[0].message.text).toBe('不得将保险产品与银行存款比较〔90号 第三条(一)、90号 第十条〕');
    expect(run.results[2].locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 8, endLine: 2, endColumn: 12 });
  });

  it('carries the safe fix as an artifact change', () => {
    const [fix] = run.results[2].fixes;
    const [change] = fix.artifactChanges;
    expect(change.artifactLocation).toEqual(run.results[2].locations[0].physicalLocation.artifactLocation);
    expect(change.replacements).toEqual([
      { deletedRegion: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 13 }, insertedContent: { text: '' } },
    ]);
    expect(fix.description.text).toBe('删除“保本保息，”');
    // A suggestion is offered as a fix too, described by what it changes.
    expect(run.results[0].fixes.map((f: { description: { text: string } }) => f.description.text)).toEqual(['把“定期存款”改为“其他金融产品”']);
    expect(run.results[1].fixes).toBeUndefined();
  });

  it('fingerprints stay put when lines move and differ for repeated text', () => {
    const fp = (log: { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }) =>
      log.runs[0].results.map((r) => Object.values(r.partialFingerprints)[0]);
    const before = fp(log);
    expect(new Set(before).size).toBe(4);
    const shift = '前言\n\n';
    const moved: LintResult = {
      ...mainResult,
      source: shift + source,
      findings: findings.map((f) => ({ ...f, start: f.start + shift.length, end: f.end + shift.length })),
    };
    const after = JSON.parse(formatters.sarif([moved], ctx));
    expect(after.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(3);
    expect(fp(after)).toEqual(before);

    const twice = `${line1}\n${line1}\n`;
    const dup: LintResult = {
      filePath: mainPath,
      source: twice,
      findings: [6, line1.length + 1 + 6].map((s) => ({ ...findings[2], start: s, end: s + 4 })),
    };
    const dups = fp(JSON.parse(formatters.sarif([dup], ctx)));
    expect(dups[0]).not.toBe(dups[1]);
  });

  it('notes skipped files and describes rules missing from the context', () => {
    const notes = run.invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0].message.text).toBe('已跳过：二进制文件');
    expect(notes[0].locations[0].physicalLocation.artifactLocation.uri).toBe('docs/scan.pdf');

    const odd: LintResult = { filePath: mainPath, source, findings: [{ ...findings[2], ruleId: 'engine/unknown' }] };
    const other = JSON.parse(formatters.sarif([odd], ctx)).runs[0];
    const r = other.results[0];
    expect(other.tool.driver.rules[r.ruleIndex].id).toBe('engine/unknown');
  });
});

describe('github formatter', () => {
  const out = formatters.github(results, ctx);
  const lines = out.trimEnd().split('\n');

  it('emits one workflow command per finding', () => {
    expect(lines).toEqual([
      '::error file=docs/宣传单.md,line=1,col=7,endLine=1,endColumn=11,title=deposit-wording::不得将保险产品与银行存款比较〔90号 第三条(一)、90号 第十条〕',
      '::warning file=docs/宣传单.md,line=1,col=13,endLine=1,endColumn=20,title=gift-inducement::不得以赠送礼品诱导投保〔90号 第十二条〕',
      '::error file=docs/宣传单.md,line=2,col=8,endLine=2,endColumn=12,title=guaranteed-return::不得承诺保本保息〔90号 第十条〕',
      '::notice file=docs/宣传单.md,line=3,col=6,endLine=3,endColumn=11,title=hotline-format::建议注明客服热线的服务时间',
      '::warning file=docs/scan.pdf,title=policylint::已跳过：二进制文件',
    ]);
    expect(formatters.github([cleanResult], ctx)).toBe('');
  });

  it('escapes % CR LF in messages and also : , in properties', () => {
    const tricky: LintResult = {
      filePath: path.join(cwd, 'a,b:c.md'),
      source: '收益率100%保证\n',
      findings: [{ ruleId: 'pack:x,y', severity: 'error', message: '收益率100%\r\n保证: 不可,承诺', start: 0, end: 3, articles: [] }],
    };
    expect(formatters.github([tricky], ctx)).toBe(
      '::error file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=4,title=pack%3Ax%2Cy::收益率100%25%0D%0A保证: 不可,承诺\n',
    );
  });
});

/** A small well-formedness check: balanced tags, one root, no stray markup characters. */
function checkXml(xml: string): { tags: Record<string, number> } {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf('?>') + 2).replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const tagPattern = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>/g;
  const stack: string[] = [];
  const tags: Record<string, number> = {};
  let roots = 0;
  let last = 0;
  for (const m of body.matchAll(tagPattern)) {
    const text = body.slice(last, m.index);
    expect(text).not.toMatch(/[<>]|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/);
    last = m.index! + m[0].length;
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      expect(stack.pop()).toBe(name);
    } else {
      if (stack.length === 0) roots++;
      tags[name] = (tags[name] ?? 0) + 1;
      if (!selfClosing) stack.push(name);
    }
  }
  expect(body.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
  return { tags };
}

describe('junit formatter', () => {
  const out = formatters.junit(results, ctx);

  it('is well-formed with one suite per file and one case per finding', () => {
    const { tags } = checkXml(out);
    expect(tags).toMatchObject({ testsuites: 1, testsuite: 3, testcase: 4 + 1 + 1, failure: 4, 'system-out': 1 });
    expect(out).toContain('<testsuites name="policylint" tests="6" failures="4" errors="0" time="0">');
    expect(out).toContain('tests="4" failures="3" errors="0" skipped="0" name="docs/宣传单.md"');
  });

  it('puts the position and message in the failure', () => {
    expect(out).toContain(
      '<testcase time="0" name="policylint.deposit-wording 1:7" classname="docs/宣传单"><failure message="不得将保险产品与银行存款比较〔90号 第三条(一)、90号 第十条〕" type="error"><![CDATA[1:7 error - 不得将保险产品与银行存款比较〔90号 第三条(一)、90号 第十条〕 (deposit-wording)]]></failure></testcase>',
    );
    expect(out).toContain('<![CDATA[2:8 error - 不得承诺保本保息〔90号 第十条〕 (guaranteed-return)]]>');
    expect(out).toContain('<failure message="已跳过：二进制文件" type="warning">');
  });

  it('passes a clean file', () => {
    expect(out).toContain('<testcase time="0" name="policylint" classname="docs/clean" />');
  });

  it('escapes markup in attributes and CDATA', () => {
    const nasty: LintResult = {
      filePath: path.join(cwd, 'a&b<c>.md'),
      source: '<b>保本</b>\n',
      findings: [{ ruleId: 'x', severity: 'warning', message: '勿用 "保本" & <b> ]]> 字样\u0001', start: 3, end: 5, articles: [] }],
    };
    const xml = formatters.junit([nasty], ctx);
    checkXml(xml);
    expect(xml).toContain('name="a&amp;b&lt;c&gt;.md"');
    expect(xml).toContain('message="勿用 &quot;保本&quot; &amp; &lt;b&gt; ]]&gt; 字样\uFFFD"');
    const body = /<failure[^>]*>([\s\S]*)<\/failure>/.exec(xml)![1];
    const text = body.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
    expect(text).toBe('1:4 warning - 勿用 "保本" & <b> ]]> 字样\uFFFD (x)');
  });
});
