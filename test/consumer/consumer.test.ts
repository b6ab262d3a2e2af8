// The npm package as a site with a build step uses it: imported by name through its exports
// map, from the tarball `npm pack` makes (scripts/pack-check.js unpacks it into node_modules/
// here and type-checks this file against it first). Without that package this file fails to
// load ('Could not resolve import "support-appeal"'): run `npm run build && npm run pack:check`.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SupportAppeal } from 'support-appeal';
import { SupportAppeal as Undefined } from 'support-appeal/element';
import type {
  Frequency,
  Suppression,
  SupportAppealCheckoutDetail,
  SupportAppealCheckoutEvent,
  SupportAppealEventMap,
  SupportAppealSelectEvent,
} from 'support-appeal/element';

/** Where the packed package is unpacked; what 'support-appeal' must resolve to. */
const PACKED = '/test/consumer/node_modules/support-appeal/';

/** Paths of every file this page fetched (the browser's own record, resolution included). */
const fetched = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('the packed npm package, imported as a consumer would', () => {
  // Node resolution takes a package's own name to mean the package itself, before looking in
  // node_modules/: without test/consumer/package.json (a site's own, another name), the
  // repository's package.json would make 'support-appeal' resolve to the repository's lib/, and
  // every test here would pass against it. So first, before any test, the browser's record
  // of what it fetched must show both entries coming from the unpacked package, and nothing
  // from the repository's own lib/, src/ or dist/.
  before(() => {
    const paths = fetched();
    const packed = (file: string) => paths.some((path) => path === `${PACKED}${file}`);
    const own = paths.filter((path) => /^\/(lib|src|dist)\//.test(path));
    if (!packed('lib/index.js') || !packed('lib/element.js') || own.length > 0) {
      throw new Error(
        `'support-appeal' did not resolve to the packed package in ${PACKED} but to ${own.slice(0, 3).join(', ') || 'something else'}${own.length > 3 ? ', …' : ''}. ` +
          'Is test/consumer/package.json there? Run `npm run build && npm run pack:check` to pack and unpack the package.',
      );
    }
  });

  beforeEach(() => localStorage.clear());

  it("defines <support-appeal> on `import 'support-appeal'`, with the class both entries export", () => {
    expect(customElements.get('support-appeal')).to.equal(SupportAppeal);
    expect(Undefined).to.equal(SupportAppeal);
  });

  it('shares the page’s Lit instead of bundling its own copy', () => {
    // Its base class (the attributes) extends the page's LitElement, not a copy of its own.
    expect(Object.prototype.isPrototypeOf.call(LitElement, SupportAppeal)).to.equal(true);
  });

  it('lets a site register the class from support-appeal/element under a tag of its own', async () => {
    customElements.define('newsroom-appeal', class extends Undefined {});
    const el = await fixture<SupportAppeal>(html`<newsroom-appeal campaign="own-tag" amounts="4,8"></newsroom-appeal>`);
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="tier"]')].map((tier) => tier.textContent!.trim());
    expect(labels).to.deep.equal(['$4', '$8']);
    el.snooze();
    expect(el.hidden).to.equal(true);
  });

  it('renders and dispatches the typed events', async () => {
    const el = await fixture<SupportAppeal>(html`<support-appeal campaign="consumer" amounts="3,6,9"></support-appeal>`);
    const selected: Frequency[] = [];
    el.addEventListener('support-appeal-select', (event: SupportAppealSelectEvent) => selected.push(event.detail.frequency));
    let checkout: SupportAppealCheckoutDetail | undefined;
    el.addEventListener('support-appeal-checkout', (event: SupportAppealCheckoutEvent) => {
      event.preventDefault();
      checkout = event.detail;
    });
    const tier = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="tier"]')!;
    tier.click();
    el.shadowRoot!.querySelector<HTMLElement>('[part="cta"]')!.click();
    expect(selected).to.deep.equal(['monthly']);
    expect(checkout).to.include({ campaign: 'consumer', amount: 3, currency: 'USD', frequency: 'monthly' });
  });

  it('loads a language’s built-in copy from the package’s own locales/', async () => {
    const el = await fixture<SupportAppeal>(html`<support-appeal locale="fr" campaign="consumer-fr"></support-appeal>`);
    expect(el.shadowRoot!.querySelector('[part="cta"]')!.textContent!.trim()).to.equal('Nous soutenir');
  });

  it('loads the optional features from the package’s own features/, rendered with the page’s Lit', async () => {
    const el = await fixture<SupportAppeal>(
      html`<support-appeal goal="200" raised="50" custom-amount campaign="consumer-features"></support-appeal>`,
    );
    el.goalText = '{raised} so far';
    el.minAmount = 3;
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="progress"] p')!.textContent).to.equal('$50 so far');
    expect(root.querySelector('[role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal('25%');
    expect([...root.querySelectorAll('[part~="tier"]')].map((tier) => tier.textContent!.trim())).to.deep.equal(['$2', '$5', '$10', 'Other']);
  });

  it('exposes the methods and the suppression state with their types', async () => {
    const el = await fixture<SupportAppeal>(html`<support-appeal campaign="consumer-methods" amounts="3,6,9"></support-appeal>`);
    el.snooze(2);
    const state: Suppression | null = el.suppression;
    expect(state?.reason).to.equal('snooze');
    expect(el.hidden).to.equal(true);
    el.reset();
    expect(el.suppression).to.equal(null);
    const names: (keyof SupportAppealEventMap)[] = ['support-appeal-show', 'support-appeal-view', 'support-appeal-dismiss'];
    expect(names).to.have.length(3);
    // The static method for thank-you pages is typed on the class.
    SupportAppeal.markSupported('consumer-methods', 30);
    expect(JSON.parse(localStorage.getItem('support-appeal:consumer-methods')!).reason).to.equal('supported');
  });
});
