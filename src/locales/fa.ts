// Built-in copy: Persian. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'درخواست کوچکی از شما داریم',
  intro:
    'میلیون‌ها نفر به روزنامه‌نگاری مستقل ما اعتماد دارند و ما آن را برای همه رایگان نگه می‌داریم. ' +
    'حمایت شما، هر قدر هم کوچک، تفاوت بزرگی ایجاد می‌کند.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `لطفاً امروز با کمکی یک‌باره از ${smallest} به بالا از ما حمایت کنید.`,
      monthly: `لطفاً ماهانه با مبلغی از ${smallest} به بالا از ما حمایت کنید.`,
      annual: `لطفاً سالانه با مبلغی از ${smallest} به بالا از ما حمایت کنید.`,
    })[frequency],
  frequencyGroup: 'تناوب',
  frequencies: { 'one-time': 'یک‌باره', monthly: 'ماهانه', annual: 'سالانه' },
  amountGroup: 'مبلغ',
  cta: 'از ما حمایت کنید',
  remindPrompt: 'امروز آمادهٔ حمایت نیستید؟',
  remind: 'بعداً یادآوری کنید',
  reminded: (date) => `سپاسگزاریم. در ${date} به شما یادآوری می‌کنیم.`,
  remindedHere: 'سپاسگزاریم. دیگر در این صفحه از شما درخواست نمی‌کنیم.',
  close: 'بستن',
  goal: (raised, goal) => `${raised} از هدف ${goal}`,
  other: 'مبلغ دیگر',
  amountLabel: (currency) => `مبلغ دلخواه شما (${currency})`,
  notAmount: (example) => `لطفاً مبلغی وارد کنید، مثلاً ${example}.`,
  tooSmall: (min) => `کمترین مبلغ ${min} است.`,
  tooLarge: (max) => `بیشترین مبلغ ${max} است.`,
  compactHeading: 'از روزنامه‌نگاری ما لذت می‌برید؟',
  compactMessage: 'به لطف خوانندگانی مثل شما، برای همه رایگان می‌ماند. لطفاً از ما حمایت کنید.',
  articlesRead: { one: 'شما {days} {articles} مطلب خوانده‌اید', other: 'شما {days} {articles} مطلب خوانده‌اید' },
  lastDays: { one: 'در روز گذشته', other: 'در {days} روز گذشته' },
  gateHeading: 'برای ادامهٔ مطالعه از ما حمایت کنید',
  gateMessage: 'مطالب رایگان شما فعلاً تمام شده است. روزنامه‌نگاری ما با حمایت خوانندگانی مثل شما تأمین می‌شود.',
  freeLeft: (left, free) => `مطالب رایگان باقی‌مانده: ${left} از ${free}`,
  signInPrompt: 'از حامیان ما هستید؟',
  signIn: 'ورود',
  pass: 'فعلاً نه',
  passed: 'این مطلب در این بازدید برای شما باز است.',
  daysLeft: { one: '{days} روز باقی مانده', other: '{days} روز باقی مانده' },
  lastDay: 'آخرین روز',
  alreadySupported: 'من از قبل حامی شما هستم',
  thanks: 'از حمایت شما سپاسگزاریم. دیگر از شما درخواست نمی‌کنیم.',
};

export default copy;
