import { expect, html, oneEvent } from '@open-wc/testing';
import { checkTemplate, checkoutHref, fillTemplate } from '../src/checkout-url.js';
import '../src/index.js';
import type { SupportAppeal, SupportAppealCheckoutEvent } from '../src/index.js';
import { appeal, captureWarnings, keepPage, openFrame, part } from './helpers.js';

const choice = { amount: 5, currency: 'USD', frequency: 'monthly', campaign: 'spring' };
const BASE = 'https://news.example/2026/article';

describe('checkout URL', () => {
  it('fills in every placeholder', () => {
    expect(fillTemplate('/give?a={amount}&c={currency}&f={frequency}&k={campaign}', choice)).to.equal('/give?a=5&c=USD&f=monthly&k=spring');
  });

  it('URL-encodes what it fills in, so a value cannot add parameters', () => {
    const url = checkoutHref('https://example.org/?k={campaign}&a={amount}', { ...choice, campaign: 'a&b=c d/é', amount: 2.5 }, BASE);
    expect(url).to.equal('https://example.org/?k=a%26b%3Dc%20d%2F%C3%A9&a=2.5');
    expect(new URL(url!).searchParams.get('k')).to.equal('a&b=c d/é');
  });

  it('leaves unknown placeholders alone', () => {
    expect(fillTemplate('/give?x={other}', choice)).to.equal('/give?x={other}');
  });

  it('resolves relative templates against the page', () => {
    expect(checkoutHref('/donate?a={amount}', choice, BASE)).to.equal('https://news.example/donate?a=5');
    expect(checkoutHref('donate', choice, BASE)).to.equal('https://news.example/2026/donate');
  });

  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u001fjavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    'blob:https://example.org/uuid',
    'http://[::1', // not a URL at all
  ];
  for (const template of refused) {
    it(`refuses ${JSON.stringify(template)}`, () => {
      expect(checkTemplate(template)).to.be.a('string');
      expect(checkoutHref(template, choice, BASE)).to.equal(null);
    });
  }

  it('accepts https, http, protocol-relative and relative templates', () => {
    for (const template of ['https://example.org/', 'HTTP://example.org/', '//example.org/give', '/give', 'give?a={amount}', '#give']) {
      expect(checkTemplate(template), template).to.equal(null);
      expect(checkoutHref(template, choice, BASE), template).to.match(/^https?:\/\//);
    }
  });
});

describe('checkout URL against the page’s base URL', () => {
  // WebKit takes <base href="javascript:…"> as the document's base URL (Chromium and Firefox
  // ignore it): a relative template then resolves to script.
  // (void: a page broken by the old code keeps its document, so the test fails rather than hangs.)
  const HOSTILE_BASE = "javascript:void(document.title='x')//";

  it('refuses a relative template that the base URL turns into another scheme', () => {
    for (const template of ['#support', '?a={amount}', 'donate', '/donate']) {
      expect(checkoutHref(template, choice, HOSTILE_BASE), template).to.equal(null);
    }
    expect(checkoutHref('#support', choice, 'data:text/html,x'), 'data: base').to.equal(null);
    // An absolute template does not depend on the base.
    expect(checkoutHref('https://example.org/give', choice, HOSTILE_BASE)).to.equal('https://example.org/give');
  });

  describe('on the element', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => {
      // What WebKit reports for such a page, in every engine.
      Object.defineProperty(document, 'baseURI', { configurable: true, get: () => HOSTILE_BASE });
      warnings = captureWarnings();
    });
    afterEach(() => {
      delete (document as { baseURI?: string }).baseURI;
      warnings.restore();
    });

    it('puts no script in the link: the button only dispatches its event, with url null, and one warning names checkout-url', async () => {
      const el = await appeal(html`<support-appeal campaign="base-js" checkout-url="#support"></support-appeal>`);
      expect(el.shadowRoot!.querySelector('a')?.href ?? null, 'the link').to.equal(null);
      const cta = part(el, '[part="cta"]');
      expect(cta.localName).to.equal('button');
      const page = keepPage();
      setTimeout(() => cta.click());
      const event = (await oneEvent(el, 'support-appeal-checkout').finally(page.stop)) as SupportAppealCheckoutEvent;
      expect(event.detail.url).to.equal(null);
      await el.updateComplete;
      const named = warnings.calls.filter((w) => w.includes('checkout-url='));
      expect(named, warnings.calls.join('\n')).to.have.length(1);
      expect(named[0]).to.contain('"#support"');
    });
  });

  it('in a real page with <base href="javascript:…">: no javascript: link in any engine', async () => {
    const frame = await openFrame('/test/fixtures/base-javascript.html');
    try {
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('support-appeal');
      const el = win.document.querySelector('support-appeal') as SupportAppeal;
      await el.updateComplete;
      const link = el.shadowRoot!.querySelector('a');
      // Chromium and Firefox ignore the base and link to the page itself; WebKit gets no link,
      // only the button. (Not clicked: with a javascript: link that would run the script.)
      if (link) expect(link.protocol).to.match(/^https?:$/);
      else expect(el.shadowRoot!.querySelector('[part="cta"]')!.localName).to.equal('button');
    } finally {
      frame.remove();
    }
  });
});
