// Reads a YAML (or JSON) file and checks it against a JSON Schema, reporting
// every problem with the file, line and column where it is.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LineCounter, parseDocument, isMap, isNode, isScalar, visit, type Document } from 'yaml';
import { DATA_FILE_LIMIT, readBoundedText } from '../fs/read-bounded.js';
import { ConfigError } from './types.js';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { lazyModule } from './lazy-module.js';
import { resourcePath } from './resources.js';
import type { SourceError } from './types.js';

// Made on first use (a run without config file or user pack needs none). The
// schemas are ours and tested (test/engine/startup.test.ts): checking them
// against JSON Schema's meta-schema on every start cost more than compiling them.
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

export function schemaValidator(name: 'rule-pack' | 'config'): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    const text = readFileSync(resourcePath('rules', 'schema', `${name}.schema.json`), 'utf8');
    v = precompiled(name, text) ?? undefined;
    if (!v) {
      ajv ??= new (lazyModule<typeof import('ajv')>('ajv').Ajv)({ allErrors: true, verbose: true, strict: false, validateSchema: false, meta: false });
      v = ajv.compile(JSON.parse(text));
    }
    validators.set(name, v);
  }
  return v;
}

/** The validator scripts/build.mjs generated for this very schema text, or null (then Ajv compiles it). */
function precompiled(name: string, text: string): ValidateFunction | null {
  const file = resourcePath('server', 'out', 'validators', `${name}.cjs`);
  if (!existsSync(file)) return null;
  try {
    const mod = createRequire(import.meta.url)(file) as { default?: ValidateFunction; schemaText?: string };
    return mod.schemaText === text && typeof mod.default === 'function' ? mod.default : null;
  } catch {
    return null;
  }
}

/** A file's stamp for the memo of configs and packs (data-memo.ts). Size, times and inode: an edit, a replaced file or a touch changes it. */
export function fileStamp(file: string): string {
  const s = statSync(file);
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}

/** The stamp of a schema, part of a memo key (data-memo.ts). */
export function schemaStamp(name: 'config' | 'rule-pack'): string {
  return fileStamp(resourcePath('rules', 'schema', `${name}.schema.json`));
}

/** Nesting no config or pack needs; deeper input gives hundreds of parser stack overflows, one per level. */
const MAX_NESTING = 200;

function nestingTooDeep(text: string): boolean {
  let depth = 0;
  for (const line of text.split('\n')) {
    const block = /^(?:[ \t]*[-?:][ \t]+)+/.exec(line);
    if (block && block[0].replace(/[^-?:]/g, '').length > MAX_NESTING) return true;
    for (const ch of line) {
      if (ch === '[' || ch === '{') depth++;
      else if ((ch === ']' || ch === '}') && depth > 0) depth--;
      if (depth > MAX_NESTING) return true;
    }
  }
  return false;
}

export class YamlSource {
  readonly doc: Document;
  private readonly lines = new LineCounter();
  readonly errors: SourceError[] = [];
  private value: unknown;

  constructor(readonly file: string, readonly text: string) {
    const deep = nestingTooDeep(text);
    this.doc = parseDocument(deep ? '' : text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    if (deep) {
      this.errors.push({ file, line: 1, column: 1, message: `YAML 嵌套超过 ${MAX_NESTING} 层，未读取` });
      return;
    }
    for (const e of this.doc.errors) {
      this.errors.push({ ...this.at(e.pos[0]), file, message: `YAML 语法错误：${e.message.split('\n')[0]}` });
    }
    if (this.errors.length) return;
    try {
      // maxAliasCount bounds what aliases may expand to (a "billion laughs" file).
      this.value = this.doc.toJS({ maxAliasCount: 100 });
    } catch {
      this.errors.push({ file, ...this.firstAlias(), message: 'YAML 别名（*引用）展开后过大，疑似“别名炸弹”，未读取' });
    }
  }

  private firstAlias(): { line: number; column: number } {
    let at = { line: 1, column: 1 };
    visit(this.doc, {
      Alias: (_, node) => {
        if (node.range) at = this.at(node.range[0]);
        return visit.BREAK;
      },
    });
    return at;
  }

  /** The document as plain data; undefined when it has errors. */
  data(): unknown {
    return this.value;
  }

  /** Whether the text has any of these top-level keys (YAML or JSON), without trusting the parse. */
  mentionsKey(keys: string[]): boolean {
    // `root:$6$…` (a shadow line) is a plain scalar, not a key: a key's colon is followed by a space or the line end.
    return new RegExp(`^\\s*["']?(?:${keys.join('|')})["']?\\s*:(?:\\s|$)`, 'm').test(this.text);
  }

  at(offset: number): { line: number; column: number } {
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }

  /** Location of the node at a path such as ['rules', 3, 'phrases', 2]. */
  locate(path: (string | number)[]): { line: number; column: number } {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return this.at(node.range[0]);
    }
    return { line: 1, column: 1 };
  }

