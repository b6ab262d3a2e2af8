// Built-in copy: Arabic. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'لدينا طلب صغير',
  intro: 'يعتمد الملايين على صحافتنا المستقلة، ونحن نبقيها مجانية للجميع. دعمك، مهما كان صغيرًا، يصنع فرقًا كبيرًا.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `ادعمنا اليوم بمساهمة لمرة واحدة تبدأ من ${smallest} فقط.`,
      monthly: `ادعمنا شهريًا بدءًا من ${smallest} فقط.`,
      annual: `ادعمنا سنويًا بدءًا من ${smallest} فقط.`,
    })[frequency],
  frequencyGroup: 'عدد المرات',
  frequencies: { 'one-time': 'مرة واحدة', monthly: 'شهريًا', annual: 'سنويًا' },
  amountGroup: 'المبلغ',
  cta: 'ادعمنا',
  remindPrompt: 'لست مستعدًا للدعم اليوم؟',
  remind: 'ذكّرني لاحقًا',
  reminded: (date) => `شكرًا لك. سنذكّرك في ${date}.`,
  remindedHere: 'شكرًا لك. لن نسألك مرة أخرى في هذه الصفحة.',
  close: 'إغلاق',
  goal: (raised, goal) => `${raised} من هدفنا البالغ ${goal}`,
  other: 'مبلغ آخر',
  amountLabel: (currency) => `المبلغ (${currency})`,
  notAmount: (example) => `يُرجى إدخال مبلغ، مثل ${example}.`,
  tooSmall: (min) => `أقل مبلغ هو ${min}.`,
  tooLarge: (max) => `أكبر مبلغ هو ${max}.`,
  compactHeading: 'هل تستمتع بصحافتنا؟',
  compactMessage: 'تبقى مجانية للجميع بفضل قرّاء مثلك. ادعمنا.',
  articlesRead: {
    zero: 'لم تقرأ أي مقال {days}',
    one: 'قرأت مقالًا واحدًا {days}',
    two: 'قرأت مقالين {days}',
    few: 'قرأت {articles} مقالات {days}',
    many: 'قرأت {articles} مقالًا {days}',
    other: 'قرأت {articles} مقال {days}',
  },
  lastDays: {
    zero: 'خلال آخر {days} يوم',
    one: 'خلال اليوم الأخير',
    two: 'خلال اليومين الأخيرين',
    few: 'خلال آخر {days} أيام',
    many: 'خلال آخر {days} يومًا',
    other: 'خلال آخر {days} يوم',
  },
  gateHeading: 'ادعمنا لمواصلة القراءة',
  gateMessage: 'لقد قرأت مقالاتك المجانية. صحافتنا يموّلها قرّاء مثلك.',
  freeLeft: (left, free) => `المقالات المجانية المتبقية: ${left} من ${free}`,
  signInPrompt: 'هل تدعمنا بالفعل؟',
  signIn: 'تسجيل الدخول',
  notNow: 'ليس الآن',
  passed: 'هذا المقال متاح لك في هذه الزيارة.',
};

export default copy;
