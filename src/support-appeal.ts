import { html, isServer, nothing } from 'lit';
import { AppealAttributes } from './attributes.js';
import { checkoutHref } from './checkout-url.js';
import { copyFor, en, translations, type Copy, type Translated, type Translation } from './copy.js';
import { PartsController, appeals } from './controllers/parts.js';
import { HISTORY, SUPPORTED } from './paths.js';
import { SelectionController } from './controllers/selection.js';
import { SuppressionController } from './controllers/suppression.js';
import { ViewController } from './controllers/view.js';
import type { FeatureContext } from './features/feature.js';
import type { History } from './features/history.js';
import type { Supported } from './features/supported.js';
import { confirmation, directionOf, formatAmount } from './format.js';
import { details, emit } from './events.js';
import { hasOwnMessage } from './light-dom.js';
import { canonicalLocale, parseAttributes, type AppealConfig, type Parsed, type RawAttributes } from './parse.js';
import { loadPart, part } from './parts.js';
import { saveSuppression, type Suppression } from './storage.js';
import { styles } from './style-sheet.js';
import { amountTiers, checkoutControl, closeButton, frequencySwitch } from './templates.js';
import { printed, warn, warnOnce } from './warn.js';

/**
 * Whether this build can take over markup the server rendered. The npm package can (with Lit's
 * hydrate support); the script-tag files cannot (their Lit is their own, its internals renamed),
 * and their build sets `__HYDRATES__` to false, which leaves the server's view out of them.
 */
declare const __HYDRATES__: boolean | undefined;
const HYDRATES = typeof __HYDRATES__ !== 'boolean' || __HYDRATES__;

/**
 * A string of the copy, marked English where a site's translation of a language without built-in
 * copy left it English (copy.ts, `Translated`): each text under its own language.
 */
const marked = (copy: Translated, key: string, text: string) => (copy.english?.has(key) ? html`<span lang="en" dir="ltr">${text}</span>` : text);

/** Runs `task` with the reading history's part, loaded on demand for the static methods. */
const reading = <T>(task: (history: History) => T): Promise<T> => loadPart(HISTORY).then((history) => task(history as History));

/**
 * An appeal to readers to support the newsroom: a heading and message, a frequency switch,
 * amount tiers, a "Support us" link to the site's own checkout, and "Remind me later". Its
 * attributes, slots, parts, custom properties and events are documented on its base class
 * (attributes.ts).
 *
 * @summary A reader-revenue appeal for news sites.
 */
export class SupportAppeal extends AppealAttributes {
  static override styles = styles;

  private _config!: AppealConfig;
  private readonly _warn = warnOnce();
  /**
   * Rendering what the server rendered: on the server, and for the first update of an appeal
   * the server rendered, which hydrates the server's markup (English, no parts, no storage).
   */
  private _serverView: boolean = HYDRATES && isServer;
  private readonly _parts = new PartsController(this, styles, () => this, this._warn);
  private readonly _selection = new SelectionController(this);
  private readonly _suppression = new SuppressionController(this, () => this._configNow(), this._warn);

  private readonly _view = new ViewController(this, {
    config: () => this._config,
    shown: () => (this._suppression._reminded === undefined ? this._box() : null),
  });

  /** The current suppression: `null` when the appeal may show, or why and until when it is hidden. */
  get suppression(): Suppression | null {
    // An appeal waiting off-screen for its first render reads its storage now.
    if (!this.hasUpdated) this._suppression.hostUpdate();
    const suppression = this._suppression._suppression;
    return suppression ? { ...suppression } : null;
  }

  /** Loads what the update renders with first (see PartsController); the server's view loads nothing. */
  protected override async scheduleUpdate(): Promise<void> {
    // Hydrating the server's markup: known by its container (where constructed style sheets are
    // missing, Lit's own <style> elements are the first children of a root that holds no appeal yet).
    this._serverView ||= HYDRATES && !this.hasUpdated && !!this.shadowRoot?.querySelector('[part="container"]');
    if (!(HYDRATES && this._serverView)) {
      await this._view._frame();
      if (!this._view._far()) {
        this._parts._check();
        await this._parts._ready;
      }
    }
    await super.scheduleUpdate();
  }

  /**
   * Properties set on the element before its definition loaded are put back by Lit only in the
   * update itself. When they ask for more, the first render waits for it (an update follows once
   * it has loaded); a later one goes ahead, and the next completes it.
   */
  protected override shouldUpdate(): boolean {
    return (HYDRATES && this._serverView) || (!this._view._far() && this._parts._check()) || this.hasUpdated;
  }

