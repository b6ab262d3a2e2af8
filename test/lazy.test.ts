// Off-screen at load: an inline appeal more than a viewport's height from the viewport at its
// first update renders, reads its storage and loads its parts only when it comes that near,
// while it is still out of sight; one near the viewport, a banner and a gate render at once.
// Real scrolling and the browser's own IntersectionObserver: the page is made tall with a
// spacer, and the tests wait for the observer's report.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { SupportAppeal } from '../src/index.js';
import { part as loaded } from '../src/parts.js';
import { breakStorage, captureWarnings, clearStorage, fakeStorage, openFrame, restoreStorage } from './helpers.js';

/** The appeal after a spacer `screens` viewports tall, and what it sent. */
async function after(screens: number, attributes: Record<string, string> = {}) {
  const box = await fixture<HTMLDivElement>(html`<div><div class="spacer" style="height: ${screens * innerHeight}px"></div></div>`);
  const el = document.createElement('support-appeal') as SupportAppeal;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const shows: unknown[] = [];
  el.addEventListener('support-appeal-show', (event) => shows.push(event.detail));
  box.append(el);
  await el.updateComplete;
  return { box, el, shows };
}

const rendered = (el: SupportAppeal) => !!el.shadowRoot?.querySelector('.appeal');

/** Scrolls so that the appeal's top is half a viewport below the viewport: inside the margin, out of sight. */
function scrollNear(el: SupportAppeal) {
  scrollTo(0, el.getBoundingClientRect().top + scrollY - 1.5 * innerHeight);
}

