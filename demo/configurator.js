/**
 * The configurator of the demo page: one control per attribute of the contract, the embed code
 * for the current settings, the "stored" panel and the reader tools (new page view, 8 days
 * later, reset).
 *
 * Everything comes from ATTRIBUTES below. To add an attribute, add a row.
 *
 * The live element and the snippets always carry the same attributes: a value equal to the
 * element's default (or empty) removes the attribute. The page address keeps what differs from
 * the demo's first settings (`?variant=banner&dismissible&amounts=3,6,9`), so a link or the
 * screenshots script can open any configuration.
 */
import { version } from '../package.json';

const DAY = 86_400_000;
const CDN = `https://cdn.jsdelivr.net/npm/support-appeal@${version}/dist/`;

/**
 * @typedef {object} Row
 * @property {string} name        the attribute
 * @property {string} group       id of the fieldset it goes in (GROUPS)
 * @property {'switch'|'checkbox'|'text'|'textarea'|'decimal'|'select'} type
 *   switch and checkbox hold booleans; the others text. `decimal` is text with a number keyboard:
 *   any text may be typed, so that the element's warnings for bad values can be seen.
 * @property {string|boolean} default  the element's own default: that value, or empty, removes the attribute
 * @property {string|boolean} [initial] the demo's first value, when not the default
 * @property {string} hint
 * @property {string} [on]        switch: the attribute value when on (off = no attribute)
 * @property {string} [label]     a label in words (switches), instead of the attribute name
 * @property {string[]} [options] select: the values
 * @property {string[]} [suggestions] text: values offered in a datalist
 * @property {string} [placeholder]
 */

/** @type {{ id: string, legend: string }[]} */
const GROUPS = [
  { id: 'appeal', legend: 'Appeal' },
  { id: 'copy', legend: 'Text and language' },
  { id: 'amounts', legend: 'Amounts and frequencies' },
  { id: 'custom', legend: 'Custom amount' },
  { id: 'goal', legend: 'Goal' },
  { id: 'checkout', legend: 'Checkout' },
  { id: 'hiding', legend: 'Showing and hiding' },
  { id: 'schedule', legend: 'Schedule' },
  { id: 'test', legend: 'A/B test' },
  { id: 'reading', legend: 'Reading history' },
  { id: 'gate', legend: 'Metered gate' },
];

