import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: [
    // What a borrower owes on a policy loan.
    '试算示例：期限6个月、年利率4.60%：到期应还利息约1,146.85元，本息合计51,146.85元。\n',
    // Risk statements about the principal.
    '销售：投资连结保险的账户价值随投资收益波动，您可能损失部分或全部本金。\n',
    '本产品的本金不保证，投资风险由投保人承担。\n',
    '投资账户出现亏损时，存在本金损失的风险。\n',
    // Policy loans have a principal and interest of their own.
    '您可以申请保单贷款，贷款利息按保险公司公布的利率计算。\n',
    '保单贷款到期未还的，未还的贷款本金和利息将计入新的贷款。\n',
    // Words that contain 本金, and the regulation quoted in a training note.
    '安和人寿资本金充足，偿付能力符合监管要求。\n',
    '话术中应避免使用“本金”“利息”“利益返还”等存款用语。\n',
    '销售：满期时，我们按合同约定给付满期保险金，具体金额以保险合同为准。\n',
    // 利滚利 boasts of growth (exaggerated-return's): it names no principal or interest of the policy.
    '钱生钱，利滚利，二十年翻一番不是梦。\n',
  ],
  invalid: [
    // Collecting interest, in Cantonese.
    { text: '穩穩陣陣，零風險收息，退休唔使愁。\n', found: ['收息'] },
    {
      text: '销售：满期时到期还本，还有额外利息。\n',
      found: ['到期还本', '利息'],
      suggested: '销售：满期时满期领取满期保险金（以合同约定为准），还有额外利息。\n',
    },
    { text: '销售：这个产品的利息每年有3.5%，比放在活期里强多了。\n', found: ['利息'], suggested: '销售：这个产品的保单利益每年有3.5%，比放在活期里强多了。\n' },
    { text: '五年后本金加利息一起返还给您。\n', found: ['本金加利息'] },
    { text: '第五年开始利益返还，每年返还已交保险费的10%。\n', found: ['利益返还'] },
    { text: '保本保息，放心购买。\n', found: ['保本保息'] },
    // Promises about the principal are not risk statements.
    { text: '销售：本金无风险，收益有保障。\n', found: ['本金'] },
    { text: '销售：您放心，绝对不会损失本金。\n', found: ['本金'] },
    { text: '销售：本金不会有任何损失，到期一分不少。\n', found: ['本金'] },
    { text: '销售：您交的钱就是本金，不会有任何损失。\n', found: ['本金'] },
  ],
});

// A copula's negation reaches over a noun phrase; a negation heads a phrase in single quotes too.
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['销售：过了犹豫期退保，退还的是现金价值，不是您交进去的全部本金。\n', "销售：这是分红保险，没有'利息'一说，红利每年不确定。\n"],
  invalid: [{ text: '销售：您交进去的全部本金到期都还给您。\n', found: [''] }],
});

// The bank's own loans are spoken of with their own interest and principal.
ruleTester('principal-interest-wording', {
  kind: 'notice',
  valid: ['贷款提前还款的，按实际用款天数计收利息，本金可一次或分次归还。\n'],
  invalid: [{ text: '交满十年以后，保单每年给您的利息够您零花。\n', found: ['利息'] }],
});

// A customer's word corrected is not the product described in it.
ruleTester('principal-interest-wording', {
  kind: 'web',
  valid: ['很多人习惯把交的保费叫“本金”，可保险合同里没有本金这个说法。\n'],
  invalid: [{ text: '您交的本金每年都有利息，到期一起拿回。\n', found: ['本金每年都有利息'] }],
});
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['阿姨，您的定期明天到期，到期后本金和利息会自动转入您的活期账户。\n'],
  invalid: [],
});

// Told not to buy insurance for interest.
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['你要图利息高嘛就莫买保险，买保险是图个保障，两个比不得。\n'],
  invalid: [{ text: '你要图利息高嘛就买这个保险，利息比存款高。\n', found: ['', ''] }],
});
ruleTester('principal-interest-wording', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: '等到孩子上大学那年，连本带分红稳稳当当三十万。\n', found: [''] }],
});
ruleTester('principal-interest-wording', {
  kind: 'description',
  valid: ['合同锁定的是约定的保险责任，不是存款本息。\n'],
  invalid: [{ text: '合同锁定的是本息，到期一起拿。\n', found: [''] }],
});
ruleTester('principal-interest-wording', {
  kind: 'promo',
  valid: ['今天终于把房贷本金又提前还了一截，晚上奖励自己一个鸡腿🍗\n'],
  invalid: [],
});

// Not the same as a deposit's principal and interest.
ruleTester('principal-interest-wording', {
  kind: 'notice',
  valid: ['投保提示：本产品的满期保险金不等同于银行存款本息，具体以合同约定为准。\n', '所交保险费不等同于银行存款本金。\n'],
  invalid: [{ text: '满期连本带息一次领回。\n', found: [''] }],
});