describe('an appeal off-screen at load', () => {
  beforeEach(() => {
    clearStorage();
    scrollTo(0, 0);
  });

  afterEach(() => {
    fixtureCleanup();
    restoreStorage();
    scrollTo(0, 0);
  });

  it('renders nothing, sends nothing and loads no part until it comes near', async () => {
    const { el, shows } = await after(4, { campaign: 'lazy-far', locale: 'de', 'custom-amount': '' });
    expect(rendered(el)).to.equal(false);
    expect(shows).to.have.length(0);
    expect(loaded('locales/de'), 'German copy not loaded').to.equal(undefined);
    expect(loaded('features/custom-amount'), 'Other field not loaded').to.equal(undefined);

    scrollNear(el);
    await waitUntil(() => rendered(el), 'the appeal renders once near', { timeout: 5000 });
    await el.updateComplete;
    // Rendered before the reader sees it: still below the viewport, in German, with its field.
    expect(el.getBoundingClientRect().top).to.be.above(innerHeight);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Wir haben eine kleine Bitte');
    expect(el.shadowRoot!.querySelector('[part="custom-amount"], .tier:last-of-type')).to.exist;
    expect(loaded('locales/de')).to.exist;
    expect(shows).to.deep.equal([{ campaign: 'lazy-far', variant: 'inline' }]);
  });

  it('reads no storage while it waits', async () => {
    const keys: string[] = [];
    const store = fakeStorage({ getItem: (key) => (keys.push(key), null) });
    breakStorage(() => store);
    const { el } = await after(4, { campaign: 'lazy-storage' });
    expect(keys.filter((key) => key.includes('lazy-storage'))).to.deep.equal([]);
    scrollNear(el);
    await waitUntil(() => rendered(el), 'the appeal renders once near', { timeout: 5000 });
    expect(keys).to.include('support-appeal:lazy-storage');
  });

  it('still reports what is stored through `suppression`, and stays hidden when it comes near', async () => {
    localStorage.setItem('support-appeal:lazy-snoozed', JSON.stringify({ v: 1, at: Date.now(), reason: 'snooze', until: Date.now() + 86_400_000 }));
    const { el, shows } = await after(4, { campaign: 'lazy-snoozed' });
    expect(el.suppression?.reason).to.equal('snooze');
    expect(el.hidden).to.equal(true);
    scrollNear(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    expect(rendered(el)).to.equal(false);
    expect(shows).to.have.length(0);
  });

  it('renders at once within a viewport of the viewport', async () => {
    const { el, shows } = await after(1.5, { campaign: 'lazy-near' });
    expect(rendered(el)).to.equal(true);
    expect(shows).to.have.length(1);
  });

  it('renders at once as a banner or a gate, wherever it is', async () => {
    const banner = await after(4, { campaign: 'lazy-banner', variant: 'banner' });
    expect(rendered(banner.el)).to.equal(true);
    fixtureCleanup();
    const gate = await after(4, { campaign: 'lazy-gate', variant: 'gate', 'free-articles': '3' });
    expect(gate.el.shadowRoot!.querySelector('[part="container"]'), 'the gate decided and rendered').to.exist;
  });

  it('renders at once with loading="eager", and when it counts the article', async () => {
    const eager = await after(4, { campaign: 'lazy-eager', loading: ' EAGER ' });
    expect(rendered(eager.el)).to.equal(true);
    expect(eager.shows).to.have.length(1);
    fixtureCleanup();
    // The reading history counts this page view at load, as without the wait.
    const counting = await after(4, { campaign: 'lazy-count', 'count-articles': '', 'article-id': 'lazy-count' });
    expect(rendered(counting.el)).to.equal(true);
    expect(await SupportAppeal.articlesRead()).to.be.at.least(1);
  });

  it('warns of a loading value it does not know, once it renders, and waits as with lazy', async () => {
    const warnings = captureWarnings();
    try {
      const { el } = await after(4, { campaign: 'lazy-junk', loading: 'soon' });
      expect(rendered(el)).to.equal(false);
      scrollNear(el);
      await waitUntil(() => rendered(el), 'the appeal renders once near', { timeout: 5000 });
      await el.updateComplete;
      expect(warnings.calls.filter((w) => w.includes('loading'))).to.deep.equal([
        '<support-appeal>: ignored loading="soon": expected one of lazy, eager.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('stops watching when removed, and looks afresh when added again', async () => {
    const Real = window.IntersectionObserver;
    const live = new Set<IntersectionObserver>();
    window.IntersectionObserver = class extends Real {
      override observe(target: Element) {
        live.add(this);
        super.observe(target);
      }
      override disconnect() {
        live.delete(this);
        super.disconnect();
      }
    };
    try {
      const { box, el } = await after(4, { campaign: 'lazy-moved' });
      expect(rendered(el)).to.equal(false);
      expect(live.size, 'one watch while far').to.equal(1);
      el.remove();
      expect(live.size, 'no watch once removed').to.equal(0);
      // Now at the top of the page: it renders in its first update there.
      box.prepend(el);
      await el.updateComplete;
      expect(rendered(el)).to.equal(true);
    } finally {
      window.IntersectionObserver = Real;
    }
  });

  describe('parsed with the page, in one-tag mode (test/fixtures/lazy-parsed.html)', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    type Win = Window & typeof globalThis & { errors: string[]; shifts: number[] };
    const frameAppeals = (win: Win) => [...win.document.querySelectorAll<SupportAppeal>('support-appeal')];
    const nextFrame = (win: Win) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

    it('the appeal on screen renders for the first paint; the one far below waits, then renders when scrolled near', async () => {
      frame = await openFrame('/test/fixtures/lazy-parsed.html');
      const win = frame.contentWindow as Win;
      const [near, far] = frameAppeals(win);
      await Promise.all([near!.updateComplete, far!.updateComplete]);
      await nextFrame(win);
      expect(rendered(near!), 'on screen').to.equal(true);
      expect(rendered(far!), 'far below').to.equal(false);
      win.scrollTo(0, far!.getBoundingClientRect().top + win.scrollY - 1.5 * win.innerHeight);
      await waitUntil(() => rendered(far!), 'the far appeal renders once near', { timeout: 5000 });
      expect(far!.getBoundingClientRect().top).to.be.above(win.innerHeight);
      expect(win.errors).to.deep.equal([]);
    });

    it('moves nothing: no layout shift while the page loads and the far appeal renders (Chromium reports them)', async function () {
      frame = await openFrame('/test/fixtures/lazy-parsed.html');
      const win = frame.contentWindow as Win;
      if (!win.PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip();
      const [near, far] = frameAppeals(win);
      await near!.updateComplete;
      await nextFrame(win);
      win.scrollTo(0, far!.getBoundingClientRect().top + win.scrollY - 1.5 * win.innerHeight);
      await waitUntil(() => rendered(far!), 'the far appeal renders once near', { timeout: 5000 });
      await nextFrame(win);
      expect(win.shifts).to.deep.equal([]);
    });
  });
});
