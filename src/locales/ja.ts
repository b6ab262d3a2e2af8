// Built-in copy: Japanese. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: '読者の皆さまへ、ささやかなお願いです',
  intro:
    '何百万もの人々が私たちの独立したジャーナリズムを頼りにしており、私たちは誰もが無料で読めるようにしています。' +
    '金額の大小にかかわらず、皆さまのご支援が大きな力になります。',
  ask: (frequency, smallest) =>
    ({
      'one-time': `本日、${smallest}からの1回のご寄付でご支援をお願いいたします。`,
      monthly: `${smallest}からの毎月のご寄付でご支援をお願いいたします。`,
      annual: `${smallest}からの年1回のご寄付でご支援をお願いいたします。`,
    })[frequency],
  frequencyGroup: '頻度',
  frequencies: { 'one-time': '1回のみ', monthly: '毎月', annual: '毎年' },
  amountGroup: '金額',
  cta: '支援する',
  remindPrompt: '今はご支援が難しいですか？',
  remind: 'あとで知らせる',
  reminded: (date) => `ありがとうございます。${date}にあらためてお知らせします。`,
  remindedHere: 'ありがとうございます。このページで再度お願いすることはありません。',
  close: '閉じる',
  goal: (raised, goal) => `目標額${goal}のうち${raised}`,
  other: 'その他',
  amountLabel: (currency) => `ご希望の金額（${currency}）`,
  notAmount: (example) => `金額を入力してください（例：${example}）。`,
  tooSmall: (min) => `最低額は${min}です。`,
  tooLarge: (max) => `上限額は${max}です。`,
  compactHeading: '私たちの報道をお楽しみいただけていますか？',
  compactMessage: '皆さまのような読者に支えられ、誰もが無料で読めるようにしています。ぜひご支援ください。',
  articlesRead: { other: '{days}に{articles}本の記事をお読みいただきました' },
  lastDays: { other: '過去{days}日間' },
  gateHeading: '続きを読むにはご支援ください',
  gateMessage: '今回お読みいただける無料記事の上限に達しました。私たちの報道は、皆さまのような読者に支えられています。',
  freeLeft: (left, free) => `残りの無料記事：${free}本中${left}本`,
  signInPrompt: 'すでにご支援いただいていますか？',
  signIn: 'ログイン',
  pass: '今はしない',
  passed: 'この記事は今回の訪問に限りお読みいただけます。',
  daysLeft: { other: '残り{days}日' },
  lastDay: '最終日',
  alreadySupported: 'すでに支援しています',
  thanks: 'ご支援ありがとうございます。今後このお願いは表示しません。',
};

export default copy;
