// Docs for reviewers: the index of the rule pages (generated), the glossary of
// the abbreviations that messages cite, and the README's reviewer set-up.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildRuleSet, resolveConfig } from '../../server/src/engine/index.js';
import { regulationOf, ruleDocsIndexMarkdown } from '../../server/src/build/rule-docs-index.js';

const set = buildRuleSet(resolveConfig(undefined, { noConfig: true }));
const metas = [...set.meta.values()];

describe('docs/rules/README.md', () => {
  const index = readFileSync('docs/rules/README.md', 'utf8');

  it('is the current generated index (npm run docs)', () => {
    expect(index, 'docs/rules/README.md is stale: run npm run docs').toBe(ruleDocsIndexMarkdown(metas));
  });

  it('links every rule page, and every link leads to a page', () => {
    const links = new Set([...index.matchAll(/\]\(([a-z0-9-]+)\.md\)/g)].map((m) => m[1]));
    expect([...links].sort()).toEqual(metas.map((m) => m.id).sort());
    for (const id of links) expect(existsSync(`docs/rules/${id}.md`), id).toBe(true);
    const pages = readdirSync('docs/rules').filter((f) => f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
    for (const page of pages) expect(links.has(page), `docs/rules/${page}.md is not in the index`).toBe(true);
  });

  it('lists the rules of an article under it, articles in their order', () => {
    const rows = index.split('\n').filter((l) => l.startsWith('| 90号 第'));
    expect(rows.map((r) => r.split(' | ')[0].slice(2)).slice(0, 4)).toEqual(['90号 第二条', '90号 第三条', '90号 第三条(一)', '90号 第三条(二)']);
    expect(index).toMatch(/\| 90号 第三条\(四\) \| \[`inducement`\]\(inducement\.md\) /);
  });
});

describe('docs/glossary.md', () => {
  const glossary = readFileSync('docs/glossary.md', 'utf8');
  const rows = glossary.split('\n').filter((l) => /^\| [^-|]/.test(l)).map((l) => l.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '')));
  const terms = new Set(rows.flatMap((r) => r[0].split('、')));
  const reference = readdirSync('test/fixtures/reference').map((f) => readFileSync(`test/fixtures/reference/${f}`, 'utf8')).join('\n');

  it('has an entry for every abbreviation cited by a rule of rules/cbrc-90 (and the engine and spelling rules)', () => {
    const cbrc = metas.filter((m) => m.pack === 'cbrc-90');
    expect(cbrc.length).toBeGreaterThan(30);
    const used = new Set(metas.flatMap((m) => m.articles.map(regulationOf)));
    for (const abbreviation of used) expect(terms.has(abbreviation), `${abbreviation} is missing from docs/glossary.md`).toBe(true);
    for (const a of ['90号', '销售办法', '误导指引', '信披规则', '179号', '316号', '互联网办法']) expect(terms.has(a), a).toBe(true);
  });

  it('gives each regulation a full title or document number found in the reference texts', () => {
    const regulations = rows.filter((r) => r.length === 5 && r[0] !== '缩写');
    expect(regulations.length).toBeGreaterThanOrEqual(10);
    for (const [abbr, title, number, date] of regulations) {
      expect(reference.includes(title) || reference.includes(number), `${abbr}: ${title}`).toBe(true);
      expect(date, abbr).toMatch(/\d{4}/);
    }
  });
});

describe("README: the reviewers' section", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## 合规审阅人员'), readme.indexOf('\n## ', readme.indexOf('## 合规审阅人员') + 5));

  it('sets everything up in one copyable block that uses the action with inputs it declares', () => {
    const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    for (const part of ['.github/workflows/policylint.yml', 'uses: policylint/policylint@', '.pre-commit-config.yaml', '-f html -o']) {
      expect(block).toContain(part);
    }
    const action = parse(readFileSync('action.yml', 'utf8'));
    const workflow = parse(/cat > \.github\/workflows\/policylint\.yml <<'EOF'\n([\s\S]*?)\nEOF\n/.exec(block)![1]);
    const steps = Object.values<{ steps: { uses?: string; with?: Record<string, unknown> }[] }>(workflow.jobs).flatMap((j) => j.steps);
    const step = steps.find((s) => s.uses?.startsWith('policylint/policylint@'))!;
    expect(Object.keys(step.with!).length).toBeGreaterThan(0);
    for (const k of Object.keys(step.with!)) expect(Object.keys(action.inputs), k).toContain(k);
    expect(workflow.permissions['security-events']).toBe('write');
    const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')).map((h: { id: string }) => h.id);
    for (const id of [...block.matchAll(/- id: ([a-z-]+)/g)].map((m) => m[1])) expect(hooks).toContain(id);
  });

  it('points to the glossary and the rule index', () => {
    expect(section).toContain('docs/glossary.md');
    expect(section).toContain('docs/rules/README.md');
  });
});
