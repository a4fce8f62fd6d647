// Incremental relint for the language server: an edit changes one or two
// blocks of a long draft, so the findings of block-local checks (what a rule
// finds in a block depends on that block alone, on the document's kind,
// product, facts and speakers, and on what its kind's blockContext names:
// spelling's accepted words) are kept per block, and only blocks without
// kept findings are checked again. A block is recognised by its text, the
// layout of its source (offsets relative to its first character) and which
// characters differ from the source (normalised ones: fixes are only offered
// where source and text agree); kept findings are moved to where it is now.
import type { Block, ProseDocument } from './document/index.js';
import type { RuleDef } from './packs/model.js';
import type { CheckContext, CheckKind, RawFinding } from './checks/index.js';
import { BoundedCache } from './memo.js';
import { startOf } from './document/markdown.js';

/** Checks whose findings in a block depend on that block only. */
export const BLOCK_LOCAL_CHECKS = new Set(['claim', 'juxtaposed', 'forbidden', 'near-miss', 'spelling']);

/**
 * One block's kept findings: what they were made under and, by rule (owner
 * and context fix the list of rules, so by index), relative to the block's
 * first source offset.
 */
interface Kept {
  layout: Int32Array;
  differs: string;
  owner: object;
  context: string;
  byRule: (RawFinding[] | undefined)[];
  /** How many rules' findings are kept, and the rules among them with findings (most blocks have none). */
  done: number;
  some: number[];
  /** What each rule's findings were made under besides owner and context (CheckKind.blockContext), joined. */
  extras: string[] | undefined;
  extrasKey: string;
  /** Changed whenever byRule is. */
  version: number;
}

/** A block's kept findings moved to its base, by rule as in `some`: reused while the block stays where it is. */
interface Placed {
  k: Kept;
  version: number;
  base: number;
  lists: RawFinding[][];
}

/** By block text: a few variants (the same sentence may sit in a list and in a table). */
const kept = new BoundedCache<string, Kept[]>(20_000);

interface Shape {
  base: number;
  layout: Int32Array;
  differs: string;
}

function shapeOf(b: Block, source: string): Shape {
  const base = startOf(b);
  const layout = new Int32Array(b.offsets.length);
  let differs = '';
  for (let i = 0; i < layout.length; i++) {
    const at = b.at(i);
    layout[i] = at - base;
    if (source.charCodeAt(at) !== b.text.charCodeAt(i)) differs += `${i},`;
  }
  return { base, layout, differs };
}

function sameLayout(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function find(b: Block, shape: Shape, owner: object, context: string): Kept | undefined {
  return kept.get(b.text)?.find((k) => k.owner === owner && k.context === context && k.differs === shape.differs && sameLayout(k.layout, shape.layout));
}

function moved(f: RawFinding, by: number): RawFinding {
  if (by === 0) return f;
  const range = (r: [number, number]): [number, number] => [r[0] + by, r[1] + by];
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fix: f.fix && { ...f.fix, range: range(f.fix.range) },
    suggestions: f.suggestions?.map((s) => ({ ...s, fix: { ...s.fix, range: range(s.fix.range) } })),
    ...(f.sentence ? { sentence: range([f.sentence[0], f.sentence[1]]) } : {}),
  };
}

/** Apart from runBlockLocal: a closure there would make it allocate a context per block. */
function placedAt(k: Kept, base: number): Placed {
  return { k, version: k.version, base, lists: k.some.map((r) => k.byRule[r]!.map((f) => moved(f, base))) };
}

/** Lowest and highest source offset of a block's text (offsets need not be monotonic after normalising). */
function sourceSpan(b: Block): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < b.offsets.length; i++) {
    const o = b.at(i);
    if (o < lo) lo = o;
    if (o > hi) hi = o;
  }
  return [lo, hi + 1];
}

export interface BlockLocalRule {
  def: RuleDef;
  kind: CheckKind<unknown>;
  compiled: unknown;
}

/** Drops a kept entry's findings of the rules whose blockContext changed (a words directive edited). */
function refresh(k: Kept, extras: string[], extrasKey: string): void {
  for (let r = 0; r < extras.length; r++) {
    if (k.byRule[r] === undefined || (k.extras?.[r] ?? '') === extras[r]) continue;
    k.byRule[r] = undefined;
    k.version++;
    k.done--;
    k.some = k.some.filter((x) => x !== r);
  }
  k.extras = extras;
  k.extrasKey = extrasKey;
}