  /**
   * Completes with the update that rendered what the appeal asked for, and any requested
   * meanwhile (a slot that changed), its warnings printed: one `await` is always enough.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.isUpdatePending || !this._parts._settled) {
      await this._parts._ready;
      done = await super.getUpdateComplete();
    }
    await printed;
    return done;
  }

  /**
   * Lit's shadow root (a server-rendered one, with Lit's hydrate support). In another document's
   * realm Lit's own adoption of the styles throws: the root is taken as it is, and PartsController
   * gives it the styles in the right realm.
   */
  protected override createRenderRoot(): ShadowRoot {
    try {
      return super.createRenderRoot() as ShadowRoot;
    } catch {
      return this.shadowRoot!;
    }
  }

  protected override willUpdate(): void {
    // Parsing is cheap, and repeated warnings are dropped: every update reads the attributes afresh.
    const config = (this._config = this._parse(parseAttributes));
    // The features' attributes are parsed by their parts, as they load (see PartsController).
    this._parts._more?.features(
      config,
      (parser) => this._parse(parser),
      {
        select: (value, announce) => this._selection._selectAmount(value, true, announce),
        submit: () => this.renderRoot.querySelector<HTMLElement>('.cta')?.click(),
        banner: () => (this.isConnected && this._config.variant === 'banner' ? this._box() : null),
        // Escape closes a dismissible banner, as its close button does; not once Remind me later's
        // confirmation shows: the snooze the reader was just promised stays.
        escape: () => this.dismissible && this._suppression._reminded === undefined && this._suppression._close(),
        thank: () => void this._onRemind(true),
      },
      this._parts._locale,
    );
    this._selection._sync(config, !!this._parts._more?.limits);
  }

  protected override updated(): void {
    if (!(HYDRATES && this._serverView)) return;
    // Hydrated: now the appeal as this reader gets it (language, parts, storage, the page).
    this._serverView = false;
    this.requestUpdate();
  }

