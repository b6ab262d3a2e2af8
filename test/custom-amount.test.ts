// The custom amount (`custom-amount`, `min-amount`, `max-amount`): an "Other" tier with a
// field, checked against the limits with an inline, announced error; the checkout URL and the
// events use the reader's amount; a decimal comma where the locale writes one. The field loads
// on demand (src/features/).
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { parseAmount } from '../src/features/custom-amount.js';
import type { SupportAppeal, SupportAppealCheckoutEvent, SupportAppealSelectEvent } from '../src/index.js';
import { appeal, captureWarnings, clearStorage, expectNoAxeViolations, keepPage, part, tierLabels } from './helpers.js';

const other = (el: SupportAppeal) => part<HTMLButtonElement>(el, '.tier:last-of-type');
const field = (el: SupportAppeal) => part<HTMLInputElement>(el, '#amount');
const error = (el: SupportAppeal) => part(el, '#amount-error').textContent!.trim();
const hasField = (el: SupportAppeal) => el.shadowRoot!.querySelector('#amount') !== null;

/** Opens the Other field and types into it, as a reader does (an input event per value). */
async function type(el: SupportAppeal, text: string, leave = true): Promise<void> {
  if (!hasField(el)) {
    other(el).click();
    await el.updateComplete;
  }
  const input = field(el);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (leave) input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The amount the checkout link carries, from a checkout-url of "/donate?a={amount}". */
const linkAmount = (el: SupportAppeal) => new URL(part<HTMLAnchorElement>(el, '[part="cta"]').href).searchParams.get('a');

describe('custom amount', () => {
  beforeEach(clearStorage);

  it('adds an Other tier to the amounts; pressing it shows a labelled field and moves focus there', async () => {
    const el = await appeal(html`<support-appeal custom-amount campaign="custom-1"></support-appeal>`);
    expect(tierLabels(el)).to.deep.equal(['$2', '[$5]', '$10', 'Other']);
    expect(other(el).closest('[role="group"]')!.getAttribute('aria-label')).to.equal('Amount');
    expect(hasField(el)).to.equal(false);
    other(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(tierLabels(el)).to.deep.equal(['$2', '$5', '$10', '[Other]']);
    const input = field(el);
    expect(input.labels![0]!.textContent).to.equal('Your amount (USD)');
    expect(input.getAttribute('inputmode')).to.equal('decimal');
    expect(input.getAttribute('part')).to.equal('custom-amount');
    expect(el.shadowRoot!.activeElement === input).to.equal(true);
  });

  it("uses the reader's amount in the checkout URL, support-appeal-select and support-appeal-checkout", async () => {
    const el = await appeal(html`<support-appeal custom-amount campaign="custom-2" checkout-url="/donate?a={amount}"></support-appeal>`);
    const selects: number[] = [];
    el.addEventListener('support-appeal-select', (e) => selects.push((e as SupportAppealSelectEvent).detail.amount));
    await type(el, '12.50');
    expect(selects).to.deep.equal([12.5]);
    expect(linkAmount(el)).to.equal('12.5');
    const page = keepPage();
    try {
      setTimeout(() => part(el, '[part="cta"]').click());
      const checkout = (await oneEvent(el, 'support-appeal-checkout')) as SupportAppealCheckoutEvent;
      expect(checkout.detail.amount).to.equal(12.5);
      expect(checkout.detail.url).to.equal(new URL('/donate?a=12.5', document.baseURI).href);
      expect(page.navigated()).to.equal(true);
    } finally {
      page.stop();
    }
  });

  it('announces a select only when the reader settles on a new amount, not per keystroke', async () => {
    const el = await appeal(html`<support-appeal custom-amount campaign="custom-3"></support-appeal>`);
    const selects: number[] = [];
    el.addEventListener('support-appeal-select', (e) => selects.push((e as SupportAppealSelectEvent).detail.amount));
    await type(el, '2', false);
    await type(el, '25', false);
    expect(selects).to.deep.equal([]);
    await type(el, '25');
    await type(el, '25');
    expect(selects).to.deep.equal([25]);
    // A tier, then Other again: the selection changed back to the reader's amount.
    part<HTMLButtonElement>(el, '.tier').click();
    await el.updateComplete;
    other(el).click();
    await el.updateComplete;
    expect(selects).to.deep.equal([25, 2, 25]);
    // Pressing the selected Other tier again changes nothing.
    other(el).click();
    await el.updateComplete;
    expect(selects).to.deep.equal([25, 2, 25]);
  });

  it('with no usable amount, Support shows the error, moves focus to the field and does not check out', async () => {
    const el = await appeal(html`<support-appeal custom-amount campaign="custom-4" checkout-url="/donate?a={amount}"></support-appeal>`);
    let checkouts = 0;
    el.addEventListener('support-appeal-checkout', () => checkouts++);
    other(el).click();
    await el.updateComplete;
    // No link to follow without an amount: the support control is a button that asks for one.
    expect(part(el, '[part="cta"]').tagName).to.equal('BUTTON');
    expect(error(el)).to.equal('');
    part(el, '[part="cta"]').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(checkouts).to.equal(0);
    expect(el.suppression).to.equal(null);
    expect(error(el)).to.equal('Please enter an amount, such as 12.50.');
    const input = field(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('amount-error');
    expect(part(el, '#amount-error').getAttribute('aria-live')).to.equal('polite');
    expect(el.shadowRoot!.activeElement === input).to.equal(true);
  });

  it('checks min-amount (default 1) and max-amount (default 100000)', async () => {
    const el = await appeal(html`<support-appeal custom-amount campaign="custom-5"></support-appeal>`);
    await type(el, '0.50');
    expect(error(el)).to.equal('The smallest amount is $1.');
    await type(el, '100001');
    expect(error(el)).to.equal('The largest amount is $100,000.');
    await type(el, '100000');
    expect(error(el)).to.equal('');
    expect(field(el).getAttribute('aria-invalid')).to.equal('false');

    el.minAmount = '5';
    el.maxAmount = '500';
    await el.updateComplete;
    await type(el, '4.99');
    expect(error(el)).to.equal('The smallest amount is $5.');
    await type(el, '500.01');
    expect(error(el)).to.equal('The largest amount is $500.');
  });

  it('shows an error once the reader leaves the field, not while they type, and clears it once fixed', async () => {
    const el = await appeal(html`<support-appeal custom-amount campaign="custom-6"></support-appeal>`);
    await type(el, 'abc', false);
    expect(error(el)).to.equal('');
    await type(el, 'abc');
    expect(error(el)).to.equal('Please enter an amount, such as 12.50.');
    await type(el, '15', false);
    expect(error(el)).to.equal('');
    expect(field(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('takes a decimal comma where the locale writes one (de), and not in en', async () => {
    const de = await appeal(
      html`<support-appeal custom-amount locale="de" currency="EUR" campaign="custom-7" checkout-url="/donate?a={amount}"></support-appeal>`,
    );
    await type(de, '12,50');
    expect(linkAmount(de)).to.equal('12.5');
    await type(de, '1.000,50');
    expect(linkAmount(de)).to.equal('1000.5');
    await type(de, 'zwölf');
    expect(error(de)).to.equal('Bitte geben Sie einen Betrag ein, zum Beispiel 12,50.');
    expect(field(de).labels![0]!.textContent).to.equal('Ihr Betrag (EUR)');
    expect(other(de).textContent!.trim()).to.equal('Anderer');

    const en = await appeal(html`<support-appeal custom-amount locale="en" campaign="custom-8" checkout-url="/donate?a={amount}"></support-appeal>`);
    await type(en, '12,50');
    expect(error(en)).to.equal('Please enter an amount, such as 12.50.');
    await type(en, '1,000.50');
    expect(linkAmount(en)).to.equal('1000.5');
  });

  it('Enter in the field goes to checkout', async () => {
    const el = await appeal(html`<support-appeal custom-amount campaign="custom-9" checkout-url="/donate?a={amount}"></support-appeal>`);
    await type(el, '30', false);
    field(el).focus();
    const page = keepPage();
    try {
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const checkout = (await oneEvent(el, 'support-appeal-checkout')) as SupportAppealCheckoutEvent;
      expect(checkout.detail.amount).to.equal(30);
    } finally {
      page.stop();
    }
  });

  it("a tier closes the field; another frequency keeps the reader's amount; removing custom-amount returns to the tiers", async () => {
    const el = await appeal(html`<support-appeal custom-amount campaign="custom-10" checkout-url="/donate?a={amount}"></support-appeal>`);
    await type(el, '42');
    part<HTMLButtonElement>(el, '[part="frequencies"] button').click();
    await el.updateComplete;
    expect(tierLabels(el)).to.deep.equal(['$2', '$5', '$10', '[Other]']);
    expect(linkAmount(el)).to.equal('42');
    part<HTMLButtonElement>(el, '.tier').click();
    await el.updateComplete;
    expect(tierLabels(el)).to.deep.equal(['[$2]', '$5', '$10', 'Other']);
    expect(hasField(el)).to.equal(false);
    // Back to Other: the reader's amount is still there.
    other(el).click();
    await el.updateComplete;
    expect(field(el).value).to.equal('42');
    expect(linkAmount(el)).to.equal('42');
    el.customAmount = false;
    await el.updateComplete;
    expect(tierLabels(el)).to.deep.equal(['$2', '[$5]', '$10']);
  });

  it('warns once, naming the attribute, for an unusable min-amount or max-amount, and uses the defaults', async () => {
    const warnings = captureWarnings();
    try {
      const el = await appeal(html`<support-appeal custom-amount min-amount="free" max-amount="-5" campaign="custom-11"></support-appeal>`);
      await type(el, '0.5');
      await type(el, '200000');
      expect(error(el)).to.equal('The largest amount is $100,000.');
      expect(warnings.calls).to.have.length(2);
      expect(warnings.calls[0]).to.contain('ignored min-amount="free"');
      expect(warnings.calls[1]).to.contain('ignored max-amount="-5"');

      const swapped = await appeal(html`<support-appeal custom-amount min-amount="50" max-amount="10" campaign="custom-12"></support-appeal>`);
      await type(swapped, '20');
      expect(warnings.calls).to.have.length(3);
      expect(warnings.calls[2]).to.contain('ignored min-amount="50"');
    } finally {
      warnings.restore();
    }
  });

  for (const locale of ['en', 'ar']) {
    it(`passes axe with the field open and its error showing (${locale})`, async () => {
      const el = await appeal(html`<support-appeal custom-amount locale=${locale} dismissible campaign="custom-axe"></support-appeal>`);
      await type(el, 'x');
      expect(error(el)).to.not.equal('');
      await expectNoAxeViolations(el);
    });
  }
});

describe('parseAmount', () => {
  const CASES: [string, string, number, number][] = [
    ['12', 'en', 2, 12],
    ['12.5', 'en', 2, 12.5],
    [' 12.50 ', 'en', 2, 12.5],
    ['1,000', 'en', 2, 1000],
    ['1,000.25', 'en', 2, 1000.25],
    ['12,50', 'en', 2, NaN],
    ['1,00', 'en', 2, NaN],
    ['12,50', 'de', 2, 12.5],
    ['12.5', 'de', 2, 12.5],
    ['1.000', 'de', 2, 1000],
    ['1.000,50', 'de', 2, 1000.5],
    ['1 000,50', 'fr', 2, 1000.5],
    ['1\u202f000,50', 'fr', 2, 1000.5],
    ['1\u00a0000,5', 'ru', 2, 1000.5],
    ['\u0661\u0662\u066b\u0665', 'ar-EG', 2, 12.5],
    ['\u06f1\u06f2', 'fa', 2, 12],
    ['12.345', 'en', 2, NaN],
    ['5.5', 'en', 0, NaN],
    ['500', 'en', 0, 500],
    ['', 'en', 2, NaN],
    ['-5', 'en', 2, NaN],
    ['1e3', 'en', 2, NaN],
    ['0x10', 'en', 2, NaN],
    ['12.', 'en', 2, NaN],
    ['.5', 'en', 2, NaN],
    ['5 $', 'en', 2, NaN],
  ];
  for (const [text, locale, decimals, expected] of CASES) {
    it(`${JSON.stringify(text)} in ${locale} (${decimals} decimals) → ${expected}`, () => {
      expect(parseAmount(text, locale, decimals)).to.deep.equal(expected);
    });
  }
});
