/**
 * The metered gate (`variant="gate"`): the paywall half. The reader reads `free-articles`
 * articles in `articles-window-days` freely (a one-line notice counts them down); from the next
 * one, the element becomes a gate where the site placed it: what follows it inside its
 * container (`gate-content`, default its parent) is made `inert` and hidden, nothing removed,
 * and the gate shows the appeal with "Already a supporter? Sign in" (`sign-in-url`) and, with
 * `gate-passes`, "Not now". `support-appeal-gate` comes before the lock (a site that knows the
 * reader subscribes cancels it), `support-appeal-pass` with "Not now"; `unlock()` opens the
 * article for the page view, and a reader marked as a supporter of the campaign has no gate.
 *
 * The counting is the reading history's (features/history.ts): an article past the free ones
 * is not recorded, so one of the free ones read again stays open. Loaded on demand (../parts.ts)
 * only by gates, before their first render, so an article is never shown and then locked by
 * surprise. The lock is a constructed style sheet adopted by the page (no inline style: a
 * strict Content-Security-Policy allows it) and `inert`; content the page adds later behind the
 * gate is locked too, and everything is unlocked when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GateCopy } from '../copy.js';
import { checkTemplate, checkoutHref } from '../checkout-url.js';
import { intl, readers, type AppealConfig, type GateConfig, type Parsed, type RawAttributes, type Warning } from '../parse.js';
import { passesUsed, savePass } from '../storage.js';
import type { FeatureContext } from './feature.js';

const en: GateCopy = {
  gateHeading: 'Support us to keep reading',
  gateMessage: "You've read your free articles for now. Our journalism is funded by readers like you.",
  freeLeft: (left, free) => `Free articles left: ${left} of ${free}`,
  signInPrompt: 'Already a supporter?',
  signIn: 'Sign in',
  pass: 'Not now',
  passed: 'This article is open for this visit.',
};

const css = String.raw;
const styles = css`
  /* No Remind me later and no close button: a gate opens for a supporter, a pass or the page. */
  .gate > .remind:not(.sign-in),
  .gate > .close {
    display: none;
  }
  .gate .notice,
  .gate .status {
    margin: 0;
  }
  .gate .remind a {
    color: inherit;
  }
  .gate .remind button {
    margin-inline-start: 0.5em;
  }
