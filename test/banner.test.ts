// variant="banner": a bar fixed to the bottom of the viewport. Its layout at phone and desktop
// widths (in frames of those widths), the room it makes at the bottom of the page, focus kept
// clear of it (WCAG 2.2, 2.4.11), no layout shift, and Escape.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { appeal, clearStorage, expectNoAxeViolations, openFrame, part, roomOf } from './helpers.js';

/**
 * Waits for three frames: a ResizeObserver callback at the end of one, the room it asks for in
 * the next (src/room.ts), and the style change landed.
 */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));

const container = (el: SupportAppeal) => part(el, '[part="container"]');

describe('variant="banner"', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    document.body.style.paddingBottom = '';
    document.documentElement.style.scrollPaddingBottom = '';
  });

  it('is a bar fixed to the bottom of the viewport, across its whole width', async () => {
    const el = await appeal(html`<support-appeal variant="banner" campaign="banner-fixed"></support-appeal>`);
    const box = container(el);
    expect(getComputedStyle(box).position).to.equal('fixed');
    const rect = box.getBoundingClientRect();
    expect(Math.abs(rect.bottom - innerHeight)).to.be.below(1);
    expect(rect.left).to.equal(0);
    expect(Math.round(rect.width)).to.equal(document.documentElement.clientWidth);
    // The host itself takes no room in the flow.
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('shows one line of message: the ask, without the inline appeal’s introduction; message still overrides', async () => {
    const banner = await appeal(html`<support-appeal variant="banner" campaign="banner-copy"></support-appeal>`);
    expect(part(banner, '[part="message"]').textContent!.trim()).to.equal('Please support us monthly starting from just $2.');
    const inline = await appeal(html`<support-appeal campaign="banner-copy-inline"></support-appeal>`);
    expect(part(inline, '[part="message"]').textContent!.trim()).to.match(/^Millions of people .* from just \$2\.$/);
    const own = await appeal(html`<support-appeal variant="banner" campaign="banner-copy-own" message="Our own words."></support-appeal>`);
    expect(part(own, '[part="message"]').textContent!.trim()).to.equal('Our own words.');
  });

  it('makes room at the bottom of the page while it shows, and gives the page its own values back', async () => {
    document.body.style.paddingBottom = '10px';
    const el = await appeal(html`<support-appeal variant="banner" dismissible campaign="banner-room"></support-appeal>`);
    await frames();
    const height = container(el).getBoundingClientRect().height;
    expect(height).to.be.above(50);
    expect(roomOf().padding).to.be.closeTo(10 + height, 0.5);
    expect(parseFloat(roomOf().scroll)).to.be.closeTo(height, 0.5);
    // The page's own style is not touched.
    expect(document.body.style.paddingBottom).to.equal('10px');

    el.dismiss();
    await el.updateComplete;
    expect(roomOf()).to.deep.equal({ padding: 10, scroll: 'auto' });

    el.reset();
    await el.updateComplete;
    await frames();
    expect(roomOf().padding).to.be.above(10);
    const parent = el.parentElement!;
    el.remove();
    expect(roomOf().padding).to.equal(10);
    parent.append(el);
    await el.updateComplete;
    await frames();
    expect(roomOf().padding).to.be.closeTo(10 + height, 0.5);
    el.remove();
    expect(roomOf()).to.deep.equal({ padding: 10, scroll: 'auto' });
  });

  it('makes no room as an inline appeal, and gives it back when switched to inline', async () => {
    const el = await appeal(html`<support-appeal campaign="banner-switch"></support-appeal>`);
    await frames();
    expect(roomOf().padding).to.equal(0);
    el.variant = 'banner';
    await el.updateComplete;
    await frames();
    expect(roomOf().padding).to.be.above(0);
    el.variant = 'inline';
    await el.updateComplete;
    expect(roomOf()).to.deep.equal({ padding: 0, scroll: 'auto' });
    expect(getComputedStyle(container(el)).position).not.to.equal('fixed');
  });

  it('moves nothing on the page when it appears (no layout shift)', async () => {
    const article = document.createElement('div');
    article.innerHTML = '<p>First paragraph.</p><p>Second paragraph.</p>';
    document.body.append(article);
    // Let shifts from earlier tests (fixtures removed, the article added) be reported first.
    await frames();
    await frames();
    const before = [...article.children].map((p) => p.getBoundingClientRect().top);
    const shifts: number[] = [];
    const observing = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value)),
    );
    if (observing) observer.observe({ type: 'layout-shift' });
    try {
      const el = document.createElement('support-appeal') as SupportAppeal;
      el.setAttribute('variant', 'banner');
      el.setAttribute('campaign', 'banner-shift');
      // Before the article, as a site may place it anywhere: in the flow it would push the article down.
      article.before(el);
      await el.updateComplete;
      await frames();
      expect(container(el).getBoundingClientRect().height).to.be.above(50);
      expect([...article.children].map((p) => p.getBoundingClientRect().top)).to.deep.equal(before);
      // Chromium also reports layout shifts as the Layout Instability API sees them.
      if (observing) observer.takeRecords().forEach((entry) => shifts.push((entry as unknown as { value: number }).value));
      expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
      el.remove();
    } finally {
      observer.disconnect();
      article.remove();
    }
  });

  it('keeps a focused element of the page clear of it (focus not obscured)', async () => {
    const page = document.createElement('div');
    page.style.height = '3000px';
    const link = document.createElement('a');
    link.href = '#end';
    link.textContent = 'The last link of the page';
    document.body.append(page, link);
    const el = await appeal(html`<support-appeal variant="banner" campaign="banner-focus"></support-appeal>`);
    await frames();
    try {
      link.focus();
      await frames();
      const top = container(el).getBoundingClientRect().top;
      expect(link.getBoundingClientRect().bottom).to.be.at.most(top + 0.5);
      // A link the banner covers right now, inside the viewport: focusing it scrolls it clear too.
      scrollTo(0, 0);
      const middle = document.createElement('a');
      middle.href = '#middle';
      middle.textContent = 'A link in the middle';
      middle.style.cssText = `position: absolute; top: ${innerHeight - 20}px; left: 0`;
      document.body.append(middle);
      middle.focus();
      await frames();
      expect(middle.getBoundingClientRect().bottom).to.be.at.most(container(el).getBoundingClientRect().top + 0.5);
      middle.remove();
    } finally {
      page.remove();
      link.remove();
      scrollTo(0, 0);
    }
  });

  describe('Escape', () => {
    const pressEscapeIn = async (el: SupportAppeal) => {
      part<HTMLButtonElement>(el, '[part="tier"]').focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
    };

    it('closes a dismissible banner while focus is in it, with a cancelable support-appeal-dismiss', async () => {
      const el = await appeal(html`<support-appeal variant="banner" dismissible campaign="banner-escape"></support-appeal>`);
      const seen: string[] = [];
      el.addEventListener('support-appeal-dismiss', (event) => seen.push(event.detail.campaign));
      await pressEscapeIn(el);
      expect(seen).to.deep.equal(['banner-escape']);
      expect(el.hidden).to.equal(true);
      expect(el.suppression?.reason).to.equal('dismiss');
    });

    it('keeps the snooze after Remind me later: Escape on the confirmation stores no dismissal', async () => {
      const el = await appeal(html`<support-appeal variant="banner" dismissible campaign="banner-escape-remind"></support-appeal>`);
      let dismissed = 0;
      el.addEventListener('support-appeal-dismiss', () => dismissed++);
      const remind = part<HTMLButtonElement>(el, '[part="remind"]');
      remind.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const status = part(el, '[role="status"]');
      expect(el.shadowRoot!.activeElement, 'focus on the confirmation').to.equal(status);
      const promised = el.suppression;
      expect(promised?.reason).to.equal('snooze');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dismissed).to.equal(0);
      expect(el.suppression).to.deep.equal(promised);
      expect(JSON.parse(localStorage.getItem('support-appeal:banner-escape-remind')!).reason).to.equal('snooze');
      expect(status.textContent).to.contain("We'll remind you");
    });

    it('leaves the banner when a listener cancels the dismissal', async () => {
      const el = await appeal(html`<support-appeal variant="banner" dismissible campaign="banner-escape-cancel"></support-appeal>`);
      el.addEventListener('support-appeal-dismiss', (event) => event.preventDefault());
      await pressEscapeIn(el);
      expect(el.hidden).to.equal(false);
      expect(el.suppression).to.equal(null);
    });

    it('does nothing without dismissible, or on an inline appeal', async () => {
      for (const template of [
        html`<support-appeal variant="banner" campaign="banner-escape-fixed"></support-appeal>`,
        html`<support-appeal dismissible campaign="banner-escape-inline"></support-appeal>`,
      ]) {
        const el = await appeal(template);
        let dismissed = false;
        el.addEventListener('support-appeal-dismiss', () => (dismissed = true));
        await pressEscapeIn(el);
        expect(dismissed).to.equal(false);
        expect(el.hidden).to.equal(false);
      }
    });
  });

  it('passes axe, target-size included', async () => {
    const el = await appeal(html`<support-appeal variant="banner" dismissible campaign="banner-axe"></support-appeal>`);
    await expectNoAxeViolations(el);
  });

  describe('at phone and desktop widths (built module in a frame)', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    async function bannerAt(width: number, height: number) {
      frame = await openFrame('/test/fixtures/banner.html', `width: ${width}px; height: ${height}px; border: 0`);
      const win = frame.contentWindow!;
      await win.customElements.whenDefined('support-appeal');
      const el = win.document.querySelector('support-appeal') as SupportAppeal;
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!;
      const rect = (selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
      return { win, box, rect };
    }

    it('320 px phone: stacked, nothing sideways, at most half the screen', async () => {
      const { win, box, rect } = await bannerAt(320, 568);
      expect(win.document.documentElement.scrollWidth).to.be.at.most(320);
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      expect(box.getBoundingClientRect().height).to.be.at.most(568 / 2 + 0.5);
      for (const selector of ['[part="frequencies"]', '[part="tiers"]', '[part="cta"]', '[part="remind"]', '[part="close"]']) {
        const r = rect(selector);
        expect(r.left, selector).to.be.at.least(0);
        expect(r.right, selector).to.be.at.most(320);
      }
      // Stacked: the button is below the tiers.
      expect(rect('[part="cta"]').top).to.be.at.least(rect('[part="tiers"]').bottom);
    });

    // 320×256 is a 1280×1024 window at 400 % zoom (WCAG 1.4.10 Reflow); 640×512 at 200 %.
    for (const [width, height] of [
      [320, 256],
      [640, 512],
      [320, 568],
      [1280, 720],
    ] as const) {
      it(`${width}×${height}: the whole banner inside the viewport, at most half its height, every control reachable`, async () => {
        const { win, box } = await bannerAt(width, height);
        const outer = box.getBoundingClientRect();
        expect(outer.top, 'top').to.be.at.least(0);
        expect(outer.bottom, 'bottom').to.be.at.most(height + 0.5);
        expect(outer.height, 'height').to.be.at.most(height / 2 + 0.5);
        expect(win.document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
        // What does not fit scrolls inside the banner: each control, focused, is scrolled into its view.
        for (const control of box.querySelectorAll<HTMLElement>('button, a')) {
          control.focus();
          const r = control.getBoundingClientRect();
          expect(r.top, control.textContent!).to.be.at.least(outer.top - 0.5);
          expect(r.bottom, control.textContent!).to.be.at.most(outer.bottom + 0.5);
        }
      });

      it(`${width}×${height}: no link of the article that receives focus is hidden behind it`, async function () {
        // A frame per link, in an iframe: slow on a busy machine, in WebKit most.
        this.timeout(20_000);
        frame = await openFrame('/test/fixtures/banner-article.html', `width: ${width}px; height: ${height}px; border: 0`);
        const win = frame.contentWindow! as Window & typeof globalThis;
        await win.customElements.whenDefined('support-appeal');
        const el = win.document.querySelector('support-appeal') as SupportAppeal;
        await el.updateComplete;
        for (let i = 0; i < 4; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
        const box = el.shadowRoot!.querySelector('[part="container"]')!;
        const links = [...win.document.querySelectorAll('a')];
        expect(links.length).to.be.above(10);
        for (const link of links) {
          link.focus();
          await new Promise((resolve) => win.requestAnimationFrame(resolve));
          // 2.4.11 asks that it is not entirely hidden; the room asks more: wholly above the banner.
          expect(link.getBoundingClientRect().bottom, link.textContent!).to.be.at.most(box.getBoundingClientRect().top + 0.5);
          expect(link.getBoundingClientRect().top, link.textContent!).to.be.at.least(-0.5);
        }
      });
    }

    it('1280 px desktop: the tiers and the button in one row', async () => {
      const { rect } = await bannerAt(1280, 720);
      const tiers = rect('[part="tiers"]');
      const cta = rect('[part="cta"]');
      expect(Math.abs((tiers.top + tiers.bottom) / 2 - (cta.top + cta.bottom) / 2)).to.be.below(12);
      expect(cta.left).to.be.above(tiers.right);
    });
  });
});

