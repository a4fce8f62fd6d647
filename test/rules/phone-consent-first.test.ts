import { facts, phoneBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const ask = '坐席：请问现在方便占用您几分钟时间，听我为您介绍一款保险产品吗？';

ruleTester('phone-consent-first', {
  kind: 'phone-script',
  facts,
  valid: [
    '# 电话销售话术\n\n' + phoneBody() + '\n',
    '坐席：您好，请问是李建国先生吗？\n\n坐席：请问您现在方便花几分钟，听我详细介绍一下吗？\n\n坐席：这款产品每年保费3280元，保额50万元。\n',
    // No consent at all: phone-consent reports it, this rule stays quiet.
    '坐席：您好，这款重疾险每年保费只要3280元。\n',
    // No product introduced yet.
    '坐席：您好，请问您现在方便接听电话吗？\n\n客户：不方便，再见。\n',
    // The product named in the script's title, or in the sentence that asks.
    '【电话销售标准话术·澄衡鑫禧年金保险（分红型）】\n坐席：您好，请问是李先生吗？\n坐席：今天想占用您三五分钟，给您介绍一款分红型年金保险，您看现在方便听吗？\n',
    // A plain first line that names the script and the product, and says nothing.
    '云泽农商银行远程银行中心　电话销售标准话术（代理保险·青穗禧年两全保险（分红型））\n坐席：您好，请问是张先生吗？\n坐席：想占用您三分钟介绍一款保险产品，请问您现在方便吗？\n坐席：这款产品有分红，分红不保证。\n',
    '远程财富中心 · 代理保险电话销售规范用语（澜舟鑫禧年金保险（分红型））\n坐席：您好，请问是陈先生吗？\n坐席：想占用您三分钟介绍一款保险产品，请问您现在方便吗？\n',
  ],
  invalid: [
    {
      text: '坐席：您好！今天给您来电，是想推荐一款重疾险：每年保费只要3280元，就能获得50万元保障。\n\n坐席：请问您现在方便花几分钟，听我详细介绍一下吗？\n',
      found: ['保费'],
      suggested:
        ask + '\n坐席：您好！今天给您来电，是想推荐一款重疾险：每年保费只要3280元，就能获得50万元保障。\n\n坐席：请问您现在方便花几分钟，听我详细介绍一下吗？\n',
    },
    {
      text: '# 电话销售话术\n\n坐席：这款年金保险每年都有分红。\n\n坐席：您现在有空吗？\n',
      found: ['分红'],
      suggested: '# 电话销售话术\n\n' + ask + '\n坐席：这款年金保险每年都有分红。\n\n坐席：您现在有空吗？\n',
    },
    { text: '坐席：您好，我是安和人寿的坐席，工号A1024。\n\n坐席：这款产品保额最高100万元。\n\n坐席：可以占用您两分钟时间吗？\n', found: ['保额'] },
    { text: '坐席：李先生，月交只要200元。您现在方便吗？\n', found: ['月交'] },
    // A line that speaks is no title, even when it names the script.
    { text: '坐席：按话术给您介绍，这款产品每年都有分红。\n坐席：您现在方便吗？\n', found: ['分红'] },
  ],
});

ruleTester('phone-consent-first', {
  kind: 'script',
  valid: ['销售：这款产品每年保费2万元，交5年。\n\n销售：您方便听我介绍一下吗？\n'],
  invalid: [],
});
