// `npm run eval`: lints the labelled corpus in test/corpus/<part>/ and prints
// precision and recall per rule family, then every miss and false finding.
//
//   node server/out/eval.mjs [--part tune|dev|…|final2|tuned|all] [--except p1,p2] [--family X] [--json] [--quiet] [--rules-only]
//
// --except leaves parts out of tuned or all: parts not yet scored untouched stay unread while tuning on the rest.
//
// Parts: tune (tuned on from the start), then parts each written by someone
// who saw none of the others, scored once untouched and then tuned on. Their
// untouched scores, with the commit each was scored at, are the table in
// README.md (Judgement), kept there only. HELD_BACK and RESERVED below name
// the parts nobody has read yet.
// `--part tuned` is every part but HELD_BACK and RESERVED.
//
// Sentence items (one YAML file per family) are scored per family: an item is
// a true positive for a family when it is labelled with one of the family's
// rules and at least one finding (error or warning) of one of them is reported,
// a miss when labelled but not found, a false finding when found but not
// labelled. Documents (documents.yaml) are scored per listed disclosure id,
// and, when their writer labelled the sentence rules a whole document breaks
// (`labels`), per family as sentence items are.
// Exit status: 0, or 2 when the corpus is malformed (file and item named).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { lintText, resolveConfig, DOCUMENT_KINDS, PRODUCT_TYPES, type Finding } from '../server/src/engine/index.js';

