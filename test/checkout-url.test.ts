import { expect } from '@open-wc/testing';
import { checkTemplate, checkoutHref, fillTemplate } from '../src/checkout-url.js';

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
