import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { SupportAppeal } from '../src/index.js';
import type { SupportAppealCheckoutEvent, SupportAppealSelectEvent } from '../src/index.js';
import { appeal, captureWarnings, clearStorage, keepPage, part, parts, tierLabels } from './helpers.js';

describe('<support-appeal>', () => {
  beforeEach(() => clearStorage());
  afterEach(() => clearStorage());

  describe('creation', () => {
    it('is defined as support-appeal', () => {
      expect(customElements.get('support-appeal')).to.equal(SupportAppeal);
    });

    it('creates from document.createElement', async () => {
      const el = document.createElement('support-appeal');
      document.body.append(el);
      await el.updateComplete;
      expect(el).to.be.instanceOf(SupportAppeal);
      expect(el.shadowRoot!.querySelector('[part="cta"]')).to.exist;
      el.remove();
    });

    it('creates from the constructor', async () => {
      const el = new SupportAppeal();
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="container"]')).to.exist;
      el.remove();
    });

    it('has a property for every attribute, camelCased', () => {
      const attributes = SupportAppeal.observedAttributes;
      expect(attributes).to.include.members(['amounts-one-time', 'checkout-url', 'snooze-days', 'dismissible', 'preview']);
      const el = new SupportAppeal();
      for (const attribute of attributes) {
        const property = attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
        expect(property in el, property).to.equal(true);
      }
    });
  });

  describe('default appeal', () => {
    it('shows the built-in heading, message with the smallest tier, tiers, button and remind link', async () => {
      const el = await appeal(html`<support-appeal locale="en-US"></support-appeal>`);
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('We have a small favor to ask');
      const message = part(el, '[part="message"]').textContent!;
      expect(message).to.contain('Your support, no matter how small, makes a world of difference');
      expect(message).to.contain('support us monthly starting from just $2.');
      expect(tierLabels(el)).to.deep.equal(['$2', '[$5]', '$10']);
      expect(part(el, '[part="cta"]').textContent!.trim()).to.equal('Support us');
      expect(part(el, '.remind').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Not ready to support today? Remind me later');
      expect(el.shadowRoot!.querySelector('[part="close"]')).to.equal(null);
    });

    it('offers one-time, monthly and annual with monthly preselected', async () => {
      const el = await appeal(html`<support-appeal></support-appeal>`);
      const buttons = parts(el, '[part="frequencies"] button');
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['One-time', 'Monthly', 'Annual']);
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
    });

    it('renders nothing into the page outside its shadow root', async () => {
      const el = await appeal(html`<support-appeal></support-appeal>`);
      expect(el.childNodes.length).to.equal(0);
      expect(el.hidden).to.equal(false);
    });
  });

  describe('attributes', () => {
    it('heading and message replace the built-in copy', async () => {
      const el = await appeal(html`<support-appeal heading="Keep us independent" message="Every reader counts."></support-appeal>`);
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('Keep us independent');
      expect(part(el, '[part="message"]').textContent!.trim()).to.equal('Every reader counts.');
    });

    it('renders heading and message as text, never as HTML', async () => {
      const markup = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
      const el = await appeal(html`<support-appeal heading=${markup} message=${markup}></support-appeal>`);
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal(markup);
      expect(part(el, '[part="message"]').textContent!.trim()).to.equal(markup);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('the heading slot and the default slot take rich HTML instead', async () => {
      const el = await appeal(html`<support-appeal heading="ignored" message="ignored">
        <span slot="heading">Support <em>local</em> news</span>
        <p>Read by <strong>40,000</strong> people a day.</p>
      </support-appeal>`);
      const headingSlot = part<HTMLSlotElement>(el, 'slot[name="heading"]');
      expect(headingSlot.assignedElements()[0]!.textContent).to.equal('Support local news');
      const messagePart = part(el, '[part="message"]');
      expect(messagePart.textContent!.trim()).to.equal('');
      const defaultSlot = part<HTMLSlotElement>(el, '[part="message"] slot');
      expect(defaultSlot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Read by 40,000 people a day.']);
    });

    it('keeps the built-in message when the element holds only white space or slotted logos', async () => {
      const el = await appeal(html`<support-appeal>
        <img slot="payment-methods" alt="Visa" width="40" height="24" />
      </support-appeal>`);
      expect(part(el, '[part="message"]').textContent).to.contain('makes a world of difference');
      const logos = part<HTMLSlotElement>(el, 'slot[name="payment-methods"]');
      expect(logos.assignedElements()[0]!.getAttribute('alt')).to.equal('Visa');
    });

    it('switches to the slotted message when content is added later', async () => {
      const el = await appeal(html`<support-appeal></support-appeal>`);
      const p = document.createElement('p');
      p.textContent = 'Late message';
      el.append(p);
      await oneEvent(part(el, '[part="message"] slot'), 'slotchange');
      await el.updateComplete;
      expect(part(el, '[part="message"]').textContent!.trim()).to.equal('');
    });

    it('amounts sets the tiers, formatted for the currency without .00 on whole amounts', async () => {
      const el = await appeal(html`<support-appeal locale="en-US" amounts="3,7.5,15" currency="EUR"></support-appeal>`);
      expect(tierLabels(el)).to.deep.equal(['€3', '[€7.50]', '€15']);
    });

    it('formats amounts for the locale', async () => {
      const el = await appeal(html`<support-appeal locale="ru" amounts="300,500,1000" currency="RUB"></support-appeal>`);
      expect(tierLabels(el).map((t) => t.replace(/\s/g, ' '))).to.deep.equal(['300 ₽', '[500 ₽]', '1 000 ₽']);
    });

    it('per-frequency amounts change the tiers with the frequency', async () => {
      const el = await appeal(html`<support-appeal amounts-one-time="20,50,100" amounts-monthly="5,10" amounts-annual="60,120"></support-appeal>`);
      expect(tierLabels(el)).to.deep.equal(['$5', '[$10]']);
      parts(el, '[part="frequencies"] button')[0]!.click();
      await el.updateComplete;
      expect(tierLabels(el)).to.deep.equal(['$20', '[$50]', '$100']);
    });

    it('default-amount preselects a tier', async () => {
      const el = await appeal(html`<support-appeal amounts="2,5,10" default-amount="10"></support-appeal>`);
      expect(tierLabels(el)).to.deep.equal(['$2', '$5', '[$10]']);
    });

    it('frequencies with one value hides the frequency switch', async () => {
      const el = await appeal(html`<support-appeal frequencies="one-time"></support-appeal>`);
      expect(el.shadowRoot!.querySelector('[part="frequencies"]')).to.equal(null);
      expect(part(el, '[part="message"]').textContent).to.contain('one-time gift starting from just $2');
    });

    it('frequencies sets the order and frequency the preselection', async () => {
      const el = await appeal(html`<support-appeal frequencies="annual,monthly" frequency="annual"></support-appeal>`);
      const buttons = parts(el, '[part="frequencies"] button');
      expect(buttons.map((b) => `${b.textContent!.trim()}:${b.getAttribute('aria-pressed')}`)).to.deep.equal(['Annual:true', 'Monthly:false']);
      expect(part(el, '[part="message"]').textContent).to.contain('support us annually');
    });

    it('locale falls back to the nearest lang, then the document', async () => {
      const wrapper = await fixture(html`<div lang="de-DE"><support-appeal amounts="5" currency="EUR"></support-appeal></div>`);
      const el = wrapper.querySelector('support-appeal')!;
      await el.updateComplete;
      expect(tierLabels(el)[0]!.replace(/\s/g, ' ')).to.equal('[5 €]');
      expect(part(el, '[part="container"]').getAttribute('lang')).to.equal('de-DE');
    });

    it('lays out right to left for a right-to-left locale', async () => {
      const el = await appeal(html`<support-appeal locale="ar"></support-appeal>`);
      expect(part(el, '[part="container"]').getAttribute('dir')).to.equal('rtl');
    });

    it('reacts to attribute changes after the first render', async () => {
      const el = await appeal(html`<support-appeal amounts="2,5,10"></support-appeal>`);
      el.setAttribute('amounts', '20,40');
      el.setAttribute('heading', 'Changed');
      await el.updateComplete;
      expect(tierLabels(el)).to.deep.equal(['$20', '[$40]']);
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('Changed');
    });

    it('accepts properties as well as attributes', async () => {
      const el = await appeal(html`<support-appeal></support-appeal>`);
      el.amounts = [4, 8];
      el.snoozeDays = 2;
      el.currency = 'GBP';
      await el.updateComplete;
      expect(tierLabels(el)).to.deep.equal(['£4', '[£8]']);
    });
  });

  describe('bad attribute values', () => {
    it('still render a working appeal, with one warning per bad value naming the attribute and the value', async () => {
      const warnings = captureWarnings();
      try {
        const el = await appeal(html`<support-appeal
          amounts="abc,-1,NaN,1e400"
          currency="XXXX"
          frequency="weekly"
          snooze-days="-5"
          locale="zz-!!"
          variant="popup"
          checkout-url="javascript:alert(1)"
        ></support-appeal>`);
        expect(tierLabels(el)).to.deep.equal(['$2', '[$5]', '$10']);
        expect(part(el, '[part="cta"]').tagName).to.equal('BUTTON');
        const expected = [
          ['amounts', 'abc,-1,NaN,1e400'],
          ['currency', 'XXXX'],
          ['frequency', 'weekly'],
          ['snooze-days', '-5'],
          ['locale', 'zz-!!'],
          ['variant', 'popup'],
          ['checkout-url', 'javascript:alert(1)'],
        ];
        expect(warnings.calls).to.have.length(expected.length);
        for (const [attribute, value] of expected) {
          expect(
            warnings.calls.filter((c) => c.includes(`${attribute}=${JSON.stringify(value)}`)),
            attribute,
          ).to.have.length(1);
        }
      } finally {
        warnings.restore();
      }
    });

    it('warn once for the same bad value, however often the element updates', async () => {
      const warnings = captureWarnings();
      try {
        const el = await appeal(html`<support-appeal currency="XXXX"></support-appeal>`);
        el.heading = 'a';
        await el.updateComplete;
        parts(el, '[part="tier"]')[0]!.click();
        await el.updateComplete;
        el.setAttribute('currency', 'XXXX');
        await el.updateComplete;
        expect(warnings.calls).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('with empty strings and NUL characters still render the appeal', async () => {
      const warnings = captureWarnings();
      try {
        // Bound, not written in the template: the HTML parser would turn NUL into U+FFFD.
        const nul = '\u0000';
        const el = await appeal(
          html`<support-appeal amounts="" currency=${nul} heading="" campaign=${`a${nul}b`} snooze-days=${nul}></support-appeal>`,
        );
        expect(tierLabels(el)).to.deep.equal(['$2', '[$5]', '$10']);
        expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('We have a small favor to ask');
        expect(warnings.calls).to.have.length(5);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('selection', () => {
    it('pressing a tier selects it and fires support-appeal-select', async () => {
      const el = await appeal(html`<support-appeal campaign="spring" currency="EUR"></support-appeal>`);
      setTimeout(() => parts(el, '[part="tier"]')[2]!.click());
      const event = (await oneEvent(el, 'support-appeal-select')) as SupportAppealSelectEvent;
      expect(event.detail).to.deep.equal({ campaign: 'spring', amount: 10, currency: 'EUR', frequency: 'monthly' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(tierLabels(el)).to.deep.equal(['€2', '€5', '[€10]']);
    });

    it('pressing a frequency selects it and fires support-appeal-select, keeping the amount where offered', async () => {
      const el = await appeal(html`<support-appeal></support-appeal>`);
      setTimeout(() => parts(el, '[part="frequencies"] button')[2]!.click());
      const event = (await oneEvent(el, 'support-appeal-select')) as SupportAppealSelectEvent;
      expect(event.detail).to.deep.include({ amount: 5, frequency: 'annual' });
      await el.updateComplete;
      expect(parts(el, '[part="frequencies"] button')[2]!.getAttribute('aria-pressed')).to.equal('true');
    });

    it("keeps the reader's selection when the element is moved in the page", async () => {
      const el = await appeal(html`<support-appeal></support-appeal>`);
      parts(el, '[part="frequencies"] button')[0]!.click();
      parts(el, '[part="tier"]')[0]!.click();
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(tierLabels(el)).to.deep.equal(['[$2]', '$5', '$10']);
      expect(parts(el, '[part="frequencies"] button')[0]!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('types its events for addEventListener (checked by tsc)', async () => {
      const el = await appeal(html`<support-appeal></support-appeal>`);
      const seen: { amount: number; frequency: string }[] = [];
      // Compiles only because of the GlobalEventHandlersEventMap entries in src/events.ts.
      el.addEventListener('support-appeal-select', (e) => seen.push({ amount: e.detail.amount, frequency: e.detail.frequency }));
      parts(el, '[part="tier"]')[0]!.click();
      expect(seen).to.deep.equal([{ amount: 2, frequency: 'monthly' }]);
    });

    it('does not fire select for programmatic changes or for pressing the selected tier', async () => {
      const el = await appeal(html`<support-appeal></support-appeal>`);
      let count = 0;
      el.addEventListener('support-appeal-select', () => count++);
      el.frequency = 'annual';
      el.defaultAmount = '10';
      await el.updateComplete;
      parts(el, '[part="tier"]')
        .find((b) => b.getAttribute('aria-pressed') === 'true')!
        .click();
      await el.updateComplete;
      expect(count).to.equal(0);
    });
  });

  describe('checkout', () => {
    it('is a real link to the filled-in, encoded checkout URL', async () => {
      const el = await appeal(html`<support-appeal
        campaign="spring 26"
        currency="EUR"
        checkout-url="https://example.org/donate?amount={amount}&amp;currency={currency}&amp;freq={frequency}&amp;c={campaign}"
      ></support-appeal>`);
      const link = part<HTMLAnchorElement>(el, 'a[part="cta"]');
      expect(link.href).to.equal('https://example.org/donate?amount=5&currency=EUR&freq=monthly&c=spring%2026');
      expect(link.target).to.equal('_self');
      expect(link.hasAttribute('rel')).to.equal(false);
      parts(el, '[part="tier"]')[0]!.click();
      await el.updateComplete;
      expect(link.href).to.contain('amount=2&');
    });

    it('opens in a new tab with noopener noreferrer when checkout-target is _blank', async () => {
      const el = await appeal(html`<support-appeal checkout-url="/donate" checkout-target="_blank"></support-appeal>`);
      const link = part<HTMLAnchorElement>(el, 'a[part="cta"]');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.href).to.equal(new URL('/donate', document.baseURI).href);
    });

    it('fires a cancelable support-appeal-checkout with the choice and URL, and lets the link navigate', async () => {
      const el = await appeal(html`<support-appeal campaign="spring" checkout-url="/donate?a={amount}"></support-appeal>`);
      const page = keepPage();
      try {
        setTimeout(() => part(el, '[part="cta"]').click());
        const event = (await oneEvent(el, 'support-appeal-checkout')) as SupportAppealCheckoutEvent;
        expect(event.cancelable).to.equal(true);
        expect(event.detail).to.deep.equal({
          campaign: 'spring',
          amount: 5,
          currency: 'USD',
          frequency: 'monthly',
          url: new URL('/donate?a=5', document.baseURI).href,
        });
        expect(page.navigated()).to.equal(true);
      } finally {
        page.stop();
      }
    });

    it('counts a middle-click on the link as a checkout, and can cancel it', async () => {
      const el = await appeal(html`<support-appeal campaign="spring" checkout-url="/donate"></support-appeal>`);
      const page = keepPage();
      const middleClick = () =>
        part(el, '[part="cta"]').dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
      try {
        setTimeout(middleClick);
        const checkout = (await oneEvent(el, 'support-appeal-checkout')) as SupportAppealCheckoutEvent;
        expect(checkout.detail.url).to.equal(new URL('/donate', document.baseURI).href);
        expect(page.navigated()).to.equal(true);
        expect(el.suppression!.reason).to.equal('checkout');

        el.reset();
        el.addEventListener('support-appeal-checkout', (e) => e.preventDefault());
        middleClick();
        expect(page.navigated()).to.equal(false);
        expect(el.suppression).to.equal(null);
      } finally {
        page.stop();
      }
    });

    it('ignores other auxiliary buttons on the link', async () => {
      const el = await appeal(html`<support-appeal checkout-url="/donate"></support-appeal>`);
      let count = 0;
      el.addEventListener('support-appeal-checkout', () => count++);
      part(el, '[part="cta"]').dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true }));
      expect(count).to.equal(0);
    });

    it('preventDefault on support-appeal-checkout stops the navigation and stores nothing', async () => {
      const el = await appeal(html`<support-appeal campaign="spring" checkout-url="/donate"></support-appeal>`);
      const page = keepPage();
      try {
        el.addEventListener('support-appeal-checkout', (e) => e.preventDefault());
        part(el, '[part="cta"]').click();
        expect(page.navigated()).to.equal(false);
        expect(el.suppression).to.equal(null);
        expect(localStorage.getItem('support-appeal:spring')).to.equal(null);
      } finally {
        page.stop();
      }
    });

    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,x',
      'vbscript:msgbox(1)',
    ]) {
      it(`refuses checkout-url=${JSON.stringify(url)}: the button only dispatches its event`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await appeal(html`<support-appeal checkout-url=${url}></support-appeal>`);
          expect(el.shadowRoot!.querySelector('a')).to.equal(null);
          const button = part(el, 'button[part="cta"]');
          setTimeout(() => button.click());
          const event = (await oneEvent(el, 'support-appeal-checkout')) as SupportAppealCheckoutEvent;
          expect(event.detail.url).to.equal(null);
          expect(warnings.calls.filter((c) => c.includes('checkout-url='))).to.have.length(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('without checkout-url, the button dispatches support-appeal-checkout with url null', async () => {
      const el = await appeal(html`<support-appeal></support-appeal>`);
      setTimeout(() => part(el, 'button[part="cta"]').click());
      const event = (await oneEvent(el, 'support-appeal-checkout')) as SupportAppealCheckoutEvent;
      expect(event.detail.url).to.equal(null);
      expect(event.detail.amount).to.equal(5);
    });
  });

  describe('payment-methods slot', () => {
    it("shows the site's logos under the support button", async () => {
      const el = await appeal(html`<support-appeal><span slot="payment-methods">Visa · Mastercard</span></support-appeal>`);
      const slot = part<HTMLSlotElement>(el, 'slot[name="payment-methods"]');
      expect(slot.assignedElements()[0]!.textContent).to.equal('Visa · Mastercard');
      const cta = part(el, '[part="cta"]');
      expect(cta.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });
  });

  describe('styling hooks', () => {
    it('exposes the parts of the contract', async () => {
      const el = await appeal(html`<support-appeal dismissible></support-appeal>`);
      for (const name of ['container', 'heading', 'message', 'frequencies', 'tiers', 'tier', 'cta', 'remind', 'close']) {
        expect(el.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.exist;
      }
    });

    it('takes its colours from the custom properties', async () => {
      const el = await appeal(html`<support-appeal
        style="--support-appeal-accent: rgb(1, 2, 3); --support-appeal-accent-text: rgb(4, 5, 6); --support-appeal-background: rgb(7, 8, 9); --support-appeal-text: rgb(10, 11, 12); --support-appeal-radius: 3px"
      ></support-appeal>`);
      const container = getComputedStyle(part(el, '[part="container"]'));
      const cta = getComputedStyle(part(el, '[part="cta"]'));
      expect(container.backgroundColor).to.equal('rgb(7, 8, 9)');
      expect(container.color).to.equal('rgb(10, 11, 12)');
      expect(cta.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(cta.color).to.equal('rgb(4, 5, 6)');
      expect(cta.borderTopLeftRadius).to.equal('3px');
    });
  });
});

describe('tiers in the currency’s decimals', () => {
  it('JPY 500,1000,2.5: the label and the link say the same amount', async () => {
    const warnings = captureWarnings();
    try {
      const el = await appeal(
        html`<support-appeal campaign="jpy" currency="JPY" locale="en" amounts="500,1000,2.5" default-amount="2.5" checkout-url="/give?a={amount}"></support-appeal>`,
      );
      expect(tierLabels(el)).to.deep.equal(['[¥3]', '¥500', '¥1,000']);
      expect(new URL(part<HTMLAnchorElement>(el, 'a[part="cta"]').href).searchParams.get('a')).to.equal('3');
      expect(warnings.calls.filter((w) => w.includes('amounts='))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