/** @type {Row[]} */
const ATTRIBUTES = [
  {
    name: 'campaign',
    group: 'appeal',
    type: 'text',
    default: 'default',
    initial: 'demo',
    hint: 'Id of this appeal: names what is stored (support-appeal:<campaign>) and is in every event. A new id asks again readers who snoozed the old one.',
  },
  {
    name: 'variant',
    group: 'appeal',
    type: 'select',
    options: ['inline', 'banner', 'compact', 'gate'],
    default: 'inline',
    hint: 'banner: a bar fixed to the bottom of the window, with room made for it at the end of the page; Escape closes it when it is dismissible. compact: the one-line ask (heading, message, Support), without tiers or Remind me later. gate: the metered gate (see the Metered gate page, and the gate’s settings below).',
  },
  {
    name: 'theme',
    group: 'appeal',
    type: 'select',
    options: ['light', 'dark', 'auto'],
    default: 'light',
    hint: 'auto follows the reader’s light or dark setting. The custom properties --support-appeal-* win over any theme (see the dark page).',
  },
  {
    name: 'loading',
    group: 'appeal',
    type: 'select',
    options: ['lazy', 'eager'],
    default: 'lazy',
    hint: 'lazy: an inline or compact appeal more than a screen away from the window when the page loads renders (and sends support-appeal-show) when the reader scrolls within a screen of it. eager: at once, wherever it is. In the preview here it is on screen, so both render at once.',
  },

  {
    name: 'heading',
    group: 'copy',
    type: 'text',
    default: '',
    placeholder: 'We have a small favor to ask',
    hint: 'Empty: the built-in heading. The heading slot takes rich HTML instead.',
  },
  {
    name: 'message',
    group: 'copy',
    type: 'textarea',
    default: '',
    placeholder: 'Millions of people rely on our independent journalism…',
    hint: 'Empty: the built-in message, which ends with the smallest amount of the chosen frequency. The default slot takes rich HTML instead.',
  },
  {
    name: 'locale',
    group: 'copy',
    type: 'text',
    default: '',
    placeholder: 'from lang: en',
    suggestions: [
      'en',
      'en-GB',
      'de',
      'fr',
      'es',
      'pt-BR',
      'it',
      'nl',
      'pl',
      'sv',
      'ru',
      'uk',
      'tr',
      'ar',
      'he',
      'fa',
      'hi',
      'id',
      'ja',
      'ko',
      'zh-CN',
      'ro',
    ],
    hint: 'Empty: the nearest lang attribute (this page: en). Built-in copy in 20 languages: en, de, fr, es, pt, it, nl, pl, sv, ru, uk, tr, ar, he and fa (right to left), hi, id, ja, ko, zh (simplified); numbers and dates follow any locale. Try ro: English text, Romanian numbers.',
  },

  {
    name: 'amounts',
    group: 'amounts',
    type: 'text',
    default: '2,5,10',
    hint: 'Positive numbers in currency units, comma-separated.',
  },
  {
    name: 'amounts-one-time',
    group: 'amounts',
    type: 'text',
    default: '',
    placeholder: 'as amounts',
    hint: 'Tiers for one-time gifts only.',
  },
  {
    name: 'amounts-monthly',
    group: 'amounts',
    type: 'text',
    default: '',
    placeholder: 'as amounts',
    hint: 'Tiers for monthly gifts only.',
  },
  {
    name: 'amounts-annual',
    group: 'amounts',
    type: 'text',
    default: '',
    placeholder: 'as amounts',
    hint: 'Tiers for annual gifts only, e.g. 50,100,250.',
  },
  {
    name: 'default-amount',
    group: 'amounts',
    type: 'decimal',
    default: '',
    placeholder: 'the middle tier',
    hint: 'The preselected amount, when it is one of the tiers.',
  },
  {
    name: 'frequencies',
    group: 'amounts',
    type: 'text',
    default: 'one-time,monthly,annual',
    hint: 'Which to offer, in this order. With one, the switch is hidden.',
  },
  {
    name: 'frequency',
    group: 'amounts',
    type: 'select',
    options: ['one-time', 'monthly', 'annual'],
    default: 'monthly',
    hint: 'The preselected frequency (the first offered, when this one is not).',
  },
  {
    name: 'currency',
    group: 'amounts',
    type: 'text',
    default: 'USD',
    suggestions: ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'RUB', 'JPY', 'INR', 'BRL'],
    hint: 'ISO 4217 code, formatted with Intl.NumberFormat.',
  },

  {
    name: 'custom-amount',
    group: 'custom',
    type: 'checkbox',
    default: false,
    hint: 'An “Other” tier with a field for the reader’s own amount, written the locale’s way (12,50 in German). It loads features/custom-amount.js when set.',
  },
  {
    name: 'min-amount',
    group: 'custom',
    type: 'decimal',
    default: '1',
    hint: 'The smallest amount the Other field accepts.',
  },
  {
    name: 'max-amount',
    group: 'custom',
    type: 'decimal',
    default: '100000',
    hint: 'The largest amount the Other field accepts.',
  },

  {
    name: 'goal',
    group: 'goal',
    type: 'decimal',
    default: '',
    placeholder: 'e.g. 10000',
    hint: 'With raised: a progress bar, e.g. “$6,420 of our $10,000 goal”. It loads features/ticker.js when set.',
  },
  {
    name: 'raised',
    group: 'goal',
    type: 'decimal',
    default: '',
    placeholder: 'e.g. 6420',
    hint: 'The amount raised so far, in currency units; above the goal, the bar is full and the figure real.',
  },
  {
    name: 'goal-src',
    group: 'goal',
    type: 'text',
    default: '',
    placeholder: './figures.json',
    suggestions: ['./figures.json'],
    hint: 'A live ticker: JSON { "raised": n, "goal": n }, fetched once per page view; its figures replace raised and goal (kept if it fails). https or relative only. Try ./figures.json.',
  },
  {
    name: 'goal-text',
    group: 'goal',
    type: 'text',
    default: '',
    placeholder: '{raised} of {goal} this month',
    hint: 'The ticker’s text instead of the built-in one; {raised} and {goal} are filled in, formatted.',
  },

  {
    name: 'checkout-url',
    group: 'checkout',
    type: 'textarea',
    default: '',
    initial: 'https://example.org/donate?amount={amount}&currency={currency}&freq={frequency}&campaign={campaign}',
    hint: 'Your checkout page. {amount} {currency} {frequency} {campaign} are filled in. Only https:, http: and relative URLs. Empty: Support us is a button that only sends its event.',
  },
  {
    name: 'checkout-target',
    group: 'checkout',
    type: 'select',
    options: ['_self', '_blank'],
    default: '_self',
    hint: '_blank opens checkout in a new tab.',
  },

  {
    name: 'snooze-days',
    group: 'hiding',
    type: 'decimal',
    default: '7',
    hint: 'How long Remind me later hides the appeal; 0.25 is six hours.',
  },
  {
    name: 'dismissible',
    group: 'hiding',
    type: 'checkbox',
    default: false,
    hint: 'A close button that hides the appeal for dismiss-days.',
  },
  {
    name: 'dismiss-days',
    group: 'hiding',
    type: 'decimal',
    default: '30',
    hint: 'How long the close button hides the appeal.',
  },
  {
    name: 'checkout-days',
    group: 'hiding',
    type: 'decimal',
    default: '1',
    hint: 'After the reader goes to checkout, not shown on later page views for this long.',
  },
  {
    name: 'supported-days',
    group: 'hiding',
    type: 'decimal',
    default: '365',
    hint: 'How long markSupported() hides the appeal (call it on your thank-you page).',
  },
  {
    name: 'already-supported',
    group: 'hiding',
    type: 'checkbox',
    default: false,
    hint: 'An “I already support” button: support-appeal-supported, then a thank-you, and hidden for supported-days from the next page view.',
  },
  {
    name: 'starts',
    group: 'schedule',
    type: 'text',
    default: '',
    placeholder: '2026-12-01 or 2026-12-01T09:00Z',
    hint: 'Hidden (reason “schedule”) before this ISO 8601 date (the reader’s local day) or moment; shows by itself when it comes.',
  },
  {
    name: 'ends',
    group: 'schedule',
    type: 'text',
    default: '',
    placeholder: '2026-12-31',
    hint: 'Shown through this day (or until this moment), then hidden. {days-left} in the heading or message counts down to it; a week before, the built-in copy says “3 days left”.',
  },
  {
    name: 'test',
    group: 'test',
    type: 'text',
    default: '',
    placeholder: 'spring-copy',
    hint: 'An A/B test’s name: of the appeals of a page with the same test, each reader sees one variant, the same on every page view (support-appeal:tests); the others are hidden. Alone on this page, the one variant always shows. Force one with ?support-appeal-test=NAME:VARIANT.',
  },
  {
    name: 'test-variant',
    group: 'test',
    type: 'text',
    default: '',
    placeholder: 'a',
    hint: 'This appeal’s variant; every event carries test and testVariant, and {test} {test-variant} fill in checkout-url.',
  },
  {
    name: 'test-weight',
    group: 'test',
    type: 'decimal',
    default: '1',
    hint: 'The variant’s weight in the draw: 3 against 1 is shown to three readers in four.',
  },
  {
    name: 'max-views',
    group: 'hiding',
    type: 'decimal',
    default: '',
    placeholder: 'no cap',
    hint: 'Frequency cap: once the reader has seen the appeal this many times (half of it on screen for a second) within views-window-days, it stays hidden until the oldest view is older than that. Try 2, then “New page view”.',
  },
  {
    name: 'views-window-days',
    group: 'hiding',
    type: 'decimal',
    default: '30',
    hint: 'The days over which max-views counts.',
  },
  {
    name: 'count-articles',
    group: 'reading',
    type: 'checkbox',
    default: false,
    hint: 'Counts this page as an article in the reader’s reading history (once, however often it is reloaded) and adds “You’ve read 3 articles in the last 30 days”. Try it, then “New page view” with another article-id.',
  },
  {
    name: 'article-id',
    group: 'reading',
    type: 'text',
    default: '',
    placeholder: 'the canonical URL, else the path',
    hint: 'The article’s name in the history. Change it and open a new page view to read “another article”.',
  },
  {
    name: 'articles-window-days',
    group: 'reading',
    type: 'decimal',
    default: '30',
    hint: 'The days the count covers, up to 365.',
  },
  {
    name: 'min-articles',
    group: 'reading',
    type: 'decimal',
    default: '',
    placeholder: '0',
    hint: 'Hidden (reason “articles”) until the reader has read this many articles, this one included. Implies count-articles.',
  },
  {
    name: 'consent',
    group: 'reading',
    type: 'select',
    options: ['none', 'required'],
    default: 'none',
    hint: 'required: nothing about reading is written until the page calls SupportAppeal.grantConsent() (the button below).',
  },
  {
    name: 'free-articles',
    group: 'gate',
    type: 'decimal',
    default: '5',
    hint: 'With variant gate: the articles read freely in articles-window-days; the next one is locked.',
  },
  {
    name: 'gate-passes',
    group: 'gate',
    type: 'decimal',
    default: '0',
    hint: 'How many times in the window the reader may choose “Not now” and read on (0: a hard gate).',
  },
  {
    name: 'gate-content',
    group: 'gate',
    type: 'text',
    default: '',
    placeholder: 'the gate’s parent',
    hint: 'A CSS selector of the element whose content after the gate is locked.',
  },
  {
    name: 'sign-in-url',
    group: 'gate',
    type: 'text',
    default: '',
    placeholder: '/account/sign-in',
    hint: 'For “Already a supporter? Sign in”.',
  },
  {
    name: 'preview',
    group: 'hiding',
    type: 'checkbox',
    default: false,
    hint: 'Shows the appeal whatever is stored, for editors. Off on this page, so that Remind me later and the close button really hide it.',
  },
];

