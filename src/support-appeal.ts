import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { checkoutHref } from './checkout-url.js';
import { copyFor, en, loadCopy, type Copy } from './copy.js';
import type { AmountContext, CustomAmount } from './features/custom-amount.js';
import type { FeatureStyles } from './features/feature.js';
import type { Ticker } from './features/ticker.js';
import { emit } from './events.js';
import { directionOf, formatAmount, formatUntil } from './format.js';
import {
  canonicalLocale,
  defaultAmountFor,
  parseAttributes,
  parseDecimal,
  type AppealConfig,
  type Frequency,
  type Warning,
} from './parse.js';
import {
  DAY,
  clearSuppression,
  loadCap,
  loadSuppression,
  saveSuppression,
  saveView,
  isKept,
  persists,
  watchSuppression,
  type Limit,
  type Suppression,
} from './storage.js';
import { loadPart, part } from './parts.js';
import { reserveRoom } from './room.js';
import { watchView } from './view.js';
import { styles } from './styles.js';

const TICKER = 'features/ticker';
const AMOUNT = 'features/custom-amount';

const warn = ({ attribute, value, reason }: Warning) =>
  console.warn(`<support-appeal>: ignored ${attribute}=${JSON.stringify(value)}: ${reason}.`);

/**
 * Keeps something running while `on` holds: starts it once and returns its stop function; once
 * `on` ends, stops it and returns undefined.
 */
const hold = (on: boolean, stop: (() => void) | undefined, start?: () => () => void) => {
  if (on) return stop ?? start!();
  stop?.();
  return undefined;
};

/**
 * An appeal to readers to support the newsroom: a heading and message, a frequency switch,
 * amount tiers, a "Support us" link to the site's own checkout, and "Remind me later".
 *
 * @summary A reader-revenue appeal for news sites.
 *
 * @slot heading - Rich HTML for the heading; replaces `heading` and the built-in heading.
 * @slot - Rich HTML for the message; replaces `message` and the built-in message.
 * @slot payment-methods - Logos of the payment methods the site accepts, under the support button.
 *
 * @csspart container - The box around the whole appeal.
 * @csspart heading - The heading.
 * @csspart message - The message.
 * @csspart frequencies - The group of frequency buttons (absent when one frequency is offered).
 * @csspart tiers - The group of amount buttons.
 * @csspart progress - The goal ticker: its text and bar (with `goal` and `raised`).
 * @csspart tier - Each amount button, the Other tier included.
 * @csspart custom-amount - The field for the reader's own amount (with `custom-amount`).
 * @csspart cta - The support link (or button, without a usable `checkout-url`).
 * @csspart remind - The "Remind me later" button.
 * @csspart close - The close button (with `dismissible`).
 *
 * @cssprop --support-appeal-accent - Accent colour: the top rule, selected tier, support button, focus ring.
 * @cssprop --support-appeal-accent-text - Text on the accent colour.
 * @cssprop --support-appeal-background - Background of the appeal.
 * @cssprop --support-appeal-text - Text colour of the appeal.
 * @cssprop --support-appeal-font-family - Font; inherits the page's by default.
 * @cssprop --support-appeal-radius - Corner radius of the box, tiers and button.
 *
 * @fires {SupportAppealShowDetail} support-appeal-show - The appeal became visible (on a prerendered page, once the reader is shown it). Detail: `campaign`, `variant`.
 * @fires {SupportAppealViewDetail} support-appeal-view - At least half of the appeal stayed in the viewport for one continuous second (the IAB viewability rule); once per page view. Detail: `campaign`.
 * @fires {SupportAppealSelectDetail} support-appeal-select - The reader picked an amount or frequency. Detail: `campaign`, `amount`, `currency`, `frequency`.
 * @fires {SupportAppealCheckoutDetail} support-appeal-checkout - The reader pressed the support button. Cancelable: the default action navigates to `url` and suppresses the appeal for `checkout-days`. Detail: `campaign`, `amount`, `currency`, `frequency`, `url`.
 * @fires {SupportAppealSnoozeDetail} support-appeal-snooze - The reader chose "Remind me later". Cancelable: the default action stores the snooze and shows the confirmation. Detail: `campaign`, `until`, `stored` (false when storage cannot keep it beyond this page).
 * @fires {SupportAppealDismissDetail} support-appeal-dismiss - The reader closed the appeal. Cancelable: the default action stores the dismissal and hides the appeal. Detail: `campaign`, `until`, `stored`.
 */
