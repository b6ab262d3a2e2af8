// support-appeal-view: at least half of the appeal in the viewport for one continuous second
// (the IAB viewability rule), once per page view, through one IntersectionObserver that stops
// when the appeal hides or leaves the page. Real time: the rule is about a real second.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { clearStorage } from './helpers.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An appeal at `top` px from the top of the viewport (fixed), with its view events counted. */
async function appealAt(top: string, attributes: { campaign: string; hidden?: boolean }) {
  const box = await fixture<HTMLDivElement>(html`<div style="position: fixed; inset-inline: 0; top: ${top}"></div>`);
  const el = document.createElement('support-appeal') as SupportAppeal;
  el.setAttribute('campaign', attributes.campaign);
  const views: unknown[] = [];
  el.addEventListener('support-appeal-view', (event) => views.push(event.detail));
  box.append(el);
  await el.updateComplete;
  return { box, el, views };
}

describe('support-appeal-view', () => {
  beforeEach(clearStorage);

  it('fires once the appeal has been fully in view for one second, not before', async () => {
    const { views } = await appealAt('0', { campaign: 'view-full' });
    await wait(600);
    expect(views).to.have.length(0);
    await wait(900);
    expect(views).to.deep.equal([{ campaign: 'view-full' }]);
  });

  it('fires once per page view: not again on re-render, re-insertion, or after reset()', async () => {
    const { box, el, views } = await appealAt('0', { campaign: 'view-once' });
    await wait(1400);
    expect(views).to.have.length(1);
    el.amounts = '3,6,9';
    el.remove();
    box.append(el);
    el.snooze();
    el.reset();
    await el.updateComplete;
    await wait(1400);
    expect(views).to.have.length(1);
  });

  it('needs one continuous second: leaving the viewport before it restarts the count', async () => {
    const { box, views } = await appealAt('0', { campaign: 'view-continuous' });
    await wait(600);
    box.style.top = '200vh';
    await wait(900);
    expect(views).to.have.length(0);
    box.style.top = '0';
    await wait(600);
    expect(views).to.have.length(0);
    await wait(900);
    expect(views).to.have.length(1);
  });

  it('needs at least half of the appeal in view', async () => {
    const { el, views } = await appealAt('calc(100vh - 60px)', { campaign: 'view-half' });
    expect(el.getBoundingClientRect().height).to.be.above(240);
    await wait(1400);
    expect(views).to.have.length(0);
  });

  it('does not fire for a suppressed appeal, or one removed before the second is up', async () => {
    localStorage.setItem('support-appeal:view-hidden', JSON.stringify({ v: 1, at: Date.now(), reason: 'dismiss', until: Date.now() + 86_400_000 }));
    const hidden = await appealAt('0', { campaign: 'view-hidden' });
    expect(hidden.el.hidden).to.equal(true);
    const removed = await appealAt('0', { campaign: 'view-removed' });
    await wait(500);
    removed.el.remove();
    await wait(900);
    expect(hidden.views).to.have.length(0);
    expect(removed.views).to.have.length(0);
  });
});
