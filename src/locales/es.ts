// Built-in copy: Spanish. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'Tenemos un pequeño favor que pedirle',
  intro:
    'Millones de personas leen nuestro periodismo independiente, y lo mantenemos gratuito para todos. ' +
    'Su apoyo, por pequeño que sea, marca la diferencia.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Apóyenos hoy con una aportación única desde solo ${smallest}.`,
      monthly: `Apóyenos cada mes desde solo ${smallest}.`,
      annual: `Apóyenos cada año desde solo ${smallest}.`,
    })[frequency],
  frequencyGroup: 'Frecuencia',
  frequencies: { 'one-time': 'Única', monthly: 'Mensual', annual: 'Anual' },
  amountGroup: 'Importe',
  cta: 'Apóyenos',
  remindPrompt: '¿Hoy no puede?',
  remind: 'Recordármelo más tarde',
  reminded: (date) => `Gracias. Se lo recordaremos el ${date}.`,
  remindedHere: 'Gracias. No volveremos a preguntarle en esta página.',
  close: 'Cerrar',
  goal: (raised, goal) => `${raised} de nuestra meta de ${goal}`,
  other: 'Otro',
  amountLabel: (currency) => `Su importe (${currency})`,
  notAmount: (example) => `Introduzca un importe, por ejemplo ${example}.`,
  tooSmall: (min) => `El importe mínimo es ${min}.`,
  tooLarge: (max) => `El importe máximo es ${max}.`,
  compactHeading: '¿Le gusta nuestro periodismo?',
  compactMessage: 'Sigue siendo gratuito para todos gracias a lectores como usted. Apóyenos.',
  articlesRead: {
    one: 'Has leído {articles} artículo {days}',
    many: 'Has leído {articles} artículos {days}',
    other: 'Has leído {articles} artículos {days}',
  },
  lastDays: { one: 'en el último día', many: 'en los últimos {days} días', other: 'en los últimos {days} días' },
  gateHeading: 'Apóyanos para seguir leyendo',
  gateMessage: 'Has leído tus artículos gratuitos. Nuestro periodismo lo financian lectores como tú.',
  freeLeft: (left, free) => `Artículos gratuitos restantes: ${left} de ${free}`,
  signInPrompt: '¿Ya nos apoyas?',
  signIn: 'Inicia sesión',
  pass: 'Ahora no',
  passed: 'Este artículo está abierto en esta visita.',
  daysLeft: { one: 'Queda {days} día', many: 'Quedan {days} días', other: 'Quedan {days} días' },
  lastDay: 'Último día',
  alreadySupported: 'Ya colaboro',
  thanks: 'Gracias por su apoyo. No volveremos a pedírselo.',
};

export default copy;
