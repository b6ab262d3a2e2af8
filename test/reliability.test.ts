// The reliability suite: a seeded fuzz of every observed attribute and of the order of changes;
// properties and attributes set before the tag is defined; removal and re-insertion without
// leaks; 50 independent campaigns on one page; and the eight storage faults, each combined with
// a change made in another tab.
import { chai, expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { SupportAppeal } from '../src/element.js';
import { clearSuppression } from '../src/storage.js';
import {
  DAY,
  NOW,
  breakStorage,
  captureWarnings,
  clearStorage,
  fakeStorage,
  keepPage,
  part,
  parts,
  restoreStorage,
  roomOf,
  tierLabels,
  useClock,
} from './helpers.js';

// This file compares strings, numbers and plain objects, never DOM nodes: a failure may print
// them in full (the 50 states of the appeals, the observer counts).
chai.config.truncateThreshold = 0;

// ---------------------------------------------------------------------------------------------
// Helpers of this file

/** The real localStorage, kept for the "other tab" while a test breaks this tab's access to it. */
const REAL_STORAGE = window.localStorage;
const keyOf = (campaign: string) => `support-appeal:${campaign}`;
const record = (fields: object) => JSON.stringify({ v: 1, ...fields });

/** Every campaign a test used, so afterEach can also drop what storage.ts kept in memory. */
const campaignsUsed = new Set<string>();
const campaign = (name: string) => (campaignsUsed.add(name), name);

/** mulberry32: a small seeded PRNG, so that a failing fuzz run can be replayed from its seed. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof mulberry32>;

/** Records uncaught errors and unhandled rejections until `stop()`. */
function watchErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Waits until the element has no update pending (an update may schedule one more). */
async function settled(el: SupportAppeal): Promise<void> {
  for (let i = 0; i < 10 && !(await el.updateComplete); i++);
}

/** Lets deferred work run (storage.ts tells the campaign's other appeals in a microtask), then waits for every update. */
async function settleAll(...els: SupportAppeal[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  for (const el of els) await settled(el);
}

/**
 * What the appeal shows, as one word: `hidden` (the `hidden` attribute, matching the property,
 * and nothing rendered in the shadow root), `shown` (a heading with text, at least one tier and
 * the support control, no confirmation), `confirmation` (only the Remind me later confirmation),
 * or `broken: …` for anything else.
 */
function stateOf(el: SupportAppeal): string {
  const root = el.shadowRoot;
  if (!root) return 'broken: no shadow root';
  if (el.hasAttribute('hidden') !== el.hidden) return 'broken: hidden property and attribute disagree';
  if (el.hidden) return root.childElementCount === 0 ? 'hidden' : `broken: hidden yet renders ${root.childElementCount} elements`;
  if (!root.querySelector('section[part="container"]')) return 'broken: no container';
  const heading = root.querySelector('h2[part="heading"]')?.textContent ?? '';
  const tiers = root.querySelectorAll('[part="tiers"] [part="tier"]').length;
  const cta = root.querySelector('[part="cta"]')?.textContent?.trim() ?? '';
  const status = root.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  if (heading && tiers > 0 && cta && !status) return 'shown';
  if (!heading && !tiers && !cta && status) return 'confirmation';
  return `broken: heading=${JSON.stringify(heading.slice(0, 40))} tiers=${tiers} cta=${JSON.stringify(cta)} status=${JSON.stringify(status)}`;
}

const suppressionOf = (el: SupportAppeal) => JSON.stringify(el.suppression);

/** Renders `count` appeals of `campaign` side by side in a fresh container. */
async function page(campaignName: string, count: number, attributes: Record<string, string> = {}): Promise<SupportAppeal[]> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const els = Array.from({ length: count }, () => {
    const el = document.createElement('support-appeal');
    el.setAttribute('campaign', campaignName);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    container.append(el);
    return el;
  });
  await settleAll(...els);
  return els;
}

/** A fresh appeal of the campaign next to `el`: what the next page view (or another appeal) reads. */
async function freshState(el: SupportAppeal): Promise<{ state: string; suppression: string }> {
  const fresh = document.createElement('support-appeal');
  fresh.setAttribute('campaign', el.getAttribute('campaign')!);
  el.after(fresh);
  await settled(fresh);
  const result = { state: stateOf(fresh), suppression: suppressionOf(fresh) };
  fresh.remove();
  return result;
}

/**
 * The appeals of one campaign agree: one suppression for all, and what each shows follows it
 * (nothing stored: the whole appeal; a suppression: hidden, or the confirmation on the appeal
 * the reader used). A fresh appeal of the campaign reads the same suppression.
 */
async function expectConsistent(label: string, used: SupportAppeal, ...others: SupportAppeal[]): Promise<void> {
  const all = [used, ...others];
  const suppressions = all.map(suppressionOf);
  expect(new Set(suppressions).size, `${label}: suppressions ${suppressions.join(' / ')}`).to.equal(1);
  const expected = used.suppression === null ? ['shown'] : ['hidden', 'confirmation'];
  expect(expected, `${label}: the appeal used shows ${stateOf(used)} with ${suppressions[0]}`).to.include(stateOf(used));
  for (const other of others) {
    expect(stateOf(other), `${label}: another appeal with ${suppressions[0]}`).to.equal(used.suppression === null ? 'shown' : 'hidden');
  }
  const fresh = await freshState(used);
  expect(fresh.suppression, `${label}: a fresh appeal`).to.equal(suppressions[0]);
  expect(fresh.state, `${label}: a fresh appeal`).to.equal(used.suppression === null ? 'shown' : 'hidden');
}

afterEach(() => {
  restoreStorage();
  // Forget what storage.ts kept in memory for a broken storage, then what is really stored.
  for (const name of campaignsUsed) clearSuppression(name);
  campaignsUsed.clear();
  clearStorage();
});

// ---------------------------------------------------------------------------------------------
// 1. Fuzz

const SEED = 20261129;

const LONG = 'x'.repeat(10_000);
const HUGE = '9'.repeat(400);
/** Values that every attribute gets now and then: empty, blank, numbers of every odd form, junk. */
const JUNK = [
  '',
  ' ',
  '\t\n ',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '-0',
  '1e3',
  '1E-3',
  '1,5',
  '1.2.3',
  '0x10',
  '+5',
  '.5',
  '5.',
  ' 5 ',
  '1' + '0'.repeat(309),
  HUGE,
  '１２',
  '٣',
  '🙂',
  'Ünïcödé ✓',
  '\u202eevil',
  LONG,
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"quoted"',
  "'",
  '\u0000',
  'a\u0007b',
  '\u001f',
  '\u007f',
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'null',
  'undefined',
  'true',
  'false',
  '[]',
  '{}',
];
const DAYS = ['0', '1', '7', '0.25', '3650', '3650.0', '3651', '365', '-1', '1e2', '2.5'];
const MONEY = ['1', '5', '10', '2.50', '0.01', '100000', '1000000', '12500', '6420', '10,000', '1 000', '-5', '0.001'];
const AMOUNTS = [
  '2,5,10',
  '3,6',
  '1',
  '0.5,1',
  '3,3,3',
  '10,5,1',
  '1,,2',
  ',',
  '5;10',
  '1e2,5',
  '-5,5',
  '0,5',
  ' 2 , 5 ',
  `1,${HUGE}`,
  '1,2,3,4,5,6,7,8,9,10',
];
const FLAGS = ['', 'true', 'false', 'dismissible', '0'];

/** Valid, boundary and junk values per observed attribute; `JUNK` is mixed into all of them. */
const VALUES: Record<string, readonly string[]> = {
  // Repeats make the campaigns with something stored (see beforeEach) come up more often.
  campaign: ['spring', 'spring', 'fuzz', 'autumn', 'autumn', 'autumn', 'a'.repeat(100), 'a'.repeat(101), 'with space', 'x\u0001y', ' padded '],
  variant: ['inline', 'banner', 'BANNER', ' inline ', 'sidebar'],
  theme: ['light', 'dark', 'auto', 'DARK', 'neon'],
  heading: ['Support local news', 'Überschrift', 'مرحبا', '<b>bold</b>'],
  message: ['Please give', 'Bitte', '<i>markup</i>', 'line\nbreak'],
  amounts: AMOUNTS,
  'amounts-one-time': AMOUNTS,
  'amounts-monthly': AMOUNTS,
  'amounts-annual': AMOUNTS,
  'default-amount': ['5', '2', '10', '3', '6', '7', '5.0', '05', '0.5'],
  frequencies: ['one-time,monthly,annual', 'monthly', 'annual,one-time', 'ANNUAL', 'weekly', 'monthly,monthly', ',,', 'one-time, weekly'],
  frequency: ['one-time', 'monthly', 'annual', 'MONTHLY', 'weekly', ' annual '],
  currency: ['USD', 'EUR', 'JPY', 'RUB', 'usd', 'US', 'USDD', ' eur ', 'XXX', '€'],
  locale: ['en', 'en-GB', 'ru', 'de', 'fr', 'es', 'ar', 'ar-EG', 'es-PE', 'zz', 'EN', 'de-DE', 'not a locale', 'en_US', 'x'],
  'checkout-url': [
    'https://example.org/donate?amount={amount}&freq={frequency}&c={campaign}&cur={currency}',
    '/donate?a={amount}',
    '?a={amount}',
    'http://example.org/',
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    'mailto:a@example.org',
    'https://',
    'http://[::1',
    '{amount}',
  ],
  'checkout-target': ['_self', '_blank', '_top', 'BLANK', ' _blank '],
  'snooze-days': DAYS,
  dismissible: FLAGS,
  'dismiss-days': DAYS,
  'checkout-days': DAYS,
  'supported-days': DAYS,
  'max-views': ['1', '3', '1000', '1001', '1.5', '0', '-3', '2.0'],
  'views-window-days': ['30', '0', '0.5', '3650', '3651', '1'],
  'count-articles': FLAGS,
  'article-id': ['story-1', 'https://example.org/news/1', 'x\u0001y', 'a'.repeat(1001), ' padded '],
  'articles-window-days': ['30', '7', '0', '365', '366', '0.5', '-3'],
  'min-articles': ['0', '1', '3', '100', '101', '1.5', '-1'],
  consent: ['required', 'REQUIRED', 'maybe', ' required '],
  // The gate's: read only with variant="gate", which the fuzz leaves to gate.test.ts (a gate shows a notice, not the appeal).
  'free-articles': ['5', '0', '100', '101', 'lots', '1.5'],
  'gate-content': ['article', '#[', 'main > section', ''],
  'gate-passes': ['0', '1', '1.5', '-1'],
  'sign-in-url': ['/sign-in', 'https://example.org/in', 'javascript:alert(1)'],
  starts: ['2020-01-01', '2099-01-01', '2020-01-01T10:00Z', 'soon', '2026-02-30', ''],
  ends: ['2099-12-31', '2020-01-01', '2099-12-31T23:59:59+01:00', 'never', '31/12/2099'],
  'already-supported': FLAGS,
  test: ['fuzz-test', 'fuzz-test', '', 'x\u0001y', 'a'.repeat(101)],
  'test-variant': ['a', 'b', '', ' b '],
  'test-weight': ['1', '3', '-1', 'heavy', '0.5'],
  goal: MONEY,
  raised: MONEY,
  'goal-src': ['/no-such-figures.json', 'javascript:alert(1)', 'http://example.org/figures.json', ''],
  'goal-text': ['{raised} of {goal} this month', '{goal}{goal}{raised}', '<b>{raised}</b>', 'no placeholders'],
  'custom-amount': FLAGS,
  'min-amount': MONEY,
  'max-amount': MONEY,
  preview: FLAGS,
  loading: ['lazy', 'eager', 'EAGER', ' lazy ', 'auto'],
  hidden: FLAGS,
};
const BOOLEANS = new Set(['dismissible', 'custom-amount', 'count-articles', 'already-supported', 'preview', 'hidden']);

/** Property values (what a page's script may assign), beside the attribute strings. */
const PROPERTY_VALUES: readonly unknown[] = [
  null,
  undefined,
  0,
  5,
  -1,
  2.5,
  NaN,
  Infinity,
  1e21,
  [5, 10, 20],
  [3, 6],
  [NaN, Infinity, -1, 5],
  [],
  ['a', 'b'],
];

const camel = (attribute: string) => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
/** The text an attribute would hold for a property value, or null when unset (as parse.ts reads it). */
const asText = (value: unknown) => (value === null || value === undefined ? null : Array.isArray(value) ? value.join(',') : String(value));

/** Attributes whose valid values are a short list: a bad value must warn and leave the default. */
const ENUMS: Record<string, { valid: (t: string) => string | undefined; fallback: string }> = {
  variant: { valid: (t) => ['inline', 'banner'].find((v) => v === t.trim().toLowerCase()), fallback: 'inline' },
  theme: { valid: (t) => ['light', 'dark', 'auto'].find((v) => v === t.trim().toLowerCase()), fallback: 'light' },
  'checkout-target': { valid: (t) => ['_self', '_blank'].find((v) => v === t.trim().toLowerCase()), fallback: '_self' },
  currency: { valid: (t) => /^[A-Z]{3}$/.exec(t.trim().toUpperCase())?.[0], fallback: 'USD' },
  locale: {
    valid: (t) => {
      try {
        return t.trim() ? Intl.getCanonicalLocales(t.trim())[0] : undefined;
      } catch {
        return undefined;
      }
    },
    fallback: '',
  },
};

/**
 * Where the fuzz and the re-insertion test put their appeals: far above the viewport, banners
 * too (a transformed ancestor holds fixed elements), so that no view event fires and a run
 * does not depend on timing.
 */
const OFFSCREEN = 'transform: translateY(-20000px)';

const WARNING = /^<support-appeal>: ignored ([a-z-]+)=("(?:[^"\\]|\\.)*"): (.+)\.$/s;

