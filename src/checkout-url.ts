/**
 * The checkout URL template: filling in the reader's choice, and refusing anything that is not
 * a web address. The browser's own URL parser decides what a URL's scheme is, so every spelling
 * it would follow (` JaVaScRiPt:`, `java\tscript:`, leading control characters) is judged as the
 * browser would judge it.
 */

export interface CheckoutValues {
  amount: number;
  currency: string;
  frequency: string;
  campaign: string;
}

const ALLOWED = new Set(['https:', 'http:']);
// Any http(s) base: a relative template then resolves to an allowed scheme, an absolute one keeps its own.
const PROBE_BASE = 'https://a.invalid/';

/** Fills `{amount}`, `{currency}`, `{frequency}` and `{campaign}`, each URL-encoded. */
export function fillTemplate(template: string, values: CheckoutValues): string {
  return template.replace(/\{(amount|currency|frequency|campaign)\}/g, (_, name: keyof CheckoutValues) =>
    encodeURIComponent(String(values[name])),
  );
}

function parse(url: string, base: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/**
 * The absolute checkout address for the reader's choice, or null when the template, once
 * filled, is not an allowed URL.
 */
export function checkoutHref(template: string, values: CheckoutValues, base: string): string | null {
  const filled = fillTemplate(template, values);
  const probe = parse(filled, PROBE_BASE);
  if (!probe || !ALLOWED.has(probe.protocol)) return null;
  return parse(filled, base)?.href ?? null;
}

/** Why a template cannot be used, or null when it is fine. */
export function checkTemplate(template: string): string | null {
  return checkoutHref(template, { amount: 1, currency: 'USD', frequency: 'monthly', campaign: 'default' }, PROBE_BASE)
    ? null
    : 'expected an https:, http: or relative URL';
}
