// UTF-8 bytes to text and back through ICU (buffer.transcode) where Node has
// it. V8's own UTF-8 decoder, behind TextDecoder and Buffer#toString, costs
// about 60 instructions per byte of Chinese text, and its encoder, behind
// Buffer.from, about 18: reading the 4.4 MB bench corpus and writing its
// 5 MB report were 3% of that run's instructions. simdutf checks the bytes
// (buffer.isUtf8) and ICU converts them at a fifth of that cost; the text and
// the bytes are the same either way.
import { isUtf8, transcode } from 'node:buffer';

/**
 * `bytes` as text when they are valid UTF-8, with a leading byte-order mark
 * dropped (as TextDecoder drops it), else undefined: TextDecoder's `fatal`
 * decoding, which `fallback` does where Node has no ICU.
 */
export function decodeUtf8(bytes: Uint8Array, fallback: (bytes: Uint8Array) => string): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  if (typeof transcode !== 'function') return fallback(bytes);
  const text = transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** text as UTF-8: Buffer.from(text), a lone surrogate written as U+FFFD as there (ICU refuses one). */
export function encodeUtf8(text: string): Buffer {
  if (typeof transcode === 'function') {
    try {
      return transcode(Buffer.from(text, 'utf16le'), 'utf16le', 'utf8');
    } catch {
      // a lone surrogate
    }
  }
  return Buffer.from(text);
}
