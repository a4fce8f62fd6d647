// The build's copy of a built-in pack's YAML (fs/pack-sources.ts): a run takes
// the build's stamp for files it compiled, known by their sizes and times or,
// after another checkout or an extraction, byte for byte; an edited file is
// never taken for the compiled one.
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stampIfSame, stampIfUntouched, writePackSources } from '../../server/src/fs/pack-sources.js';
import { tempTree } from '../helpers/tmp.js';

/** The files' times when the build copies them (whole seconds, so that a test can set them again exactly). */
const WHEN = new Date(2024, 0, 1);

describe("the build's copy of a pack's files", () => {
  const setUp = () => {
    const dir = tempTree({ 'a.yaml': 'pack: p\nrules: []\n', 'b.yaml': 'lexicons:\n  deposit: [存款]\n' });
    const files = ['a.yaml', 'b.yaml'].map((f) => join(dir, f));
    const copy = join(dir, 'p.sources');
    for (const f of files) utimesSync(f, WHEN, WHEN);
    writePackSources(copy, 'the stamp', files);
    return { files, copy, contents: () => files.map((f) => readFileSync(f)) };
  };

  it('gives the stamp for the files as the build saw them, without reading them', () => {
    const { files, copy, contents } = setUp();
    expect(stampIfUntouched(copy, files)).toBe('the stamp');
    expect(stampIfSame(copy, files, contents())).toBe('the stamp');
  });

  it('compares the bytes of files whose times changed (a checkout, an extraction)', () => {
    const { files, copy, contents } = setUp();
    utimesSync(files[1], new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(stampIfUntouched(copy, files)).toBeUndefined();
    expect(stampIfSame(copy, files, contents())).toBe('the stamp');
  });

  it('gives no stamp for an edited file, even of the same size and modification time, nor for other files', () => {
    const { files, copy, contents } = setUp();
    writeFileSync(files[1], 'lexicons:\n  deposit: [存单]\n');
    utimesSync(files[1], WHEN, WHEN); // the change time still tells
    expect(statSync(files[1]).mtimeMs).toBe(WHEN.getTime());
    expect(stampIfUntouched(copy, files)).toBeUndefined();
    expect(stampIfSame(copy, files, contents())).toBeUndefined();
    expect(stampIfSame(copy, files.slice(1), contents().slice(1))).toBeUndefined();
    expect(stampIfUntouched(copy, [files[1], files[0]])).toBeUndefined();
    expect(stampIfUntouched(join(copy, 'missing'), files)).toBeUndefined();
  });
});
