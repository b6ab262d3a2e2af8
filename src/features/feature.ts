/**
 * What the appeal and its optional features (this folder) share. A feature loads on demand
 * (see ../parts.ts) only when its attributes are set, so the appeal never pays its bytes
 * otherwise; types only here, nothing that runs.
 */
import type { Copy, Table } from '../copy.js';
import type { Warning } from '../parse.js';
import type { SupportAppeal } from '../support-appeal.js';

/** What the appeal gives a feature each time it renders. */
export interface FeatureContext {
  /** The element: its attributes (as properties), its shadow root, its updates. */
  host: SupportAppeal;
  locale: string;
  currency: string;
  /** The built-in copy of the locale, as loaded: a feature falls back to its own English strings. */
  copy: Copy & Partial<Table>;
  /** Formats an amount in the currency for the locale. */
  money(amount: number): string;
  /** A plain decimal number ("5", "2.50"), or NaN (parse.ts's parseDecimal). */
  decimal(text: string): number;
  /** Reports an attribute value the feature cannot use; repeats are dropped. */
  warn(warning: Warning): void;
}

/** A feature's styles: Lit's CSSResult, or the script-tag build's stand-in (lit-shim.ts). */
export interface FeatureStyles {
  readonly styleSheet?: CSSStyleSheet | undefined;
}
