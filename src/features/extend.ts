/**
 * What the optional features ask of the appeal, loaded with the first of them (and for an
 * appeal in another document's realm, for its style sheets): running their parsers and plugins
 * on each update, making their objects once, giving the shadow root their style sheets, and the
 * pieces they add to the template. An appeal without them, as the seed page's inline appeal
 * is, never loads it: the script-tag files hold only what that appeal needs.
 *
 * Like every part, it is built apart from the appeal, so it imports no module of the appeal's
 * that holds state: the parts loaded so far, and where the events' details are kept, come in
 * through `ExtendHost`.
 */
import type { CSSResult } from 'lit';
import type { Translated } from '../copy.js';
import type { AmountLimits, AppealConfig, Parsed, RawAttributes, TickerConfig, Variant } from '../parse.js';
import { AMOUNT, BANNER, CAP, COMPACT, GATE, HISTORY, SCHEDULE, SUPPORTED, TESTS, THEME, TICKER } from '../paths.js';
import type { Banner, BannerOptions, BannerRoom } from './banner.js';
import type { CapPart } from './cap.js';
import type { Compact } from './compact.js';
import type { AmountField, AmountOptions, CustomAmount } from './custom-amount.js';
import type { FeatureContext, Plugin, PluginOptions, PluginState } from './feature.js';
import type { Gate, GateHost, GatePart } from './gate.js';
import type { Ticker } from './ticker.js';

/** The features that plug in the same way (features/feature.ts), in the order they apply: the first that waits decides. */
const PLUGINS = [TESTS, SCHEDULE, HISTORY, SUPPORTED];
/** In the order their style sheets follow the appeal's own. */
const FEATURES = [THEME, BANNER, COMPACT, GATE, HISTORY, SCHEDULE, TICKER, AMOUNT, SUPPORTED];

/** The style sheets in this realm, made once for every appeal of the page. */
const sheets = new Map<string, CSSStyleSheet>();

/** What the extension is given by the parts controller: the appeal, and what it holds for all appeals. */
export interface ExtendHost {
  host: GateHost;
  /** The appeal's own style sheet. */
  styles: CSSResult;
  /** A part the appeal asked for in this update, once it has loaded. */
  part<T>(path: string): T | undefined;
  /** A part once it has loaded, whoever asked for it. */
  loaded<T>(path: string): T | undefined;
  /** Sets what every event of the appeal carries besides its own detail. */
  details(detail: object): void;
}

/** What the features add to one render of the appeal (each empty without its feature). */
export interface ExtendView {
  /** The goal ticker, after the message. */
  ticker?: unknown;
  /** The Other tier and its field, after the tiers. */
  field?: unknown;
  /** The compact ask's layout, in place of the inline one. */
  compact?: Compact['layout'] | false | undefined;
  /** The metered gate. */
  gate?: Gate | false | undefined;
  /** The heading and message a variant's part has for its built-in copy. */
  text?: { heading?: string; message?: string } | undefined;
  /** The plugins' lines above the heading, and their controls after Remind me later. */
  lines: unknown[];
  controls: unknown[];
}

export class Extension {
  /** The ticker's figures (with `goal` and `raised`). */
  ticker: TickerConfig | undefined;
  /** The Other field's bounds (with `custom-amount`). */
  limits: AmountLimits | undefined;
  /** The Other field (with `custom-amount`), made once. */
  field: AmountField | undefined;
  /** The banner's room on the page (with `variant="banner"`), made once. */
  room: BannerRoom | undefined;
  /** The metered gate (with `variant="gate"`), made once. */
  gate: Gate | undefined;
  /** The plugins of this update, each with what it made of it. */
  plugins: [Plugin, PluginState][] = [];

  constructor(private readonly _with: ExtendHost) {}

  /**
   * Runs the loaded features' parsers on the attributes for this update (`parse` warns of what
   * they could not use; `config.cap` is the cap's, `config.gate` the gate's), then the plugins
   * (`config.wait`, `config.hide`, what the events carry), and makes the Other field, the gate
   * and the banner's room once, with `callbacks`, what they tell the appeal.
   */
  features(
    config: AppealConfig,
    parse: <T>(parser: (raw: RawAttributes) => Parsed<T>) => T,
    callbacks: AmountOptions & BannerOptions & Pick<PluginOptions, 'thank'>,
    locale: string,
  ): void {
    const { host, part, details } = this._with;
    const compact = part<Compact>(COMPACT);
    if (compact) parse(compact.parse);
    const ticker = part<Ticker>(TICKER);
    this.ticker = ticker && parse(ticker.parse);
    const amount = part<CustomAmount>(AMOUNT);
    this.limits = amount && parse(amount.parse);
    const cap = part<CapPart>(CAP);
    config.cap = cap && parse(cap.parse);
    const gate = part<GatePart>(GATE);
    config.gate = gate && parse(gate.parse);
    const options = { ...callbacks, ticker: this.ticker, locale };
    this.plugins = PLUGINS.flatMap((path) => {
      const plugin = part<Plugin>(path);
      return plugin ? [[plugin, plugin.apply(host, parse, config, options)]] : [];
    });
    config.wait = this.plugins.find(([, state]) => state.wait)?.[1].wait;
    config.hide = this.plugins.some(([, state]) => state.hide);
    if ((this.gate ??= gate && new gate.Gate(host))) this.gate.config = config;
    // Every event's detail carries what the plugins add (the history's count, the test).
    details(Object.assign({}, ...this.plugins.map(([, state]) => state.detail ?? {})) as object);
    this.field ??= amount && new amount.AmountField(host, callbacks);
    const Room = part<Banner>(BANNER)?.BannerRoom;
    this.room ??= Room && new Room(host, callbacks);
  }

  /** What the features add to this render: `context` is the appeal's, `other` whether the Other tier is selected. */
  view(context: FeatureContext, variant: Variant, copy: Translated, ask: string, other: boolean): ExtendView {
    const { part } = this._with;
    const { ticker, limits, field, plugins } = this;
    const figures = ticker && part<Ticker>(TICKER);
    return {
      ticker: figures && figures.render(context, ticker),
      field: limits && field?.render({ ...context, selected: other, limits }),
      compact: variant === 'compact' && part<Compact>(COMPACT)?.layout,
      gate: variant === 'gate' && this.gate,
      text: part<Partial<GatePart>>(`features/${variant}`)?.text?.(copy, ask),
      lines: plugins.map(([plugin, state]) => plugin.line?.(context, state)),
      controls: plugins.map(([plugin, state]) => plugin.control?.(context, state)),
    };
  }

  /** With the Other tier selected: whether its field holds an amount to check out with (else it shows why). */
  ready(context: FeatureContext): boolean {
    return this.field!.ready({ ...context, selected: true, limits: this.limits! });
  }

  /**
   * Gives the shadow root the appeal's style sheet and those of the features loaded so far. A
   * constructed sheet works only in the document of the realm that made it, so in another
   * document (an iframe's) the sheets are made anew in that one's.
   */
  adopt(): void {
    const { host, styles, loaded } = this._with;
    const root = host.renderRoot as ShadowRoot;
    const features = FEATURES.flatMap((path) => loaded<{ styles: string }>(path)?.styles ?? []);
    if (root.adoptedStyleSheets.length === features.length + 1) return;
    const Sheet = host.ownerDocument.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
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
    const own = styles.styleSheet!;
    root.adoptedStyleSheets = [here ? own : sheet([...own.cssRules].map((rule) => rule.cssText).join('')), ...features.map(sheet)];
  }
}

export default { Extension };
export type Extend = { Extension: typeof Extension };
