/**
 * The events the appeal dispatches, typed for the page: with this module imported,
 * `el.addEventListener('support-appeal-select', (e) => e.detail.amount)` type-checks.
 */
import type { Frequency, Variant } from './parse.js';

interface CampaignDetail {
  /** The `campaign` of the appeal that dispatched the event. */
  campaign: string;
  /** The articles the reader has read in `articles-window-days`, where the reading history is on. */
  articles?: number;
}

export interface SupportAppealShowDetail extends CampaignDetail {
  variant: Variant;
}

export type SupportAppealViewDetail = CampaignDetail;

export interface SupportAppealSelectDetail extends CampaignDetail {
  amount: number;
  currency: string;
  frequency: Frequency;
}

export interface SupportAppealCheckoutDetail extends SupportAppealSelectDetail {
  /** The filled-in checkout address, or null when `checkout-url` is unset or refused. */
  url: string | null;
}

export interface SupportAppealSnoozeDetail extends CampaignDetail {
  /** When the appeal comes back, in ms since the epoch. */
  until: number;
  /**
   * Whether the choice will outlast this page: false when localStorage cannot keep it (blocked,
   * full, missing), so it holds for this page view only.
   */
  stored: boolean;
}

export type SupportAppealDismissDetail = SupportAppealSnoozeDetail;

/** `until`: when the supported mark ends (`supported-days`). */
export type SupportAppealSupportedDetail = SupportAppealSnoozeDetail;

export interface SupportAppealGateDetail extends CampaignDetail {
  /** The articles the reader has read in the window (this one, past the free ones, not counted). */
  articles: number;
  /** `free-articles`. */
  freeArticles: number;
}

export interface SupportAppealPassDetail extends CampaignDetail {
  /** The passes the reader has left in the window after this one. */
  passesLeft: number;
}

export type SupportAppealShowEvent = CustomEvent<SupportAppealShowDetail>;
export type SupportAppealViewEvent = CustomEvent<SupportAppealViewDetail>;
export type SupportAppealSelectEvent = CustomEvent<SupportAppealSelectDetail>;
export type SupportAppealCheckoutEvent = CustomEvent<SupportAppealCheckoutDetail>;
export type SupportAppealSnoozeEvent = CustomEvent<SupportAppealSnoozeDetail>;
export type SupportAppealDismissEvent = CustomEvent<SupportAppealDismissDetail>;
export type SupportAppealSupportedEvent = CustomEvent<SupportAppealSupportedDetail>;
export type SupportAppealGateEvent = CustomEvent<SupportAppealGateDetail>;
export type SupportAppealPassEvent = CustomEvent<SupportAppealPassDetail>;

export interface SupportAppealEventMap {
  'support-appeal-show': SupportAppealShowEvent;
  'support-appeal-view': SupportAppealViewEvent;
  'support-appeal-select': SupportAppealSelectEvent;
  'support-appeal-checkout': SupportAppealCheckoutEvent;
  'support-appeal-snooze': SupportAppealSnoozeEvent;
  'support-appeal-dismiss': SupportAppealDismissEvent;
  'support-appeal-supported': SupportAppealSupportedEvent;
  'support-appeal-gate': SupportAppealGateEvent;
  'support-appeal-pass': SupportAppealPassEvent;
}

/** What every event of an appeal adds to its detail (`articles`), set by the appeal as it updates. */
export const details = new WeakMap<EventTarget, object>();

/**
 * Dispatches a bubbling, composed event from `target`, with what `details` holds for it in the
 * detail, and returns false when a listener called `preventDefault()`; only the events whose
 * default action can be cancelled are cancelable.
 */
export function emit<K extends keyof SupportAppealEventMap>(
  target: EventTarget,
  type: K,
  detail: SupportAppealEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail: { ...detail, ...details.get(target) }, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface GlobalEventHandlersEventMap extends SupportAppealEventMap {}
}
