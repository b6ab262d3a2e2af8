// Intl's formatters are made once per page for each locale and options (src/parse.ts, `intl`),
// not on every render of every appeal: counted by wrapping the constructors while appeals render
// and render again.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { clearStorage } from './helpers.js';

type Kind = 'NumberFormat' | 'DateTimeFormat' | 'PluralRules';

/** Counts `new Intl.X(…)` per kind until `restore()`. */
function countIntl() {
  const counts: Record<Kind, number> = { NumberFormat: 0, DateTimeFormat: 0, PluralRules: 0 };
  const real = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat, PluralRules: Intl.PluralRules };
  for (const kind of Object.keys(real) as Kind[]) {
    const Real = real[kind] as unknown as new (...args: unknown[]) => object;
    const Counted = new Proxy(Real, {
      construct(target, args) {
        counts[kind]++;
        return new target(...(args as unknown[]));
      },
    });
    Object.defineProperty(Intl, kind, { value: Counted, configurable: true, writable: true });
  }
  return {
    counts,
    restore() {
      for (const kind of Object.keys(real) as Kind[]) Object.defineProperty(Intl, kind, { value: real[kind], configurable: true, writable: true });
    },
  };
}

describe('Intl formatters, cached', () => {
  beforeEach(clearStorage);

  it('ten appeals in one locale and currency, rendered twice more: no formatter made after the first', async () => {
    // A locale and currency no other test uses, so that none is cached yet.
    const box = await fixture<HTMLDivElement>(html`<div lang="en-NZ"></div>`);
    const intl = countIntl();
    try {
      const appeals: SupportAppeal[] = [];
      for (let i = 0; i < 10; i++) {
        const el = document.createElement('support-appeal') as SupportAppeal;
        el.setAttribute('currency', 'NZD');
        el.setAttribute('campaign', `intl-${i}`);
        el.setAttribute('count-articles', '');
        el.setAttribute('article-id', 'intl-cache');
        el.setAttribute('ends', '2099-12-31');
        appeals.push(el);
      }
      box.append(...appeals);
      await Promise.all(appeals.map((el) => el.updateComplete));
      const first = { ...intl.counts };
      expect(first.NumberFormat, 'the first appeal made some').to.be.above(0);
      for (let round = 0; round < 2; round++) {
        for (const el of appeals) el.requestUpdate();
        await Promise.all(appeals.map((el) => el.updateComplete));
      }
      expect(intl.counts).to.deep.equal(first);
      // However many appeals: fewer than one of each kind per appeal.
      expect(first.NumberFormat).to.be.below(10);
      expect(first.PluralRules).to.be.below(10);
    } finally {
      intl.restore();
    }
  });

  it('another currency or locale gets its own formatter, and the amounts are right', async () => {
    const el = await fixture<SupportAppeal>(html`<support-appeal currency="CHF" locale="de-CH" amounts="5,10"></support-appeal>`);
    await el.updateComplete;
    const other = await fixture<SupportAppeal>(html`<support-appeal currency="JPY" locale="ja-JP" amounts="500,1000"></support-appeal>`);
    await other.updateComplete;
    const tier = (appeal: SupportAppeal) => appeal.shadowRoot!.querySelector('[part="tier"]')!.textContent!.trim();
    expect(tier(el)).to.equal(new Intl.NumberFormat('de-CH', { style: 'currency', currency: 'CHF', maximumFractionDigits: 0 }).format(5));
    expect(tier(other)).to.equal(new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY', maximumFractionDigits: 0 }).format(500));
  });
});
