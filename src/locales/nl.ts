// Built-in copy: Dutch. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'We hebben een kleine vraag aan u',
  intro:
    'Miljoenen mensen vertrouwen op onze onafhankelijke journalistiek, en we houden die gratis voor iedereen. ' +
    'Uw steun, hoe klein ook, maakt een wereld van verschil.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Steun ons vandaag met een eenmalige bijdrage, al vanaf ${smallest}.`,
      monthly: `Steun ons maandelijks, al vanaf ${smallest}.`,
      annual: `Steun ons jaarlijks, al vanaf ${smallest}.`,
    })[frequency],
  frequencyGroup: 'Hoe vaak',
  frequencies: { 'one-time': 'Eenmalig', monthly: 'Maandelijks', annual: 'Jaarlijks' },
  amountGroup: 'Bedrag',
  cta: 'Steun ons',
  remindPrompt: 'Vandaag liever niet?',
  remind: 'Herinner me later',
  reminded: (date) => `Dank u. We herinneren u er op ${date} aan.`,
  remindedHere: 'Dank u. We vragen het niet opnieuw op deze pagina.',
  close: 'Sluiten',
  goal: (raised, goal) => `${raised} van ons doel van ${goal}`,
  other: 'Ander bedrag',
  amountLabel: (currency) => `Uw bedrag (${currency})`,
  notAmount: (example) => `Vul een bedrag in, bijvoorbeeld ${example}.`,
  tooSmall: (min) => `Het kleinste bedrag is ${min}.`,
  tooLarge: (max) => `Het grootste bedrag is ${max}.`,
  compactHeading: 'Waardeert u onze journalistiek?',
  compactMessage: 'Die blijft gratis voor iedereen dankzij lezers zoals u. Steun ons.',
  articlesRead: { one: 'U hebt {days} {articles} artikel gelezen', other: 'U hebt {days} {articles} artikelen gelezen' },
  lastDays: { one: 'de afgelopen dag', other: 'de afgelopen {days} dagen' },
  gateHeading: 'Steun ons om verder te lezen',
  gateMessage: 'U hebt uw gratis artikelen voor nu gelezen. Onze journalistiek wordt betaald door lezers zoals u.',
  freeLeft: (left, free) => `Gratis artikelen over: ${left} van ${free}`,
  signInPrompt: 'Steunt u ons al?',
  signIn: 'Inloggen',
  pass: 'Niet nu',
  passed: 'Dit artikel is voor dit bezoek vrijgegeven.',
  daysLeft: { one: 'Nog {days} dag', other: 'Nog {days} dagen' },
  lastDay: 'Laatste dag',
  alreadySupported: 'Ik steun jullie al',
  thanks: 'Dank voor uw steun. We vragen het u niet meer.',
};

export default copy;
