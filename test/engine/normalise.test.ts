// Real copy hides banned wording behind traditional characters, spacing,
// joining marks, full-width forms and pinyin: every check reads through them,
// and findings still point at the original characters.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../server/src/engine/text/normalise.js';
import { foldForms, foldText } from '../../server/src/engine/text/fold.js';
import { lintText, resolveConfig } from '../../server/src/engine/index.js';

const config = resolveConfig(undefined, { noConfig: true });
const promo = (body: string) => `---\nkind: promo\n---\n${body}\n`;
function found(body: string, rule: string): string[] {
  const src = promo(body);
  return lintText(src, { config, filePath: 'draft.md' })
    .filter((f) => f.ruleId === rule)
    .map((f) => src.slice(f.start, f.end));
}

describe('normalise', () => {
  it('folds traditional characters to simplified, one to one', () => {
    expect(normalise('本產品保證收益，穩賺不賠').text).toBe('本产品保证收益，稳赚不赔');
  });
  it('drops spaces, zero-width characters and joining marks between Han characters, and spaces between Han and figures', () => {
    expect(normalise('保 本 保·息，零\u200b风险').text).toBe('保本保息，零风险');
    expect(normalise('年化 3.5% 的 APP 版本').text).toBe('年化3.5% 的 APP 版本');
  });
  it('reads an enclosed-ideograph emoji as its character, and reports the finding on the emoji', () => {
    expect(normalise('🈚️风险养老金，🈶保障，🉐实惠').text).toBe('无风险养老金，有保障，得实惠');
    expect(found('🈚️风险的养老年金，速来了解', 'guaranteed-return')).toEqual(['🈚️风险']);
    expect(found('🐷存钱罐', 'guaranteed-return')).toEqual([]);
  });
  it('reads emoji between single characters as fillers, and keeps those that part phrases', () => {
    expect(normalise('💰保💰本💰保💰息💰').text).toBe('💰保本保息💰');
    expect(normalise('安心🎁存钱，保障🎉加倍').text).toBe('安心🎁存钱，保障🎉加倍');
    expect(found('🔥稳🔥赚🔥不🔥赔🔥', 'guaranteed-return')).toEqual(['稳🔥赚🔥不🔥赔']);
  });
  it('keeps a 破折号 (——) as the clause break it is, where a lone dash joins', () => {
    expect(normalise('福利你们想不到——佣金我只留一半').text).toBe('福利你们想不到——佣金我只留一半');
    expect(normalise('保—本保—息').text).toBe('保本保息');
  });
  it('spells sales words written in pinyin as their characters, whole words only', () => {
    expect(normalise('bi cunkuan gao，ting shou 在即，wen zhuan bu pei').text).toBe('bi 存款 gao，停售在即，稳赚不赔');
    expect(normalise('Visit licaishi.example.com').text).toBe('Visit licaishi.example.com');
    const { text, map } = normalise('这个 baoben 的');
    expect(text).toBe('这个保本的');
    // 保 stands at b, 本 at the word's last letter: a finding on 保本 covers all of "baoben".
    expect([map![2], map![3]]).toEqual([3, 8]);
  });
  it('drops spaces between a figure and a Han character, not the ideographic space of a plain-text table', () => {
    expect(normalise('存 10 万 · 领 终 身').text).toBe('存10万领终身');
    expect(normalise('第 3 年起领取').text).toBe('第3年起领取');
    expect(normalise('结算利率　3.80%').text).toBe('结算利率　3.80%');
    expect(normalise('abc 12 def').text).toBe('abc 12 def');
    expect(found('存 10 万 ，锁 定 终 身 年 金 收 益', 'deposit-wording')).toEqual(['存 10 万']);
  });
  it('reads a figure spaced out a character at a time as one, not figures spaced apart as columns', () => {
    expect(normalise('定 存 1 . 3 0 %   ｜   本 品 3 . 0 0 %').text).toBe('定存1.30%   ｜   本品3.00%');
    expect(normalise('三年定期 1.75% 1.55%').text).toBe('三年定期1.75% 1.55%');
    const { text, map } = normalise('本 品 3 . 0 %');
    expect(text).toBe('本品3.0%');
    // The percent sign is the input's last character: a finding on the figure covers all of it.
    expect(map![text.length - 1]).toBe(10);
  });
  it('joins a label and its figure across a pointing emoji, as across a space', () => {
    expect(normalise('定存👉1.5%   万能账户结算👉3.1%').text).toBe('定存1.5%   万能账户结算3.1%');
    expect(normalise('年金🛡️2.8').text).toBe('年金2.8');
    // Not between two words: 安心🎁存钱 keeps its gift.
    expect(normalise('安心🎁存钱').text).toBe('安心🎁存钱');
  });
  it('reads 帳戶 and 帐户 as 账户, and leaves the tent alone', () => {
    expect(normalise('萬能帳戶的保底利率只保帳戶那部分').text).toBe('万能账户的保底利率只保账户那部分');
    expect(normalise('帐号与帐篷').text).toBe('账号与帐篷');
  });
  it('folds full-width digits, letters, plus and percent signs', () => {
    expect(normalise('收益３．５％').text).toBe('收益3.5%');
    expect(normalise('已有１２００＋位客户').text).toBe('已有1200+位客户');
    expect(normalise('已有1200＋位客户').text).toBe('已有1200+位客户'); // ＋ the only thing to fold
  });
  it('reads half-width punctuation next to Han characters as full-width, and leaves figures and pattern syntax alone', () => {
    expect(foldText('放定期一年一千多,放这里一年三千多!')).toBe('放定期一年一千多，放这里一年三千多！');
    expect(foldText('保费10,000元，10:30前到账')).toBe('保费10,000元，10:30前到账');
    expect(foldForms('(能)?领到')).toBe('(能)?领到');
    const full = found('同样十万块，放银行一年一千五，放这儿一年三千多，您自己算算！', 'return-comparison');
    expect(found('同样十万块,放银行一年一千五,放这儿一年三千多,您自己算算!', 'return-comparison')).toHaveLength(full.length);
    expect(full.length).toBeGreaterThan(0);
  });

  it('drops pinyin written after characters, toned or bracketed', () => {
    expect(normalise('保bǎo本běn').text).toBe('保本');
    expect(normalise('存(cún)款(kuǎn)').text).toBe('存款');
    expect(normalise('稳wen赚zhuan不bu赔pei').text).toBe('稳赚不赔');
  });
  it('spells a two-syllable sales word written half in pinyin as its characters (银hang, hong包, bao本bao息)', () => {
    expect(normalise('就跟存银hang一样').text).toBe('就跟存银行一样');
    expect(normalise('成单有hong包').text).toBe('成单有红包');
    expect(normalise('bao本bao息').text).toBe('保本保息');
    expect(normalise('稳zhuan不赔').text).toBe('稳赚不赔');
    // Not a syllable inside an English word, nor pinyin annotations after their characters.
    expect(normalise('Bangbao本').text).toBe('Bangbao本');
    expect(normalise('保bao本ben').text).toBe('保本');
  });
  it("keeps a lone syllable that stands for a character, for the lexicons' spellings of it", () => {
    expect(normalise('稳wen赚zhuan不bu赔pei').text).toBe('稳赚不赔');
    expect(found('这个稳zhuan不赔。', 'guaranteed-return')).toEqual(['稳zhuan不赔']);
  });
  it('keeps English and product codes that only look like syllables', () => {
    expect(normalise('下载手机银行app办理').text).toBe('下载手机银行app办理');
    expect(normalise('详见附件 A 款').text).toBe('详见附件 A 款');
  });
  it('drops spoken fillers standing alone between commas (嗯, 那个, 就是说, 对吧), with their commas', () => {
    const input = '我们银行，嗯，跟那个保险公司联合推出的，对吧，您放心';
    const n = normalise(input);
    expect(n.text).toBe('我们银行跟那个保险公司联合推出的您放心');
    expect([...n.map!].map((k) => input[k]).join('')).toBe(n.text);
    // Read after folding: 那個 is 那个; a word that is no filler alone (那个产品) stays.
    expect(normalise('收益，那個，是保證的').text).toBe('收益是保证的');
    expect(normalise('那个产品，我们行代销').text).toBe('那个产品，我们行代销');
  });

  it('maps every kept character back to its input index', () => {
    const n = normalise('保 證\u200b收益');
    expect(n.text).toBe('保证收益');
    expect([...n.map!]).toEqual([0, 2, 4, 5]);
  });
  it('returns the input untouched when there is nothing to fold', () => {
    const plain = '本产品由华泰安康人寿保险股份有限公司承保。';
    expect(normalise(plain)).toEqual({ text: plain, map: null });
  });
});

