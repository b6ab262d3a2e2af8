/**
 * Attribute parsing. Pure and total: every function takes whatever a page put in an attribute
 * or property (a string, a number, null, an array, junk) and returns a usable value. A value
 * that does not parse yields the default and one {@link Warning}; nothing here throws.
 */
import { checkTemplate } from './checkout-url.js';
import type { Plural } from './copy.js';
import type { Reading } from './features/history.js';
import type { Cap, Suppression } from './storage.js';

export type Frequency = 'one-time' | 'monthly' | 'annual';
export type Variant = 'inline' | 'banner' | 'compact' | 'gate';
export type Theme = 'light' | 'dark' | 'auto';
export type CheckoutTarget = '_self' | '_blank';
export type Loading = 'lazy' | 'eager';

const FREQUENCIES: readonly Frequency[] = ['one-time', 'monthly', 'annual'];

/**
 * A value the element could not use: the attribute, what it held, and why. The appeal's own
 * reasons are codes (`#days`, `#one light, dark, auto`), whose texts load with the first
 * warning (features/warnings.ts); the features' are text.
 */
export interface Warning {
  attribute: string;
  value: string;
  reason: string;
}

/** What the element renders from, after every attribute has been checked. */
export interface AppealConfig {
  campaign: string;
  variant: Variant;
  theme: Theme;
  heading: string | undefined;
  message: string | undefined;
  /** Tiers per offered frequency, ascending, no duplicates. */
  amounts: Record<Frequency, number[]>;
  defaultAmount: number | undefined;
  frequencies: Frequency[];
  frequency: Frequency;
  currency: string;
  /** The `locale` attribute when it is a well-formed language tag; otherwise undefined. */
  locale: string | undefined;
  /** The raw `checkout-url` template when it yields an allowed URL; otherwise undefined. */
  checkoutUrl: string | undefined;
  checkoutTarget: CheckoutTarget;
  /** `loading`: the view controller reads it before the first render; parsed here for its warning. */
  loading: Loading;
  snoozeDays: number;
  dismissDays: number;
  checkoutDays: number;
  supportedDays: number;
  /** The frequency cap, when `max-views` is set: parsed by its part (features/cap.ts), once loaded. */
  cap?: Cap | undefined;
  /** The metered gate's attributes, with `variant="gate"`: parsed by its part (features/gate.ts), once loaded. */
  gate?: GateConfig | undefined;
  /** The reading history, when on: parsed and counted by its part (features/history.ts), once loaded. */
  history?: Reading | undefined;
  /** Why the appeal waits, nothing stored (`min-articles`, the schedule): the plugins' decision (see PartsController). */
  wait?: Suppression | null | undefined;
  /** Hidden whatever else holds (a test's variant this reader does not get): the plugins' decision. */
  hide?: boolean | undefined;
}

/** The metered gate's attributes (features/gate.ts). */
export interface GateConfig {
  /** `free-articles`: the articles the reader reads freely in the window. */
  free: number;
  /** `gate-passes`: how many times in the window the reader may choose "Not now". */
  passes: number;
  /** `gate-content`: the selector of the container to lock, as written; checked against the page by the gate. */
  content: string | undefined;
  /** `sign-in-url`, when it yields an allowed URL. */
  signIn: string | undefined;
}

/** The reading history (features/history.ts): what the appeal counts and how. */
export interface HistoryConfig {
  /** `article-id`, when usable; otherwise the element uses the canonical URL or the path. */
  id: string | undefined;
  /** `articles-window-days`: the window the count covers. */
  days: number;
  /** `min-articles`: hidden until the reader has read this many (0: always shown). */
  min: number;
  /** `consent="required"`: nothing about reading is written before `grantConsent()`. */
  consent: boolean;
}

export interface TickerConfig {
  goal: number;
  raised: number;
  /** `goal-text`: the text in place of the built-in one, with `{raised}` and `{goal}`. */
  text: string | undefined;
}

export interface AmountLimits {
  min: number;
  max: number;
}

/** Raw attribute values keyed by property name, as the element holds them. */
export type RawAttributes = { [K in keyof AppealConfig]?: unknown } & {
  goal?: unknown;
  raised?: unknown;
  goalText?: unknown;
  customAmount?: unknown;
  minAmount?: unknown;
  maxAmount?: unknown;
  amountsOneTime?: unknown;
  amountsMonthly?: unknown;
  amountsAnnual?: unknown;
  maxViews?: unknown;
  viewsWindowDays?: unknown;
  countArticles?: unknown;
  articleId?: unknown;
  articlesWindowDays?: unknown;
  minArticles?: unknown;
  consent?: unknown;
  freeArticles?: unknown;
  gateContent?: unknown;
  gatePasses?: unknown;
  signInUrl?: unknown;
  starts?: unknown;
  ends?: unknown;
  goalSrc?: unknown;
  test?: unknown;
  testVariant?: unknown;
  testWeight?: unknown;
};