const byName = new Map(ATTRIBUTES.map((row) => [row.name, row]));
const isBoolean = (row) => row.type === 'switch' || row.type === 'checkbox';
const initialOf = (row) => row.initial ?? row.default;

/** The current value of each control: a boolean or a string. */
const state = new Map(ATTRIBUTES.map((row) => [row.name, initialOf(row)]));

/** The appeal in the article. Replaced by a fresh element on "New page view". */
let appeal = /** @type {HTMLElement & Record<string, any>} */ (document.getElementById('appeal'));

/** What the attribute should be for a value: null (absent), '' (a boolean that is on) or text. */
function attributeValue(row, value) {
  if (row.type === 'checkbox') return value ? '' : null;
  if (row.type === 'switch') return value ? /** @type {string} */ (row.on) : null;
  const text = String(value);
  return text.trim() === '' || text.trim() === row.default ? null : text;
}

/** The attributes the current settings give, in table order. */
function currentAttributes() {
  /** @type {[Row, string][]} */
  const list = [];
  for (const row of ATTRIBUTES) {
    const value = attributeValue(row, state.get(row.name));
    if (value !== null) list.push([row, value]);
  }
  return list;
}

function applyTo(element) {
  for (const row of ATTRIBUTES) {
    const value = attributeValue(row, state.get(row.name));
    if (value === null) element.removeAttribute(row.name);
    else if (element.getAttribute(row.name) !== value) element.setAttribute(row.name, value);
  }
}

