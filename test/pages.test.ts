// Pages as they really are: two copies of the code on one page, a page whose own script broke
// what the part loader needs, an appeal moved into an iframe's document, and prerendering.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { appeal, breakStorage, clearStorage, isHidden, openFrame, part, restoreStorage, roomOf } from './helpers.js';

type Namespace = typeof import('../src/index.js');

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** A second copy of the code: the classic file, as a tag manager loads it beside the page's own module. */
async function secondCopy(): Promise<Namespace> {
  const win = window as Window & { SupportAppeal?: Namespace };
  if (!win.SupportAppeal) {
    const script = Object.assign(document.createElement('script'), { src: '/dist/support-appeal.iife.js' });
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    document.head.append(script);
    await loaded;
  }
  return win.SupportAppeal!;
}

describe('two copies of the code on one page', () => {
  let copy: Namespace;
  before(async () => {
    copy = await secondCopy();
    // The second copy's class, under a tag of its own (the first copy defined support-appeal).
    if (!customElements.get('support-appeal-copy')) customElements.define('support-appeal-copy', class extends copy.SupportAppeal {});
  });
  beforeEach(clearStorage);
  afterEach(restoreStorage);

  it('is really a second copy', () => {
    expect(copy.SupportAppeal).to.not.equal(customElements.get('support-appeal'));
  });

  it('the other copy’s static markSupported() hides the appeal already showing', async () => {
    const el = await appeal(html`<support-appeal campaign="st"></support-appeal>`);
    expect(el.hidden).to.equal(false);
    copy.SupportAppeal.markSupported('st');
    await el.updateComplete;
    await el.updateComplete;
    expect(isHidden(el)).to.equal(true);
    expect(el.suppression?.reason).to.equal('supported');
  });

  it('a snooze, a reset and a dismissal in an appeal of the other copy reach this one, both ways', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <support-appeal campaign="copies"></support-appeal>
      <support-appeal-copy campaign="copies"></support-appeal-copy>
    </div>`);
    const [mine, theirs] = [...wrapper.children] as SupportAppeal[];
    await Promise.all([mine!.updateComplete, theirs!.updateComplete]);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await Promise.all([mine!.updateComplete, theirs!.updateComplete]);
    };
    theirs!.snooze();
    await settle();
    expect(isHidden(mine!), 'snoozed by the other copy').to.equal(true);
    mine!.reset();
    await settle();
    expect([mine!.hidden, theirs!.hidden], 'reset by this copy').to.deep.equal([false, false]);
    mine!.dismiss();
    await settle();
    expect(isHidden(theirs!), 'dismissed by this copy').to.equal(true);
  });

  it('reading history: each copy counts the article once into one history, and either copy’s grantConsent() reaches both', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <support-appeal campaign="read-a" count-articles consent="required" article-id="copies-story"></support-appeal>
      <support-appeal-copy campaign="read-b" count-articles consent="required" article-id="copies-story"></support-appeal-copy>
    </div>`);
    const [mine, theirs] = [...wrapper.children] as SupportAppeal[];
    await Promise.all([mine!.updateComplete, theirs!.updateComplete]);
    const lines = () => [mine!, theirs!].map((el) => el.shadowRoot!.querySelector('[part="articles"]')?.textContent?.trim());
    expect(lines()).to.deep.equal(["You've read 1 article in the last 30 days", "You've read 1 article in the last 30 days"]);
    expect(localStorage.getItem('support-appeal:history'), 'nothing written before consent').to.equal(null);
    await copy.SupportAppeal.grantConsent();
    await Promise.all([mine!.updateComplete, theirs!.updateComplete]);
    const history = JSON.parse(localStorage.getItem('support-appeal:history')!) as { a: Record<string, number> };
    expect(Object.keys(history.a)).to.have.length(1);
    expect(await (customElements.get('support-appeal') as typeof SupportAppeal).articlesRead()).to.equal(1);
    await (customElements.get('support-appeal') as typeof SupportAppeal).revokeConsent();
    expect(localStorage.getItem('support-appeal:history')).to.equal(null);
  });

  it('with storage unusable, what one copy keeps in memory the other sees', async () => {
    breakStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const el = await appeal(html`<support-appeal campaign="copies-memory"></support-appeal>`);
    copy.SupportAppeal.markSupported('copies-memory');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(isHidden(el)).to.equal(true);
  });
});

