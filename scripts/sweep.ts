// `npm run sweep`: how well detection holds when the same labelled sentences
// are written differently, and how well it stays quiet when a violation is
// only quoted. Two measures on the tuned corpus parts (never the held-back one):
//
//   - surface variants: traditional characters, 你 for 您, spaces between
//     characters, numbers in words, 。 → ！, a line break for every comma, an
//     emoji after the first clause, a speaker's label, 个点 for %; for each,
//     the labelled detections that are lost and the false findings that appear;
//   - quoted violations: each short violating sentence inside a penalty report,
//     a warning, a training note and an FAQ rebuttal; how many are still flagged.
//
//   node server/out/sweep.mjs [--variant NAME | --quote NAME] (lists the cases of one)
import * as OpenCC from 'opencc-js';
import { lintText, resolveConfig } from '../server/src/engine/index.js';
import { FAMILY_OF_RULE as FAMILY_OF, isTunable, corpusRoot, existingParts, loadPart, type SentenceItem } from './eval.js';

const config = resolveConfig(undefined, { noConfig: true });
const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
const DIGITS = '零一二三四五六七八九';
const inWords = (d: string) => [...d].map((c) => DIGITS[+c] ?? c).join('');

const VARIANTS: Record<string, (t: string) => string> = {
  traditional: (t) => s2t(t),
  ni: (t) => t.replace(/您/g, '你').replace(/咱们/g, '我们'),
  spaced: (t) => t.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, (m, c, i) => (i % 3 === 0 ? c + ' ' : c)),
  'numbers-in-words': (t) => t.replace(/(\d+)\.(\d+)[%％]/g, (_, a, b) => `百分之${inWords(a)}点${inWords(b)}`).replace(/(\d+)[%％]/g, (_, a) => `百分之${inWords(a)}`),
  exclaimed: (t) => t.replace(/。$/, '！').replace(/，/g, ','),
  'line-breaks': (t) => t.replace(/，/g, '\n'),
  emoji: (t) => t.replace(/，/, '✨，').replace(/。/, '💰。'),
  speaker: (t) => (/[：:]/.test(t.slice(0, 6)) ? t : '理财经理：' + t),
  'ge-dian': (t) => t.replace(/(\d+(?:\.\d+)?)%/g, '$1个点'),
};
const QUOTES: Record<string, (c: string) => string> = {
  penalty: (c) => `某银行支行因销售人员向客户宣称“${c}”，被监管部门罚款30万元。`,
  warning: (c) => `如有销售人员跟您说“${c}”，请拒绝并拨打客服电话投诉。`,
  training: (c) => `培训提示：“${c}”属于违规话术，严禁使用。`,
  faq: (c) => `问：听说“${c}”，是真的吗？答：不是，这种说法不符合规定。`,
};

function families(text: string, kind: string): Set<string> {
  const source = `---\nkind: ${kind}\n---\n${text}\n`;
  const out = new Set<string>();
  for (const f of lintText(source, { config, filePath: 'sweep.md' })) {
    const family = FAMILY_OF.get(f.ruleId);
    if (family && f.severity !== 'info') out.add(family);
  }
  return out;
}

const root = corpusRoot();
const items: SentenceItem[] = existingParts(root).filter(isTunable).flatMap((p) => loadPart(p, root).sentences);
const [flag, only] = process.argv.slice(2);
const shown = (t: string) => t.replace(/\n/g, '⏎');

console.log(`policylint sweep — ${items.length} sentence items of the tuned parts\n`);
console.log('variant              changed   lost   new false findings');
for (const [name, vary] of Object.entries(VARIANTS)) {
  if (flag === '--quote' || (flag === '--variant' && only !== name)) continue;
  let changed = 0, lost = 0, gained = 0;
  const cases: string[] = [];
  for (const it of items) {
    const text = vary(it.text);
    if (text === it.text) continue;
    changed++;
    const want = new Set(it.labels.map((l) => FAMILY_OF.get(l)!));
    const before = families(it.text, it.kind);
    const after = families(text, it.kind);
    for (const f of want) if (before.has(f) && !after.has(f)) (lost++, cases.push(`lost ${f}: ${shown(text)}`));
    for (const f of after) if (!before.has(f) && !want.has(f)) (gained++, cases.push(`false ${f}: ${shown(text)}`));
  }
  console.log(`${name.padEnd(20)} ${String(changed).padStart(7)} ${String(lost).padStart(6)} ${String(gained).padStart(8)}`);
  if (flag === '--variant') console.log(cases.join('\n'));
}
console.log('\nquoted in            sentences   still flagged');
for (const [name, quote] of Object.entries(QUOTES)) {
  if (flag === '--variant' || (flag === '--quote' && only !== name)) continue;
  let n = 0, flagged = 0;
  const cases: string[] = [];
  for (const it of items) {
    const core = it.text.replace(/[。！？!?～~]+$/, '').replace(/[“”"]/g, '');
    if (!it.labels.length || core.length > 40 || /[：:\n。！？!?]/.test(core)) continue;
    n++;
    // bank-name applies to any bank name in promotional material, quoted or not.
    const hits = [...families(quote(core), 'promo')].filter((f) => f !== 'bank' || !it.labels.includes('bank-name'));
    if (hits.length) (flagged++, cases.push(`${hits.join(',')}: ${quote(core)}`));
  }
  console.log(`${name.padEnd(20)} ${String(n).padStart(9)} ${String(flagged).padStart(15)}`);
  if (flag === '--quote') console.log(cases.join('\n'));
}
