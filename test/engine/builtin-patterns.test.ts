// Built-in patterns run on V8's RegExp (text/native-regexp.ts), user packs on
// RE2. Allowed only because every built-in pattern finds exactly what RE2
// finds, on real drafts and on adversarial lines, in time that grows linearly.
import { readFileSync, readdirSync } from 'node:fs';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { loadPack, patternSources } from '../../server/src/engine/packs/load.js';
import { nativeRegExp, toNativeSource } from '../../server/src/engine/text/native-regexp.js';
import { foldForms } from '../../server/src/engine/text/fold.js';
import { Terms } from '../../server/src/engine/terms.js';

const sources = [...new Set(['cbrc-90', 'spelling'].flatMap((name) => patternSources(loadPack(name, process.cwd()))))];

type Span = [number, number];

function re2Matches(source: string, text: string): Span[] {
  const m = RE2JS.compile(source).matcher(text);
  const out: Span[] = [];
  let from = 0;
  while (from <= text.length && m.find(from)) {
    out.push([m.start(), m.end()]);
    from = m.end() > m.start() ? m.end() : m.start() + 1;
  }
  return out;
}

function nativeMatches(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  while (from <= text.length) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) break;
    out.push([m.index, m.index + m[0].length]);
    from = m[0].length ? m.index + m[0].length : m.index + 1;
  }
  return out;
}

const drafts = [
  ...readdirSync('examples').filter((f) => f.endsWith('.md')).map((f) => readFileSync(`examples/${f}`, 'utf8')),
  '年化收益3.5%，保本保息，比定期存款高1.2个点。\n坐席：您好\n客户：好的\n第十条 本产品说明书\n喂，阿姨您好！\n投保提示书 ）\n',
  '金穗年年红 — 产品详情\n一、本产品\n\t 保 险 \u3000 \r\n',
  '这是我们银行的。咱们行的产品都是银行的，都是银行的A级\n我们行的𠀀都是银行的',
].map(foldForms);

describe('built-in patterns on V8 RegExp', () => {
  it('the packs have patterns and nearly all of them run natively', () => {
    expect(sources.length).toBeGreaterThan(50);
    const native = sources.filter((s) => nativeRegExp(s));
    expect(native.length / sources.length).toBeGreaterThan(0.9);
  });

  it('every one finds exactly what RE2 finds on the examples', () => {
    for (const source of sources) {
      const re = nativeRegExp(source);
      if (!re) continue;
      for (const text of drafts) expect([source, nativeMatches(re, text)]).toEqual([source, re2Matches(source, text)]);
    }
  }, 30_000); // every built-in pattern over every example, twice: seconds on a busy machine

  it('Terms finds what RE2 finds, where it starts each RegExp at the leading anchor (text/anchor.ts)', () => {
    const texts = [...drafts, '银行银行银行'.repeat(20) + '工商银行出品', '𠀀𠀀银行出品，𠀀银行 · 金穗年金', '¥¥1,000元 ￥25 周末周一'];
    for (const source of sources) {
      if (!nativeRegExp(source)) continue;
      const terms = new Terms({ patterns: [source] });
      for (const text of texts) expect([source, terms.scan(text).map((m) => [m.start, m.end])]).toEqual([source, re2Matches(source, text)]);
    }
  }, 30_000); // every built-in pattern over every text, once with RE2: about 5 s on the 2-core machine, over vitest's 5 s default

  it('keeps RE2 meanings: \\s is ASCII, . and (?m) lines stop at \\n only', () => {
    expect(toNativeSource('(?m)^客户[\\s：:]$')).toEqual({ source: '(?<=^|\\n)客户[\\t\\n\\f\\r ：:](?=\\n|$)', flags: '' });
    expect(toNativeSource('a.b\\sc')).toEqual({ source: 'a[^\\n]b[\\t\\n\\f\\r ]c', flags: '' });
    expect(toNativeSource('(?P<x>a)')).toBeNull();
  });

  it('reads RE2\'s \\x{…} as a code point, in unicode mode only', () => {
    expect(toNativeSource('的([^\\x{4e00}-\\x{9fff}A-Za-z]|$)')).toEqual({ source: '的([^\\u{4e00}-\\u{9fff}A-Za-z]|$)', flags: 'u' });
    expect(toNativeSource('\\x{110000}')).toBeNull();
    const withCodePoints = sources.filter((s) => s.includes('\\x{'));
    expect(withCodePoints.length).toBeGreaterThan(0);
    expect(withCodePoints.every((s) => nativeRegExp(s)?.unicode)).toBe(true);
  });

  it('a pattern not from a built-in pack is never run natively', () => {
    expect(nativeRegExp('(收益|回报)[^。]{0,8}比[^。]{0,8}(存款|定期)x')).toBeNull();
  });

  it('time grows linearly on long adversarial lines', { timeout: 60_000 }, () => {
    const natives = sources.map((s) => nativeRegExp(s)).filter((r): r is RegExp => r !== null);
    // Runs of what the patterns look for, without the endings that complete them.
    const line = (n: number) => ('保本保息收益比存款高3.5%个点第十条本产品说明书阿姨您好，'.repeat(n / 30 + 1) + '0'.repeat(n / 4) + '　'.repeat(n / 4) + '保'.repeat(n / 4)).slice(0, n);
    const time = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        for (const re of natives) nativeMatches(re, text);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const small = time(line(10_000));
    const large = time(line(40_000));
    // Linear is 4; quadratic would be 16.
    expect(large / Math.max(small, 1)).toBeLessThan(8);
  });
});
