// Built-in copy: Polish. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'Mamy do Państwa małą prośbę',
  intro:
    'Miliony ludzi polegają na naszym niezależnym dziennikarstwie, a my dbamy o to, by pozostało bezpłatne dla wszystkich. ' +
    'Każde wsparcie, nawet najmniejsze, ma ogromne znaczenie.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Prosimy o jednorazowe wsparcie jeszcze dziś – już od ${smallest}.`,
      monthly: `Prosimy o comiesięczne wsparcie – już od ${smallest}.`,
      annual: `Prosimy o coroczne wsparcie – już od ${smallest}.`,
    })[frequency],
  frequencyGroup: 'Jak często',
  frequencies: { 'one-time': 'Jednorazowo', monthly: 'Co miesiąc', annual: 'Co roku' },
  amountGroup: 'Kwota',
  cta: 'Wspieram',
  remindPrompt: 'Nie dziś?',
  remind: 'Przypomnij mi później',
  reminded: (date) => `Dziękujemy. Przypomnimy o tym ${date}.`,
  remindedHere: 'Dziękujemy. Na tej stronie nie zapytamy ponownie.',
  close: 'Zamknij',
  goal: (raised, goal) => `Zebrano ${raised} z ${goal}`,
  other: 'Inna kwota',
  amountLabel: (currency) => `Własna kwota (${currency})`,
  notAmount: (example) => `Prosimy wpisać kwotę, np. ${example}.`,
  tooSmall: (min) => `Najniższa kwota to ${min}.`,
  tooLarge: (max) => `Najwyższa kwota to ${max}.`,
  compactHeading: 'Podoba się Państwu nasze dziennikarstwo?',
  compactMessage: 'Pozostaje bezpłatne dla wszystkich dzięki takim Czytelnikom jak Państwo. Prosimy o wsparcie.',
  articlesRead: {
    one: 'Przeczytali Państwo {articles} artykuł {days}',
    few: 'Przeczytali Państwo {articles} artykuły {days}',
    many: 'Przeczytali Państwo {articles} artykułów {days}',
    other: 'Przeczytali Państwo {articles} artykułu {days}',
  },
  lastDays: {
    one: 'w ciągu ostatniego dnia',
    few: 'w ciągu ostatnich {days} dni',
    many: 'w ciągu ostatnich {days} dni',
    other: 'w ciągu ostatnich {days} dnia',
  },
  gateHeading: 'Aby czytać dalej, prosimy o wsparcie',
  gateMessage: 'Na razie wykorzystali Państwo limit bezpłatnych artykułów. Nasze dziennikarstwo finansują tacy Czytelnicy jak Państwo.',
  freeLeft: (left, free) => `Pozostałe bezpłatne artykuły: ${left} z ${free}`,
  signInPrompt: 'Już nas Państwo wspierają?',
  signIn: 'Zaloguj się',
  pass: 'Nie teraz',
  passed: 'Ten artykuł jest dostępny podczas tej wizyty.',
  daysLeft: {
    one: 'Pozostał {days} dzień',
    few: 'Pozostały {days} dni',
    many: 'Pozostało {days} dni',
    other: 'Pozostało {days} dnia',
  },
  lastDay: 'Ostatni dzień',
  alreadySupported: 'Już wspieram',
  thanks: 'Dziękujemy za wsparcie. Nie będziemy już Państwa o nie prosić.',
};

export default copy;
