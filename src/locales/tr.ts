// Built-in copy: Turkish. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'Sizden küçük bir ricamız var',
  intro:
    'Milyonlarca kişi bağımsız gazeteciliğimize güveniyor ve biz de onu herkes için ücretsiz tutuyoruz. ' +
    'Desteğiniz, ne kadar küçük olursa olsun, büyük fark yaratır.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Bugün yalnızca ${smallest} tutarından başlayan tek seferlik bir bağışla bizi destekleyin.`,
      monthly: `Yalnızca ${smallest} tutarından başlayan aylık bir bağışla bizi destekleyin.`,
      annual: `Yalnızca ${smallest} tutarından başlayan yıllık bir bağışla bizi destekleyin.`,
    })[frequency],
  frequencyGroup: 'Sıklık',
  frequencies: { 'one-time': 'Tek seferlik', monthly: 'Aylık', annual: 'Yıllık' },
  amountGroup: 'Tutar',
  cta: 'Destek olun',
  remindPrompt: 'Bugün destek olmaya hazır değil misiniz?',
  remind: 'Daha sonra hatırlat',
  reminded: (date) => `Teşekkürler. Size ${date} tarihinde hatırlatacağız.`,
  remindedHere: 'Teşekkürler. Bu sayfada size tekrar sormayacağız.',
  close: 'Kapat',
  goal: (raised, goal) => `${goal} hedefimizden ${raised} toplandı`,
  other: 'Diğer',
  amountLabel: (currency) => `Tutarınız (${currency})`,
  notAmount: (example) => `Lütfen bir tutar girin, örneğin ${example}.`,
  tooSmall: (min) => `En düşük tutar: ${min}.`,
  tooLarge: (max) => `En yüksek tutar: ${max}.`,
  compactHeading: 'Gazeteciliğimizi beğeniyor musunuz?',
  compactMessage: 'Sizin gibi okurlar sayesinde herkes için ücretsiz kalıyor. Lütfen bizi destekleyin.',
  articlesRead: { one: '{days} {articles} haber okudunuz', other: '{days} {articles} haber okudunuz' },
  lastDays: { one: 'Son bir günde', other: 'Son {days} günde' },
  gateHeading: 'Okumaya devam etmek için bizi destekleyin',
  gateMessage: 'Şimdilik ücretsiz haber hakkınızı doldurdunuz. Gazeteciliğimiz sizin gibi okurların desteğiyle ayakta duruyor.',
  freeLeft: (left, free) => `Kalan ücretsiz haber: ${left}/${free}`,
  signInPrompt: 'Zaten destekçimiz misiniz?',
  signIn: 'Giriş yapın',
  pass: 'Şimdi değil',
  passed: 'Bu haber, bu ziyaretiniz için açık.',
  daysLeft: { one: '{days} gün kaldı', other: '{days} gün kaldı' },
  lastDay: 'Son gün',
  alreadySupported: 'Zaten destekliyorum',
  thanks: 'Desteğiniz için teşekkür ederiz. Size bir daha sormayacağız.',
};

export default copy;
