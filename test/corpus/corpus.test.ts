// The labelled corpus (test/corpus/<part>/) is well formed: it parses, ids are
// unique within a part, labels, kinds and products are known, each part that
// exists is at least 40% compliant near-misses, and the tuning part meets its
// size minimums (and 40% in every family). Scores are `npm run eval`'s business,
// not this test's.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES, corpusRoot, existingParts, loadPart, type Corpus } from '../../scripts/eval.js';

const root = corpusRoot();
const parts = existingParts(root);

// Minimums per part: sentence items in all, per family, documents.
const MINIMUMS: Record<string, { total: number; perFamily: number; conduct: number; documents: number }> = {
  tune: { total: 420, perFamily: 40, conduct: 30, documents: 30 },
};

it('has a tuning part', () => {
  expect(parts).toContain('tune');
});

for (const part of parts) {
  describe(`corpus part ${part}`, () => {
    let corpus: Corpus;
    it('parses and validates (unique ids, known labels, kinds and products)', () => {
      corpus = loadPart(part, root);
      expect(corpus.sentences.length + corpus.documents.length).toBeGreaterThan(0);
    });

    it('is at least 40% compliant near-misses', () => {
      corpus ??= loadPart(part, root);
      // Sentence items and documents labelled with the sentence rules they break (a part of long documents only).
      const labelled = [...corpus.sentences, ...corpus.documents.filter((d) => d.labels !== undefined)] as { labels?: string[] }[];
      const compliant = labelled.filter((s) => s.labels!.length === 0).length;
      expect(labelled.length).toBeGreaterThan(0);
      expect(compliant / labelled.length).toBeGreaterThanOrEqual(0.4);
    });

    const min = MINIMUMS[part];
    if (min) {
      it('has a file for every family and documents.yaml', () => {
        for (const family of [...Object.keys(FAMILIES), 'documents']) {
          expect(existsSync(join(root, part, `${family}.yaml`)), `${part}/${family}.yaml`).toBe(true);
        }
      });

      it('is at least 40% compliant near-misses in every family', () => {
        corpus ??= loadPart(part, root);
        for (const family of Object.keys(FAMILIES)) {
          const items = corpus.sentences.filter((s) => s.family === family);
          const share = items.filter((s) => s.labels.length === 0).length / items.length;
          expect(share, `${part}/${family}`).toBeGreaterThanOrEqual(0.4);
        }
      });

      it('documents: some fully compliant, some lacking a disclosure', () => {
        corpus ??= loadPart(part, root);
        expect(corpus.documents.some((d) => d.missing.length === 0 && d.present.length > 0)).toBe(true);
        expect(corpus.documents.some((d) => d.missing.length > 0)).toBe(true);
      });

      it('meets the size minimums', () => {
        corpus ??= loadPart(part, root);
        expect(corpus.sentences.length).toBeGreaterThanOrEqual(min.total);
        for (const family of Object.keys(FAMILIES)) {
          const n = corpus.sentences.filter((s) => s.family === family).length;
          expect(n, `${part}/${family}`).toBeGreaterThanOrEqual(family === 'conduct' ? min.conduct : min.perFamily);
        }
        expect(corpus.documents.length).toBeGreaterThanOrEqual(min.documents);
      });
    }
  });
}
