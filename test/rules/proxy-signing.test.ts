import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    // A phone number written down for the customer; a customer asking whether proxy signing is lawful.
    '我们银行只是代卖的，理赔、退保都是找澜舟人寿，我把他们的客服电话给您写上。\n',
    '投保時業務說可以幫忙代簽，這樣合法嗎？\n',
    // A customer told to copy the sentence herself.
    '经理让我自己一笔一划抄那段话，抄了快十分钟，手都酸了。\n',
    // A notice the system generated; a mystery shopper's record; the customer left to write at their own pace; a call-back clerk's own words.
    '（本通知书由系统自动生成，无需盖章）\n',
    '暗访原话：“这句我帮您写了”“回访您就说清楚”。\n',
    '周：风险提示那句话必须您本人亲自抄，我不能代签。我把要抄的那句话放大打印出来了，您慢慢写，不着急。\n',
    '回访员：“张先生，我们需要跟您说明清楚：这是保险产品，不是存款，红利是不保证的。”\n',
    // A call-back script's instruction for the customer's answer.
    '回访员：投保单上的签名是您本人亲笔书写的吗？\n（如客户回答“是理财经理帮我写的”：记录为“非本人抄录”，告知客户我们将转交专人处理。）\n',
    '销售：根据监管规定，我们不能替您签名，需要您本人亲自签名。\n',
    '销售：这句话需要您亲自抄录并签名。\n',
    '销售：我们不能帮您抄录风险提示语句，您慢慢写，不着急。\n',
    '投保单上的签名必须由投保人本人亲笔签署，任何人不得代签。\n',
    '销售：我帮您看一下条款，签名处请您亲自签。\n',
    '严禁代客户签名、代客户抄录风险提示语句。\n',
    '代理人不得代为签名，也不得由他人代为抄录。\n',
  ],
  invalid: [
    { text: '銷售：電訪時如果問你有沒有看條款，你就說有看過，不然會很麻煩。\n', found: [''] },
    // The customer told what to answer at the call-back.
    { text: '回访员：您是自愿投保的对吧？您就说“是”就行，后面几个问题也都答“清楚”。\n', found: ['', ''] },
    { text: '销售：回访电话来了，让客户全答“是”“清楚”“自愿”，提前在柜台教一遍。\n', found: ['让客户全答“是'] },
    { text: '销售：您先回去，签名我们来写。\n', found: ['签名我们来写'], suggested: '销售：您先回去，请您亲自抄录并签名。\n' },
    { text: '销售：您家人不在也没关系，我们可以代签。\n', found: ['我们可以代签'] },
    { text: '销售：风险提示语句我替您写好了。\n', found: ['风险提示语句我替您写好'] },
    { text: '销售：字有点多，**我帮您抄一下**，您在下面签个名就行。\n', found: ['我帮您抄'] },
    { text: '销售：没关系，叔叔那份我帮他代签。\n', found: ['我帮他代签'] },
    { text: '客户经理代客户抄录风险提示语句。\n', found: ['代客户抄录'] },
    { text: '销售：我替您签名吧，省得您跑一趟。\n', found: ['我替您签名'] },
    { text: '销售：我替您签了，您回去跟家人说一声。\n', found: ['我替您签了'] },
    { text: '销售：您要是不会写的话我帮您签。\n', found: ['我帮您签'] },
  ],
});

// Filling in the risk questionnaire for the customer, and refusing to.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['经理：风险测评要您本人来做，我不能替您勾。\n'],
  invalid: [{ text: '经理：风险测评我帮您勾好了，您签字就行。\n', found: ['风险测评我帮您勾'] }],
});

// The signature taken on, a colleague told to write the customer's copy.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['客户经理：签名这边需要您本人来，我来给您指一下位置。\n'],
  invalid: [
    { text: '签 名 这 边 我 来 ， 您 放 心 👌\n', found: ['签 名 这 边 我 来 '] },
    { text: '小李，那份客户抄录你帮忙写一下，字别写太工整。\n', found: ['客户抄录你帮忙写'] },
  ],
});

ruleTester('proxy-signing', {
  kind: 'script',
  valid: [],
  invalid: [{ text: '销售：叔叔今天没来没关系，被保险人那栏我照着他身份证上的签名描一下。\n', found: ['照着他身份证上的签名描一下'] }],
});

// The signature or the copied sentence done for the customer in other words.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['销售：签名框请您本人签，我不能替您签。\n'],
  invalid: [
    { text: '销售：这个签名框我替您点一下就好。\n', found: ['签名框我替您点一下'] },
    { text: '销售：风险提示那句我帮您把它抄好了，您按个手印。\n', found: ['我帮您把它抄好'] },
  ],
});

// An inquiry's findings and a complaint reply report proxy signing; they do not do it.
ruleTester('proxy-signing', {
  kind: 'notice',
  valid: [
    '经查，该网点理财经理代客户抄录风险提示语句并代为签名，涉及保单12件。\n',
    '您投訴的代簽名問題，經筆跡比對確認非您本人所簽，本公司同意全額退還保險費。\n',
  ],
  invalid: [{ text: '风险提示那段我帮您抄好，您签个字就行。\n', found: [''] }],
});

// Refused in Cantonese.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['婆婆，呢度要你自己簽名，我唔可以幫你簽，你慢慢寫。\n'],
  invalid: [],
});

