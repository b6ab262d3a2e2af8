// Built-in copy: Indonesian. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'Kami punya satu permintaan kecil',
  intro:
    'Jutaan orang mengandalkan jurnalisme independen kami, dan kami menjaganya tetap gratis untuk semua. ' +
    'Dukungan Anda, sekecil apa pun, sangat berarti.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Dukung kami hari ini dengan donasi sekali, mulai dari ${smallest} saja.`,
      monthly: `Dukung kami setiap bulan, mulai dari ${smallest} saja.`,
      annual: `Dukung kami setiap tahun, mulai dari ${smallest} saja.`,
    })[frequency],
  frequencyGroup: 'Frekuensi',
  frequencies: { 'one-time': 'Sekali', monthly: 'Bulanan', annual: 'Tahunan' },
  amountGroup: 'Jumlah',
  cta: 'Dukung kami',
  remindPrompt: 'Belum bisa mendukung hari ini?',
  remind: 'Ingatkan saya nanti',
  reminded: (date) => `Terima kasih. Kami akan mengingatkan Anda pada ${date}.`,
  remindedHere: 'Terima kasih. Kami tidak akan bertanya lagi di halaman ini.',
  close: 'Tutup',
  goal: (raised, goal) => `${raised} dari target ${goal}`,
  other: 'Lainnya',
  amountLabel: (currency) => `Jumlah Anda (${currency})`,
  notAmount: (example) => `Masukkan jumlah, misalnya ${example}.`,
  tooSmall: (min) => `Jumlah minimum adalah ${min}.`,
  tooLarge: (max) => `Jumlah maksimum adalah ${max}.`,
  compactHeading: 'Menikmati jurnalisme kami?',
  compactMessage: 'Jurnalisme kami tetap gratis untuk semua berkat pembaca seperti Anda. Dukung kami.',
  articlesRead: { other: 'Anda telah membaca {articles} artikel {days}' },
  lastDays: { other: 'dalam {days} hari terakhir' },
  gateHeading: 'Dukung kami untuk terus membaca',
  gateMessage: 'Artikel gratis Anda untuk saat ini sudah habis. Jurnalisme kami didanai oleh pembaca seperti Anda.',
  freeLeft: (left, free) => `Sisa artikel gratis: ${left} dari ${free}`,
  signInPrompt: 'Sudah menjadi pendukung?',
  signIn: 'Masuk',
  pass: 'Nanti saja',
  passed: 'Artikel ini terbuka untuk kunjungan kali ini.',
  daysLeft: { other: 'Tinggal {days} hari lagi' },
  lastDay: 'Hari terakhir',
  alreadySupported: 'Saya sudah mendukung',
  thanks: 'Terima kasih atas dukungan Anda. Kami tidak akan meminta lagi.',
};

export default copy;
