// Built-in copy: Chinese (Simplified). Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: '我们有一个小小的请求',
  intro: '数以百万计的读者信赖我们的独立新闻报道，我们坚持让所有人免费阅读。您的支持无论多少，都意义重大。',
  ask: (frequency, smallest) =>
    ({
      'one-time': `请今天以一次性捐助支持我们，最低只需${smallest}。`,
      monthly: `请每月支持我们，最低只需${smallest}。`,
      annual: `请每年支持我们，最低只需${smallest}。`,
    })[frequency],
  frequencyGroup: '频率',
  frequencies: { 'one-time': '一次性', monthly: '每月', annual: '每年' },
  amountGroup: '金额',
  cta: '支持我们',
  remindPrompt: '今天还不方便支持？',
  remind: '稍后提醒我',
  reminded: (date) => `谢谢。我们将于${date}提醒您。`,
  remindedHere: '谢谢。在本页面我们不会再询问您。',
  close: '关闭',
  goal: (raised, goal) => `已筹得${raised}，目标${goal}`,
  other: '其他金额',
  amountLabel: (currency) => `您的金额（${currency}）`,
  notAmount: (example) => `请输入金额，例如${example}。`,
  tooSmall: (min) => `最低金额为${min}。`,
  tooLarge: (max) => `最高金额为${max}。`,
  compactHeading: '喜欢我们的新闻报道吗？',
  compactMessage: '有您这样的读者支持，我们的报道才能向所有人免费开放。请支持我们。',
  articlesRead: { other: '您{days}阅读了{articles}篇文章' },
  lastDays: { other: '在过去{days}天里' },
  gateHeading: '支持我们，继续阅读',
  gateMessage: '您本期的免费文章已经读完。我们的新闻报道由像您这样的读者资助。',
  freeLeft: (left, free) => `剩余免费文章：${left}篇（共${free}篇）`,
  signInPrompt: '已经是支持者？',
  signIn: '登录',
  pass: '暂时不用',
  passed: '本次访问您可以阅读这篇文章。',
  daysLeft: { other: '还剩{days}天' },
  lastDay: '最后一天',
  alreadySupported: '我已是支持者',
  thanks: '感谢您的支持。我们不会再向您提出请求。',
};

export default copy;
