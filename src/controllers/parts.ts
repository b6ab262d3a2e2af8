/**
 * The reader's language and the parts of the appeal that load on demand (each language's copy
 * but English, the optional features): what the host asks for is loaded before it renders, so
 * there is no English first and no appeal that grows once a feature arrives. What fails to load
 * is left out, with a warning naming the attribute that asked for it.
 */
import { isServer, type CSSResult, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadCopy, translations } from '../copy.js';
import type { Extend, Extension } from '../features/extend.js';
import type { GateHost } from '../features/gate.js';
import { canonicalLocale, type Warning } from '../parse.js';
import { details } from '../events.js';
import { loadPart, part } from '../parts.js';
import { AMOUNT, CAP, EXTEND, HISTORY, SCHEDULE, SUPPORTED, TESTS, THEME, TICKER } from '../paths.js';

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
  /** The parts the last `_check()` asked for: those the features use. */
  private _paths = new Set<string>();
  /**
   * What the features need of the appeal (features/extend.ts), made once its part has loaded:
   * with the first feature the appeal asked for, or in another document's realm. It keeps what
   * they made of the attributes, for the element to render.
   */
  _more: Extension | undefined;

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
    // With any feature, what they need of the appeal; in another document's realm, its style sheets.
    const realm = this._host.ownerDocument.defaultView?.CSSStyleSheet !== CSSStyleSheet;
    if (asked.length || realm) asked.push([EXTEND, ...((asked[0]?.slice(1) ?? ['variant', '']) as [string, unknown])]);
    // A site's first translation of a language may need its part: the count of them is in the key.
    const key = `${this._locale} ${asked.map(([path]) => path).join()} ${translations.size}`;
    if (key === this._asked) return this._settled;
    this._asked = key;
    this._paths = new Set(asked.map(([path]) => path));
    this._settled = false;
    const loads: Promise<unknown>[] = [];
    const copy = loadCopy(this._locale);
    if (copy) loads.push(copy.catch(() => this._warn({ attribute: 'locale', value: this._locale, reason: '#copy' })));
    for (const [path, attribute, value] of asked) {
      // A part that fails warns, naming the attribute that asked for it; the reason's code is its
      // path. What the features share (the last) warns after them: a feature that failed too is
      // the one its attribute's warning names.
      const warn = () => this._warn({ attribute, value: String(value), reason: `#${path}` });
      const before = [...loads];
      loads.push(loadPart(path).catch(path === EXTEND ? () => Promise.all(before).then(warn) : warn));
    }
    const ready: Promise<unknown> = (this._ready = Promise.all(loads).then(() => {
      const more = this._part<Extend>(EXTEND);
      this._more ??=
        more &&
        new more.Extension({
          host: this._host as PartsHost & GateHost,
          styles: this._styles,
          part: (path) => this._part(path),
          loaded: part,
          details: (detail) => details.set(this._host, detail),
        });
      if (this._ready === ready) this._settled = true;
      this._host.requestUpdate();
    }));
    return false;
  }

  /** A part the last `_check()` asked for, once it has loaded. */
  private _part<T>(path: string): T | undefined {
    return this._paths.has(path) ? part<T>(path) : undefined;
  }

  hostConnected(): void {
    appeals.add(this._host);
  }

  hostDisconnected(): void {
    appeals.delete(this._host);
  }

  /** The features' style sheets, and the appeal's own in another document's realm. */
  hostUpdate(): void {
    if (!isServer) this._more?.adopt();
  }
}
