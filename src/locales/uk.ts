// Built-in copy: Ukrainian. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'Маємо до вас невелике прохання',
  intro:
    'Мільйони людей довіряють нашій незалежній журналістиці, і ми залишаємо її безкоштовною для всіх. ' +
    'Будь-яка підтримка, навіть найменша, має велике значення.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Підтримайте нас сьогодні разовим внеском — від ${smallest}.`,
      monthly: `Підтримуйте нас щомісяця — усього від ${smallest}.`,
      annual: `Підтримуйте нас щороку — усього від ${smallest}.`,
    })[frequency],
  frequencyGroup: 'Як часто',
  frequencies: { 'one-time': 'Разово', monthly: 'Щомісяця', annual: 'Щороку' },
  amountGroup: 'Сума',
  cta: 'Підтримати',
  remindPrompt: 'Не готові підтримати сьогодні?',
  remind: 'Нагадати пізніше',
  reminded: (date) => `Дякуємо. Ми нагадаємо вам ${date}.`,
  remindedHere: 'Дякуємо. На цій сторінці ми більше не питатимемо.',
  close: 'Закрити',
  goal: (raised, goal) => `Зібрано ${raised} із ${goal}`,
  other: 'Інша сума',
  amountLabel: (currency) => `Ваша сума (${currency})`,
  notAmount: (example) => `Введіть суму, наприклад ${example}.`,
  tooSmall: (min) => `Мінімальна сума — ${min}.`,
  tooLarge: (max) => `Максимальна сума — ${max}.`,
  compactHeading: 'Подобається наша журналістика?',
  compactMessage: 'Вона безкоштовна для всіх завдяки таким читачам, як ви. Підтримайте нас.',
  articlesRead: {
    one: 'Ви прочитали {articles} статтю {days}',
    few: 'Ви прочитали {articles} статті {days}',
    many: 'Ви прочитали {articles} статей {days}',
    other: 'Ви прочитали {articles} статті {days}',
  },
  lastDays: {
    one: 'за останній {days} день',
    few: 'за останні {days} дні',
    many: 'за останні {days} днів',
    other: 'за останні {days} дня',
  },
  gateHeading: 'Підтримайте нас, щоб читати далі',
  gateMessage: 'Безкоштовні статті цього разу закінчилися. Нашу журналістику фінансують такі читачі, як ви.',
  freeLeft: (left, free) => `Безкоштовних статей залишилося: ${left} із ${free}`,
  signInPrompt: 'Уже підтримуєте нас?',
  signIn: 'Увійти',
  pass: 'Не зараз',
  passed: 'Ця стаття відкрита для вас цього разу.',
  daysLeft: {
    one: 'Залишився {days} день',
    few: 'Залишилося {days} дні',
    many: 'Залишилося {days} днів',
    other: 'Залишилося {days} дня',
  },
  lastDay: 'Останній день',
  alreadySupported: 'Я вже підтримую',
  thanks: 'Дякуємо за вашу підтримку. Ми більше не питатимемо.',
};

export default copy;