// ---- The address of the page ------------------------------------------------------------

/** Reads settings from the query: `?variant=banner&dismissible&amounts=3,6,9`. Unknown names are ignored. */
function readQuery() {
  for (const [name, value] of new URLSearchParams(location.search)) {
    const row = byName.get(name);
    if (!row) continue;
    if (row.type === 'checkbox') state.set(name, !/^(off|false|0|no)$/i.test(value));
    else if (row.type === 'switch') state.set(name, value === '' || value === row.on);
    else if (row.type === 'select') {
      if (/** @type {string[]} */ (row.options).includes(value)) state.set(name, value);
    } else state.set(name, value);
  }
}

/** Keeps what differs from the demo's first settings in the address, without adding history entries. */
function writeQuery() {
  const encode = (text) => encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/');
  const parts = [];
  for (const row of ATTRIBUTES) {
    const value = state.get(row.name);
    if (value === initialOf(row)) continue;
    if (row.type === 'checkbox') parts.push(value ? row.name : `${row.name}=off`);
    else if (row.type === 'switch') parts.push(`${row.name}=${value ? row.on : 'inline'}`);
    else parts.push(`${row.name}=${encode(String(value))}`);
  }
  // The editors' flags (?support-appeal=preview, ?support-appeal-test=…) stay, for every new page view.
  for (const [name, value] of new URLSearchParams(location.search)) {
    if (name === 'support-appeal' || name === 'support-appeal-test') parts.push(`${name}=${encode(value)}`);
  }
  const query = parts.length ? `?${parts.join('&')}` : '';
  history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
}

