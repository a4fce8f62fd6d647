// Sales coaching in a training text (coaching.ts, `coaching` in rules/cbrc-90/roles.yaml): a regulation or
// training text that tells staff to say a claim is reported at the rule's severity, while one that quotes
// the claim in a penalty finding or forbids it stays quiet (declared) or informs (inferred).
import { describe, expect, it } from 'vitest';
import { ConfigError, lintText, loadPack, resolveConfig } from '../../server/src/engine/index.js';
import { tempTree } from '../helpers/tmp.js';

const config = resolveConfig(undefined, { noConfig: true });
const lint = (text: string, kind?: string) =>
  lintText(kind ? `---\nkind: ${kind}\n---\n${text}\n` : `${text}\n`, { config, filePath: 'training.md' }).filter((f) => f.severity !== 'info' && !f.ruleId.startsWith('kind-'));

describe('sales coaching in a training text', () => {
  it('reports the claims a declared training text tells staff to say, at their severity', () => {
    const found = lint('【晨会话术】客户担心亏钱时，就拍胸脯跟他说：放心，保险公司是不会倒的，本金一分不会少。', 'regulation');
    expect(found.map((f) => f.ruleId)).toContain('guaranteed-return');
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(lint('【测验】客户问“这是不是存款？”参考答案：“差不多，就是存在保险公司的定期，比银行多点利息。”', 'regulation').map((f) => f.ruleId)).toContain('deposit-wording');
    // Answers and wording handed down: 统一回答：“…”, 统一对外宣传“…”.
    expect(lint('【异议处理】客户问会不会亏，统一回答：“您放心，这款是保本的，最差也是拿回本金加利息。”', 'regulation').map((f) => f.ruleId)).toContain('guaranteed-return');
    expect(lint('请各网点统一对外宣传“本行与颐宁人寿共同推出颐享年金”，以提升客户信任度。', 'regulation').map((f) => f.ruleId)).toContain('bank-as-originator');
    // Leave granted to do it: 可以先由客户经理…写好.
    expect(lint('【效率提升】老年客户抄录慢的，可以先由客户经理在草稿纸上写好让客户照着描，实在不行直接帮他写完让他签名。', 'regulation').map((f) => f.ruleId)).toContain('proxy-signing');
  });

  it('reports what the bank’s internal texts adopt: meeting decisions, morning-meeting lines, slogans, tasks and gifts bought for buyers', () => {
    const ids = (text: string) => lint(text, 'regulation').map((f) => f.ruleId);
    expect(ids('晨会话术：这款增额寿是今年市面上收益最高的，客户闭眼入就对了。')).toContain('exaggerated-return');
    expect(ids('会议决定：期交5万元以上的客户赠送体检卡一张，费用从网点营销费用中列支。')).toContain('inducement');
    expect(ids('冲刺口号：咱们卖的不是保险，是财富翻倍的机会！')).toContain('exaggerated-return');
    expect(ids('本月主推我行新发行的“岚山福寿”养老理财保险，请各网点全力营销。')).toContain('bank-as-originator');
    expect(ids('礼品采购申请：采购电饭煲80台，用于“期交满3万即赠”活动，预算2.4万元，请审批。')).toContain('inducement');
    expect(ids('激励细则：客户经理每营销一笔“五年存本取息计划”（即鑫禧年金保险）奖励300元。')).toContain('principal-interest-wording');
  });

  it('leaves internal texts that drop or correct the wording alone', () => {
    expect(lint('晨会纪要：近期投诉集中在“保本”话术，统一要求不说保本、不说稳赚、不说零风险。', 'regulation')).toEqual([]);
    expect(lint('晨会：对外文案里“第一”“最强”“顶配”一律不用，产品名称以备案名称为准。', 'regulation')).toEqual([]);
    expect(lint('以下宣传语属于夸大收益：“收益翻倍”“年年高分红”“史上最高”，请各网点自查。', 'regulation')).toEqual([]);
    // A team's conversion target is no return's floor.
    expect(lint('本月“定期转保”任务：到期定期客户转化率不低于15%，完成情况纳入考核。', 'regulation')).toEqual([]);
  });

  it('leaves quotations and prohibitions in a training text alone', () => {
    expect(lint('培训要点：不要跟客户说“保本保息”“稳赚不赔”，这些都是违规话术。', 'regulation')).toEqual([]);
    expect(lint('经查，该支行晨会要求员工统一说“收益比定期高”，违反相关规定，予以警告。', 'regulation')).toEqual([]);
    expect(lint('经查，该行员工统一回答客户“这款是保本的”，违反相关规定。', 'regulation')).toEqual([]);
    expect(lint('银保监发〔2010〕90号规定，不得将保险产品收益与储蓄存款简单类比。', 'regulation')).toEqual([]);
    // An answer key that names the errors on the line after its heading quotes no wording to say.
    expect(lint('—— 第4页 ——  参考答案\n①混淆存款、用利息描述保单利益　②无公告炒作降息　⑤代客户抄录　⑥借专家、受益者名义背书', 'regulation')).toEqual([]);
  });

  it('reads a list under a heading that names its items as breaches as quotations, and one under a plain heading as coaching', () => {
    const listed = '**一、哪些行为属于代签代抄**\n\n- 替客户在投保单上签名；\n- 事先统一口径，教客户在回访中一律回答“是”“清楚”；\n';
    expect(lint(listed, 'regulation')).toEqual([]);
    const handed = '**回访前的准备**\n\n- 提前给客户打电话；\n- 统一口径，让客户在回访中一律回答“是”“清楚”；\n';
    expect(lint(handed, 'regulation').map((f) => f.ruleId)).toContain('proxy-signing');
  });

  it('reads a penalty notice’s facts and an inspection’s findings as quotations', () => {
    const facts = '主要违法违规事实：\n\n1. 宣传资料印有本行名称；\n2. 员工代客户抄录风险提示语句，并在回访前要求客户一律回答“是”。\n';
    expect(lint(facts, 'regulation')).toEqual([]);
    expect(lint('双录抽查发现一笔业务中，理财经理在客户回答前提示“您就说清楚就行”。涉事员工本季度合规考核扣分。', 'regulation')).toEqual([]);
  });

  it('reads a training table whose header names its column wrong wording as quotations, and one that hands out wording as coaching', () => {
    const quoted = '| 违规说法 | 违反什么 | 正确做法 |\n|---|---|---|\n| “回访您就说‘是’就行” | 替客户作出确认 | 如实告知回访内容，由客户本人作答 |\n| “这个和存款一样，到期连本带利都给您” | 混淆存款 | 说明是保险产品，不是存款 |';
    expect(lint(quoted, 'regulation')).toEqual([]);
    const handed = '| 客户问题 | 推荐话术 |\n|---|---|\n| 回访怎么答？ | 回访您就说“是”就行，两分钟就完事 |';
    expect(lint(handed, 'regulation').map((f) => f.ruleId)).toContain('proxy-signing');
  });

  it('keeps the claim model out of a training text', () => {
    const text = '【新人话术】客户嫌“保险”两个字听着不舒服，就换个说法：“您就当在我们这儿存了个五年定期，只是利息更高一点。”';
    expect(lint(text, 'regulation').filter((f) => f.message.includes('模型判断'))).toEqual([]);
  });

  it('refuses a coaching pattern RE2 cannot run in linear time, naming its line', () => {
    const dir = tempTree({ 'coach.yaml': "pack: team\nrules: []\ncoaching:\n  instructs:\n    patterns:\n      - '统一说(?=“)'\n" });
    let err: ConfigError | undefined;
    try {
      loadPack('coach.yaml', dir);
    } catch (e) {
      err = e as ConfigError;
    }
    const first = err?.errors?.[0] ?? err;
    const message = first?.message ?? '';
    const line = first?.line ?? 0;
    expect(message).toMatch(/线性时间/);
    expect(line).toBe(6);
  });
});
