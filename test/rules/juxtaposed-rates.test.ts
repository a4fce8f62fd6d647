import { ruleTester } from '../helpers/rule-tester.js';

// Figures set side by side with no comparison word: a savings figure, and a higher one of this product's.
ruleTester('juxtaposed-rates', {
  kind: 'promo',
  valid: [
    // 厘米 is a length, not a rate.
    '定期存款海报尺寸：宽60厘米，高90厘米，年金海报同尺寸。\n',
    // Only the bank's own deposits.
    '本行三年期大额存单年利率2.15%，比同期限普通定期存款高0.25个百分点，20万元起存。\n',
    // A deposit rate table.
    '活期 0.2%｜一年定期 1.3%｜三年定期 1.75%（本行挂牌利率）\n',
    // Statistics.
    '截至6月末，一年期定期存款利率1.45%，CPI同比上涨0.5%。\n',
    // No deposit figure; a refusal.
    '本产品预定利率2.5%，最低保证利率1.75%，不与银行存款利率比较。\n',
    // A warning.
    '请勿将本产品演示利率3.5%与银行存款利率1.5%进行比较。\n',
    // A market's fall, a loan's rate and the sum put in are no returns.
    '近一年沪深300下跌12%，货币基金平均七日年化约1.8%。\n',
    '三年定期2.75%，五年定期2.75%，贷款利率4.35%。\n',
    '同样100万，存银行每年1.9万。\n',
    // The principal named after it, the interest lower.
    '10万元存三年定期，利息5250元。\n',
    // A deposit rate table whose rows are terms (一年, 三年) under a savings header.
    '| 期限 | 整存整取年利率 |\n| --- | --- |\n| 一年 | 1.45% |\n| 三年 | 1.75% |\n| 五年 | 1.80% |\n',
    // A quiz's options after its question.
    '课后测试：下列哪种说法违规？A. 结算利率2.8%，比一年期存款高一倍；B. 结算利率不保证。答案：A。\n',
    // Bond rates by term, written in digits.
    '財政部今年發行的３年期儲蓄國債票面利率為2.38%，５年期為2.5%，額度售完即止。\n',
    // A bank's rate table, each row named by its first cell.
    '期限｜利率\n一年定期｜1.45%\n三年定期｜1.75%\n',
  ],
  invalid: [
    // Hong Kong's 厘 is a rate; the product named with 儲蓄 is the policy's side, not a deposit's.
    { text: '阿姐，定期 2厘、儲蓄計劃 4厘，你自己諗吓邊樣抵啲啦。\n', found: ['定期 2厘、儲蓄計劃 4厘'] },
    { text: '定存 1.7% vs 儲蓄險 2.25% 你選哪個？\n', found: ['定存 1.7% vs 儲蓄險 2.25%'] },
    // A list of labelled figures in words is no table: its first item is not a row name.
    { text: '余额宝 百分之一点四 ｜ 银行理财 百分之二点三 ｜ 福满堂 百分之三点五\n', found: ['余额宝 百分之一点四 ｜ 银行理财 百分之二点三 ｜ 福满堂 百分之三点五'] },
    // A table's rows are named by their first cell, not by the cell next to the figure (3年, 10年).
    { text: '产品类型｜期限｜参考收益\n大额存单｜3年｜2.35%\n瑞棠年年红年金（分红型）｜10年｜3.00%\n', found: ['大额存单｜3年｜2.35%\n瑞棠年年红年金（分红型）｜10年｜3.00%'] },
    { text: '余额宝 1.4% ｜ 银行理财 2.3% ｜ 福满堂 3.5%\n', found: ['余额宝 1.4% ｜ 银行理财 2.3% ｜ 福满堂 3.5%'] },
    { text: '活期 0.2%｜一年定期 1.3%｜三年定期 1.75%｜“福满堂”年金演示 3.5%\n', found: ['活期 0.2%｜一年定期 1.3%｜三年定期 1.75%｜“福满堂”年金演示 3.5%'] },
    // The suggestion deletes the sentence (never applied by --fix: see test/engine/juxtaposed.test.ts).
    { text: '定存1.5 👉 保险3.0，差的不是一点点。\n', found: ['定存1.5 👉 保险3.0'], suggested: '\n' },
    { text: '王哥👋 算笔账：\n三年定期 1.5\n这个年金 演示 3.0\n哪个香不用我说了吧😉\n', found: ['三年定期 1.5\n这个年金 演示 3.0'] },
    { text: '銀行5年定存 ¥100,000 → ¥111,500\n瀾禾鑫享 5年 ¥100,000 → ¥118,600\n', found: ['銀行5年定存 ¥100,000 → ¥111,500\n瀾禾鑫享 5年 ¥100,000 → ¥118,600'] },
    { text: '📊 同样100万：\n•银行大额存单 →每年约1.9万\n•鑫福两全 →每年约3万\n', found: ['银行大额存单 →每年约1.9万\n•鑫福两全 →每年约3万'] },
    { text: '海报对比表：三年期存款 2.35%｜银行理财 约2.8%｜"金禧人生"演示 3.5%\n', found: ['海报对比表：三年期存款 2.35%｜银行理财 约2.8%｜"金禧人生"演示 3.5%'] },
    { text: '余额宝七日年化不到2%，理财收益缩水，增额终身寿3.0%复利成了香饽饽\n', found: ['余额宝七日年化不到2%，理财收益缩水，增额终身寿3.0%'] },
    // The deposit's rate written as 存款利率1.25% is still the other side (not a statement about deposits alone).
    { text: '这款年金演示收益3.0%，三年期定期存款利率1.25%。\n', found: ['这款年金演示收益3.0%，三年期定期存款利率1.25%'] },
    { text: '年化演示利率 3.0%（同期一年期存款基准利率 1.5%）\n', found: ['年化演示利率 3.0%（同期一年期存款基准利率 1.5%'] },
    // A gain's sign before a bare figure (投连去年+9.8) keeps it a rate of its label.
    { text: '货基1.4、R2理财2.1、这款万能去年+4.2\n', found: ['货基1.4、R2理财2.1、这款万能去年+4.2'] },
    // Savings named after the first figure (要是续存) label the next one, whose own label names nothing (一年也就三千来块).
    { text: '王姐，您那30万要是续存，一年也就三千来块；转到这个计划，一年光红利就五千多。\n', found: ['您那30万要是续存，一年也就三千来块；转到这个计划，一年光红利就五千多'] },
    // A seller's two plans lettered A and B are no quiz's options.
    { text: 'A、B两种方案：A.每年存定期2万，20年后约46万；B.每年交2万保费，20年后现金价值约52万。选哪个，您自己算。\n', found: ['A、B两种方案：A.每年存定期2万，20年后约46万；B.每年交2万保费，20年后现金价值约52万'] },
    // Short lines that each end a sentence: a poster read as one unit.
    { text: '余额宝：1.4%！\n三年定期：1.75%！\n福满堂：百分之三点五！\n', found: ['余额宝：1.4%！\n三年定期：1.75%！\n福满堂：百分之三点五'] },
  ],
});

