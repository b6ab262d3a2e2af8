// The frequency cap (max-views, views-window-days) on the element: views stored by earlier page
// views hide a new appeal; a view counted on this page never hides the appeal being looked at.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { DAY, NOW, captureWarnings, clearStorage, isHidden, useClock } from './helpers.js';

const keyOf = (campaign: string) => `support-appeal:${campaign}`;
const stored = (campaign: string) => JSON.parse(localStorage.getItem(keyOf(campaign)) ?? 'null');

/** Stores `views` (and any other fields) for `campaign`, as earlier page views would have. */
function seed(campaign: string, views: unknown[], fields: object = {}): void {
  localStorage.setItem(keyOf(campaign), JSON.stringify({ v: 1, ...fields, views }));
}

/**
 * A new appeal for `campaign` (what the reader gets on the next page view), with its
 * support-appeal-show events counted from before it connects.
 */
async function pageView(campaign: string, attributes: Record<string, string> = {}, style = '') {
  const box = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
  const el = document.createElement('support-appeal') as SupportAppeal;
  el.setAttribute('campaign', campaign);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const shows: unknown[] = [];
  const views: unknown[] = [];
  el.addEventListener('support-appeal-show', (event) => shows.push(event.detail));
  el.addEventListener('support-appeal-view', (event) => views.push(event.detail));
  box.append(el);
  await el.updateComplete;
  return { el, shows, views };
}

/** Shown: not hidden, rendered, taking room. */
function isShown(el: SupportAppeal): boolean {
  return !el.hidden && el.shadowRoot!.querySelector('[part="cta"]') !== null && el.getBoundingClientRect().height > 0;
}

