// HTML pages: the text a browser shows (hast-util-to-text's innerText, after
// dropping what is not rendered), each character mapped back to its offset in
// the source, so findings get the source's line:column and fixes can be
// written into the page where they fall inside one run of text.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes, Root, Text } from 'hast';
import type { MappedProse } from '../engine/index.js';
import { LineIndex } from '../engine/text/positions.js';
import type { OriginalLocation } from '../engine/types.js';
import { contextOf } from './types.js';

const parser = unified().use(rehypeParse);

// Never rendered (hast-util-to-text drops these too; dropped here first so the
// text nodes collected below are exactly the ones it reads).
const HIDDEN_TAGS = new Set(['head', 'script', 'style', 'noscript', 'template', 'title', 'iframe', 'object', 'svg', 'datalist', 'rp']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$|!)/i;

function hidden(el: Element): boolean {
  if (HIDDEN_TAGS.has(el.tagName) || el.properties?.hidden) return true;
  const style = el.properties?.style;
  return typeof style === 'string' && HIDDEN_STYLE.test(style);
}

/** Removes what a browser does not show; collects the shown text nodes in order. */
function prune(node: Root | Element, texts: Text[]): void {
  node.children = node.children.filter((c) => !(c.type === 'element' && hidden(c)) && c.type !== 'comment');
  for (const c of node.children) {
    if (c.type === 'text') texts.push(c);
    else if (c.type === 'element') prune(c, texts);
  }
}

/** Source offset of each character of a text node's (decoded) value. */
function nodeOffsets(node: Text, source: string, out: number[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const value = node.value;
  if (start === undefined || end === undefined) {
    for (let k = 0; k < value.length; k++) out.push(out.length ? out[out.length - 1] : 0);
    return;
  }
  const raw = source.slice(start, end);
  if (raw === value) {
    for (let k = 0; k < value.length; k++) out.push(start + k);
    return;
  }
  // Character references (&amp; &#20445;) and CRLF: walk both strings.
  let j = 0;
  for (let k = 0; k < value.length; k++) {
    while (raw[j] === '\r' && value[k] !== '\r') j++;
    let ref = raw[j] === '&' ? REFERENCE.exec(raw.slice(j, j + 40)) : null;
    // “R&D”: a bare ampersand stands for itself.
    if (ref && !ref[0].endsWith(';') && value[k] === '&') ref = null;
    if (!ref && raw[j] === value[k]) {
      out.push(start + j++);
    } else if (ref) {
      out.push(start + j);
      const next = j + ref[0].length;
      // An astral character from one reference takes two code units.
      if (/[\uD800-\uDBFF]/.test(value[k]) && k + 1 < value.length) out.push(start + j), k++;
      j = next;
    } else {
      out.push(start + Math.min(j, raw.length - 1));
      j++;
    }
  }
}

const REFERENCE = /^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/i;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** The visible text of an HTML source, mapped to source offsets. */
export function htmlProse(source: string): MappedProse {
  const tree = parser.parse(source) as Root;
  const texts: Text[] = [];
  prune(tree, texts);
  const text = toText(tree as Nodes);
  // Every non-space character of innerText is, in order, a character of a shown text node.
  const chars: number[] = [];
  let all = '';
  for (const t of texts) {
    nodeOffsets(t, source, chars);
    all += t.value;
  }
  const offsets = new Int32Array(text.length);
  let j = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!/\s/.test(ch)) {
      let k = j;
      while (k < all.length && all[k] !== ch) k++;
      if (k < all.length) {
        j = k + 1;
        last = chars[k];
        offsets[i] = last;
        continue;
      }
    }
    // Collapsed or inserted white space: just after the character before it.
    offsets[i] = last + (i > 0 ? 1 : 0);
  }
  const inText = new Set<number>(chars);
  return {
    text,
    offsets,
    // Only inside one run of text: nothing between start and end is markup or a character reference.
    canFix(start, end) {
      if (!inText.has(start) && !(start === end && inText.has(start - 1))) return false;
      if (end > start && !inText.has(end - 1)) return false;
      return !/[<&]/.test(source.slice(start, end));
    },
    escape: (s) => s.replace(/[&<>]/g, (c) => escapes[c]),
  };
}

/** line:column of the source, with the visible text around it. */
export function htmlLocator(source: string, prose: MappedProse): (start: number, end: number) => OriginalLocation {
  let index: LineIndex | undefined;
  return (start, end) => {
    index ??= new LineIndex(source);
    const { line, column } = index.position(start);
    // The first shown character at or after start (offsets only grow).
    let lo = 0;
    let hi = prose.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (prose.offsets[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    let to = lo;
    while (to < prose.text.length && prose.offsets[to] < end) to++;
    const lineStart = prose.text.lastIndexOf('\n', lo - 1) + 1;
    const lineEnd = prose.text.indexOf('\n', to) === -1 ? prose.text.length : prose.text.indexOf('\n', to);
    const context = contextOf(prose.text.slice(lineStart, lineEnd), lo - lineStart, to - lineStart);
    return { label: `第 ${line} 行第 ${column} 列`, line, column, context };
  };
}
