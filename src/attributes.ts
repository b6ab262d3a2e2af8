import { LitElement, type PropertyDeclaration } from 'lit';

/**
 * The attributes of `<support-appeal>`, each also a property of the same name in camelCase:
 * the element's public configuration, documented here for the manifest (custom-elements.json)
 * and the framework types built from it. Every value is kept as the page set it and checked by
 * parse.ts before each render, so no value, however wrong, can throw; the keyword attributes
 * are typed as their keywords for TypeScript and JSX, and any other text warns and falls back
 * at run time. The element's slots, parts, custom properties and events are documented here
 * too, so this file is the whole public surface the manifest describes.
 *
 * @slot heading - Rich HTML for the heading; replaces `heading` and the built-in heading.
 * @slot - Rich HTML for the message; replaces `message` and the built-in message.
 * @slot payment-methods - Logos of the payment methods the site accepts, under the support button.
 *
 * @csspart container - The box around the whole appeal.
 * @csspart heading - The heading.
 * @csspart message - The message.
 * @csspart frequencies - The group of frequency buttons (absent when one frequency is offered).
 * @csspart tiers - The group of amount buttons.
 * @csspart articles - The line "You've read 12 articles in the last 30 days" (with `count-articles`).
 * @csspart countdown - The line "3 days left" / "Last day" (with `ends` seven days away or less).
 * @csspart progress - The goal ticker: its text and bar (with `goal` and `raised`).
 * @csspart tier - Each amount button, the Other tier included.
 * @csspart custom-amount - The field for the reader's own amount (with `custom-amount`).
 * @csspart cta - The support link (or button, without a usable `checkout-url`).
 * @csspart remind - The "Remind me later" button.
 * @csspart already-supported - The "I already support" button (with `already-supported`).
 * @csspart close - The close button (with `dismissible`).
 * @csspart notice - The gate's one-line notice while free articles are left ("Free articles left: 2 of 5").
 * @csspart sign-in - The gate's "Sign in" link (with `sign-in-url`).
 * @csspart pass - The gate's "Not now" button (with `gate-passes`).
 *
 * @cssprop --support-appeal-accent - Accent colour: the top rule, selected tier, support button, focus ring.
 * @cssprop --support-appeal-accent-text - Text on the accent colour.
 * @cssprop --support-appeal-background - Background of the appeal.
 * @cssprop --support-appeal-text - Text colour of the appeal.
 * @cssprop --support-appeal-font-family - Font; inherits the page's by default.
 * @cssprop --support-appeal-radius - Corner radius of the box, tiers and button.
 *
 * @fires {SupportAppealShowDetail} support-appeal-show - The appeal became visible (on a prerendered page, once the reader is shown it). Detail: `campaign`, `variant`.
 * @fires {SupportAppealViewDetail} support-appeal-view - At least half of the appeal stayed in the viewport for one continuous second (the IAB viewability rule); once per page view. Detail: `campaign`.
 * @fires {SupportAppealSelectDetail} support-appeal-select - The reader picked an amount or frequency. Detail: `campaign`, `amount`, `currency`, `frequency`.
 * @fires {SupportAppealCheckoutDetail} support-appeal-checkout - The reader pressed the support button. Cancelable: the default action navigates to `url` and suppresses the appeal for `checkout-days`. Detail: `campaign`, `amount`, `currency`, `frequency`, `url`.
 * @fires {SupportAppealSnoozeDetail} support-appeal-snooze - The reader chose "Remind me later". Cancelable: the default action stores the snooze and shows the confirmation. Detail: `campaign`, `until`, `stored` (false when storage cannot keep it beyond this page).
 * @fires {SupportAppealSupportedDetail} support-appeal-supported - With `already-supported`: the reader pressed "I already support". Cancelable: the default action stores `supported` for `supported-days` and shows a thank-you in place of the appeal. Detail: `campaign`, `until`, `stored`.
 * @fires {SupportAppealDismissDetail} support-appeal-dismiss - The reader closed the appeal. Cancelable: the default action stores the dismissal and hides the appeal. Detail: `campaign`, `until`, `stored`.
 * @fires {SupportAppealGateDetail} support-appeal-gate - With `variant="gate"`: the reader is past the free articles, and the content after the gate is about to be locked. Cancelable: the default action locks it; cancel for a reader the site knows subscribes. Detail: `campaign`, `articles`, `freeArticles`.
 * @fires {SupportAppealPassDetail} support-appeal-pass - With `variant="gate"` and `gate-passes`: the reader chose "Not now". Cancelable: the default action uses a pass and opens the article for this page view. Detail: `campaign`, `passesLeft`.
 *
 * Where the reading history is on, every event's detail also carries `articles`, the count; in
 * an A/B test, `test` and `testVariant`.
 */