export const PARTS = ['tune', 'dev', 'dev2', 'dev3', 'dev4', 'holdout', 'dev5', 'dev6', 'dev7', 'final', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'final2', 'dev13', 'dev14', 'final3', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'final4', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'dev34', 'dev35', 'dev36', 'dev37', 'dev38', 'dev39', 'dev40', 'final5', 'final6', 'final7', 'dev41', 'dev42', 'dev43', 'dev44', 'final8', 'dev45', 'dev46', 'dev47', 'dev48', 'final9', 'final10', 'dev49', 'dev50', 'dev51', 'final11', 'dev52', 'dev53', 'dev54', 'final12', 'dev55', 'dev56', 'dev57', 'final13', 'dev58', 'dev59', 'dev60', 'dev61', 'dev62', 'dev63', 'dev64', 'dev65', 'dev66', 'final14', 'dev67', 'dev68', 'dev69', 'dev70', 'dev71', 'dev72', 'dev73', 'dev74', 'dev75', 'dev76', 'dev77', 'dev78', 'dev79', 'dev80', 'dev81', 'dev82', 'dev83', 'dev84', 'final15', 'dev85', 'dev86', 'dev87', 'dev88', 'dev89', 'dev90', 'dev91', 'dev92', 'dev93', 'dev94', 'dev95', 'dev96', 'dev97', 'dev98', 'dev99', 'final16', 'dev100', 'dev101', 'dev102', 'dev103', 'final17', 'dev104', 'dev105', 'dev106', 'dev107', 'dev108', 'final18', 'dev109', 'dev110', 'dev111', 'dev112', 'dev113', 'dev114', 'dev115', 'dev116', 'dev117', 'dev118', 'dev119', 'final19', 'dev120', 'dev121', 'dev122', 'dev123', 'dev124', 'final20', 'dev125', 'dev126', 'dev127', 'dev128', 'dev129', 'final21', 'dev130', 'dev131', 'dev132', 'dev133', 'final22', 'dev134', 'dev135', 'dev136', 'dev137', 'dev138', 'dev139', 'dev140', 'dev141', 'final23', 'dev142', 'dev143', 'dev144', 'dev145', 'dev146', 'dev147', 'dev148', 'dev149', 'dev150', 'dev151', 'dev152', 'dev153', 'dev154', 'dev155', 'dev156', 'dev157', 'dev158', 'dev159', 'dev160', 'dev161', 'dev162', 'dev163', 'dev164', 'dev165', 'dev166', 'dev167', 'dev168', 'dev169', 'dev170', 'dev171', 'dev172', 'dev173', 'dev174', 'dev175', 'dev176', 'dev177', 'dev178', 'dev179', 'dev180', 'dev181', 'dev182', 'dev183', 'dev184', 'final24', 'dev185', 'dev186', 'dev187', 'dev188', 'dev189', 'dev190', 'final25', 'dev191', 'dev192', 'dev195', 'dev196', 'dev193', 'dev194', 'dev197', 'dev198', 'dev202', 'dev199', 'dev200', 'dev201', 'dev203', 'dev204', 'dev205', 'dev206', 'dev207', 'dev208', 'dev209', 'dev210', 'dev211', 'dev212', 'dev213', 'dev214', 'dev215', 'dev216', 'dev217', 'final26', 'dev218', 'dev219', 'dev220', 'dev221', 'dev222', 'dev223', 'dev224', 'dev225', 'final27', 'dev226', 'dev227', 'dev228', 'dev229', 'final28', 'dev230', 'dev231', 'dev232', 'dev233', 'final29', 'dev234', 'dev235', 'dev236', 'dev237', 'final30', 'dev238', 'dev239', 'dev240', 'dev241', 'dev242', 'dev243', 'dev244', 'dev245', 'final31', 'dev246', 'dev247', 'dev248', 'dev249', 'dev250', 'dev251', 'dev252', 'dev253', 'dev254', 'dev255', 'dev256', 'dev257', 'dev258', 'dev259', 'dev260', 'dev261', 'dev262', 'dev263', 'final32', 'dev264', 'dev265', 'dev266', 'dev267', 'final33', 'dev268', 'dev269', 'dev270', 'dev271', 'final34', 'dev272', 'dev273', 'dev274', 'dev275', 'final35', 'dev276', 'dev277', 'dev278', 'dev279', 'dev280', 'dev281', 'dev282', 'dev283', 'final36', 'final37', 'dev284', 'dev285', 'dev286', 'dev287', 'final38', 'dev288', 'dev289', 'dev290', 'dev291', 'dev292', 'dev293', 'final39', 'dev294', 'dev295', 'dev296', 'dev297', 'dev298', 'dev299', 'dev300', 'dev301', 'final40', 'dev302', 'dev303', 'dev304', 'dev305', 'final41', 'dev306', 'dev307', 'dev308', 'dev309', 'final42', 'dev310', 'dev311', 'dev312', 'dev313', 'dev314', 'dev315', 'dev316', 'dev317', 'final43', 'dev318', 'dev319', 'final44', 'dev320', 'dev321', 'dev322', 'dev323', 'dev324', 'dev325', 'final45', 'dev326', 'dev327', 'dev328', 'dev329', 'dev330', 'dev331', 'final46', 'dev332', 'dev333', 'dev334', 'dev335', 'dev336', 'dev337', 'dev338', 'dev339', 'final47', 'dev340', 'dev341', 'dev342', 'dev343', 'dev344', 'dev345', 'dev346', 'dev347', 'dev348', 'dev349', 'dev350', 'dev351', 'dev352', 'dev353', 'dev354', 'dev355', 'dev356', 'dev357', 'dev358', 'dev359', 'dev360', 'dev361', 'dev362', 'dev363', 'dev364', 'dev365', 'dev366', 'dev367', 'dev368', 'dev369', 'dev370', 'dev371', 'dev372', 'dev373', 'dev374', 'dev375', 'dev376', 'dev377', 'dev378', 'dev379', 'dev380', 'dev381', 'dev382', 'dev383', 'dev384', 'dev385', 'dev386', 'dev387', 'dev388', 'dev389', 'dev390', 'dev391', 'dev392', 'dev393', 'dev394', 'dev395', 'final48', 'dev396', 'dev397', 'dev398', 'dev399', 'dev400', 'dev401', 'dev402', 'dev403', 'dev404', 'dev405', 'final49', 'dev406', 'dev407', 'dev408', 'dev409', 'dev410', 'dev411', 'dev412'] as const;
export type Part = (typeof PARTS)[number];
/** The part scored once, untouched, at the end of a round of tuning. */
export const HELD_BACK: Part = 'final47';
/** Written for a later round and unread: left out of `tuned` like HELD_BACK. */
export const RESERVED: readonly Part[] = ['final48', 'final49'];
/** A document's kind when its text goes in without one (the engine infers it, as for a real text that names none). */
const INFERRED = 'inferred';
/** Parts that tuning may read. */
export const isTunable = (p: Part): boolean => p !== HELD_BACK && !RESERVED.includes(p);

