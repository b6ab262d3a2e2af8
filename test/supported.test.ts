// "I already support" (already-supported): the button, its cancelable event, the stored mark
// and the thank-you in place of the appeal, the campaign's other appeals and the next page view;
// in the compact ask, in another language, not on a gate; and the host's data-nosnippet.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal, SupportAppealSupportedEvent } from '../src/index.js';
import ru from '../src/locales/ru.js';
import { DAY, NOW, appeal, captureWarnings, clearStorage, expectNoAxeViolations, isHidden, part, useClock } from './helpers.js';

const stored = (campaign: string) => JSON.parse(localStorage.getItem(`support-appeal:${campaign}`) ?? 'null') as Record<string, unknown> | null;
const button = (el: SupportAppeal) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="already-supported"]');

describe('I already support', () => {
  let clock: ReturnType<typeof useClock>;
  beforeEach(() => {
    clearStorage();
    clock = useClock();
  });
  afterEach(() => clock.restore());

  it('only with the attribute: a button after Remind me later, in the same line', async () => {
    const plain = await appeal(html`<support-appeal campaign="plain"></support-appeal>`);
    expect(button(plain)).to.equal(null);
    const el = await appeal(html`<support-appeal campaign="offers" already-supported></support-appeal>`);
    const pressed = button(el)!;
    expect(pressed.textContent!.trim()).to.equal('I already support');
    expect(pressed.type).to.equal('button');
    expect(pressed.parentElement!.classList.contains('remind')).to.equal(true);
    expect(pressed.previousElementSibling!.getAttribute('part')).to.equal('remind');
    await expectNoAxeViolations(el);
  });

  it('pressing it: the event, the supported mark for supported-days, a thank-you announced and focused in its place', async () => {
    const el = await appeal(html`<support-appeal campaign="already" already-supported supported-days="90"></support-appeal>`);
    const sent = oneEvent(el, 'support-appeal-supported') as Promise<SupportAppealSupportedEvent>;
    button(el)!.focus();
    button(el)!.click();
    const event = await sent;
    expect(event.cancelable).to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ campaign: 'already', until: NOW + 90 * DAY, stored: true });
    await el.updateComplete;
    expect(stored('already')).to.deep.include({ reason: 'supported', until: NOW + 90 * DAY });
    const status = part(el, '.status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal("Thank you for your support. We won't ask you again.");
    expect(el.shadowRoot!.activeElement).to.equal(status);
    expect(el.shadowRoot!.querySelector('[part="tier"]')).to.equal(null);
    expect(el.hidden).to.equal(false);
    expect(el.suppression).to.deep.equal({ reason: 'supported', until: NOW + 90 * DAY });
  });

  it('the campaign’s other appeals on the page go, and the next page view shows nothing', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <support-appeal campaign="pair" already-supported></support-appeal>
      <support-appeal campaign="pair" variant="banner"></support-appeal>
      <support-appeal campaign="other"></support-appeal>
    </div>`);
    const [first, banner, other] = [...box.querySelectorAll('support-appeal')];
    await Promise.all([first, banner, other].map((el) => el!.updateComplete));
    button(first!)!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.all([first, banner, other].map((el) => el!.updateComplete));
    expect(isHidden(banner!)).to.equal(true);
    expect(other!.hidden).to.equal(false);
    expect(part(first!, '.status').textContent).to.include('Thank you');
    const next = await appeal(html`<support-appeal campaign="pair" already-supported></support-appeal>`);
    expect(isHidden(next)).to.equal(true);
    expect(next.suppression?.reason).to.equal('supported');
  });

  it('a listener that cancels it keeps the appeal as it was, nothing stored', async () => {
    const el = await appeal(html`<support-appeal campaign="cancelled" already-supported></support-appeal>`);
    el.addEventListener('support-appeal-supported', (event) => event.preventDefault());
    button(el)!.click();
    await el.updateComplete;
    expect(stored('cancelled')).to.equal(null);
    expect(button(el)).to.exist;
    expect(part(el, '.status').textContent).to.equal('');
  });

  it('in the compact ask: after the support button', async () => {
    const el = await appeal(html`<support-appeal campaign="compact-already" variant="compact" already-supported></support-appeal>`);
    expect(button(el)!.previousElementSibling!.getAttribute('part')).to.equal('cta');
    await expectNoAxeViolations(el);
  });

  it('in the reader’s language, and its thank-you too', async () => {
    const el = await appeal(html`<support-appeal campaign="ru-already" locale="ru" already-supported></support-appeal>`);
    expect(button(el)!.textContent!.trim()).to.equal(ru.alreadySupported);
    expect(button(el)!.getAttribute('lang')).to.equal('ru');
    button(el)!.click();
    await el.updateComplete;
    expect(part(el, '.status').textContent).to.equal(ru.thanks);
  });

  it('not on a gate, which has Sign in: one warning naming the attribute', async () => {
    const warnings = captureWarnings();
    try {
      const box = await fixture<HTMLElement>(
        html`<article><p>First.</p><support-appeal variant="gate" campaign="gate-already" already-supported free-articles="0" preview></support-appeal><p>Rest.</p></article>`,
      );
      const el = box.querySelector('support-appeal')!;
      await el.updateComplete;
      expect(button(el)).to.equal(null);
      expect(warnings.calls.filter((w) => w.includes('already-supported'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});

describe('data-nosnippet', () => {
  it('the host and the appeal’s box carry it, so that search results do not quote the ask', async () => {
    const el = await appeal(html`<support-appeal campaign="snippet"></support-appeal>`);
    expect(el.hasAttribute('data-nosnippet')).to.equal(true);
    expect(part(el, '[part="container"]').hasAttribute('data-nosnippet')).to.equal(true);
    expect(part(el, '[part="container"]').tagName).to.equal('SECTION');
  });
});