// ---- The controls ------------------------------------------------------------------------

/** @type {Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>} */
const controls = new Map();

/** Creates an element with a class and text. */
function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function labelFor(row, id) {
  const label = make('label');
  label.htmlFor = id;
  if (row.label) label.append(row.label);
  else label.append(make('code', '', row.name));
  return label;
}

function buildControl(row) {
  const id = `attr-${row.name}`;
  const hint = make('span', 'hint', row.hint);
  hint.id = `${id}-hint`;

  /** @type {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} */
  let control;
  let wrapper;
  /** @type {HTMLDataListElement | null} */
  let datalist = null;
  if (isBoolean(row)) {
    const input = make('input');
    input.type = 'checkbox';
    if (row.type === 'switch') input.setAttribute('role', 'switch');
    control = input;
    wrapper = make('div', row.type === 'switch' ? 'check switch' : 'check');
    const text = make('div');
    text.append(labelFor(row, id), hint);
    wrapper.append(input, text);
  } else {
    if (row.type === 'select') {
      const select = make('select');
      for (const value of /** @type {string[]} */ (row.options)) {
        const option = make('option', '', value);
        option.value = value;
        select.append(option);
      }
      control = select;
    } else if (row.type === 'textarea') {
      control = make('textarea');
      control.rows = 2;
    } else {
      const input = make('input');
      input.type = 'text';
      if (row.type === 'decimal') input.inputMode = 'decimal';
      if (row.suggestions) {
        datalist = make('datalist');
        datalist.id = `${id}-list`;
        for (const value of row.suggestions) {
          const option = make('option');
          option.value = value;
          datalist.append(option);
        }
        input.setAttribute('list', datalist.id);
      }
      control = input;
    }
    if ('placeholder' in control && row.placeholder) control.placeholder = row.placeholder;
    if (!(control instanceof HTMLSelectElement)) {
      control.spellcheck = false;
      control.autocomplete = 'off';
    }
    wrapper = make('div', 'field');
    wrapper.append(labelFor(row, id), control, hint);
    if (datalist) wrapper.append(datalist);
  }
  control.id = id;
  control.name = row.name;
  control.setAttribute('aria-describedby', hint.id);
  controls.set(row.name, control);
  return wrapper;
}

function showState() {
  for (const row of ATTRIBUTES) {
    const control = /** @type {any} */ (controls.get(row.name));
    const value = state.get(row.name);
    if (isBoolean(row)) control.checked = Boolean(value);
    else if (control.value !== value) control.value = String(value);
  }
}