// Signing for the customer in other words, and telling them to say they signed; a reminder to answer truly is none.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['回访时问到签名是不是您本人签的，您照实说就行。\n'],
  invalid: [
    { text: '您眼睛不好，我替您签吧，回头回访电话您就说是自己签的。\n', found: ['', '回访电话您就说是自己签的'] },
    { text: '大爷，您签字手抖，那我来给您代个笔，没事儿的。\n', found: [''] },
    { text: '签名这块我 dai qian 一下，流程快。\n', found: [''] },
  ],
});

// Done for the customer in other words.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['抄录那段请您自己一笔一划写，我不能帮您描，也不能帮您填。\n'],
  invalid: [
    { text: '家属那栏您儿子不在，我照着他身份证帮他填上签了就行。\n', found: [''] },
    { text: '客戶太忙？簽字頁拍照發我，我幫您描一下就好 ✍️\n', found: [''] },
  ],
});

// A 不 spent on the verb right after it (签不来, 您不来) negates nothing beyond it; one before the act still refuses.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['销售：我不会帮您签，也不会替您抄，这两处都得您本人来。\n'],
  invalid: [
    { text: '销售：莫得事，你签不来我帮你签噻，又不是啥子大事情。\n', found: ['我帮你签'] },
    { text: '销售：您不来也没关系，我帮您签好。\n', found: ['我帮您签好'] },
  ],
});

// A fresh form handed over to redo is the customer's own copying.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['销售：您慢慢写，写错了我再拿一张新的给您重抄。\n'],
  invalid: [],
});

// Signing taken on by staff or the family in any words; what the customer signed already is not.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    '销售：签好字的投保书我们统一处理，录入系统。\n',
    '销售：您签字后，资料我们统一寄回保险公司。\n',
    '销售：请勿让家属代签，必须由投保人本人签名。\n',
  ],
  invalid: [
    { text: '销售：资料拍照发我，签字我们这边统一处理，省心省力💪\n', found: ['签字我们这边统一处理'] },
    { text: '销售：双录的时候您点头就行，抄录和签字我们后台统一处理。\n', found: ['抄录和签字我们后台统一处理'] },
    { text: '销售：您老伴儿今天没来也没关系，让您儿子替他把被保险人那一栏签了。\n', found: ['让您儿子替他把被保险人那一栏签'] },
    { text: '销售：我们同事可以上门把单子带过去，您家里人谁签都行。\n', found: ['家里人谁签都行'] },
    { text: '销售：姐，单子我这边已经dq好了，明天直接来网点拿保单就行👌\n', found: ['dq好了'] },
    { text: '销售：刷脸那一步您把身份证给我，我用我的手机帮您过了就行。\n', found: ['身份证给我，我用我的手机帮您过'] },
  ],
});

// The seller only showing where, the customer told to write it themself.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['销售：这里要抄的是“本人已阅读保险条款……”这句，我只是指给您看写在哪一栏，内容请您自己写。\n'],
  invalid: [{ text: '客服：风险提示那段话不用您自己抄，后台帮您勾好就行～\n', found: ['不用您自己抄', '帮您勾'] }],
});
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '销售：签字嘛我帮你画一个，没得事。\n', found: ['帮你画一个'] },
    { text: '主管：今天人多，风险提示那句话先帮忙写好，客户过来签个字就走。\n', found: ['先帮忙写好'] },
  ],
});
ruleTester('proxy-signing', {
  kind: 'notice',
  valid: ['請勿將手機交給他人代為操作投保流程。\n', '聽講下個月加價，我勸您今日就簽咗佢。\n'],
  invalid: [],
});

// The seller filling the signature, the family told to sign for the customer.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['理专：签名的地方请您本人亲笔签，我只帮您指一下位置。\n'],
  invalid: [
    { text: '理專：您把他身分證影本給我，簽名的地方我先幫他填好。\n', found: [''] },
    { text: '销售：签字这块您不方便的话，让您儿子回头补个名也行。\n', found: [''] },
  ],
});
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['专家怎么说我不好评论，我只给您讲合同里写的保障内容。\n'],
  invalid: [],
});
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['您手抖写不稳没关系，慢慢写，我在旁边把要抄的句子念给您听。\n'],
  invalid: [{ text: '您手抖写不稳没关系，要抄的句子我帮您抄好了，您签个名就行。\n', found: [''] }],
});
ruleTester('proxy-signing', {
  kind: 'web',
  valid: ['报道：多位专家指出，银保渠道代签问题仍时有发生，建议全面推行双录。\n', '因为代签可能导致合同纠纷，回访正是为了保护您，请如实回答。\n'],
  invalid: [],
});
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['阿姨，迭张纸要侬自己抄，阿拉只好指给侬看写在哪里。\n'],
  invalid: [
    { text: '阿姨，迭张纸侬勿要写了，阿拉同事帮侬抄好了，侬只要签个名字。\n', found: [''] },
    { text: '签字那几处我帮您 dai 签了哈，您放心。\n', found: [''] },
  ],
});

