// Drafts saved by Chinese Windows tools: GBK/GB18030 (with or without a
// charset declaration), UTF-16 with a byte-order mark. Decoded, and encoded
// back the same way when a fix is written.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeDraft, encodeDraft } from '../../server/src/fs/drafts.js';

const TEXT = '本产品保本保息，犹豫期为15天。';
const LIMIT = 1 << 20;

describe('decodeDraft', () => {
  it('reads GBK without any declaration as GB18030', () => {
    expect(decodeDraft(iconv.encode(TEXT, 'gbk'), LIMIT)).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('reads a page in the charset its <meta> declares', () => {
    const page = `<meta charset="big5"><p>保單利益</p>`;
    expect(decodeDraft(iconv.encode(page, 'big5'), LIMIT)).toEqual({ text: page, encoding: 'big5' });
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]);
    expect(decodeDraft(le, LIMIT)).toEqual({ text: TEXT, bom: true, encoding: 'utf-16le' });
    expect(decodeDraft(be, LIMIT)).toEqual({ text: TEXT, bom: true, encoding: 'utf-16be' });
  });

  it('still skips bytes that are no text in any of them', () => {
    expect(decodeDraft(Buffer.from([0x41, 0, 0x42, 0]), LIMIT)).toEqual({ skipped: '二进制文件，不是文本' });
    expect('skipped' in decodeDraft(Buffer.from([0x81, 0x20, 0xff, 0xff, 0x80]), LIMIT)).toBe(true);
  });

  it('writes back the bytes it read', () => {
    for (const bytes of [iconv.encode(TEXT, 'gb18030'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')])]) {
      const read = decodeDraft(bytes, LIMIT);
      if (!('text' in read)) throw new Error(read.skipped);
      expect(encodeDraft(read.text, read).equals(bytes)).toBe(true);
    }
  });
});