/**
 * Fuzzes one element: each step sets, changes or removes one attribute (or assigns a property),
 * waits for the update, and checks the element and its warnings. Warnings are checked per
 * element, so run one element at a time.
 */
class Fuzzer {
  /** Attribute (or property) values assigned by all the fuzzers of a test. */
  static assigned = 0;
  readonly log: string[] = [];
  /** The text each attribute holds, as the element sees it; absent when unset. */
  private readonly model = new Map<string, string>();
  /** Every text assigned per attribute, to match the values warnings quote. */
  private readonly seen = new Map<string, Set<string>>();
  private readonly first: number;

  constructor(
    readonly el: SupportAppeal,
    private readonly rng: Rng,
    private readonly warnings: { calls: string[] },
    private readonly errors: string[],
    private readonly seed: number,
  ) {
    this.first = warnings.calls.length;
  }

  /** One random change: set (or change) an attribute, remove it, or assign its property. */
  change(): void {
    const { rng, el } = this;
    const attribute = rng.pick(Object.keys(VALUES));
    const action = rng.next();
    // Flags are removed as often as set or more, so that a page's `hidden` does not hide the appeal for long.
    if (action < (attribute === 'hidden' ? 0.8 : BOOLEANS.has(attribute) ? 0.5 : 0.15)) {
      // Removing an attribute that is not there changes nothing (a property set stays).
      const had = el.hasAttribute(attribute);
      el.removeAttribute(attribute);
      if (had) this.record(attribute, null, `remove ${attribute}`);
      else this.log.push(`remove absent ${attribute}`);
    } else if (action < 0.3 && !BOOLEANS.has(attribute)) {
      const value = rng.pick(PROPERTY_VALUES);
      (el as unknown as Record<string, unknown>)[camel(attribute)] = value;
      this.record(attribute, asText(value), `.${camel(attribute)} = ${Array.isArray(value) ? `[${value.join(',')}]` : String(value)}`);
    } else {
      const value = rng.chance(0.3) ? rng.pick(JUNK) : rng.pick(VALUES[attribute]!);
      el.setAttribute(attribute, value);
      this.record(attribute, value, `${attribute}=${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value)}`);
    }
  }