// "May not" in Wu.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['阿姨，字一定要侬自家签，阿拉勿好代签个。\n'],
  invalid: [{ text: '阿姨，侬勿方便签么，阿拉帮侬代签好了。\n', found: [''] }],
});
ruleTester('proxy-signing', {
  kind: 'promo',
  valid: ['签名这一栏请您本人填写，我在旁边给您指一下位置。\n'],
  invalid: [{ text: '签名这块我来，你只管打款～\n', found: [''] }],
});
ruleTester('proxy-signing', {
  kind: 'web',
  valid: ['团队长微信：明天上午抽查抄录笔迹，发现代抄代签的直接上报合规，不护短。\n', '妈，银行小刘说可以帮你把字签了，你千万别让她签，一定要自己写。\n'],
  invalid: [{ text: '妈，银行小刘说可以帮你把字签了，省得你跑一趟。\n', found: [''] }],
});
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['王先生，您上次說讓我幫您簽，這個真的不行，您週末來網點親自簽。\n'],
  invalid: [{ text: '王先生，您上次說讓我幫您簽，行，我幫您簽好了。\n', found: ['', ''] }],
});
ruleTester('proxy-signing', {
  kind: 'notice',
  valid: ['代签一时省事，出了纠纷说不清。本网点员工一律不代客户抄录、签名，请您理解。\n'],
  invalid: [],
});

// Signing for another refused after the act; a note written as a promise is no signature.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    '經理：您先生那份要他本人來簽，您幫他簽也不行，保險公司回訪時會核實。\n',
    '理财经理：这种情况要按保险公司的特殊流程办，不能由我直接替您写。\n',
    '理财经理：您交十万，五年后最少拿回十一万，不放心我给您写个条子。\n',
  ],
  invalid: [{ text: '理财经理：您手抖就别写了，那句话我替您写上。\n', found: [''] }],
});

// Asked to sign for another and refused; a substitute product is no signing.
ruleTester('proxy-signing', {
  kind: 'web',
  valid: ['我妈问能不能让我替她签，我说不行，柜员也说必须她本人签，最后跑了两趟网点。\n', '官方公告原文链接放評論區了，停售時間、在售替代產品都寫得很清楚。\n'],
  invalid: [{ text: '我妈眼睛不好，柜员说没事，我替她签就行。\n', found: [''] }],
});

// A colleague to copy it, a son to sign the name; a Shanghainese refusal and a complaint are no proxy signing.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['侬自家写，阿拉勿好代侬签额。\n', '我根本没去过网点，保单上却有“我”的签名，那字根本不是我写的。\n', '说好的电饭煲到现在也没送来，是他说送我才签的。\n'],
  invalid: [
    { text: '客户：这么多字要抄啊？销售：不用不用，我们同事帮您抄。\n', found: [''] },
    { text: '等您儿子下班过来，我让他照着您的名字签好再一起交上去。\n', found: [''] },
  ],
});

// Signed for the customer, said in English.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['簽名要你本人親自 sign，我唔可以幫你。\n'],
  invalid: [{ text: '簽名嗰度我幫你 sign 咗，你淨係要俾身份證副本我。\n', found: [''] }],
});

// The customer's hand held to write.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['叔叔您眼神不好，我把字写大一点给您照着抄，您自己来写。\n'],
  invalid: [{ text: '叔叔您眼神不好，我握着您的手一起写，写完按个手印就行了。\n', found: [''] }],
});

// The seller unable to do it for the customer; money made good is not a signature.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['电子投保这一步需要您本人刷脸认证，我没法替您操作。\n', '您那笔定期提前支取的利息，我们按到期给您补上。\n'],
  invalid: [{ text: '您先签个名，剩下的我下班帮您补上。\n', found: [''] }],
});

// Typed in by the seller, signed from a photo, the code read back.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['验证码请您自己输入，不要告诉任何人，包括我。\n'],
  invalid: [
    { text: '系统弹出抄录框您不用管，我在后台替您录进去。\n', found: [''] },
    { text: '你send張簽名相俾我就得。\n', found: [''] },
    { text: '验证码发您手机上了，报给我一下。\n', found: [''] },
  ],
});

// A warning to readers.
ruleTester('proxy-signing', {
  kind: 'promo',
  valid: ['避坑：销售说“我帮你签”千万别答应！\n'],
  invalid: [{ text: '您忙的话不用来，我帮您签了就行。\n', found: [''] }],
});

// Told what to say on the recording, a signature copied from the ID, the customer's account used.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['双录的时候请您如实回答，每一处签名都要您本人来签。\n'],
  invalid: [
    { text: '双录的时候您就说“是本人签的”，别的我来处理。\n', found: [''] },
    { text: '签名的地方您不用管，回头我照着您身份证上的名字签一下。\n', found: [''] },
    { text: '客户不会用手机，我直接登他账号点了确认。\n', found: [''] },
  ],
});

// A complaint reply's findings.
ruleTester('proxy-signing', {
  kind: 'notice',
  valid: ['投诉回复：经核查，保单上的签名确为销售人员代签，我行已协助您办理全额退保。\n'],
  invalid: [],
});

// Signed for the customer in English.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['Please sign the form yourself, 我哋唔可以代簽。\n'],
  invalid: [{ text: '簽名 part 唔使擔心，我 sign 咗 for you 先。\n', found: [''] }],
});

// A sanction and a complaint reported.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    '某行理财经理代客户签名，被暂停从业资格半年。\n',
    '我妈的投保单签名不是她本人签的，我已经向保险公司投诉了。\n',
  ],
  invalid: [],
});

// Signing done on the customer's behalf in other words.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['签名和风险提示语请您本人亲自书写，我们不能代劳。\n'],
  invalid: [
    { text: '您手不方便的话，签字这块我来代劳。\n', found: [''] },
    { text: '那句话我已经打印好了，您不用再抄了。\n', found: [''] },
    { text: '验证码发过来了，密码我帮您输一下。\n', found: [''] },
  ],
});

