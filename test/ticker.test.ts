// The goal ticker (`goal`, `raised`, `goal-text`): formatted with the currency and locale,
// a progressbar with correct semantics, a full bar with the real figure above the goal, and a
// bad value that hides it with one warning. The ticker loads on demand (src/features/).
import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { appeal, captureWarnings, clearStorage, expectNoAxeViolations, part } from './helpers.js';

/** Whether the ticker shows (a boolean: a failing comparison with an element would print all of it). */
const hasTicker = (el: SupportAppeal) => el.shadowRoot!.querySelector('[part="progress"]') !== null;
const bar = (el: SupportAppeal) => part(el, '[role="progressbar"]');
/** The filled share of the bar, as the rectangle's width. */
const fill = (el: SupportAppeal) => part(el, '[role="progressbar"] rect').getAttribute('width');

describe('goal ticker', () => {
  beforeEach(clearStorage);

  it('shows "$6,420 of our $10,000 goal" over a bar, from the first render', async () => {
    const el = await appeal(html`<support-appeal goal="10000" raised="6420" campaign="ticker-1"></support-appeal>`);
    expect(part(el, '[part="progress"] p').textContent).to.equal('$6,420 of our $10,000 goal');
    expect(fill(el)).to.equal('64.2%');
    const rect = part(el, '[role="progressbar"] rect').getBoundingClientRect();
    const track = bar(el).getBoundingClientRect();
    expect(rect.width / track.width).to.be.closeTo(0.642, 0.02);
  });

  it('is a progressbar named by its text, with its range, value and percentage', async () => {
    const el = await appeal(html`<support-appeal goal="10000" raised="6420" campaign="ticker-2"></support-appeal>`);
    const progress = bar(el);
    expect(progress.getAttribute('aria-labelledby')).to.equal('goal');
    expect(el.shadowRoot!.getElementById('goal')!.textContent).to.equal('$6,420 of our $10,000 goal');
    expect(progress.getAttribute('aria-valuemin')).to.equal('0');
    expect(progress.getAttribute('aria-valuemax')).to.equal('10000');
    expect(progress.getAttribute('aria-valuenow')).to.equal('6420');
    expect(progress.getAttribute('aria-valuetext')).to.equal('64%');
    expect(progress.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expectNoAxeViolations(el);
  });

  it('formats with the currency and locale', async () => {
    const el = await appeal(html`<support-appeal locale="de" currency="EUR" goal="10000" raised="6420.5" campaign="ticker-3"></support-appeal>`);
    expect(part(el, '[part="progress"] p').textContent).to.match(/^6\.420,50\s€ von 10\.000\s€ erreicht$/);
    expect(bar(el).getAttribute('aria-valuetext')).to.match(/^64\s%$/);
  });

  it('above the goal: a full bar and the real figure', async () => {
    const el = await appeal(html`<support-appeal goal="10000" raised="12500" campaign="ticker-4"></support-appeal>`);
    expect(part(el, '[part="progress"] p').textContent).to.equal('$12,500 of our $10,000 goal');
    expect(fill(el)).to.equal('100%');
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('10000');
    expect(bar(el).getAttribute('aria-valuetext')).to.equal('125%');
  });

  it('takes its text from goal-text, with {raised} and {goal} filled in', async () => {
    const el = await appeal(
      html`<support-appeal goal="10000" raised="6420" goal-text="{raised} of {goal} this month" campaign="ticker-5"></support-appeal>`,
    );
    expect(part(el, '[part="progress"] p').textContent).to.equal('$6,420 of $10,000 this month');
  });

  it('follows goal and raised as the page updates them', async () => {
    const el = await appeal(html`<support-appeal campaign="ticker-6"></support-appeal>`);
    expect(hasTicker(el)).to.equal(false);
    el.goal = '500';
    el.raised = '125';
    await el.updateComplete;
    expect(part(el, '[part="progress"] p').textContent).to.equal('$125 of our $500 goal');
    el.raised = '250';
    await el.updateComplete;
    expect(fill(el)).to.equal('50%');
    el.goal = undefined;
    el.raised = undefined;
    await el.updateComplete;
    expect(hasTicker(el)).to.equal(false);
  });

  const BAD: [string, string, string][] = [
    ['goal="abc" raised="5"', 'goal', 'abc'],
    ['goal="0" raised="5"', 'goal', '0'],
    ['goal="-100" raised="5"', 'goal', '-100'],
    ['goal="100" raised="lots"', 'raised', 'lots'],
    ['goal="100" raised="-1"', 'raised', '-1'],
    [`goal="1${'0'.repeat(400)}" raised="5"`, 'goal', `1${'0'.repeat(400)}`],
    [`goal="100" raised="${'9'.repeat(309)}"`, 'raised', '9'.repeat(309)],
    ['goal="100"', 'raised', ''],
    ['raised="100"', 'goal', ''],
  ];
  for (const [attributes, attribute, value] of BAD) {
    it(`${attributes}: no ticker, one warning naming ${attribute}, and the rest of the appeal`, async () => {
      const warnings = captureWarnings();
      try {
        const el = document.createElement('support-appeal') as SupportAppeal;
        for (const [, name, v] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, v!);
        document.body.append(el);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(hasTicker(el)).to.equal(false);
        expect(part(el, '[part="cta"]')).to.exist;
        expect(warnings.calls).to.have.length(1);
        expect(warnings.calls[0]).to.contain(`ignored ${attribute}=${JSON.stringify(value)}`);
        el.remove();
      } finally {
        warnings.restore();
      }
    });
  }

  it('raised="0" is a real start: an empty bar', async () => {
    const el = await appeal(html`<support-appeal goal="100" raised="0" campaign="ticker-7"></support-appeal>`);
    expect(fill(el)).to.equal('0%');
    expect(bar(el).getAttribute('aria-valuetext')).to.equal('0%');
  });

  it('fills from the right in Arabic', async () => {
    const el = await appeal(html`<support-appeal locale="ar" goal="100" raised="25" campaign="ticker-8"></support-appeal>`);
    const svg = part(el, '[role="progressbar"] svg').getBoundingClientRect();
    const rect = part(el, '[role="progressbar"] rect').getBoundingClientRect();
    expect(Math.abs(rect.right - svg.right)).to.be.below(1);
    expect(rect.left - svg.left).to.be.above(svg.width / 2);
  });
});