`;

/** What locked content gets: the page's own sheet, for screens and print. */
const LOCKED = 'data-support-appeal-locked';
const LOCK_RULE = `[${LOCKED}]{display:none!important}`;

/** The lock's style sheet in each document (an iframe's too), made once, never removed. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

function adoptLockSheet(document: Document): void {
  if (sheets.has(document)) return;
  const Sheet = document.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
  const sheet = new Sheet();
  sheet.replaceSync(LOCK_RULE);
  sheets.set(document, sheet);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export type GateState = 'notice' | 'locked' | 'open' | 'passed';

export interface GateHost extends ReactiveControllerHost, HTMLElement {
  readonly preview: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The metered gate's attributes (`free-articles`, default 5; `gate-passes`, default 0;
 * `gate-content`; `sign-in-url`), as written; `parse` below checks them against the page.
 */
function parseGate(raw: RawAttributes): Parsed<GateConfig> {
  const warnings: Warning[] = [];
  const { warn, read, num } = readers(warnings);
  const whole = (attribute: string, value: unknown, fallback: number) =>
    num(attribute, value, (n) => Number.isInteger(n) && n <= 100, `expected a whole number from 0 to 100; using ${fallback}`) ?? fallback;
  let signIn = read('sign-in-url', raw.signInUrl) ?? undefined;
  const problem = signIn && checkTemplate(signIn);
  if (problem) {
    warn('sign-in-url', signIn!, problem);
    signIn = undefined;
  }
  return {
    config: {
      free: whole('free-articles', raw.freeArticles, 5),
      passes: whole('gate-passes', raw.gatePasses, 0),
      content: read('gate-content', raw.gateContent) ?? undefined,
      signIn,
    },
    warnings,
  };
}

/** The gate's attributes, checked against the page: `container`, what it locks (null: nothing). */
export interface CheckedGate extends GateConfig {
  container: Element | null;
  /** `sign-in-url` resolved against the page's base URL, when that is an allowed URL. */
  href: string | null;
}

/**
 * Parses the gate's attributes and checks them against the page `raw` (the appeal itself) is
 * in: `gate-content` names a container the gate is inside (no selector, or one that matches
 * nothing, falls back to the parent), `sign-in-url` resolves to an allowed URL, and, in
 * preview, the page says it is paywalled in its structured data.
 */
function parse(raw: RawAttributes): Parsed<CheckedGate> {
  const { config, warnings } = parseGate(raw);
  const host = raw as unknown as HTMLElement & { preview: boolean; alreadySupported: boolean };
  const document = host.ownerDocument;
  const warn = (attribute: string, value: string, reason: string) => warnings.push({ attribute, value, reason });
  // Anyone could press it: a gate opens for a supporter the site knows (Sign in, markSupported()).
  if (host.alreadySupported) warn('already-supported', '', 'a gate offers Sign in (sign-in-url) instead');
  let container: Element | null = host.parentElement;
  if (config.content) {
    let found: Element | null = null;
    try {
      found = document.querySelector(config.content);
      if (!found) warn('gate-content', config.content, 'it matches nothing; locking what follows the gate in its parent');
    } catch {
      warn('gate-content', config.content, 'it is not a CSS selector; locking what follows the gate in its parent');
    }
    if (found) container = found.contains(host) ? found : null;
    if (found && !container) warn('gate-content', config.content, 'the gate is not inside it; nothing is locked');
  }
  const values = { amount: 0, currency: '', frequency: '', campaign: '' };
  const href = config.signIn ? checkoutHref(config.signIn, values, document.baseURI) : null;
  if (config.signIn && !href) warn('sign-in-url', config.signIn, '#base');
  // Google asks paywalled pages to say so, so that the hidden content is not taken for cloaking
  // (looked for in preview only: the editor's view).
  const data = () => [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent).join('');
  if (host.preview && !data().includes('isAccessibleForFree'))
    warn(
      'variant',
      'gate',
      'the page has no structured data marking it as paywalled (isAccessibleForFree: false, hasPart.cssSelector); see the README',
    );
  return { config: { ...config, container, href }, warnings };
}

/**
 * The gate of one appeal: decides, once per page view, whether the article is open, counted
 * down or locked, and keeps the page's content locked while the gate is.
 */
export class Gate implements ReactiveController {
  /** What the appeal renders: the notice, the locked gate, nothing (open), or the pass's status. */
  state: GateState = 'notice';
  /** Passes left for this reader in the window (with `gate-passes`). */
  passesLeft = 0;
  /** Decided for this page view: the gate event has been sent, or the article opened. */
  private _decided = false;
  /** Locked by `preview` alone, undecided: the count decides again once preview is off. */
  private _previewed = false;
  private _locked = new Set<Element>();
  /** The elements that were inert before the lock: they stay so after it. */
  private _inert = new WeakSet<Element>();
  private _observer: MutationObserver | undefined;
  /** The container the lock holds, watched by `_observer`. */
  private _lockedIn: Element | undefined;
  /** The parsed attributes, with the gate's (`config.gate`) and the history's count (`config.history`): set for each update. */
  config!: AppealConfig;

  constructor(private readonly _host: GateHost) {
    _host.addController(this);
  }

  /** Decides (once per page view) and settles what the update renders. */
  hostUpdate(): void {
    const config = this.config;
    const gate = config.gate;
    const reading = config.history;
    const host = this._host;
    if (!gate || !reading || config.variant !== 'gate' || (host.hidden && (!host.preview || config.hide))) {
      // Not a gate, or hidden (a supporter of the campaign): nothing locked.
      if (this.state === 'locked') this.state = 'open';
      return;
    }
    // Read from storage only where there are passes to count.
    this.passesLeft = gate.passes && Math.max(0, gate.passes - passesUsed(config.campaign, reading.days, Date.now()));
    if (host.preview) {
      // Editors see the gate locked, whatever the count; nothing is sent.
      if (this.state === 'notice') [this.state, this._previewed] = ['locked', true];
      return;
    }
    if (this._previewed) [this.state, this._previewed] = ['notice', false];
    if (this._decided || !reading.over) return;
    this._decided = true;
    const detail = { campaign: config.campaign, articles: reading.articles, freeArticles: gate.free };
    this.state = this._emit('support-appeal-gate', detail) ? 'locked' : 'open';
  }

  /** Locks or unlocks the page's content to match the state just rendered. */
  hostUpdated(): void {
    if (this.state === 'locked' && this._host.isConnected) this._lock();
    else this._unlock();
  }

  hostDisconnected(): void {
    this._unlock();
  }

  /** `unlock()`: the article is open for this page view. */
  unlock(): void {
    this._decided = true;
    if (this.state !== 'notice') this.state = 'open';
    this._host.requestUpdate();
  }

  /** "Not now": announces the pass and, unless a listener cancels, uses it and opens the article. */
  async pass(): Promise<void> {
    const config = this.config;
    const detail = { campaign: config.campaign, articles: config.history?.articles, passesLeft: this.passesLeft - 1 };
    if (!this._emit('support-appeal-pass', detail)) return;
    savePass(config.campaign, Date.now());
    this.state = 'passed';
    this._host.requestUpdate();
    await this._host.updateComplete;
    // The button the reader pressed is gone: keep their place on the status that replaced it.
    this._host.renderRoot.querySelector<HTMLElement>('.status')?.focus();
  }

  /** The one-line notice while free articles are left, the pass's status, or nothing once open. */
  notice({ html, nothing, copy, locale }: FeatureContext) {
    if (this.state === 'open') return nothing;
    // Each string from the copy, or English where it has none (a site's partial translation).
    const strings = { ...en, ...copy } as GateCopy;
    const lang = copy.freeLeft ? locale : 'en';
    const number = (n: number) => intl(Intl.NumberFormat, lang).format(n);
    const { gate, history } = this.config;
    if (this.state === 'passed') return html`<p class="status" role="status" tabindex="-1">${strings.passed}</p>`;
    const free = gate!.free;
    const left = Math.max(0, free - (history?.articles ?? 0));
    return html`<p part="notice" class="notice" id="heading" lang=${lang}>${strings.freeLeft(number(left), number(free))}</p>`;
  }

  /** In place of Remind me later: "Already a supporter? Sign in", and "Not now" while passes are left. */
  footer({ html, nothing, copy }: FeatureContext) {
    const strings = { ...en, ...copy } as GateCopy;
    const { href } = this.config.gate as CheckedGate;
    const signIn = href ? html`${strings.signInPrompt} <a part="sign-in" href=${href}>${strings.signIn}</a>` : nothing;
    const pass =
      this.passesLeft > 0 && !this._host.preview
        ? html`<button part="pass" type="button" @click=${() => this.pass()}>${strings.pass}</button>`
        : nothing;
    return href || pass !== nothing ? html`<p class="remind sign-in">${signIn}${pass}</p>` : nothing;
  }

  private _emit(type: string, detail: object): boolean {
    return this._host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
  }

  /** Locks what follows the gate in its container, once: the observer keeps it locked while it lasts. */
  private _lock(): void {
    const host = this._host;
    const { container } = this.config.gate as CheckedGate;
    if (container === this._lockedIn) return;
    this._unlock();
    if (!container) return;
    adoptLockSheet(host.ownerDocument);
    const lockAfter = () => {
      for (let node: Element = host; node !== container && node.parentElement; node = node.parentElement) {
        for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
          if (this._locked.has(next)) continue;
          if ((next as HTMLElement).inert) this._inert.add(next);
          next.setAttribute(LOCKED, '');
          (next as HTMLElement).inert = true;
          this._locked.add(next);
        }
      }
    };
    lockAfter();
    // Content that arrives later behind the gate (a page still loading, an app's render) is locked too.
    this._observer = new MutationObserver(lockAfter);
    this._observer.observe(container, { childList: true, subtree: true });
    this._lockedIn = container;
  }

  private _unlock(): void {
    this._observer?.disconnect();
    this._observer = this._lockedIn = undefined;
    for (const element of this._locked) {
      element.removeAttribute(LOCKED);
      if (!this._inert.has(element)) (element as HTMLElement).inert = false;
    }
    this._locked.clear();
  }
}

/** The built-in heading and message of the gate, in the copy's language or English. */
function text(copy: FeatureContext['copy'], ask: string): { heading: string; message: string } {
  const strings = { ...en, ...copy } as GateCopy;
  return { heading: strings.gateHeading, message: `${strings.gateMessage} ${ask}` };
}

/** The part: the parser of its attributes, its styles, its built-in text, and the gate itself. */
export default { parse, styles, text, Gate };
export type GatePart = { parse: typeof parse; styles: typeof styles; text: typeof text; Gate: typeof Gate };