function buildForm() {
  const form = /** @type {HTMLFormElement} */ (document.getElementById('controls'));
  for (const group of GROUPS) {
    const fieldset = make('fieldset');
    fieldset.append(make('legend', '', group.legend));
    for (const row of ATTRIBUTES) if (row.group === group.id) fieldset.append(buildControl(row));
    form.append(fieldset);
  }
  // Enter in a text field would submit the form and reload the page.
  form.addEventListener('submit', (event) => event.preventDefault());

  let timer = 0;
  form.addEventListener('input', (event) => {
    const control = /** @type {any} */ (event.target);
    const row = byName.get(control.name);
    if (!row || isBoolean(row) || row.type === 'select') return;
    // Typing: apply after a pause, so that half-typed values ("2,5,") do not each warn.
    clearTimeout(timer);
    timer = window.setTimeout(() => change(row, control.value), 400);
  });
  form.addEventListener('change', (event) => {
    const control = /** @type {any} */ (event.target);
    const row = byName.get(control.name);
    if (!row) return;
    clearTimeout(timer);
    change(row, isBoolean(row) ? control.checked : control.value);
  });
}

function change(row, value) {
  if (state.get(row.name) === value) return;
  state.set(row.name, value);
  update();
}

function update() {
  applyTo(appeal);
  writeQuery();
  renderSnippets();
  actionNote = '';
  scheduleStored();
}

// ---- The snippets ------------------------------------------------------------------------

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attributeText = (name, value) => (value === '' ? name : `${name}="${escapeHtml(value)}"`);

function moduleSnippet(attributes) {
  const script = `<script type="module" src="${CDN}support-appeal.js"></script>`;
  const element = attributes.length
    ? `<support-appeal\n${attributes.map(([row, value]) => `  ${attributeText(row.name, value)}`).join('\n')}\n></support-appeal>`
    : '<support-appeal></support-appeal>';
  return `${script}\n\n${element}`;
}

function oneTagSnippet(attributes) {
  const lines = [
    `  src="${CDN}support-appeal.iife.js"`,
    '  data-mount',
    ...attributes.map(([row, value]) => `  ${attributeText(`data-${row.name}`, value)}`),
  ];
  return `<script\n${lines.join('\n')}\n></script>`;
}

const SNIPPETS = [
  {
    id: 'module',
    title: 'Module script and element',
    about: 'For templates where you place the element yourself.',
    text: moduleSnippet,
  },
  {
    id: 'one-tag',
    title: 'One script tag',
    about: 'For a CMS that takes one pasted snippet: the script creates the appeal after itself (a banner at the end of the page).',
    text: oneTagSnippet,
  },
];

/** @type {Map<string, HTMLElement>} */
const codes = new Map();
let notes = /** @type {HTMLElement | null} */ (null);
const status = /** @type {HTMLElement} */ (document.getElementById('copy-status'));

function buildSnippets() {
  const container = /** @type {HTMLElement} */ (document.getElementById('snippets'));
  for (const snippet of SNIPPETS) {
    const box = make('div', 'snippet');
    const head = make('div', 'snippet-head');
    const title = make('h3', '', snippet.title);
    title.id = `snippet-${snippet.id}-title`;
    const button = make('button', 'demo-button', 'Copy');
    button.type = 'button';
    button.setAttribute('aria-label', `Copy: ${snippet.title}`);
    head.append(title, button);
    const about = make('p', 'hint', snippet.about);
    const pre = make('pre');
    pre.setAttribute('aria-labelledby', title.id);
    const code = make('code');
    pre.append(code);
    box.append(head, about, pre);
    container.append(box);
    codes.set(snippet.id, code);
    button.addEventListener('click', () => copy(code, snippet.title));
  }
  notes = make('p', 'hint');
  container.append(notes);
}

function renderSnippets() {
  const attributes = currentAttributes();
  for (const snippet of SNIPPETS) {
    /** @type {HTMLElement} */ (codes.get(snippet.id)).textContent = snippet.text(attributes);
  }
  const said = [];
  if (state.get('preview')) said.push('preview shows the appeal to every reader whatever they chose: leave it out on a live page.');
  /** @type {HTMLElement} */ (notes).textContent = said.join(' ');
}

