// The accessibility suite: every combination of variant (inline, banner) × theme (light, dark) ×
// language (en, ru, ar) × options (dismissible, custom amount, goal) through axe (WCAG 2.0, 2.1
// and 2.2 A and AA, target-size included); a keyboard walk that reaches and operates every
// control in reading order; a visible focus ring on each control; no motion under
// prefers-reduced-motion; controls visible under forced colours; and the confirmation, the
// validation error and the goal ticker exposed to assistive technology.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SupportAppeal, SupportAppealCheckoutEvent } from '../src/index.js';
import { clearStorage, expectNoAxeViolations, keepPage, part, parts } from './helpers.js';

type Variant = 'inline' | 'banner';
type Theme = 'light' | 'dark';
type Locale = 'en' | 'ru' | 'ar';

interface Config {
  variant: Variant;
  theme: Theme;
  locale: Locale;
  dismissible: boolean;
  custom: boolean;
  goal: boolean;
}

const VARIANTS: Variant[] = ['inline', 'banner'];
const THEMES: Theme[] = ['light', 'dark'];
const LOCALES: Locale[] = ['en', 'ru', 'ar'];
const CURRENCY: Record<Locale, string> = { en: 'USD', ru: 'RUB', ar: 'EGP' };
const GOAL = 10000;
const RAISED = 6420;
const ALL = { dismissible: true, custom: true, goal: true };

// ---------------------------------------------------------------------------------------------
// Mounting: one appeal per test, after a button that is the start of every keyboard walk;
// both removed after the test (a banner is position: fixed and would cover the next one).

let serial = 0;
const mounted: Element[] = [];

/** Renders an appeal for `config`, after a focusable "before" button, and waits for its first render. */
async function mount(config: Config): Promise<SupportAppeal> {
  const el = document.createElement('support-appeal');
  const attributes: Record<string, string> = {
    campaign: `a11y-suite-${++serial}-${config.variant}-${config.theme}-${config.locale}`,
    variant: config.variant,
    theme: config.theme,
    locale: config.locale,
    currency: CURRENCY[config.locale],
    'checkout-url': '/donate?amount={amount}&frequency={frequency}',
  };
  if (config.dismissible) attributes.dismissible = '';
  if (config.custom) attributes['custom-amount'] = '';
  if (config.goal) Object.assign(attributes, { goal: String(GOAL), raised: String(RAISED) });
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const before = document.createElement('button');
  before.type = 'button';
  before.id = 'before-appeal';
  before.textContent = 'Before the appeal';
  document.body.append(before, el);
  mounted.push(before, el);
  await el.updateComplete;
  expect(el.shadowRoot?.querySelector('[part="container"]') != null, 'the appeal rendered').to.equal(true);
  return el;
}

const beforeButton = () => document.getElementById('before-appeal') as HTMLButtonElement;

function unmountAll(): void {
  for (const node of mounted.splice(0)) node.remove();
  clearStorage();
}

/** Settles an update and the one a feature may request from it (the Other field focuses after its render). */
async function settle(el: SupportAppeal): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

const other = (el: SupportAppeal) => part<HTMLButtonElement>(el, '[part="tier"]:last-of-type');
const field = (el: SupportAppeal) => part<HTMLInputElement>(el, '#amount');
const hasField = (el: SupportAppeal) => el.shadowRoot!.querySelector('#amount') !== null;

/** Opens the Other field (focus moves there). */
async function openOther(el: SupportAppeal): Promise<void> {
  other(el).click();
  await settle(el);
  expect(hasField(el), 'the Other field opened').to.equal(true);
}

/** Opens the Other field and presses Support with it empty: its validation error shows. */
async function showAmountError(el: SupportAppeal): Promise<void> {
  await openOther(el);
  part(el, '[part="cta"]').click();
  await settle(el);
  expect(part(el, '#amount-error').textContent!.trim(), 'the validation error shows').to.not.equal('');
  expect(field(el).getAttribute('aria-invalid')).to.equal('true');
}

