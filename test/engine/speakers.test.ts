// In scripts, rules read the salesperson's turns and the narration, not the
// customer's: a customer may ask about deposits; the bank may not call
// insurance one.
import { describe, expect, it } from 'vitest';
import { lintText, resolveConfig } from '../../server/src/engine/index.js';

const config = resolveConfig(undefined, { noConfig: true });
const found = (src: string, ruleId: string) => lintText(src, { config, filePath: 'a.script.md' }).filter((f) => f.ruleId === ruleId).map((f) => src.slice(f.start, f.end));

describe('speaker turns', () => {
  const script = '---\nkind: script\n---\n客户：这个和存款有什么区别？\n销售：这是保险产品，不是银行存款。\n客户：那我能随时支取吗？\n销售：您可以把它当成存款。\n';
  it('ignores what the customer says and flags what the salesperson says', () => {
    expect(found(script, 'deposit-wording')).toEqual(['当成存款']);
  });

  it('reads a label that says how the words are said (客户说：, 理财经理答：) as a turn', () => {
    const src = '---\nkind: script\n---\n客户说：“我就当存钱了，跟定期一样吧？”\n理财经理答：“阿姨，这是保险，您想清楚再签。”\n销售：您就当存钱，跟定期一样。\n';
    // Only the seller's own line (the third) is reported.
    const reported = lintText(src, { config, filePath: 'a.script.md' }).filter((f) => f.ruleId === 'deposit-wording');
    expect(reported.map((f) => src.slice(0, f.start).split('\n').length)).toEqual([6, 6]);
    expect(found(src, 'deposit-wording')).toEqual(['存钱', '定期一样']);
  });

  it('a writer answering a quoted customer (客户：“…？”我：“…”) speaks for the seller', () => {
    const src = '---\nkind: script\n---\n客户：“这个跟定存比咋样？”我：“阿姨，定存三年才1.25，这个演示的是3，您自己算算差多少。”\n';
    expect(found(src, 'return-comparison').length).toBeGreaterThan(0);
    // The customer's own question stays unread.
    expect(found('---\nkind: script\n---\n客户：“这个跟定存比咋样？”我：“两样东西不能这么比，这个是保险。”\n', 'return-comparison')).toEqual([]);
  });

  it('keeps turns apart even when a line ends with a Han character', () => {
    const src = '---\nkind: script\n---\n销售：请问您贵姓\n客户：我姓王，我想存钱\n';
    expect(found(src, 'deposit-wording')).toEqual([]);
  });

  it('a disclosure spoken by the customer does not count', () => {
    const src = '---\nkind: phone-script\n---\n坐席：您好。\n客户：你们录音吗？\n';
    expect(found(src, 'phone-recording')).toEqual(['坐席：您好。']);
  });

  it('in promotional material every statement counts, a customer\'s quoted praise too', () => {
    const src = '---\nkind: promo\n---\n客户：这就和存款一样，我放心。\n';
    expect(found(src, 'deposit-wording')).toEqual(['存款一样']);
  });
  it('a chat names the customer by an honorific and the staff member by name, each line timestamped', () => {
    const chat = '---\nkind: script\n---\n【微信聊天 · 理财经理 韩悦 ↔ 客户 刘大姐】\n刘大姐 10:21：当时他还跟我说这是我们银行自己的新产品，跟存款一样。\n韩悦 10:23：这个说法是不对的，这款产品是启泰人寿的，我们行只是代理。\n';
    expect(found(chat, 'bank-as-originator')).toEqual([]);
    expect(found(chat, 'deposit-wording')).toEqual([]);
    const seller = chat.replace('这个说法是不对的，这款产品是启泰人寿的，我们行只是代理。', '放心，这就跟存款一样，随时能取。');
    expect(found(seller, 'deposit-wording').length).toBeGreaterThan(0);
  });

  it('turns labelled by bare names: the one the other addresses with an honorific (刘阿姨您好) is the customer', () => {
    const src = '---\nkind: script\n---\n周：刘阿姨您好，您这笔定期今天到期了。\n刘：这表格字太小，我眼睛花，你帮我都写了签了吧，跟存定期一样就行。\n周：阿姨，这个不是存定期，风险提示那句话必须您本人亲自抄，名字也必须您自己签。\n刘：行。\n周：那我帮您签了，您回头等着领钱就行。\n';
    // The customer's request and likening are not the seller's; the seller's own offer on the last line is.
    expect(found(src, 'deposit-wording')).toEqual([]);
    expect(found(src, 'proxy-signing')).toEqual(['我帮您签了']);
  });

  it('a chat: 孙姐 is the customer, a manager named by surname (赵经理：) the seller, wrapped lines kept apart', () => {
    // Each line ends in a Han character, which a hard-wrapped paragraph would join to the next: a label keeps them apart.
    const src = '---\nkind: script\n---\n孙姐：我同事说她买的那个保底3%，还送了一桶油\n赵经理：姐，我们这边买保险不送任何礼品\n孙姐：你帮我签了吧\n赵经理：这个真不行姐，都得您本人抄、本人签\n';
    expect(found(src, 'guaranteed-return')).toEqual([]);
    expect(found(src, 'inducement')).toEqual([]);
    expect(found(src, 'proxy-signing')).toEqual([]);
    // The seller saying the same is reported.
    expect(found(src.replace('我们这边买保险不送任何礼品', '这周签单的都送一桶油'), 'inducement')).toEqual(['签单的都送一桶油']);
  });

  it('a group chat: a bare name the staff @-address is a customer, one a customer thanks is the staff', () => {
    const src = '---\nkind: script\n---\n陈姐：@赵经理 那个是存款吗\n赵经理：@陈姐 不是存款，是保险\n老刘：那买了有礼品不\n赵经理：@老刘 没有的叔，买保险不能送东西\n钱大哥：好，麻烦小周了\n小周：钱哥，签单的都送一桶油\n';
    expect(found(src, 'inducement')).toEqual(['签单的都送一桶油']);
  });

  it('a role label is not a word of the sentence after it: 理财经理 holds 理财, a bank product, which is not its subject', () => {
    const src = '---\nkind: script\n---\n理财经理：收益翻倍，20年本金变三倍！\n';
    expect(found(src, 'exaggerated-return').length).toBeGreaterThan(0);
  });

  it('a customer named by an honorific at a counter (吴叔：) asks; the manager answers', () => {
    const src = '---\nkind: script\n---\n吴叔：我们俩想给自己弄个养老的，是不是跟存定期一样？\n理财经理：叔，这是保险，不是存款，提前退保会有损失。\n';
    expect(found(src, 'deposit-wording')).toEqual([]);
    expect(found(src, 'proxy-signing')).toEqual([]);
  });

  it('a family member who comes along speaks for the customer\'s side', () => {
    const src = '---\nkind: script\n---\n女儿：我妈说这就跟存款一样。 理财经理：不一样，这是保险，不是存款。\n';
    expect(found(src, 'deposit-wording')).toEqual([]);
  });
  it('a customer\'s question claims nothing, in an FAQ page as in a script', () => {
    const src = '---\nkind: web\n---\n客户：这和存款一样吗？ 智能客服：不一样，这是保险，不是存款。\nQ：能保证每年都有分红吗？ A：不能保证，红利分配不确定。\n';
    expect(found(src, 'deposit-wording')).toEqual([]);
    expect(found(src, 'guaranteed-return')).toEqual([]);
  });
  it('a bare 经理 or 职员 is the seller, a bare 客 the customer: what the seller says after them on the same line is read', () => {
    const src = '---\nkind: script\n---\n客户：我儿子让我买点基金。经理：基金亏成啥样您也看见了，这个不会亏。\n客：咁即系存钱啫？ 职员：系呀，就当存钱。\n';
    expect(found(src, 'guaranteed-return')).toEqual(['这个不会亏']);
    expect(found(src, 'deposit-wording')).toEqual(['存钱']);
  });
  it('reads the insurer\'s call-back agent as the seller\'s side: agreeing with the customer\'s claim makes it', () => {
    const src = '---\nkind: callback\n---\n客户：小伙子说这个比存款收益高。 回访专员：是的，确实比存款高一些。\n客户：到期连本带息都能拿回来吧？ 回访员：是的。\n';
    expect(found(src, 'return-comparison')).toEqual(['比存款高']);
    expect(found(src, 'principal-interest-wording')).toEqual(['是的']);
    // Correcting the customer, with the misunderstanding supposed, claims nothing.
    const kept = '---\nkind: callback\n---\n客户：我在你们银行存了一笔钱。 回访专员：您办理的是保险，不是存款；如果您当时理解为存款，可以在犹豫期内解除合同。\n';
    expect(found(kept, 'deposit-wording')).toEqual([]);
  });
  it('reads a netizen, fan or reader as asking and the blogger as answering for the seller\'s side', () => {
    const asked = '---\nkind: web\n---\n网友：朋友说这款万能险“保底3%”，是真的吗？\n粉丝：听说这个能翻三倍？ 博主：那是按最高档演示，实际可能差很多。\n';
    expect(found(asked, 'guaranteed-return')).toEqual([]);
    expect(found(asked, 'exaggerated-return')).toEqual([]);
    const answered = '---\nkind: web\n---\n粉丝：这个能翻三倍吗？ 博主：能，二十年翻三倍，稳赚不赔。\n';
    expect(found(answered, 'guaranteed-return')).toEqual(['稳赚不赔']);
  });

  it('reads a seminar guest, the audience or a viewer\'s comment as asking for the customer', () => {
    const asked = '---\nkind: script\n---\n來賓：跟我放定期比，哪個劃算？\n观众：这个能保本吗？ 主播：不保本，前几年退保会有损失。\n弹幕：分红是不是每年都有？\n';
    expect(found(asked, 'return-comparison')).toEqual([]);
    expect(found(asked, 'guaranteed-return')).toEqual([]);
    const answered = '---\nkind: script\n---\n观众：这个能保本吗？ 主播：能，稳赚不赔。\n';
    expect(found(answered, 'guaranteed-return')).toEqual(['稳赚不赔']);
  });

  it('reads a customer\'s message (客户留言：) as the customer\'s turn', () => {
    // A pasted text, no kind given: as a post, not a script file; the rules alone (the claim model may withdraw it anyway).
    const src = '客户留言：我妈在银行办的那个“存款”，拿回家一看合同写的是两全保险，这到底算不算存款啊？\n';
    const rulesOnly = resolveConfig(undefined, { noConfig: true });
    rulesOnly.settings.set('claim-model', { severity: 'off' });
    const asPost = lintText(src, { config: rulesOnly, filePath: 'post.md' }).filter((f) => f.ruleId === 'deposit-wording' && f.severity !== 'info');
    expect(asPost).toEqual([]);
  });

  it('reads turns pasted into one paragraph: a label after a sentence end or a space opens a turn', () => {
    const src = '---\nkind: script\n---\n客户：这跟存款一样吗？ 销售：对，就跟存款一样。\n';
    expect(found(src, 'deposit-wording')).toEqual(['存款一样']); // the seller's, not the customer's
  });
});

