// Built-in copy: French. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'Nous avons une petite faveur à vous demander',
  intro:
    'Des millions de personnes lisent notre journalisme indépendant, et nous le gardons gratuit pour tous. ' +
    'Votre soutien, même modeste, fait toute la différence.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Soutenez-nous aujourd’hui par un don ponctuel, à partir de ${smallest}.`,
      monthly: `Soutenez-nous chaque mois, à partir de ${smallest}.`,
      annual: `Soutenez-nous chaque année, à partir de ${smallest}.`,
    })[frequency],
  frequencyGroup: 'Fréquence',
  frequencies: { 'one-time': 'Ponctuel', monthly: 'Mensuel', annual: 'Annuel' },
  amountGroup: 'Montant',
  cta: 'Nous soutenir',
  remindPrompt: 'Pas aujourd’hui ?',
  remind: 'Me le rappeler plus tard',
  reminded: (date) => `Merci. Nous vous le rappellerons le ${date}.`,
  remindedHere: 'Merci. Nous ne vous le redemanderons pas sur cette page.',
  close: 'Fermer',
  goal: (raised, goal) => `${raised} sur un objectif de ${goal}`,
  other: 'Autre',
  amountLabel: (currency) => `Votre montant (${currency})`,
  notAmount: (example) => `Veuillez saisir un montant, par exemple ${example}.`,
  tooSmall: (min) => `Le montant minimum est de ${min}.`,
  tooLarge: (max) => `Le montant maximum est de ${max}.`,
  compactHeading: 'Vous aimez notre journalisme ?',
  compactMessage: 'Il reste gratuit pour tous grâce à des lecteurs comme vous. Soutenez-nous.',
  articlesRead: {
    one: 'Vous avez lu {articles} article {days}',
    many: 'Vous avez lu {articles} articles {days}',
    other: 'Vous avez lu {articles} articles {days}',
  },
  lastDays: { one: 'au cours du dernier jour', many: 'au cours des {days} derniers jours', other: 'au cours des {days} derniers jours' },
  gateHeading: 'Soutenez-nous pour continuer à lire',
  gateMessage: 'Vous avez lu vos articles gratuits. Notre journalisme est financé par des lecteurs comme vous.',
  freeLeft: (left, free) => `Articles gratuits restants : ${left} sur ${free}`,
  signInPrompt: 'Vous nous soutenez déjà ?',
  signIn: 'Se connecter',
  pass: 'Pas maintenant',
  passed: 'Cet article est ouvert pour cette visite.',
  daysLeft: { one: 'Plus qu’un jour', many: 'Plus que {days} jours', other: 'Plus que {days} jours' },
  lastDay: 'Dernier jour',
  alreadySupported: 'Je vous soutiens déjà',
  thanks: 'Merci pour votre soutien. Nous ne vous le demanderons plus.',
};

export default copy;