// In a script, the customer's own figures are no claim of the seller's.
ruleTester('juxtaposed-rates', {
  kind: 'script',
  valid: ['客户：我那个定期才1.5%，你们这个演示3.5%是真的吗？\n'],
  invalid: [{ text: '销售：三年定期 1.75%｜这款年金演示 3.5%\n', found: ['三年定期 1.75%｜这款年金演示 3.5%'] }],
});

// A pipe table's deposit row is a deposit rate: not deposit wording, but a juxtaposition with the product's row.
ruleTester('deposit-wording', {
  kind: 'promo',
  valid: ['| 渠道 | 三年 |\n| 大额存单 | 1.90% |\n| 储蓄国债 | 2.38% |\n| 本计划（演示） | 3.50% |\n'],
  invalid: [],
});

// A GFM table (with its delimiter row) is read as one table, a row to a line: its rows are compared like any table's.
ruleTester('juxtaposed-rates', {
  kind: 'web',
  valid: [
    // The bank's own rate table.
    '| 存期 | 年利率 |\n| :--- | ---: |\n| 一年定期 | 1.45% |\n| 三年定期 | 1.75% |\n',
    // The bank's own rates named by product (整存整取).
    '| 本行人民币存款 | 年利率 |\n| --- | --- |\n| 活期 | 0.10% |\n| 整存整取三年 | 1.75% |\n',
    // The contract's benefit table: no savings figure.
    '| 保单年度 | 现金价值（元） |\n| --- | --- |\n| 5 | 86,200 |\n| 10 | 112,400 |\n',
  ],
  invalid: [
    {
      text: '| 产品 | 参考年化 |\n| --- | --- |\n| 三年期大额存单 | 2.35% |\n| 福满堂年金（演示） | 3.50% |\n',
      found: ['三年期大额存单 | 2.35% |\n| 福满堂年金（演示） | 3.50%'],
    },
    // Cells with emphasis are parsed by remark: the same reading.
    {
      text: '| 产品 | **参考年化** |\n| --- | --- |\n| 银行定期 | 1.5% |\n| *鑫享年金* | 3.0% |\n',
      found: ['银行定期 | 1.5% |\n| *鑫享年金* | 3.0%'],
    },
  ],
});

