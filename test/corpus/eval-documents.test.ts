// A document whose writer labelled the sentence rules it breaks is scored per
// family like a sentence item: a violation anywhere in it is found or missed,
// and a finding in a document labelled compliant for that family is false.
import { expect, it } from 'vitest';
import { score, type Corpus } from '../../scripts/eval.js';

const doc = (id: string, text: string, labels?: string[]) => ({
  part: 'tune' as const, file: 'documents.yaml', id, kind: 'promo', product: 'participating', text,
  present: ['cooling-off'], missing: [], notApplicable: [], labels,
});

const compliant = [
  '# 福康人寿鑫享年年年金保险（分红型）',
  '本产品由福康人寿保险股份有限公司承保，澄江银行代理销售。本产品是保险产品，不是银行存款。',
  '红利分配是不确定的，在某些年度红利可能为零。您享有15天犹豫期。',
].join('\n');
const violating = [
  '# 福康人寿鑫享年年年金保险（分红型）',
  '本产品由福康人寿保险股份有限公司承保。存五年，每年都有利息拿，比定期存款划算多了！',
  '您享有15天犹豫期。',
].join('\n');

it('scores labelled documents per family and leaves unlabelled ones to their disclosures', () => {
  const corpus: Corpus = { sentences: [], documents: [doc('d1', compliant, []), doc('d2', violating, ['deposit-wording']), doc('d3', violating)] };
  const report = score(corpus, 'test');
  expect(report.families.deposit.tp).toBe(1);
  expect(report.families.deposit.fp).toBe(0);
  // The comparison with a deposit in d2 is not labelled: a false finding in the comparison family, on d2.
  expect(report.falseFindings.filter((f) => f.family === 'comparison').map((f) => f.id)).toEqual(['d2']);
  // d3 carries no labels: it adds nothing to the sentence families.
  expect(report.misses.filter((m) => m.id === 'd3')).toEqual([]);
  expect(report.falseFindings.filter((f) => f.id === 'd3' && f.family !== 'disclosure')).toEqual([]);
});

it('counts compliant documents that get any finding above info, whichever rule makes it', () => {
  // d1 is labelled compliant and misses nothing it is asked for; its missing disclosures are not labelled (only
  // cooling-off is), so they do not count against the disclosure family, but they do count here.
  const corpus: Corpus = { sentences: [], documents: [doc('d1', compliant, []), doc('d2', violating, ['deposit-wording']), doc('d3', violating)] };
  const report = score(corpus, 'test');
  expect(report.compliantDocuments.total).toBe(1);
  expect(report.compliantDocuments.flagged.map((d) => d.id)).toEqual(['d1']);
  expect(report.compliantDocuments.flagged[0].rules).toContain('complaint-channel');
});