/**
 * Runs block-local rules: kept findings for unchanged blocks, each check
 * itself on the other blocks only. `owner` (the rule set) and `context`
 * must name everything besides the block that the findings depend on.
 * A rule that throws gives its error instead of findings.
 */
export function runBlockLocal(rules: BlockLocalRule[], ctx: CheckContext, owner: object, context: string): Map<RuleDef, RawFinding[] | Error> {
  const { doc } = ctx;
  let extras: string[] | undefined;
  for (let r = 0; r < rules.length; r++) {
    const extra = rules[r].kind.blockContext?.(ctx);
    if (extra) (extras ??= rules.map(() => ''))[r] = extra;
  }
  const extrasKey = extras ? extras.join('\0') : '';
  const found: RawFinding[][] = rules.map(() => []);
  const fresh: Block[][] = rules.map(() => []);
  const usable = (k: Kept | undefined): k is Kept => k !== undefined && k.owner === owner && k.context === context;
  // Index loops here: these run per block at every keystroke, and for-of allocates where V8 has not optimised.
  for (let n = 0; n < doc.blocks.length; n++) {
    const b = doc.blocks[n];
    // The same block object as in the last lint, or a copy of the same
    // remembered chunk prose placed elsewhere, needs no comparing.
    let k = b.kept as Kept | undefined;
    if (!usable(k) && b.origin && usable(b.origin.kept as Kept | undefined)) b.kept = k = b.origin.kept as Kept;
    if (!usable(k)) {
      const shape = shapeOf(b, doc.source);
      k = find(b, shape, owner, context);
      if (!k) {
        k = { layout: shape.layout, differs: shape.differs, owner, context, byRule: [], done: 0, some: [], extras, extrasKey, version: 0 };
        const variants = kept.get(b.text) ?? [];
        if (variants.length >= 4) variants.shift();
        variants.push(k);
        kept.set(b.text, variants);
      }
      b.kept = k;
      if (b.origin) b.origin.kept = k;
    }
    if (k.extrasKey !== extrasKey) refresh(k, extras ?? rules.map(() => ''), extrasKey);
    const base = startOf(b);
    if (k.done === rules.length) {
      // Every rule's findings kept: only those of the rules that found something,
      // moved as in the last lint when the block has not moved since (those before the edit).
      if (!k.some.length) continue;
      let p = b.placed as Placed | undefined;
      if (!p || p.k !== k || p.version !== k.version || p.base !== base) {
        b.placed = p = placedAt(k, base);
      }
      for (let s = 0; s < k.some.length; s++) {
        const list = p.lists[s];
        const to = found[k.some[s]];
        for (let i = 0; i < list.length; i++) to.push(list[i]);
      }
      continue;
    }
    for (let r = 0; r < rules.length; r++) {
      const hit = k.byRule[r];
      if (!hit) fresh[r].push(b);
      else for (let i = 0; i < hit.length; i++) found[r].push(moved(hit[i], base));
    }
  }
  const results = new Map<RuleDef, RawFinding[] | Error>();
  rules.forEach((rule, r) => {
    results.set(rule.def, found[r]);
    const blocks = fresh[r];
    if (!blocks.length) return;
    let more: RawFinding[];
    try {
      more = rule.kind.run(rule.compiled, rule.def, { ...ctx, doc: { ...doc, blocks } satisfies ProseDocument });
    } catch (e) {
      results.set(rule.def, e as Error);
      return;
    }
    found[r].push(...more);
    keep(r, blocks, more);
  });
  return results;
}

/** Keeps each finding with the block it lies in; one that lies in none means this rule's findings are not kept. */
function keep(r: number, blocks: Block[], found: RawFinding[]): void {
  const byBlock = blocks.map((): RawFinding[] => NONE);
  if (found.length) {
    const spans = blocks.map(sourceSpan);
    for (const f of found) {
      const i = spans.findIndex(([lo, hi]) => lo <= f.start && f.end <= hi);
      if (i === -1) return;
      if (byBlock[i] === NONE) byBlock[i] = [];
      byBlock[i].push(moved(f, -startOf(blocks[i])));
    }
  }
  blocks.forEach((b, i) => {
    const k = b.kept as Kept;
    // The same kept entry may serve two blocks of this run (the same text and layout twice).
    if (k.byRule[r] === undefined) k.done++;
    k.version++;
    if (byBlock[i] !== NONE && !k.some.includes(r)) k.some.push(r);
    k.byRule[r] = byBlock[i];
  });
}

// Most blocks hold no findings: one shared empty list.
const NONE: RawFinding[] = Object.freeze([]) as unknown as RawFinding[];
