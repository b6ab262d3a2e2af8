// The metered gate (variant="gate"): free articles counted down with a notice, the lock on what
// follows the gate from the next article (inert and hidden, nothing removed), the gate and pass
// events and their cancellation, "Not now" with gate-passes, unlock(), supporters, preview, the
// container (gate-content), content arriving later, removal, bad values, axe and the keyboard.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { LANGUAGES, type Table } from '../src/copy.js';
import { importPart } from '../src/import-part.js';
import { NOW, articleKey, captureWarnings, clearStorage, expectNoAxeViolations, part, useClock } from './helpers.js';

const KEY = 'support-appeal:history';
const MINUTE = 60_000;
const Appeal = () => customElements.get('support-appeal') as typeof SupportAppeal;
const history = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { a: Record<string, number>; p?: Record<string, number[]> } | null;

/** Earlier page views: `count` other articles read freely, a minute apart. */
function seed(count: number): void {
  const a = Object.fromEntries(Array.from({ length: count }, (_, i) => [`read${i}`, Math.floor((NOW - (i + 1) * MINUTE) / MINUTE)]));
  localStorage.setItem(KEY, JSON.stringify({ v: 1, a }));
}

let serial = 0;
const unique = (name: string) => `${name}-${++serial}`;

/** An article with the gate after its second paragraph; the gate's events recorded from before it connects. */
async function article(attributes: Record<string, string>) {
  const page = await fixture<HTMLElement>(html`<main>
    <article id="story">
      <p>One</p>
      <p>Two</p>
      <p class="after">Three <a href="#three">a link</a></p>
      <figure class="after"><figcaption>Four</figcaption></figure>
    </article>
    <footer><a href="#footer">Footer</a></footer>
  </main>`);
  const story = page.querySelector('article')!;
  const el = document.createElement('support-appeal') as SupportAppeal;
  el.setAttribute('variant', 'gate');
  el.setAttribute('article-id', unique('story'));
  el.setAttribute('campaign', unique('gate'));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const events: { type: string; detail: Record<string, unknown>; lockedThen: boolean }[] = [];
  for (const type of ['gate', 'pass', 'show']) {
    el.addEventListener(`support-appeal-${type}`, (event) =>
      events.push({ type, detail: (event as CustomEvent).detail, lockedThen: story.querySelector('[data-support-appeal-locked]') !== null }),
    );
  }
  story.children[1]!.after(el);
  await el.updateComplete;
  return { page, story, el, events, after: [...story.querySelectorAll<HTMLElement>('.after')] };
}

const isLocked = (element: HTMLElement) =>
  element.inert && element.hasAttribute('data-support-appeal-locked') && getComputedStyle(element).display === 'none';
const isOpen = (element: HTMLElement) =>
  !element.inert && !element.hasAttribute('data-support-appeal-locked') && getComputedStyle(element).display !== 'none';
