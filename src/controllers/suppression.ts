/**
 * Whether the appeal is suppressed, and why: what is stored for the campaign (snooze, dismissal,
 * checkout, supported, the frequency cap), the reading history's `min-articles`, changes from other appeals and tabs, the host's
 * `hidden`, and the reader's and the page's requests (Remind me later, close, `snooze()`,
 * `dismiss()`, `markSupported()`, `reset()`). Storage itself is storage.ts's; nothing here runs
 * on the server (Lit's server rendering skips `hostUpdate`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import type { CapPart } from '../features/cap.js';
import type { AppealConfig, Warning } from '../parse.js';
import { part } from '../parts.js';
import {
  DAY,
  clearSuppression,
  isKept,
  loadSuppression,
  persists,
  saveSuppression,
  watchSuppression,
  type Limit,
  type Suppression,
} from '../storage.js';
import { CAP } from '../paths.js';

export interface SuppressionHost extends ReactiveControllerHost, HTMLElement {
  /** Shows the appeal whatever is stored. */
  readonly preview: boolean;
}

export class SuppressionController implements ReactiveController {
  /** What is stored for the campaign, whether or not `preview` overrides it. */
  _suppression: Suppression | null = null;
  /**
   * Set right after Remind me later: the confirmation shows instead of the appeal, with the date
   * the snooze ends, or null when storage could not keep it beyond this page; `true` right after
   * "I already support", for the thank-you.
   */
  _reminded: number | null | true | undefined;
  /** The reader acted on this page (checkout, Remind me later): keep showing despite the suppression. */
  private _stay = false;
  /** The host's `hidden` is this controller's, not the page's. */
  private _hidesHost = false;
  /** The campaign loaded and watched; undefined before the first update. */
  private _campaign: string | undefined;
  private _unwatch: (() => void) | undefined;

  constructor(
    private readonly _host: SuppressionHost,
    private readonly _config: () => AppealConfig,
    private readonly _warn: (warning: Warning) => void,
  ) {
    _host.addController(this);
  }

  /** Connected again: catch up with whatever changed in storage while the appeal was out of the page. */
  hostConnected(): void {
    if (this._campaign === undefined) return;
    this._watch();
    this._load(false);
    this._sync();
  }

  hostDisconnected(): void {
    this._unwatch?.();
    this._unwatch = undefined;
  }

  hostUpdate(): void {
    const { campaign } = this._config();
    if (campaign !== this._campaign) {
      this._campaign = campaign;
      if (this._host.isConnected) this._watch();
      this._load();
    }
    this._sync();
  }

  /** The reader went to checkout: suppressed for `checkout-days`, still shown on this page. */
  _checkout(): void {
    this._stay = true;
    this._save('checkout', this._config().checkoutDays);
  }

  /**
   * Remind me later: announces the snooze and, unless a listener cancels, stores it and confirms.
   * With `thanks`, "I already support": the same for the supported mark, with the thank-you.
   */
  _remind(thanks?: boolean): boolean {
    const { campaign, snoozeDays, supportedDays } = this._config();
    const snoozed = thanks
      ? this._reader('support-appeal-supported', 'supported', supportedDays)
      : this._reader('support-appeal-snooze', 'snooze', snoozeDays);
    if (!snoozed) return false;
    this._stay = true;
    // Promise a date only when storage kept it.
    this._reminded = thanks || (isKept(campaign) ? snoozed.until : null);
    this._host.requestUpdate();
    return true;
  }

  /** The close button: announces the dismissal and, unless a listener cancels, stores it and hides. */
  _close(): void {
    if (this._reader('support-appeal-dismiss', 'dismiss', this._config().dismissDays)) this._settle();
  }

  /**
   * A suppression the page asked for with `method` (named as `reason` unless told), stored and
   * in force now. `days` defaults to the attribute's value, which is also the ceiling; anything
   * else warns and uses it.
   */
  _apply(reason: Limit, days: unknown, method: string = reason): void {
    const limit = this._config()[`${reason}Days`];
    if (days !== undefined && (typeof days !== 'number' || !(days >= 0 && days <= limit))) {
      this._warn({ attribute: `${method}()`, value: String(days), reason: `#limit ${reason} ${limit}` });
      days = undefined;
    }
    this._save(reason, (days as number | undefined) ?? limit);
    this._settle();
  }

  /** Forgets everything stored for the campaign and shows the appeal again. */
  _reset(): void {
    clearSuppression(this._config().campaign);
    this._suppression = null;
    this._settle();
  }

  /** The page set `hidden` on an appeal that had hidden itself: it is the page's from now on. */
  _pageHides(): void {
    this._hidesHost = false;
  }

  private _save(reason: Limit, days: number, now = Date.now()): Suppression {
    this._host.requestUpdate();
    return (this._suppression = saveSuppression(this._config().campaign, reason, days, now));
  }

  /** Announces a snooze or dismissal the reader asked for and stores it, unless a listener cancels. */
  private _reader(
    type: 'support-appeal-snooze' | 'support-appeal-dismiss' | 'support-appeal-supported',
    reason: Limit,
    days: number,
  ): Suppression | null {
    const now = Date.now();
    const detail = { campaign: this._config().campaign, until: now + days * DAY, stored: persists() };
    return emit(this._host, type, detail, true) ? this._save(reason, days, now) : null;
  }

  private _watch(): void {
    this._unwatch?.();
    this._unwatch = watchSuppression(this._campaign!, () => {
      const before = this._suppression;
      this._load(false);
      const after = this._suppression;
      // Another appeal or tab snoozed, dismissed or reset: that replaces what the reader did here.
      if (before?.reason !== after?.reason || before?.until !== after?.until) this._settle();
    });
  }

  /**
   * Reads the campaign's suppression. The frequency cap is checked when the appeal first loads
   * (`cap`); later reads only keep a cap already in force, so a view counted on this page or in
   * another tab never hides an appeal the reader is looking at.
   */
  private _load(cap = true): void {
    const config = this._config();
    const now = Date.now();
    cap ||= this._suppression?.reason === 'cap';
    // A cap is there once its part has loaded and parsed it (the element's config).
    this._suppression =
      loadSuppression(config.campaign, config, now) ?? (cap && config.cap ? part<CapPart>(CAP)!.load(config.campaign, config.cap, now) : null);
  }

  /** Forgets what the reader did on this page and shows or hides the appeal as stored. */
  private _settle(): void {
    this._stay = false;
    this._reminded = undefined;
    this._sync();
    this._host.requestUpdate();
  }

  /**
   * Reflects the suppression on `hidden`, without taking over a `hidden` the page set itself.
   * Outside its dates, and below `min-articles` (both decided afresh each update), the appeal
   * waits, when nothing stored hides it: it shows once the time comes, or in the page view that
   * reaches the count.
   */
  private _sync(): void {
    const host = this._host;
    const { wait, variant, hide: hidden } = this._config();
    if (!this._suppression || /^(articles|schedule)$/.test(this._suppression.reason)) this._suppression = wait ?? null;
    // A gate opens only for a supporter: it has no Remind me later, and no cap; it keeps its dates.
    // A test's variant this reader does not get is hidden whatever else holds, preview included.
    const hide =
      hidden ||
      (!!this._suppression && !host.preview && !this._stay && (variant !== 'gate' || /^(supported|schedule)$/.test(this._suppression.reason)));
    if (hide && !host.hidden) {
      host.hidden = true;
      this._hidesHost = true;
    } else if (!hide && this._hidesHost) {
      host.hidden = false;
      this._hidesHost = false;
    }
  }
}
