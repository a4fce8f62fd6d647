// The policy-script TextMate grammar and language configuration (syntaxes/), checked the way VS Code uses them:
// vscode-textmate on the Oniguruma WASM build, tokenizing whole documents line by line, asserting the scopes a
// user would see coloured. source.yaml is deliberately not available, as in a test host without the YAML extension.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import type { IGrammar, IRawGrammar, StateStack } from 'vscode-textmate';
import { CUSTOMER_LABELS, SELLER_LABELS } from '../../server/src/engine/document/speakers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const GRAMMAR_PATH = `${root}syntaxes/policy-script.tmLanguage.json`;
const CONFIG_PATH = `${root}syntaxes/policy-script.language-configuration.json`;
const SCOPE = 'text.markdown.policy-script';

const SELLER = 'entity.name.tag.speaker.seller.policy-script';
const CUSTOMER = 'entity.name.tag.speaker.customer.policy-script';
const SELLER_TURN = 'meta.turn.seller.policy-script';
const CUSTOMER_TURN = 'meta.turn.customer.policy-script';
const STAGE = 'comment.line.stage-direction.policy-script';
const PLACEHOLDER = 'variable.other.placeholder.policy-script';
const FRONT_MATTER = 'meta.embedded.block.frontmatter';
const COMMENT = 'comment.block.html';
const HEADING = 'markup.heading.markdown';

interface Token {
  text: string;
  scopes: string[];
}
type Line = Token[];

let grammar: IGrammar;
let grammarWithYamlStub: IGrammar;

// A stand-in for source.yaml, only to show that front matter really embeds it when it is installed.
const yamlStub = {
  scopeName: 'source.yaml',
  patterns: [
    { match: '^\\s*([^:#\\s][^:]*)(:)', captures: { 1: { name: 'entity.name.tag.yaml' }, 2: { name: 'punctuation.separator.key-value.mapping.yaml' } } },
  ],
};

function registry(withYaml: boolean) {
  return new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string): Promise<IRawGrammar | null> => {
      if (scopeName === SCOPE) return vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
      if (withYaml && scopeName === 'source.yaml') return vsctm.parseRawGrammar(JSON.stringify(yamlStub), 'yaml.json');
      return null; // source.yaml and anything else: not installed
    },
  });
}

beforeAll(async () => {
  const wasm = readFileSync(`${root}node_modules/vscode-oniguruma/release/onig.wasm`);
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const g = await registry(false).loadGrammar(SCOPE);
  const gy = await registry(true).loadGrammar(SCOPE);
  if (!g || !gy) throw new Error(`could not load ${SCOPE}`);
  grammar = g;
  grammarWithYamlStub = gy;
});

