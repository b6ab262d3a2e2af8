// support-appeal-view: at least half of the appeal in the viewport for one continuous second
// (the IAB viewability rule), once per page view, through one IntersectionObserver that stops
// when the appeal hides or leaves the page. The observer and the clock are fakes
// (test/fake-observers.ts), installed before each appeal is created: the tests say how much of
// the appeal is in view and move time to the millisecond, so a loaded machine cannot flake them.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { useFakeIntersectionObserver, useFakeTimers } from './fake-observers.js';
import { clearStorage } from './helpers.js';

describe('support-appeal-view', () => {
  let viewport: ReturnType<typeof useFakeIntersectionObserver>;
  let clock: ReturnType<typeof useFakeTimers>;

  beforeEach(() => {
    clearStorage();
    viewport = useFakeIntersectionObserver();
    clock = useFakeTimers();
  });

  afterEach(() => {
    // Removing the appeals first lets them stop their timer and observer on the fakes.
    fixtureCleanup();
    clock.restore();
    viewport.restore();
  });

  /** An appeal on the page, with its view events counted. */
  async function appeal(campaign: string) {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('support-appeal') as SupportAppeal;
    el.setAttribute('campaign', campaign);
    const views: unknown[] = [];
    el.addEventListener('support-appeal-view', (event) => views.push(event.detail));
    box.append(el);
    await el.updateComplete;
    return { box, el, views };
  }

  it('fires once half of the appeal has been in view for one second, not a millisecond before', async () => {
    const { el, views } = await appeal('view-half');
    expect(viewport.observed(el), 'the appeal is observed').to.have.length(1);
    viewport.setRatio(0.5);
    clock.tick(999);
    expect(views).to.have.length(0);
    clock.tick(1);
    expect(views).to.deep.equal([{ campaign: 'view-half' }]);
    clock.tick(10_000);
    expect(views).to.have.length(1);
  });

  it('fires for an appeal already fully in view when it appears', async () => {
    viewport.setRatio(1);
    const { views } = await appeal('view-full');
    clock.tick(999);
    expect(views).to.have.length(0);
    clock.tick(1);
    expect(views).to.deep.equal([{ campaign: 'view-full' }]);
  });

  it('needs at least half of the appeal in view: not when less is, from the start or later', async () => {
    viewport.setRatio(0.49);
    const { el, views } = await appeal('view-less');
    clock.tick(5000);
    viewport.setRatio(0);
    viewport.setRatio(0.3);
    clock.tick(5000);
    expect(views).to.have.length(0);
    // The same appeal does fire once half of it is in view.
    viewport.setRatio(0.5);
    clock.tick(1000);
    expect(views).to.have.length(1);
    expect(viewport.observed(el)).to.have.length(0);
  });

  it('needs one continuous second: leaving the viewport, or half of it, before then restarts the count', async () => {
    const { views } = await appeal('view-continuous');
    viewport.setRatio(1);
    clock.tick(600);
    viewport.setRatio(0);
    clock.tick(900);
    expect(views).to.have.length(0);
    viewport.setRatio(1);
    clock.tick(600);
    // Below half is as good as gone.
    viewport.setRatio(0.4);
    clock.tick(900);
    expect(views).to.have.length(0);
    viewport.setRatio(0.8);
    clock.tick(999);
    expect(views).to.have.length(0);
    clock.tick(1);
    expect(views).to.have.length(1);
  });

  it('fires once per page view: not again on re-render, re-insertion, or after reset()', async () => {
    viewport.setRatio(1);
    const { box, el, views } = await appeal('view-once');
    clock.tick(1000);
    expect(views).to.have.length(1);
    // Having fired, it stops watching.
    expect(viewport.observed(el)).to.have.length(0);
    expect(clock.pending).to.equal(0);
    el.amounts = '3,6,9';
    el.remove();
    box.append(el);
    el.snooze();
    el.reset();
    await el.updateComplete;
    viewport.setRatio(0);
    viewport.setRatio(1);
    clock.tick(5000);
    expect(views).to.have.length(1);
    expect(viewport.observed(el)).to.have.length(0);
  });

  it('does not fire for a suppressed appeal, nor watch it', async () => {
    viewport.setRatio(1);
    localStorage.setItem('support-appeal:view-hidden', JSON.stringify({ v: 1, at: Date.now(), reason: 'dismiss', until: Date.now() + 86_400_000 }));
    const { el, views } = await appeal('view-hidden');
    expect(el.hidden).to.equal(true);
    expect(viewport.observed(el)).to.have.length(0);
    clock.tick(5000);
    expect(views).to.have.length(0);
  });

  it('stops when the appeal is removed before the second is up, and counts afresh when it comes back', async () => {
    viewport.setRatio(1);
    const { box, el, views } = await appeal('view-removed');
    clock.tick(500);
    el.remove();
    expect(viewport.observed(el)).to.have.length(0);
    expect(clock.pending).to.equal(0);
    clock.tick(5000);
    expect(views).to.have.length(0);
    box.append(el);
    await el.updateComplete;
    clock.tick(999);
    expect(views).to.have.length(0);
    clock.tick(1);
    expect(views).to.have.length(1);
  });

  it('stops when the appeal hides before the second is up (Remind me later)', async () => {
    viewport.setRatio(1);
    const { el, views } = await appeal('view-snoozed');
    clock.tick(500);
    el.snooze();
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
    expect(viewport.observed(el)).to.have.length(0);
    expect(clock.pending).to.equal(0);
    clock.tick(5000);
    expect(views).to.have.length(0);
  });
});
