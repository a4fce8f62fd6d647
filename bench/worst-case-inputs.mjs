// Pathological drafts for the bench's "worst case" section and the engine's
// worst-case tests: each once took superlinear time or crashed (issue 9,
// items 3 and 4). Deterministic, so timings compare across runs.

// ~15 characters of ordinary promotional prose between forbidden phrases.
const FILLERS = [
  '这款年金产品交费期短而且领取灵活',
  '客户经理建议您尽早为家人做好规划',
  '每年可以领取一笔生存保险金用于养老',
  '保单利益按照合同约定逐年给付到账',
];
// Phrases of several rules, one of them inside an exception's context.
const PHRASES = ['存款', '保本', '利息', '稳赚', '不是银行存款', '投保即送礼品', '本金'];

/** One line of Han text with no 。！？； and a forbidden phrase every ~17 characters. */
export function longLine(chars) {
  let out = '';
  for (let i = 0; out.length < chars; i++) out += FILLERS[i % FILLERS.length].slice(0, 15) + PHRASES[i % PHRASES.length];
  return out.slice(0, chars) + '\n';
}

/** A list nested `depth` levels deep, each item one short sentence. */
export function nestedList(depth) {
  const lines = [];
  for (let i = 0; i < depth; i++) lines.push(`${'  '.repeat(i)}- 第${i + 1}层：本产品保本保息`);
  return lines.join('\n') + '\n';
}

/** `count` nested `[` … `]` around a phrase. */
export function nestedBrackets(count) {
  return `${'['.repeat(count)}本产品保本保息${']'.repeat(count)}\n\n本产品收益比银行存款更高。\n`;
}

/** About `bytes` of nested `*` emphasis around a phrase. */
export function nestedEmphasis(bytes) {
  const n = Math.floor((bytes - 20) / 2);
  return `${'*'.repeat(n)}本产品保本保息${'*'.repeat(n)}\n\n本产品收益比银行存款更高。\n`;
}

/** `depth` nested block quotes around a phrase. */
export function nestedQuotes(depth) {
  return `${'>'.repeat(depth)} 本产品保本保息\n\n本产品收益比银行存款更高。\n`;
}

/** One line of `pairs` deposit and product figures side by side, with no sentence end: a juxtaposition per pair. */
export function figureLine(pairs) {
  return '定存 ' + '1.5% 这款 3.5% '.repeat(pairs) + '\n';
}

/** One paragraph of `count` sentences the claim model reads as claims no rule reports: a finding each, and its checks against the rest. */
export function modelParagraph(count) {
  return '今天签单的客户，行里额外安排一次高端体检。'.repeat(count) + '\n';
}

/** One paragraph of `count` short sentences that each make a claim: a finding each that may give way to another rule's in its sentence. */
export function claimSentences(count) {
  return '存款。'.repeat(count) + '\n';
}

/** One sentence of `count` clauses, each a claim two rules read (a deposit word beside a comparison), and no full stop. */
export function claimClauses(count) {
  return '跟存款一样利息比定期高，'.repeat(count) + '\n';
}

/** A Markdown table of `rows` rows under a header naming the deposit and the policy: a juxtaposition in every run of rows. */
export function longTable(rows) {
  let out = '| 期限 | 定期存款 | 年金（演示） |\n|---|---|---|\n';
  for (let i = 0; i < rows; i++) out += `| ${i + 1}年 | 1.${String(i % 90).padStart(2, '0')}% | 2.${String(i % 90).padStart(2, '0')}% |\n`;
  return out;
}
