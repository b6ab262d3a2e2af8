/**
 * What the appeal and its optional features (this folder) share. A feature loads on demand
 * (see ../parts.ts) only when its attributes are set, so the appeal never pays its bytes
 * otherwise. A feature imports nothing that runs from the appeal or from Lit: the appeal hands
 * it what it renders with, its own Lit included, so a feature's script-tag file (dist/features/)
 * carries no second copy of Lit. Types only.
 */
import type { html, nothing } from 'lit';
import type { Copy, Table } from '../copy.js';

/** What the appeal gives a feature each time it renders. */
export interface FeatureContext {
  /** The appeal's Lit `html` and `nothing`, to render with. */
  html: typeof html;
  nothing: typeof nothing;
  locale: string;
  currency: string;
  /** The built-in copy of the locale, as loaded: a feature falls back to its own English strings. */
  copy: Copy & Partial<Table>;
  /** Formats an amount in the currency for the locale. */
  money(amount: number): string;
}

/** A feature's styles: the text of a style sheet, which the appeal adopts into its shadow root. */
export type FeatureStyles = string;