// The copied sentence done for the customer; their call-back answer scripted; a signature traced.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['风险提示语句需要您本人抄录，我们不能替您写。\n'],
  invalid: [
    { text: '那段风险提示我们给您抄好了，您签个名就行。\n', found: [''] },
    { text: '回访要是问起来，您就说是自己签的。\n', found: ['', ''] },
    { text: '照着他的笔迹写一遍就行。\n', found: [''] },
  ],
});

// The signature seen to by the seller; the verification code typed in for the customer.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['电子投保时，手机验证码请您本人输入，我们不会代为操作。\n'],
  invalid: [
    { text: '您不用跑一趟，签名我帮你搞定了。\n', found: [''] },
    { text: '电子投保时，客户的手机验证码由我们代为输入，流程更快。\n', found: [''] },
  ],
});

// Signed electronically for the customer, links forwarded to the seller, copying done for an elderly customer.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['受保人要親身簽名，佢今日唔喺度嘅話，我哋約第二日再簽。\n', '快递被家人代签收了，拆开是我买的键盘⌨️\n'],
  invalid: [
    { text: '份form我幫你e-sign咗先，你得閒check吓就得。\n', found: [''] },
    { text: '电子签名链接都转发给我，我替大家一键搞定，省得麻烦😉\n', found: [''] },
    { text: '老人家眼睛不好，抄录这块就让我们工作人员代劳吧。\n', found: [''] },
  ],
});

// A parcel signed for by a roommate is everyday life; a form signed for the customer is not.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['出差这几天的快递都让室友帮忙代签，放驿站就行📦\n'],
  invalid: [{ text: '您出差不方便的话，投保单上的签名我先帮您代签了。\n', found: [''] }],
});

// The call-back question whether anyone signed for the customer is the check, not the act.
ruleTester('proxy-signing', {
  kind: 'callback',
  valid: ['回访员：投保单和风险提示语句是您本人填写的吗？有没有人替您代签？\n'],
  invalid: [{ text: '回访员：您就说是本人签的，其实是我替您签的名。\n', found: ['', '', ''] }],
});

// The code sent to the seller, no need to come in person.
ruleTester('proxy-signing', {
  kind: 'web',
  valid: ['电子签名必须由投保人本人在手机上完成，请勿把验证码告诉任何人。\n'],
  invalid: [{ text: '全程代办，无需本人到场，资料发我就行。\n', found: [''] }],
});

// A family disowning a signature and complaining of it is the report of a proxy signature, not one.
ruleTester('proxy-signing', {
  kind: 'web',
  valid: ['我妈保单上的签名根本不是她本人签的，我们已经申请笔迹鉴定并向保险公司投诉。\n'],
  invalid: [{ text: '阿姨您不用动笔，签名我替您签好了。\n', found: ['', '签名我替您签好'] }],
});

// The call-back answer coached, whatever it says of who signed; a proxy asked about and refused stays clean.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['客户：能帮我签吗？ 经理：代签？不行的，签名必须您本人来。\n', '经理：电子签名要您本人在手机上完成，这一步我不会也不能替您操作。\n'],
  invalid: [{ text: '经理：回访电话来了，您就说字都是自己签的，其他不用多讲。\n', found: [''] }],
});

// A call-back clerk recording a proxy signature and asking the customer to sign again in person.
ruleTester('proxy-signing', {
  kind: 'callback',
  valid: ['回访专员：您刚才说签名是您儿子帮您签的，我们会如实记录，按规定需要您本人重新签署。\n'],
  invalid: [],
});

// The signature left to the seller, or to an earlier authorisation; a form for a family member
// with an ID copy to follow is the customer's. A household form signed for a spouse stays clean.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['家长会回执我帮老公签了。\n', '电子签名需要您本人在手机上完成，我们不能帮您完成。\n'],
  invalid: [
    { text: '签名那栏您不用管，系统那边我来弄。\n', found: ['签名那栏您不用管，系统那边我来'] },
    { text: '你老公唔得閒嚟，我幫佢簽咗先，之後佢補個身份證副本俾我就得。\n', found: ['我幫佢簽咗'] },
    { text: '我们这边用您之前授权的电子签名帮您完成确认，您不用操作。\n', found: ['电子签名帮您完成'] },
  ],
});

// Helping the customer copy while insisting it is in their own hand; not needing to write it yourself stays reported.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['您視力不好的話，我可以把字寫大一點讓您照著抄，但一定要您自己動筆。\n'],
  invalid: [{ text: '风险提示那句话不用您自己抄，我在系统里帮您勾上。\n', found: ['', '帮您勾上'] }],
});

// Refusals in any words (Minnan 我袂使替你签), teaching the customer to write, a quality check's
// findings and a call-back script's instruction for a customer who reports it: none is the seller signing.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    '销售：阿嬷，名要你家己签，我袂使替你签。\n',
    '客户：你帮我签吧，我不会写字。\n经理：这个真不行阿姨，我教您一笔一笔写，不着急。\n',
    '本季度双录抽检中发现2笔疑似代签名问题，已移交合规部复核。\n',
  ],
  invalid: [
    { text: '销售：阿嬷，名你签不来，我帮你签。\n', found: ['我帮你签'] },
    { text: '销售：您不会写没关系，我教您签个名，剩下的我替您写好。\n', found: ['我替您写好'] },
  ],
});