describe('frequency cap', () => {
  describe('with stored views', () => {
    let clock: ReturnType<typeof useClock>;
    beforeEach(() => {
      clearStorage();
      clock = useClock();
    });
    afterEach(() => {
      clock.restore();
      clearStorage();
    });

    it('hides a new appeal once max-views views are inside the window, without support-appeal-show', async () => {
      seed('cap-at', [NOW - 20 * DAY, NOW - 10 * DAY, NOW - DAY]);
      const { el, shows } = await pageView('cap-at', { 'max-views': '3' });
      expect(isHidden(el)).to.equal(true);
      expect(el.suppression).to.deep.equal({ reason: 'cap', until: NOW + 10 * DAY });
      expect(shows).to.deep.equal([]);
    });

    it('shows the appeal one view below the cap', async () => {
      seed('cap-below', [NOW - 10 * DAY, NOW - DAY]);
      const { el, shows } = await pageView('cap-below', { 'max-views': '3' });
      expect(isShown(el)).to.equal(true);
      expect(el.suppression).to.equal(null);
      expect(shows).to.deep.equal([{ campaign: 'cap-below', variant: 'inline' }]);
    });

    it('shows the appeal without max-views, however many views are stored', async () => {
      seed('cap-none', [NOW - 3, NOW - 2, NOW - 1]);
      const { el } = await pageView('cap-none');
      expect(isShown(el)).to.equal(true);
      expect(el.suppression).to.equal(null);
    });

    it('counts only views inside views-window-days (default 30)', async () => {
      seed('cap-window', [NOW - 31 * DAY, NOW - 8 * DAY, NOW - DAY]);
      // Default window, 30 days: two views in it.
      expect(isShown((await pageView('cap-window', { 'max-views': '3' })).el)).to.equal(true);
      const { el: twoOfTwo } = await pageView('cap-window', { 'max-views': '2' });
      expect(twoOfTwo.suppression).to.deep.equal({ reason: 'cap', until: NOW + 22 * DAY });
      // A 7-day window: one view in it.
      expect(isShown((await pageView('cap-window', { 'max-views': '2', 'views-window-days': '7' })).el)).to.equal(true);
      // A 40-day window: all three.
      const { el: wide } = await pageView('cap-window', { 'max-views': '3', 'views-window-days': '40' });
      expect(isHidden(wide)).to.equal(true);
      expect(wide.suppression).to.deep.equal({ reason: 'cap', until: NOW + 9 * DAY });
    });

    it('comes back on the first page view after the oldest counted view ages out', async () => {
      seed('cap-ages', [NOW - 20 * DAY, NOW - 10 * DAY, NOW - DAY]);
      const first = await pageView('cap-ages', { 'max-views': '3' });
      const until = first.el.suppression!.until!;
      expect(until).to.equal(NOW + 10 * DAY);

      clock.tick(until - NOW - 1);
      const before = await pageView('cap-ages', { 'max-views': '3' });
      expect(isHidden(before.el)).to.equal(true);
      expect(before.el.suppression).to.deep.equal({ reason: 'cap', until });

      clock.tick(1);
      const after = await pageView('cap-ages', { 'max-views': '3' });
      expect(isShown(after.el)).to.equal(true);
      expect(after.el.suppression).to.equal(null);
      expect(after.shows).to.have.length(1);
    });

    it('shows the appeal in preview despite the cap, and suppression still reports the cap', async () => {
      seed('cap-preview', [NOW - 3, NOW - 2, NOW - 1]);
      const { el, shows } = await pageView('cap-preview', { 'max-views': '3', preview: '' });
      expect(isShown(el)).to.equal(true);
      expect(shows).to.have.length(1);
      expect(el.suppression!.reason).to.equal('cap');
      el.preview = false;
      await el.updateComplete;
      expect(isHidden(el)).to.equal(true);
    });

    it('lets a stored snooze win over the cap, and applies the cap once the snooze is over', async () => {
      seed('cap-snooze', [NOW - 3 * DAY, NOW - 2 * DAY, NOW - DAY], { at: NOW, reason: 'snooze', until: NOW + 7 * DAY });
      const { el } = await pageView('cap-snooze', { 'max-views': '3' });
      expect(isHidden(el)).to.equal(true);
      expect(el.suppression).to.deep.equal({ reason: 'snooze', until: NOW + 7 * DAY });

      clock.tick(7 * DAY);
      const later = await pageView('cap-snooze', { 'max-views': '3' });
      expect(isHidden(later.el)).to.equal(true);
      expect(later.el.suppression).to.deep.equal({ reason: 'cap', until: NOW + 27 * DAY });
      expect(stored('cap-snooze')).to.deep.equal({ v: 1, views: [NOW - 3 * DAY, NOW - 2 * DAY, NOW - DAY] });
    });

    it('keeps stored views through a snooze on this page', async () => {
      seed('cap-keep', [NOW - DAY]);
      const { el } = await pageView('cap-keep', { 'max-views': '2' });
      el.snooze(2);
      expect(stored('cap-keep')).to.deep.equal({ v: 1, at: NOW, reason: 'snooze', until: NOW + 2 * DAY, views: [NOW - DAY] });
    });

    it('reset() forgets the views and shows the appeal, on this and later page views', async () => {
      seed('cap-reset', [NOW - 3, NOW - 2, NOW - 1]);
      const { el, shows } = await pageView('cap-reset', { 'max-views': '3' });
      expect(isHidden(el)).to.equal(true);
      el.reset();
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
      expect(el.suppression).to.equal(null);
      expect(shows).to.have.length(1);
      expect(localStorage.getItem(keyOf('cap-reset'))).to.equal(null);
      expect(isShown((await pageView('cap-reset', { 'max-views': '3' })).el)).to.equal(true);
    });

    it('keeps a cap in force when another tab writes, and lifts it when another tab resets', async () => {
      seed('cap-tabs', [NOW - 3, NOW - 2, NOW - 1]);
      const { el } = await pageView('cap-tabs', { 'max-views': '3' });
      // Another tab counted one more view.
      seed('cap-tabs', [NOW - 3, NOW - 2, NOW - 1, NOW]);
      window.dispatchEvent(new StorageEvent('storage', { key: keyOf('cap-tabs') }));
      await el.updateComplete;
      expect(isHidden(el)).to.equal(true);
      expect(el.suppression!.reason).to.equal('cap');
      // Another tab reset the campaign.
      localStorage.removeItem(keyOf('cap-tabs'));
      window.dispatchEvent(new StorageEvent('storage', { key: keyOf('cap-tabs') }));
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
      expect(el.suppression).to.equal(null);
    });

    it('never starts a cap on an appeal already showing when another tab reaches it', async () => {
      seed('cap-late', [NOW - 2, NOW - 1]);
      const { el } = await pageView('cap-late', { 'max-views': '3' });
      expect(isShown(el)).to.equal(true);
      seed('cap-late', [NOW - 2, NOW - 1, NOW]);
      window.dispatchEvent(new StorageEvent('storage', { key: keyOf('cap-late') }));
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
      expect(el.suppression).to.equal(null);
      // The next page view is capped.
      const next = await pageView('cap-late', { 'max-views': '3' });
      expect(next.el.suppression).to.deep.equal({ reason: 'cap', until: NOW - 2 + 30 * DAY });
    });

    for (const value of ['0', '2.5', 'abc', '1001', '-1']) {
      it(`warns once about max-views="${value}" and shows the appeal with no cap`, async () => {
        const campaign = `cap-bad-max-${value}`;
        seed(campaign, [NOW - 3, NOW - 2, NOW - 1]);
        const warnings = captureWarnings();
        try {
          const { el } = await pageView(campaign, { 'max-views': value });
          el.amounts = '3,6,9';
          await el.updateComplete;
          const ours = warnings.calls.filter((w) => w.includes('max-views'));
          expect(ours).to.have.length(1);
          expect(ours[0]).to.include(`max-views="${value}"`);
          expect(isShown(el)).to.equal(true);
          expect(el.suppression).to.equal(null);
        } finally {
          warnings.restore();
        }
      });
    }

    for (const value of ['0', '-1', 'abc', '3651']) {
      it(`warns once about views-window-days="${value}" and keeps the 30-day window`, async () => {
        const campaign = `cap-bad-window-${value}`;
        // One view inside 30 days, one just outside.
        seed(campaign, [NOW - 31 * DAY, NOW - 29 * DAY]);
        const warnings = captureWarnings();
        try {
          const { el } = await pageView(campaign, { 'max-views': '2', 'views-window-days': value });
          el.amounts = '3,6,9';
          await el.updateComplete;
          const ours = warnings.calls.filter((w) => w.includes('views-window-days'));
          expect(ours).to.have.length(1);
          expect(ours[0]).to.include(`views-window-days="${value}"`);
          expect(isShown(el)).to.equal(true);
          expect(el.suppression).to.equal(null);
          // The one view inside 30 days still counts.
          const { el: one } = await pageView(campaign, { 'max-views': '1', 'views-window-days': value });
          expect(one.suppression).to.deep.equal({ reason: 'cap', until: NOW + DAY });
        } finally {
          warnings.restore();
        }
      });
    }
  });

  // Real time: the view needs one real second in the viewport.
  describe("counting the reader's view", () => {
    const inView = 'position: fixed; inset-inline: 0; top: 0';
    beforeEach(clearStorage);
    afterEach(clearStorage);

    it('stores one view once support-appeal-view fires, keeps this appeal showing, and caps the next one', async () => {
      const { el, views } = await pageView('cap-view', { 'max-views': '1' }, inView);
      expect(localStorage.getItem(keyOf('cap-view'))).to.equal(null);
      const before = Date.now();
      await oneEvent(el, 'support-appeal-view');
      const after = Date.now();
      expect(views).to.deep.equal([{ campaign: 'cap-view' }]);
      const record = stored('cap-view');
      expect(Object.keys(record).sort()).to.deep.equal(['v', 'views']);
      expect(record.views).to.have.length(1);
      const seen = record.views[0] as number;
      expect(seen).to.be.within(before, after);

      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
      expect(el.suppression).to.equal(null);

      const next = await pageView('cap-view', { 'max-views': '1' });
      expect(isHidden(next.el)).to.equal(true);
      expect(next.el.suppression).to.deep.equal({ reason: 'cap', until: seen + 30 * DAY });
      // The first appeal still shows: the cap applies from the next page view.
      expect(isShown(el)).to.equal(true);
    });

    it('stores no view in preview', async () => {
      const { el, views } = await pageView('cap-view-preview', { 'max-views': '1', preview: '' }, inView);
      await oneEvent(el, 'support-appeal-view');
      expect(views).to.have.length(1);
      expect(localStorage.getItem(keyOf('cap-view-preview'))).to.equal(null);
      const next = await pageView('cap-view-preview', { 'max-views': '1' });
      expect(isShown(next.el)).to.equal(true);
      expect(next.el.suppression).to.equal(null);
    });
  });
});
