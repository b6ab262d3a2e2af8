// Built-in copy: Swedish. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'Vi har en liten vädjan till dig',
  intro:
    'Miljontals människor förlitar sig på vår oberoende journalistik, och vi håller den gratis för alla. ' +
    'Ditt stöd, hur litet det än är, gör stor skillnad.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Stöd oss i dag med ett engångsbidrag från bara ${smallest}.`,
      monthly: `Stöd oss varje månad från bara ${smallest}.`,
      annual: `Stöd oss varje år från bara ${smallest}.`,
    })[frequency],
  frequencyGroup: 'Hur ofta',
  frequencies: { 'one-time': 'En gång', monthly: 'Varje månad', annual: 'Varje år' },
  amountGroup: 'Belopp',
  cta: 'Stöd oss',
  remindPrompt: 'Inte redo att stödja oss i dag?',
  remind: 'Påminn mig senare',
  reminded: (date) => `Tack. Vi påminner dig den ${date}.`,
  remindedHere: 'Tack. Vi frågar inte igen på den här sidan.',
  close: 'Stäng',
  goal: (raised, goal) => `${raised} av vårt mål på ${goal}`,
  other: 'Annat belopp',
  amountLabel: (currency) => `Ditt belopp (${currency})`,
  notAmount: (example) => `Ange ett belopp, till exempel ${example}.`,
  tooSmall: (min) => `Det minsta beloppet är ${min}.`,
  tooLarge: (max) => `Det största beloppet är ${max}.`,
  compactHeading: 'Uppskattar du vår journalistik?',
  compactMessage: 'Den är gratis för alla tack vare läsare som du. Stöd oss gärna.',
  articlesRead: { one: 'Du har läst {articles} artikel {days}', other: 'Du har läst {articles} artiklar {days}' },
  lastDays: { one: 'under det senaste dygnet', other: 'under de senaste {days} dagarna' },
  gateHeading: 'Stöd oss för att fortsätta läsa',
  gateMessage: 'Du har läst dina gratisartiklar för den här gången. Vår journalistik finansieras av läsare som du.',
  freeLeft: (left, free) => `Gratisartiklar kvar: ${left} av ${free}`,
  signInPrompt: 'Stöder du oss redan?',
  signIn: 'Logga in',
  pass: 'Inte nu',
  passed: 'Artikeln är öppen under det här besöket.',
  daysLeft: { one: '{days} dag kvar', other: '{days} dagar kvar' },
  lastDay: 'Sista dagen',
  alreadySupported: 'Jag stöder er redan',
  thanks: 'Tack för ditt stöd. Vi frågar inte igen.',
};

export default copy;