// Not principal and interest, joined with 跟.
ruleTester('principal-interest-wording', {
  kind: 'promo',
  valid: ['小提醒：保險≠存款，合約上寫的是「保險費」「現金價值」，不是本金跟利息喔。\n'],
  invalid: [{ text: '到期本金跟利息一起拿回来。\n', found: [''] }],
});

// A policy loan's interest is a loan's interest.
ruleTester('principal-interest-wording', {
  kind: 'description',
  valid: ['保单贷款需按保险公司公布的利率支付贷款利息。\n'],
  invalid: [{ text: '到期连本带息一次领取。\n', found: [''] }],
});

// What is not the interest of a deposit, a past payout record said to be no indicator: no deposit wording.
ruleTester('principal-interest-wording', {
  kind: 'description',
  valid: ['本合同满期保险金和生存保险金以合同约定为准，不属于银行存款利息。\n', '過往派息紀錄並非未來表現的指標，實際派息可能較預期為低。\n'],
  invalid: [{ text: '每年派息5%，本金到期返还。\n', found: ['', ''] }],
});

// Everyday posts borrow the words (考研 "存" 知识, 连本带利还给你) without a policy in sight.
ruleTester('principal-interest-wording', {
  kind: 'web',
  valid: ['期末考倒计时30天，每天"存"一点知识，考场上连本带利还给你😂\n'],
  invalid: [{ text: '每年"存"一点，到期连本带利还给你😂\n', found: [''] }],
});

// The principal kept whole in one word.
ruleTester('principal-interest-wording', {
  kind: 'promo',
  valid: [],
  invalid: [{ text: '稳稳的保本金，全家老小都能买。\n', found: ['保本金'] }],
});

// The bank's interest in a comparison is the comparison, which reviewers name; this product's interest stays this rule's.
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['经理：二十万放三年定期，到期利息不到一万；放这款年金，收益可比定期高多了。\n'],
  invalid: [{ text: '经理：跟存款比，这个利息高多了。\n', found: ['利息'] }],
});

// A reading of the benefit refused is a correction; telling the customer not to see insurance as insurance is not.
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['客户问：“到期能拿回本金吗？” 坐席：“满期给付的是满期保险金，金额以合同为准，不能按存款的本金来理解。”\n'],
  invalid: [],
});

// The principal said not to be guaranteed, in Cantonese.
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['你問本金有冇保證？老實講，呢款係投連，本金唔保證，有可能蝕。\n'],
  invalid: [],
});

// Contract items: the accumulation account's interest on a dividend notice, Hong Kong's crediting rate.
ruleTester('principal-interest-wording', {
  kind: 'description',
  valid: [
    '| 上年末累积生息账户余额 | 183.20 |\n| 本年度累积生息利息 | 4.58 |\n',
    '保單賬戶享有最低保證派息率每年2.0%，此保證僅適用於保單賬戶價值的累積。\n',
    '過往派息率並非未來派息率的指標；超出最低保證派息率的部分並非保證。\n',
  ],
  invalid: [
    { text: '这款年金每年派息，到期还本，跟存款一样省心。\n', found: ['派息', '到期还本'] },
    { text: '这款保险每年都有利息拿，到期连本带息还给您。\n', found: ['利息', '连本带息'] },
  ],
});

// Words inside longer ones, and a universal account's interest as the contract credits it.
ruleTester('principal-interest-wording', {
  kind: 'description',
  valid: [
    '客戶聲明：本人已閱讀並明白本利益說明文件所載資料，包括非保證利益的性質。\n',
    '保單價值準備金依當月宣告利率以複利方式計算利息。\n',
    '| 累積紅利及利息（非保證） | 0.00 | 0.00 |\n',
    '理财经理：阿姨，保险不讲本金，我们说的是已交保险费。\n',
  ],
  invalid: [{ text: '这款年金到期还本，每年还有利息。\n', found: ['到期还本', '利息'] }],
});

// Hong Kong crediting in a universal policy (按派息率派息; 本期派息), a training table naming the error beside the quote.
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: [
    'Jason：你供嘅保費會入去保單戶口，公司按派息率派息，而家派息率係每年4.2%，唔係保證。\n',
    '| 本期派息（Crediting Interest，非保證） | 8,472.66 |\n',
  ],
  invalid: [{ text: '销售：这个每年派息，到期连本带利一起拿。\n', found: ['派息', '连本带利'] }],
});