ruleTester('proxy-signing', {
  kind: 'callback',
  valid: [
    '回访专员：投保人签名处是您本人签的吗？\n（客户表示由银行人员代写或代签的：记录为问题件，转质检，并告知客户可以重新签署或解除合同。）\n',
    '（客户称“是客户经理帮我弄的”“我把验证码给了他”：列为问题件，告知客户可在犹豫期内解除合同。）\n',
  ],
  invalid: [],
});

// Round 14: signing, by its pinyin initials too, taken over by the seller.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['签名请您本人亲笔书写，这一步我们不能替您完成。\n'],
  invalid: [{ text: 'qm我帮您搞定，您转一下保费就行。\n', found: [''] }],
});

// A warning against letting anyone sign for you, and signing by another spoken of as a fault.
ruleTester('proxy-signing', {
  kind: 'promo',
  valid: ['千万别让销售帮你签字！代签的保单出了纠纷，很难证明你当时知情。\n', '业务员让你“签个名就行、其他我来填”的，一定拒绝。\n'],
  invalid: [{ text: '投保单上的签名我替您签了。\n', found: [''] }],
});

// A warning to refuse whoever offers it quotes the offer.
ruleTester('proxy-signing', {
  kind: 'promo',
  valid: ['📢 提醒：任何人说“我帮你签”“我帮你抄”都要拒绝，签名必须是您本人的。\n'],
  invalid: [{ text: '📢 省事：抄录那段我帮你抄，你签个名就行。\n', found: ['我帮你抄'] }],
});

// A call-back agent restating that someone else signed: what the call checks, not what the seller does.
ruleTester('proxy-signing', {
  kind: 'callback',
  valid: ['回访专员：您刚才说合同是您儿子帮您签的，我们会记录并安排您本人重新签名确认。\n'],
  invalid: [{ text: '回访专员：签名那里我们帮您签好了，您不用再跑一趟。\n', found: ['签名那里我们帮您签好'] }],
});

// The call-back to be answered as it was, the customer writing from a printed sample; every question answered
// yes is coached.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    '销售：回访的时候人家问啥您就照实说，没听明白的就说没明白，让他们再解释。\n',
    '销售：这个真不能替您签。我把字放大打出来给您照着写，您慢慢来，写错了我们重新打印。\n',
  ],
  invalid: [{ text: '销售：回访电话来了，问什么您都答“是”“清楚”就行，我先跟您对一遍。\n', found: [''] }],
});

// Refused when the customer cannot come in person.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['主管：客户本人来不了的一律不办，家属代签的单子系统查得到，回访也过不了。\n'],
  invalid: [{ text: '主管：客户本人来不了的，家属代签也行，回访时让他说是本人签的。\n', found: [''] }],
});

// A warning that signing for someone ends in trouble for them (别人代签的，将来发生纠纷，吃亏的是你自己).
ruleTester('proxy-signing', {
  kind: 'web',
  valid: ['投保单、风险提示语句必须本人亲自签名、亲自抄录。别人代签的，将来发生纠纷，吃亏的是你自己。\n'],
  invalid: [{ text: '理财经理：字太多了，我帮您代签就行，您不用操心。\n', found: [''] }],
});

// An article's answers written out for its readers are no form filled in for a customer.
ruleTester('proxy-signing', {
  kind: 'web',
  valid: ['下面是柜台前最常被问到的5个问题，我们把标准答案写在这里，也欢迎您拿着这篇文章来“考”我们的理财经理。\n'],
  invalid: [{ text: '理财经理：这段风险提示我帮您抄好了，您签个名就行。\n', found: ['风险提示我帮您抄好'] }],
});

// The seller writing out the risk statement for the customer to copy or sign.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['理财经理：风险提示那段需要您本人抄写，我在旁边给您读一遍，您自己写。\n'],
  invalid: [{ text: '理财经理：风险提示那段我先帮您写在这里，您照着签个名就行。\n', found: ['风险提示那段我先帮您写', '照着签'] }],
});

// The call-back answered as it is (听不懂就说听不懂) is no coaching; one answer handed to the customer, or a paper to
// read out at the recording, is.
ruleTester('proxy-signing', {
  kind: 'promo',
  valid: [
    '回访时请按实际情况回答，有不清楚的地方可以直接问客服，不明白就说不明白。\n',
    '保险公司回访时，听不懂就说听不懂，不要按别人教的答案回答。\n',
  ],
  invalid: [
    { text: '双录的时候你就照着我给你的纸念，一个字别改\n', found: [''] },
    { text: '錄影嗰陣鏡頭問你咩，你點頭話「係」就得，行完個流程就搞掂。\n', found: [''] },
    { text: '回访员：您放心，这个产品收益是有保证的，您回答“清楚”就可以了。\n', found: [''] },
  ],
});

// The customer warned not to agree to it.
ruleTester('proxy-signing', {
  kind: 'promo',
  valid: ['提醒大家：要保書一定要自己簽名，業務說要幫你簽千萬不要答應。\n'],
  invalid: [{ text: '要保書我幫你簽就好，你唔使嚟。\n', found: [''] }],
});

