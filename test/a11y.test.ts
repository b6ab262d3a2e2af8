import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { appeal, clearStorage, expectNoAxeViolations, part, parts, tierLabels } from './helpers.js';

/** The element that has focus, looking inside the appeal's shadow root. */
function focused(el: SupportAppeal): Element | null {
  return document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;
}

function describeControl(control: Element | null): string {
  if (!control) return 'nothing';
  return control.getAttribute('aria-label') ?? control.textContent!.trim();
}

/** Focuses a button placed just before the appeal, the start of every keyboard walk; returns its removal. */
function focusJustBefore(el: SupportAppeal): () => void {
  const start = document.createElement('button');
  start.textContent = 'before';
  el.before(start);
  start.focus();
  return () => start.remove();
}

/** Tabs from just before the appeal and lists the controls reached, in order. */
async function tabThrough(el: SupportAppeal, count: number): Promise<string[]> {
  const done = focusJustBefore(el);
  const reached: string[] = [];
  for (let i = 0; i < count; i++) {
    await sendKeys({ press: 'Tab' });
    reached.push(describeControl(focused(el)));
  }
  done();
  return reached;
}

async function focusByTab(el: SupportAppeal, target: Element): Promise<void> {
  const done = focusJustBefore(el);
  for (let i = 0; i < 20 && focused(el) !== target; i++) await sendKeys({ press: 'Tab' });
  done();
  expect(focused(el)).to.equal(target);
}

describe('accessibility', () => {
  beforeEach(() => clearStorage());
  afterEach(() => clearStorage());

  describe('axe, WCAG 2.2 AA with target-size', () => {
    it('has target-size switched on (a 10 px button fails)', async () => {
      const page = await fixture(
        html`<div><button style="width:10px;height:10px;padding:0;border:0" aria-label="tiny"></button><button style="width:10px;height:10px;padding:0;border:0" aria-label="tiny 2"></button></div>`,
      );
      let failure: unknown;
      try {
        await expectNoAxeViolations(page);
      } catch (error) {
        failure = error;
      }
      expect(String(failure)).to.contain('target-size');
    });

    for (const [name, template] of [
      ['the default appeal', html`<support-appeal></support-appeal>`],
      ['a dismissible appeal with a checkout link', html`<support-appeal dismissible checkout-url="/donate?a={amount}"></support-appeal>`],
      ['one frequency and many tiers', html`<support-appeal frequencies="one-time" amounts="1,2,3,5,8,13,21,34"></support-appeal>`],
      ['a right-to-left appeal', html`<support-appeal locale="ar" currency="EGP" dismissible></support-appeal>`],
      ['a narrow 320 px column', html`<div style="width:320px"><support-appeal dismissible></support-appeal></div>`],
    ] as const) {
      it(`finds no violations in ${name}`, async () => {
        const page = await fixture(html`<main>${template}</main>`);
        await page.querySelector('support-appeal')!.updateComplete;
        await expectNoAxeViolations(page);
      });
    }

    it('finds no violations in the confirmation after Remind me later', async () => {
      const el = await appeal(html`<support-appeal campaign="a11y"></support-appeal>`);
      part(el, '[part="remind"]').click();
      await el.updateComplete;
      await expectNoAxeViolations(el.parentElement!);
      el.reset();
    });
  });

  it('names the frequency and amount groups and marks the selection with aria-pressed', async () => {
    const el = await appeal(html`<support-appeal></support-appeal>`);
    expect(part(el, '[part="frequencies"]').getAttribute('role')).to.equal('group');
    expect(part(el, '[part="frequencies"]').getAttribute('aria-label')).to.equal('How often');
    expect(part(el, '[part="tiers"]').getAttribute('aria-label')).to.equal('Amount');
    expect(parts(el, '[part="tier"]').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
  });

  it('labels the appeal as a region by its heading', async () => {
    const el = await appeal(html`<support-appeal></support-appeal>`);
    const container = part(el, '[part="container"]');
    expect(container.tagName).to.equal('SECTION');
    expect(el.shadowRoot!.getElementById(container.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal('We have a small favor to ask');
  });

  it('makes every control at least 24 by 24 CSS pixels', async () => {
    const el = await appeal(html`<div style="width:320px"><support-appeal dismissible checkout-url="/d"></support-appeal></div>`).then((wrapper) =>
      wrapper.querySelector('support-appeal')!,
    );
    await el.updateComplete;
    for (const control of parts(el, 'button, a')) {
      const { width, height } = control.getBoundingClientRect();
      expect(width, describeControl(control)).to.be.at.least(24);
      expect(height, describeControl(control)).to.be.at.least(24);
    }
  });

  describe('keyboard', () => {
    it('reaches every control in reading order with Tab', async () => {
      const el = await appeal(html`<support-appeal dismissible checkout-url="/donate"></support-appeal>`);
      expect(await tabThrough(el, 9)).to.deep.equal(['Close', 'One-time', 'Monthly', 'Annual', '$2', '$5', '$10', 'Support us', 'Remind me later']);
    });

    it('selects a tier with Enter and a frequency with Space', async () => {
      const el = await appeal(html`<support-appeal></support-appeal>`);
      await focusByTab(el, parts(el, '[part="tier"]')[2]!);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(tierLabels(el)).to.deep.equal(['$2', '$5', '[$10]']);
      await focusByTab(el, parts(el, '[part="frequencies"] button')[2]!);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(parts(el, '[part="frequencies"] button')[2]!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('Remind me later by keyboard moves focus to the announced confirmation', async () => {
      const el = await appeal(html`<support-appeal campaign="kbd"></support-appeal>`);
      await focusByTab(el, part(el, '[part="remind"]'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const status = part(el, '[role="status"]');
      expect(status.textContent).to.contain("We'll remind you on");
      expect(focused(el)).to.equal(status);
      el.reset();
    });

    it('the close button works with Enter', async () => {
      const el = await appeal(html`<support-appeal campaign="kbd" dismissible></support-appeal>`);
      await focusByTab(el, part(el, '[part="close"]'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      el.reset();
    });

    it('shows a visible focus ring of at least 2 px on keyboard focus', async function () {
      // A key press per control, through WebDriver in WebKit: slow on a busy machine.
      this.timeout(20_000);
      const el = await appeal(html`<support-appeal dismissible checkout-url="/donate"></support-appeal>`);
      for (const control of parts(el, 'button, a')) {
        await focusByTab(el, control);
        const style = getComputedStyle(control);
        expect(style.outlineStyle, describeControl(control)).to.equal('solid');
        expect(parseFloat(style.outlineWidth), describeControl(control)).to.be.at.least(2);
      }
    });
  });

  it('has no transitions or animations, so nothing moves for readers who ask for less motion', async () => {
    const el = await appeal(html`<support-appeal dismissible></support-appeal>`);
    for (const node of parts(el, '*')) {
      const style = getComputedStyle(node);
      expect(parseFloat(style.transitionDuration) || 0, node.tagName).to.equal(0);
      expect(style.animationName, node.tagName).to.equal('none');
    }
  });
});