describe('numbered FAQ questions without a colon', () => {
  it('reads a numbered question heading (### Q2 是银行的产品吗？) as the customer asking, but not a quarter\'s push', () => {
    const src = '---\nkind: web\n---\n### Q2 是银行的产品吗？\n\n不是。本产品由安和人寿承保，银行为代理销售机构。\n\n### Q9 我可以请人代我签字吗？\n\n不可以，须由投保人本人签名。\n';
    expect(found(src, 'bank-as-originator')).toEqual([]);
    expect(found(src, 'proxy-signing')).toEqual([]);
    const push = '---\nkind: regulation\n---\nQ1冲刺：跟客户讲这款产品过了3月31号就不卖了。\n';
    expect(lintText(push, { config, filePath: 'a.md' }).some((f) => f.ruleId === 'pressure-selling')).toBe(true);
  });
});

describe('numbered FAQ labels', () => {
  it('reads Q6： as the customer asking and A6： as the answer', () => {
    const src = '---\nkind: web\n---\nQ6：投保有礼品或返现吗？\nA6：没有。本产品不提供任何礼品、返现或回扣。\n';
    expect(found(src, 'inducement')).toEqual([]);
    const sold = '---\nkind: web\n---\nQ6：投保有礼品吗？\nA6：有的，投保即送精美电饭煲一台。\n';
    expect(found(sold, 'inducement').length).toBeGreaterThan(0);
  });
});

describe('objection cards', () => {
  const card = (body: string) => `---\nkind: script\n---\n${body}\n`;
  it('reads the customer’s quoted words before an arrow or 答： as the customer’s, and the answer after it as the seller’s', () => {
    expect(found(card('客户说“存款安全” → “这个比存款还安全，收益又比存款高。”'), 'return-comparison')).toEqual(['收益又比存款高']);
    expect(found(card('客户说“别家送得多” → “我们也送，您要啥，米面油、电饭煲，您随便挑。”'), 'inducement').length).toBeGreaterThan(0);
    // What the customer heard elsewhere is no claim of the card's.
    expect(found(card('客户说“别家说能领翻倍”，答：别家我不评价，这款领多少以合同为准，红利不保证。'), 'exaggerated-return')).toEqual([]);
  });

  it('reads 客户说“…” with no answer after it as a report of what the customer said', () => {
    const src = '---\nkind: regulation\n---\n投诉处理：客户说“以为是存款，利息比定期高”，经核实销售人员未作此类承诺。\n';
    expect(lintText(src, { config, filePath: 'a.md' }).filter((f) => f.severity !== 'info' && !f.ruleId.startsWith('kind-'))).toEqual([]);
  });
});