// A loss made up by the seller is a promise, not a signature; a proxy signature said to be refused by the rules is none;
// the signature made up for the customer still is.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    '投连账户后面有专业团队兜着，市场跌了公司会想办法给您补上。\n',
    '五年后您要是拿回来的比交进去的少，差多少我自己掏腰包给您补上。\n',
    '我兒子在國外讀書，以前他的成績單都是我幫他簽的，這次投保你們說一定要他本人簽，那我等他寒假回來再辦。\n',
  ],
  invalid: [{ text: '那句风险提示太长了，您先在下面签个名，剩下的我回头帮您补上。\n', found: [''] }],
});

// A call-back script's branch for what the customer answers is the insurer's check, not the seller writing for them.
ruleTester('proxy-signing', {
  kind: 'callback',
  valid: ['　▸ 客户答“是银行的人帮我写的”：记录“非本人抄录”，告知客户公司将核实并联系其重新签署。\n'],
  invalid: [{ text: '回访员：您就答“是本人写的”，其实是银行的人帮您写的也没关系。\n', found: [''] }],
});

// The customer told to answer only yes at the call-back.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['電話確認嗰陣佢哋會問你幾條問題，你照實答就得，唔明白就話唔明白。\n'],
  invalid: [
    { text: '電話確認嗰陣你淨係答「明白」同「係」就得，其他唔使講。\n', found: [''] },
    { text: '电话回访会问是不是您自己签的字，肯定说是啊，别的都别提。\n', found: [''] },
  ],
});

// The customer left to write slowly themself; the seller writing for want of time still reported.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['客户说她手抖写不好字，我请她慢慢写，写了十分钟，整个过程都在双录里。\n'],
  invalid: [{ text: '销售：这款明天就停售了，来不及让您慢慢抄，这句话我替您写上，您签个名就行。\n', found: [''] }],
});

// Answers at the recording taken line by line from the seller.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['双录的时候我会逐条念提示内容，您听清楚了再按实际情况回答。\n'],
  invalid: [{ text: '双录的时候我问一句您答一句“是的”，别停顿，停顿了要重录。\n', found: [''] }],
});

// Staff told to have the customer read the code out to them.
ruleTester('proxy-signing', {
  kind: 'promo',
  valid: ['温馨提示：验证码仅限本人使用，请勿告诉任何人，包括银行和保险公司的工作人员。\n'],
  invalid: [{ text: '客户不会用手机签名的，统一让客户把验证码报给你，你在系统里点确认。\n', found: [''] }],
});

// A yes-word answer, quoted, said to be all it takes, whatever it says of who signed; an answer sheet read
// out or learnt by heart at the recording. Saying that what was not understood was not is the honest answer.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    '回访的时候哪一句没听明白，您直接说“不明白”就行，回访员会再解释一遍。\n',
    '双录时请您自己阅读风险提示，理解了再回答，不需要背任何答案。\n',
  ],
  invalid: [
    { text: '回访要是问签名是不是本人的，您直接答“是我本人签的”就行，别多说。\n', found: [''] },
    { text: '老人家录像的时候全程说“是、清楚”这两个词就可以，其他的我来讲。\n', found: [''] },
    { text: '话术卡我都印好了，开录前让客户照着念一遍就不会出错。\n', found: [''] },
    { text: '明天双录前，先让阿姨把这几个问题的答案背熟。\n', found: [''] },
  ],
});

// Writing it for someone named in the third person, finishing the customer's words for them, signing with another's
// details, a sign given for the yes, one line to remember for the call-back; a refusal stays clean.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['老人家写得慢没关系，我不能替她写，您让她慢慢抄，我们等着。\n'],
  invalid: [
    { text: '客户今天来不了的，抄录先替他写上，回头再补签。\n', found: [''] },
    { text: '您在这儿签个名就行，剩下那段字我给您整上。\n', found: [''] },
    { text: '他老婆不在，我先用她的身份证把签名确认了。\n', found: [''] },
    { text: '录像的时候我一抬手，您就点头说是。\n', found: [''] },
    { text: '回访电话来了您就记住一句：都清楚，都知道。\n', found: [''] },
  ],
});

// Every answer yes, a shake of the head, one word; a signature traced from the ID; the questionnaire ticked for
// the customer. Telling the customer to answer as it was stays clean.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['回访时问您有没有人承诺收益，您按实际情况回答就好，有就说有。\n'],
  invalid: [
    { text: '回访问您有没有人解释过，您一律说有就行。\n', found: [''] },
    { text: '双录的时候问您有没有人承诺收益，您就摇头。\n', found: [''] },
    { text: '电话里问您是不是自愿的，就一个字：是。\n', found: [''] },
    { text: '您儿子的签名我照着身份证描一下就行。\n', found: [''] },
    { text: '风险测评那几页我帮您勾好了，您签个名就行。\n', found: [''] },
  ],
});

// Round 30: whatever is asked, a quoted yes-word or a nod; the yes-word with the rest left to the seller. Answering as
// it is, and a penalty quoting the coaching, are not.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['回访时不管问什么，请您按实际情况回答，不清楚就说不清楚。\n'],
  invalid: [
    { text: '双录的时候问什么您就点头说“是”，别多说话，说多了容易卡。\n', found: [''] },
    { text: '回访电话来了，不管问啥您都说“清楚”“是本人”“自愿的”，多一句都别说。\n', found: ['', ''] },
    { text: '電話照會嗰陣，佢問乜你都答「有」「清楚」就得，唔使講多。\n', found: [''] },
    { text: '双录时我问“您是否了解退保损失”，您就答“了解”，后面的交给我。\n', found: [''] },
  ],
});
ruleTester('proxy-signing', {
  kind: 'regulation',
  valid: ['销售人员教客户“问什么都说是”，被罚款五万元。\n'],
  invalid: [],
});