/** Tokenizes a whole document, carrying the rule stack from line to line as the editor does. */
function tokenize(src: string, g: IGrammar = grammar): Line[] {
  let stack: StateStack = vsctm.INITIAL;
  return src.split('\n').map((line) => {
    const r = g.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The single line of a one-line document. */
const line = (src: string): Line => tokenize(src)[0];

/** Contiguous stretches of the line's text whose tokens carry `scope`. */
function runs(l: Line, scope: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  for (const t of l) {
    if (t.scopes.includes(scope)) current = (current ?? '') + t.text;
    else if (current !== null) {
      out.push(current);
      current = null;
    }
  }
  if (current !== null) out.push(current);
  return out;
}

/** Every scope a user could see anywhere on the line, apart from the grammar's root scope. */
const scopesOn = (l: Line): string[] => [...new Set(l.flatMap((t) => t.scopes.filter((s) => s !== SCOPE)))];

/** The scopes of the token that starts the first occurrence of `needle`. */
function scopesAt(l: Line, needle: string): string[] {
  const text = l.map((t) => t.text).join('');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not on the line "${text}"`);
  let pos = 0;
  for (const t of l) {
    if (at >= pos && at < pos + t.text.length) return t.scopes;
    pos += t.text.length;
  }
  throw new Error('unreachable');
}

describe('speaker turns', () => {
  // The engine's own labels: what is coloured as a turn is what the linter reads as one.
  const sellerLabels = SELLER_LABELS;
  const customerLabels = CUSTOMER_LABELS;

  it.each(sellerLabels.flatMap((label) => [`${label}：`, `${label}:`]))('seller label %s', (label) => {
    const l = line(`${label}您好，我是咱们网点的理财经理小陈。`);
    expect(runs(l, SELLER)).toEqual([label]);
    expect(runs(l, CUSTOMER)).toEqual([]);
    expect(runs(l, SELLER_TURN)).toEqual([`${label}您好，我是咱们网点的理财经理小陈。`]);
    expect(scopesAt(l, label.slice(-1))).toContain('punctuation.separator.speaker.policy-script');
  });

  it.each(customerLabels.flatMap((label) => [`${label}：`, `${label}:`]))('customer label %s', (label) => {
    const l = line(`${label}保险啊？我还以为是理财呢。`);
    expect(runs(l, CUSTOMER)).toEqual([label]);
    expect(runs(l, SELLER)).toEqual([]);
    expect(runs(l, CUSTOMER_TURN)).toEqual([`${label}保险啊？我还以为是理财呢。`]);
  });

  it('the rest of the line is the turn body, without the speaker scope', () => {
    const l = line('坐席：您好，请问是李建国先生吗？');
    expect(scopesAt(l, '您好')).toEqual([SCOPE, SELLER_TURN]);
    const c = line('客户:是我，哪位？');
    expect(scopesAt(c, '是我')).toEqual([SCOPE, CUSTOMER_TURN]);
  });

  it('客户经理 is a seller, not the customer 客户', () => {
    const l = line('客户经理：王阿姨，这款产品由保险公司承保。');
    expect(runs(l, SELLER)).toEqual(['客户经理：']);
    expect(runs(l, CUSTOMER)).toEqual([]);
  });

  it('a bold label, with the colon outside or inside the bold', () => {
    const outside = line('**销售**：这个产品**每年固定分红**，您不用操心。');
    expect(runs(outside, SELLER)).toEqual(['**销售**：']);
    expect(runs(outside, 'markup.bold.markdown')).toEqual(['**销售**']);
    expect(runs(outside, 'punctuation.definition.bold.markdown')).toEqual(['**', '**']);
    // the bold phrase in the body is body text, not part of the label
    expect(scopesAt(outside, '每年固定分红')).toEqual([SCOPE, SELLER_TURN]);

    const inside = line('**客户：**那每年能多拿多少？');
    expect(runs(inside, CUSTOMER)).toEqual(['**客户：**']);
    expect(scopesAt(inside, '那每年')).toEqual([SCOPE, CUSTOMER_TURN]);

    const ascii = line('**坐席**:好的，谢谢您。');
    expect(runs(ascii, SELLER)).toEqual(['**坐席**:']);
  });

  it('a plain label followed by bold text keeps the ** in the body', () => {
    const l = line('销售：**我帮您抄一下**，您在下面签个名就行。');
    expect(runs(l, SELLER)).toEqual(['销售：']);
    expect(runs(l, 'markup.bold.markdown')).toEqual([]);
  });

  it.each([
    ['- ', '-', 'punctuation.definition.list.begin.markdown'],
    ['* ', '*', 'punctuation.definition.list.begin.markdown'],
    ['+ ', '+', 'punctuation.definition.list.begin.markdown'],
    ['1. ', '1.', 'punctuation.definition.list.begin.markdown'],
    ['> ', '>', 'punctuation.definition.quote.begin.markdown'],
    ['  - ', '-', 'punctuation.definition.list.begin.markdown'],
  ])('after the prefix %j', (prefix, marker, markerScope) => {
    const seller = line(`${prefix}销售：叔叔那份我帮他代签。`);
    expect(runs(seller, SELLER)).toEqual(['销售：']);
    expect(runs(seller, markerScope)).toEqual([marker]);
    const customer = line(`${prefix}**客户**：行，那就麻烦你了。`);
    expect(runs(customer, CUSTOMER)).toEqual(['**客户**：']);
    expect(runs(customer, CUSTOMER_TURN)).toEqual([`${prefix}**客户**：行，那就麻烦你了。`]);
  });

  it('a blockquote holding a list item', () => {
    const l = line('> - 客户：清楚了。');
    expect(runs(l, CUSTOMER)).toEqual(['客户：']);
  });

  it.each([
    ['a label word in the middle of a sentence', '本产品适合客户：年满18周岁至60周岁'],
    ['"our customers" is not a label', '我们的客户：很多都买了这款产品'],
    ['客户须知 is not one of the labels', '客户须知：请仔细阅读保险条款'],
    ['销售话术 is not one of the labels', '销售话术：开场白'],
    ['a label word followed by more text', '客户说：这和存款一样吗？'],
    ['a space before the colon', '销售 ：您好'],
    ['a bold field name that is not a label', '**适用对象**：代理银行远程服务中心持证坐席'],
    ['a bold list item that is not a label', '- **重大疾病保险金**：被保险人确诊合同约定的重大疾病，按基本保险金额给付；'],
    ['an unbalanced bold label', '**销售：您好'],
    ['a label without its colon', '销售您好'],
    ['a label in a table cell', '| 客户：签名 | 是 |'],
  ])('not a turn: %s', (_why, src) => {
    const l = line(src);
    expect(runs(l, SELLER)).toEqual([]);
    expect(runs(l, CUSTOMER)).toEqual([]);
    expect(runs(l, SELLER_TURN)).toEqual([]);
    expect(runs(l, CUSTOMER_TURN)).toEqual([]);
  });

  it('a turn is one line: the next line is not part of it', () => {
    const [first, second, third] = tokenize('销售：投保之前，有几件事\n我必须跟您讲清楚：\n客户：好。');
    expect(runs(first, SELLER_TURN)).toEqual(['销售：投保之前，有几件事']);
    expect(scopesOn(second)).toEqual([]);
    expect(runs(third, CUSTOMER)).toEqual(['客户：']);
  });

  it('in the bundled face-to-face example, exactly the lines that open with a label are turns', () => {
    const src = readFileSync(`${root}examples/face-to-face-script.md`, 'utf8');
    const lines = tokenize(src);
    src.split('\n').forEach((text, i) => {
      expect(runs(lines[i], SELLER).length, text).toBe(text.startsWith('销售：') ? 1 : 0);
      expect(runs(lines[i], CUSTOMER).length, text).toBe(text.startsWith('客户：') ? 1 : 0);
    });
    // the example has 8 seller and 7 customer turns
    expect(lines.filter((l) => runs(l, SELLER).length).length).toBe(8);
    expect(lines.filter((l) => runs(l, CUSTOMER).length).length).toBe(7);
  });
});

describe('stage directions', () => {
  it('（…）, 【…】 and […] inside a turn', () => {
    const l = line('销售：王阿姨您好（递上名片），我是小陈。【停顿】这是条款[指向第七条]，请您看一下。');
    expect(runs(l, STAGE)).toEqual(['（递上名片）', '【停顿】', '[指向第七条]']);
    // still inside the turn
    expect(scopesAt(l, '递上名片')).toEqual([SCOPE, SELLER_TURN, STAGE]);
    expect(runs(l, 'punctuation.definition.stage-direction.begin.policy-script')).toEqual(['（', '【', '[']);
    expect(runs(l, 'punctuation.definition.stage-direction.end.policy-script')).toEqual(['）', '】', ']']);
    expect(scopesAt(l, '我是小陈')).toEqual([SCOPE, SELLER_TURN]);
  });

  it('inside a customer turn, with one level of nesting', () => {
    const l = line('客户：（看了看（宣传册））嗯……');
    expect(runs(l, STAGE)).toEqual(['（看了看（宣传册））']);
    expect(scopesAt(l, '嗯')).toEqual([SCOPE, CUSTOMER_TURN]);
  });

  it.each([
    ['（客户点头）', ['（客户点头）']],
    ['【停顿三秒，等待客户回应】', ['【停顿三秒，等待客户回应】']],
    ['[客户沉默]', ['[客户沉默]']],
    ['> （客户翻看产品说明书）', ['（客户翻看产品说明书）']],
    ['- 【出示执业证】', ['【出示执业证】']],
    ['（客户点头）然后继续', ['（客户点头）']],
  ])('at turn level: %s', (src, expected) => {
    expect(runs(line(src), STAGE)).toEqual(expected);
  });

  it.each([
    ['a parenthesis in a heading', '# 嘉禾鑫享年金保险（分红型）网点面谈话术'],
    ['a parenthesis inside a prose paragraph', '**适用场景**：网点理财区（分红型）'],
    ['a Markdown link in a turn', '销售：详见[产品条款](https://example.com/tiaokuan)。'],
    ['a reference link', '销售：详见[产品条款][1]。'],
    ['a link at line start', '[产品条款](https://example.com/tiaokuan)'],
    ['a task-list box', '- [ ] 出示执业证'],
    ['a checked task-list box', '- [x] 出示执业证'],
    ['a footnote reference', '销售：收益不确定[^1]。'],
    ['an image', '![产品海报](poster.png)'],
    ['a GitHub alert', '> [!NOTE]'],
    ['an unclosed parenthesis', '销售：（客户'],
  ])('not a stage direction: %s', (_why, src) => {
    expect(runs(line(src), STAGE)).toEqual([]);
  });
});

describe('placeholders', () => {
  it('inside a turn, with and without inner spaces, CJK names too', () => {
    const l = line('坐席：您好，我是{{insurer}}的坐席{{ 坐席姓名 }}，客服热线{{hotline}}。');
    expect(runs(l, PLACEHOLDER)).toEqual(['{{insurer}}', '{{ 坐席姓名 }}', '{{hotline}}']);
    expect(scopesAt(l, 'insurer')).toEqual([SCOPE, SELLER_TURN, PLACEHOLDER]);
    expect(runs(l, 'punctuation.definition.placeholder.begin.policy-script')).toEqual(['{{', '{{', '{{']);
    expect(runs(l, 'punctuation.definition.placeholder.end.policy-script')).toEqual(['}}', '}}', '}}']);
  });

  it('in prose, in a heading and inside a stage direction', () => {
    expect(runs(line('本产品由{{insurer}}承保。'), PLACEHOLDER)).toEqual(['{{insurer}}']);
    const h = line('## {{productName}} 电话销售话术');
    expect(runs(h, PLACEHOLDER)).toEqual(['{{productName}}']);
    expect(runs(h, HEADING)).toEqual(['## {{productName}} 电话销售话术']);
    const s = line('销售：（递上{{insurer}}的条款）请您过目。');
    expect(scopesAt(s, 'insurer')).toEqual([SCOPE, SELLER_TURN, STAGE, PLACEHOLDER]);
  });

  it('the fill-in marker policylint --fix writes is a placeholder, not a stage direction', () => {
    const l = line('坐席：本产品由【请填写：保险公司名称】承保。');
    expect(runs(l, PLACEHOLDER)).toEqual(['【请填写：保险公司名称】']);
    expect(runs(l, STAGE)).toEqual([]);
  });

  it.each(['{{}}', '{{ }}', '{ insurer }', '{{insurer}'])('not a placeholder: %s', (p) => {
    expect(runs(line(`销售：${p}`), PLACEHOLDER)).toEqual([]);
  });
});

describe('headings', () => {
  it('ATX headings with the # marks as punctuation', () => {
    const l = line('## 一、开场与身份说明');
    expect(runs(l, HEADING)).toEqual(['## 一、开场与身份说明']);
    expect(runs(l, 'punctuation.definition.heading.markdown')).toEqual(['##']);
    expect(runs(l, 'entity.name.section.markdown')).toEqual(['一、开场与身份说明']);
  });

  it('a closing sequence is punctuation too', () => {
    const l = line('# 青岚守护终身重大疾病保险 电话销售话术 #');
    expect(runs(l, 'punctuation.definition.heading.markdown')).toEqual(['#', '#']);
  });

  it('a heading that reads like a turn is still a heading', () => {
    const l = line('### 销售：开场白');
    expect(runs(l, HEADING)).toEqual(['### 销售：开场白']);
    expect(runs(l, SELLER)).toEqual([]);
  });

  it.each(['#标题', '####### 七级', '    # 缩进代码'])('not a heading: %s', (src) => {
    expect(runs(line(src), HEADING)).toEqual([]);
  });
});

describe('HTML comments and directives', () => {
  it('a disable-next-line directive is a comment, with its keyword and rule ids', () => {
    const src = '<!-- policylint-disable-next-line deposit-wording, guaranteed-return -- 引用客户原话 -->';
    const l = line(src);
    expect(runs(l, COMMENT)).toEqual([src]);
    expect(runs(l, 'punctuation.definition.comment.html')).toEqual(['<!--', '-->']);
    expect(runs(l, 'keyword.control.directive.policy-script')).toEqual(['policylint-disable-next-line']);
    expect(runs(l, 'constant.other.rule-id.policy-script')).toEqual(['deposit-wording', 'guaranteed-return']);
    // the reason after " -- " is plain comment text
    expect(scopesAt(l, '引用客户原话')).toEqual([SCOPE, COMMENT]);
  });

  it.each(['policylint-disable', 'policylint-enable', 'policylint-disable-line'])('%s', (keyword) => {
    const l = line(`<!-- ${keyword} deposit-wording-->`);
    expect(runs(l, 'keyword.control.directive.policy-script')).toEqual([keyword]);
    expect(runs(l, 'constant.other.rule-id.policy-script')).toEqual(['deposit-wording']);
  });

  it('a disable-line directive at the end of a turn', () => {
    const l = line('销售：您放心，这就跟存款一样。<!-- policylint-disable-line deposit-wording -->');
    expect(runs(l, SELLER)).toEqual(['销售：']);
    expect(runs(l, COMMENT)).toEqual(['<!-- policylint-disable-line deposit-wording -->']);
    expect(scopesAt(l, 'deposit-wording')).toContain(SELLER_TURN);
  });

  it('an ordinary comment has no directive scopes', () => {
    const l = line('<!-- 审核意见：第三节需补充退保损失说明 -->');
    expect(runs(l, COMMENT)).toEqual(['<!-- 审核意见：第三节需补充退保损失说明 -->']);
    expect(runs(l, 'keyword.control.directive.policy-script')).toEqual([]);
  });

  it('a multi-line comment hides the dialogue inside it', () => {
    const lines = tokenize('<!--\n销售：旧版话术，已停用\n-->\n客户：好的。');
    expect(runs(lines[1], COMMENT)).toEqual(['销售：旧版话术，已停用']);
    expect(runs(lines[1], SELLER)).toEqual([]);
    expect(runs(lines[3], CUSTOMER)).toEqual(['客户：']);
  });
});

describe('front matter', () => {
  const src = [
    '---',
    'kind: phone-script',
    'product: traditional',
    'facts:',
    '  insurer: 青岚安康人寿保险股份有限公司',
    '客户: 张三',
    '---',
    '',
    '坐席：您好，请问是李建国先生吗？',
    '',
    '---',
    '客户: 是我',
  ].join('\n');

  it('the block between the --- lines is embedded YAML even without source.yaml', () => {
    const lines = tokenize(src);
    expect(runs(lines[0], 'punctuation.definition.frontmatter.begin.policy-script')).toEqual(['---']);
    for (const i of [1, 2, 3, 4, 5]) expect(runs(lines[i], FRONT_MATTER)).toEqual([src.split('\n')[i]]);
    // YAML that looks like dialogue is not a turn
    expect(runs(lines[5], CUSTOMER)).toEqual([]);
    expect(runs(lines[6], 'punctuation.definition.frontmatter.end.policy-script')).toEqual(['---']);
    expect(runs(lines[6], FRONT_MATTER)).toEqual([]);
    expect(runs(lines[8], SELLER)).toEqual(['坐席：']);
    // a later --- is a thematic break, not front matter
    expect(scopesOn(lines[10])).toEqual([]);
    expect(runs(lines[11], CUSTOMER)).toEqual(['客户:']);
  });

  it('includes source.yaml when it is installed', () => {
    const lines = tokenize(src, grammarWithYamlStub);
    expect(runs(lines[1], 'entity.name.tag.yaml')).toEqual(['kind']);
    expect(scopesAt(lines[1], 'kind')).toEqual([SCOPE, FRONT_MATTER, 'entity.name.tag.yaml']);
    expect(runs(lines[6], 'punctuation.definition.frontmatter.end.policy-script')).toEqual(['---']);
    expect(runs(lines[8], SELLER)).toEqual(['坐席：']);
  });

  it('only at the very top of the document', () => {
    const lines = tokenize('\n---\nkind: script\n---\n');
    expect(lines.flatMap(scopesOn)).toEqual([]);
  });
});

describe('everything else is plain text', () => {
  it.each([
    '**通话时长**：约8至10分钟',
    '| 基本保险金额 | 50万元 |',
    '2. **犹豫期**：您签收保单之日起有15天犹豫期',
    '',
  ])('%j', (src) => {
    expect(scopesOn(line(src))).toEqual([]);
  });

  it('dialogue inside a code fence is not coloured as a turn', () => {
    const lines = tokenize('```text\n销售：示例\n```\n销售：正文');
    expect(runs(lines[1], 'markup.fenced_code.block.markdown')).toEqual(['销售：示例']);
    expect(runs(lines[1], SELLER)).toEqual([]);
    expect(runs(lines[3], SELLER)).toEqual(['销售：']);
  });
});

describe('the grammar file', () => {
  const raw = readFileSync(GRAMMAR_PATH, 'utf8');

  it('is JSON with the right scope name', () => {
    const g = JSON.parse(raw);
    expect(g.scopeName).toBe(SCOPE);
  });

  it('every regex compiles in Oniguruma and every #include resolves', () => {
    const g = JSON.parse(raw);
    const regexes: string[] = [];
    const includes: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string') regexes.push(v);
        else if (k === 'include' && typeof v === 'string') includes.push(v);
        else walk(v);
      }
    };
    walk(g);
    expect(regexes.length).toBeGreaterThan(10);
    for (const re of regexes) {
      // an end pattern's \1 refers to its begin match; vscode-textmate substitutes it before compiling
      const source = re.replace(/\\([1-9])/g, '`');
      expect(() => new oniguruma.OnigScanner([source]), re).not.toThrow();
    }
    for (const inc of includes.filter((i) => i.startsWith('#'))) expect(Object.keys(g.repository), inc).toContain(inc.slice(1));
  });
});

