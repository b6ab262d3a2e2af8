// variant="compact": the one-line ask a news page opens with. Heading, message and the support
// button only, its own built-in copy in every language, the link filled in with the default
// amount and frequency, one row when wide and stacked when narrow, clearly shorter than the
// inline appeal, the close button with `dismissible`, the same events and suppression, and axe.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LANGUAGES, type Table } from '../src/copy.js';
import '../src/index.js';
import type { SupportAppeal, SupportAppealCheckoutEvent, SupportAppealShowEvent } from '../src/index.js';
import { importPart } from '../src/import-part.js';
import { part as loaded } from '../src/parts.js';
import { appeal, captureWarnings, clearStorage, expectNoAxeViolations, isHidden, keepPage, part, parts } from './helpers.js';

const text = (el: SupportAppeal, selector: string) => part(el, selector).textContent!.replace(/\s+/g, ' ').trim();
const rect = (el: SupportAppeal, selector: string) => part(el, selector).getBoundingClientRect();

/** An appeal inside a box of the given width, rendered. */
async function inBox(
  width: number,
  template = html`<support-appeal variant="compact" campaign="compact-box" checkout-url="/donate"></support-appeal>`,
) {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = box.querySelector('support-appeal')!;
  await el.updateComplete;
  return el;
}

describe('variant="compact"', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('shows the heading, the message and the support button, and nothing else', async () => {
    const el = await appeal(html`<support-appeal variant="compact" campaign="compact-only" checkout-url="/donate?a={amount}"></support-appeal>`);
    expect(text(el, '[part="heading"]')).to.equal('Enjoying our journalism?');
    expect(text(el, '[part="message"]')).to.equal('It stays free for everyone thanks to readers like you. Please support us.');
    expect(text(el, '[part="cta"]')).to.equal('Support us');
    for (const absent of ['[part="frequencies"]', '[part="tiers"]', '[part="tier"]', '[part="remind"]', '[part="close"]', '[part="progress"]']) {
      expect(el.shadowRoot!.querySelector(absent), absent).to.equal(null);
    }
    expect(part(el, '[part="container"]').classList.contains('compact')).to.equal(true);
    expect(getComputedStyle(part(el, '[part="container"]')).display).to.equal('flex');
  });

  it('fills the link in with the middle tier and the frequency, or default-amount', async () => {
    const plain = await appeal(
      html`<support-appeal variant="compact" campaign="compact-link" checkout-url="/donate?a={amount}&amp;f={frequency}"></support-appeal>`,
    );
    expect(part(plain, '[part="cta"]').getAttribute('href')).to.match(/\/donate\?a=5&f=monthly$/);
    const chosen = await appeal(
      html`<support-appeal
        variant="compact"
        campaign="compact-link-2"
        amounts="3,6,12"
        default-amount="12"
        frequency="annual"
        checkout-url="/donate?a={amount}&amp;f={frequency}"
      ></support-appeal>`,
    );
    expect(part(chosen, '[part="cta"]').getAttribute('href')).to.match(/\/donate\?a=12&f=annual$/);
  });

  it('takes its own heading, message and slots as the other variants do', async () => {
    const el = await appeal(
      html`<support-appeal variant="compact" campaign="compact-own" heading="Enjoying ad-free content?" message="Since July we have disabled all ads."></support-appeal>`,
    );
    expect(text(el, '[part="heading"]')).to.equal('Enjoying ad-free content?');
    expect(text(el, '[part="message"]')).to.equal('Since July we have disabled all ads.');
    const slotted = await appeal(html`<support-appeal variant="compact" campaign="compact-slot"><p>Our own <b>words</b>.</p></support-appeal>`);
    expect(slotted.querySelector('p')!.assignedSlot).to.not.equal(null);
    expect(part(slotted, '[part="message"]').textContent!.trim()).to.equal('');
  });

  it('lays out in one row when it is wide, and stacks the button under the text when narrow', async () => {
    const dismissible = html`<support-appeal variant="compact" campaign="compact-box" checkout-url="/donate" dismissible></support-appeal>`;
    for (const width of [700, 1000]) {
      const wide = await inBox(width, dismissible);
      const text = rect(wide, '.text');
      const cta = rect(wide, '[part="cta"]');
      const close = rect(wide, '[part="close"]');
      expect(cta.left, `${width} px: the button after the text`).to.be.at.least(text.right - 1);
      expect(cta.top, `${width} px: on the same row`).to.be.below(text.bottom);
      expect(close.left, `${width} px: the close button after the support button`).to.be.at.least(cta.right - 1);
      expect(close.top, `${width} px: on its row`).to.be.below(cta.bottom);
    }
    const narrow = await inBox(320, dismissible);
    expect(rect(narrow, '[part="cta"]').top, 'under the text').to.be.at.least(rect(narrow, '.text').bottom - 1);
    expect(rect(narrow, '[part="close"]').top, 'the close button beside it').to.be.below(rect(narrow, '[part="cta"]').bottom);
  });

  it('is clearly shorter than the inline appeal', async () => {
    const compact = await inBox(800);
    const inline = await inBox(800, html`<support-appeal campaign="compact-inline" checkout-url="/donate"></support-appeal>`);
    const heights = [compact, inline].map((el) => rect(el, '[part="container"]').height);
    expect(heights[0]!, `compact ${heights[0]} px, inline ${heights[1]} px`).to.be.below(heights[1]! / 2);
  });

  for (const language of LANGUAGES) {
    it(`has its built-in copy in ${language}, under that language`, async () => {
      const { default: table } = (await importPart(`locales/${language}`)) as { default: Table };
      const el = await appeal(html`<support-appeal variant="compact" campaign="compact-${language}" locale=${language}></support-appeal>`);
      expect(text(el, '[part="heading"]')).to.equal(table.compactHeading);
      expect(text(el, '[part="message"]')).to.equal(table.compactMessage);
      expect(text(el, '[part="cta"]')).to.equal(table.cta);
      expect(part(el, '[part="container"]').getAttribute('lang')).to.equal(language);
    });
  }

  it('has a close button with dismissible, which dismisses it', async () => {
    const el = await appeal(html`<support-appeal variant="compact" campaign="compact-close" dismissible></support-appeal>`);
    let dismissed = 0;
    el.addEventListener('support-appeal-dismiss', () => dismissed++);
    part(el, '[part="close"]').click();
    await el.updateComplete;
    expect(dismissed).to.equal(1);
    expect(isHidden(el)).to.equal(true);
    expect(el.suppression?.reason).to.equal('dismiss');
  });

  it('sends the events the other variants send: show with its variant, and checkout with the choice', async () => {
    const shows: string[] = [];
    const listen = (event: Event) => shows.push((event as SupportAppealShowEvent).detail.variant);
    document.addEventListener('support-appeal-show', listen);
    const el = await appeal(html`<support-appeal variant="compact" campaign="compact-events" checkout-url="/donate?a={amount}"></support-appeal>`);
    document.removeEventListener('support-appeal-show', listen);
    expect(shows).to.deep.equal(['compact']);
    const page = keepPage();
    try {
      let detail: SupportAppealCheckoutEvent['detail'] | undefined;
      el.addEventListener('support-appeal-checkout', (event) => (detail = event.detail));
      part(el, '[part="cta"]').click();
      expect(page.navigated()).to.equal(true);
      expect(detail).to.include({ campaign: 'compact-events', amount: 5, frequency: 'monthly', currency: 'USD' });
      expect(detail!.url).to.match(/\/donate\?a=5$/);
    } finally {
      page.stop();
    }
  });

  it('stays hidden for a reader who snoozed or supported, as any appeal does', async () => {
    const first = await appeal(html`<support-appeal variant="compact" campaign="compact-snoozed"></support-appeal>`);
    first.snooze();
    await first.updateComplete;
    const again = await appeal(html`<support-appeal variant="compact" campaign="compact-snoozed"></support-appeal>`);
    expect(isHidden(again)).to.equal(true);
    expect(again.suppression?.reason).to.equal('snooze');
  });

  it('warns once each of goal, raised and custom-amount, shows none of them and loads neither part', async () => {
    const warnings = captureWarnings();
    try {
      const el = await appeal(
        html`<support-appeal variant="compact" campaign="compact-unused" goal="1000" raised="10" custom-amount></support-appeal>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.calls.filter((w) => w.includes('goal="1000"'))).to.have.length(1);
      expect(warnings.calls.filter((w) => w.includes('raised="10"'))).to.have.length(1);
      expect(warnings.calls.filter((w) => w.includes('custom-amount=""'))).to.have.length(1);
      expect(warnings.calls.every((w) => w.includes('the compact ask shows no'))).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="progress"], [part="custom-amount"], [part="tier"]')).to.equal(null);
      expect(loaded('features/ticker')).to.equal(undefined);
      expect(loaded('features/custom-amount')).to.equal(undefined);
    } finally {
      warnings.restore();
    }
  });

  for (const theme of ['light', 'dark']) {
    for (const locale of ['en', 'ru', 'ar']) {
      it(`has no axe violation (WCAG 2.2 AA, target-size): ${theme}, ${locale}, dismissible`, async () => {
        const el = await appeal(
          html`<support-appeal variant="compact" campaign="compact-axe" theme=${theme} locale=${locale} dismissible checkout-url="/donate"></support-appeal>`,
        );
        await expectNoAxeViolations(el);
      });
    }
  }

  it('is operated by keyboard: Tab reaches the button, then the close button', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button type="button">before</button>`);
    const el = await appeal(html`<support-appeal variant="compact" campaign="compact-keys" dismissible checkout-url="/donate"></support-appeal>`);
    before.after(el);
    before.focus();
    const order: string[] = [];
    for (let i = 0; i < 2; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(el.shadowRoot!.activeElement?.getAttribute('part') ?? 'outside');
    }
    expect(order).to.deep.equal(['cta', 'close']);
    const ring = getComputedStyle(parts(el, '[part="close"]')[0]!);
    expect(ring.outlineStyle).to.equal('solid');
  });
});