// A seller turning business away signs nothing.
ruleTester('proxy-signing', {
  kind: 'promo',
  valid: ['大哥当场有点不高兴，但我宁可少签一单，也不想一年后他拿着保单来网点跟我吵。\n'],
  invalid: [],
});

// From final30: the paperwork seen to by the seller is no signature; a signature is.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['王叔，到时候别取了，直接转到这个里面接着放，手续我帮您弄。\n'],
  invalid: [{ text: '签名的手续我帮您弄，您不用来了。\n', found: [''] }],
});

// Round 31: a health declaration ticked for the customer, the signature taken over, a yes-word handed over, a nod as the
// cue, a paper to read from; only the person themself may sign, and an internal warning, are not.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    '客户：我家老头子没来，我替他签行不？ 经理：不行，被保险人要本人签，我们约个时间他过来，或者走远程双录。\n',
    '各网点注意，最近发现有同事替客户签“已阅读”，一经发现直接移交纪检。\n',
  ],
  invalid: [
    { text: '这张健康告知我先帮您都勾成“否”了，您在底下签个字就完事。\n', found: [''] },
    { text: '签字那块儿你别整了，手抖，我给你整，反正也是你同意了的。\n', found: [''] },
    { text: '待会儿回访那边问您“是否了解犹豫期”，您就回个“了解”，一分钟就挂了。\n', found: [''] },
    { text: '双录问到“是否清楚”时，客户犹豫的，你们在旁边点头示意他说“清楚”。\n', found: [''] },
    { text: '双录的时候我把字写在纸上举着，您照着念就行，内容不用管。\n', found: [''] },
  ],
});

// From final31: a sample written large or printed for the customer to copy, the place pointed to: the customer writes.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    '客户：我眼神不好，你帮我签一下吧？ 经理：这个真不行，签名必须您本人来。我把要写的字放大打印给您看，位置我指给您。\n',
    '理财经理：慢慢写，不着急，我把那几个字写大一点放您旁边。\n',
  ],
  invalid: [{ text: '我帮您把那几个字写好，您签个名就行。\n', found: [''] }],
});

// From round 32: every answer fixed in advance, quoted; a wink as the cue; the form filled and signed by the seller
// (an ID card's two sides are no report). A rule against it is not.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['培训：不得教客户在回访中一律回答“是”，不得代客户输入验证码。\n'],
  invalid: [
    { text: '電話照會時，若問到是否了解解約金，一律回答「了解」即可，不用解釋\n', found: [''] },
    { text: '各位，今天的单子回访要一次通过，回访前跟客户打好招呼，统一答“知道”“明白”，谁的回访不通过谁负责。\n', found: [''] },
    { text: '阿姨明天双录您就记住三句：都清楚、是自愿、没人承诺收益。其他的我在旁边给您递眼色🙂\n', found: [''] },
    { text: '叔 你把身份证正反面拍给我，投保单我这边帮你填好签好，你明天过来拿合同就行\n', found: [''] },
  ],
});

// From round 33: the customer copying from a sample the seller wrote large; the seller's colleague copying for the customer.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['理财经理：必须您本人抄录，我把那句话打印大一点，您照着抄就行。\n'],
  invalid: [{ text: '坐席：那句风险提示您不方便抄的话，我让网点同事帮您照着抄好签上。\n', found: [''] }],
});

// From final32: nodding throughout the recording, yes-words with no questions asked; a customer who copied it out as told.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['买保险那天，经理让我自己抄了那句风险提示，说必须本人写。\n'],
  invalid: [
    { text: '录像的时候您全程点头就可以，话我来说。\n', found: [''] },
    { text: '回访的时候您就说“明白”“清楚”，别多问。\n', found: [''] },
  ],
});

// From round 34: every question answered with a quoted yes-word, nodding throughout; made to copy it out oneself is no proxy.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['签字的时候经理非要我自己抄那句风险提示，说这是规定。\n'],
  invalid: [
    { text: '回访的时候所有问题都回答“是”就行。\n', found: [''] },
    { text: '一会儿录像您不用说话，全程点头就行。\n', found: [''] },
  ],
});

// From final33: a line asked, a quoted line answered; a relative made to write it herself is no proxy.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['经理想帮我妈抄那句风险提示，我没让，让我妈自己慢慢写完了。\n'],
  invalid: [{ text: '双录的时候我问一句您就答一句“清楚”，别的不用说。\n', found: [''] }],
});

// The rest to go unsaid, every question answered as told: coaching, not a warning or a report.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '录像的时候我问一句您就答一句“清楚”，其他的别说。\n', found: [''] },
    { text: '回访的时候让客户所有问题都回答“是的”，别让他多说。\n', found: [''] },
  ],
});

// Signed on someone's behalf from the ID card; a hand said to look alike.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [],
  invalid: [
    { text: '您女儿不在也行，投保人那栏我照着身份证给她签上。\n', found: [''] },
    { text: '您爱人签不了没关系，我的字跟他挺像的。\n', found: [''] },
  ],
});

// A customer asking whether someone may sign for them is a question, not proxy signing.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['我右手受伤写不了字，签名能不能让我儿子代签？\n'],
  invalid: [],
});

