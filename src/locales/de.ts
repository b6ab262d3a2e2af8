// Built-in copy: German. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'Wir haben eine kleine Bitte',
  intro:
    'Millionen Menschen lesen unseren unabhängigen Journalismus, und wir halten ihn für alle frei zugänglich. ' +
    'Jede Unterstützung, auch die kleinste, macht einen Unterschied.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Unterstützen Sie uns heute einmalig, schon ab ${smallest}.`,
      monthly: `Unterstützen Sie uns monatlich, schon ab ${smallest}.`,
      annual: `Unterstützen Sie uns jährlich, schon ab ${smallest}.`,
    })[frequency],
  frequencyGroup: 'Wie oft',
  frequencies: { 'one-time': 'Einmalig', monthly: 'Monatlich', annual: 'Jährlich' },
  amountGroup: 'Betrag',
  cta: 'Unterstützen',
  remindPrompt: 'Heute noch nicht?',
  remind: 'Später erinnern',
  reminded: (date) => `Danke. Wir erinnern Sie am ${date}.`,
  remindedHere: 'Danke. Auf dieser Seite fragen wir nicht noch einmal.',
  close: 'Schließen',
  goal: (raised, goal) => `${raised} von ${goal} erreicht`,
  other: 'Anderer',
  amountLabel: (currency) => `Ihr Betrag (${currency})`,
  notAmount: (example) => `Bitte geben Sie einen Betrag ein, zum Beispiel ${example}.`,
  tooSmall: (min) => `Der kleinste Betrag ist ${min}.`,
  tooLarge: (max) => `Der größte Betrag ist ${max}.`,
  compactHeading: 'Gefällt Ihnen unser Journalismus?',
  compactMessage: 'Er bleibt für alle frei zugänglich, dank Menschen wie Ihnen. Unterstützen Sie uns.',
  articlesRead: { one: 'Sie haben {days} {articles} Artikel gelesen', other: 'Sie haben {days} {articles} Artikel gelesen' },
  lastDays: { one: 'am letzten Tag', other: 'in den letzten {days} Tagen' },
  gateHeading: 'Unterstützen Sie uns, um weiterzulesen',
  gateMessage: 'Sie haben Ihre freien Artikel gelesen. Unser Journalismus wird von Leserinnen und Lesern wie Ihnen getragen.',
  freeLeft: (left, free) => `Freie Artikel übrig: ${left} von ${free}`,
  signInPrompt: 'Sie unterstützen uns schon?',
  signIn: 'Anmelden',
  pass: 'Nicht jetzt',
  passed: 'Dieser Artikel ist für diesen Besuch freigeschaltet.',
  daysLeft: { one: 'Noch {days} Tag', other: 'Noch {days} Tage' },
  lastDay: 'Letzter Tag',
  alreadySupported: 'Ich unterstütze Sie schon',
  thanks: 'Danke für Ihre Unterstützung. Wir fragen Sie nicht noch einmal.',
};

export default copy;