/** Copies the snippet; where the clipboard is not available (an http: address, say), selects it. */
async function copy(code, title) {
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(/** @type {string} */ (code.textContent));
    say(`Copied: ${title}.`);
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    say('Selected. Press Ctrl+C (⌘C on a Mac) to copy.');
  }
}

/** Says it in the live region; cleared first so that the same words are announced again. */
function say(text) {
  setTimeout(() => (status.textContent = text), 50);
}

// ---- What is stored, and the reader tools ------------------------------------------------

const storedBox = /** @type {HTMLElement} */ (document.getElementById('stored'));
let storedText = '';
let actionNote = '';

const campaignOf = (element) => (element.getAttribute('campaign') ?? '').trim() || 'default';
const keyOf = (campaign) => `support-appeal:${campaign}`;
/** The reading history's key, one for the site. */
const HISTORY = 'support-appeal:history';

function readStored(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

const dateTime = (ms) =>
  new Date(ms).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "in 6 days", "in 5 hours", "in 3 minutes". */
function fromNow(ms) {
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const minutes = Math.round((ms - Date.now()) / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  if (Math.abs(minutes) < 48 * 60) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / 1440), 'day');
}

/** Shows the element's `suppression` and the raw stored value; writes the DOM only on change. */
function renderStored() {
  const campaign = campaignOf(appeal);
  const key = keyOf(campaign);
  const defined = customElements.get('support-appeal') !== undefined;
  const suppression = defined ? appeal.suppression : null;
  let summary;
  if (!defined) summary = 'The appeal is loading.';
  else if (!suppression) summary = 'Nothing stored: the appeal shows.';
  else if (suppression.until === null) summary = `${suppression.reason}: hidden until the reader has read min-articles articles.`;
  else if (suppression.until <= Date.now()) summary = `${suppression.reason}, expired: the next page view shows the appeal.`;
  else {
    summary = `${suppression.reason} until ${dateTime(suppression.until)} (${fromNow(suppression.until)}).`;
    if (state.get('preview')) summary += ' preview is on, so the appeal shows anyway.';
    else if (appeal.hidden) summary += ' The appeal is hidden.';
    else summary += ' This page view keeps the appeal (or its confirmation); later ones hide it.';
  }
  const raw = readStored(key);
  const history = readStored(HISTORY);
  const text = [summary, raw ?? '', history ?? '', actionNote].join('\n');
  if (text === storedText) return;
  storedText = text;

  const first = make('p');
  first.append(make('strong', '', 'appeal.suppression'), ` (campaign “${campaign}”): ${summary}`);
  const second = make('p', 'hint');
  second.append(make('code', '', `localStorage["${key}"]`), ': ', raw === null ? 'not set' : make('code', '', raw));
  const third = make('p', 'hint');
  third.append(make('code', '', `localStorage["${HISTORY}"]`), ': ', history === null ? 'not set' : make('code', '', history));
  storedBox.replaceChildren(first, second, third);
  if (actionNote) storedBox.append(make('p', 'hint', actionNote));
}

let storedQueued = false;
/** After the element has handled what just happened (its default actions, its update). */
function scheduleStored() {
  if (storedQueued) return;
  storedQueued = true;
  setTimeout(() => {
    storedQueued = false;
    renderStored();
  }, 0);
}

/** A fresh element with the current settings, where the old one was: the next page view of a reader. */
function newPageView() {
  const fresh = /** @type {any} */ (document.createElement('support-appeal'));
  fresh.id = appeal.id;
  applyTo(fresh);
  appeal.replaceWith(fresh);
  appeal = fresh;
}

/**
 * "8 days later": moves the stored record's `at` and `until` 8 days into the past, then opens a
 * new page view, which reads storage afresh. A new element rather than the same one re-inserted:
 * the old one remembers what the reader did on this page view (the confirmation after Remind me
 * later), which a reader coming back a week later would not see.
 */
