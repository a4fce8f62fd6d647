import { facts, phoneBody } from './fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';

const insert = '坐席：为保障您的权益，本次通话将全程录音。';
const title = '# 电话销售话术\n\n';

ruleTester('phone-recording', {
  kind: 'phone-script',
  facts,
  valid: [
    title + '坐席：为保障您的权益，本次通话将全程录音。\n',
    title + '坐席：本次通话将被录音并妥善保存。\n',
    title + '坐席：温馨提示，通话全程录音。\n',
    title + '坐席：我们的通话会进行录音，请您知悉。\n',
    // Only the customer's lines are labelled: the unlabelled line after a reply is the seller's again.
    '您好，这边是安和人寿保险服务专线，请问现在方便听吗？\n客户：可以。\n好的，为保障双方权益，通话全程录音。\n',
  ],
  invalid: [
    { text: title + phoneBody('phone-recording') + '\n', found: ['电话销售话术'], fixed: title + insert + '\n\n' + phoneBody('phone-recording') + '\n' },
    { text: title + '坐席：本次通话内容将被记录。\n', found: ['电话销售话术'] },
    { text: title + '坐席：您好，请问现在方便接听电话吗？\n', found: ['电话销售话术'] },
    { text: '坐席：您好，请问是李建国先生吗？\n\n客户：是我，哪位？\n', found: ['坐席：您好，请问是李建国先生吗？'] },
    // Only the customer asks about recording.
    { text: '您好，这边是安和人寿保险服务专线，请问现在方便听吗？\n客户：你们这通电话是不是全程录音的？\n', found: ['您好，这边是安和人寿保险服务专线，请问现在方便听吗？'] },
  ],
});

ruleTester('phone-recording', {
  kind: 'script',
  valid: ['# 网点面谈话术\n\n销售：您好，我是网点的理财经理。\n'],
  invalid: [],
});

// An insurer's call-back is not a sales call.
ruleTester('phone-recording', {
  kind: 'callback',
  valid: ['坐席：您好，这里是安和人寿回访中心，请问是王先生吗？\n'],
  invalid: [],
});

// Said in passing: 咱们这通电话是录了音的.
ruleTester('phone-recording', {
  kind: 'phone-script',
  facts,
  valid: [title + '坐席：先跟您说一声，咱们这通电话是录了音的。\n'],
  invalid: [],
});

// The call said to be taped.
ruleTester('phone-recording', {
  kind: 'phone-script',
  valid: ['# 电话销售话术\n\n坐席：为保障您的权益，接下来的对话我们都会录下来。\n'],
  invalid: [{ text: '# 电话销售话术\n\n坐席：接下来的对话请您认真听。\n', found: ['电话销售话术'] }],
});