  private record(attribute: string, text: string | null, step: string): void {
    if (text !== null) Fuzzer.assigned++;
    this.log.push(step);
    if (text === null) this.model.delete(attribute);
    else this.model.set(attribute, text);
    if (text !== null) (this.seen.get(attribute) ?? this.seen.set(attribute, new Set()).get(attribute)!).add(text);
  }

  /** The last steps, for failure messages: with the seed they replay the run. */
  where(): string {
    return `after step ${this.log.length} (seed ${this.seed}): …${this.log.slice(-6).join(' | ')}`;
  }

  /** The checks after each step, once the element is connected and updated. */
  check(): void {
    const { el } = this;
    const where = this.where();
    expect(this.errors, `uncaught errors ${where}`).to.deep.equal([]);
    // Lazy (the fuzz set `loading` before the first update), off screen (see OFFSCREEN): it waits, nothing rendered.
    const waits = !el.hasUpdated && !el.hidden && !el.shadowRoot?.childElementCount && !/^\s*eager\s*$/i.test(String(el.loading));
    const state = waits ? 'waiting' : stateOf(el);
    expect(['hidden', 'shown', 'waiting'], `${state} ${where}`).to.include(state);
    if (waits) expect(this.model.get('loading') ?? null, `waiting though eager ${where}`).not.to.match(/^\s*eager\s*$/i);
    // A hidden the page set always hides.
    if (this.model.has('hidden')) expect(state, `hidden attribute ${where}`).to.equal('hidden');
    if (state === 'shown') {
      const section = part(el, 'section[part="container"]');
      const classes = section.className.split(/\s+/);
      // variant and theme: the value when it is valid, the default otherwise.
      for (const attribute of ['variant', 'theme']) {
        const text = this.model.get(attribute);
        const expected = (text !== undefined && ENUMS[attribute]!.valid(text)) || ENUMS[attribute]!.fallback;
        expect(classes, `${attribute} ${where}`).to.include(expected);
      }
      const heading = this.model.get('heading');
      if (heading !== undefined && heading.trim()) {
        expect(part(el, 'h2[part="heading"]').textContent === heading, `heading text ${where}`).to.equal(true);
      }
      // Attribute text is never markup.
      expect(el.shadowRoot!.querySelector('img, script, b, i') === null, `markup from an attribute ${where}`).to.equal(true);
      const cta = part(el, '[part="cta"]');
      const href = cta.getAttribute('href');
      if (href !== null) expect(/^https?:/.test(href), `cta href ${JSON.stringify(href)} ${where}`).to.equal(true);
    }
    expect((window as unknown as { __pwned?: number }).__pwned, `markup ran ${where}`).to.equal(undefined);
    this.checkWarnings(where);
  }

  /** Warnings of this element already checked, and the attribute and value each quoted. */
  private checked = 0;
  private readonly printed = new Set<string>();
  private readonly warned = new Set<string>();

  /** This element's warnings; Lit's own dev-mode notices (lit.dev/msg) are not the element's. */
  private mine(): string[] {
    return this.warnings.calls.slice(this.first).filter((w) => !w.includes('https://lit.dev/msg/'));
  }