export class SupportAppeal extends LitElement {
  static override styles = styles;

  // Every attribute is kept raw and checked by parse.ts in willUpdate, so no value can throw.
  static override properties = {
    campaign: {},
    variant: {},
    theme: {},
    heading: {},
    message: {},
    amounts: {},
    amountsOneTime: { attribute: 'amounts-one-time' },
    amountsMonthly: { attribute: 'amounts-monthly' },
    amountsAnnual: { attribute: 'amounts-annual' },
    defaultAmount: { attribute: 'default-amount' },
    frequencies: {},
    frequency: {},
    currency: {},
    locale: {},
    checkoutUrl: { attribute: 'checkout-url' },
    checkoutTarget: { attribute: 'checkout-target' },
    snoozeDays: { attribute: 'snooze-days' },
    dismissible: { type: Boolean },
    dismissDays: { attribute: 'dismiss-days' },
    checkoutDays: { attribute: 'checkout-days' },
    supportedDays: { attribute: 'supported-days' },
    maxViews: { attribute: 'max-views' },
    viewsWindowDays: { attribute: 'views-window-days' },
    goal: {},
    raised: {},
    goalText: { attribute: 'goal-text' },
    customAmount: { attribute: 'custom-amount', type: Boolean },
    minAmount: { attribute: 'min-amount' },
    maxAmount: { attribute: 'max-amount' },
    preview: { type: Boolean },
    // Observed, so that a page removing a `hidden` it set brings the appeal back.
    hidden: { type: Boolean, reflect: true },
    _frequency: { state: true },
    _amount: { state: true },
    _other: { state: true },
    _suppression: { state: true },
    _stay: { state: true },
    _remindedUntil: { state: true },
  };

  /** Id of this appeal; namespaces what is stored and every event. Default `default`. */
  declare campaign: string | undefined;
  /** `inline` (in the article flow) or `banner`. Default `inline`. */
  declare variant: string | undefined;
  /** `light`, `dark`, or `auto` (follows the reader's `prefers-color-scheme`). Default `light`. */
  declare theme: string | undefined;
  /** Heading text; the `heading` slot takes rich HTML instead. Default: built-in copy. */
  declare heading: string | undefined;
  /** Message text; the default slot takes rich HTML instead. Default: built-in copy. */
  declare message: string | undefined;
  /** Comma-separated positive amounts in `currency` units. Default `2,5,10`. */
  declare amounts: string | number[] | undefined;
  /** Amounts for one-time gifts. Default: `amounts`. */
  declare amountsOneTime: string | number[] | undefined;
  /** Amounts for monthly gifts. Default: `amounts`. */
  declare amountsMonthly: string | number[] | undefined;
  /** Amounts for annual gifts. Default: `amounts`. */
  declare amountsAnnual: string | number[] | undefined;
  /** The preselected amount, when it is one of the tiers. Default: the middle tier. */
  declare defaultAmount: string | number | undefined;
  /** Offered frequencies, in order: any of `one-time,monthly,annual`. One value hides the switch. */
  declare frequencies: string | undefined;
  /** The preselected frequency. Default `monthly` (or the first offered). */
  declare frequency: string | undefined;
  /** ISO 4217 currency code. Default `USD`. */
  declare currency: string | undefined;
  /** Language and number format. Default: the nearest `lang`, the document's, then the browser's. */
  declare locale: string | undefined;
  /** Checkout URL template with `{amount}` `{currency}` `{frequency}` `{campaign}`; https:, http: or relative. */
  declare checkoutUrl: string | undefined;
  /** `_self` or `_blank`. Default `_self`. */
  declare checkoutTarget: string | undefined;
  /** Days that "Remind me later" hides the appeal; fractions allowed. Default `7`. */
  declare snoozeDays: string | number | undefined;
  /** Shows a close button that hides the appeal for `dismiss-days`. */
  declare dismissible: boolean;
  /** Days the close button hides the appeal. Default `30`. */
  declare dismissDays: string | number | undefined;
  /** Days the appeal stays hidden after the reader went to checkout. Default `1`. */
  declare checkoutDays: string | number | undefined;
  /** Days `markSupported()` hides the appeal. Default `365`. */
  declare supportedDays: string | number | undefined;
  /** Frequency cap: once the reader has seen the appeal this many times within `views-window-days`, it stays hidden until the oldest view ages out. Whole number, 1 to 1000. Default: no cap. */
  declare maxViews: string | number | undefined;
  /** Days of the frequency cap's window. Default `30`. */
  declare viewsWindowDays: string | number | undefined;
  /** The campaign's goal, in `currency` units: with `raised`, shows the goal ticker. */
  declare goal: string | number | undefined;
  /** How much the campaign has raised so far, in `currency` units (see `goal`). */
  declare raised: string | number | undefined;
  /** The ticker's text in place of the built-in one; `{raised}` and `{goal}` are filled in, formatted. */
  declare goalText: string | undefined;
  /** Adds an "Other" tier with a field for the reader's own amount. */
  declare customAmount: boolean;
  /** The smallest amount the Other field accepts. Default `1`. */
  declare minAmount: string | number | undefined;
  /** The largest amount the Other field accepts. Default `100000`. */
  declare maxAmount: string | number | undefined;
  /** Ignores everything stored and the frequency cap, so editors and demos always see the appeal. */
  declare preview: boolean;

