// Prose extraction: what is linted, and that the direct read of plain chunks
// gives the same prose as remark-parse on the whole document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProse } from '../../server/src/engine/index.js';

const prose = (src: string, fast = true) => parseProse(src, 'markdown', { fast }).blocks.map((b) => b.text);

const SAMPLE = `---
kind: promo
---
# 金福年年 **两全保险**

本产品为两全保险，由华泰安康人寿保险股份有限公司承
保，犹豫期为15日。

1. 第一条：保险责任
2. 第二条，详见[条款](https://example.com/terms)

> 温馨提示：请仔细阅读条款。

\`\`\`
存款 这是代码块
\`\`\`

行内 \`存款\` 代码与 https://example.com/存款 链接

| 项目 | 说明 |
| --- | --- |
| 犹豫期 | 15日 |

<!-- policylint-disable deposit-wording -->

    缩进代码块 存款

设置标题
========
`;

describe('markdown prose', () => {
  it('skips code blocks, inline code, URLs and comments, keeps table cells', () => {
    const text = prose(SAMPLE).join('|');
    expect(text).not.toContain('这是代码块');
    expect(text).not.toContain('缩进代码块');
    expect(text).not.toContain('policylint-disable');
    expect(text).not.toMatch(/example\.com/);
    expect(text).toContain('犹豫期|15日');
    expect(text).toContain('金福年年两全保险'); // prose is normalised: no spacing between Han characters
  });

  it('joins a phrase wrapped over two lines between Han characters', () => {
    expect(prose(SAMPLE)).toContain('本产品为两全保险，由华泰安康人寿保险股份有限公司承保，犹豫期为15日。');
  });

  it('keeps a table\'s cells apart, bars and all, where normalising would join two Han characters', () => {
    // 保|本 in prose is 保本; between cells the bar stays: 定期存款|养老年金 is no 存款养老.
    const [table] = prose('| 期限 | 定期存款 | 养老年金 |\n|---|---|---|\n| 5年 | 1.30% | 2.80% |\n', false);
    expect(table).toMatch(/期限\s*\|\s*定期存款\s*\|\s*养老年金/);
    expect(table).not.toContain('存款养老');
    expect(prose('本产品保|本保息。')).toEqual(['本产品保本保息。']);
  });

  it('keeps the short lines of a poster or a WeChat post apart', () => {
    expect(prose('开门红鑫享年金\n收益比存款高\n风险比股票低\n')).toEqual(['开门红鑫享年金\n收益比存款高\n风险比股票低']);
  });

  it('joins a line of two or three Han characters to the next: a phrase broken for the layout', () => {
    expect(prose('史上最\n强年金，闭眼入\n')).toEqual(['史上最强年金，闭眼入']);
    expect(prose('收益\n有保障，本金\n零损失\n')).toEqual(['收益有保障，本金\n零损失']);
    // A short line that ends in punctuation or holds other characters stays a line.
    expect(prose('稳健。\n安心之选\n')).toEqual(['稳健。\n安心之选']);
    expect(prose('2026\n开门红\n')).toEqual(['2026\n开门红']);
  });

  it('keeps apart long lines whose widths differ, as a leaflet\'s or a script\'s statements are', () => {
    const leaflet = '鑫悦终身寿险（万能型）由安泓人寿保险股份有限公司承保\n保障内容：身故保险金为基本保险金额与账户价值的较大者\n本产品收取初始费用及保单管理费，具体见产品说明书\n犹豫期15天，期内退保全额退还保险费；犹豫期后退保收取退保费用\n';
    expect(prose(leaflet)[0].split('\n')).toHaveLength(4);
    // Hard-wrapped at one width, the same kind of text is one paragraph again.
    const wrapped = '本产品为分红型两全保险由华泰安康人寿保险股份有限公司承保银行仅代理销售\n保险合同的经营主体是保险公司红利分配是不确定的某些年度红利可能为零详见条\n款';
    expect(prose(wrapped)).toEqual([wrapped.replace(/\n/g, '')]);
  });

  it('maps each line of a quoted or list paragraph to its own place, past the > or the indentation', () => {
    const source = '> 【客户故事】刘老师今年56岁。\n> 算一笔账：相当于把钱存成一张五年期的单子。\n\n- 第一项说明\n  第二行接着说，到期还本。\n';
    const doc = parseProse(source, 'markdown');
    expect(doc.blocks.map((b) => b.text)).toEqual(['【客户故事】刘老师今年56岁。\n算一笔账：相当于把钱存成一张五年期的单子。', '第一项说明\n第二行接着说，到期还本。']);
    for (const b of doc.blocks) {
      for (let i = 0; i < b.text.length; i++) expect(source[b.offsets[i]], `${b.text}[${i}]`).toBe(b.text[i]);
    }
  });

  it('maps every prose character back to the same character in the source', () => {
    const doc = parseProse(SAMPLE, 'markdown');
    for (const b of doc.blocks) {
      for (let i = 0; i < b.text.length; i++) {
        if (b.text[i] === '\n' || b.text[i] === '\uFFFC') continue;
        expect(SAMPLE[b.offsets[i]]).toBe(b.text[i]);
      }
    }
  });

  const drafts = [
    ...readdirSync('examples').filter((f) => f.endsWith('.md')).map((f) => join('examples', f)),
    'test/fixtures/reference/cbrc-2010-90.md',
    'test/fixtures/reference/later-rules.md',
  ];
  for (const file of drafts) {
    it(`direct read equals remark for ${file}`, () => {
      const src = readFileSync(file, 'utf8');
      expect(prose(src, true)).toEqual(prose(src, false));
    });
  }
  it('direct read equals remark for the sample', () => {
    expect(prose(SAMPLE, true)).toEqual(prose(SAMPLE, false));
  });
});