const DEFAULT_AMOUNTS = [2, 5, 10];
const DEFAULT_DURATIONS = { snoozeDays: 7, dismissDays: 30, checkoutDays: 1, supportedDays: 365 };
/** Ten years: longer is surely a typo, and far-future dates overflow `Date`. */
const MAX_DAYS = 3650;

// C0 controls, DEL and the invisible marks that reorder text (a campaign id with U+202E reads
// as another in a log or a dashboard): never part of an id a person meant to write.
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** Turns a property value into the string an attribute would hold; null when unset. */
function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

function list(value: string): string[] {
  return value.split(',').map((part) => part.trim());
}

/** Parses one non-negative decimal number written the plain way ("5", "2.50"); NaN otherwise, and for 309 digits and more. */
export function parseDecimal(value: string): number {
  const trimmed = value.trim();
  const n = DECIMAL.test(trimmed) ? Number(trimmed) : NaN;
  return Number.isFinite(n) ? n : NaN;
}

/** What a parser returns: the values to use, and the warnings for those replaced by their default. */
export interface Parsed<T> {
  config: T;
  warnings: Warning[];
}

/** The readers every parser shares (these, and the features' own), each reporting a value it cannot use to `warnings`. */
export function readers(warnings: Warning[]) {
  const warn = (attribute: string, value: string, reason: string) => {
    warnings.push({ attribute, value, reason });
  };

  /** Reads one attribute: its text, or null when unset. Empty text warns and counts as unset. */
  const read = (attribute: string, value: unknown): string | null => {
    const t = text(value);
    if (t !== null && t.trim() === '') {
      warn(attribute, t, '#empty');
      return null;
    }
    return t;
  };

  /** Reads one attribute through `check`: its usable value, or undefined with a warning. */
  const pick = <T>(attribute: string, value: unknown, check: (t: string) => T | undefined, reason: string): T | undefined => {
    const t = read(attribute, value);
    if (t === null) return undefined;
    const checked = check(t);
    if (checked === undefined) warn(attribute, t, reason);
    return checked;
  };

  /** Reads a plain decimal number that passes `ok` (NaN never does). */
  const num = (attribute: string, value: unknown, ok: (n: number) => boolean, reason: string): number | undefined =>
    pick(attribute, value, (t) => (ok(parseDecimal(t)) ? parseDecimal(t) : undefined), reason);

  return { warn, read, pick, num };
}

/**
 * `consent`: `required`, or unset. Any other value warns and is taken as `required`: a typo
 * must not record the reading that the site meant to ask about.
 */
export const consentIn = (raw: RawAttributes, { pick }: ReturnType<typeof readers>): boolean =>
  raw.consent != null &&
  (pick('consent', raw.consent, (t) => (t.trim().toLowerCase() === 'required' ? 1 : undefined), 'expected required; asking for consent'), true);

/**
 * Checks every attribute of the appeal itself and returns the configuration plus the warnings
 * for values that were replaced by their default. The optional features' attributes are read by
 * the parsers below, which load with their features. Resolving the locale from `lang` is the
 * element's job: it needs the DOM.
 */
