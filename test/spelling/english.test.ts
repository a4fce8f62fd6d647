// English words checked with Hunspell (nodehun + dictionary-en): what is
// checked, what is skipped, where accepted words come from, and that
// Hunspell is loaded only when a draft needs it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, clearConfigCache, lintText, resolveConfig } from '../../server/src/engine/index.js';
import { spellerLoaded } from '../../server/src/engine/spelling/hunspell.js';
import { tempTree } from '../helpers/tmp.js';

const FM = '---\nkind: regulation\n---\n';
const misspelled = (src: string, config = resolveConfig(undefined, { noConfig: true })) =>
  lintText(src, { config, filePath: 'a.md' })
    .filter((f) => f.ruleId === 'english-spelling')
    .map((f) => src.slice(f.start, f.end));

describe('english-spelling', () => {
  it('is not loaded for Chinese-only drafts, nor when the rule is off', () => {
    lintText(`${FM}本产品由某某人寿承保。\n`, { config: resolveConfig(undefined, { noConfig: true }), filePath: 'a.md' });
    lintText(`${FM}Our insurence plan.\n`, { config: resolveConfig(undefined, { noConfig: true, rules: { 'english-spelling': 'off' } }), filePath: 'a.md' });
    expect(spellerLoaded()).toBe(false);
  });

  it('flags misspelled English words in Chinese copy and suggests corrections', () => {
    const src = `${FM}# 安心福 Fortune Plan\n\n本产品名为 Golden Harvest，Our insurence plan is garanteed for life.\n`;
    expect(misspelled(src)).toEqual(['insurence', 'garanteed']);
    const f = lintText(src, { config: resolveConfig(undefined, { noConfig: true }), filePath: 'a.md' }).find((x) => x.ruleId === 'english-spelling')!;
    expect(f.fix).toBeUndefined(); // a spelling suggestion changes words: never applied by --fix
    expect(f.suggestions!.map((s) => s.fix.text)).toContain('insurance');
    expect(applyFixes(src, [f.suggestions!.find((s) => s.fix.text === 'insurance')!.fix]).output).toContain('Our insurance plan');
  });

  it('skips code, URLs, e-mail addresses, file names, product codes and abbreviations', () => {
    const src = `${FM}请访问 https://example.com/polcy 或发送邮件至 servce@exmple.com，下载 termz.pdf；产品代码 AXF2024，代理机构 ICBC、CBIRC。运行 \`polcylint\` 命令。\n`;
    expect(misspelled(src)).toEqual([]);
  });

  it('skips placeholders of x and * in numbers and codes written as templates', () => {
    const src = `${FM}客服热线 400-xxx-xxxx，备案号 京ICP备xxxxxxxx号，证件号 XXXXXX，尾号 ****；Our insurence plan.\n`;
    expect(misspelled(src)).toEqual(['insurence']);
  });

  it('leaves pinyin shorthand set against Chinese alone, but still checks English beside it', () => {
    expect(misspelled(`${FM}ck到期别急，这个lx比dq高，bbbx！please clik here.\n`)).toEqual(['clik']);
  });

  it('checks all-caps words when the config asks for it', () => {
    const src = `${FM}代理机构 ICBC 与 ABCDX。\n`;
    expect(misspelled(src)).toEqual([]);
    expect(misspelled(src, resolveConfig(undefined, { noConfig: true, rules: { 'english-spelling': { options: { checkAllCaps: true } } } }))).toEqual(['ICBC', 'ABCDX']);
  });

  it('checks hyphenated compounds part by part and accepts common prefixes', () => {
    expect(misspelled(`${FM}No pre-ticked boxes and no mis-selling, but a well-knwn brand.\n`)).toEqual(['well-knwn']);
  });

  it('accepts words from the config, from the workspace dictionary file and from the document', () => {
    const dir = tempTree({
      'policylint.config.yaml': 'root: true\nspelling:\n  words: [Anxin]\n',
      '.policylint-words.txt': '# product names\nHuatai\n',
      'a.md': 'x',
    });
    clearConfigCache();
    const config = resolveConfig(join(dir, 'a.md'));
    expect(config.dictionaryFile).toBe(join(dir, '.policylint-words.txt'));
    const src = `${FM}Anxin Huatai Jinfu Xinyue\n\n<!-- policylint-words Jinfu -->\n`;
    expect(misspelled(src, config)).toEqual(['Xinyue']);
    writeFileSync(join(dir, '.policylint-words.txt'), 'Huatai\nXinyue\n');
    clearConfigCache();
    expect(misspelled(src, resolveConfig(join(dir, 'a.md')))).toEqual([]);
  });
});

describe('term-typo glossary from the config', () => {
  it('reports misspellings of terms a team adds with options.addTerms', () => {
    const src = `${FM}本产品设有180天观蔡期。\n`;
    const typos = (config: ReturnType<typeof resolveConfig>) =>
      lintText(src, { config, filePath: 'a.md' })
        .filter((f) => f.ruleId === 'term-typo')
        .map((f) => src.slice(f.start, f.end));
    expect(typos(resolveConfig(undefined, { noConfig: true }))).toEqual([]);
    expect(typos(resolveConfig(undefined, { noConfig: true, rules: { 'term-typo': { options: { addTerms: ['观察期'] } } } }))).toEqual(['观蔡期']);
  });
});