describe('the language configuration', () => {
  const raw = readFileSync(CONFIG_PATH, 'utf8');
  const config = JSON.parse(raw);

  it('is JSON with HTML block comments', () => {
    expect(config.comments).toEqual({ blockComment: ['<!--', '-->'] });
  });

  it('pairs the full-width brackets and quotes and {{ }}', () => {
    const pairs = (list: unknown[]) => list.map((p) => (Array.isArray(p) ? p.join('') : `${(p as { open: string }).open}${(p as { close: string }).close}`));
    for (const p of ['（）', '【】', '「」', '“”', '{{}}']) {
      expect(pairs(config.brackets)).toContain(p);
      expect(pairs(config.autoClosingPairs)).toContain(p);
    }
    for (const p of ['（）', '【】', '「」', '“”', '{}']) expect(pairs(config.surroundingPairs)).toContain(p);
  });

  it('its regexes compile with the u flag (and the folding markers without it, as VS Code compiles them)', () => {
    const { pattern, flags } = config.wordPattern;
    expect(() => new RegExp(pattern, 'u')).not.toThrow();
    expect(() => new RegExp(pattern, flags)).not.toThrow();
    expect(flags).toContain('u');
    for (const marker of [config.folding.markers.start, config.folding.markers.end]) {
      expect(() => new RegExp(marker, 'u')).not.toThrow();
      expect(() => new RegExp(marker)).not.toThrow();
    }
    expect(new RegExp(config.folding.markers.start).test('<!-- #region 开场 -->')).toBe(true);
    expect(new RegExp(config.folding.markers.end).test('<!-- #endregion -->')).toBe(true);
  });

  it('the word pattern keeps runs of ideographs together and stops at punctuation', () => {
    const words = (s: string) => s.match(new RegExp(config.wordPattern.pattern, 'gu'));
    expect(words('销售：您好，请问是李建国先生吗？')).toEqual(['销售', '您好', '请问是李建国先生吗']);
    expect(words('（客户点头）【停顿】{{ 客户姓名 }}')).toEqual(['客户点头', '停顿', '客户姓名']);
    expect(words('利率3.5%，每年3,280元')).toEqual(['利率3.5', '每年3,280元']);
    expect(words('<!-- policylint-disable-next-line deposit-wording -->')).toEqual(['policylint-disable-next-line', 'deposit-wording']);
  });
});
