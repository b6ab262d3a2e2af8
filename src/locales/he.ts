// Built-in copy: Hebrew. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'יש לנו בקשה קטנה',
  intro: 'מיליוני אנשים סומכים על העיתונות העצמאית שלנו, ואנחנו מקפידים שתישאר חינמית לכולם. ' + 'כל תמיכה, קטנה ככל שתהיה, עושה הבדל גדול.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `תמכו בנו היום בתרומה חד-פעמית, החל מ-${smallest} בלבד.`,
      monthly: `תמכו בנו בתרומה חודשית, החל מ-${smallest} בלבד.`,
      annual: `תמכו בנו בתרומה שנתית, החל מ-${smallest} בלבד.`,
    })[frequency],
  frequencyGroup: 'תדירות',
  frequencies: { 'one-time': 'פעם אחת', monthly: 'כל חודש', annual: 'כל שנה' },
  amountGroup: 'סכום',
  cta: 'תמכו בנו',
  remindPrompt: 'לא מתאים לכם לתמוך היום?',
  remind: 'הזכירו לי מאוחר יותר',
  reminded: (date) => `תודה. נזכיר לכם ב-${date}.`,
  remindedHere: 'תודה. לא נשאל שוב בעמוד הזה.',
  close: 'סגירה',
  goal: (raised, goal) => `${raised} מתוך יעד של ${goal}`,
  other: 'סכום אחר',
  amountLabel: (currency) => `הסכום שלכם (${currency})`,
  notAmount: (example) => `נא להזין סכום, למשל ${example}.`,
  tooSmall: (min) => `הסכום המינימלי הוא ${min}.`,
  tooLarge: (max) => `הסכום המרבי הוא ${max}.`,
  compactHeading: 'נהנים מהעיתונות שלנו?',
  compactMessage: 'היא נשארת חינמית לכולם בזכות קוראים כמוכם. תמכו בנו.',
  articlesRead: {
    one: 'קראתם כתבה אחת {days}',
    two: 'קראתם שתי כתבות {days}',
    other: 'קראתם {articles} כתבות {days}',
  },
  lastDays: { one: 'ביום האחרון', two: 'ביומיים האחרונים', other: 'ב-{days} הימים האחרונים' },
  gateHeading: 'תמכו בנו כדי להמשיך לקרוא',
  gateMessage: 'קראתם את הכתבות החינמיות שלכם לעת עתה. העיתונות שלנו ממומנת על ידי קוראים כמוכם.',
  freeLeft: (left, free) => `כתבות חינמיות שנותרו: ${left} מתוך ${free}`,
  signInPrompt: 'כבר תומכים בנו?',
  signIn: 'התחברות',
  pass: 'לא עכשיו',
  passed: 'הכתבה הזו פתוחה לכם בביקור הזה.',
  daysLeft: { one: 'נותר יום אחד', two: 'נותרו יומיים', other: 'נותרו {days} ימים' },
  lastDay: 'יום אחרון',
  alreadySupported: 'אני כבר בין התומכים',
  thanks: 'תודה על התמיכה. לא נבקש מכם שוב.',
};

export default copy;