// Rates said in points, figures in words: 一个多点 against 三个多.
ruleTester('juxtaposed-rates', {
  kind: 'script',
  valid: ['销售：等了三个多月，您的保单贷款才批下来，利率按合同约定执行。\n'],
  invalid: [
    { text: '销售：余额宝才一个多点，这个年化能到三个多，您算算哪个划算。\n', found: ['余额宝才一个多点，这个年化能到三个多'] },
    { text: '销售：定期两个点都不到，这个能到三个多点。\n', found: ['定期两个点都不到，这个能到三个多点'] },
  ],
});

// Sums said in Chinese numerals (一千五 against 三千多).
ruleTester('juxtaposed-rates', {
  kind: 'script',
  valid: ['销售：三年前我跑了三千米就喘，现在一万步都不在话下，身体好才是最大的保障。\n'],
  invalid: [{ text: '销售：放银行一年利息也就一千五，放这儿差不多一年能有三千多。\n', found: ['放银行一年利息也就一千五，放这儿差不多一年能有三千多'] }],
});

// A deposit rate table is no juxtaposition; two rates side by side are.
ruleTester('juxtaposed-rates', {
  kind: 'promo',
  valid: ['本行人民币存款利率表（年利率%）：活期0.10，一年1.10，三年1.50\n'],
  invalid: [{ text: '存款利率：1.45%　本计划结算利率：3.1%\n', found: [''] }],
});

// Banks' deposit rates listed for savers, with no word of insurance, set nothing beside a policy.
ruleTester('juxtaposed-rates', {
  kind: 'web',
  valid: ['本周三年期大额存单利率汇总：东岭银行1.75%、西桥银行1.7%、南湾农商行1.9%。\n'],
  invalid: [{ text: '三年期大额存单1.75% ｜ 这款年金演示4.0%\n', found: [''] }],
});

// A fee's rates by account are no returns set beside savings.
ruleTester('juxtaposed-rates', {
  kind: 'description',
  valid: ['| 费用项目 | 费率 |\n|---|---|\n| 资产管理费 | 稳健债券型0.8%/年，平衡配置型1.2%/年，积极进取型1.5%/年 |\n'],
  invalid: [{ text: '| 产品 | 收益 |\n|---|---|\n| 三年定期 | 1.75% |\n| 本年金 | 3.5% |\n', found: [''] }],
});

// An investment-linked policy's own accounts, their past returns side by side: no bond or deposit beside the policy.
ruleTester('juxtaposed-rates', {
  kind: 'description',
  valid: ['过往投资表现（年度单位价格涨跌幅）：\n\n| 账户 | 2023年 | 2024年 | 2025年 |\n|---|---|---|---|\n| 稳健债券账户 | 3.1% | 2.6% | 1.9% |\n| 积极成长账户 | -12.6% | 9.8% | 14.1% |\n\n注：过往表现不代表未来表现。\n'],
  invalid: [{ text: '| 产品 | 年化 |\n|---|---|\n| 三年期国债 | 2.38% |\n| 鑫禧年金（演示中档） | 3.5% |\n', found: [''] }],
});

