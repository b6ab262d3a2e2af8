// Built-in copy: Portuguese. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'Temos um pequeno pedido a fazer',
  intro:
    'Milhões de pessoas confiam no nosso jornalismo independente, e fazemos questão de que continue gratuito para todos. ' +
    'O seu apoio, por menor que seja, faz toda a diferença.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Apoie-nos hoje com uma contribuição única, a partir de apenas ${smallest}.`,
      monthly: `Apoie-nos todos os meses, a partir de apenas ${smallest}.`,
      annual: `Apoie-nos todos os anos, a partir de apenas ${smallest}.`,
    })[frequency],
  frequencyGroup: 'Frequência',
  frequencies: { 'one-time': 'Única', monthly: 'Mensal', annual: 'Anual' },
  amountGroup: 'Valor',
  cta: 'Apoiar',
  remindPrompt: 'Hoje não é um bom momento?',
  remind: 'Lembrar mais tarde',
  reminded: (date) => `Obrigado. Enviaremos um lembrete em ${date}.`,
  remindedHere: 'Obrigado. Não voltaremos a perguntar nesta página.',
  close: 'Fechar',
  goal: (raised, goal) => `${raised} de um objetivo de ${goal}`,
  other: 'Outro valor',
  amountLabel: (currency) => `Valor desejado (${currency})`,
  notAmount: (example) => `Indique um valor, por exemplo ${example}.`,
  tooSmall: (min) => `O valor mínimo é ${min}.`,
  tooLarge: (max) => `O valor máximo é ${max}.`,
  compactHeading: 'Gosta do nosso jornalismo?',
  compactMessage: 'Continua gratuito para todos graças aos nossos leitores. Apoie-nos.',
  articlesRead: {
    one: 'Já leu {articles} artigo {days}',
    many: 'Já leu {articles} artigos {days}',
    other: 'Já leu {articles} artigos {days}',
  },
  lastDays: { one: 'no último dia', many: 'nos últimos {days} dias', other: 'nos últimos {days} dias' },
  gateHeading: 'Apoie-nos para continuar a ler',
  gateMessage: 'Os seus artigos gratuitos chegaram ao fim por agora. O nosso jornalismo é financiado pelos nossos leitores.',
  freeLeft: (left, free) => `Artigos gratuitos restantes: ${left} de ${free}`,
  signInPrompt: 'Já nos apoia?',
  signIn: 'Entrar',
  pass: 'Agora não',
  passed: 'Este artigo está disponível nesta visita.',
  daysLeft: { one: 'Falta {days} dia', many: 'Faltam {days} dias', other: 'Faltam {days} dias' },
  lastDay: 'Último dia',
  alreadySupported: 'Já apoio',
  thanks: 'Obrigado pelo seu apoio. Não voltaremos a pedir.',
};

export default copy;