  /** Every warning names an observed attribute and a value it held; none is printed twice. */
  checkWarnings(where = this.where()): void {
    const mine = this.mine();
    for (const w of mine.slice(this.checked)) {
      expect(this.printed.has(w), `warning printed twice ${where}: ${JSON.stringify(w.slice(0, 160))}`).to.equal(false);
      this.printed.add(w);
      const match = WARNING.exec(w);
      expect(match !== null, `warning ${JSON.stringify(w.slice(0, 160))} names no attribute ${where}`).to.equal(true);
      const [, attribute, quoted, reason] = match!;
      expect(Object.keys(VALUES), `warning names ${attribute} ${where}`).to.include(attribute);
      const value = JSON.parse(quoted!) as string;
      // The value quoted is one the attribute held; the ticker reports a missing partner as "",
      // as a test does a missing test-variant, and min-amount above max-amount quotes the number it read.
      const known =
        this.seen.get(attribute!)?.has(value) ||
        ((attribute === 'goal' || attribute === 'raised' || attribute === 'test-variant') && value === '') ||
        (attribute === 'min-amount' && reason!.startsWith('it is above max-amount'));
      expect(known, `warning quotes ${attribute}=${quoted!.slice(0, 60)}, never assigned ${where}`).to.equal(true);
      this.warned.add(`${attribute}\u0000${value}`);
    }
    this.checked = mine.length;
    // A bad value of an attribute with a short list of valid values always warns (once).
    for (const [attribute, { valid }] of Object.entries(ENUMS)) {
      const text = this.model.get(attribute);
      if (text === undefined) continue;
      const warned = this.warned.has(`${attribute}\u0000${text}`);
      expect(warned, `${attribute}=${JSON.stringify(text.slice(0, 60))} warned ${where}`).to.equal(valid(text) === undefined);
    }
  }

  /** However many re-renders follow, no warning is printed again. */
  async rerender(times: number): Promise<void> {
    const before = this.mine().length;
    for (let i = 0; i < times; i++) {
      this.el.requestUpdate();
      await settled(this.el);
    }
    for (const [attribute, text] of this.model) if (!BOOLEANS.has(attribute)) this.el.setAttribute(attribute, text);
    await settled(this.el);
    expect(this.mine().length, `warnings after ${times} re-renders ${this.where()}`).to.equal(before);
  }
}

