/**
 * A/B tests (`test`, `test-variant`, `test-weight`) and the editors' flags in the page's address
 * (`?support-appeal-test=NAME:VARIANT`, `?support-appeal=preview`, `?support-appeal=reset`).
 *
 * Of the appeals of a page with the same `test`, each reader sees the appeals of one variant,
 * the same on every page view: the draw is made once per reader and test, weighted by
 * `test-weight`, and kept (storage.ts, `support-appeal:tests`; no reader id, nothing shared
 * between tests). The others are hidden, render nothing and send no event. The draw waits until
 * the page is parsed, so that a variant further down the page (or a one-tag script in it) is in
 * it: a script in `<head>` upgrades the first appeal before its siblings exist.
 *
 * Loaded on demand (../parts.ts) by the appeals with `test`, and by every appeal of a page whose
 * address has one of the flags, before their first render, so no variant shows and then goes.
 */
import { CONTROL, readers, type AppealConfig, type Parsed, type RawAttributes, type Warning } from '../parse.js';
import { clearSuppression, readDraws, saveDraw } from '../storage.js';
import type { Plugin, PluginHost, PluginState } from './feature.js';

/** A test's attributes: its name, this appeal's variant and its weight. */
export interface TestConfig {
  test: string | undefined;
  variant: string | undefined;
  weight: number;
}

/** A name as a test or a variant takes it: up to 100 printable characters. */
const name = (t: string) => (t.trim().length <= 100 && !CONTROL.test(t.trim()) ? t.trim() : undefined);

/** `test`, `test-variant` and `test-weight`: a test with no usable variant warns, and its appeal takes no part in it. */
function parseTest(raw: RawAttributes): Parsed<TestConfig> {
  const warnings: Warning[] = [];
  const { warn, pick, num } = readers(warnings);
  const test = pick('test', raw.test, name, 'expected up to 100 printable characters; not in a test');
  let variant = pick('test-variant', raw.testVariant, name, 'expected up to 100 printable characters; this appeal is hidden');
  if (test && raw.testVariant == null) warn('test-variant', '', `it is missing; this appeal of test ${test} is hidden`);
  if (!test) variant = undefined;
  const weight = num('test-weight', raw.testWeight, (n) => n > 0, 'expected a number above 0; using 1') ?? 1;
  return { config: { test, variant, weight }, warnings };
}

/**
 * Picks one of `variants` (name, weight), each with the chance of its share of the weights:
 * `random` is `Math.random` for readers, a seeded generator in the tests.
 */
export function pick(variants: [string, number][], random: () => number = Math.random): string {
  const total = variants.reduce((sum, [, weight]) => sum + weight, 0);
  let r = random() * total;
  for (const [variant, weight] of variants) {
    r -= weight;
    if (r < 0) return variant;
  }
  return variants[variants.length - 1]![0];
}

/** The appeals of each test, with their variant and weight as last parsed. */
const members = new Map<string, Map<PluginHost, TestConfig>>();
/** This page view's variant of each test, once drawn: it stays for the page view. */
const drawn = new Map<string, string>();
/** The campaigns `?support-appeal=reset` has reset on this page view: once each. */
const reset = new Set<string>();
/** The documents whose parsing the draw waits for. */
const waiting = new WeakSet<Document>();

/** The page address's flags: `preview`, `reset`, and the forced variants (`?support-appeal-test=NAME:VARIANT`, unstored). */
function flags(document: Document): { editor: string[]; forced: Map<string, string> } {
  const params = new URLSearchParams(document.defaultView?.location.search ?? '');
  const forced = new Map<string, string>();
  for (const value of params.getAll('support-appeal-test')) {
    const at = value.indexOf(':');
    if (at > 0) forced.set(value.slice(0, at), value.slice(at + 1));
  }
  return { editor: params.getAll('support-appeal'), forced };
}

/** The variants of `test` on the page (its appeals', and any not yet updated in the document), with their weights. */
function variantsOf(test: string, document: Document): [string, number][] {
  const weights = new Map<string, number>();
  const add = (variant: string | undefined, weight: number) => variant && weights.set(variant, Math.max(weights.get(variant) ?? 0, weight));
  for (const [appeal, { variant, weight }] of members.get(test) ?? []) if (appeal.isConnected) add(variant, weight);
  for (const element of document.querySelectorAll('support-appeal[test][test-variant]')) {
    if (element.getAttribute('test')!.trim() !== test) continue;
    const weight = Number(element.getAttribute('test-weight') ?? 1);
    add(name(element.getAttribute('test-variant')!), weight > 0 ? weight : 1);
  }
  // In the order of their names, so that the same page draws alike in every engine.
  return [...weights].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The test's variant for this page view: forced, kept from an earlier draw, or drawn now (and kept). */
function decide(test: string, document: Document, warn: (warning: Warning) => void): string {
  const variants = variantsOf(test, document);
  const known = (variant: string | undefined) => variant !== undefined && variants.some(([v]) => v === variant);
  const forced = flags(document).forced.get(test);
  if (forced !== undefined) {
    if (known(forced)) return forced;
    warn({ attribute: 'support-appeal-test', value: `${test}:${forced}`, reason: 'the test has no such variant; drawing as for any reader' });
  }
  const kept = readDraws()[test];
  if (known(kept)) return kept!;
  const variant = pick(variants);
  saveDraw(test, variant);
  return variant;
}

/**
 * For one update of `host`: the editors' flags (preview; reset, once per campaign), and in a
 * test, whether this appeal is the variant this reader gets (it carries `test` and
 * `testVariant` in its events) or is hidden.
 */
function apply(
  host: PluginHost & { preview: boolean },
  parse: <T>(parser: (raw: RawAttributes) => Parsed<T>) => T,
  config: AppealConfig,
): PluginState {
  const document = host.ownerDocument;
  const { editor } = flags(document);
  if (editor.includes('preview')) host.preview = true;
  if (editor.includes('reset') && !reset.has(config.campaign)) {
    reset.add(config.campaign);
    clearSuppression(config.campaign);
  }
  const { test, variant, weight } = parse(parseTest);
  for (const appeals of members.values()) appeals.delete(host);
  if (!test) return {};
  if (!variant) return { hide: true };
  if (!members.has(test)) members.set(test, new Map());
  members.get(test)!.set(host, { test, variant, weight });
  if (editor.includes('reset') && !reset.has(`test ${test}`)) {
    reset.add(`test ${test}`);
    saveDraw(test, undefined);
  }
  // The page is still being parsed: its other variants may not exist yet. Every appeal of a test waits.
  if (document.readyState === 'loading') {
    if (!waiting.has(document)) {
      waiting.add(document);
      document.addEventListener('DOMContentLoaded', () => members.forEach((appeals) => appeals.forEach((_, appeal) => appeal.requestUpdate())), {
        once: true,
      });
    }
    return { hide: true };
  }
  let chosen = drawn.get(test);
  // A forced variant's warning, given by the appeal that decided (the appeal prints each once).
  const warnings: Warning[] = [];
  if (chosen === undefined) drawn.set(test, (chosen = decide(test, document, (warning) => warnings.push(warning))));
  if (warnings.length) parse(() => ({ config: undefined, warnings }));
  return chosen === variant ? { detail: { test, testVariant: variant } } : { hide: true };
}

/** The part: a plugin (the draw and the flags; no styles of its own), and the draw itself, for the tests. */
export default { apply, styles: '', pick } satisfies Plugin & { pick: typeof pick };