// A bare rate after a word of quoting or estimating (挂牌1.45, 差不多2.8) is a rate; a bare amount after it (约1.5万) is not.
ruleTester('juxtaposed-rates', {
  kind: 'script',
  valid: ['续存三年的话，到期本息大概1.5万，这是银行的存款，跟保险没关系。\n'],
  invalid: [{ text: '续存三年挂牌1.45，转到这个年金里，演示中档差不多2.8。\n', found: [''] }],
});

// A poster's rows by arrows: the money put in is on both sides (10万), the gains set side by side are the comparison.
ruleTester('juxtaposed-rates', {
  kind: 'promo',
  valid: ['定存10万 → 到期后 → 本息转入活期\n万能账户10万 → 犹豫期后 → 开始按结算利率计息\n'],
  invalid: [{ text: '定存10万 → 1年后 → +1,100\n万能账户10万 → 1年后 → 演示 +2,600\n', found: [''] }],
});

// A table whose columns are the two sides (the header names the deposit), and a row named with a year in it;
// not a table of the policy's own rates by year.
ruleTester('juxtaposed-rates', {
  kind: 'promo',
  valid: ['| 年度 | 本账户结算利率 | 最低保证利率 |\n|---|---|---|\n| 2023 | 3.1% | 1.75% |\n| 2024 | 2.9% | 1.75% |\n'],
  invalid: [
    { text: '| 期限 | 定期存款 | 养老年金（演示） |\n|---|---|---|\n| 5年 | 1.30% | 2.80% |\n', found: [''] },
    { text: '| 您的选择 | 参考年化 |\n|---|---|\n| 三年期大额存单 | 1.65% |\n| 「栖云福满堂」中档演示（第20年） | 2.60% |\n', found: [''] },
  ],
});

// Rates after a poster's arrows, and a figure named in brackets after it; not one product's own figures along an arrow.
ruleTester('juxtaposed-rates', {
  kind: 'promo',
  valid: ['¥100,000 → ¥111,500（第5年末现金价值，中档演示）\n'],
  invalid: [
    { text: '余额宝→1.2 / 理财→2.1 / 咱这个→3.0起（演示）\n', found: [''] },
    { text: '把余额宝里躺平的钱挪出来了 1.2% → 3.0%（增额寿）\n', found: [''] },
    { text: '定存 ➡️ 1.5\n瑞丰万能 ➡️ 2.9\n', found: [''] },
  ],
});

// Cells stay apart (|进取股票账户|股票及股票基金60%-95%| is no deposit beside the account): a range in one cell is on
// one side; a row named by what it measures (期满金额) leaves its figures to the columns the header names.
ruleTester('juxtaposed-rates', {
  kind: 'description',
  valid: [
    '| 账户名称 | 投资方向 | 风险等级 |\n|---|---|---|\n| 稳健债券账户 | 主要投资于债券、债券基金 | 中低 |\n| 平衡配置账户 | 股票及股票基金0%-60%，其余投资于债券等 | 中 |\n| 进取股票账户 | 股票及股票基金60%-95% | 中高 |\n',
  ],
  invalid: [
    { text: '| 10万元放10年 | 三年期定存滚存 | 本产品（中档演示） |\n|---|---|---|\n| 期满金额 | 约11.6万 | 约13.4万 |\n', found: [''] },
    { text: '|        | 一年定存 | 储蓄国债 | 某分红年金 |\n|---|---|---|---|\n| 收益   | 1.1%     | 1.6%     | 中档演示3.0% |\n', found: [''] },
  ],
});

// Rates spaced out a character at a time to dodge a filter still sit side by side.
ruleTester('juxtaposed-rates', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: '定 存 1 . 3 0 %   ｜   本 品 3 . 0 0 %\n', found: [''] }],
});

// Rates pointed at by emoji still sit side by side.
ruleTester('juxtaposed-rates', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: '定存👉1.5%   万能账户结算👉3.1%\n', found: [''] }],
});