describe('a page whose own script broke URL', () => {
  it('renders the appeal without the parts that could not load: warnings, no error, no unhandled rejection', async () => {
    const frame = await openFrame('/test/fixtures/broken-url.html');
    try {
      const win = frame.contentWindow as Window & typeof globalThis & { ours: string[]; rejections: string[]; warnings: string[] };
      const el = win.document.querySelector('support-appeal') as SupportAppeal;
      expect(el, 'one-tag mode made the appeal').to.exist;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('We have a small favor to ask');
      expect(el.shadowRoot!.querySelector('[part="cta"]'), 'the button').to.exist;
      expect(el.shadowRoot!.querySelector('[part="progress"]'), 'no ticker').to.equal(null);
      expect(win.ours).to.deep.equal([]);
      expect(win.rejections).to.deep.equal([]);
      for (const attribute of ['locale=', 'goal=', 'custom-amount=']) {
        expect(
          win.warnings.filter((w) => w.includes(attribute)),
          attribute,
        ).to.have.length(1);
      }
    } finally {
      frame.remove();
    }
  });
});

describe('an appeal moved into an iframe’s document', () => {
  let frame: HTMLIFrameElement;
  beforeEach(async () => {
    clearStorage();
    frame = await openFrame('/test/fixtures/blank.html');
    frame.contentDocument!.documentElement.lang = 'de';
  });
  afterEach(() => frame.remove());

  const move = async (el: SupportAppeal) => {
    const doc = frame.contentDocument!;
    doc.body.append(doc.adoptNode(el));
    await el.updateComplete;
    await el.updateComplete;
  };

  it('is styled, shows only the site’s slotted message, and takes the new document’s language', async () => {
    const el = await appeal(html`<support-appeal campaign="adopted"></support-appeal>`);
    await move(el);
    // The message comes from the iframe's own document (its realm's Element, not this one's).
    const doc = frame.contentDocument!;
    el.append(Object.assign(doc.createElement('p'), { textContent: 'Our own message.' }));
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!;
    const style = frame.contentWindow!.getComputedStyle(box);
    expect(style.borderTopWidth, 'styled').to.equal('4px');
    expect(style.paddingTop).to.not.equal('0px');
    expect(part(el, '[part="message"]').textContent!.trim(), 'no built-in message beside the slot').to.equal('');
    expect(box.getAttribute('lang')).to.equal('de');
    expect(part(el, '[part="cta"]').textContent!.trim()).to.equal('Unterstützen');
  });

  it('gives the banner’s room back to the first document and takes it in the new one', async () => {
    const el = await appeal(html`<support-appeal campaign="adopted-banner" variant="banner"></support-appeal>`);
    await frames();
    expect(roomOf().padding, 'room in this document').to.be.above(0);
    await move(el);
    await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)));
    expect(roomOf(), 'none left here').to.deep.equal({ padding: 0, scroll: 'auto' });
    expect(roomOf(frame.contentDocument!).padding, 'room in the iframe').to.be.above(0);
    el.remove();
    expect(roomOf(frame.contentDocument!).padding).to.equal(0);
  });

  it('links against the new document’s base URL', async () => {
    const doc = frame.contentDocument!;
    doc.head.append(Object.assign(doc.createElement('base'), { href: 'https://news.example/section/' }));
    const el = await appeal(html`<support-appeal campaign="adopted-base" checkout-url="give?a={amount}"></support-appeal>`);
    await move(el);
    expect(part<HTMLAnchorElement>(el, 'a[part="cta"]').href).to.equal('https://news.example/section/give?a=5');
  });
});

describe('a prerendered page', () => {
  let prerendering = true;
  beforeEach(() => {
    clearStorage();
    prerendering = true;
    Object.defineProperty(document, 'prerendering', { configurable: true, get: () => prerendering });
  });
  afterEach(() => {
    delete (document as { prerendering?: boolean }).prerendering;
  });

  it('sends support-appeal-show only once the reader is shown the page (prerenderingchange)', async () => {
    const shown: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @support-appeal-show=${(e: CustomEvent) => shown.push(e.detail.campaign)}>
      <support-appeal campaign="prerendered"></support-appeal>
    </div>`);
    const el = wrapper.querySelector('support-appeal')!;
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(part(el, '[part="cta"]'), 'rendered, for the page to be ready').to.exist;
    expect(shown, 'while prerendering').to.deep.equal([]);
    prerendering = false;
    document.dispatchEvent(new Event('prerenderingchange'));
    await el.updateComplete;
    expect(shown).to.deep.equal(['prerendered']);
    el.requestUpdate();
    await el.updateComplete;
    expect(shown, 'once').to.deep.equal(['prerendered']);
  });
});
