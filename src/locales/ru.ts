// Built-in copy: Russian. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'У нас к вам небольшая просьба',
  intro:
    'Миллионы людей читают нашу независимую журналистику, и мы оставляем её бесплатной для всех. ' +
    'Любая поддержка, даже самая небольшая, очень важна.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Поддержите нас сегодня разовым взносом — от ${smallest}.`,
      monthly: `Поддержите нас ежемесячно — всего от ${smallest}.`,
      annual: `Поддержите нас раз в год — всего от ${smallest}.`,
    })[frequency],
  frequencyGroup: 'Как часто',
  frequencies: { 'one-time': 'Разово', monthly: 'Ежемесячно', annual: 'Раз в год' },
  amountGroup: 'Сумма',
  cta: 'Поддержать',
  remindPrompt: 'Не готовы поддержать сегодня?',
  remind: 'Напомнить позже',
  reminded: (date) => `Спасибо. Мы напомним вам ${date}.`,
  remindedHere: 'Спасибо. На этой странице мы больше не спросим.',
  close: 'Закрыть',
  goal: (raised, goal) => `Собрано ${raised} из ${goal}`,
  other: 'Другая',
  amountLabel: (currency) => `Ваша сумма (${currency})`,
  notAmount: (example) => `Введите сумму, например ${example}.`,
  tooSmall: (min) => `Минимальная сумма — ${min}.`,
  tooLarge: (max) => `Максимальная сумма — ${max}.`,
  compactHeading: 'Нравится наша журналистика?',
  compactMessage: 'Она бесплатна для всех благодаря таким читателям, как вы. Поддержите нас.',
  articlesRead: {
    one: 'Вы прочитали {articles} статью {days}',
    few: 'Вы прочитали {articles} статьи {days}',
    many: 'Вы прочитали {articles} статей {days}',
    other: 'Вы прочитали {articles} статьи {days}',
  },
  lastDays: {
    one: 'за последний {days} день',
    few: 'за последние {days} дня',
    many: 'за последние {days} дней',
    other: 'за последние {days} дня',
  },
  gateHeading: 'Поддержите нас, чтобы читать дальше',
  gateMessage: 'Бесплатные статьи на этот раз закончились. Нашу журналистику оплачивают такие читатели, как вы.',
  freeLeft: (left, free) => `Бесплатных статей осталось: ${left} из ${free}`,
  signInPrompt: 'Уже поддерживаете нас?',
  signIn: 'Войти',
  pass: 'Не сейчас',
  passed: 'Эта статья открыта для вас в этот раз.',
  daysLeft: {
    one: 'Остался {days} день',
    few: 'Осталось {days} дня',
    many: 'Осталось {days} дней',
    other: 'Осталось {days} дня',
  },
  lastDay: 'Последний день',
  alreadySupported: 'Я уже поддерживаю',
  thanks: 'Спасибо за вашу поддержку. Мы больше не будем вас об этом просить.',
};

export default copy;