export class AppealAttributes extends LitElement {
  static override properties = {
    campaign: {},
    variant: {},
    theme: {},
    heading: {},
    message: {},
    amounts: {},
    amountsOneTime: {},
    amountsMonthly: {},
    amountsAnnual: {},
    defaultAmount: {},
    frequencies: {},
    frequency: {},
    currency: {},
    locale: {},
    checkoutUrl: {},
    checkoutTarget: {},
    snoozeDays: {},
    dismissible: { type: Boolean },
    dismissDays: {},
    checkoutDays: {},
    supportedDays: {},
    maxViews: {},
    viewsWindowDays: {},
    countArticles: { type: Boolean },
    articleId: {},
    articlesWindowDays: {},
    minArticles: {},
    consent: {},
    freeArticles: {},
    gateContent: {},
    gatePasses: {},
    signInUrl: {},
    starts: {},
    ends: {},
    alreadySupported: { type: Boolean },
    test: {},
    testVariant: {},
    testWeight: {},
    goal: {},
    goalSrc: {},
    raised: {},
    goalText: {},
    customAmount: { type: Boolean },
    minAmount: {},
    maxAmount: {},
    preview: { type: Boolean },
    loading: {},
    // Observed, so that a page removing a `hidden` it set brings the appeal back.
    hidden: { type: Boolean, reflect: true },
  };

  /** Id of this appeal; namespaces what is stored and every event. Default `default`. */
  declare campaign: string | undefined;
  /** `inline` (in the article flow), `banner` (fixed to the bottom of the viewport), `compact` (one line: heading, message and the support button) or `gate` (the metered gate: locks what follows it once the free articles are read). Default `inline`. */
  declare variant: 'inline' | 'banner' | 'compact' | 'gate' | undefined;
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
  /** This page is an article: count it in the reader's reading history, once however often it is read. */
  declare countArticles: boolean;
  /** The article's id in the reading history (up to 1000 printable characters). Default: the `<link rel="canonical">` URL, else the path. */
  declare articleId: string | undefined;
  /** Days the reading history's count covers, above 0 and up to 365. Default `30`. */
  declare articlesWindowDays: string | number | undefined;
  /** Hidden (reason `articles`) until the reader has read this many articles in `articles-window-days`, this one included; implies `count-articles`. Whole number, 0 to 100. Default `0`. */
  declare minArticles: string | number | undefined;
  /** `required`: nothing about reading (history, views for `max-views`) is written until the page calls `SupportAppeal.grantConsent()`. */
  declare consent: 'required' | undefined;
  /** With `variant="gate"`: the articles the reader reads freely in `articles-window-days`; the gate locks the next ones. Whole number, 0 to 100. Default `5`. */
  declare freeArticles: string | number | undefined;
  /** With `variant="gate"`: a CSS selector of the element whose content after the gate is locked; the gate must be inside it. Default: the gate's parent. */
  declare gateContent: string | undefined;
  /** With `variant="gate"`: how many times in `articles-window-days` the reader may choose "Not now" and read on. Whole number, 0 to 100. Default `0` (a hard gate). */
  declare gatePasses: string | number | undefined;
  /** With `variant="gate"`: the site's sign-in page, for "Already a supporter? Sign in"; https:, http: or relative. */
  declare signInUrl: string | undefined;
  /** The first moment the appeal shows: an ISO 8601 date (the reader's local day, from its start) or date and time. Before it, hidden with reason `schedule`. */
  declare starts: string | undefined;
  /** The last day (an ISO 8601 date, through its end) or moment (a date and time) the appeal shows; after it, hidden with reason `schedule`. `{days-left}` in the texts counts the days to it, and a week before it the built-in copy says "3 days left". */
  declare ends: string | undefined;
  /** Adds an "I already support" button: it sends `support-appeal-supported`, and hides the appeal for `supported-days` with a thank-you. Not on a gate, which has Sign in. */
  declare alreadySupported: boolean;
  /** An A/B test's name: of the appeals of a page with the same `test`, each reader sees one variant (`test-variant`), the same on every page view; the others are hidden. */
  declare test: string | undefined;
  /** With `test`: this appeal's variant of it (several appeals may share one). */
  declare testVariant: string | undefined;
  /** With `test`: the variant's weight in the draw, a number above 0. Default `1`. */
  declare testWeight: string | number | undefined;
  /** The campaign's goal, in `currency` units: with `raised`, shows the goal ticker. */
  declare goal: string | number | undefined;
  /** How much the campaign has raised so far, in `currency` units (see `goal`). */
  declare raised: string | number | undefined;
  /** An https or relative URL of JSON `{ "raised": n, "goal": n }`, fetched once per page view, whose figures replace `raised` and `goal` (kept when it fails). */
  declare goalSrc: string | undefined;
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
  /** `lazy`: an inline or compact appeal more than a viewport's height from the viewport when the page loads renders (and reads storage, loads its parts, sends `support-appeal-show`) once it comes that near, before the reader sees it. `eager`: at once, wherever it is. A banner, a gate and an appeal that counts articles are always eager. Default `lazy`. */
  declare loading: 'lazy' | 'eager' | undefined;

  /**
   * Each attribute is its property's name in kebab case (`checkoutUrl`: `checkout-url`), unless
   * its options name one; shorter in the bundle than an `attribute` for each. Set here rather
   * than in an override of `createProperty()`, which Lit's development build warns about in
   * every page that uses it.
   */
  static {
    const properties = this.properties as Record<string, { attribute?: PropertyDeclaration['attribute'] }>;
    for (const name in properties) properties[name]!.attribute ??= name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
  }

  constructor() {
    super();
    this.dismissible = false;
    this.customAmount = false;
    this.alreadySupported = false;
    this.preview = false;
    this.hidden = false;
  }
}