describe(`reliability: attribute fuzz (seed ${SEED})`, () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let watch: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    clearStorage();
    // Some of the campaigns the fuzz switches to have something stored: a snooze, a dismissal,
    // three views (a cap for max-views up to 3), junk.
    const now = Date.now();
    localStorage.setItem(keyOf('spring'), record({ at: now, reason: 'snooze', until: now + DAY }));
    localStorage.setItem(keyOf('padded'), record({ at: now, reason: 'dismiss', until: now + 3 * DAY }));
    localStorage.setItem(keyOf('autumn'), record({ views: [now - 3 * DAY, now - 2 * DAY, now - DAY] }));
    localStorage.setItem(keyOf('with space'), '{"v":1,"reason":');
    watch = watchErrors();
    warnings = captureWarnings();
    Fuzzer.assigned = 0;
  });
  afterEach(() => {
    warnings.restore();
    watch.stop();
  });

  it('covers every attribute the element observes', () => {
    expect([...SupportAppeal.observedAttributes].sort()).to.deep.equal(Object.keys(VALUES).sort());
  });

  it(`one connected element: 700 random sets, changes and removals keep it hidden or whole, warning once per bad value (seed ${SEED})`, async function () {
    this.timeout(15_000); // about 1.5 s in WebKit alone; room for a loaded machine
    const rng = mulberry32(SEED);
    const container = await fixture<HTMLDivElement>(html`<div style=${OFFSCREEN}></div>`);
    const el = document.createElement('support-appeal');
    el.setAttribute('campaign', campaign('fuzz'));
    // Off screen (see OFFSCREEN): rendered at once all the same.
    el.setAttribute('loading', 'eager');
    container.append(el);
    await settled(el);
    const fuzz = new Fuzzer(el, rng, warnings, watch.errors, SEED);
    fuzz.check();
    for (let step = 0; step < 700; step++) {
      fuzz.change();
      await settled(el);
      fuzz.check();
      if (step % 150 === 149) await fuzz.rerender(3);
    }
    // With the next test, well over 1,000 values.
    expect(Fuzzer.assigned, 'attribute values assigned').to.be.at.least(500);
  });

  it(`elements created by createElement, changed before and after connecting, and while out of the page (seed ${SEED + 1})`, async function () {
    this.timeout(15_000);
    const rng = mulberry32(SEED + 1);
    const offscreen = await fixture<HTMLDivElement>(html`<div style=${OFFSCREEN}><div></div><div></div></div>`);
    const [container, elsewhere] = [...offscreen.children] as HTMLDivElement[];
    for (let n = 0; n < 24; n++) {
      const el = document.createElement('support-appeal');
      // Off screen (see OFFSCREEN): rendered at once, unless the fuzz makes it lazy before its first update.
      el.setAttribute('loading', 'eager');
      const fuzz = new Fuzzer(el, rng, warnings, watch.errors, SEED + 1);
      // Before connecting: no update runs yet, so only the changes themselves.
      const before = rng.int(8);
      for (let i = 0; i < before; i++) fuzz.change();
      container.append(el);
      await settled(el);
      fuzz.check();
      for (let i = 0; i < 24; i++) {
        if (rng.chance(0.1)) {
          // Out of the page for a while, with changes meanwhile; then back, maybe elsewhere.
          el.remove();
          for (let j = rng.int(3); j >= 0; j--) fuzz.change();
          await settled(el);
          (rng.chance(0.5) ? container : elsewhere).append(el);
          fuzz.log.push('re-inserted');
        } else {
          fuzz.change();
        }
        await settled(el);
        fuzz.check();
      }
      await fuzz.rerender(2);
      el.remove();
    }
    expect(Fuzzer.assigned, 'attribute values assigned').to.be.at.least(500);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Definition after the element exists

describe('reliability: an element created before its tag is defined', () => {
  it('honours properties set before the definition, attached before or after it', async () => {
    for (const [tag, attachFirst] of [
      ['late-appeal-1', true],
      ['late-appeal-2', false],
    ] as const) {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag) as SupportAppeal;
      expect(el instanceof SupportAppeal, tag).to.equal(false);
      Object.assign(el, {
        amounts: [3, 6],
        campaign: campaign(`late-${tag}`),
        frequency: 'annual',
        heading: 'Late but here',
        dismissible: true,
        checkoutUrl: 'https://example.org/give?a={amount}&f={frequency}&c={campaign}',
      });
      if (attachFirst) container.append(el);
      customElements.define(tag, class extends SupportAppeal {});
      if (!attachFirst) container.append(el);
      expect(el instanceof SupportAppeal, tag).to.equal(true);
      await settled(el);
      expect(stateOf(el), tag).to.equal('shown');
      expect(part(el, 'h2[part="heading"]').textContent, tag).to.equal('Late but here');
      expect(tierLabels(el), tag).to.deep.equal(['$3', '[$6]']);
      const pressed = parts(el, '[part="frequencies"] button').map((b) => `${b.textContent!.trim()}:${b.getAttribute('aria-pressed')}`);
      expect(pressed, tag).to.deep.equal(['One-time:false', 'Monthly:false', 'Annual:true']);
      expect(el.shadowRoot!.querySelector('[part="close"]') !== null, `${tag} close`).to.equal(true);
      expect(part(el, '[part="cta"]').getAttribute('href'), tag).to.equal(`https://example.org/give?a=6&f=annual&c=late-${tag}`);
      // The campaign given before the definition namespaces what is stored.
      part(el, '[part="remind"]').click();
      await settled(el);
      expect(JSON.parse(localStorage.getItem(keyOf(`late-${tag}`)) ?? 'null')?.reason, tag).to.equal('snooze');
      expect(stateOf(el), tag).to.equal('confirmation');
    }
  });

  it('honours the language and both features set as properties before the definition, from the first render', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('late-appeal-4') as SupportAppeal;
    Object.assign(el, { campaign: campaign('late-features'), locale: 'de', currency: 'EUR', goal: 10000, raised: 6420, customAmount: true });
    const shown: string[] = [];
    container.addEventListener('support-appeal-show', () => shown.push(el.shadowRoot!.querySelector('[part="cta"]')!.textContent!.trim()));
    container.append(el);
    customElements.define('late-appeal-4', class extends SupportAppeal {});
    // One await: updateComplete waits for the update that loaded what the properties ask for.
    await el.updateComplete;
    expect(part(el, '[part="cta"]').textContent!.trim()).to.equal('Unterstützen');
    expect(part(el, '[part="progress"] p').textContent).to.match(/^6\.420\s€ von 10\.000\s€ erreicht$/);
    expect(tierLabels(el)).to.deep.equal(['2\u00a0€', '[5\u00a0€]', '10\u00a0€', 'Anderer']);
    // No render in English or without the features before: the first one shown was German.
    expect(shown).to.deep.equal(['Unterstützen']);
  });

  it('honours attributes set before the definition, the language and both features included', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('late-appeal-3') as SupportAppeal;
    for (const [name, value] of Object.entries({
      campaign: campaign('late-attributes'),
      amounts: '4,8,16',
      'default-amount': '16',
      frequencies: 'one-time,annual',
      locale: 'de',
      currency: 'EUR',
      heading: 'Spät, aber da',
      goal: '10000',
      raised: '6420',
      'custom-amount': '',
      dismissible: '',
    })) {
      el.setAttribute(name, value);
    }
    container.append(el);
    customElements.define('late-appeal-3', class extends SupportAppeal {});
    await settled(el);
    expect(stateOf(el)).to.equal('shown');
    expect(part(el, 'h2[part="heading"]').textContent).to.equal('Spät, aber da');
    expect(part(el, 'section[part="container"]').getAttribute('lang')).to.equal('de');
    expect(part(el, '[part="cta"]').textContent!.trim()).to.equal('Unterstützen');
    expect(tierLabels(el).map((t) => t.replace(/\s/g, ' '))).to.deep.equal(['4 €', '8 €', '[16 €]', 'Anderer']);
    const frequencies = parts(el, '[part="frequencies"] button').map((b) => b.textContent!.trim());
    expect(frequencies).to.deep.equal(['Einmalig', 'Jährlich']);
    expect(part(el, '[part="progress"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('6.420 € von 10.000 € erreicht');
    expect(el.shadowRoot!.querySelector('[part="close"]') !== null).to.equal(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Removal and re-insertion

/**
 * Counts what the appeals leave running: `storage` listeners on window, and live
 * IntersectionObservers (the view event) and ResizeObservers (the banner's room), i.e. observing
 * at least one element and not disconnected. `restore()` puts the originals back.
 */
function instrument() {
  const storageListeners = new Set<unknown>();
  const ownAdd = Object.prototype.hasOwnProperty.call(window, 'addEventListener');
  const ownRemove = Object.prototype.hasOwnProperty.call(window, 'removeEventListener');
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  window.addEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
    if (type === 'storage' && listener) storageListeners.add(listener);
    return (add as (...args: unknown[]) => void).call(this, type, listener, options);
  } as typeof window.addEventListener;
  window.removeEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
    if (type === 'storage') storageListeners.delete(listener);
    return (remove as (...args: unknown[]) => void).call(this, type, listener, options);
  } as typeof window.removeEventListener;

  /** A subclass of an observer that tracks what each instance observes. */
  interface Observer {
    observe(target: Element, options?: object): void;
    unobserve(target: Element): void;
    disconnect(): void;
  }
  const counting = (Real: unknown) => {
    const targets = new Map<object, Set<Element>>();
    let created = 0;
    const Counting = class extends (Real as new (...args: unknown[]) => Observer) {
      constructor(...args: unknown[]) {
        super(...args);
        created++;
        targets.set(this, new Set());
      }
      override observe(target: Element, options?: object): void {
        targets.get(this)!.add(target);
        super.observe(target, options);
      }
      override unobserve(target: Element): void {
        targets.get(this)!.delete(target);
        super.unobserve(target);
      }
      override disconnect(): void {
        targets.get(this)!.clear();
        super.disconnect();
      }
    };
    return { Counting, live: () => [...targets.values()].filter((t) => t.size > 0).length, created: () => created };
  };
  const RealIO = window.IntersectionObserver;
  const RealRO = window.ResizeObserver;
  const io = counting(RealIO);
  const ro = counting(RealRO);
  window.IntersectionObserver = io.Counting as unknown as typeof IntersectionObserver;
  window.ResizeObserver = ro.Counting as unknown as typeof ResizeObserver;

  return {
    counts: () => ({ storage: storageListeners.size, intersection: io.live(), resize: ro.live() }),
    created: () => ({ intersection: io.created(), resize: ro.created() }),
    restore() {
      if (ownAdd) window.addEventListener = add;
      else delete (window as Partial<Window>).addEventListener;
      if (ownRemove) window.removeEventListener = remove;
      else delete (window as Partial<Window>).removeEventListener;
      window.IntersectionObserver = RealIO;
      window.ResizeObserver = RealRO;
    },
  };
}

describe('reliability: removal and re-insertion', () => {
  let clock: ReturnType<typeof useClock>;
  let counter: ReturnType<typeof instrument> | undefined;
  beforeEach(() => {
    clearStorage();
    clock = useClock();
  });
  afterEach(() => {
    counter?.restore();
    counter = undefined;
    clock.restore();
  });

  it('keeps the selection, the confirmation and a dismissal, and leaves no listener or observer behind after 12 cycles', async () => {
    const baseline = { storage: 0, intersection: 0, resize: 0 };
    counter = instrument();
    expect(counter.counts()).to.deep.equal(baseline);
    const errors = watchErrors();
    try {
      // Off screen (see OFFSCREEN): no view fires, so every appeal that shows keeps its view
      // watch and the counts are exact.
      const offscreen = await fixture<HTMLDivElement>(html`<div style=${OFFSCREEN}><div></div><div></div></div>`);
      const [first, second] = [...offscreen.children] as HTMLDivElement[];
      const make = (name: string, attributes: Record<string, string> = {}) => {
        const el = document.createElement('support-appeal');
        el.setAttribute('campaign', campaign(name));
        el.setAttribute('locale', 'en-US');
        el.setAttribute('loading', 'eager');
        el.setAttribute('checkout-url', 'https://example.org/give?a={amount}&f={frequency}');
        for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
        first.append(el);
        return el;
      };
      const chosen = make('cycle-chosen');
      const reminded = make('cycle-reminded');
      const closed = make('cycle-closed', { dismissible: '' });
      const banner = make('cycle-banner', { variant: 'banner' });
      const all = [chosen, reminded, closed, banner];
      await settleAll(...all);
      expect(all.map(stateOf)).to.deep.equal(['shown', 'shown', 'shown', 'shown']);

      // What the reader did: annual, $10; Remind me later; close.
      parts(chosen, '[part="frequencies"] button')
        .find((b) => b.textContent!.trim() === 'Annual')!
        .click();
      parts(chosen, '[part="tier"]')
        .find((b) => b.textContent!.trim() === '$10')!
        .click();
      part(reminded, '[part="remind"]').click();
      part(closed, '[part="close"]').click();
      await settleAll(...all);

      const expectState = (label: string) => {
        expect(all.map(stateOf), label).to.deep.equal(['shown', 'confirmation', 'hidden', 'shown']);
        expect(tierLabels(chosen), label).to.deep.equal(['$2', '$5', '[$10]']);
        expect(part(chosen, '[part="frequencies"] [aria-pressed="true"]').textContent!.trim(), label).to.equal('Annual');
        expect(part(chosen, '[part="cta"]').getAttribute('href'), label).to.equal('https://example.org/give?a=10&f=annual');
        expect(part(reminded, '[role="status"]').textContent, label).to.contain("We'll remind you on");
        expect(suppressionOf(reminded), label).to.equal(JSON.stringify({ reason: 'snooze', until: NOW + 7 * DAY }));
        expect(suppressionOf(closed), label).to.equal(JSON.stringify({ reason: 'dismiss', until: NOW + 30 * DAY }));
      };
      const expectRunning = (label: string) => {
        // One storage listener serves every appeal; a view watch for each appeal that shows (the
        // confirmation is not the appeal, the dismissed one is hidden); the room of the one banner.
        expect(counter!.counts(), label).to.deep.equal({ storage: 1, intersection: 2, resize: 1 });
      };
      expectState('before the cycles');
      expectRunning('before the cycles');
      const created = counter.created();

      for (let cycle = 0; cycle < 12; cycle++) {
        const label = `cycle ${cycle}`;
        if (cycle % 3 === 0) {
          // Out, a task later back into the same place.
          for (const el of all) el.remove();
          await settleAll(...all);
          expect(counter.counts(), `${label}, out`).to.deep.equal(baseline);
          expect(roomOf().padding, `${label}, out`).to.equal(0);
          for (const el of all) first.append(el);
        } else if (cycle % 3 === 1) {
          // Moved: out and in within one task.
          for (const el of all) (cycle % 2 ? second : first).append(el);
        } else {
          // Out and back synchronously.
          for (const el of all) {
            const parent = el.parentElement!;
            el.remove();
            parent.append(el);
          }
        }
        await settleAll(...all);
        expectState(label);
        expectRunning(label);
      }
      // Each cycle stopped the two view watches and the banner's room and started new ones.
      expect(counter.created()).to.deep.equal({ intersection: created.intersection + 24, resize: created.resize + 12 });

      // Still listening after the cycles: another tab snoozes the chosen appeal's campaign.
      localStorage.setItem(keyOf('cycle-chosen'), record({ at: NOW, reason: 'snooze', until: NOW + DAY }));
      window.dispatchEvent(new StorageEvent('storage', { key: keyOf('cycle-chosen') }));
      await settleAll(...all);
      expect(all.map(stateOf)).to.deep.equal(['hidden', 'confirmation', 'hidden', 'shown']);

      for (const el of all) el.remove();
      await settleAll(...all);
      expect(counter.counts(), 'after the final removal').to.deep.equal(baseline);
      expect(roomOf()).to.deep.equal({ padding: 0, scroll: 'auto' });
      // Out of the page, an appeal ignores other tabs (and nothing throws).
      localStorage.removeItem(keyOf('cycle-closed'));
      window.dispatchEvent(new StorageEvent('storage', { key: keyOf('cycle-closed') }));
      await settleAll(...all);
      expect(stateOf(closed)).to.equal('hidden');
      expect(errors.errors).to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Many campaigns on one page

describe('reliability: 50 appeals of different campaigns on one page', () => {
  let clock: ReturnType<typeof useClock>;
  beforeEach(() => {
    clearStorage();
    clock = useClock();
  });
  afterEach(() => clock.restore());

  it('snoozes, dismissals, a checkout and other tabs each affect only their own campaign', async () => {
    const names = Array.from({ length: 50 }, (_, i) => campaign(`many-${String(i).padStart(2, '0')}`));
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const els = names.map((name) => {
      const el = document.createElement('support-appeal');
      el.setAttribute('campaign', name);
      el.setAttribute('dismissible', '');
      // Fifty of them are many viewports tall: each renders at once all the same.
      el.setAttribute('loading', 'eager');
      el.setAttribute('checkout-url', 'https://example.org/give?c={campaign}&a={amount}');
      container.append(el);
      return el;
    });
    await settleAll(...els);
    const expected = names.map(() => 'shown');
    const storedKeys = () =>
      Object.fromEntries(
        Object.keys(localStorage)
          .filter((k) => k.startsWith('support-appeal:many-'))
          .sort()
          .map((k) => [k.slice('support-appeal:'.length), JSON.parse(localStorage.getItem(k)!).reason]),
      );
    expect(els.map(stateOf)).to.deep.equal(expected);

    // The reader snoozes every fifth from 1 and dismisses every fifth from 2.
    const wanted: Record<string, string> = {};
    els.forEach((el, i) => {
      if (i % 5 === 1) {
        part(el, '[part="remind"]').click();
        expected[i] = 'confirmation';
        wanted[names[i]!] = 'snooze';
      } else if (i % 5 === 2) {
        part(el, '[part="close"]').click();
        expected[i] = 'hidden';
        wanted[names[i]!] = 'dismiss';
      }
    });
    await settleAll(...els);
    expect(els.map(stateOf)).to.deep.equal(expected);
    expect(storedKeys()).to.deep.equal(wanted);
    expect(els.map((el, i) => (expected[i] === 'shown' ? suppressionOf(el) : 'x'))).to.deep.equal(
      expected.map((s) => (s === 'shown' ? 'null' : 'x')),
    );

    // A checkout on one: it stays, the others do not change, one key more.
    const stay = keepPage();
    try {
      part(els[0]!, '[part="cta"]').click();
      expect(stay.navigated()).to.equal(true);
    } finally {
      stay.stop();
    }
    await settleAll(...els);
    wanted[names[0]!] = 'checkout';
    expect(els.map(stateOf)).to.deep.equal(expected);
    expect(storedKeys()).to.deep.equal(wanted);
    expect(suppressionOf(els[0]!)).to.equal(JSON.stringify({ reason: 'checkout', until: NOW + DAY }));

    // Another tab snoozes many-03 and brings back many-02 (dismissed here); it also wrote
    // many-04, whose event has not come yet: only the campaigns named by an event change.
    localStorage.setItem(keyOf('many-03'), record({ at: NOW, reason: 'snooze', until: NOW + 7 * DAY }));
    window.dispatchEvent(new StorageEvent('storage', { key: keyOf('many-03') }));
    localStorage.removeItem(keyOf('many-02'));
    window.dispatchEvent(new StorageEvent('storage', { key: keyOf('many-02') }));
    localStorage.setItem(keyOf('many-04'), record({ at: NOW, reason: 'dismiss', until: NOW + 7 * DAY }));
    window.dispatchEvent(new StorageEvent('storage', { key: keyOf('many-99') }));
    await settleAll(...els);
    expected[3] = 'hidden';
    expected[2] = 'shown';
    expect(els.map(stateOf)).to.deep.equal(expected);
    window.dispatchEvent(new StorageEvent('storage', { key: keyOf('many-04') }));
    await settleAll(...els);
    expected[4] = 'hidden';
    expect(els.map(stateOf)).to.deep.equal(expected);

    // The next page view: exactly the campaigns with something stored stay hidden.
    const next = await fixture<HTMLDivElement>(html`<div></div>`);
    const later = names.map((name) => {
      const el = document.createElement('support-appeal');
      el.setAttribute('campaign', name);
      el.setAttribute('loading', 'eager');
      next.append(el);
      return el;
    });
    await settleAll(...later);
    const stored = new Set(Object.keys(storedKeys()));
    expect(later.map(stateOf)).to.deep.equal(names.map((name) => (stored.has(name) ? 'hidden' : 'shown')));
    expect(stored.size).to.equal(22);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Storage faults with other tabs

/** The store another tab of the site writes to, as this tab's fault leaves it. */
interface OtherTab {
  write(key: string, value: string): void;
  remove(key: string): void;
  read(key: string): string | null;
  /** Whether this tab can read what the other tab writes. */
  readable: boolean;
}

const fromReal = (readable: boolean): OtherTab => ({
  write: (k, v) => REAL_STORAGE.setItem(k, v),
  remove: (k) => REAL_STORAGE.removeItem(k),
  read: (k) => REAL_STORAGE.getItem(k),
  readable,
});

/** A fake storage with one method broken; the other tab uses the working originals on the same data. */
function brokenFake(broken: Partial<Storage>, readable: boolean): OtherTab {
  const storage = fakeStorage({});
  const { setItem, removeItem, getItem } = storage;
  Object.assign(storage, broken);
  breakStorage(() => storage);
  return { write: setItem, remove: removeItem, read: getItem, readable };
}

interface Fault {
  name: string;
  /** What the test asserts beyond "nothing throws, every appeal renders or hides cleanly, all agree". */
  asserts: string;
  /** Breaks this tab's storage; returns the store the other tab writes to. */
  install(key: string): OtherTab;
  /** What the underlying store holds for the campaign after Remind me later here (the reason, or null). */
  stored: string | null;
}

const denied = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

const FAULTS: Fault[] = [
  {
    name: '1. the localStorage getter throws',
    asserts: 'the snooze holds in memory; after events this tab cannot read, the appeals stay consistent',
    install: () => (breakStorage(denied), fromReal(false)),
    stored: null,
  },
  {
    name: '2. localStorage is undefined',
    asserts: 'the snooze holds in memory; after events this tab cannot read, the appeals stay consistent',
    install: () => (breakStorage(() => undefined), fromReal(false)),
    stored: null,
  },
  {
    name: '3. getItem throws',
    asserts: 'the snooze holds in memory; after events this tab cannot read, the appeals stay consistent',
    install: () => brokenFake({ getItem: denied }, false),
    stored: 'snooze',
  },
  {
    name: '4. setItem throws QuotaExceededError',
    asserts: "the snooze holds in memory; the other tab's dismissal and reset apply here",
    install: () =>
      brokenFake(
        {
          setItem: () => {
            throw new DOMException('Quota exceeded', 'QuotaExceededError');
          },
        },
        true,
      ),
    stored: null,
  },
  {
    name: '5. removeItem throws',
    asserts: "the other tab's dismissal and reset apply here; a reset here holds in memory until the other tab writes",
    install: () => brokenFake({ removeItem: denied }, true),
    stored: 'snooze',
  },
  {
    name: '6. setItem keeps nothing',
    asserts: "the snooze holds in memory; the other tab's dismissal and reset apply here",
    install: () => brokenFake({ setItem: () => undefined }, true),
    stored: null,
  },
  {
    name: '7. junk values',
    asserts: 'junk stored before and written by the other tab counts as nothing stored; its dismissal applies',
    install: (key) => (REAL_STORAGE.setItem(key, '{"v":1,"reason":'), fromReal(true)),
    stored: 'snooze',
  },
  {
    name: '8. far-future dates',
    asserts: "the other tab's year-3000 dismissal lasts dismiss-days from its first sighting; a clear (key null) resets",
    install: () => fromReal(true),
    stored: 'snooze',
  },
];

describe('reliability: storage faults with other tabs', () => {
  before(() => {
    // In WebKit, once storage.ts has run often (the fuzz, the 50 appeals), it does not see the
    // first redefinition of window.localStorage, and keeps the real one: the first fault would
    // not reach the element. One redefinition beforehand makes the later ones reach it. Each test
    // checks that its fault did (what reached the store; what this tab could read).
    breakStorage(() => REAL_STORAGE);
    restoreStorage();
  });
  let clock: ReturnType<typeof useClock>;
  let watch: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    clearStorage();
    clock = useClock();
    watch = watchErrors();
  });
  afterEach(() => {
    watch.stop();
    clock.restore();
  });

  FAULTS.forEach(({ name: fault, asserts, install, stored }, index) => {
    it(`${fault}: snooze here, changes in another tab: ${asserts}`, async () => {
      const name = campaign(`fault-${index + 1}`);
      const key = keyOf(name);
      const other = install(key);
      const otherTab = async (change: () => void, ...els: SupportAppeal[]) => {
        change();
        expect(() => window.dispatchEvent(new StorageEvent('storage', { key }))).not.to.throw();
        await settleAll(...els);
      };
      const [junk, future, removeFails] = [fault.startsWith('7.'), fault.startsWith('8.'), fault.startsWith('5.')];

      const [a, b] = await page(name, 2);
      expect([stateOf(a!), stateOf(b!)], 'first render').to.deep.equal(['shown', 'shown']);

      // This tab: Remind me later on one appeal hides the other, and a fresh one, for the page view.
      part(a!, '[part="remind"]').click();
      await settleAll(a!, b!);
      expect([stateOf(a!), stateOf(b!)], 'after Remind me later').to.deep.equal(['confirmation', 'hidden']);
      expect(suppressionOf(b!)).to.equal(JSON.stringify({ reason: 'snooze', until: NOW + 7 * DAY }));
      await expectConsistent('after Remind me later', a!, b!);
      expect(JSON.parse(other.read(key) ?? 'null')?.reason ?? null, 'what reached the store').to.equal(stored);

      const dismissal = record({ at: NOW, reason: 'dismiss', until: NOW + 30 * DAY });
      if (junk) {
        // Junk from the other tab: nothing stored, so both show; then its dismissal.
        await otherTab(() => other.write(key, '\u0000not json'), a!, b!);
        expect([stateOf(a!), stateOf(b!), suppressionOf(a!)], 'after junk').to.deep.equal(['shown', 'shown', 'null']);
        await otherTab(() => other.write(key, record({ at: NOW, reason: 'dismiss' })), a!, b!);
        expect([stateOf(a!), stateOf(b!), suppressionOf(a!)], 'after a record without until').to.deep.equal(['shown', 'shown', 'null']);
        await otherTab(() => other.write(key, dismissal), a!, b!);
      } else if (future) {
        // No write time: counted from now, and the record is rewritten with it.
        await otherTab(() => other.write(key, record({ reason: 'dismiss', until: Date.UTC(3000, 0, 1) })), a!, b!);
        expect(JSON.parse(other.read(key)!)).to.deep.equal({ v: 1, at: NOW, reason: 'dismiss', until: NOW + 30 * DAY });
      } else {
        await otherTab(() => other.write(key, dismissal), a!, b!);
      }
      await expectConsistent("after the other tab's dismissal", a!, b!);
      if (!other.readable) expect(suppressionOf(a!), 'this tab cannot have read the dismissal').to.not.contain('dismiss');
      if (other.readable) {
        expect([stateOf(a!), stateOf(b!), suppressionOf(a!)], "after the other tab's dismissal").to.deep.equal([
          'hidden',
          'hidden',
          JSON.stringify({ reason: 'dismiss', until: NOW + 30 * DAY }),
        ]);
      }

      if (future) {
        // Time passes: the limited dismissal ends, though the record says year 3000.
        clock.tick(30 * DAY);
        expect(await freshState(a!)).to.deep.equal({ state: 'shown', suppression: 'null' });
        expect(other.read(key)).to.equal(null);
        clock.tick(-30 * DAY);
        other.write(key, dismissal);
      }

      // The other tab resets (far-future: clears all of its storage, an event with key null).
      if (future) {
        REAL_STORAGE.clear();
        window.dispatchEvent(new StorageEvent('storage', { key: null }));
        await settleAll(a!, b!);
      } else {
        await otherTab(() => other.remove(key), a!, b!);
      }
      await expectConsistent("after the other tab's reset", a!, b!);
      if (other.readable) expect([stateOf(a!), stateOf(b!)], "after the other tab's reset").to.deep.equal(['shown', 'shown']);

      // This tab again: a dismissal hides both (in memory where storage fails), a reset brings them back.
      b!.dismiss();
      await settleAll(a!, b!);
      expect([stateOf(a!), stateOf(b!), suppressionOf(a!)], 'after dismiss() here').to.deep.equal([
        'hidden',
        'hidden',
        JSON.stringify({ reason: 'dismiss', until: NOW + 30 * DAY }),
      ]);
      await expectConsistent('after dismiss() here', a!, b!);
      a!.reset();
      await settleAll(a!, b!);
      expect([stateOf(a!), stateOf(b!), suppressionOf(b!)], 'after reset() here').to.deep.equal(['shown', 'shown', 'null']);
      await expectConsistent('after reset() here', a!, b!);
      if (removeFails) {
        // removeItem failed, so the store still holds the dismissal: the reset holds in memory,
        // until the other tab writes again.
        expect(JSON.parse(other.read(key)!).reason).to.equal('dismiss');
        await otherTab(() => other.write(key, dismissal), a!, b!);
        expect([stateOf(a!), stateOf(b!)], "the other tab's dismissal after a reset here").to.deep.equal(['hidden', 'hidden']);
        await expectConsistent("the other tab's dismissal after a reset here", a!, b!);
      }
      expect(watch.errors).to.deep.equal([]);
    });
  });
});
