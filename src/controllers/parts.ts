/**
 * The reader's language and the parts of the appeal that load on demand (each language's copy
 * but English, the optional features): what the host asks for is loaded before it renders, so
 * there is no English first and no appeal that grows once a feature arrives. What fails to load
 * is left out, with a warning naming the attribute that asked for it.
 */
import { isServer, type CSSResult, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadCopy, translations } from '../copy.js';
import type { Banner, BannerOptions, BannerRoom } from '../features/banner.js';
import type { CapPart } from '../features/cap.js';
import type { Compact } from '../features/compact.js';
import type { Plugin, PluginOptions, PluginState } from '../features/feature.js';
import type { Gate, GateHost, GatePart } from '../features/gate.js';
import type { AmountField, AmountOptions, CustomAmount } from '../features/custom-amount.js';
import type { Ticker } from '../features/ticker.js';
import { canonicalLocale, type AmountLimits, type AppealConfig, type Parsed, type RawAttributes, type TickerConfig, type Warning } from '../parse.js';
import { details } from '../events.js';
import { loadPart, part } from '../parts.js';

export const TICKER = 'features/ticker';
export const AMOUNT = 'features/custom-amount';
export const BANNER = 'features/banner';
export const COMPACT = 'features/compact';
export const CAP = 'features/cap';
export const HISTORY = 'features/history';
export const GATE = 'features/gate';
export const SCHEDULE = 'features/schedule';
export const SUPPORTED = 'features/supported';
export const TESTS = 'features/tests';
const THEME = 'features/theme';
/** The features that plug in the same way (features/feature.ts), in the order they apply: the first that waits decides. */
const PLUGINS = [TESTS, SCHEDULE, HISTORY, SUPPORTED];
/** In the order their style sheets follow the appeal's own. */
const FEATURES = [THEME, BANNER, COMPACT, GATE, HISTORY, SCHEDULE, TICKER, AMOUNT, SUPPORTED];

/** The host's own properties that decide what to load, as the page set them. */
export interface Wanted {
  locale: unknown;
  variant: unknown;
  theme: unknown;
  goal: unknown;
  raised: unknown;
  goalSrc: unknown;
  customAmount: boolean;
  maxViews: unknown;
  viewsWindowDays: unknown;
  countArticles: boolean;
  minArticles: unknown;
  starts: unknown;
  ends: unknown;
  alreadySupported: boolean;
  test: unknown;
}

/** Whether the host counts the article in the reading history: `count-articles`, or `min-articles` or the gate, which imply it. */
const reads = ({ countArticles, minArticles }: Wanted, layout: string) => countArticles || minArticles != null || layout === 'gate';

export interface PartsHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The appeals on the page (of this copy of the code), for `SupportAppeal.addTranslation()` to update. */
export const appeals = new Set<PartsHost>();

/** The features' style sheets in this realm, made once for every appeal of the page. */
const sheets = new Map<string, CSSStyleSheet>();

/** The nearest valid `lang` up the tree (across shadow roots), the document's, then the browser's. */
function inheritedLocale(element: Element): string {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    // By nodeType, not instanceof: a node of another document's realm is an element too.
    const lang = node.nodeType === 1 ? canonicalLocale((node as Element).getAttribute('lang') ?? '') : undefined;
    if (lang) return lang;
  }
  return canonicalLocale(navigator.language) ?? 'en';
}

export class PartsController implements ReactiveController {
  /** The locale resolved by the last `_check()`: `locale`, else the nearest `lang`. */
  _locale = 'en';
  /** Settles (never rejects) once what the last `_check()` asked for has loaded or failed. */
  _ready: Promise<unknown> = Promise.resolve();
  /** Whether everything the last `_check()` asked for has loaded or failed. */
  _settled = true;
  /** What `ready` loads, as a key. */
  private _asked = '';
  /** The parts the last `_check()` asked for: those the features below use. */
  private _paths = new Set<string>();
  // What the loaded features made of the attributes (see `features`), for the element to render.
  /** The ticker's figures (with `goal` and `raised`). */
  _ticker: TickerConfig | undefined;
  /** The Other field's bounds (with `custom-amount`). */
  _limits: AmountLimits | undefined;
  /** The Other field (with `custom-amount`), made once. */
  _field: AmountField | undefined;
  /** The banner's room on the page (with `variant="banner"`), made once. */
  _room: BannerRoom | undefined;
  /** The metered gate (with `variant="gate"`), made once. */
  _gate: Gate | undefined;
  /** The plugins of this update, each with what it made of it. */
  _plugins: [Plugin, PluginState][] = [];

  constructor(
    private readonly _host: PartsHost,
    private readonly _styles: CSSResult,
    private readonly _wanted: () => Wanted,
    private readonly _warn: (warning: Warning) => void,
  ) {
    _host.addController(this);
  }

