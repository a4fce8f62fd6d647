// Turns source text into a ProseDocument: front matter, prose blocks, directives.
import { readFrontMatter } from './front-matter.js';
import { markdownBlocks } from './markdown.js';
import { textBlocks } from './plain.js';
import { findDirectives } from './directives.js';
import { mappedBlocks, type MappedProse } from './mapped.js';
import type { ProseDocument } from './model.js';
import { noteProseBlocks } from '../prose-literals.js';

export type { Block, Directive, FrontMatter, ProseDocument } from './model.js';
export type { MappedProse } from './mapped.js';

export function formatOf(filePath: string | undefined): 'markdown' | 'text' {
  return filePath && /\.txt$/i.test(filePath) ? 'text' : 'markdown';
}

/** `fast: false` reads Markdown with remark alone; `cutAtHeadings: false` reads each chunk whole (tests compare the roads). */
export function parseProse(source: string, format: 'markdown' | 'text', options: { fast?: boolean; cutAtHeadings?: boolean } = {}): ProseDocument {
  const frontMatter = readFrontMatter(source);
  const from = frontMatter?.end ?? 0;
  // A directive shown inside a fenced code block is an example, not a directive.
  const fences: [number, number][] = [];
  const blocks = format === 'markdown' ? markdownBlocks(source, from, options, fences) : textBlocks(source, from);
  const directives = findDirectives(source, from).filter((d) => !fences.some(([s, e]) => s <= d.start && d.end <= e));
  return { source, format, frontMatter, blocks, directives };
}

/**
 * A document whose prose a reader extracted (HTML): blocks from the mapped
 * text, directives from comments in the source, no front matter.
 */
export function parseMappedProse(source: string, prose: MappedProse): ProseDocument {
  return { source, format: 'text', frontMatter: null, blocks: mappedBlocks(prose), directives: findDirectives(source, 0) };
}

const prose = new WeakMap<ProseDocument, string>();

/** All prose of a document in one string (blocks joined by line breaks). */
export function proseOf(doc: ProseDocument): string {
  let text = prose.get(doc);
  if (text === undefined) prose.set(doc, (text = doc.blocks.map((b) => b.folded).join('\n')));
  noteProseBlocks(text, doc.blocks);
  return text;
}