describe('checks read the normalised text', () => {
  it('reads a claim split by a transcript’s fillers, and reports it on the original text', () => {
    expect(found('嗯，就是说这个呢，是那个，我们银行，嗯，跟那个保险公司联合推出的，对吧', 'bank-as-originator')).toEqual(['我们银行，嗯，跟那个保险公司联合推出']);
  });

  it('reports traditional-character claims at their original range', () => {
    expect(found('本產品保證收益，穩賺不賠。', 'guaranteed-return')).toEqual(['保證收益', '穩賺不賠']);
  });
  it('reports spaced and zero-width-split claims', () => {
    expect(found('这款产品保 本，零\u200b风险。', 'guaranteed-return')).toEqual(['保 本', '零\u200b风险']);
  });
  it('reports pinyin-annotated claims', () => {
    expect(found('本产品保bǎo本běn。', 'guaranteed-return')).toEqual(['保bǎo本']);
  });
  it('keeps a traditional differentiation sentence clean', () => {
    expect(found('本產品是保險產品，不是銀行存款。', 'deposit-wording')).toEqual([]);
  });
  it('reads 你 as 您: the same claim in either register', () => {
    const sign = (body: string) => lintText(`---\nkind: script\n---\n${body}\n`, { config, filePath: 'script.md' }).filter((f) => f.ruleId === 'proxy-signing').length;
    expect(sign('抄录那句话太长了，我打印一张给您贴上去就可以。')).toBeGreaterThan(0);
    expect(sign('抄录那句话太长了，我打印一张给你贴上去就可以。')).toBeGreaterThan(0);
  });
  it('reads the particle 著 (兜著, 存著) as 着, but keeps 显著 and 著名', () => {
    expect(foldForms('銀行給您兜著，显著，著名，著作')).toBe('銀行給您兜着，显著，著名，著作');
    expect(found('放心，這個出了事有銀行兜著，我們行不會不管的。', 'bank-as-originator')).not.toEqual([]);
  });
  it('reads written Cantonese as Mandarin where the word is unambiguous or its context says so', () => {
    expect(foldForms('呢份系保险，唔系存款，冇风险嘅讲法我哋唔会讲')).toBe('这份是保险，不是存款，没风险的讲法我们不会讲');
    // Mandarin words keep their 系, 呢 and 唔: 关系, 系统, 系列, a sentence-final 呢, thanks (唔该), an interjection.
    expect(foldForms('关系、系统、一系列，您呢？唔该。唔，好的')).toBe('关系、系统、一系列，您呢？唔该。唔，好的');
    // 揾 earns money (稳揾, 揾钱) and otherwise looks for; 仲 is 还 but not in 仲裁; 蚀 is 亏 but not in 侵蚀.
    expect(foldForms('稳揾，揾钱，揾人；仲高过定期，仲裁；蚀本，侵蚀')).toBe('稳赚，赚钱，找人；还高过定期，仲裁；亏本，侵蚀');
    // 话 is 说 after a speaker or a modal, 同 is 跟 before a person or what is compared; 电话, 的话, 合同, 相同 stay.
    expect(foldForms('我唔会话最好，同你讲清楚，同定期比；电话、不方便的话、合同您收好、相同')).toBe('我不会说最好，跟您讲清楚，跟定期比；电话、不方便的话、合同您收好、相同');
    // Two-character words of the same length: 而家 现在, 听日 明天; 然而家庭 stays.
    expect(foldForms('而家唔买，听日就冇；然而家庭')).toBe('现在不买，明天就没；然而家庭');
    // 唔好 is 不要 (do not), but not in 唔好意思 (sorry), 唔好彩 (unlucky) or the question 好唔好.
    expect(foldForms('唔好同存款比；唔好意思，唔好彩，好唔好')).toBe('不要跟存款比；不好意思，不好彩，好不好');
    // 返 is 回 after a verb, 俾 给, 郁 动 when denied; 返现, 俾斯麦 and 忧郁 stay. 拎 拿, 边度 哪里, 稳阵 稳当, 一齐 一起.
    expect(foldForms('收返本金，睇返，莫信，莫名，约莫，返现，俾你，俾斯麦，唔会郁，忧郁，拎返，边度，稳阵，一齐')).toBe('收回本金，看回，别信，莫名，约莫，返现，给您，俾斯麦，不会动，忧郁，拿回，哪里，稳当，一起');
    // 执笠 倒闭, 梗系 当然, 着数 划算, 边样 哪样.
    expect(foldForms('公司执笠，梗系唔会，最着数，边样')).toBe('公司倒闭，当然不会，最划算，哪样');
    // Taiwan's 瞭解 is 了解; 瞭望 stays.
    expect(foldForms('瞭解產品，瞭望塔')).toBe('了解產品，瞭望塔');
    // Northern 俺 is 我; Cantonese 嗰 is 那, 呢度 这里.
    expect(foldForms('俺们银行的保险，嗰啲息，摆落呢度')).toBe('我们银行的保险，那些息，摆落这里');
    // Shanghainese 阿拉 and 侬; 阿拉伯 stays.
    expect(foldForms('阿拉银行，侬放心，迭只产品；阿拉伯，迭代，更迭')).toBe('我们银行，您放心，这只产品；阿拉伯，迭代，更迭');
    // Shanghainese 勿会, 勿要, 搿个; Mandarin's 请勿 stays.
    expect(foldForms('搿个一分也勿会少侬，勿要急；请勿代签')).toBe('这个一分也不会少您，不要急；请勿代签');
    // Taiwanese Hokkien's 毋 and 袂 are 不, but 联袂 is jointly and 毋宁 rather.
    expect(foldForms('毋是定存，绝对袂亏本；联袂推出，毋宁说')).toBe('不是定存，绝对不亏本；联袂推出，毋宁说');
    // A pattern folds the same way: 唔( and 唔| are the negation.
    expect(foldForms('唔(系|是)存款')).toBe('不(是|是)存款');
  });
  it('finds Cantonese claims and keeps Cantonese differentiation clean', () => {
    expect(found('呢份保單穩賺唔蝕，十年後實有雙倍返嚟。', 'guaranteed-return')).not.toEqual([]);
    expect(found('阿婆，呢個同你存定期冇乜分別，仲多幾個點利息添。', 'deposit-wording')).not.toEqual([]);
    expect(found('呢份係保險合約，唔係銀行定期存款。', 'deposit-wording')).toEqual([]);
    expect(found('阿伯，呢個係保險，唔係定期，唔好當係存錢咁諗。', 'deposit-wording')).toEqual([]);
  });
  it("keeps the dot of a bank's brand line, and drops it elsewhere between Han characters", () => {
    expect(found('华 澄 银 行 · 安 心 存', 'bank-name')).toHaveLength(1);
    expect(found('安和人寿福满堂两全保险（分红型）｜汇川银行·懂你所需', 'bank-name')).toHaveLength(1);
    expect(found('这款产品保·本保·息', 'guaranteed-return')).toHaveLength(1);
  });
  it('reads text set one character a line as one phrase, but keeps a lone short line apart', () => {
    expect(found('稳\n赚\n不\n赔的养老方案，了解一下？', 'guaranteed-return')).toEqual(['稳\n赚\n不\n赔']);
    // 注 on its own line is a label, not the first character of what follows.
    expect(found('注\n意：本产品不是存款。', 'deposit-wording')).toEqual([]);
  });
  it('reads a phrase broken one character a line between short lines as one phrase (存钱⏎送⏎保障)', () => {
    expect(found('存钱\n送\n保障！到网点了解', 'inducement')).toEqual(['存钱\n送\n保障']);
  });
  it('reads sales words by their initials beside Chinese, spaced or not, but leaves capitals run together', () => {
    expect(normalise('这个的 lx 比它高，y e b 跑不过它').text).toBe('这个的利息比它高，余额宝跑不过它');
    expect(normalise('BJ分行 check it').text).toBe('BJ分行 check it');
    expect(found('y e b 跑不过它，收益比余额宝高多了', 'return-comparison')).not.toEqual([]);
  });
  it('reads pinyin with tone marks and words spelled out letter by letter (bǎo běn bǎo xī, f a n x i a n, 大额 c d)', () => {
    expect(normalise('bǎo běn bǎo xī 的年金').text).toBe('保本保息的年金');
    expect(normalise('f a n x i a n 比例你懂的').text).toBe('返现比例你懂的');
    expect(normalise('三年期大额 c d，懂的私我').text).toBe('三年期大额存单，懂的私我');
    // Tone marks outside a sales word stay as written; a word's letters inside an English word are no word.
    expect(normalise('Café 的 tiramisù').text).toBe('Café 的 tiramisù');
    expect(normalise('Stefanxiang 的店').text).toBe('Stefanxiang 的店');
    expect(found('yín háng 出品，必属精品（懂的都懂）', 'bank-as-originator')).toEqual(['yín háng 出品']);
  });
  it('reads a keycap digit as its digit and an enclosed ideograph as the character it encloses', () => {
    expect(normalise('0\u20e3风险，🈵额即止').text).toBe('0风险，满额即止');
    expect(normalise('0\ufe0f\u20e3风险').text).toBe('0风险');
  });
  it('reports a claim written in pinyin on the pinyin', () => {
    expect(found('wen zhuan bu pei，选它就对了！', 'guaranteed-return')).toEqual(['wen zhuan bu pei']);
    expect(found('这款其实就是 cunkuan，放心存。', 'deposit-wording')).not.toEqual([]);
  });
  it('quotes what the writer wrote in messages and suggestions, not the canonical text', () => {
    const src = promo('本產品保證收益，你放心。');
    const [f] = lintText(src, { config, filePath: 'draft.md' }).filter((x) => x.ruleId === 'guaranteed-return');
    expect(f.message).toContain('保證收益');
    expect(f.suggestions?.at(-1)?.desc).toContain('保證收益');
  });
});