  /**
   * The element moved into another document (an iframe's): it takes that document's styles
   * realm, language and base URL as if created there; its banner room and view watch moved with
   * it when it was disconnected and connected again.
   */
  adoptedCallback(): void {
    // The next update adopts the styles anew, in the new document's realm.
    if (this.renderRoot) (this.renderRoot as ShadowRoot).adoptedStyleSheets = [];
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Search results do not quote the ask (Google reads the mark on the host and on the appeal's <section>).
    this.toggleAttribute('data-nosnippet', true);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // The page setting `hidden` on an appeal that has hidden itself (reflecting its own, the
    // element sets the attribute where there was none): the hidden stays when the suppression ends.
    if (name === 'hidden' && old !== null && value !== null) this._suppression._pageHides();
    super.attributeChangedCallback(name, old, value);
  }

  private _onCheckout(event: Event): void {
    // With the Other tier selected, an amount the field does not hold shows its error instead.
    const ready = !this._selection._other || this._parts._more!.ready(this._context(copyFor(this._parts._locale)));
    if (!ready || !emit(this, 'support-appeal-checkout', { ...this._selection._choice, url: this._href() }, true)) {
      event.preventDefault();
      return;
    }
    // The link itself navigates (so modifier clicks and new tabs behave as links do); the appeal
    // stays on this page in case the reader comes back from a checkout tab.
    this._suppression._checkout();
  }

  /** A middle-click opens the link in a new tab without a click event: it is a checkout all the same. */
  private _onAuxCheckout(event: MouseEvent): void {
    if (event.button === 1) this._onCheckout(event);
  }

  /** Remind me later, or with `thanks` "I already support": the confirmation replaces the appeal. */
  private async _onRemind(thanks?: boolean): Promise<void> {
    const focused = this.shadowRoot!.activeElement !== null;
    if (!this._suppression._remind(thanks)) return;
    await this.updateComplete;
    // The button the reader pressed is gone; keep their place on the confirmation that replaced it.
    if (focused) this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
  }

  /** Hides the appeal for `days` (default `snooze-days`), as "Remind me later" does, without the event. */
  snooze(days?: number): void {
    this._suppression._apply('snooze', days);
  }

  /** Hides the appeal for `days` (default `dismiss-days`), as the close button does, without the event. */
  dismiss(days?: number): void {
    this._suppression._apply('dismiss', days);
  }

  /** Records that the reader has supported: hides the appeal for `days` (default `supported-days`). */
  markSupported(days?: number): void {
    this._suppression._apply('supported', days, 'markSupported');
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

  /**
   * How many articles the reader has read on this site in the last `days` days (default 30, up
   * to 365), as the reading history (`count-articles`) recorded them. A promise: the history's
   * code loads on demand (it rejects only when that fails).
   *
   * @example const read = await customElements.get('support-appeal').articlesRead(7);
   */
  static articlesRead(days?: number): Promise<number> {
    return reading((history) => history.count(days, warn));
  }

  /**
   * The reader's opt-out: forgets the reading history and the views counted for `max-views`, on
   * this site (snoozes, dismissals and supported marks stay). The appeals on the page keep what
   * they show, and this page view's article is not counted again. Resolves once it is done.
   */
  static forgetHistory(): Promise<void> {
    return reading((history) => history.forget());
  }

  /**
   * For appeals with `consent="required"`: the reader has consented, on this page view, to
   * their reading being recorded; the page's article counts now. Call it on every page view
   * where the consent holds (a consent platform reports it on each load).
   */
  static grantConsent(): Promise<void> {
    return reading((history) => history.consent(true));
  }

  /** Withdraws the consent `grantConsent()` gave, and forgets what was recorded (see `forgetHistory()`). */
  static revokeConsent(): Promise<void> {
    return reading((history) => history.consent(false));
  }

  /**
   * Registers a language's strings, or some of them, for every appeal on the page (those already
   * there update): under the names of the built-in tables (`heading`, `message`'s `intro` and
   * `ask`, the control labels under their parts' names: `cta`, `remind`, `close`, …; see
   * `Translation`). A language tag with a region (`pt-BR`) is used before its language's
   * (`pt`). What it leaves out comes from the language's built-in copy, or English. Calling it
   * again for a language adds to what it gave before. A bad tag or strings that are not an
   * object warn and are ignored.
   *
   * @example customElements.get('support-appeal').addTranslation('ro', { heading: 'Avem o mică rugăminte', cta: 'Susține-ne' });
   */
  static addTranslation(lang: string, strings: Translation): void {
    const tag = canonicalLocale(String(lang ?? '').trim())?.toLowerCase();
    if (!tag || !strings || typeof strings !== 'object') {
      warn({ attribute: 'addTranslation()', value: `${String(lang)}, ${String(strings)}`, reason: '#translation' });
      return;
    }
    translations.set(tag, { ...translations.get(tag), ...strings });
    appeals.forEach((appeal) => appeal.requestUpdate());
  }

  /** With `variant="gate"`: opens the article for this page view (the reader signed in, say). */
  unlock(): void {
    this._parts._more?.gate?.unlock();
  }

  /** Forgets everything stored for the campaign and shows the appeal again. */
  reset(): void {
    this._suppression._reset();
  }

  /** Runs a parser on the attributes and warns of what it could not use. */
  private _parse<T>(parser: (raw: RawAttributes) => Parsed<T>): T {
    const { config, warnings } = parser(this);
    warnings.forEach(this._warn);
    return config;
  }

  /** The parsed attributes; for a method called before the first update, parsed now. */
  private _configNow(): AppealConfig {
    return (this._config ??= parseAttributes(this).config);
  }

  /** The appeal's box while the reader can see it: not hidden, nor the server's view. */
  private _box(): Element | null {
    return (HYDRATES && this._serverView) || this.hidden ? null : this.renderRoot.querySelector('.appeal');
  }

  /**
   * The checkout link, resolved against the document's base URL and checked again there. No
   * link while the Other field holds no amount: the button then asks for one.
   */
  private _href(): string | null {
    const { checkoutUrl } = this._config;
    if (!checkoutUrl || !(this._selection._amount > 0)) return null;
    // The server knows no base URL: it links as the template is (a relative address stays relative).
    // `{test}` and `{test-variant}` from what the events carry.
    const href = checkoutHref(
      checkoutUrl,
      { ...details.get(this), ...this._selection._choice },
      HYDRATES && this._serverView ? undefined : this.ownerDocument.baseURI,
    );
    if (!href) this._warn({ attribute: 'checkout-url', value: checkoutUrl, reason: '#base' });
    return href;
  }

  /** What the features render with (see features/feature.ts): the appeal's Lit, locale and copy. */
  private _context(copy: Copy): FeatureContext {
    const { currency } = this._config;
    const { _locale: locale } = this._parts;
    return { html, nothing, locale, currency, copy, money: (amount) => formatAmount(amount, currency, locale) };
  }

  private _renderAppeal(copy: Translated, lang: string) {
    const server = HYDRATES && this._serverView;
    const config = this._config;
    const { _frequency: frequency, _amount: amount, _other: other } = this._selection;
    const context = this._context(copy);
    const { money } = context;
    const tiers = config.amounts[frequency];
    const ask = copy.ask(frequency, money(tiers[0]!));
    const cta = checkoutControl(this._href(), config.checkoutTarget, marked(copy, 'cta', copy.cta), this._onCheckout, this._onAuxCheckout);
    // What the features add (features/extend.ts): the ticker, the Other field, the compact
    // ask's layout, the gate, their parts' own built-in text (the banner has none), and the
    // plugins' lines above the heading ("You've read 12 articles …", "3 days left") and
    // controls after Remind me later ("I already support"). The server's view has none: a part
    // another appeal loaded would not match its markup.
    const {
      ticker,
      field,
      compact,
      gate,
      text: builtIn,
      lines,
      controls,
    } = (!server && this._parts._more?.view(context, config.variant, copy, ask, other)) || {
      lines: [],
      controls: [],
    };
    // The gate: a notice while free articles are left.
    if (gate && gate.state !== 'locked') return gate.notice(context);
    const close = this.dismissible ? closeButton(copy.close, () => this._suppression._close()) : nothing;
    // The server sees no light DOM: it renders the built-in message, which the client replaces.
    // The space between the intro and the ask is a value: the build's template minifier drops
    // a space at the end of a template.
    const text = html`${lines}<h2 part="heading" id="heading"><slot name="heading">${config.heading ? this._own(config.heading, lang) : (builtIn?.heading ?? marked(copy, 'heading', copy.heading))}</slot></h2>
      <div part="message" class="message">
        <slot @slotchange=${() => this.requestUpdate()}></slot>${
          !server && hasOwnMessage(this)
            ? nothing
            : config.message
              ? this._own(config.message, lang)
              : (builtIn?.message ?? html`${config.variant === 'banner' ? '' : [marked(copy, 'intro', copy.intro), ' ']}${marked(copy, 'ask', ask)}`)
        }
      </div>`;
    // The compact ask has nothing but the text and the button; the close button beside the
    // support button, after it in focus order too.
    if (compact) return compact(html, text, html`${cta}${controls}`, close);

    return html`
      ${close}${text}
      ${ticker}
      ${frequencySwitch(
        copy.frequencyGroup,
        config.frequencies,
        (f) => marked(copy, 'frequencies', copy.frequencies[f]),
        frequency,
        (f) => this._selection._selectFrequency(f),
      )}
      ${amountTiers(copy.amountGroup, tiers, money, other ? NaN : amount, (tier) => this._selection._selectAmount(tier), field)}
      ${cta}
      <div class="payment-methods"><slot name="payment-methods"></slot></div>
      <p class="remind">
        ${marked(copy, 'remindPrompt', copy.remindPrompt)} <button part="remind" type="button" @click=${() => this._onRemind()}>${marked(copy, 'remind', copy.remind)}</button>${controls}
      </p>
      ${gate ? gate.footer(context) : nothing}
    `;
  }

  /** The site's own text, in the language asked for, inside copy that may be the English fallback. */
  private _own(text: string, lang: string) {
    const { _locale: locale } = this._parts;
    return lang === locale ? text : html`<span lang=${locale} dir=${directionOf(locale)}>${text}</span>`;
  }

  protected override render() {
    // A hidden appeal still hydrates what the server rendered (the host's `hidden` hides it).
    const server = HYDRATES && this._serverView;
    if (this.hidden && !server) return nothing;
    const { _locale: locale } = this._parts;
    const copy = server ? en : copyFor(locale);
    // The language of the built-in copy shown: the asked locale's, or the English fallback.
    const lang = copy === en && !/^en\b/i.test(locale) ? 'en' : locale;
    const reminded = this._suppression._reminded;
    // Remind me later's confirmation, or "I already support"'s thank-you.
    const status =
      reminded === undefined
        ? nothing
        : reminded === true
          ? part<Supported>(SUPPORTED)!.thanks({ copy })
          : marked(copy, 'reminded', confirmation(copy, reminded, locale, Date.now()));
    return html`<section
      data-nosnippet
      part="container"
      class="appeal ${this._config.variant} ${this._config.theme}"
      lang=${lang}
      dir=${directionOf(lang)}
      aria-labelledby=${reminded === undefined ? 'heading' : nothing}
      aria-label=${reminded === undefined ? nothing : copy.heading}
    >
      ${reminded === undefined ? this._renderAppeal(copy, lang) : nothing}
      <p class="status" role="status" tabindex="-1">${status}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'support-appeal': SupportAppeal;
  }
}
