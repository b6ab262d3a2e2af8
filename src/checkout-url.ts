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
  /** In an A/B test: its name and the variant shown (`{test}`, `{test-variant}`); empty otherwise. */
  test?: string;
  testVariant?: string;
}

const ALLOWED = new Set(['https:', 'http:']);
// An https: and an http: base, as the page may have either: a relative template resolves to an
// allowed scheme against both, an absolute one keeps its own. `https:javascript:…` is a path
// on an https: page but no URL at all on an http: one, so it fails the second.
const PROBE_BASES = ['https://a.invalid/', 'http://a.invalid/'];

/** Fills `{amount}`, `{currency}`, `{frequency}`, `{campaign}`, `{test}` and `{test-variant}`, each URL-encoded. */
export function fillTemplate(template: string, values: CheckoutValues): string {
  return template.replace(/\{(amount|currency|frequency|campaign|test|test-variant)\}/g, (_, name: string) =>
    encodeURIComponent(String(values[(name === 'test-variant' ? 'testVariant' : name) as keyof CheckoutValues] ?? '')),
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
 * filled, is not an allowed URL, or when the address it resolves to against `base` is not: a
 * relative template takes the page's scheme, and WebKit takes a `<base href="javascript:…">`
 * that other engines ignore, so the final address is checked as well as the template.
 */
export function checkoutHref(template: string, values: CheckoutValues, base?: string): string | null {
  const filled = fillTemplate(template, values);
  const probe = parse(filled, PROBE_BASES[0]!);
  if (!probe || !ALLOWED.has(probe.protocol)) return null;
  // Without a base (server rendering), the filled template as it is; the browser checks again.
  if (base === undefined) return filled;
  const url = parse(filled, base);
  return url && ALLOWED.has(url.protocol) ? url.href : null;
}

/** Why a template cannot be used (a reason code of features/warnings.ts), or null when it is fine. */
export function checkTemplate(template: string): string | null {
  return PROBE_BASES.every((base) => checkoutHref(template, { amount: 1, currency: 'USD', frequency: 'monthly', campaign: 'default' }, base))
    ? null
    : '#url';
}
