// The appeal's text follows the text size of the page around it: a news site's 62.5 % root
// (`html { font-size: 62.5% }`, then `body { font-size: 1.6rem }`) leaves it at the article's
// 16 px, and a reader's 200 % text on a 375 px phone makes nothing overflow sideways.
import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { appeal, clearStorage, openFrame, part } from './helpers.js';

const sizeOf = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

describe('text size', () => {
  let style: HTMLStyleElement | undefined;
  beforeEach(clearStorage);
  afterEach(() => style?.remove());

  const pageStyle = (css: string) => {
    style = Object.assign(document.createElement('style'), { textContent: css });
    document.head.append(style);
  };

  it('a 62.5 % root with the article at 1.6rem: the appeal’s text is the article’s 16 px, not 10 px', async () => {
    pageStyle('html { font-size: 62.5% } body { font-size: 1.6rem }');
    const el = await appeal(html`<support-appeal campaign="size-reset" dismissible></support-appeal>`);
    expect(sizeOf(part(el, '[part="message"]'))).to.equal(16);
    expect(sizeOf(part(el, '[part="heading"]'))).to.be.above(16);
    expect(sizeOf(part(el, '[part="tier"]'))).to.equal(16);
    expect(sizeOf(part(el, '[part="cta"]'))).to.equal(16);
    expect(sizeOf(part(el, '.remind'))).to.be.at.least(14);
  });

  it('follows the text size it inherits, larger or smaller', async () => {
    const el = await appeal(html`<div style="font-size: 20px"><support-appeal campaign="size-inherit"></support-appeal></div>`);
    const inner = el.querySelector('support-appeal') as SupportAppeal;
    await inner.updateComplete;
    expect(sizeOf(part(inner, '[part="message"]'))).to.equal(20);
    inner.parentElement!.style.fontSize = '14px';
    expect(sizeOf(part(inner, '[part="message"]'))).to.equal(14);
  });

  it('keeps a readable floor of 12 px under a page that left its text at 10 px', async () => {
    pageStyle('html { font-size: 62.5% }');
    const el = await appeal(html`<support-appeal campaign="size-floor"></support-appeal>`);
    expect(sizeOf(part(el, '[part="message"]'))).to.equal(12);
  });

  for (const variant of ['inline', 'banner']) {
    it(`${variant}: 200 % text on a 375 px phone, every option on, overflows nothing sideways`, async () => {
      const frame = await openFrame('/test/fixtures/blank.html', 'width: 375px; height: 667px; border: 0');
      try {
        const win = frame.contentWindow as Window & typeof globalThis & { errors: string[] };
        const doc = win.document;
        doc.documentElement.style.fontSize = '200%';
        const script = Object.assign(doc.createElement('script'), { type: 'module', src: '/dist/support-appeal.js' });
        doc.head.append(script);
        await win.customElements.whenDefined('support-appeal');
        const el = doc.createElement('support-appeal') as SupportAppeal;
        for (const [name, value] of Object.entries({
          campaign: `size-200-${variant}`,
          variant,
          dismissible: '',
          'custom-amount': '',
          goal: '10000',
          raised: '6420',
          amounts: '20,50,100',
          'checkout-url': '/give?a={amount}',
        })) {
          el.setAttribute(name, value);
        }
        doc.getElementById('slot')!.append(el);
        await el.updateComplete;
        // Open the Other field too: the widest state.
        el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="tier"]')[3]!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('#amount'), 'the Other field').to.not.equal(null);
        expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(375);
        const box = el.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!;
        expect(box.scrollWidth, 'appeal width').to.be.at.most(box.clientWidth);
        for (const control of el.shadowRoot!.querySelectorAll('button, a, input')) {
          expect(control.getBoundingClientRect().right, control.textContent ?? control.localName).to.be.at.most(375 + 0.5);
        }
        expect(win.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
