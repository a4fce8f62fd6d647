// Start-up: the command's bundle as pure ASCII. Past its first non-ASCII byte
// a file is decoded from UTF-8 at about 100 MB/s into a two-byte string, so a
// few dozen such characters cost every run of the command a 2 MB string and
// a few milliseconds. esbuild already escapes them in string literals; what
// it leaves is in comments, regular expression literals and String.raw
// templates. A String.raw template without substitutions becomes the string
// literal of its value; any other such character becomes a \u unicodeEscape, which
// means the same character in a comment and in a regular expression (with the
// u flag too, an escaped surrogate pair reads as one character).

/** The same program as `code`, in ASCII; throws where it cannot tell that the meaning stays. */
export function asciiBundle(code) {
  const out = rawTemplatesAsStrings(code).replace(/[^\x00-\x7f]/g, (ch, at, text) => {
    let backslashes = 0;
    while (text[at - 1 - backslashes] === '\\') backslashes++;
    // After an odd run of backslashes the character is itself escaped: \u would change what it means.
    if (backslashes % 2 === 1) throw new Error(`ascii-bundle: an escaped non-ASCII character at offset ${at}`);
    if (/[\u2028\u2029\ufeff]/.test(ch)) throw new Error(`ascii-bundle: a line or byte-order mark at offset ${at}`);
    return unicodeEscape(ch);
  });
  return out;
}

const unicodeEscape = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** String.raw`…` (no substitutions) as the string literal of its value, JSON-escaped to ASCII. */
function rawTemplatesAsStrings(code) {
  const OPEN = 'String.raw`';
  let out = '';
  let from = 0;
  for (let at = code.indexOf(OPEN); at !== -1; at = code.indexOf(OPEN, from)) {
    let i = at + OPEN.length;
    while (code[i] !== '`') {
      if (i >= code.length) throw new Error(`ascii-bundle: an unclosed String.raw template at offset ${at}`);
      if (code[i] === '$' && code[i + 1] === '{') throw new Error(`ascii-bundle: a String.raw template with a substitution at offset ${at}`);
      i += code[i] === '\\' ? 2 : 1;
    }
    // A raw template's value is its source text, with \r\n and \r read as \n. One
    // literal per line, joined by +, so that the lines below keep their numbers (source map).
    const lines = code.slice(at + OPEN.length, i).replace(/\r\n?/g, '\n').split('\n');
    const literals = lines.map((line, k) => JSON.stringify(k < lines.length - 1 ? `${line}\n` : line).replace(/[^\x00-\x7f]/g, unicodeEscape));
    out += `${code.slice(from, at)}(${literals.join(' +\n')})`;
    from = i + 1;
  }
  return out + code.slice(from);
}
