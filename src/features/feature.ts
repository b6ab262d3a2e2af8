/**
 * What the appeal and its optional features (this folder) share. A feature loads on demand
 * (see ../parts.ts) only when its attributes are set, so the appeal never pays its bytes
 * otherwise. A feature imports nothing that runs from the appeal or from Lit: the appeal hands
 * it what it renders with, its own Lit included, so a feature's script-tag file (dist/features/)
 * carries no second copy of Lit. Types only.
 */
import type { html, nothing } from 'lit';
import type { Copy, Table } from '../copy.js';
import type { AppealConfig, Parsed, RawAttributes, TickerConfig } from '../parse.js';
import type { Suppression } from '../storage.js';

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

/** What a plugin (below) makes of one update: what it renders from, and what the appeal takes from it. */
export interface PluginState {
  /** Hidden until then, and nothing stored: below `min-articles`, outside `starts` and `ends`. */
  wait?: Suppression | null | undefined;
  /** What every event of the appeal adds to its detail (the history's `articles`, the test's `test` and `testVariant`). */
  detail?: object | undefined;
  /** Hidden whatever else holds, `preview` included: a variant of a test that this reader does not get. */
  hide?: boolean | undefined;
}

/** What the appeal hands a plugin for each update, besides its attributes and their parsed configuration. */
export interface PluginOptions {
  /** The ticker's figures, for the plugin's placeholders in its text. */
  ticker: TickerConfig | undefined;
  locale: string;
  /** "I already support" was pressed: the appeal announces it and thanks the reader. */
  thank(): void;
}

/**
 * A feature that plugs into every update the same way (the reading history, the schedule, "I
 * already support"): it reads its attributes and the configuration (which it may change: the
 * placeholders it fills in), and may render a line above the heading and a control after
 * Remind me later.
 */
export interface Plugin<State extends PluginState = PluginState> {
  styles: FeatureStyles;
  apply(host: PluginHost, parse: <T>(parser: (raw: RawAttributes) => Parsed<T>) => T, config: AppealConfig, options: PluginOptions): State;
  line?(context: FeatureContext, state: State): unknown;
  control?(context: FeatureContext, state: State): unknown;
}

/** The appeal, as a plugin sees it. */
export interface PluginHost extends HTMLElement {
  requestUpdate(): void;
  addController(controller: { hostConnected?(): void; hostDisconnected?(): void }): void;
}