  declare private _frequency: Frequency;
  /** The selected amount; NaN while the Other field holds none. */
  declare private _amount: number;
  /** The Other tier is selected (with `custom-amount`). */
  declare private _other: boolean;
  /** What is stored for the campaign, whether or not `preview` overrides it. */
  declare private _suppression: Suppression | null;
  /** The reader acted on this page (checkout, Remind me later): keep showing despite the suppression. */
  declare private _stay: boolean;
  /**
   * Set right after Remind me later: show the confirmation instead of the appeal, with the date
   * the snooze ends, or null when storage could not keep it beyond this page.
   */
  declare private _remindedUntil: number | null | undefined;

  private _config!: AppealConfig;
  private _locale = 'en';
  /** What the pending update has loaded (see `_needs`). */
  private _asked = '';
  /** An update found more to load than it waited for, and asked for another (see `shouldUpdate`). */
  private _again = false;
  private _warned = new Set<string>();
  private _unwatch: (() => void) | undefined;
  private _showing = false;
  private _hidesHost = false;
  /** Gives back the room a showing banner took at the bottom of the page. */
  private _release: (() => void) | undefined;
  /** Stops watching for the reader's view; set while the appeal shows and has not been seen. */
  private _unview: (() => void) | undefined;
  /** support-appeal-view has fired: once per page view. */
  private _viewed = false;
  /**
   * Rendering what the server rendered (see `_serverView`): on the server, and for the first
   * update of an appeal the server rendered, which hydrates the server's markup.
   */
  private _serverView = isServer;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this._onKeydown(event));
    this.dismissible = false;
    this.customAmount = false;
    this.preview = false;
    this._other = false;
    this.hidden = false;
    this._suppression = null;
    this._stay = false;
  }

  /** The current suppression: `null` when the appeal may show, or why and until when it is hidden. */
  get suppression(): Suppression | null {
    return this._suppression ? { ...this._suppression } : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // On first connection willUpdate does this, once the campaign is known. On a later one,
    // catch up with whatever changed in storage while the element was out of the page.
    if (this.hasUpdated) {
      this._watch();
      this._load(false);
      this._syncHidden();
      // A banner takes its room at the bottom of the page again (updated() does it).
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unwatch?.();
    this._unwatch = undefined;
    this._release = hold(false, this._release);
    this._unview = hold(false, this._unview);
  }

  /**
   * Resolves the locale for the update, and first loads what is not bundled: the built-in copy
   * of another language, the features the attributes ask for. No English first, no appeal that
   * grows once a feature arrives. What fails to load is left out, with a warning.
   */
  protected override async scheduleUpdate(): Promise<void> {
    // Hydrating the server's markup: the first render must be the server's, nothing loaded.
    // (By its container: where constructed style sheets are missing, Lit's own <style>
    // elements are the first children of a root that holds no appeal yet.)
    this._serverView ||= !this.hasUpdated && !!this.shadowRoot?.querySelector('[part="container"]');
    if (this._serverView) {
      super.scheduleUpdate();
      return;
    }
    this._asked = this._needs();
    const locale = this._locale;
    const wait = (loading: Promise<unknown> | false | undefined, attribute: string, value: unknown, reason: string) =>
      loading && loading.catch(() => this._warn({ attribute, value: String(value), reason }));
    try {
      await Promise.all([
        wait(loadCopy(locale), 'locale', locale, 'its built-in copy did not load; showing English'),
        wait(this._ticks() && loadPart(TICKER), 'goal', this.goal, 'the ticker did not load'),
        wait(this.customAmount && loadPart(AMOUNT), 'custom-amount', '', 'the Other field did not load'),
      ]);
      this._adoptStyles();
    } finally {
      // Whatever failed on the way, the appeal renders with what it has.
      super.scheduleUpdate();
    }
  }

  /**
   * Lit's shadow root (a server-rendered one, with Lit's hydrate support), whose styles
   * `_adoptStyles` then sets in the right realm: in another document's realm Lit's own adoption
   * throws, and the root is taken as it is.
   */
  protected override createRenderRoot(): ShadowRoot {
    try {
      return super.createRenderRoot() as ShadowRoot;
    } catch {
      return this.shadowRoot!;
    }
  }

  /**
   * Gives the shadow root the appeal's style sheet and those of the features loaded so far,
   * when it lacks one. A constructed sheet works only in the document of the realm that made
   * it, so in another document (an iframe's) the sheets are made anew in that one's.
   */
  private _adoptStyles(): void {
    const root = this.renderRoot as ShadowRoot;
    const sheets = [styles, ...[TICKER, AMOUNT].map((path) => part<{ styles: FeatureStyles }>(path)?.styles)].flatMap((result) => result?.styleSheet ?? []);
    const Sheet = this.ownerDocument.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    if (root.adoptedStyleSheets.length === sheets.length) return;
    root.adoptedStyleSheets = sheets.map((sheet) => {
      if (Sheet === CSSStyleSheet) return sheet;
      const copy = new Sheet();
      copy.replaceSync([...sheet.cssRules].map((rule) => rule.cssText).join(''));
      return copy;
    });
  }

  /**
   * Resolves the locale; returns what the update needs loaded: that locale's copy, and the
   * features the properties ask for.
   */
  private _needs(): string {
    this._locale = canonicalLocale(String(this.locale ?? '').trim()) ?? this._inheritedLocale();
    return `${this._locale} ${this._ticks()} ${this.customAmount}`;
  }

  /**
   * Properties set on the element before its definition loaded are put back by Lit only now,
   * after scheduleUpdate looked for what to load. When they ask for more, the first render waits
   * for another update that loads it (and `updateComplete` for that one); a later render goes
   * ahead, and the next update completes it.
   */
  protected override shouldUpdate(): boolean {
    if (this._serverView || this._needs() === this._asked) return true;
    this._again = true;
    queueMicrotask(() => {
      this._again = false;
      this.requestUpdate();
    });
    return this.hasUpdated;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this._again || this.isUpdatePending ? this.getUpdateComplete() : done;
  }

  /** Whether the attributes ask for the goal ticker. */
  private _ticks(): boolean {
    return (this.goal ?? this.raised) != null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    const previous = this._config;
    // Parsing is cheap, and repeated warnings are dropped: every update reads the attributes afresh.
    const { config, warnings } = parseAttributes(this);
    warnings.forEach((w) => this._warn(w));
    this._config = config;
    if (first || previous.campaign !== config.campaign) {
      if (this.isConnected) this._watch();
      this._load();
    }
    if (first || changed.has('frequency') || changed.has('frequencies') || !config.frequencies.includes(this._frequency)) {
      this._frequency = config.frequency;
    }
    const tiers = config.amounts[this._frequency];
    this._other &&= this.customAmount;
    if (first || changed.has('defaultAmount') || !(this._other || tiers.includes(this._amount))) {
      this._amount = defaultAmountFor(config, this._frequency);
      this._other = false;
    }
    this._syncHidden();
  }

  protected override updated(): void {
    if (this._serverView) {
      // Hydrated: now the appeal as this reader gets it (language, parts, storage, the page).
      this._serverView = false;
      this.requestUpdate();
      return;
    }
    // A page prerendered by speculation rules is not yet seen: the appeal shows (and its view
    // starts) once the reader is shown the page.
    const page = this.ownerDocument as Document & { prerendering?: boolean };
    if (page.prerendering) page.addEventListener('prerenderingchange', () => this.requestUpdate(), { once: true });
    const showing = !this.hidden && this._remindedUntil === undefined && !page.prerendering;
    if (showing && !this._showing) {
      emit(this, 'support-appeal-show', { campaign: this._config.campaign, variant: this._config.variant });
    }
    this._showing = showing;
    const box = this.shadowRoot!.querySelector('.appeal')!;
    // The banner's room on the page, and the watch for the reader's view until it has been seen.
    this._release = hold(!this.hidden && this._config.variant === 'banner' && this.isConnected, this._release, () => reserveRoom(box));
    this._unview = hold(showing && this.isConnected && !this._viewed, this._unview, () =>
      watchView(box, () => {
        const { campaign, cap } = this._config;
        this._viewed = true;
        // Each view counts toward the cap, except an editor's in preview.
        if (cap && !this.preview) saveView(campaign, cap, Date.now());
        emit(this, 'support-appeal-view', { campaign });
      }),
    );
  }

  /**
   * The element moved into another document (an iframe's): it takes that document's styles
   * realm, language and base URL as if created there. Its banner room and view watch moved
   * with it when it was disconnected and connected again.
   */
  adoptedCallback(): void {
    // The next update adopts the styles anew, in the new document's realm.
    if (this.renderRoot) (this.renderRoot as ShadowRoot).adoptedStyleSheets = [];
    this.requestUpdate();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // The page setting `hidden` on an appeal that has hidden itself: the hidden is the page's
    // from now on, and stays when the suppression ends. (Reflecting its own hidden, the element
    // sets the attribute where there was none.)
    if (name === 'hidden' && old !== null && value !== null) this._hidesHost = false;
    super.attributeChangedCallback(name, old, value);
  }

  /**
   * Escape closes a dismissible banner while focus is in it, as its close button does; not
   * once Remind me later's confirmation shows: the snooze the reader was just promised stays.
   */
  private _onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.dismissible && this._config.variant === 'banner' && this._remindedUntil === undefined) this._onClose();
  }

  /**
   * A banner taller than its room scrolls inside itself: the control that receives focus is
   * scrolled into its view (WebKit and Firefox leave it hidden below), never behind its edge.
   */
  private _onFocusIn(event: FocusEvent): void {
    const box = event.currentTarget as HTMLElement;
    const { top, bottom } = (event.target as Element).getBoundingClientRect();
    const edge = box.getBoundingClientRect();
    box.scrollTop += Math.min(0, top - edge.top) || Math.max(0, bottom - edge.bottom);
  }

  private _warn(warning: Warning): void {
    const key = `${warning.attribute}\u0000${warning.value}`;
    if (this._warned.has(key)) return;
    this._warned.add(key);
    warn(warning);
  }

  /** The nearest valid `lang` up the tree (across shadow roots), the document's, then the browser's. */
  private _inheritedLocale(): string {
    for (let node: Node | null = this; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      // By nodeType, not instanceof: a node of another document's realm is an element too.
      const lang = node.nodeType === 1 ? canonicalLocale((node as Element).getAttribute('lang') ?? '') : undefined;
      if (lang) return lang;
    }
    return canonicalLocale(navigator.language) ?? 'en';
  }

  private _watch(): void {
    this._unwatch?.();
    this._unwatch = watchSuppression(this._config.campaign, () => {
      const before = this._suppression;
      this._load(false);
      const after = this._suppression;
      // Another appeal or tab snoozed, dismissed or reset: that replaces what the reader did here.
      if (before?.reason !== after?.reason || before?.until !== after?.until) this._settle();
    });
  }

  /**
   * Reads the campaign's suppression. The frequency cap is checked when the appeal first loads
   * (`cap`); later reads only keep a cap already in force, so a view counted on this page or
   * in another tab never hides an appeal the reader is looking at.
   */
  private _load(cap = true): void {
    const { campaign, cap: limit } = this._config;
    const now = Date.now();
    cap ||= this._suppression?.reason === 'cap';
    this._suppression = loadSuppression(campaign, this._config, now) ?? (cap && limit ? loadCap(campaign, limit, now) : null);
  }

  /** Forgets what the reader did on this page and shows or hides the appeal as stored. */
  private _settle(): void {
    this._stay = false;
    this._remindedUntil = undefined;
    this._syncHidden();
  }

  /** Reflects the suppression on `hidden`, without taking over a `hidden` the page set itself. */
  private _syncHidden(): void {
    const hide = !!this._suppression && !this.preview && !this._stay;
    if (hide && !this.hidden) {
      this.hidden = true;
      this._hidesHost = true;
    } else if (!hide && this._hidesHost) {
      this.hidden = false;
      this._hidesHost = false;
    }
  }

  private _choice() {
    return { campaign: this._config.campaign, amount: this._amount, currency: this._config.currency, frequency: this._frequency };
  }

  /**
   * The checkout link, resolved against the document's base URL and checked again there. No
   * link while the Other field holds no amount: the button then asks for one.
   */
  private _href(): string | null {
    const { checkoutUrl } = this._config;
    if (!checkoutUrl || !(this._amount > 0)) return null;
    // The server knows no base URL: it links as the template is (a relative address stays relative).
    const href = checkoutHref(checkoutUrl, this._choice(), this._serverView ? undefined : this.ownerDocument.baseURI);
    if (!href) this._warn({ attribute: 'checkout-url', value: checkoutUrl, reason: "the page's base URL makes it no https: or http: address" });
    return href;
  }

  /** What the features get to render with (see features/feature.ts). */
  private _context(copy: Copy): AmountContext {
    const { currency } = this._config;
    return {
      host: this,
      locale: this._locale,
      currency,
      copy,
      money: (amount) => formatAmount(amount, currency, this._locale),
      decimal: parseDecimal,
      warn: (warning) => this._warn(warning),
      selected: this._other,
      select: (amount, announce) => this._selectAmount(amount, true, announce),
    };
  }

  private _selectFrequency(frequency: Frequency): void {
    if (frequency === this._frequency) return;
    this._frequency = frequency;
    // Keep the reader's amount when the new frequency offers it too, or it is their own.
    if (!this._other && !this._config.amounts[frequency].includes(this._amount)) this._amount = defaultAmountFor(this._config, frequency);
    emit(this, 'support-appeal-select', this._choice());
  }

  /** Selects a tier, or the Other tier's amount (`other`); announces it when it changed, unless told. */
  private _selectAmount(amount: number, other = false, announce = amount !== this._amount || other !== this._other): void {
    this._amount = amount;
    this._other = other;
    if (announce) emit(this, 'support-appeal-select', this._choice());
  }

  private _onCheckout(event: Event): void {
    // With the Other tier selected, an amount the field does not hold shows its error instead.
    if (this._other && !part<CustomAmount>(AMOUNT)!.ready(this._context(copyFor(this._locale)))) {
      event.preventDefault();
      return;
    }
    if (!emit(this, 'support-appeal-checkout', { ...this._choice(), url: this._href() }, true)) {
      event.preventDefault();
      return;
    }
    // The link itself navigates (so modifier clicks and new tabs behave as links do); the appeal
    // stays on this page in case the reader comes back from a checkout tab.
    this._stay = true;
    this._suppression = saveSuppression(this._config.campaign, 'checkout', this._config.checkoutDays, Date.now());
  }

  /** A middle-click opens the link in a new tab without a click event: it is a checkout all the same. */
  private _onAuxCheckout(event: MouseEvent): void {
    if (event.button === 1) this._onCheckout(event);
  }

  /**
   * Announces a snooze or dismissal the reader asked for and stores it, unless a listener
   * cancels; returns what was stored, or null.
   */
  private _readerSuppresses(
    type: 'support-appeal-snooze' | 'support-appeal-dismiss',
    reason: 'snooze' | 'dismiss',
    days: number,
  ): Suppression | null {
    const now = Date.now();
    if (!emit(this, type, { campaign: this._config.campaign, until: now + days * DAY, stored: persists() }, true)) return null;
    return (this._suppression = saveSuppression(this._config.campaign, reason, days, now));
  }

  private async _onRemind(): Promise<void> {
    const focused = this.shadowRoot!.activeElement !== null;
    const snoozed = this._readerSuppresses('support-appeal-snooze', 'snooze', this._config.snoozeDays);
    if (!snoozed) return;
    this._stay = true;
    // Promise a date only when storage kept it.
    this._remindedUntil = isKept(this._config.campaign) ? snoozed.until : null;
    await this.updateComplete;
    // The button the reader pressed is gone; keep their place on the confirmation that replaced it.
    if (focused) this.shadowRoot!.querySelector<HTMLElement>('.status')?.focus();
  }

  private _onClose(): void {
    if (this._readerSuppresses('support-appeal-dismiss', 'dismiss', this._config.dismissDays)) this._settle();
  }

  /** Stores a suppression asked for by the page, and hides the appeal now. */
  private _apply(reason: Limit, days: number): void {
    this._suppression = saveSuppression(this._config.campaign, reason, days, Date.now());
    this._settle();
  }

  /** Checks a `days` argument: the attribute's value when omitted; the attribute is also the ceiling. */
  private _days(method: string, reason: Limit, days: unknown): number {
    this._config ??= parseAttributes(this).config;
    const limit = this._config[`${reason}Days`];
    if (days === undefined) return limit;
    if (typeof days !== 'number' || !(days >= 0 && days <= limit)) {
      this._warn({ attribute: `${method}()`, value: String(days), reason: `expected 0 to ${limit} days (${reason}-days); using ${limit}` });
      return limit;
    }
    return days;
  }

  /** Hides the appeal for `days` (default `snooze-days`), as "Remind me later" does, without the event. */
  snooze(days?: number): void {
    this._apply('snooze', this._days('snooze', 'snooze', days));
  }

  /** Hides the appeal for `days` (default `dismiss-days`), as the close button does, without the event. */
  dismiss(days?: number): void {
    this._apply('dismiss', this._days('dismiss', 'dismiss', days));
  }

  /** Records that the reader has supported: hides the appeal for `days` (default `supported-days`). */
  markSupported(days?: number): void {
    this._apply('supported', this._days('markSupported', 'supported', days));
  }

  /**
   * For a thank-you page with no appeal on it: records that the reader has supported
   * `campaign` (default `default`), which hides its appeals on this site for `days` (default
   * 365, at most 3650), in open tabs too. Bad arguments warn and fall back to the defaults.
   *
   * @example customElements.get('support-appeal').markSupported('spring-2026');
   */
  static markSupported(campaign?: string, days?: number): void {
    const { config, warnings } = parseAttributes({ campaign, supportedDays: days });
    warnings.forEach(warn);
    saveSuppression(config.campaign, 'supported', config.supportedDays, Date.now());
  }

  /** Forgets everything stored for the campaign and shows the appeal again. */
  reset(): void {
    this._config ??= parseAttributes(this).config;
    clearSuppression(this._config.campaign);
    this._suppression = null;
    this._settle();
  }

  private _renderAppeal(copy: Copy, lang: string) {
    const config = this._config;
    const context = this._context(copy);
    const { money } = context;
    const ticker = this._ticks() && part<Ticker>(TICKER);
    const amount = this.customAmount && part<CustomAmount>(AMOUNT);
    const tiers = config.amounts[this._frequency];
    const href = this._href();
    const cta = href
      ? html`<a
          part="cta"
          class="cta"
          href=${href}
          target=${config.checkoutTarget}
          rel=${config.checkoutTarget === '_blank' ? 'noopener noreferrer' : nothing}
          @click=${this._onCheckout}
          @auxclick=${this._onAuxCheckout}
          >${copy.cta}</a
        >`
      : html`<button part="cta" class="cta" type="button" @click=${this._onCheckout}>${copy.cta}</button>`;

    return html`
      ${this.dismissible
        ? html`<button part="close" class="close" type="button" aria-label=${copy.close} @click=${this._onClose}>
            <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2" /></svg>
          </button>`
        : nothing}
      <h2 part="heading" id="heading"><slot name="heading">${config.heading ? this._own(config.heading, lang) : copy.heading}</slot></h2>
      <div part="message" class="message">
        <slot @slotchange=${() => this.requestUpdate()}></slot>${this._hasMessageSlot()
          ? nothing
          : config.message
            ? this._own(config.message, lang)
            : (config.variant === 'banner' ? '' : `${copy.intro} `) + copy.ask(this._frequency, money(tiers[0]!))}
      </div>
      ${ticker ? ticker.render(context) : nothing}
      ${config.frequencies.length > 1
        ? html`<div part="frequencies" class="frequencies" role="group" aria-label=${copy.frequencyGroup}>
            ${config.frequencies.map(
              (f) =>
                html`<button type="button" aria-pressed=${f === this._frequency} @click=${() => this._selectFrequency(f)}>
                  ${copy.frequencies[f]}
                </button>`,
            )}
          </div>`
        : nothing}
      <div part="tiers" class="tiers" role="group" aria-label=${copy.amountGroup}>
        ${tiers.map(
          (tier) =>
            html`<button part="tier" class="tier" type="button" aria-pressed=${!this._other && tier === this._amount} @click=${() => this._selectAmount(tier)}>
              ${money(tier)}
            </button>`,
        )}${amount ? amount.render(context) : nothing}
      </div>
      ${cta}
      <div class="payment-methods"><slot name="payment-methods"></slot></div>
      <p class="remind">
        ${copy.remindPrompt} <button part="remind" type="button" @click=${this._onRemind}>${copy.remind}</button>
      </p>
    `;
  }

  /** Whether the page put message content in the default slot (whitespace does not count). */
  private _hasMessageSlot(): boolean {
    // By nodeType, not instanceof: a node of another document's realm is an element too.
    // The server sees no light DOM: it renders the built-in message, which the client replaces.
    return !this._serverView && [...this.childNodes].some((node) =>
      node.nodeType === 1 ? !(node as Element).hasAttribute('slot') : node.nodeType === 3 /* text */ && !!node.textContent!.trim(),
    );
  }

  /** The site's own text, in the language asked for, inside copy that may be the English fallback. */
  private _own(text: string, lang: string) {
    return lang === this._locale ? text : html`<span lang=${this._locale} dir=${directionOf(this._locale)}>${text}</span>`;
  }

  /** Remind me later's confirmation: its date (a date such as "8 Dec." keeps its one full stop), or for this page only. */
  private _confirmation(copy: Copy, until: number | null): string {
    if (until === null) return copy.remindedHere;
    const date = formatUntil(until, this._locale, Date.now());
    const text = copy.reminded(date);
    return date.endsWith('.') ? text.replace(`${date}.`, date) : text;
  }

  protected override render() {
    // A hidden appeal still hydrates what the server rendered (the host's `hidden` hides it).
    if (this.hidden && !this._serverView) return nothing;
    const copy = this._serverView ? en : copyFor(this._locale);
    // The language of the built-in copy shown: the asked locale's, or the English fallback.
    const lang = copy === en && !/^en\b/i.test(this._locale) ? 'en' : this._locale;
    const reminded = this._remindedUntil;
    return html`<section
      part="container"
      class="appeal ${this._config.variant} ${this._config.theme}"
      lang=${lang}
      dir=${directionOf(lang)}
      aria-labelledby=${reminded === undefined ? 'heading' : nothing}
      aria-label=${reminded === undefined ? nothing : copy.heading}
      @focusin=${this._onFocusIn}
    >
      ${reminded === undefined ? this._renderAppeal(copy, lang) : nothing}
      <p class="status" role="status" tabindex="-1">${reminded === undefined ? nothing : this._confirmation(copy, reminded)}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'support-appeal': SupportAppeal;
  }
}