  /** Location of the key of a mapping entry, e.g. ['rules', 'deposit-wording'] → where `deposit-wording:` is. */
  locateKey(path: (string | number)[]): { line: number; column: number } {
    const parent = this.doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === path[path.length - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return this.at(pair.key.range[0]);
    }
    return this.locate(path);
  }

  error(path: (string | number)[], message: string): void {
    this.errors.push({ file: this.file, ...this.locate(path), message });
  }

  /** Validates against a schema; adds one error per problem, most specific first. */
  validate(validator: ValidateFunction): boolean {
    if (this.errors.length) return false;
    if (validator(this.data())) return true;
    for (const e of pickErrors(validator.errors ?? [], this.data())) {
      const path = pointerParts(e.instancePath).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      this.error(path, describe(e));
    }
    return false;
  }
}

/**
 * oneOf/anyOf produce one error per branch; keep the deepest per location.
 * Where the branches differ only in required fields (a role needs a kind, a
 * product, or quiets with because), the branch the entry has begun is the one
 * meant: a role with quiets but no because is told it lacks because, not kind.
 */
function pickErrors(errors: ErrorObject[], data: unknown): ErrorObject[] {
  const useful = meantBranches(
    errors.filter((e) => !['oneOf', 'anyOf', 'if'].includes(e.keyword)),
    data,
  );
  const list = useful.length ? useful : errors;
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = e.instancePath + (e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : e.keyword === 'required' ? String(e.params.missingProperty) : '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const BRANCH_REQUIRED = /^(.*\/(?:oneOf|anyOf)\/\d+)\/required$/;

/**
 * Of the required-field errors of one entry's oneOf branches, those of the
 * branch with the most of its required fields present, when it has any; else
 * every branch's (the message then names each alternative).
 */
function meantBranches(errors: ErrorObject[], data: unknown): ErrorObject[] {
  const byEntry = new Map<string, Map<string, ErrorObject[]>>();
  for (const e of errors) {
    const m = e.keyword === 'required' ? BRANCH_REQUIRED.exec(e.schemaPath) : null;
    if (!m) continue;
    const branches = byEntry.get(e.instancePath) ?? new Map<string, ErrorObject[]>();
    byEntry.set(e.instancePath, branches);
    const list = branches.get(m[1]);
    if (list) list.push(e);
    else branches.set(m[1], [e]);
  }
  if (!byEntry.size) return errors;
  const drop = new Set<ErrorObject>();
  const added: ErrorObject[] = [];
  for (const [path, branches] of byEntry) {
    if (branches.size < 2) continue;
    const entry = at(data, path);
    let best: string | undefined;
    let most = 0;
    for (const branch of branches.keys()) {
      const required = branches.get(branch)![0].schema;
      const present = Array.isArray(required) && entry && typeof entry === 'object' ? required.filter((k) => k in entry).length : 0;
      if (present > most) [best, most] = [branch, present];
    }
    for (const [branch, list] of branches) if (branch !== best) list.forEach((e) => drop.add(e));
    if (best !== undefined) continue;
    // No branch begun: one error naming each alternative.
    const alternatives = [...branches.values()].map((list) => list[0].schema).filter((r): r is string[] => Array.isArray(r));
    const first = [...branches.values()][0][0];
    added.push({ ...first, keyword: 'requiredOneOf', params: { alternatives } });
  }
  return [...errors.filter((e) => !drop.has(e)), ...added];
}

/** The keys of a JSON pointer (/roles/0 → roles, 0), unescaped. */
function pointerParts(pointer: string): string[] {
  return pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a JSON pointer of the validated data. */
function at(data: unknown, pointer: string): unknown {
  let cur = data;
  for (const part of pointerParts(pointer)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath ? `“${e.instancePath.slice(1).replace(/\//g, '.')}”` : '顶层';
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}中有未知字段“${e.params.additionalProperty}”`;
    case 'required':
      return `${where}缺少必填字段“${e.params.missingProperty}”`;
    case 'requiredOneOf':
      return `${where}缺少必填字段：应有${(e.params.alternatives as string[][]).map((r) => r.map((k) => `“${k}”`).join('与')).join('、')}之一`;
    case 'enum':
      return `${where}的值无效，应为：${(e.params.allowedValues as unknown[]).join('、')}`;
    case 'const':
      return `${where}的值应为 ${JSON.stringify(e.params.allowedValue)}`;
    case 'type':
      return `${where}的类型应为 ${e.params.type}`;
    case 'pattern':
      return `${where}的格式不符合 ${e.params.pattern}`;
    case 'minItems':
      return `${where}至少需要 ${e.params.limit} 项`;
    case 'minLength':
      return `${where}不能为空`;
    default:
      return `${where}：${e.message}`;
  }
}

/** Reads a config or pack: a regular file of at most 4 MB, else a ConfigError. */
export function readYamlSource(file: string): YamlSource {
  const read = readBoundedText(file, DATA_FILE_LIMIT);
  if ('problem' in read) throw new ConfigError([{ file, line: 1, column: 1, message: read.problem }]);
  return new YamlSource(file, read.text);
}
