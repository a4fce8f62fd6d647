import { facts, phoneBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const title = '# 电话销售话术\n\n';

ruleTester('phone-seller-identity', {
  kind: 'phone-script',
  facts: { ...facts, licence: '02314420' },
  valid: [
    title + '坐席：我的工号是A1024。\n',
    title + '坐席：我的执业证编号是0231 4420 5567。\n',
    title + '坐席：我是持有保险代理从业人员资格证的销售人员。\n',
    title + '坐席：我是代理银行远程服务中心的保险代理销售人员张悦，执业证书编号02314420。\n',
  ],
  invalid: [
    {
      text: title + phoneBody('phone-seller-identity') + '\n',
      found: ['电话销售话术'],
      fixed: title + '坐席：我是安和人寿保险股份有限公司委托的销售人员，我的执业证号是02314420。\n\n' + phoneBody('phone-seller-identity') + '\n',
    },
    { text: title + '坐席：您好，我是安和人寿的小王。\n', found: ['电话销售话术'] },
    { text: title + '坐席：您好，这里是代理银行远程服务中心。\n', found: ['电话销售话术'] },
  ],
});

// Without a licence number the insertion is a suggestion with a placeholder.
ruleTester('phone-seller-identity', {
  kind: 'phone-script',
  facts,
  valid: [],
  invalid: [
    {
      text: title + '坐席：您好，我是安和人寿的小王。\n',
      found: ['电话销售话术'],
      suggested: title + '坐席：我是安和人寿保险股份有限公司委托的销售人员，我的执业证号是【请填写：执业证号】。\n\n坐席：您好，我是安和人寿的小王。\n',
    },
  ],
});

ruleTester('phone-seller-identity', {
  kind: 'script',
  valid: ['# 网点面谈话术\n\n销售：您好，我是网点的理财经理小陈。\n'],
  invalid: [],
});

ruleTester('phone-seller-identity', {
  kind: 'callback',
  valid: ['坐席：您好，这里是安和人寿回访中心，我是回访专员小陈。\n'],
  invalid: [],
});

// Taiwan's registration number for sellers (登錄證字號).
ruleTester('phone-seller-identity', {
  kind: 'phone-script',
  facts,
  valid: ['業務員：您好，我是聯晟銀行電話行銷中心的陳志豪，業務員登錄證字號L2026001。\n'],
  invalid: [{ text: '業務員：您好，我是聯晟銀行電話行銷中心的陳志豪。\n', found: [''] }],
});

// Hong Kong's licence number.
ruleTester('phone-seller-identity', {
  kind: 'phone-script',
  facts: { ...facts, licence: '02314420' },
  valid: [title + '代理：我係安和人壽嘅持牌保險代理陳嘉欣，持牌人編號 AB5521。\n'],
  invalid: [{ text: title + '代理：我係安和人壽嘅持牌保險代理陳嘉欣。\n', found: ['电话销售话术'] }],
});