const text = (el: SupportAppeal) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('metered gate', () => {
  let clock: ReturnType<typeof useClock>;
  beforeEach(() => {
    clearStorage();
    clock = useClock();
  });
  afterEach(async () => {
    fixtureCleanup();
    await Appeal().revokeConsent();
    clock.restore();
    clearStorage();
  });

  describe('free articles', () => {
    it('counts them down with a one-line notice, leaves the article open and counts it', async () => {
      seed(2);
      const { el, after, events } = await article({ 'free-articles': '5' });
      expect(text(el)).to.equal('Free articles left: 2 of 5');
      expect(after.every(isOpen)).to.equal(true);
      expect(Object.keys(history()!.a)).to.have.length(3);
      expect(events.map(({ type }) => type)).to.deep.equal(['show']);
      await expectNoAxeViolations(el);
    });

    it('says 0 of 5 on the last free one, and the article is open', async () => {
      seed(4);
      const { el, after } = await article({});
      expect(text(el)).to.equal('Free articles left: 0 of 5');
      expect(after.every(isOpen)).to.equal(true);
    });

    it('in the reader’s language and digits', async () => {
      seed(1);
      const ru = await article({ locale: 'ru', 'free-articles': '3' });
      expect(text(ru.el)).to.equal('Бесплатных статей осталось: 1 из 3');
      seed(1);
      const ar = await article({ locale: 'ar', 'free-articles': '3' });
      const n = new Intl.NumberFormat('ar').format;
      expect(text(ar.el)).to.equal(`المقالات المجانية المتبقية: ${n(1)} من ${n(3)}`);
    });
  });

  describe('locked', () => {
    it('from the next article: support-appeal-gate first, then what follows the gate is inert and hidden, nothing removed', async () => {
      seed(5);
      const { el, story, after, events, page } = await article({ 'sign-in-url': '/sign-in?next=here' });
      expect(events.map(({ type }) => type)).to.deep.equal(['gate', 'show']);
      expect(events[0]!.lockedThen, 'locked before support-appeal-gate').to.equal(false);
      expect(events[0]!.detail).to.deep.equal({ campaign: el.campaign, articles: 5, freeArticles: 5 });
      expect(after.every(isLocked)).to.equal(true);
      expect(story.querySelectorAll('p')).to.have.length(3);
      // Only what follows the gate inside its container: the paragraphs before it and the footer stay.
      expect(isOpen(story.querySelector('p')!)).to.equal(true);
      expect(isOpen(page.querySelector('footer')!)).to.equal(true);
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('Support us to keep reading');
      expect(el.shadowRoot!.querySelectorAll('[part="tier"]').length).to.equal(3);
      const signIn = part<HTMLAnchorElement>(el, '[part="sign-in"]');
      expect(signIn.href).to.equal(new URL('/sign-in?next=here', document.baseURI).href);
      expect(signIn.parentElement!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Already a supporter? Sign in');
      // No Remind me later, and no pass without gate-passes.
      expect(getComputedStyle(part(el, '[part="remind"]').closest('p')!).display).to.equal('none');
      expect(el.shadowRoot!.querySelector('[part="pass"]')).to.equal(null);
      // The article past the free ones is not recorded: it was not read.
      expect(Object.keys(history()!.a)).to.have.length(5);
    });

    it('is axe-clean with the content locked', async () => {
      seed(5);
      const { page } = await article({ 'sign-in-url': '/sign-in', 'gate-passes': '1' });
      await expectNoAxeViolations(page);
    });

    it('keyboard: Tab reaches the gate’s controls and then the footer, never the locked link; Escape leaves it locked', async function () {
      this.timeout(20_000);
      seed(5);
      const { el, after, page } = await article({ 'sign-in-url': '/sign-in', dismissible: '' });
      const stops: string[] = [];
      (page.querySelector('p') as HTMLElement).tabIndex = -1;
      (page.querySelector('p') as HTMLElement).focus();
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        const active = document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;
        stops.push(active?.getAttribute('part') ?? active?.getAttribute('href') ?? active?.tagName ?? 'none');
        if (active?.getAttribute('href') === '#footer') break;
      }
      expect(stops).not.to.include('#three');
      expect(stops).to.include('sign-in');
      expect(stops[stops.length - 1]).to.equal('#footer');
      expect(stops).not.to.include('close');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(after.every(isLocked)).to.equal(true);
      expect(el.hidden).to.equal(false);
    });

    it('a cancelled support-appeal-gate leaves the article open and the gate empty', async () => {
      seed(5);
      const listener = (event: Event) => event.preventDefault();
      document.addEventListener('support-appeal-gate', listener);
      try {
        const { el, after } = await article({});
        expect(after.every(isOpen)).to.equal(true);
        expect(text(el)).to.equal('');
      } finally {
        document.removeEventListener('support-appeal-gate', listener);
      }
    });

    it('one of the free articles read again stays open', async () => {
      const id = unique('again');
      seed(4);
      await article({ 'article-id': id });
      fixtureCleanup();
      seed(5);
      const stored = history()!;
      // The same article, read before among the free ones: it is in the history.
      localStorage.setItem(KEY, JSON.stringify({ v: 1, a: { ...stored.a, [articleKey(id)]: Math.floor(NOW / MINUTE) - 100 } }));
      const again = await article({ 'article-id': id });
      expect(again.after.every(isOpen)).to.equal(true);
    });

    it('locks content the page adds behind the gate later', async () => {
      seed(5);
      const { story } = await article({});
      const late = document.createElement('p');
      late.textContent = 'Arrived later';
      story.append(late);
      await new Promise((resolve) => setTimeout(resolve));
      expect(isLocked(late)).to.equal(true);
    });

    it('unlocks everything when the element leaves the page, and an element that was inert stays so', async () => {
      seed(5);
      const { el, story, after } = await article({});
      const inert = document.createElement('p');
      inert.inert = true;
      story.append(inert);
      await new Promise((resolve) => setTimeout(resolve));
      el.remove();
      expect(after.every(isOpen)).to.equal(true);
      expect(inert.inert).to.equal(true);
      expect(inert.hasAttribute('data-support-appeal-locked')).to.equal(false);
    });
  });

  describe('opening', () => {
    it('"Not now" with gate-passes: support-appeal-pass, the article opens, focus on the status, one pass fewer', async () => {
      seed(5);
      const campaign = unique('passes');
      const { el, after, events } = await article({ campaign, 'gate-passes': '1' });
      const button = part(el, '[part="pass"]');
      expect(button.textContent!.trim()).to.equal('Not now');
      button.focus();
      button.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(events.filter(({ type }) => type === 'pass').map(({ detail }) => detail)).to.deep.equal([{ campaign, articles: 5, passesLeft: 0 }]);
      expect(after.every(isOpen)).to.equal(true);
      expect(text(el)).to.equal('This article is open for this visit.');
      expect(el.shadowRoot!.activeElement?.className).to.equal('status');
      fixtureCleanup();
      // The next article: no pass left in the window.
      const next = await article({ campaign, 'gate-passes': '1' });
      expect(next.after.every(isLocked)).to.equal(true);
      expect(next.el.shadowRoot!.querySelector('[part="pass"]')).to.equal(null);
    });

    it('a cancelled support-appeal-pass keeps the article locked and the pass unused', async () => {
      seed(5);
      const { el, after } = await article({ 'gate-passes': '2' });
      el.addEventListener('support-appeal-pass', (event) => event.preventDefault());
      part(el, '[part="pass"]').click();
      await el.updateComplete;
      expect(after.every(isLocked)).to.equal(true);
      expect(history()!.p ?? {}).to.deep.equal({});
    });

    it('unlock() opens the article for this page view', async () => {
      seed(5);
      const { el, after } = await article({});
      el.unlock();
      await el.updateComplete;
      expect(after.every(isOpen)).to.equal(true);
      expect(text(el)).to.equal('');
    });

    it('markSupported() opens every gate of the campaign, and the static one on later page views', async () => {
      seed(5);
      const campaign = unique('supported');
      const { el, after } = await article({ campaign });
      el.markSupported();
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      expect(after.every(isOpen)).to.equal(true);
      fixtureCleanup();
      localStorage.removeItem(`support-appeal:${campaign}`);
      Appeal().markSupported(campaign);
      const next = await article({ campaign });
      expect(next.el.hidden).to.equal(true);
      expect(next.after.every(isOpen)).to.equal(true);
    });

    it('a snooze, a dismissal, a checkout or the cap do not open it', async () => {
      for (const reason of ['snooze', 'dismiss', 'checkout']) {
        seed(5);
        const campaign = unique(reason);
        localStorage.setItem(`support-appeal:${campaign}`, JSON.stringify({ v: 1, at: NOW, reason, until: NOW + 86_400_000 }));
        const { el, after } = await article({ campaign });
        expect([reason, el.hidden, after.every(isLocked)]).to.deep.equal([reason, false, true]);
        fixtureCleanup();
      }
    });

    it('preview off again: the count decides, and the article is open for a reader with free articles left', async () => {
      seed(1);
      const { el, after } = await article({ preview: '' });
      expect(after.every(isLocked)).to.equal(true);
      el.preview = false;
      await el.updateComplete;
      expect(after.every(isOpen)).to.equal(true);
      expect(text(el)).to.equal('Free articles left: 3 of 5');
    });

    it('preview shows it locked whatever the count, sends no gate event, and asks for the structured data once', async () => {
      const warnings = captureWarnings();
      let gated: Awaited<ReturnType<typeof article>>;
      try {
        gated = await article({ preview: '' });
      } finally {
        warnings.restore();
      }
      expect(gated!.after.every(isLocked)).to.equal(true);
      expect(gated!.events.map(({ type }) => type)).to.deep.equal(['show']);
      expect(warnings.calls.filter((call) => call.includes('isAccessibleForFree'))).to.have.length(1);
      fixtureCleanup();
      const data = document.createElement('script');
      data.type = 'application/ld+json';
      data.textContent = JSON.stringify({
        '@type': 'NewsArticle',
        isAccessibleForFree: false,
        hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.after' },
      });
      document.head.append(data);
      const quiet = captureWarnings();
      try {
        await article({ preview: '' });
      } finally {
        quiet.restore();
        data.remove();
      }
      expect(quiet.calls).to.deep.equal([]);
    });
  });

  describe('in every language, and at 400 % zoom', () => {
    for (const language of LANGUAGES) {
      it(`has its built-in copy in ${language}`, async () => {
        const { default: table } = (await importPart(`locales/${language}`)) as { default: Table };
        seed(5);
        const { el } = await article({ locale: language, 'sign-in-url': '/sign-in', 'gate-passes': '1' });
        expect(part(el, '[part="heading"]').textContent!.trim()).to.equal(table.gateHeading);
        expect(part(el, '[part="message"]').textContent!.trim().startsWith(table.gateMessage)).to.equal(true);
        expect(part(el, '[part="sign-in"]').textContent!.trim()).to.equal(table.signIn);
        expect(part(el, '[part="pass"]').textContent!.trim()).to.equal(table.pass);
        expect(part(el, '[part="container"]').getAttribute('lang')).to.equal(language);
      });
    }

    it('fits 320 px (a 1280 px window at 400 %): nothing wider than the column', async () => {
      seed(5);
      const { el, page } = await article({ 'sign-in-url': '/sign-in', 'gate-passes': '1' });
      page.style.width = '320px';
      await el.updateComplete;
      const column = el.getBoundingClientRect();
      for (const selector of ['[part="heading"]', '[part="tiers"]', '[part="cta"]', '[part="sign-in"]', '[part="pass"]']) {
        const box = part(el, selector).getBoundingClientRect();
        expect(box.right, selector).to.be.at.most(column.right + 0.5);
        expect(box.left, selector).to.be.at.least(column.left - 0.5);
      }
    });
  });

  describe('gate-content', () => {
    it('locks what follows the gate inside the container it names, and nothing outside', async () => {
      seed(5);
      const { page } = await article({ 'gate-content': 'main' });
      expect(isLocked(page.querySelector('footer')!)).to.equal(true);
      expect(isLocked(page.querySelector('.after')!)).to.equal(true);
    });

    for (const [value, reason, locked] of [
      ['#[', 'not a CSS selector', true],
      ['#nothing-here', 'matches nothing', true],
      ['footer', 'not inside it', false],
    ] as const) {
      it(`gate-content="${value}" warns once (${reason}), and ${locked ? 'locks in the parent' : 'locks nothing'}`, async () => {
        seed(5);
        const warnings = captureWarnings();
        let after: HTMLElement[];
        try {
          ({ after } = await article({ 'gate-content': value }));
        } finally {
          warnings.restore();
        }
        expect(warnings.calls.filter((call) => call.includes(`ignored gate-content=${JSON.stringify(value)}`))).to.have.length(1);
        expect(after!.every(locked ? isLocked : isOpen)).to.equal(true);
      });
    }
  });

  describe('bad values', () => {
    for (const [attribute, value] of [
      ['free-articles', 'lots'],
      ['free-articles', '-1'],
      ['gate-passes', '1.5'],
      ['sign-in-url', 'javascript:alert(1)'],
    ] as const) {
      it(`${attribute}="${value}" warns once, naming it, and uses the default`, async () => {
        seed(5);
        const warnings = captureWarnings();
        let gated: Awaited<ReturnType<typeof article>>;
        try {
          gated = await article({ [attribute]: value });
        } finally {
          warnings.restore();
        }
        expect(warnings.calls.filter((call) => call.includes(`ignored ${attribute}=`))).to.have.length(1);
        // The defaults: 5 free articles (this is the sixth), no pass, no sign-in link.
        expect(gated!.after.every(isLocked)).to.equal(true);
        expect(gated!.el.shadowRoot!.querySelector('[part="pass"], [part="sign-in"]')).to.equal(null);
      });
    }
  });
});
