// The command's bundle is written in ASCII (scripts/ascii-bundle.mjs), so that
// each run reads it into a one-byte string: the rewriting keeps what every
// literal means, refuses what it cannot keep, and the built bundle is ASCII.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asciiBundle } from '../../scripts/ascii-bundle.mjs';

const ASCII = /^[\x00-\x7f]*$/;

/** The values a snippet defines: its regular expressions' matches and its strings. */
function valuesOf(code: string): unknown[] {
  return new Function(`${code}\nreturn [re.test('。！'), re.exec('x。！y')[0], emoji.test('😀'), emoji.exec('a😀b')[0].length, narrow.exec('😀a')[0], raw, plain];`)();
}

describe('the command bundle in ASCII', () => {
  const code = [
    '// 注释：a comment',
    'const re = /[。！]+/;',
    'const emoji = /[😀]/u; /* 表情 */',
    'const narrow = /[^😀]/;',
    'const raw = String.raw`line \\` one\n错误 \\n two\r\nend`;',
    'const plain = "\\u94F6\\u884C";',
  ].join('\n');

  it('keeps what every literal means, and every line where it was', () => {
    const out = asciiBundle(code);
    expect(out).toMatch(ASCII);
    expect(valuesOf(out)).toEqual(valuesOf(code));
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('refuses what it cannot keep', () => {
    expect(() => asciiBundle('const s = /\\。/;')).toThrow(/escaped/);
    expect(() => asciiBundle('const s = String.raw`${x}错`;')).toThrow(/substitution/);
    expect(() => asciiBundle('// \u2028')).toThrow(/mark/);
  });

  it('is how the build wrote the bundle', () => {
    expect(readFileSync(new URL('../../server/out/cli.cjs', import.meta.url), 'latin1')).toMatch(ASCII);
  });
});