describe('plain text', () => {
  it('lints every paragraph, with front matter read', () => {
    const doc = parseProse('---\nkind: script\n---\n销售：您好。\n客户：你好。\n\n第二段\n', 'text');
    expect(doc.frontMatter?.data.kind).toBe('script');
    expect(doc.blocks.map((b) => b.text)).toEqual(['销售：您好。\n客户：你好。', '第二段']);
  });
});

describe('bold text and simple tables read directly', () => {
  const cases = [
    '**本产品**由华泰人寿承保，**犹豫期**为15日。\n',
    '- **重大疾病保险金**：按基本保险金额给付\n- **身故保险金**：按已交保费给付\n',
    '**“保本”**承诺是不允许的。\n', // CommonMark: the closer after ” does not close, stays literal
    '本产品**保本**保息。\n',
    '注意**：这不是粗体的开始**吗\n',
    '# **标题**加粗\n',
    '双星号 ** 两边有空格 ** 不是粗体\n',
    '**一**二**三**\n',
    '**以30周岁男性为例。**轻症疾病保险金按基本保险金额给付。\n', // the second run cannot close: both stay literal
    '本产品为传统型保险。**身故保险金按较大者给付。**被保险人年满60周岁。\n',
    '**甲**乙。**丙\n',
    '**a **b** c**\n', // nested bold
    '**a。**b**c**\n', // the run after 。 opens, the next closes it, the last closes the first
    '- **一。**二\n',
    '# 标题**。**尾\n',
    '第一行**加粗**\n第二行**。**后\n', // over several lines every run must pair in its line: remark decides
    '**犹豫期过后解除合同。****一家之主的健康。**投保前请您仔细阅读\n', // a run of four opens, nothing closes
    '***加粗斜体***与*斜体*\n',
    '- ** **\n', // a thematic break in a list item
    '* **一。**二\n', // a `*` list item
    '*单星号*强调\n',
    '| 项目 | 说明 |\n| --- | :---: |\n| **犹豫期** | 15日 |\n| 退保 | 现金价值 | 多余 |\n| 只有一格 |\n',
    '| 项目 | 说明 |\n| --- | --- |\n| `代码` | 15日 |\n',
    '| 项目 | 说明 |\n|---|---|\n| a | b |\n后续段落\n',
    '项目 | 说明\n--- | ---\n甲 | 乙\n',
    '| 不是表格 |\n| 没有分隔行 |\n',
  ];
  for (const src of cases) {
    it(`same prose as remark: ${src.trim()}`, () => {
      expect(prose(src, true)).toEqual(prose(src, false));
    });
  }

  it('cuts a chunk at its headings as remark reads them, offsets included, on random chunks', () => {
    // The language server reads a chunk (no blank line) that goes to remark in parts cut at each ATX heading
    // at column 0 (plain parts directly): the same blocks as reading it whole, and as remark reads the document where the direct road agrees.
    const line = fc.constantFrom(
      '## 标题', '#标题', '  ## 缩进标题', '# **粗**标题', '甲乙**丙**', '段落`代码`', '- 列表**项**', '1. 有序', '  续行', '    缩进',
      '> 引用', '> - 引用列表', '| a | b |', '|---|---|', '| **c** | d |', '[x]: /u', '见[x]', '===', '---', '<b>标签</b>', '<!-- 注释', '-->', '',
      // Parts the direct road reads (plainPart), and lines that keep a part from it.
      '- **甲**：乙', '存- **乙**', '**因为：**', '## **粗**题', '+ 加', '尾空格  ', '- 甲 ', '## 四 #', '回车\r', '- # 项标题', '- ', '***',
    );
    const blocks = (src: string, options: { fast?: boolean; cutAtHeadings?: boolean }) =>
      parseProse(src, 'markdown', options).blocks.map((b) => [b.text, [...b.offsets]]);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), (lines) => {
        const src = `${lines.join('\n')}\n`;
        expect(blocks(src, { cutAtHeadings: true })).toEqual(blocks(src, { cutAtHeadings: false }));
      }),
      { numRuns: 600 },
    );
    const agreeing = fc.constantFrom('## 标题', '#标题', '# **粗**标题', '甲乙**丙**', '段落`代码`', '- 列表**项**', '1. 有序', '    缩进', '> 引用', '| a | b |', '|---|---|', '[x]: /u', '见[x]', '===', '<b>标签</b>');
    fc.assert(
      fc.property(fc.array(agreeing, { minLength: 1, maxLength: 10 }), (lines) => {
        const src = `${lines.join('\n')}\n`;
        expect(blocks(src, { cutAtHeadings: true })).toEqual(blocks(src, { fast: false }));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('leaves a list item that opens indented code to remark (fast-check found -␣␣␣␣␣乙)', () => {
    for (const src of ['-     乙\n', '1.      乙\n', '- -     乙\n', '- 乙\n', '- \t乙\n']) {
      const read = (fast: boolean) => parseProse(src, 'markdown', { fast }).blocks.map((b) => [b.text, [...b.offsets]]);
      expect(read(true)).toEqual(read(false));
    }
  });

  it('reads emphasis as remark does, offsets included, on random one-line paragraphs', () => {
    const piece = fc.constantFrom('**', '**', '***', '*', '甲', '乙', '。', '，', '“', '”', ' ', 'a', '1');
    const marker = fc.constantFrom('', '', '- ', '* ', '# ', '1. ', '- - ');
    const blocks = (src: string, fast: boolean) => parseProse(src, 'markdown', { fast }).blocks.map((b) => [b.text, [...b.offsets]]);
    fc.assert(
      fc.property(marker, fc.array(piece, { maxLength: 24 }), (head, parts) => {
        const src = `${head}${parts.join('')}\n`;
        expect(blocks(src, true)).toEqual(blocks(src, false));
      }),
      { numRuns: 500 },
    );
  });
});