/** Rule families of sentence items, and the rule ids each one scores. */
export const FAMILIES: Record<string, readonly string[]> = {
  deposit: ['deposit-wording', 'principal-interest-wording'],
  comparison: ['return-comparison', 'juxtaposed-rates'],
  guarantee: ['guaranteed-return'],
  exaggeration: ['exaggerated-return'],
  pressure: ['pressure-selling'],
  inducement: ['inducement'],
  bank: ['bank-as-originator', 'bank-name'],
  conduct: ['proxy-signing', 'expert-endorsement'],
};
export const SENTENCE_RULES: readonly string[] = Object.values(FAMILIES).flat();
export const DISCLOSURE_RULES: readonly string[] = [
  'insurer-is-underwriter', 'cooling-off', 'coverage', 'callback', 'fee-deduction', 'surrender-cost',
  'complaint-channel', 'benefit-uncertainty', 'phone-consent', 'phone-recording', 'phone-seller-identity', 'phone-is-insurance',
];
/** The family each sentence rule is scored in. */
export const FAMILY_OF_RULE: ReadonlyMap<string, string> = new Map(Object.entries(FAMILIES).flatMap(([family, rules]) => rules.map((r) => [r, family] as const)));

export interface SentenceItem {
  part: Part;
  file: string;
  family: string;
  id: string;
  text: string;
  labels: string[];
  kind: string;
  note?: string;
}

export interface DocumentItem {
  part: Part;
  file: string;
  id: string;
  kind: string;
  product?: string;
  text: string;
  present: string[];
  missing: string[];
  notApplicable: string[];
  /** The sentence rules the whole document breaks, when its writer labelled them ([] for none); scored per family as sentences are. */
  labels?: string[];
}

export interface Corpus {
  sentences: SentenceItem[];
  documents: DocumentItem[];
}

export class CorpusError extends Error {
  constructor(readonly file: string, readonly itemId: string | undefined, problem: string) {
    super(`${file}${itemId ? `: ${itemId}` : ''}: ${problem}`);
  }
}

/** test/corpus, found from the script's own place (server/out or scripts/) or the working directory. */
export function corpusRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'test', 'corpus');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return resolve('test', 'corpus');
    dir = parent;
  }
}

