// The literal prefilter may skip a block only when the pattern cannot match it.
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { mayMatch, requiredLiterals } from '../../server/src/engine/text/prefilter.js';

describe('requiredLiterals', () => {
  it('needs every part of a sequence', () => {
    expect(requiredLiterals('(收益|回报)[^。]{0,8}(比|高于)[^。]{0,8}(存款|定期)')).toEqual([
      ['收益', '回报'],
      ['存款', '定期'],
      ['比', '高于'],
    ]);
  });
  it('merges top-level alternatives into one set', () => {
    expect(requiredLiterals('跑赢存款|比定期划算')).toEqual([['跑赢存款', '比定期划算']]);
  });
  it('gives up on optional parts and unknown syntax', () => {
    expect(requiredLiterals('(存款)?')).toBeNull();
    expect(requiredLiterals('(?i)abc')).toBeNull();
    expect(requiredLiterals('[0-9]+%')).toEqual([['%']]);
  });
  it('spells out optional literals and groups of a few literal strings within a run', () => {
    expect(requiredLiterals('按(照)?合同(约定|规定)?[^，。]{0,6}(给|返)')).toEqual([['按照合同', '按合同'], ['给', '返']]);
    expect(requiredLiterals('(是|系)银行(嘅|的)产品')).toEqual([['是银行嘅产品', '是银行的产品', '系银行嘅产品', '系银行的产品']]);
    // 银行 alone satisfies the set whenever 是银行 would: the longer strings go.
    expect(requiredLiterals('(是|就是)?银行的')).toEqual([['银行的']]);
    expect(requiredLiterals('收益率?')).toEqual([['收益']]);
  });
  it('reads a small class as literal alternatives, and gives up on negated and large ones', () => {
    expect(requiredLiterals('[Kk][Oo][Ll]')).toEqual([['KOL', 'KOl', 'KoL', 'Kol', 'kOL', 'kOl', 'koL', 'kol']]);
    expect(requiredLiterals('[¥$][0-9]+')).toEqual([['¥', '$']]);
    expect(requiredLiterals('[A-C]+号')).toEqual([['号'], ['A', 'B', 'C']]);
    expect(requiredLiterals('[^A]号')).toEqual([['号']]);
    expect(requiredLiterals('[\\s，]号')).toEqual([['号']]);
  });

  const patterns = [
    '(收益|回报|利息)[^。！？]{0,8}(比|高于|超过)[^。！？]{0,8}(存款|定期|理财)',
    '(像|如同)(银行)?(的)?(定期|存款)',
    '(送|赠送|赠)(您)?[^，。]{0,4}(一份|一台|价值)',
    '(收益率?|年化)[^。]{0,4}(高达|可达)[^。]{0,2}[0-9.]+ ?(%|％)',
    '由[^。]{1,30}(保险|人寿)[^。]{0,16}(承保|提供)',
    'a+b*c{2,}(d|e)?f',
    '[Kk][Oo][Ll]推荐',
    '(^|[\\s，。])[A-D][.、][“「"]',
    '[dD][qQ](好了|好|了|一下)',
    '按(照)?合同(约定|规定)?[^，。]{0,6}(给|返)',
    '(是|就是)?(银行|本行)(的|自己的)(产品)?',
    '收益率?(高达|可达)',
  ];
  const texts = ['KoL推荐', '选项A.“保本”', '，C、「', 'dQ好了', 'Dq一下', '我们的收益比定期高', '像银行的定期一样', '投保即送您一台电饭煲', '年化收益高达 8%', '本产品由华泰人寿承保', 'aaccf', 'abccdf', '随便一句话', '收益很好，比存款', '按合同约定返还', '按照合同给', '是本行自己的产品', '银行的', '收益高达', '收益率可达'];
  it('never rules out a text that matches (soundness)', () => {
    for (const p of patterns) {
      const reqs = requiredLiterals(p);
      for (const t of texts) {
        if (RE2JS.compile(p).matcher(t).find()) expect(mayMatch(t, reqs), `${p} on ${t}`).toBe(true);
      }
    }
  });
});