export function parseAttributes(raw: RawAttributes): Parsed<AppealConfig> {
  const warnings: Warning[] = [];
  const { warn, read, pick, num } = readers(warnings);

  const oneOf = <T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T =>
    pick(attribute, value, (t) => allowed.find((a) => a === t.trim().toLowerCase()), `#one ${allowed.join(', ')}`) ?? fallback;

  const days = (attribute: string, value: unknown, fallback: number): number =>
    num(attribute, value, (n) => n >= 0 && n <= MAX_DAYS, '#days') ?? fallback;

  // Intl formats any well-formed code (an unknown one as "ABC 5"), so the form is the check.
  const currency = pick('currency', raw.currency, (t) => /^[A-Z]{3}$/.exec(t.trim().toUpperCase())?.[0], '#currency') ?? 'USD';
  const round = roundTo(currency);

  /**
   * Reads a list of tiers, each rounded as the currency shows it (so that the label and the
   * link say the same): tiers that become equal merge, and those that round to zero go.
   */
  const amountList = (attribute: string, value: unknown): number[] | null => {
    const t = read(attribute, value);
    if (t === null) return null;
    const good: number[] = [];
    let bad = false;
    let rounded = false;
    for (const part of list(t)) {
      const n = parseDecimal(part);
      const r = round(n);
      if (r > 0) good.push(r);
      else bad ||= !(n > 0);
      rounded ||= n > 0 && r !== n;
    }
    const tiers = [...new Set(good)].sort((a, b) => a - b);
    // The warnings show the whole value; the usable amounts in it are kept.
    if (bad) warn(attribute, t, '#amounts');
    if (rounded) warn(attribute, t, `#rounded ${currency} ${tiers.join(', ')}`);
    return tiers.length ? tiers : null;
  };

  const optionalText = (attribute: string, value: unknown): string | undefined => read(attribute, value) ?? undefined;

  // campaign: namespaces storage keys and events, so it must be printable and bounded.
  const campaign =
    pick(
      'campaign',
      raw.campaign,
      (t) => {
        const trimmed = t.trim();
        // `history` and `tests` name storage keys of their own (storage.ts).
        return trimmed.length <= 100 && !CONTROL.test(trimmed) && !/^(history|tests)$/.test(trimmed) ? trimmed : undefined;
      },
      '#campaign',
    ) ?? 'default';

  const base = amountList('amounts', raw.amounts) ?? DEFAULT_AMOUNTS;
  const amounts: Record<Frequency, number[]> = {
    'one-time': amountList('amounts-one-time', raw.amountsOneTime) ?? base,
    monthly: amountList('amounts-monthly', raw.amountsMonthly) ?? base,
    annual: amountList('amounts-annual', raw.amountsAnnual) ?? base,
  };

  let frequencies: Frequency[] = [...FREQUENCIES];
  const frequenciesText = read('frequencies', raw.frequencies);
  if (frequenciesText !== null) {
    const parts = list(frequenciesText).map((p) => p.toLowerCase());
    const known = parts.filter((p): p is Frequency => (FREQUENCIES as string[]).includes(p));
    if (known.length !== parts.length) warn('frequencies', frequenciesText, '#frequencies');
    if (known.length) frequencies = [...new Set(known)];
  }

  const preferred: Frequency = frequencies.includes('monthly') ? 'monthly' : frequencies[0]!;
  const frequency = oneOf('frequency', raw.frequency, frequencies, preferred);

  const defaultAmount = pick(
    'default-amount',
    raw.defaultAmount,
    (t) => [round(parseDecimal(t))].find((n) => frequencies.some((f) => amounts[f].includes(n))),
    '#amount',
  );

  const locale = pick('locale', raw.locale, (t) => canonicalLocale(t.trim()), '#locale');

  let checkoutUrl: string | undefined;
  const urlText = read('checkout-url', raw.checkoutUrl);
  if (urlText !== null) {
    const problem = checkTemplate(urlText);
    if (problem) warn('checkout-url', urlText, problem);
    else checkoutUrl = urlText;
  }

  const config: AppealConfig = {
    campaign,
    variant: oneOf<Variant>('variant', raw.variant, ['inline', 'banner', 'compact', 'gate'], 'inline'),
    theme: oneOf<Theme>('theme', raw.theme, ['light', 'dark', 'auto'], 'light'),
    heading: optionalText('heading', raw.heading),
    message: optionalText('message', raw.message),
    amounts,
    defaultAmount,
    frequencies,
    frequency,
    currency,
    locale,
    checkoutUrl,
    checkoutTarget: oneOf<CheckoutTarget>('checkout-target', raw.checkoutTarget, ['_self', '_blank'], '_self'),
    loading: oneOf<Loading>('loading', raw.loading, ['lazy', 'eager'], 'lazy'),
    snoozeDays: days('snooze-days', raw.snoozeDays, DEFAULT_DURATIONS.snoozeDays),
    dismissDays: days('dismiss-days', raw.dismissDays, DEFAULT_DURATIONS.dismissDays),
    checkoutDays: days('checkout-days', raw.checkoutDays, DEFAULT_DURATIONS.checkoutDays),
    supportedDays: days('supported-days', raw.supportedDays, DEFAULT_DURATIONS.supportedDays),
  };
  return { config, warnings };
}

/**
 * The frequency cap's attributes (`max-views`, and `views-window-days`, default 30): the cap,
 * or undefined without a usable `max-views`. Its part (features/cap.ts) carries this parser, so
 * only the appeals with a cap load it.
 */
export function parseCap(raw: RawAttributes): Parsed<Cap | undefined> {
  const warnings: Warning[] = [];
  const read = readers(warnings);
  const { num } = read;
  const maxViews = num('max-views', raw.maxViews, (n) => Number.isInteger(n) && n > 0 && n <= 1000, 'expected a whole number from 1 to 1000');
  const windowDays =
    num('views-window-days', raw.viewsWindowDays, (n) => n > 0 && n <= MAX_DAYS, `expected a number of days above 0, up to ${MAX_DAYS}`) ?? 30;
  return { config: maxViews ? { maxViews, windowDays, consent: consentIn(raw, read) } : undefined, warnings };
}

/**
 * The goal ticker's attributes (`goal`, `raised`, `goal-text`): both figures, or undefined
 * with a warning for the one that is missing ("") or unusable. Its part (features/ticker.ts)
 * carries this parser, so only the appeals with a ticker load it.
 */