describe('the banner and the page around it', () => {
  beforeEach(clearStorage);

  // When the room the banner makes is what makes the page scroll, the scrollbar narrows the
  // banner, which may wrap taller: the room must follow without a ResizeObserver loop error,
  // which would reach the page's own error handlers.
  for (const height of [380, 420, 460, 500, 540, 580]) {
    it(`sends no error to the page when its room makes the page scroll (${height} px of content)`, async () => {
      const frame = await openFrame('/test/fixtures/blank.html');
      try {
        const win = frame.contentWindow as Window & typeof globalThis & { errors: string[] };
        const doc = win.document;
        doc.body.replaceChildren(Object.assign(doc.createElement('div'), { style: `height: ${height}px` }));
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = '/dist/support-appeal.js';
        doc.head.append(script);
        await win.customElements.whenDefined('support-appeal');
        const banner = doc.createElement('support-appeal') as SupportAppeal;
        banner.setAttribute('variant', 'banner');
        banner.setAttribute('campaign', `banner-scroll-${height}`);
        doc.body.append(banner);
        await banner.updateComplete;
        for (let i = 0; i < 4; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
        expect(win.errors).to.deep.equal([]);
        const room = roomOf(doc).padding;
        expect(room).to.be.closeTo(banner.shadowRoot!.querySelector('[part="container"]')!.getBoundingClientRect().height, 0.5);
      } finally {
        frame.remove();
      }
    });
  }
});