  /**
   * Resolves the locale and starts loading what the host asks for now; true when all of it is
   * already there (or has failed). The host updates again once a new load settles.
   */
  _check(): boolean {
    const wanted = this._wanted();
    const { locale, variant, theme, goal, raised, goalSrc, customAmount, maxViews, viewsWindowDays, starts, ends, alreadySupported, test } = wanted;
    this._locale = canonicalLocale(String(locale ?? '').trim()) ?? inheritedLocale(this._host);
    // As parse.ts reads it. A compact ask has no ticker and no Other field to load.
    const layout = String(variant ?? '')
      .trim()
      .toLowerCase();
    const full = layout !== 'compact';
    // Each part asked for, with the attribute (and its value) that a failure to load is reported
    // under; a part whose value is false or unset is not asked for.
    const asked = (
      [
        // The banner, the compact ask and the gate: their styles are a part of their own.
        [`features/${layout}`, 'variant', /^(banner|compact|gate)$/.test(layout) && variant],
        [TICKER, goalSrc == null ? 'goal' : 'goal-src', full && (goal ?? raised ?? goalSrc)],
        [AMOUNT, 'custom-amount', full && customAmount && ''],
        [CAP, 'max-views', maxViews ?? viewsWindowDays],
        [HISTORY, 'count-articles', reads(wanted, layout) && ''],
        // The dark colours, for `dark` and `auto`, as parse.ts reads them.
        [THEME, 'theme', /^\s*(dark|auto)\s*$/i.test(String(theme)) && theme],
        [SCHEDULE, starts == null ? 'ends' : 'starts', starts ?? ends],
        // A gate has Sign in instead (its part says so).
        [SUPPORTED, 'already-supported', alreadySupported && layout !== 'gate' && ''],
        // A/B tests, and the editors' flags in the page's address (?support-appeal=preview).
        [TESTS, 'test', test ?? (/[?&]support-appeal/.test(String(globalThis.location?.search)) ? '' : null)],
      ] as [string, string, unknown][]
    ).filter(([, , value]) => value != null && value !== false);
    // A site's first translation of a language may need its part: the count of them is in the key.
    const key = `${this._locale} ${asked.map(([path]) => path).join()} ${translations.size}`;
    if (key === this._asked) return this._settled;
    this._asked = key;
    this._paths = new Set(asked.map(([path]) => path));
    this._settled = false;
    const ready: Promise<unknown> = (this._ready = Promise.all([
      loadCopy(this._locale)?.catch(() => this._warn({ attribute: 'locale', value: this._locale, reason: '#copy' })),
      // A part that fails warns, naming the attribute that asked for it; the reason's code is its path.
      ...asked.map(([path, attribute, value]) => loadPart(path).catch(() => this._warn({ attribute, value: String(value), reason: `#${path}` }))),
    ]).then(() => {
      if (this._ready === ready) this._settled = true;
      this._host.requestUpdate();
    }));
    return false;
  }

  /** A part the last `_check()` asked for, once it has loaded. */
  private _part<T>(path: string): T | undefined {
    return this._paths.has(path) ? part<T>(path) : undefined;
  }

  /**
   * Runs the loaded features' parsers on the attributes for this update (`parse` warns of what
   * they could not use; `config.cap` is the cap's, `config.history` the reading history's, with
   * the count), and makes the Other field and the banner's
   * room once, with `callbacks`, what they tell the appeal. A compact ask has no ticker and no
   * Other field, and says so once.
   */
  _features(
    config: AppealConfig,
    parse: <T>(parser: (raw: RawAttributes) => Parsed<T>) => T,
    callbacks: AmountOptions & BannerOptions & Pick<PluginOptions, 'thank'>,
  ): void {
    const compact = this._part<Compact>(COMPACT);
    if (compact) parse(compact.parse);
    const ticker = this._part<Ticker>(TICKER);
    this._ticker = ticker && parse(ticker.parse);
    const amount = this._part<CustomAmount>(AMOUNT);
    this._limits = amount && parse(amount.parse);
    const cap = this._part<CapPart>(CAP);
    config.cap = cap && parse(cap.parse);
    const gate = this._part<GatePart>(GATE);
    config.gate = gate && parse(gate.parse);
    const options = { ...callbacks, ticker: this._ticker, locale: this._locale };
    this._plugins = PLUGINS.flatMap((path) => {
      const plugin = this._part<Plugin>(path);
      return plugin ? [[plugin, plugin.apply(this._host, parse, config, options)]] : [];
    });
    config.wait = this._plugins.find(([, state]) => state.wait)?.[1].wait;
    config.hide = this._plugins.some(([, state]) => state.hide);
    if ((this._gate ??= gate && new gate.Gate(this._host as PartsHost & GateHost))) this._gate.config = config;
    // Every event's detail carries what the plugins add (the history's count).
    details.set(this._host, Object.assign({}, ...this._plugins.map(([, state]) => state.detail ?? {})) as object);
    this._field ??= amount && new amount.AmountField(this._host, callbacks);
    const Room = this._part<Banner>(BANNER)?.BannerRoom;
    this._room ??= Room && new Room(this._host, callbacks);
  }

  hostConnected(): void {
    appeals.add(this._host);
  }

  hostDisconnected(): void {
    appeals.delete(this._host);
  }

  /**
   * Gives the shadow root the appeal's style sheet and those of the features loaded so far. A
   * constructed sheet works only in the document of the realm that made it, so in another
   * document (an iframe's) the sheets are made anew in that one's.
   */
  hostUpdate(): void {
    if (isServer) return;
    const root = this._host.renderRoot as ShadowRoot;
    const features = FEATURES.flatMap((path) => part<{ styles: string }>(path)?.styles ?? []);
    if (root.adoptedStyleSheets.length === features.length + 1) return;
    const Sheet = this._host.ownerDocument.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const here = Sheet === CSSStyleSheet;
    const sheet = (text: string) => {
      let made = here ? sheets.get(text) : undefined;
      if (!made) {
        made = new Sheet();
        made.replaceSync(text);
        if (here) sheets.set(text, made);
      }
      return made;
    };
    const own = this._styles.styleSheet!;
    root.adoptedStyleSheets = [here ? own : sheet([...own.cssRules].map((rule) => rule.cssText).join('')), ...features.map(sheet)];
  }
}
