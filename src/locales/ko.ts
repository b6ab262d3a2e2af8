// Built-in copy: Korean. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: '작은 부탁을 드립니다',
  intro:
    '수백만 명이 저희의 독립 저널리즘을 믿고 읽습니다. 저희는 누구나 무료로 볼 수 있도록 하고 있습니다. ' +
    '금액과 관계없이 여러분의 후원은 큰 힘이 됩니다.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `오늘 ${smallest}부터 일시 후원으로 함께해 주세요.`,
      monthly: `${smallest}부터 매월 정기 후원으로 함께해 주세요.`,
      annual: `${smallest}부터 매년 정기 후원으로 함께해 주세요.`,
    })[frequency],
  frequencyGroup: '후원 주기',
  frequencies: { 'one-time': '한 번', monthly: '매월', annual: '매년' },
  amountGroup: '금액',
  cta: '후원하기',
  remindPrompt: '오늘은 후원이 어려우신가요?',
  remind: '나중에 알림 받기',
  reminded: (date) => `감사합니다. ${date}에 다시 알려 드리겠습니다.`,
  remindedHere: '감사합니다. 이 페이지에서는 다시 묻지 않겠습니다.',
  close: '닫기',
  goal: (raised, goal) => `목표 ${goal} 중 ${raised} 모금`,
  other: '직접 입력',
  amountLabel: (currency) => `후원 금액 (${currency})`,
  notAmount: (example) => `금액을 입력해 주세요(예: ${example}).`,
  tooSmall: (min) => `최소 금액은 ${min}입니다.`,
  tooLarge: (max) => `최대 금액은 ${max}입니다.`,
  compactHeading: '저희 기사가 마음에 드시나요?',
  compactMessage: '여러분 같은 독자 덕분에 누구나 무료로 읽을 수 있습니다. 후원으로 함께해 주세요.',
  articlesRead: { other: '{days} 기사 {articles}개를 읽으셨습니다' },
  lastDays: { other: '지난 {days}일 동안' },
  gateHeading: '계속 읽으시려면 후원해 주세요',
  gateMessage: '이번에 제공되는 무료 기사를 모두 읽으셨습니다. 저희 저널리즘은 여러분 같은 독자의 후원으로 운영됩니다.',
  freeLeft: (left, free) => `남은 무료 기사: ${free}개 중 ${left}개`,
  signInPrompt: '이미 후원하고 계신가요?',
  signIn: '로그인',
  pass: '다음에 하기',
  passed: '이번 방문에서는 이 기사를 읽으실 수 있습니다.',
  daysLeft: { other: '{days}일 남음' },
  lastDay: '마지막 날',
  alreadySupported: '이미 후원하고 있습니다',
  thanks: '후원해 주셔서 감사합니다. 다시 요청하지 않겠습니다.',
};

export default copy;