export function parseTicker(raw: RawAttributes): Parsed<TickerConfig | undefined> {
  const warnings: Warning[] = [];
  const { warn, read, num } = readers(warnings);
  const figure = (attribute: string, value: unknown, positive: boolean): number | undefined => {
    if (value != null)
      return num(
        attribute,
        value,
        (n) => n > 0 || (!positive && n === 0),
        `expected a number ${positive ? 'above' : 'from'} 0; the ticker is hidden`,
      );
    warn(attribute, '', 'it is missing; the ticker needs goal and raised');
    return undefined;
  };
  const goal = figure('goal', raw.goal, true);
  const raised = figure('raised', raw.raised, false);
  const config = goal && raised !== undefined ? { goal, raised, text: read('goal-text', raw.goalText) ?? undefined } : undefined;
  return { config, warnings };
}

/**
 * The Other field's bounds (`min-amount`, default 1; `max-amount`, default 100000); both
 * defaults, with a warning, when the minimum is above the maximum. Its part
 * (features/custom-amount.ts) carries this parser.
 */
export function parseAmountLimits(raw: RawAttributes): Parsed<AmountLimits> {
  const warnings: Warning[] = [];
  const { warn, num } = readers(warnings);
  const bound = (attribute: string, value: unknown, fallback: number) =>
    num(attribute, value, (n) => n > 0, `expected a number above 0; using ${fallback}`) ?? fallback;
  let config = { min: bound('min-amount', raw.minAmount, 1), max: bound('max-amount', raw.maxAmount, 100_000) };
  if (config.min > config.max) {
    warn('min-amount', String(config.min), `it is above max-amount (${config.max}); using 1 and 100000`);
    config = { min: 1, max: 100_000 };
  }
  return { config, warnings };
}

/** The amount preselected for a frequency: `default-amount` if it is a tier there, else the middle tier. */
export function defaultAmountFor(config: AppealConfig, frequency: Frequency): number {
  const tiers = config.amounts[frequency];
  if (config.defaultAmount !== undefined && tiers.includes(config.defaultAmount)) return config.defaultAmount;
  // The upper of the two middle tiers for an even count: the common practice of anchoring a little high.
  return tiers[Math.floor(tiers.length / 2)]!;
}

/**
 * Rounds amounts to the decimals the currency shows (JPY 0, USD 2, BHD 3; 2 for a code Intl
 * does not know), with the rounding of `Intl.NumberFormat` that the labels get (1.005 → 1.01,
 * where `toFixed` says 1.00), so a tier's label and its link agree; NaN stays NaN.
 */
export function roundTo(currency: string): (amount: number) => number {
  // A well-formed code never throws (parseAttributes checks the form).
  const { maximumFractionDigits } = intl(Intl.NumberFormat, 'en', { style: 'currency', currency }).resolvedOptions();
  const format = intl(Intl.NumberFormat, 'en', { maximumFractionDigits, useGrouping: false });
  return (amount) => +format.format(amount);
}

/** A canonical BCP 47 tag, or undefined when the text is not one. */
export function canonicalLocale(tag: string): string | undefined {
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fills `{name}` in the site's heading and message and in the ticker's text with `value` (the
 * plugins' placeholders: `{articles}`, `{days-left}`); true when the heading or message has it,
 * so the plugin's own line about it is left out.
 */
export function fillIn(config: AppealConfig, ticker: TickerConfig | undefined, name: string, value: string): boolean {
  const own = [config.heading, config.message].some((text) => text?.includes(name));
  config.heading &&= config.heading.replaceAll(name, value);
  config.message &&= config.message.replaceAll(name, value);
  if (ticker?.text) ticker.text = ticker.text.replaceAll(name, value);
  return own;
}

/**
 * The form of `forms` for the number `n` in the language `lang` (its plural rules), else
 * `other`. Here, beside the readers, because the parts that need it (the history's and the
 * countdown's lines) share this module already: no file of its own to load.
 */
export const plural = (forms: Plural, n: number, lang: string): string => forms[intl(Intl.PluralRules, lang).select(n)] ?? forms.other;

/** Intl's formatters, one per kind, locale and options for the page (see `intl`). */
const formatters = new Map<string, unknown>();

/**
 * An Intl formatter (`Intl.NumberFormat`, `Intl.DateTimeFormat`, `Intl.PluralRules`), made once
 * per page for a locale and options and kept: the first of a page costs milliseconds, every
 * render needs several, and each made anew was memory for every appeal.
 */
export function intl<T>(Make: new (locale: string, options?: never) => T, locale: string, options?: object): T {
  const key = `${Make.name} ${locale} ${JSON.stringify(options)}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) formatters.set(key, (made = new Make(locale, options as never)));
  return made;
}