/** Types into the open Other field as the browser would (an input event), and leaves it (change). */
async function fill(el: SupportAppeal, text: string): Promise<void> {
  const input = field(el);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

// ---------------------------------------------------------------------------------------------
// Focus and controls

/** The element that has focus, looking inside the appeal's shadow root. */
function focused(el: SupportAppeal): Element | null {
  return document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;
}

/** The controls of the appeal that Tab can reach, in tree order. */
function focusables(el: SupportAppeal): HTMLElement[] {
  return parts(el, 'a[href], button, input, select, textarea, [tabindex]').filter(
    (node) => node.tabIndex >= 0 && !(node as HTMLButtonElement).disabled && node.getClientRects().length > 0,
  );
}

/** What a control is, as a string to compare: "close", "frequency:Monthly", "tier:$5", "field:…", "cta:…", "remind:…". */
function kindOf(control: Element | null): string {
  if (!control) return 'nothing';
  if (control.id === 'before-appeal') return 'before';
  if (control.getAttribute('role') === 'status') return 'status';
  if (control.closest('[part="frequencies"]')) return 'frequency';
  if (control.getAttribute('part') === 'custom-amount') return 'field';
  return control.getAttribute('part') ?? control.tagName.toLowerCase();
}

function describeControl(control: Element | null): string {
  if (!control) return 'nothing';
  const kind = kindOf(control);
  if (kind === 'field') return `field:${(control as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''}`;
  const text = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().replace(/\s+/g, ' ');
  return `${kind}:${text}`;
}

/** WebKit here runs over WebDriver, whose sendKeys takes only `press` and `type`. */
const overWebDriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrom/.test(navigator.userAgent);

/**
 * Shift+Tab. `press: 'Shift+Tab'` is not a key name for puppeteer (Chromium, Firefox): Shift is
 * held down around Tab instead. Over WebDriver both keys go as WebDriver key codes in one
 * chord (Shift U+E008, Tab U+E004), which its `type` presses together.
 */
async function shiftTab(): Promise<void> {
  if (overWebDriver) {
    await sendKeys({ type: '\uE008\uE004' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  try {
    await sendKeys({ press: 'Tab' });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

const pressedStates = (controls: Element[]) => controls.map((c) => c.getAttribute('aria-pressed')).join(' ');
const frequencyButtons = (el: SupportAppeal) => parts(el, '[part="frequencies"] button');

// ---------------------------------------------------------------------------------------------
// Reading order on screen

type Box = { top: number; bottom: number; left: number; right: number };

/**
 * Whether `b` comes after `a` in reading order on screen: on a later line, or on the same line
 * further along the inline direction (right in left-to-right text, left in right-to-left).
 */
function follows(a: Box, b: Box, rtl: boolean): boolean {
  // On one line when they share most of the shorter one's height: items of different heights
  // centred in a row (the banner's tiers and button) start a few pixels apart.
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const sameLine = overlap > Math.min(a.bottom - a.top, b.bottom - b.top) / 2;
  if (!sameLine) return b.top > a.top;
  return rtl ? b.right <= a.left + 1 : b.left >= a.right - 1;
}

/** The block of the appeal a control sits in (its group, or itself): a direct child of the container. */
function blockOf(control: Element): Element {
  let node = control;
  while (node.parentElement && node.parentElement.getAttribute('part') !== 'container') node = node.parentElement;
  return node;
}

/** Pairs of consecutive controls whose order on screen goes against their order in the tree. */
function outOfReadingOrder(el: SupportAppeal, controls: Element[]): string[] {
  const rtl = part(el, '[part="container"]').getAttribute('dir') === 'rtl';
  const wrong: string[] = [];
  for (let i = 1; i < controls.length; i++) {
    const [a, b] = [controls[i - 1]!, controls[i]!];
    const [blockA, blockB] = [blockOf(a), blockOf(b)];
    // Within a group, control by control; between groups, group by group.
    const ok =
      blockA === blockB
        ? follows(a.getBoundingClientRect(), b.getBoundingClientRect(), rtl)
        : follows(blockA.getBoundingClientRect(), blockB.getBoundingClientRect(), rtl);
    if (!ok) wrong.push(`${describeControl(a)} → ${describeControl(b)}`);
  }
  return wrong;
}

// ---------------------------------------------------------------------------------------------
// Colours

type RGBA = [number, number, number, number];

function parseColor(value: string): RGBA | null {
  const numbers = value.match(/-?[\d.]+/g)?.map(Number);
  if (!value.startsWith('rgb') || !numbers || numbers.length < 3) return null;
  return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
}

const rgb = ([r, g, b]: RGBA) => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;

/** The colour behind an element: the first opaque background up the tree, across the shadow root. */
function backgroundBehind(node: Element | null): string {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (!(n instanceof Element)) continue;
    const color = parseColor(getComputedStyle(n).backgroundColor);
    if (color && color[3] > 0) return rgb(color);
  }
  return 'rgb(255, 255, 255)';
}

function luminance(color: string): number {
  const [r, g, b] = parseColor(color)!
    .slice(0, 3)
    .map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** A computed colour as opaque rgb(), or 'transparent' when it is fully transparent or not a colour (e.g. `none`). */
const solid = (value: string) => {
  const color = parseColor(value);
  return color && color[3] > 0 ? rgb(color) : 'transparent';
};

/** Emulates media features where the engine's driver can (see web-test-runner.config.js); false elsewhere. */
const emulate = (features: Record<string, string>) => executeServerCommand<boolean, Record<string, string>>('emulate-media-features', features);

/** Back to the defaults: an empty list of features leaves the last emulation in force. */
const unemulate = () => emulate({ 'forced-colors': 'none', 'prefers-reduced-motion': 'no-preference' });

// ---------------------------------------------------------------------------------------------

describe('accessibility suite', () => {
  beforeEach(clearStorage);
  afterEach(unmountAll);

  // 1. axe: 2 variants × 2 themes × 3 languages × 8 sets of options = 96 configurations.
  describe('axe, WCAG 2.0/2.1/2.2 A and AA with target-size, in every configuration', () => {
    const subsets = [0, 1, 2, 3, 4, 5, 6, 7].map((bits) => ({ dismissible: !!(bits & 1), custom: !!(bits & 2), goal: !!(bits & 4) }));
    for (const variant of VARIANTS) {
      for (const theme of THEMES) {
        for (const locale of LOCALES) {
          for (const options of subsets) {
            const names = [options.dismissible && 'dismissible', options.custom && 'custom amount (error showing)', options.goal && 'goal'].filter(
              Boolean,
            );
            it(`${variant}, ${theme}, ${locale}, ${names.join(' + ') || 'no options'}`, async () => {
              const el = await mount({ variant, theme, locale, ...options });
              // The configuration really is the one named: each option shows what it adds.
              expect(el.shadowRoot!.querySelector('[part="close"]') !== null, 'close button').to.equal(options.dismissible);
              expect(el.shadowRoot!.querySelector('[role="progressbar"]') !== null, 'goal ticker').to.equal(options.goal);
              expect(part(el, '[part="container"]').getAttribute('lang')).to.equal(locale);
              if (options.custom) await showAmountError(el);
              await expectNoAxeViolations(el);
              // The controls this configuration has, in focus order (the tree's: no positive
              // tabindex), and that order reads in order on screen. The keyboard walks below press
              // the keys, with every option on.
              const controls = focusables(el);
              expect(controls.map(kindOf)).to.deep.equal([
                ...(options.dismissible ? ['close'] : []),
                'frequency',
                'frequency',
                'frequency',
                'tier',
                'tier',
                'tier',
                ...(options.custom ? ['tier', 'field'] : []),
                'cta',
                'remind',
              ]);
              const disorder = outOfReadingOrder(el, controls);
              expect(disorder, `out of reading order on screen: ${disorder.join('; ')}`).to.deep.equal([]);
            });
          }
        }
      }
    }
  });

  // 2. The keyboard walk, with every option on.
  describe('keyboard: Tab reaches every control in reading order, and each works from the keyboard', () => {
    for (const variant of VARIANTS) {
      for (const locale of LOCALES) {
        it(`${variant}, ${locale}`, async () => {
          const el = await mount({ variant, theme: 'light', locale, ...ALL });
          let dismissals = 0;
          const checkouts: number[] = [];
          el.addEventListener('support-appeal-dismiss', (event) => {
            dismissals++;
            event.preventDefault(); // keep the appeal, to walk on
          });
          el.addEventListener('support-appeal-checkout', (event) => {
            checkouts.push((event as SupportAppealCheckoutEvent).detail.amount);
            event.preventDefault(); // stay on the test page
          });
          const page = keepPage(); // a safety net: no navigation even if the appeal failed to cancel
          try {
            // The order the tree gives, before the Other field opens.
            expect(focusables(el).map(kindOf)).to.deep.equal([
              'close',
              'frequency',
              'frequency',
              'frequency',
              'tier',
              'tier',
              'tier',
              'tier',
              'cta',
              'remind',
            ]);
            const tabbed: string[] = [];
            const tab = async (key = 'Tab') => {
              if (key === 'Shift+Tab') await shiftTab();
              else await sendKeys({ press: key });
              await settle(el);
              const now = describeControl(focused(el));
              if (key === 'Tab') tabbed.push(now);
              return now;
            };
            const press = async (key: string) => {
              await sendKeys({ press: key });
              await settle(el);
            };

            beforeButton().focus();
            // The close button, first: Enter asks to dismiss (cancelled here).
            expect(kindOf(focused(el))).to.equal('before');
            expect(await tab()).to.equal(describeControl(part(el, '[part="close"]')));
            await press('Enter');
            expect(dismissals, 'Enter on close').to.equal(1);
            expect(el.hidden).to.equal(false);
            expect(kindOf(focused(el))).to.equal('close');

            // The frequencies: Space on the first, Enter on the third.
            const [oneTime, , annual] = frequencyButtons(el).map(describeControl);
            expect(await tab()).to.equal(oneTime);
            await press(' ');
            expect(pressedStates(frequencyButtons(el))).to.equal('true false false');
            await tab();
            expect(await tab()).to.equal(annual);
            await press('Enter');
            expect(pressedStates(frequencyButtons(el))).to.equal('false false true');

            // The tiers: Enter on the first, Space on the second, then Other opens the field.
            const tiers = () => parts(el, '[part="tier"]');
            expect(await tab()).to.equal(describeControl(tiers()[0]!));
            await press('Enter');
            expect(pressedStates(tiers())).to.equal('true false false false');
            await tab();
            await press(' ');
            expect(pressedStates(tiers())).to.equal('false true false false');
            await tab();
            expect(await tab()).to.equal(describeControl(other(el)));
            await press('Enter');
            await waitUntil(() => hasField(el) && focused(el) === field(el), 'Enter on Other moves focus to its field', { timeout: 1000 });
            expect(pressedStates(tiers())).to.equal('false false false true');

            // The field: type an amount; Shift+Tab goes back to Other and Tab comes back to it.
            await sendKeys({ type: '25' });
            await settle(el);
            expect(field(el).value).to.equal('25');
            expect(await tab('Shift+Tab')).to.equal(describeControl(other(el)));
            expect(await tab()).to.equal(describeControl(field(el)));

            // Support: a link with the typed amount; Enter checks out (cancelled, the page stays).
            expect(await tab()).to.equal(describeControl(part(el, '[part="cta"]')));
            expect(part(el, '[part="cta"]').tagName).to.equal('A');
            expect(part<HTMLAnchorElement>(el, '[part="cta"]').href).to.contain('amount=25');
            await press('Enter');
            expect(checkouts).to.deep.equal([25]);
            expect(page.navigated()).to.equal(false);
            expect(kindOf(focused(el))).to.equal('cta');

            // Remind me later, last.
            expect(await tab()).to.equal(describeControl(part(el, '[part="remind"]')));

            // Every control, in the order of the tree, the Other field after Other, was reached by
            // Tab in that order, and that order reads in order on screen.
            const controls = focusables(el);
            expect(tabbed).to.deep.equal(controls.map(describeControl));
            expect(controls.map(kindOf)).to.deep.equal([
              'close',
              'frequency',
              'frequency',
              'frequency',
              'tier',
              'tier',
              'tier',
              'tier',
              'field',
              'cta',
              'remind',
            ]);
            const disorder = outOfReadingOrder(el, controls);
            expect(disorder, `out of reading order on screen: ${disorder.join('; ')}`).to.deep.equal([]);

            // Escape closes a dismissible banner (cancelled here); it does nothing inline.
            await press('Escape');
            expect(dismissals, 'Escape').to.equal(variant === 'banner' ? 2 : 1);
            expect(el.hidden).to.equal(false);

            // Enter on Remind me later: the confirmation shows and focus moves to it.
            await press('Enter');
            await waitUntil(() => kindOf(focused(el)) === 'status', 'focus moves to the confirmation', { timeout: 1000 });
            expect(part(el, '[role="status"]').textContent!.trim()).to.not.equal('');
            expect(el.suppression?.reason).to.equal('snooze');
          } finally {
            page.stop();
          }
        });
      }
    }
  });

  // 3. A visible focus ring on every control, when focused by keyboard.
  describe('focus visible: a ring of at least 2 px on each control focused by keyboard', () => {
    for (const variant of VARIANTS) {
      for (const theme of THEMES) {
        it(`${variant}, ${theme}`, async () => {
          const el = await mount({ variant, theme, locale: 'en', ...ALL });
          await openOther(el);
          await fill(el, '25'); // the support button is then a link
          beforeButton().focus();
          const ringOf = (control: Element) => {
            const s = getComputedStyle(control);
            return `outline: ${s.outlineStyle} ${s.outlineWidth} ${solid(s.outlineColor)}; box-shadow: ${s.boxShadow}`;
          };
          const controls = focusables(el);
          expect(controls.map(kindOf)).to.deep.equal([
            'close',
            'frequency',
            'frequency',
            'frequency',
            'tier',
            'tier',
            'tier',
            'tier',
            'field',
            'cta',
            'remind',
          ]);
          const unfocused = controls.map(ringOf);
          for (const [i, control] of controls.entries()) {
            await sendKeys({ press: 'Tab' });
            // A banner taller than half the viewport scrolls inside; Firefox makes such a box a
            // tab stop of its own (so that the keyboard can scroll it), before its first control.
            const box = el.shadowRoot!.querySelector('[part="container"]')!;
            if (i === 0 && focused(el) === box && box.scrollHeight > box.clientHeight) await sendKeys({ press: 'Tab' });
            const name = describeControl(control);
            expect(focused(el) === control, `Tab reaches ${name}`).to.equal(true);
            expect(control.matches(':focus-visible'), `${name} matches :focus-visible`).to.equal(true);
            const style = getComputedStyle(control);
            const ring = ringOf(control);
            expect(ring, `${name}: focused differs from unfocused`).to.not.equal(unfocused[i]);
            const outline = style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2;
            const shadow = style.boxShadow !== 'none';
            expect(outline || shadow, `${name}: ${ring}`).to.equal(true);
            if (outline) {
              // The ring is drawn outside the control (outline-offset), on what is behind it.
              const behind = backgroundBehind(control.parentElement);
              const ratio = contrast(solid(style.outlineColor), behind);
              expect(ratio, `${name}: ring ${style.outlineColor} on ${behind}`).to.be.at.least(3);
            }
          }
        });
      }
    }
  });

  // 4. No motion: nothing to switch off under prefers-reduced-motion, in either preference.
  describe('no motion under prefers-reduced-motion', () => {
    afterEach(unemulate);

    /** Every transition or animation on the host, in the shadow tree and their ::before/::after. */
    function motion(el: SupportAppeal): string[] {
      const found: string[] = [];
      const seconds = (list: string) => list.split(',').map((t) => (t.trim() === 'auto' ? 0 : parseFloat(t) || 0));
      for (const node of [el, ...parts(el, '*')]) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(node, pseudo);
          const name = `${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''}${pseudo ?? ''}`;
          if (seconds(s.transitionDuration).some((t) => t > 0)) found.push(`${name} transition ${s.transitionDuration}`);
          if (seconds(s.animationDuration).some((t) => t > 0)) found.push(`${name} animation-duration ${s.animationDuration}`);
          if (s.animationName.split(',').some((n) => n.trim() !== 'none')) found.push(`${name} animation ${s.animationName}`);
          if (s.scrollBehavior === 'smooth') found.push(`${name} scroll-behavior smooth`);
        }
      }
      const running = el.shadowRoot!.getAnimations().length + document.getAnimations().length;
      if (running) found.push(`${running} running animations`);
      return found;
    }

    function expectStill(el: SupportAppeal, when: string): void {
      const found = motion(el);
      expect(found, `${when}: ${found.join('; ')}`).to.deep.equal([]);
    }

    for (const variant of VARIANTS) {
      for (const preference of ['reduce', 'no-preference']) {
        it(`${variant}, prefers-reduced-motion: ${preference} (emulated where the driver can)`, async function () {
          const emulated = await emulate({ 'prefers-reduced-motion': preference });
          const reported = matchMedia(`(prefers-reduced-motion: ${preference})`).matches;
          if (emulated) expect(reported).to.equal(true);
          // Where the driver cannot emulate it, only the preference the engine reports is tested:
          // the other is skipped rather than counted as passed.
          else if (!reported) this.skip();
          const el = await mount({ variant, theme: 'light', locale: 'en', ...ALL });
          expect(parts(el, '*').length).to.be.above(20);
          expectStill(el, 'on first render');
          // Nothing starts moving as the state changes either (a transition would start here).
          frequencyButtons(el)[0]!.click();
          await settle(el);
          parts<HTMLButtonElement>(el, '[part="tier"]')[0]!.click();
          await settle(el);
          expectStill(el, 'after choosing');
          await showAmountError(el);
          expectStill(el, 'with the Other field and its error');
          part(el, '[part="remind"]').click();
          await settle(el);
          expectStill(el, 'on the confirmation');
        });
      }
    }
  });

  // 5. Forced colours (Windows high contrast).
  describe('forced colors: every control and the ticker bar stay visible', () => {
    afterEach(unemulate);

    for (const variant of VARIANTS) {
      for (const theme of THEMES) {
        it(`${variant}, ${theme}`, async function () {
          const el = await mount({ variant, theme, locale: 'en', ...ALL });
          await showAmountError(el);
          const emulated = await emulate({ 'forced-colors': 'active' });
          // Where the driver cannot emulate it, the engine must at least report what it does, and
          // the test is skipped rather than counted as passed.
          expect(matchMedia('(forced-colors: active)').matches).to.equal(emulated);
          if (!emulated) this.skip();

          const problems: string[] = [];
          const controls: [string, Element][] = [
            ...parts(el, '[part="tier"]').map((t) => [describeControl(t), t] as [string, Element]),
            ...frequencyButtons(el).map((f) => [describeControl(f), f] as [string, Element]),
            ...['#amount', '[part="cta"]', '[part="remind"]', '[part="close"]'].map((s) => [s, part(el, s)] as [string, Element]),
          ];
          for (const [name, control] of controls) {
            const s = getComputedStyle(control);
            const own = backgroundBehind(control);
            const around = backgroundBehind(control.parentElement);
            // The text (or the close button's icon) in a colour other than the control's background.
            const ink = control.querySelector('svg path') ? solid(getComputedStyle(control.querySelector('svg path')!).stroke) : solid(s.color);
            if (ink === own || ink === 'transparent') problems.push(`${name}: ink ${ink} on ${own}`);
            // Buttons that look like boxes keep an edge against what surrounds them.
            if (['tier', 'field', 'cta'].includes(kindOf(control))) {
              const edge = s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) >= 1 && solid(s.borderTopColor) !== around;
              if (!edge) problems.push(`${name}: no border (${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor} on ${around})`);
            }
          }
          // The frequency switch keeps its outline; the selected tier and frequency an outline of their own.
          const group = getComputedStyle(part(el, '[part="frequencies"]'));
          if (group.borderTopStyle === 'none' || solid(group.borderTopColor) === backgroundBehind(part(el, '[part="frequencies"]'))) {
            problems.push(`frequencies: no border (${group.borderTopStyle} ${group.borderTopColor})`);
          }
          for (const selected of [other(el), frequencyButtons(el).find((f) => f.getAttribute('aria-pressed') === 'true')!]) {
            const s = getComputedStyle(selected);
            if (s.outlineStyle !== 'solid' || parseFloat(s.outlineWidth) < 2)
              problems.push(`${describeControl(selected)} selected: outline ${s.outlineStyle} ${s.outlineWidth}`);
          }
          expect(problems, problems.join('; ')).to.deep.equal([]);

          // The ticker: a bordered track with the raised share filled in a colour of its own.
          const bar = part(el, '[role="progressbar"]');
          const rect = part(el, '[role="progressbar"] rect');
          const track = backgroundBehind(bar);
          expect(solid(getComputedStyle(rect).fill)).to.not.equal(track);
          expect(solid(getComputedStyle(rect).fill)).to.not.equal('transparent');
          expect(getComputedStyle(bar).borderTopStyle).to.equal('solid');
          expect(solid(getComputedStyle(bar).borderTopColor)).to.not.equal(track);
          const share = rect.getBoundingClientRect().width / bar.querySelector('svg')!.getBoundingClientRect().width;
          expect(share).to.be.closeTo(RAISED / GOAL, 0.02);
        });
      }
    }
  });

  // 6. What assistive technology is told.
  describe('messages exposed to assistive technology', () => {
    for (const variant of VARIANTS) {
      for (const locale of LOCALES) {
        it(`${variant}, ${locale}: the Remind me later confirmation fills a status region that was there, empty, before`, async () => {
          const el = await mount({ variant, theme: 'light', locale, ...ALL });
          const statuses = parts(el, '[role="status"]');
          expect(statuses.length).to.equal(1);
          const status = statuses[0]!;
          expect(status.textContent!.trim()).to.equal('');
          // In the accessibility tree while empty: not display: none, not hidden.
          expect(getComputedStyle(status).display).to.not.equal('none');
          expect(getComputedStyle(status).visibility).to.equal('visible');
          expect(status.closest('[aria-hidden="true"]') === null).to.equal(true);
          part(el, '[part="remind"]').click();
          await settle(el);
          const after = parts(el, '[role="status"]');
          expect(after.length).to.equal(1);
          expect(after[0] === status, 'the same element, filled in').to.equal(true);
          expect(status.textContent!.trim()).to.not.equal('');
          expect(status.getAttribute('aria-live') ?? 'polite').to.not.equal('off');
          expect(status.closest('[aria-hidden="true"]') === null).to.equal(true);
        });

        it(`${variant}, ${locale}: the custom amount's error is a live region the field describes itself by, and marks it aria-invalid`, async () => {
          const el = await mount({ variant, theme: 'light', locale, ...ALL });
          await openOther(el);
          const input = field(el);
          expect(input.labels?.[0]?.textContent?.trim() ?? '').to.contain(CURRENCY[locale]);
          expect(input.getAttribute('aria-invalid')).to.equal('false');
          const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
          expect(ids.length).to.be.above(0);
          const described = ids.map((id) => el.shadowRoot!.getElementById(id));
          expect(
            described.every((node) => node !== null),
            'aria-describedby names elements of the same tree',
          ).to.equal(true);
          const region = described.find((node) => node!.closest('[aria-live]:not([aria-live="off"]), [role="alert"], [role="status"]'))!;
          expect(region !== undefined, 'a described element is in a live region').to.equal(true);
          expect(region.textContent!.trim()).to.equal('');
          // In the accessibility tree while empty, so that its first message is announced.
          expect(getComputedStyle(region).display).to.not.equal('none');

          // By keyboard: an amount below the minimum, then Tab away.
          expect(focused(el) === input).to.equal(true);
          await sendKeys({ type: '0' });
          await sendKeys({ press: 'Tab' });
          await settle(el);
          expect(region.isConnected, 'the same live region').to.equal(true);
          const error = region.textContent!.trim();
          expect(error).to.not.equal('');
          expect(input.getAttribute('aria-invalid')).to.equal('true');

          // Fixed: the error goes and so does aria-invalid.
          input.focus();
          await sendKeys({ press: 'Backspace' });
          await sendKeys({ type: '25' });
          await settle(el);
          expect(input.value).to.equal('25');
          expect(region.textContent!.trim()).to.equal('');
          expect(input.getAttribute('aria-invalid')).to.equal('false');
        });

        it(`${variant}, ${locale}: the goal ticker is a named progressbar with its range, value and percentage`, async () => {
          const el = await mount({ variant, theme: 'light', locale, ...ALL });
          const bars = parts(el, '[role="progressbar"]');
          expect(bars.length).to.equal(1);
          const bar = bars[0]!;
          const labelIds = (bar.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
          expect(labelIds.length).to.be.above(0);
          const name = labelIds
            .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? '')
            .join(' ')
            .trim();
          const money = (n: number) =>
            new Intl.NumberFormat(locale, { style: 'currency', currency: CURRENCY[locale], maximumFractionDigits: 0 }).format(n);
          expect(name).to.contain(money(RAISED));
          expect(name).to.contain(money(GOAL));
          expect(bar.getAttribute('aria-valuemin')).to.equal('0');
          expect(bar.getAttribute('aria-valuemax')).to.equal(String(GOAL));
          expect(bar.getAttribute('aria-valuenow')).to.equal(String(RAISED));
          const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(RAISED / GOAL);
          expect(bar.getAttribute('aria-valuetext')).to.equal(percent);
          // The bar itself is decoration: assistive technology gets the values above.
          expect(bar.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        });
      }
    }
  });
});