function eightDaysLater() {
  const key = keyOf(campaignOf(appeal));
  let moved = false;
  try {
    const raw = localStorage.getItem(key);
    const record = raw ? JSON.parse(raw) : null;
    if (record && typeof record === 'object') {
      for (const field of ['at', 'until']) {
        if (typeof record[field] === 'number') record[field] -= 8 * DAY;
      }
      localStorage.setItem(key, JSON.stringify(record));
      moved = true;
    }
    // The reading history keeps minutes: each read 8 days earlier.
    const history = JSON.parse(localStorage.getItem(HISTORY) ?? 'null');
    if (history?.a && typeof history.a === 'object') {
      for (const id of Object.keys(history.a)) if (typeof history.a[id] === 'number') history.a[id] -= 8 * 24 * 60;
      localStorage.setItem(HISTORY, JSON.stringify(history));
      moved = true;
    }
  } catch {
    // Junk or no storage: nothing to move; the element copes with both.
  }
  newPageView();
  actionNote = moved
    ? `8 days later: what was stored is now 8 days older, and a new page view has read it.`
    : `8 days later: nothing was stored for this campaign; a new page view has opened.`;
  scheduleStored();
}

function setUpTools() {
  document.getElementById('new-view')?.addEventListener('click', () => {
    newPageView();
    actionNote = 'A new page view has read what is stored.';
    scheduleStored();
  });
  document.getElementById('later')?.addEventListener('click', eightDaysLater);
  document.getElementById('reset')?.addEventListener('click', () => {
    appeal.reset?.();
    actionNote = 'appeal.reset() forgot what was stored.';
    scheduleStored();
  });
  document.getElementById('forget')?.addEventListener('click', async () => {
    await customElements.get('support-appeal')?.forgetHistory();
    actionNote = 'SupportAppeal.forgetHistory() wiped the reading history and the counted views.';
    scheduleStored();
  });
  document.getElementById('consent')?.addEventListener('click', async () => {
    await customElements.get('support-appeal')?.grantConsent();
    actionNote = 'SupportAppeal.grantConsent(): reading is recorded on this page view.';
    scheduleStored();
  });
  // SupportAppeal.addTranslation(): a language without built-in copy, partly translated; set
  // locale to ro to see it (what it leaves out stays English, marked lang="en").
  document.getElementById('translate')?.addEventListener('click', () => {
    customElements.get('support-appeal')?.addTranslation('ro', {
      heading: 'Avem o mică rugăminte',
      ask: { 'one-time': 'Susține-ne azi cu o donație unică, de la {amount}.', monthly: 'Susține-ne lunar, de la {amount}.' },
      frequencies: { 'one-time': 'O dată', monthly: 'Lunar', annual: 'Anual' },
      cta: 'Susține-ne',
      remindPrompt: 'Nu azi?',
      remind: 'Amintește-mi mai târziu',
      reminded: 'Mulțumim. Îți vom aminti pe {date}.',
    });
    state.set('locale', 'ro');
    showState();
    update();
    actionNote = 'SupportAppeal.addTranslation("ro", {…}) and locale="ro": what it left out (the intro) stays English.';
    scheduleStored();
  });
  document.getElementById('defaults')?.addEventListener('click', () => {
    for (const row of ATTRIBUTES) state.set(row.name, initialOf(row));
    showState();
    update();
  });

  // Whatever the appeal does changes what is stored: look again after each event.
  for (const type of ['support-appeal-show', 'support-appeal-checkout', 'support-appeal-snooze', 'support-appeal-dismiss']) {
    document.addEventListener(type, scheduleStored);
  }
  // Another tab of the demo, and the clock (a snooze of 0.001 days runs out while you watch).
  addEventListener('storage', scheduleStored);
  setInterval(renderStored, 1000);
  customElements.whenDefined('support-appeal').then(scheduleStored);
}

// ---- Start: before the element's module runs, so that it first renders with these settings.

readQuery();
buildForm();
buildSnippets();
showState();
applyTo(appeal);
writeQuery();
renderSnippets();
setUpTools();
renderStored();