export function existingParts(root = corpusRoot()): Part[] {
  return PARTS.filter((p) => existsSync(join(root, p)));
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Reads and validates one part; throws CorpusError naming the file and item. */
export function loadPart(part: Part, root = corpusRoot()): Corpus {
  const dir = join(root, part);
  const corpus: Corpus = { sentences: [], documents: [] };
  const seen = new Map<string, string>();
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  for (const name of files) {
    const file = join(part, name);
    const stem = name.replace(/\.ya?ml$/, '');
    if (stem !== 'documents' && !(stem in FAMILIES)) {
      throw new CorpusError(file, undefined, `unknown family file (expected one of ${[...Object.keys(FAMILIES), 'documents'].join(', ')})`);
    }
    let data: unknown;
    try {
      data = parse(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      throw new CorpusError(file, undefined, `YAML: ${(e as Error).message}`);
    }
    const items = (data as { items?: unknown } | null)?.items;
    if (!Array.isArray(items)) throw new CorpusError(file, undefined, 'expected a top-level `items:` list');
    items.forEach((raw: unknown, index: number) => {
      const item = raw as Record<string, unknown>;
      const where = typeof item?.id === 'string' ? item.id : `item #${index + 1}`;
      const fail = (problem: string): never => {
        throw new CorpusError(file, where, problem);
      };
      const checkLabels = (labels: unknown): void => {
        if (!isStringList(labels)) fail('`labels` must be a list of rule ids ([] for compliant)');
        for (const label of labels as string[]) {
          if (!SENTENCE_RULES.includes(label)) fail(`unknown label “${label}” (known: ${SENTENCE_RULES.join(', ')})`);
        }
        if (new Set(labels as string[]).size !== (labels as string[]).length) fail('a label is listed twice');
      };
      if (!item || typeof item !== 'object') fail('not a mapping');
      if (typeof item.id !== 'string' || !item.id.trim()) fail('missing `id`');
      if (seen.has(item.id as string)) fail(`duplicate id (also in ${seen.get(item.id as string)})`);
      seen.set(item.id as string, file);
      if (typeof item.text !== 'string' || !item.text.trim()) fail('missing `text`');
      // `inferred`: the text goes in without a kind, as a real one often does, and the engine infers it (or not) from the content.
      if (item.kind !== undefined && item.kind !== INFERRED && !(DOCUMENT_KINDS as readonly string[]).includes(item.kind as string)) {
        fail(`unknown kind “${String(item.kind)}” (known: ${[...DOCUMENT_KINDS, INFERRED].join(', ')})`);
      }
      if (item.note !== undefined && typeof item.note !== 'string') fail('`note` must be a string');
      if (stem === 'documents') {
        if (item.kind === undefined) fail('a document needs `kind`');
        if (item.product !== undefined && !(PRODUCT_TYPES as readonly string[]).includes(item.product as string)) {
          fail(`unknown product “${String(item.product)}” (known: ${PRODUCT_TYPES.join(', ')})`);
        }
        const lists = { present: item.present ?? [], missing: item.missing ?? [], notApplicable: item.notApplicable ?? [] };
        const listed = new Set<string>();
        for (const [key, list] of Object.entries(lists)) {
          if (!isStringList(list)) fail(`\`${key}\` must be a list of disclosure rule ids`);
          for (const id of list as string[]) {
            if (!DISCLOSURE_RULES.includes(id)) fail(`unknown disclosure rule “${id}” in \`${key}\``);
            if (listed.has(id)) fail(`“${id}” is listed twice`);
            listed.add(id);
          }
        }
        if (listed.size === 0) fail('a document lists no disclosure ids');
        if (item.labels !== undefined) checkLabels(item.labels);
        corpus.documents.push({
          part, file, id: item.id as string, kind: item.kind as string, product: item.product as string | undefined,
          text: item.text as string, present: lists.present as string[], missing: lists.missing as string[],
          notApplicable: lists.notApplicable as string[], labels: item.labels as string[] | undefined,
        });
      } else {
        checkLabels(item.labels);
        corpus.sentences.push({
          part, file, family: stem, id: item.id as string, text: item.text as string,
          labels: item.labels as string[], kind: (item.kind as string | undefined) ?? 'promo', note: item.note as string | undefined,
        });
      }
    });
  }
  return corpus;
}

// ---------------------------------------------------------------------------
// Scoring

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Miss {
  part: Part;
  id: string;
  family: string;
  text: string;
  expected: string[];
}
export interface FalseFinding {
  part: Part;
  id: string;
  family: string;
  text: string;
  ruleId: string;
  severity: string;
  matched: string;
}
export interface Report {
  part: string;
  families: Record<string, Counts & { precision: number | null; recall: number | null }>;
  overall: Counts & { precision: number | null; recall: number | null };
  misses: Miss[];
  falseFindings: FalseFinding[];
  /** Documents labelled compliant (no sentence violation, no disclosure missing) and those given any finding above info by any rule, labelled or not. */
  compliantDocuments: { total: number; flagged: { part: string; id: string; rules: string[] }[] };
}

const config = resolveConfig(undefined, { noConfig: true });

function lintItem(text: string, kind: string, product?: string): { source: string; findings: Finding[] } {
  const head = [...(kind === INFERRED ? [] : [`kind: ${kind}`]), ...(product ? [`product: ${product}`] : [])];
  const source = head.length ? `---\n${head.join('\n')}\n---\n${text}\n` : `${text}\n`;
  const findings = lintText(source, { config, filePath: 'corpus.md' }).filter((f) => f.severity === 'error' || f.severity === 'warning');
  return { source, findings };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function score(corpus: Corpus, partName: string, onlyFamily?: string): Report {
  const counts: Record<string, Counts> = {};
  for (const f of [...Object.keys(FAMILIES), 'disclosure']) counts[f] = { tp: 0, fp: 0, fn: 0 };
  const misses: Miss[] = [];
  const falseFindings: FalseFinding[] = [];

  // Each document is linted once: its findings serve its disclosures and, when labelled, its families.
  const linted = new Map(corpus.documents.map((d) => [d, lintItem(d.text, d.kind, d.product)]));
  // A labelled document is scored like a sentence item: per family, reported anywhere in it or not.
  const items = [
    ...corpus.sentences.map((item) => ({ item, ...lintItem(item.text, item.kind) })),
    ...corpus.documents.filter((d) => d.labels !== undefined).map((d) => ({ item: { ...d, family: 'documents', labels: d.labels! }, ...linted.get(d)! })),
  ];
  for (const { item, source, findings } of items) {
    for (const [family, rules] of Object.entries(FAMILIES)) {
      const expected = item.labels.filter((l) => rules.includes(l));
      const found = findings.filter((f) => rules.includes(f.ruleId));
      if (expected.length > 0 && found.length > 0) counts[family].tp++;
      else if (expected.length > 0) {
        counts[family].fn++;
        misses.push({ part: item.part, id: item.id, family, text: item.text, expected });
      } else if (found.length > 0) {
        counts[family].fp++;
        for (const f of found) {
          falseFindings.push({
            part: item.part, id: item.id, family, text: item.text, ruleId: f.ruleId, severity: f.severity,
            matched: source.slice(f.start, f.end),
          });
        }
      }
    }
  }

  for (const doc of corpus.documents) {
    const { source, findings } = linted.get(doc)!;
    const reported = (id: string) => findings.filter((f) => f.ruleId === id);
    const c = counts.disclosure;
    for (const id of doc.missing) {
      if (reported(id).length > 0) c.tp++;
      else {
        c.fn++;
        misses.push({ part: doc.part, id: doc.id, family: 'disclosure', text: doc.text, expected: [id] });
      }
    }
    for (const id of [...doc.present, ...doc.notApplicable]) {
      const hits = reported(id);
      if (hits.length === 0) continue;
      c.fp++;
      for (const f of hits) {
        falseFindings.push({
          part: doc.part, id: doc.id, family: 'disclosure', text: doc.text, ruleId: f.ruleId, severity: f.severity,
          matched: f.scope === 'document' || f.start === f.end ? `（${doc.present.includes(id) ? '文中已有' : '不适用'}）` : source.slice(f.start, f.end),
        });
      }
    }
  }

  // The done-when line's own measure: a compliant document gets no finding above info, whichever rule makes it.
  const compliant = corpus.documents.filter((d) => d.labels !== undefined && d.labels.length === 0 && d.missing.length === 0);
  const compliantDocuments: Report['compliantDocuments'] = { total: compliant.length, flagged: [] };
  for (const doc of compliant) {
    const rules = [...new Set(linted.get(doc)!.findings.map((f) => f.ruleId))].sort();
    if (rules.length) compliantDocuments.flagged.push({ part: doc.part, id: doc.id, rules });
  }

  const families: Report['families'] = {};
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [family, c] of Object.entries(counts)) {
    if (onlyFamily && family !== onlyFamily) continue;
    families[family] = { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  const keep = <T extends { family: string }>(list: T[]) => (onlyFamily ? list.filter((m) => m.family === onlyFamily) : list);
  return {
    part: partName,
    families,
    overall: { ...total, precision: ratio(total.tp, total.tp + total.fp), recall: ratio(total.tp, total.tp + total.fn) },
    misses: keep(misses),
    falseFindings: keep(falseFindings),
    compliantDocuments,
  };
}

// ---------------------------------------------------------------------------
// Output

const fmt = (x: number | null) => (x === null ? '   —' : x.toFixed(2));
const oneLine = (s: string, max = 80) => {
  const flat = s.replace(/\s*\n\s*/g, '⏎').replace(/\u200b/g, '\\u200b');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

function printReport(r: Report, quiet: boolean): void {
  const rows = Object.entries(r.families).map(([family, c]) => [family, c.tp, c.fp, c.fn, fmt(c.precision), fmt(c.recall)]);
  rows.push(['overall', r.overall.tp, r.overall.fp, r.overall.fn, fmt(r.overall.precision), fmt(r.overall.recall)]);
  const header = ['family', 'TP', 'FP', 'FN', 'precision', 'recall'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(`policylint eval — part: ${r.part}`);
  console.log(line(header));
  rows.forEach((row, i) => {
    if (i === rows.length - 1) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    console.log(line(row));
  });
  const cd = r.compliantDocuments;
  console.log(`\nCompliant documents with a finding above info: ${cd.flagged.length} of ${cd.total}`);
  if (quiet) return;
  for (const d of cd.flagged) console.log(`  ${d.part}/${d.id}  ${d.rules.join(', ')}`);
  console.log(`\nMisses (${r.misses.length}):`);
  for (const m of r.misses) console.log(`  ${m.part}/${m.id}  [${m.expected.join(', ')}]  ${oneLine(m.text)}`);
  console.log(`\nFalse findings (${r.falseFindings.length}):`);
  for (const f of r.falseFindings) {
    console.log(`  ${f.part}/${f.id}  ${f.ruleId} (${f.severity}) “${oneLine(f.matched, 30)}”  ${oneLine(f.text)}`);
  }
}

function main(argv: string[]): number {
  let part = 'tune';
  let family: string | undefined;
  let except: string[] = [];
  let json = false;
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--json') json = true;
    else if (a === '--quiet') quiet = true;
    // The rules alone: on the parts it was trained on the claim model's score says nothing.
    else if (a === '--rules-only') config.settings.set('claim-model', { severity: 'off' });
    else if (a === '--part' || a.startsWith('--part=')) part = value();
    else if (a === '--family' || a.startsWith('--family=')) family = value();
    else if (a === '--except' || a.startsWith('--except=')) except = value().split(',');
    else if (a === '--help' || a === '-h') {
      console.log(`usage: npm run eval -- [--part ${PARTS.join('|')}|tuned|all] [--except p1,p2] [--family X] [--json] [--quiet] [--rules-only]\n` +
        '  tuned = every part except the held-back one (final); all = every part');
      return 0;
    } else {
      console.error(`eval: unknown option ${a}`);
      return 2;
    }
  }
  if (![...PARTS, 'tuned', 'all'].includes(part)) {
    console.error(`eval: --part must be one of ${[...PARTS, 'tuned', 'all'].join(', ')} (got ${part})`);
    return 2;
  }
  const familyNames = [...Object.keys(FAMILIES), 'disclosure'];
  if (family !== undefined && !familyNames.includes(family)) {
    console.error(`eval: unknown family ${family} (known: ${familyNames.join(', ')})`);
    return 2;
  }
  const root = corpusRoot();
  let parts = part === 'all' ? existingParts(root)
    : part === 'tuned' ? existingParts(root).filter(isTunable)
    : [part as Part];
  const unknown = except.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length) {
    console.error(`eval: --except names unknown parts: ${unknown.join(', ')}`);
    return 2;
  }
  parts = parts.filter((p) => !except.includes(p));
  const corpus: Corpus = { sentences: [], documents: [] };
  try {
    for (const p of parts) {
      if (!existsSync(join(root, p))) throw new CorpusError(join(p, ''), undefined, `no such corpus part (${join(root, p)})`);
      const c = loadPart(p, root);
      corpus.sentences.push(...c.sentences);
      corpus.documents.push(...c.documents);
    }
  } catch (e) {
    if (e instanceof CorpusError) {
      console.error(`eval: malformed corpus: test/corpus/${e.message}`);
      return 2;
    }
    throw e;
  }
  const report = score(corpus, parts.join('+'), family);
  if (json) console.log(JSON.stringify(report, null, 2));
  else printReport(report, quiet);
  return 0;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href && basename(entry).startsWith('eval')) {
  process.exitCode = main(process.argv.slice(2));
}