// From rounds 33–35: yes-words coached for any question, a quoted call-back question the customer is told to answer yes,
// told not to say they forget; a call-back script's own question stays clean.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['回访员：请问投保单上的签名是您本人亲笔签署的吗？\n'],
  invalid: [
    { text: '提前跟客户打好招呼，保险公司来电话问什么都说“是”“清楚”，别多说。\n', found: [''] },
    { text: '交代客户：回访问“是否本人签名”，一律回答“是”。\n', found: [''] },
    { text: '回访电话来了，不管问啥您都说“清楚”，千万别说“不记得”。\n', found: ['', ''] },
    { text: '等下电话回访，您就一直回答“了解”“是本人”，别的不用多说。\n', found: ['', ''] },
  ],
});

// Signing a relative's visa papers is no policy signed for a customer.
ruleTester('proxy-signing', {
  kind: 'inferred',
  valid: ['今天妈妈的签证材料我帮她签了名，她手抖写不好字，希望别出问题。\n'],
  invalid: [{ text: '阿姨手抖写不好字，投保单我帮她签了名，抄录那句也替她写好了。\n', found: ['', '抄录那句也替她写好'] }],
});

// The call-back's answers handed over as enough, the risk test answered by the seller, a colleague signing from the ID card;
// not the customer told to answer truly, nor a manager saying something out loud.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['回访的时候您如实说就行，没看过条款就说没看过。\n', '这个活动规则我当面跟您口头说清楚就行，不用另外打印。\n'],
  invalid: [
    { text: '回访会问你是不是自己看过条款，你说看过就行，反正都一样。\n', found: [''] },
    { text: '我先跟您说一下回访的标准答案：第一题答是，第二题答清楚。\n', found: [''] },
    { text: '测评那几题您别管，我照着能买投连的答案勾，不然系统不让过。\n', found: [''] },
    { text: '你先生不用特地跑一趟，他那份我请同事照身份证签一下就好。\n', found: [''] },
  ],
});

// Not a signature: checking in to an app, what the insurer can put in writing, a signing put off until the customer
// can read, a customer's complaint that someone signed in their name.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    '明天要出差，你帮我在App上签到一下，别断了连签。\n',
    '四十年里分红怎么变谁也说不准，我们能写下的，只有合同里的保证部分。\n',
    '阿姨您今天没戴眼镜，那我们改天再签，这些一定要您自己看、自己写。\n',
    '我从来没签过这张投保单，上面那个签名是客户经理替我写的，我要求全额退保。\n',
  ],
  invalid: [{ text: '您眼睛不好没关系，名字我帮您写上，您按个手印就行。\n', found: [''] }],
});

// Filled in as the customer is said to have meant: the seller writes the customer's part.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['投保单上要手写的地方，我按您的要求先用铅笔圈出来，您自己填。\n'],
  invalid: [{ text: '您忙的话，风险提示那段我先按您的意思写好，您回头确认就行。\n', found: [''] }],
});

// A signature traced from the customer's hand or ID card; call-back answers agreed in advance. Told to answer as it is, or
// asked by the call-back who signed: no coaching.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    '回訪嗰陣你照實講就得，唔清楚就話唔清楚。\n',
    '回访员：投保提示书上那句话，是您本人抄的，还是工作人员帮您写的？\n',
    '回访时客户普遍表示是自己主动购买的，回访成功率97%。\n',
  ],
  invalid: [
    { text: '客户先走了，签名你照身份证上的字描一个，今天要进件。\n', found: ['签名你照身份证上的字描'] },
    { text: '下周回访集中外呼，今晚都跟客户统一下口径，都说是自己主动买的。\n', found: [''] },
    { text: '您就说合同都看过了，回头回访问到也这么答。\n', found: [''] },
  ],
});

// The customer told to say yes and nothing else at the call-back is coached, whatever the warning word inside.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['回访时请您如实回答，不清楚的地方可以直接问回访人员。\n'],
  invalid: [{ text: '回访电话来了您就说“是”“清楚”“自愿”，别的什么都别说。\n', found: [''] }],
});

// The seller's number left for the call-back, the seller to take it; a training line forbidding it is not.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['培训：回访环节不得提前教客户怎么回答，也不能代客户接听回访电话。\n'],
  invalid: [{ text: '回访电话留我手机号吧，到时候我替您接，省得您听不懂客服讲啥。\n', found: [''] }],
});

// Told to answer the call-back either way as it is (晓得就说晓得，不晓得就直接问): no answer coached.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['回访的时候人家要问你这个，晓得就说晓得，不晓得就直接问，答不上来也没得关系。\n'],
  invalid: [{ text: '回访的时候人家要问你这个，你就说晓得，其他的别多讲。\n', found: [''] }],
});

// An inquiry's finding reports the proxy signature it found.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: ['经调取影像资料，投保单签名确系理财经理代签，我行已协助您办理解除合同、全额退还保险费。\n'],
  invalid: [{ text: '投保单签名我给您代签了，您回去等保单就行。\n', found: [''] }],
});

// The seller unable to sign for them, the person themself named; the seller's hands that policies went through.
ruleTester('proxy-signing', {
  kind: 'script',
  valid: [
    '叔，你儿子的投保单得他本人来签，我这边代签不了，你让他周末抽空过来一趟。\n',
    '入行十二年，经我手签的三百多张单子，客户的名字都是本人签的。\n',
  ],
  invalid: [{ text: '你儿子不用来了，投保单我这边帮他签一下就行。\n', found: [''] }],
});
