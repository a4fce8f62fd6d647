import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('pressure-selling', {
  kind: 'promo',
  valid: [
    '根据安和人寿保险股份有限公司2024年8月1日发布的公告，本产品自2024年8月31日起停止销售。\n',
    '本产品长期在售，请您根据自身需求理性选择。\n',
    '产品停售后，已生效的保险合同不受影响。\n',
    '请您在充分了解产品后再作决定，不必急于投保。\n',
  ],
  invalid: [
    { text: '本产品即将停售，欲购从速！\n', found: ['即将停售'], suggested: '欲购从速！\n' },
    { text: '预定利率即将下调，利率下调前锁定长期收益。\n', found: ['利率下调前锁定'] },
    { text: '最后机会，错过再等一年！\n', found: ['最后机会', '错过再等一年'] },
    { text: '开门红末班车，限量抢购，手慢无！\n', found: ['末班车', '限量抢购', '手慢无'] },
    { text: '下月马上涨价，现在投保最合适。\n', found: ['马上涨价'], suggested: '现在投保最合适。\n' },
  ],
});