// The bank's own deposit or bond told of by itself; an FAQ asking whether the bank is the insurer.
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['王叔，您那张定期今天到期了，本金和利息已经转到您卡上，要续存的话您方便时来网点。\n'],
  invalid: [{ text: '这款年金交满五年，本金和利息每年打到您卡上。\n', found: [''] }],
});
ruleTester('bank-as-originator', {
  kind: 'web',
  valid: ['常见问题：银行是保险人吗？否，保险人为安澜人寿保险股份有限公司。\n'],
  invalid: [{ text: '这款年金是我们银行自己推出的产品。\n', found: [''] }],
});
ruleTester('return-comparison', {
  kind: 'script',
  valid: ['客户问这个收益跟国债比怎么样，我说国债是国家发的，这个是保险，放不到一块儿比。\n'],
  invalid: [{ text: '这个收益跟国债比，高出一大截。\n', found: [''] }],
});
ruleTester('inducement', {
  kind: 'promo',
  valid: ['多家银行推出存款送礼活动，存五万元可领大米一袋。\n'],
  invalid: [{ text: '买这款年金就送大米一袋。\n', found: [''] }],
});

// Made by saying yes to the customer's words; not by reassuring after a question that asks how.
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['客户：那利息怎么算？ 销售：放心，领多少都写在合同里，这不叫利息。\n'],
  invalid: [{ text: '客户：到期本息都能拿回来吧？ 理财经理：对的。\n', found: ['对的'] }],
});

// The customer's word corrected: the premium is not a deposit's principal.
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['客户：那我交的钱算本金吗？\n理财经理：交的是保险费，不是存款本金。前几年退保只能拿现金价值，会比交的少。\n'],
  invalid: [{ text: '理财经理：您交的本金一分不少，到期一起给您。\n', found: ['本金'] }],
});

// Principal and interest in other words.
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['满期时按合同约定给付满期保险金，金额以合同为准。\n'],
  invalid: [
    { text: '到期那天您带上身份证过来，本和利一块儿给您结了。\n', found: [''] },
    { text: '十年後連本帶仔攞返，唔使擔心。\n', found: [''] },
  ],
});

// Round 30: what the policy adds called interest, interest collected like rent; a deposit's own interest is not.
ruleTester('principal-interest-wording', {
  kind: 'promo',
  valid: ['10万存银行三年，多出来的全是利息，但也就几千块。\n'],
  invalid: [
    { text: '10万放进去，20年后账上18.06万，多出来的8.06万全是利息💰\n', found: [''] },
    { text: '買咗之後每年收息，好似收租咁，舒舒服服。\n', found: [''] },
  ],
});

// The deposit's own name for principal kept and interest drawn, said of a policy; not named as a banned word.
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['禁用话术：存本取息、整存整取、到期还本、利滚利。替代说法：交纳保险费、生存保险金、满期保险金、现金价值。\n'],
  invalid: [{ text: '我们这边有一款存本取息的产品，每年给您返一次钱，您有兴趣听听吗？\n', found: [''] }],
});

// Principal and interest in English in mixed copy; not a policy loan's interest in Chinese.
ruleTester('principal-interest-wording', {
  kind: 'promo',
  valid: ['保单贷款的利息按年计算，具体以合同约定为准。\n'],
  invalid: [{ text: '这款就是 saving plan，principal 100%安全，interest 每年到账 ✅\n', found: ['', ''] }],
});

// Interest collected for life, in Hong Kong and Macau wording.
ruleTester('principal-interest-wording', {
  kind: 'promo',
  valid: ['翠峰銀行港元定期存款，穩定收息。\n'],
  invalid: [{ text: '一筆過投保，終身收息無上限\n', found: ['終身收息'] }],
});

// What is paid out likened to interest.
ruleTester('principal-interest-wording', {
  kind: 'script',
  valid: ['第六年开始每年领取生存保险金两千八百元，具体以合同载明的为准。\n'],
  invalid: [{ text: '您每年交一万，交五年，第六年开始每年给您发两千八，相当于年息五个多点。\n', found: ['相当于年息'] }],
});

// Interest in quotes, said of the policy.
ruleTester('principal-interest-wording', {
  kind: 'promo',
  valid: ['保单贷款利息按合同约定计算。\n'],
  invalid: [{ text: '种下去的钱慢慢长，每年结出来的“息”按月领。\n', found: [''] }],
});

// Hong Kong's dividend option (積存生息) is a contract term; interest promised on the premium is not.
ruleTester('principal-interest-wording', {
  kind: 'description',
  valid: ['紅利可選擇積存生息，積存息率由本公司每年釐定，並不保證。\n'],
  invalid: [{ text: '您交的保费每年按3%生息，到期连本带利领回。\n', found: ['生息', '连本带利'] }],
});

// A policy loan repaid with its interest is a loan's terms; a sum paid out so is not.
ruleTester('principal-interest-wording', {
  kind: 'description',
  valid: ['保单贷款的利息按公司公布的年利率算，一次最长借六个月，到期要连本带息还上。\n'],
  invalid: [{ text: '到期连本带息还给您，一分不少。\n', found: ['连本带息'] }],
});
