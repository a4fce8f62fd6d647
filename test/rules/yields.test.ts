import { ruleTester } from '../helpers/rule-tester.js';

// Where reviewers name one rule for a sentence two rules read, the other gives way
// (RuleDef.yields); without the rule it yields to, its finding stays.

// Interest rolling onto interest beside deposit wording: the deposit wording only.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['利息按复利计算，利滚利，放得越久越划算。\n'],
  invalid: [
    { text: '钱生钱，利滚利。\n', found: ['钱生钱', '利滚利'] },
    // Growth beyond the interest's own words stays.
    { text: '复利滚存，账户价值翻十倍不是梦！\n', found: ['复利滚存', '翻十倍'] },
  ],
});

// A customer quoted on dividends: the testimonial is what reviewers name.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['老客户真实反馈：买了三年，每年分红都没让我失望！——张阿姨\n'],
  invalid: [{ text: '买这款，每年分红稳稳到手。\n', found: ['每年分红稳稳到手'] }],
});
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['张阿姨说：“买了三年，分红一年比一年多，推荐给老姐妹们！”\n'],
  invalid: [{ text: '这款分红一年比一年多，越往后拿得越多。\n', found: ['一年比一年多'] }],
});

// The window of a gift offer is the inducement's; a purchase called a gain beside an exaggeration is that one's.
ruleTester('pressure-selling', {
  kind: 'promo',
  valid: ['投保即送五粮液一瓶，先到先得。\n', '账户结算利率稳居同业第一梯队，买到就是赚到。\n'],
  invalid: [
    { text: '名额有限，先到先得，错过再等一年。\n', found: ['名额有限', '先到先得', '错过再等一年'] },
    { text: '买到就是赚到，下个月就停售了。\n', found: ['买到就是赚到', '下个月就停售了'] },
  ],
});

// A deposit named as what this beats is the comparison; the bank's own wealth insurance is the bank's.
ruleTester('deposit-wording', {
  kind: 'script',
  valid: ['侬晓得伐，放定期么利息老少额，阿拉这只产品要高交关。\n', '这是我行最新推出的一款理财型保险，只在网点发售。\n'],
  invalid: [
    { text: '这款理财型保险就跟存定期一样，到期连本带息拿回。\n', found: [''] },
    { text: '您就当放定期，每年存两万，存满五年。\n', found: ['就当放定期', '每年存两万', '存满'] },
  ],
});

// A rate locked in before a cut: the pressure only. A floor on a rate beside its guarantee: the guarantee only.
ruleTester('guaranteed-return', {
  kind: 'promo',
  valid: ['利率马上要降了，现在上车还能锁住3.0。\n', '预定利率即将下调，最后10天锁定3.0%！\n'],
  invalid: [{ text: '这款能锁住3.0，一辈子不变。\n', found: ['锁住3.0'] }],
});
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['本产品承诺年化收益不低于4%。\n', '万能账户结算利率长期稳定在4%以上，收益有保障。\n'],
  invalid: [{ text: '年化6%起，闭眼入。\n', found: [''] }],
});

// 增值 alone beside another rule's finding, 吊打 beside a comparison, 炸裂 or 最划算 beside a hurry: that rule only.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: [
    '收益跑赢定期存款，养老钱多一份增值。\n',
    '收益吊打银行理财，懂的都懂。\n',
    '下个月保费要涨，您这周定下来最划算。\n',
    '🔥炸裂🔥 听说9月起全面下调，现在是最后窗口期。\n',
  ],
  invalid: [
    { text: '这款年金复利增值。\n', found: ['增值'] },
    { text: '这款收益吊打同类，全网第一。\n', found: ['吊打', '全网第一'] },
  ],
});
// Crowds buying beside an exaggeration: the exaggeration only.
ruleTester('pressure-selling', {
  kind: 'script',
  valid: ['这款收益率在全省数一数二，很多客户抢着买。\n'],
  invalid: [{ text: '很多客户抢着买，下周就停售了。\n', found: ['抢着买', '下周就停售了'] }],
});

// A quote's attribution after it is read with it: the testimonial, not the exaggeration inside the quote.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['“买了三年，分红一年比一年多！”——老客户张女士\n'],
  invalid: [{ text: '“买了三年，分红一年比一年多！”\n', found: ['一年比一年多'] }],
});

// Money collected lying down beside a promise: the guarantee only; alone, the exaggeration.
ruleTester('exaggerated-return', {
  kind: 'promo',
  valid: ['不看大盘，不看脸色，每年躺着收钱，一分都不会少。\n'],
  invalid: [{ text: '啥也不用管，签完字往那一放，躺着收钱就行。\n', found: ['躺着收钱'] }],
});
