import { facts, phoneBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '坐席：您好，请问现在方便占用您几分钟时间，听我为您介绍一款保险产品吗？';
const title = '# 安和鑫享年金保险 电话销售话术\n\n';

ruleTester('phone-consent', {
  kind: 'phone-script',
  facts,
  valid: [
    title + '坐席：您好，请问现在方便接听电话吗？\n',
    title + '坐席：可以占用您两分钟时间吗？\n',
    title + '坐席：在征得您同意后，我将为您介绍一款保险产品。\n',
    title + '坐席：请问您是否同意我继续介绍？\n',
    title + '坐席：方便的话，我为您简单介绍一下好吗？\n',
    title + '坐席：在介绍之前，想先问一下您是否愿意花几分钟听我介绍一款保险？\n',
    title + '坐席：请问现在方便跟您聊两分钟吗？\n',
    // The request first, the question after it.
    title + '坐席：您好，请问是刘先生吗？打扰您几分钟可以吗？（客户同意）\n',
    title + '坐席：耽误您两分钟时间行不行？\n',
    // Asking whether they have the time, also in traditional characters.
    title + '坐席：您好，请问您现在有几分钟时间听我介绍吗？\n',
    title + '坐席：您好，打擾您了。請問您現在有幾分鐘時間聽我介紹嗎？\n',
    // Asked as 能占用…吗, or after the introduction is offered (…您看可以吗).
    title + '坐席：想给您介绍一款保险，能占用您三分钟吗？\n',
    title + '坐席：想耽误您两分钟，向您介绍一款投资连结保险，您看可以吗？\n',
  ],
  invalid: [
    { text: title + phoneBody('phone-consent') + '\n', found: ['安和鑫享年金保险 电话销售话术'], fixed: title + insert + '\n\n' + phoneBody('phone-consent') + '\n' },
    // 方便 … 什么 is no question about consent.
    {
      text: title + '坐席：您好，这里是安和人寿，我们的保单服务非常方便，您还有什么需要了解的？\n\n' + phoneBody('phone-consent') + '\n',
      found: ['安和鑫享年金保险 电话销售话术'],
      fixed: title + insert + '\n\n坐席：您好，这里是安和人寿，我们的保单服务非常方便，您还有什么需要了解的？\n\n' + phoneBody('phone-consent') + '\n',
    },
    { text: title + '坐席：您好！今天给您来电，是想向您推荐一款年金保险。\n', found: ['安和鑫享年金保险 电话销售话术'] },
    { text: title + '坐席：您可以了解一下，有什么问题随时问我。\n', found: ['安和鑫享年金保险 电话销售话术'] },
    { text: title + '坐席：打扰您几分钟，我给您介绍一款年金保险。\n', found: ['安和鑫享年金保险 电话销售话术'] },
    // Presuming the time, not asking for it.
    { text: title + '坐席：您有几分钟时间的话，我给您介绍一款年金保险。\n', found: ['安和鑫享年金保险 电话销售话术'] },
  ],
});

ruleTester('phone-consent', {
  kind: 'script',
  valid: ['# 网点面谈话术\n\n销售：王阿姨您好，今天想跟您介绍一款年金保险。\n'],
  invalid: [],
});

// The insurer's call-back script sells nothing, so it asks no consent to a pitch.
ruleTester('phone-consent', {
  kind: 'callback',
  valid: ['坐席：您好，这里是安和人寿回访中心，今天对您新投保的年金保险进行回访。\n坐席：请问投保单是您本人签名的吗？\n'],
  invalid: [],
});

// Asked in passing: 不耽误您吧？
ruleTester('phone-consent', {
  kind: 'phone-script',
  facts,
  valid: [title + '坐席：想跟您聊两分钟一款保险，不耽误您吧？\n'],
  invalid: [],
});

// Asking for minutes (能不能耽误您三分钟，听我介绍一款保险？).
ruleTester('phone-consent', {
  kind: 'phone-script',
  facts,
  valid: ['坐席：王先生您好，我是持证保险代理人员何敏，执业证编号0200001。\n坐席：不知道能不能耽误您三分钟，听我介绍一款保险？\n'],
  invalid: [],
});

// Whether it suits now, and another time offered.
ruleTester('phone-consent', {
  kind: 'phone-script',
  facts,
  valid: ['坐席：不知道您現在方不方便，讓我用三分鐘跟您說明一張投資型保險？\n', '坐席：我是安和人寿的王敏，不方便的话我改天再打。\n'],
  invalid: [{ text: '坐席：您好，我是安和人寿的王敏，打扰您几分钟，我给您介绍一款年金保险。\n', found: [''] }],
});

// Whether they have a few minutes, asked after a comma.
ruleTester('phone-consent', {
  kind: 'phone-script',
  facts,
  valid: ['坐席：想問問您現在有沒有幾分鐘，聽我介紹一下？\n'],
  invalid: [],
});

// A few minutes asked to be spared (抽几分钟).
ruleTester('phone-consent', {
  kind: 'phone-script',
  facts,
  valid: ['想先问一下，您现在能不能抽几分钟听我讲讲？\n'],
  invalid: [],
});

// Minutes asked for by number, in Cantonese; the request, then whether the customer agrees.
ruleTester('phone-consent', {
  kind: 'phone-script',
  facts,
  valid: ['唔知你而家有冇五分鐘聽我介紹下？\n', '想占用您三分钟介绍一款保险，您是否同意？\n'],
  invalid: [{ text: '占用您三分钟，给您介绍一款保险。\n', found: [''] }],
});
