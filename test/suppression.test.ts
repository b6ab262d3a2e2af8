import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal, SupportAppealDismissEvent, SupportAppealShowEvent, SupportAppealSnoozeEvent } from '../src/index.js';
import { printed } from '../src/warn.js';
import {
  DAY,
  NOW,
  appeal,
  breakStorage,
  captureWarnings,
  clearStorage,
  fakeStorage,
  isHidden,
  part,
  realLocalStorage,
  restoreStorage,
  useClock,
} from './helpers.js';

const KEY = 'support-appeal:spring';
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');

/** A fresh element for the same campaign: what the reader gets on the next page view. */
async function nextPageView(attributes = ''): Promise<SupportAppeal> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('support-appeal');
  el.setAttribute('campaign', 'spring');
  for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  container.append(el);
  await el.updateComplete;
  return el;
}

describe('suppression', () => {
  let clock: ReturnType<typeof useClock>;
  beforeEach(() => {
    clearStorage();
    clock = useClock();
  });
  afterEach(() => {
    clock.restore();
    restoreStorage();
    clearStorage();
  });

  describe('Remind me later', () => {
    it('fires a cancelable support-appeal-snooze with the date the appeal comes back', async () => {
      const el = await appeal(html`<support-appeal campaign="spring"></support-appeal>`);
      setTimeout(() => part(el, '[part="remind"]').click());
      const event = (await oneEvent(el, 'support-appeal-snooze')) as SupportAppealSnoozeEvent;
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ campaign: 'spring', until: NOW + 7 * DAY, stored: true });
    });

    it('shows a one-line confirmation with the date instead of the appeal, in a live region', async () => {
      const el = await appeal(html`<support-appeal campaign="spring" locale="en-GB"></support-appeal>`);
      const status = part(el, '[role="status"]');
      expect(status.textContent!.trim()).to.equal('');
      part(el, '[part="remind"]').click();
      await el.updateComplete;
      expect(part(el, '[role="status"]')).to.equal(status);
      expect(status.textContent!.trim()).to.equal("Thank you. We'll remind you on 6 December.");
      expect(el.shadowRoot!.querySelector('[part="tiers"]')).to.equal(null);
      expect(el.hidden).to.equal(false);
    });

    it('hides for snooze-days on later page views, and comes back after', async () => {
      const el = await appeal(html`<support-appeal campaign="spring" snooze-days="3"></support-appeal>`);
      part(el, '[part="remind"]').click();
      expect(stored()).to.deep.include({ v: 1, reason: 'snooze', until: NOW + 3 * DAY });

      clock.tick(3 * DAY - 1);
      const later = await nextPageView('snooze-days="3"');
      expect(isHidden(later)).to.equal(true);
      expect(later.suppression).to.deep.equal({ reason: 'snooze', until: NOW + 3 * DAY });

      clock.tick(1);
      const after = await nextPageView('snooze-days="3"');
      expect(isHidden(after)).to.equal(false);
      expect(after.suppression).to.equal(null);
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('allows fractions of a day: 0.25 is six hours, and the confirmation gives the time', async () => {
      const el = await appeal(html`<support-appeal campaign="spring" snooze-days="0.25" locale="en-GB"></support-appeal>`);
      part(el, '[part="remind"]').click();
      await el.updateComplete;
      expect(el.suppression!.until).to.equal(NOW + 6 * 3_600_000);
      expect(part(el, '[role="status"]').textContent).to.match(/29 November.*\d{1,2}:\d{2}/);
      clock.tick(6 * 3_600_000);
      expect(isHidden(await nextPageView('snooze-days="0.25"'))).to.equal(false);
    });

    it('preventDefault on support-appeal-snooze keeps the appeal and stores nothing', async () => {
      const el = await appeal(html`<support-appeal campaign="spring"></support-appeal>`);
      el.addEventListener('support-appeal-snooze', (e) => e.preventDefault());
      part(el, '[part="remind"]').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="tiers"]')).to.exist;
      expect(el.suppression).to.equal(null);
      expect(localStorage.getItem(KEY)).to.equal(null);
    });
  });

  describe('close button', () => {
    it('appears only with dismissible, with an accessible name', async () => {
      expect((await appeal(html`<support-appeal></support-appeal>`)).shadowRoot!.querySelector('[part="close"]')).to.equal(null);
      const el = await appeal(html`<support-appeal dismissible></support-appeal>`);
      expect(part(el, '[part="close"]').getAttribute('aria-label')).to.equal('Close');
    });

    it('fires a cancelable support-appeal-dismiss, then hides for dismiss-days', async () => {
      const el = await appeal(html`<support-appeal campaign="spring" dismissible></support-appeal>`);
      setTimeout(() => part(el, '[part="close"]').click());
      const event = (await oneEvent(el, 'support-appeal-dismiss')) as SupportAppealDismissEvent;
      expect(event.cancelable).to.equal(true);
      expect(event.detail).to.deep.equal({ campaign: 'spring', until: NOW + 30 * DAY, stored: true });
      await el.updateComplete;
      expect(isHidden(el)).to.equal(true);
      expect(el.suppression).to.deep.equal({ reason: 'dismiss', until: NOW + 30 * DAY });

      clock.tick(30 * DAY - 1);
      expect(isHidden(await nextPageView())).to.equal(true);
      clock.tick(1);
      expect(isHidden(await nextPageView())).to.equal(false);
    });

    it('honours dismiss-days', async () => {
      const el = await appeal(html`<support-appeal campaign="spring" dismissible dismiss-days="2"></support-appeal>`);
      part(el, '[part="close"]').click();
      expect(el.suppression!.until).to.equal(NOW + 2 * DAY);
    });

    it('preventDefault on support-appeal-dismiss keeps the appeal', async () => {
      const el = await appeal(html`<support-appeal campaign="spring" dismissible></support-appeal>`);
      el.addEventListener('support-appeal-dismiss', (e) => e.preventDefault());
      part(el, '[part="close"]').click();
      await el.updateComplete;
      expect(isHidden(el)).to.equal(false);
      expect(localStorage.getItem(KEY)).to.equal(null);
    });
  });

  describe('after checkout', () => {
    it('keeps the appeal on this page, and hides it on later page views for checkout-days', async () => {
      const el = await appeal(html`<support-appeal campaign="spring" checkout-days="2"></support-appeal>`);
      part(el, '[part="cta"]').click();
      await el.updateComplete;
      expect(isHidden(el)).to.equal(false);
      expect(el.suppression).to.deep.equal({ reason: 'checkout', until: NOW + 2 * DAY });

      clock.tick(2 * DAY - 1);
      expect(isHidden(await nextPageView('checkout-days="2"'))).to.equal(true);
      clock.tick(1);
      expect(isHidden(await nextPageView('checkout-days="2"'))).to.equal(false);
    });

    it('defaults checkout-days to one day', async () => {
      const el = await appeal(html`<support-appeal campaign="spring"></support-appeal>`);
      part(el, '[part="cta"]').click();
      expect(el.suppression!.until).to.equal(NOW + DAY);
    });
  });

  describe('methods', () => {
    it('snooze(), dismiss() and markSupported() store, hide and fire no event', async () => {
      for (const [method, reason, days] of [
        ['snooze', 'snooze', 7],
        ['dismiss', 'dismiss', 30],
        ['markSupported', 'supported', 365],
      ] as const) {
        const el = await appeal(html`<support-appeal campaign="spring"></support-appeal>`);
        let events = 0;
        for (const type of ['support-appeal-snooze', 'support-appeal-dismiss', 'support-appeal-checkout']) el.addEventListener(type, () => events++);
        el[method]();
        await el.updateComplete;
        expect(isHidden(el), method).to.equal(true);
        expect(el.suppression, method).to.deep.equal({ reason, until: NOW + days * DAY });
        expect(events, method).to.equal(0);
        el.reset();
      }
    });

    it("take a number of days, up to the attribute's limit, warning beyond it", async () => {
      const warnings = captureWarnings();
      try {
        const el = await appeal(html`<support-appeal campaign="spring" supported-days="400"></support-appeal>`);
        el.markSupported(200);
        expect(el.suppression!.until).to.equal(NOW + 200 * DAY);
        el.snooze(30);
        expect(el.suppression!.until).to.equal(NOW + 7 * DAY);
        await printed;
        expect(warnings.calls.filter((c) => c.includes('snooze()'))).to.have.length(1);
        el.dismiss(-1);
        expect(el.suppression!.until).to.equal(NOW + 30 * DAY);
        await printed;
        expect(warnings.calls.filter((c) => c.includes('dismiss()'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('markSupported() hides for supported-days on later page views', async () => {
      const el = await appeal(html`<support-appeal campaign="spring"></support-appeal>`);
      el.markSupported();
      clock.tick(364 * DAY);
      expect(isHidden(await nextPageView())).to.equal(true);
      clock.tick(DAY);
      expect(isHidden(await nextPageView())).to.equal(false);
    });

    it('the static markSupported(campaign, days) serves a thank-you page with no appeal on it', async () => {
      const Appeal = customElements.get('support-appeal') as typeof SupportAppeal;
      Appeal.markSupported('spring');
      expect(stored()).to.deep.include({ reason: 'supported', at: NOW, until: NOW + 365 * DAY });
      clock.tick(364 * DAY);
      expect(isHidden(await nextPageView())).to.equal(true);
      clock.tick(DAY);
      expect(isHidden(await nextPageView())).to.equal(false);

      Appeal.markSupported('spring', 30);
      expect(stored().until).to.equal(Date.now() + 30 * DAY);
      Appeal.markSupported();
      expect(JSON.parse(localStorage.getItem('support-appeal:default')!)).to.deep.include({ reason: 'supported' });
    });

    it('the static markSupported() hides appeals of the campaign already on the page', async () => {
      const el = await appeal(html`<support-appeal campaign="spring"></support-appeal>`);
      (customElements.get('support-appeal') as typeof SupportAppeal).markSupported('spring');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(isHidden(el)).to.equal(true);
      expect(el.suppression?.reason).to.equal('supported');
    });

    it('the static markSupported() warns once per bad argument and uses the default', async () => {
      const warnings = captureWarnings();
      try {
        const Appeal = customElements.get('support-appeal') as typeof SupportAppeal;
        Appeal.markSupported('spring', -5);
        expect(stored().until).to.equal(NOW + 365 * DAY);
        Appeal.markSupported('\u0000bad' as string, 10);
        expect(JSON.parse(localStorage.getItem('support-appeal:default')!).until).to.equal(NOW + 10 * DAY);
        // Warnings are printed once their texts have loaded.
        await printed;
        expect(warnings.calls).to.have.length(2);
        expect(warnings.calls[0]).to.contain('supported-days').and.contain('-5');
        expect(warnings.calls[1]).to.contain('campaign');
      } finally {
        warnings.restore();
      }
    });

    it('reset() forgets what is stored and shows the appeal again, firing support-appeal-show', async () => {
      const el = await appeal(html`<support-appeal campaign="spring"></support-appeal>`);
      el.dismiss();
      await el.updateComplete;
      setTimeout(() => el.reset());
      const event = (await oneEvent(el, 'support-appeal-show')) as SupportAppealShowEvent;
      expect(event.detail).to.deep.equal({ campaign: 'spring', variant: 'inline' });
      expect(isHidden(el)).to.equal(false);
      expect(el.suppression).to.equal(null);
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('work before the element is connected', async () => {
      const el = document.createElement('support-appeal');
      el.setAttribute('campaign', 'spring');
      el.snooze();
      expect(stored()).to.deep.include({ reason: 'snooze' });
      const container = await fixture(html`<div></div>`);
      container.append(el);
      await el.updateComplete;
      expect(isHidden(el)).to.equal(true);
    });
  });

  describe('show event', () => {
    it('fires support-appeal-show with campaign and variant when the appeal renders', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('support-appeal');
      el.setAttribute('campaign', 'spring');
      setTimeout(() => container.append(el));
      const event = (await oneEvent(container, 'support-appeal-show')) as SupportAppealShowEvent;
      expect(event.detail).to.deep.equal({ campaign: 'spring', variant: 'inline' });
    });

    it('does not fire for a suppressed appeal', async () => {
      localStorage.setItem(KEY, JSON.stringify({ v: 1, at: NOW, reason: 'dismiss', until: NOW + DAY }));
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      let shown = 0;
      container.addEventListener('support-appeal-show', () => shown++);
      const el = document.createElement('support-appeal');
      el.setAttribute('campaign', 'spring');
      container.append(el);
      await el.updateComplete;
      expect(shown).to.equal(0);
    });
  });

  describe('preview', () => {
    it('shows the appeal whatever is stored, while suppression still reports it', async () => {
      localStorage.setItem(KEY, JSON.stringify({ v: 1, at: NOW, reason: 'supported', until: NOW + 100 * DAY }));
      const el = await nextPageView('preview=""');
      expect(isHidden(el)).to.equal(false);
      expect(el.suppression!.reason).to.equal('supported');
      el.preview = false;
      await el.updateComplete;
      expect(isHidden(el)).to.equal(true);
    });
  });

  it('leaves a hidden attribute the page set itself alone', async () => {
    const el = await appeal(html`<support-appeal campaign="spring" hidden></support-appeal>`);
    el.reset();
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
  });

  it('renders and fires support-appeal-show when the page removes the hidden it set', async () => {
    const el = await appeal(html`<support-appeal campaign="spring" hidden></support-appeal>`);
    expect(el.shadowRoot!.querySelector('[part="cta"]')).to.equal(null);
    setTimeout(() => el.removeAttribute('hidden'));
    await oneEvent(el, 'support-appeal-show');
    expect(part(el, '[part="cta"]')).to.exist;
  });

  it('stays hidden when the page removes its own hidden from a suppressed appeal', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, at: NOW, reason: 'dismiss', until: NOW + DAY }));
    const el = await appeal(html`<support-appeal campaign="spring" hidden></support-appeal>`);
    el.hidden = false;
    await el.updateComplete;
    expect(isHidden(el)).to.equal(true);
  });

  it('keeps a hidden the page set on an appeal that had hidden itself, when the suppression ends', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, at: NOW, reason: 'dismiss', until: NOW + DAY }));
    const el = await appeal(html`<support-appeal campaign="spring"></support-appeal>`);
    expect(isHidden(el)).to.equal(true);
    // The page hides it too, say while a paywall shows.
    el.setAttribute('hidden', '');
    await el.updateComplete;
    // Another tab resets the campaign: the suppression ends, the page's hidden stays.
    localStorage.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    await el.updateComplete;
    expect(el.suppression).to.equal(null);
    expect(isHidden(el)).to.equal(true);
    el.removeAttribute('hidden');
    await el.updateComplete;
    expect(isHidden(el)).to.equal(false);
  });

  it('switches to the stored state of another campaign when campaign changes', async () => {
    localStorage.setItem('support-appeal:autumn', JSON.stringify({ v: 1, at: NOW, reason: 'snooze', until: NOW + DAY }));
    const el = await appeal(html`<support-appeal campaign="spring"></support-appeal>`);
    el.campaign = 'autumn';
    await el.updateComplete;
    expect(isHidden(el)).to.equal(true);
  });

  describe('other appeals of the campaign on the page', () => {
    it('Remind me later on one hides the others, and the one pressed shows its confirmation', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <support-appeal campaign="spring"></support-appeal>
        <support-appeal campaign="spring"></support-appeal>
        <support-appeal campaign="autumn"></support-appeal>
      </div>`);
      const [first, second, other] = [...page.querySelectorAll('support-appeal')];
      await Promise.all([first!.updateComplete, second!.updateComplete, other!.updateComplete]);
      part(first!, '[part="remind"]').click();
      await Promise.resolve();
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      expect(part(first!, '[role="status"]').textContent).to.contain("We'll remind you");
      expect(isHidden(second!)).to.equal(true);
      expect(isHidden(other!)).to.equal(false);

      first!.reset();
      await Promise.resolve();
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      expect(isHidden(first!)).to.equal(false);
      expect(isHidden(second!)).to.equal(false);
    });

    it('checkout on one keeps it on screen and hides the others', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <support-appeal campaign="spring"></support-appeal>
        <support-appeal campaign="spring"></support-appeal>
      </div>`);
      const [first, second] = [...page.querySelectorAll('support-appeal')];
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      part(first!, '[part="cta"]').click();
      await Promise.resolve();
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      expect(isHidden(first!)).to.equal(false);
      expect(isHidden(second!)).to.equal(true);
    });
  });

  describe('other tabs', () => {
    it('a snooze in another tab hides the appeal here', async () => {
      const el = await appeal(html`<support-appeal campaign="spring"></support-appeal>`);
      localStorage.setItem(KEY, JSON.stringify({ v: 1, at: NOW, reason: 'snooze', until: NOW + 7 * DAY }));
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
      await el.updateComplete;
      expect(isHidden(el)).to.equal(true);
    });

    it('a reset in another tab brings the appeal back here', async () => {
      const el = await appeal(html`<support-appeal campaign="spring" dismissible></support-appeal>`);
      part(el, '[part="close"]').click();
      await el.updateComplete;
      localStorage.removeItem(KEY);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
      await el.updateComplete;
      expect(isHidden(el)).to.equal(false);
    });

    it("another campaign's change leaves this appeal alone", async () => {
      const el = await appeal(html`<support-appeal campaign="spring"></support-appeal>`);
      localStorage.setItem(KEY, JSON.stringify({ v: 1, at: NOW, reason: 'snooze', until: NOW + 7 * DAY }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'support-appeal:autumn' }));
      await el.updateComplete;
      expect(isHidden(el)).to.equal(false);
    });

    it('stops listening when removed, and catches up and listens again when put back', async () => {
      const el = await appeal(html`<support-appeal campaign="spring"></support-appeal>`);
      const parent = el.parentElement!;
      el.remove();
      localStorage.setItem(KEY, JSON.stringify({ v: 1, at: NOW, reason: 'snooze', until: NOW + 7 * DAY }));
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
      expect(el.hidden).to.equal(false);
      parent.append(el);
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      localStorage.removeItem(KEY);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
      await el.updateComplete;
      expect(el.hidden).to.equal(false);
    });
  });

  describe('broken storage', () => {
    const faults: [string, () => void][] = [
      [
        'localStorage throws on access',
        () =>
          breakStorage(() => {
            throw new DOMException('denied', 'SecurityError');
          }),
      ],
      ['localStorage is missing', () => breakStorage(() => undefined)],
      [
        'setItem throws QuotaExceededError',
        () => {
          const full = fakeStorage({
            setItem: () => {
              throw new DOMException('full', 'QuotaExceededError');
            },
          });
          breakStorage(() => full);
        },
      ],
      [
        'setItem stores nothing',
        () => {
          const forgetful = fakeStorage({ setItem: () => undefined });
          breakStorage(() => forgetful);
        },
      ],
    ];
    for (const [name, breakIt] of faults) {
      it(`${name}: the appeal works, and Remind me later holds for this page view`, async () => {
        breakIt();
        const errors: unknown[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.error);
        window.addEventListener('error', onError);
        try {
          const el = await appeal(html`<support-appeal campaign="broken-${name.length}"></support-appeal>`);
          expect(part(el, '[part="tiers"]')).to.exist;
          const snoozed = new Promise<SupportAppealSnoozeEvent>((resolve) => el.addEventListener('support-appeal-snooze', resolve, { once: true }));
          const warnings = captureWarnings();
          part(el, '[part="remind"]').click();
          await el.updateComplete;
          warnings.restore();
          // No date is promised that storage did not keep; the events say it will not last.
          expect(part(el, '[role="status"]').textContent).to.equal("Thank you. We won't ask again on this page.");
          expect((await snoozed).detail.stored).to.equal(false);
          expect(
            warnings.calls.filter((w) => w.includes('localStorage failed')),
            'one warning naming the failure',
          ).to.have.length(1);
          const again = document.createElement('support-appeal');
          again.setAttribute('campaign', `broken-${name.length}`);
          el.after(again);
          await again.updateComplete;
          expect(isHidden(again)).to.equal(true);
          if (name.startsWith('localStorage')) {
            // A storage event (a page script's, say) cannot take away what this page keeps in
            // memory while storage cannot be read.
            window.dispatchEvent(new StorageEvent('storage', { key: `support-appeal:broken-${name.length}` }));
            await el.updateComplete;
            expect(part(el, '[role="status"]').textContent).to.contain("We won't ask again");
            expect(el.suppression?.reason).to.equal('snooze');
          }
          // The fault reached the appeal: nothing got into the real store.
          expect(realLocalStorage().getItem(`support-appeal:broken-${name.length}`)).to.equal(null);
          again.reset();
          expect(errors).to.deep.equal([]);
        } finally {
          window.removeEventListener('error', onError);
        }
      });
    }

    for (const [name, value] of [
      ['not JSON', '{oops'],
      ['the wrong shape', '{"v":1,"reason":"snooze"}'],
      ['the wrong version', `{"v":99,"at":${NOW},"reason":"snooze","until":${NOW + DAY}}`],
    ]) {
      it(`a stored value that is ${name} shows the appeal`, async () => {
        localStorage.setItem(KEY, value!);
        expect(isHidden(await nextPageView())).to.equal(false);
      });
    }

    it('a year-3000 date with snooze-days="7" hides the appeal for at most 7 days', async () => {
      localStorage.setItem(KEY, JSON.stringify({ v: 1, reason: 'snooze', until: Date.UTC(3000, 0, 1) }));
      expect(isHidden(await nextPageView('snooze-days="7"'))).to.equal(true);
      clock.tick(7 * DAY);
      expect(isHidden(await nextPageView('snooze-days="7"'))).to.equal(false);
    });
  });
});

describe('the confirmation’s date', () => {
  let clock: ReturnType<typeof useClock>;
  beforeEach(() => {
    clearStorage();
    clock = useClock();
  });
  afterEach(() => clock.restore());

  // en-CA writes "a.m." and Hungarian "december 6.": the sentence keeps one full stop.
  for (const [locale, days] of [
    ['en-CA', 0.25],
    ['hu', 7],
    ['en-GB', 7],
    ['de', 7],
  ] as const) {
    it(`${locale}: ends with one full stop`, async () => {
      const el = await appeal(html`<support-appeal campaign="stop-${locale}" locale=${locale} snooze-days=${days}></support-appeal>`);
      part(el, '[part="remind"]').click();
      await el.updateComplete;
      const text = part(el, '[role="status"]').textContent!.trim();
      expect(text).to.match(/[^.]\.$/);
      expect(text).not.to.contain('..');
    });
  }
});
