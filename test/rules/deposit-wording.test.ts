import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('deposit-wording', {
  kind: 'promo',
  valid: [
    '本产品是保险产品，不是银行存款。\n',
    '本产品与银行存款、基金等产品不同，请您仔细阅读条款。\n',
    '我们新推出了保存款式多样的礼盒。\n',
    '被保险人生存至满期日，我们按合同约定给付生存款项。\n',
    '保险费将从您指定的储蓄卡中扣划。\n',
    '生存保险金将存入您指定的银行账户。\n',
  ],
  invalid: [
    { text: '这款产品就像存款一样安全。\n', found: ['存款'] },
    { text: '每月存钱，到期一次领取。\n', found: ['存钱'], suggested: '每月交纳保险费，到期一次领取。\n' },
    { text: '零存整取，轻松理财。\n', found: ['零存整取'] },
    { text: '本产品是保险产品，不是银行存款；每年存入一万元即可。\n', found: ['存入'] },
  ],
});
