import 'axe-core/axe.min.js';
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SupportAppeal } from '../src/support-appeal.js';

export const DAY = 86_400_000;
/** A fixed "now" for tests: Sunday 29 November 2026, noon UTC. */
export const NOW = Date.UTC(2026, 10, 29, 12);

// Lit's development build, which a site's dev server runs, prints each kind of warning once and
// keeps it in `litIssuedWarnings`. Every test file that uses these helpers ends by checking that
// nothing it did to the appeal made Lit warn (its "dev mode" banner aside).
after(function () {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  const warnings = [...(issued ?? [])].filter((warning) => !warning.includes('Lit is in dev mode'));
  expect(warnings, "Lit's development build warned").to.deep.equal([]);
});

/**
 * A controllable clock: replaces `Date.now` (the only clock src/ reads) until `restore()`.
 * Tests move time instead of sleeping.
 */
export function useClock(start = NOW) {
  const real = Date.now;
  let now = start;
  Date.now = () => now;
  return {
    tick(ms: number) {
      now += ms;
    },
    restore() {
      Date.now = real;
    },
  };
}

/**
 * The reading history's name for an article id (src/features/history.ts: FNV-1a, 32 bits, base
 * 36), written out again here so that a test can store what an earlier page view would have.
 */
export function articleKey(id: string): string {
  let h = 0x811c9dc5;
  for (const c of id) h = Math.imul(h ^ c.codePointAt(0)!, 16_777_619);
  return (h >>> 0).toString(36);
}

/** Records `console.warn` calls until `restore()`. */
export function captureWarnings() {
  const real = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  return {
    calls,
    restore() {
      console.warn = real;
    },
  };
}

const realStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');

/**
 * Makes `window.localStorage` behave as a broken browser's would: `getter` decides what
 * reading the property does (throw, return undefined, return a fake). `restoreStorage()` puts
 * the real one back.
 */
export function breakStorage(getter: () => unknown): void {
  if (!primed && realStorage) {
    // WebKit, in a page where src/storage.ts has already run often, keeps using the real
    // localStorage after the first redefinition (a cached property access); one redefinition
    // and back first makes the later ones reach it. Tests check the real store too.
    const real = realLocalStorage();
    Object.defineProperty(window, 'localStorage', { configurable: true, enumerable: true, get: () => real });
    Object.defineProperty(window, 'localStorage', realStorage);
    primed = true;
  }
  Object.defineProperty(window, 'localStorage', { configurable: true, enumerable: true, get: getter });
}
let primed = false;

/** The browser's own localStorage, whatever breakStorage did: to check what really reached it. */
export function realLocalStorage(): Storage {
  return realStorage!.get!.call(window) as Storage;
}

export function restoreStorage(): void {
  if (realStorage) Object.defineProperty(window, 'localStorage', realStorage);
}

/** A Storage-like object whose methods can be replaced one by one. */
export function fakeStorage(overrides: Partial<Storage>): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    ...overrides,
  } as Storage;
}

/**
 * The room a banner makes at the bottom of a page (src/room.ts), as the page lays it out: the
 * body's bottom padding in px, and the root's `scroll-padding-bottom` (`auto` with no banner).
 */
export function roomOf(doc: Document = document): { padding: number; scroll: string } {
  const view = doc.defaultView!;
  return {
    padding: parseFloat(view.getComputedStyle(doc.body).paddingBottom),
    scroll: view.getComputedStyle(doc.documentElement).scrollPaddingBottom,
  };
}

/** Renders an appeal and waits for its first render. */
export async function appeal(template: TemplateResult): Promise<SupportAppeal> {
  const el = await fixture<SupportAppeal>(template);
  await el.updateComplete;
  return el;
}

/** Hidden by the appeal itself: the attribute, nothing rendered, no room taken. */
export function isHidden(el: SupportAppeal): boolean {
  return el.hidden && el.shadowRoot!.childElementCount === 0 && el.getBoundingClientRect().height === 0;
}

/** One element of the appeal's shadow tree, by selector; fails the test when absent. */
export function part<T extends Element = HTMLElement>(el: SupportAppeal, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  expect(found, `no ${selector} in the appeal`).to.exist;
  return found!;
}

export function parts<T extends Element = HTMLElement>(el: SupportAppeal, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The visible text of the tiers, pressed state included, e.g. ["$2", "[$5]", "$10"]. */
export function tierLabels(el: SupportAppeal): string[] {
  return parts(el, '[part="tier"]').map((b) => {
    const text = b.textContent!.trim();
    return b.getAttribute('aria-pressed') === 'true' ? `[${text}]` : text;
  });
}

export function clearStorage(): void {
  try {
    localStorage.clear();
  } catch {
    // Nothing to clear.
  }
}

type Axe = {
  run(context: Element, options: object): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }>;
};

/**
 * Runs axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules, `target-size` included (axe leaves
 * it off by default), and fails with every violation listed.
 */
export async function expectNoAxeViolations(context: Element): Promise<void> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const { violations } = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
    resultTypes: ['violations'],
  });
  const report = violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`);
  expect(report, report.join('\n')).to.deep.equal([]);
}

/**
 * Stops a click (or middle-click) on the checkout link from leaving the test page, after the
 * appeal has seen it, and tells whether the appeal let it navigate.
 */
export function keepPage(): { navigated: () => boolean; stop: () => void } {
  let navigated = false;
  const onClick = (event: Event) => {
    if (event.composedPath().some((n) => n instanceof HTMLAnchorElement)) {
      navigated = !event.defaultPrevented;
      event.preventDefault();
    }
  };
  window.addEventListener('click', onClick);
  window.addEventListener('auxclick', onClick);
  return {
    navigated: () => navigated,
    stop: () => {
      window.removeEventListener('click', onClick);
      window.removeEventListener('auxclick', onClick);
    },
  };
}

/**
 * Opens `src` (a page under test/fixtures/, usually) in a frame of the given CSS size and waits
 * for its load event, which waits for its scripts. The caller removes the frame.
 */
export async function openFrame(src: string, size = 'width: 800px; height: 600px'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = size;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}
