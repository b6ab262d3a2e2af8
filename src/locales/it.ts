// Built-in copy: Italian. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'Abbiamo un piccolo favore da chiederle',
  intro:
    'Milioni di persone si affidano al nostro giornalismo indipendente, e noi lo manteniamo gratuito per tutti. ' +
    'Il suo sostegno, anche piccolo, fa davvero la differenza.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Ci sostenga oggi con un contributo singolo, a partire da soli ${smallest}.`,
      monthly: `Ci sostenga ogni mese, a partire da soli ${smallest}.`,
      annual: `Ci sostenga ogni anno, a partire da soli ${smallest}.`,
    })[frequency],
  frequencyGroup: 'Frequenza',
  frequencies: { 'one-time': 'Una tantum', monthly: 'Mensile', annual: 'Annuale' },
  amountGroup: 'Importo',
  cta: 'Ci sostenga',
  remindPrompt: 'Non è il momento giusto?',
  remind: 'Ricordamelo più tardi',
  reminded: (date) => `Grazie. Glielo ricorderemo il ${date}.`,
  remindedHere: 'Grazie. Non glielo chiederemo più su questa pagina.',
  close: 'Chiudi',
  goal: (raised, goal) => `${raised} raccolti su un obiettivo di ${goal}`,
  other: 'Altro',
  amountLabel: (currency) => `Importo a scelta (${currency})`,
  notAmount: (example) => `Inserisca un importo, ad esempio ${example}.`,
  tooSmall: (min) => `L’importo minimo è ${min}.`,
  tooLarge: (max) => `L’importo massimo è ${max}.`,
  compactHeading: 'Le piace il nostro giornalismo?',
  compactMessage: 'Resta gratuito per tutti grazie a lettori come lei. Ci sostenga.',
  articlesRead: {
    one: 'Ha letto {articles} articolo {days}',
    many: 'Ha letto {articles} articoli {days}',
    other: 'Ha letto {articles} articoli {days}',
  },
  lastDays: { one: 'nell’ultimo giorno', many: 'negli ultimi {days} giorni', other: 'negli ultimi {days} giorni' },
  gateHeading: 'Ci sostenga per continuare a leggere',
  gateMessage: 'Per ora ha letto tutti gli articoli gratuiti. Il nostro giornalismo è finanziato da lettori come lei.',
  freeLeft: (left, free) => `Articoli gratuiti rimasti: ${left} su ${free}`,
  signInPrompt: 'Ci sostiene già?',
  signIn: 'Accedi',
  pass: 'Non ora',
  passed: 'Questo articolo è disponibile per questa visita.',
  daysLeft: { one: 'Manca {days} giorno', many: 'Mancano {days} giorni', other: 'Mancano {days} giorni' },
  lastDay: 'Ultimo giorno',
  alreadySupported: 'Vi sostengo già',
  thanks: 'Grazie per il suo sostegno. Non glielo chiederemo più.',
};

export default copy;
