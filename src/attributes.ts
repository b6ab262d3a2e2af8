import { LitElement } from 'lit';

/**
 * The attributes of `<support-appeal>`, each also a property of the same name in camelCase:
 * the element's public configuration, documented here for the manifest (custom-elements.json)
 * and the framework types built from it. Every value is kept as the page set it and checked by
 * parse.ts before each render, so no value, however wrong, can throw; the keyword attributes
 * are typed as their keywords for TypeScript and JSX, and any other text warns and falls back
 * at run time.
 */
export class AppealAttributes extends LitElement {
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
  };

  /** Id of this appeal; namespaces what is stored and every event. Default `default`. */
  declare campaign: string | undefined;
  /** `inline` (in the article flow) or `banner`. Default `inline`. */
  declare variant: 'inline' | 'banner' | undefined;
  /** `light`, `dark`, or `auto` (follows the reader's `prefers-color-scheme`). Default `light`. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
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
  declare frequency: 'one-time' | 'monthly' | 'annual' | undefined;
  /** ISO 4217 currency code. Default `USD`. */
  declare currency: string | undefined;
  /** Language and number format. Default: the nearest `lang`, the document's, then the browser's. */
  declare locale: string | undefined;
  /** Checkout URL template with `{amount}` `{currency}` `{frequency}` `{campaign}`; https:, http: or relative. */
  declare checkoutUrl: string | undefined;
  /** `_self` or `_blank`. Default `_self`. */
  declare checkoutTarget: '_self' | '_blank' | undefined;
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

  constructor() {
    super();
    this.dismissible = false;
    this.customAmount = false;
    this.preview = false;
    this.hidden = false;
  }
}
