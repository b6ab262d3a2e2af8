// One-tag mode with the built classic bundle (dist/support-appeal.iife.js), in real pages
// (test/fixtures/*.html) opened in a frame: a script tag parsed in place, async, in <head>, for
// a banner, added later as a tag manager does, and loaded next to more copies of the code.
import { expect } from '@open-wc/testing';
import { openFrame } from './helpers.js';

type Appeal = HTMLElement & { updateComplete: Promise<boolean>; suppression: { reason: string } | null };
type FrameWindow = Window & typeof globalThis & { errors: string[] };

let frame: HTMLIFrameElement | undefined;

/** Opens a fixture page in a frame, once it has loaded. */
async function open(page: string): Promise<FrameWindow> {
  frame = await openFrame(`/test/fixtures/${page}`);
  return frame.contentWindow as FrameWindow;
}

/** The page's appeals, each rendered. */
async function appealsIn(win: FrameWindow): Promise<Appeal[]> {
  const appeals = [...win.document.querySelectorAll<Appeal>('support-appeal')];
  await Promise.all(appeals.map((appeal) => appeal.updateComplete));
  return appeals;
}

/** Whether `node` comes after `other` in document order. */
const follows = (node: Node, other: Node) => Boolean(other.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);

const tierLabels = (appeal: Appeal) => [...appeal.shadowRoot!.querySelectorAll('[part~="tier"]')].map((tier) => tier.textContent!.trim());

describe('one-tag mode with the classic bundle', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => frame?.remove());

  it('a script tag parsed in place: the appeal right after it, configured and rendered', async () => {
    const win = await open('one-tag-parsed.html');
    const [appeal, ...more] = await appealsIn(win);
    expect(more).to.have.length(0);
    const script = win.document.querySelector('script[data-mount]')!;
    expect(script.nextElementSibling).to.equal(appeal);
    expect(appeal!.nextElementSibling!.id).to.equal('after');
    expect(appeal!.getAttribute('campaign')).to.equal('one-tag-parsed');
    expect(appeal!.hasAttribute('mount')).to.equal(false);
    expect(tierLabels(appeal!)).to.deep.equal(['$3', '$6', '$9']);
    expect(win.errors).to.deep.equal([]);
  });

  it('a gate: what the page parses after the script, and adds later, is locked; the footer outside the article is not', async () => {
    const win = await open('one-tag-gate.html');
    const [appeal] = await appealsIn(win);
    const locked = (element: Element) => (element as HTMLElement).inert && win.getComputedStyle(element).display === 'none';
    const after = [...win.document.querySelectorAll('.after')];
    expect(after).to.have.length(2);
    expect(after.every(locked)).to.equal(true);
    expect(locked(win.document.getElementById('before')!)).to.equal(false);
    expect(locked(win.document.getElementById('footer')!)).to.equal(false);
    const late = win.document.createElement('p');
    win.document.querySelector('article')!.append(late);
    await new Promise((resolve) => setTimeout(resolve));
    expect(locked(late)).to.equal(true);
    expect(appeal!.shadowRoot!.querySelector('[part="tier"]')).to.exist;
    expect(win.errors).to.deep.equal([]);
  });

  it('an async script tag: the appeal right after it', async () => {
    const win = await open('one-tag-async.html');
    const [appeal, ...more] = await appealsIn(win);
    expect(more).to.have.length(0);
    expect(win.document.querySelector('script[data-mount]')!.nextElementSibling).to.equal(appeal);
    expect(tierLabels(appeal!)).to.deep.equal(['$4', '$8']);
    expect(win.errors).to.deep.equal([]);
  });

  it('a script tag in <head>: the appeal at the end of <body>, after the whole article', async () => {
    const win = await open('one-tag-head.html');
    const [appeal, ...more] = await appealsIn(win);
    expect(more).to.have.length(0);
    expect(win.document.body.lastElementChild).to.equal(appeal);
    expect(follows(appeal!, win.document.querySelector('#last')!)).to.equal(true);
    expect(appeal!.shadowRoot!.querySelector('[part="heading"]')).to.exist;
    expect(win.errors).to.deep.equal([]);
  });

  it('data-target: at the end of the element it selects, also from <head>; one that matches nothing or is no selector warns and is placed as without it', async () => {
    const win = (await open('one-tag-target.html')) as FrameWindow & { warnings: string[] };
    // The placement waits for its part (dist/features/target.js) and, from <head>, for the page to be parsed.
    const byCampaign = async (campaign: string) => {
      for (let tries = 0; tries < 200; tries++) {
        const found = win.document.querySelector<Appeal>(`support-appeal[campaign="${campaign}"]`);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`no appeal of ${campaign}`);
    };
    const story = win.document.getElementById('story')!;
    const inHead = await byCampaign('one-tag-target');
    expect(inHead.parentElement).to.equal(story);
    expect(follows(inHead, win.document.getElementById('last')!)).to.equal(true);
    const late = await byCampaign('one-tag-target-late');
    expect(late.parentElement).to.equal(story);
    expect(late.hasAttribute('target')).to.equal(false);
    // From <head>, as without the attribute: at the end of <body>.
    for (const campaign of ['one-tag-no-match', 'one-tag-not-selector']) {
      const placed = await byCampaign(campaign);
      expect(placed.parentElement, campaign).to.equal(win.document.body);
      expect(follows(placed, win.document.getElementById('after-script')!), campaign).to.equal(true);
    }
    await Promise.all([...win.document.querySelectorAll<Appeal>('support-appeal')].map((appeal) => appeal.updateComplete));
    expect(inHead.shadowRoot!.querySelector('[part="heading"]')).to.exist;
    // Each script tag runs its own copy of the file: its warnings print when their texts have loaded.
    const warned = () => win.warnings.filter((text) => text.includes('data-target'));
    for (let tries = 0; tries < 100 && warned().length < 2; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(warned()).to.have.length(2);
    expect(warned().find((text) => text.includes('"#missing"'))).to.include('matches no element');
    expect(warned().find((text) => text.includes('"#["'))).to.include('placed as without it');
    expect(win.errors).to.deep.equal([]);
  });

  it('data-variant="banner": at the end of <body>, after content parsed later than the script', async () => {
    const win = await open('one-tag-banner.html');
    const [appeal, ...more] = await appealsIn(win);
    expect(more).to.have.length(0);
    expect(win.document.body.lastElementChild).to.equal(appeal);
    expect(follows(appeal!, win.document.querySelector('#last')!)).to.equal(true);
    expect(appeal!.getAttribute('variant')).to.equal('banner');
    expect(win.errors).to.deep.equal([]);
  });

  it('a script tag added later, as a tag manager does: the appeal right after it', async () => {
    const win = await open('blank.html');
    const doc = win.document;
    const script = doc.createElement('script');
    script.src = '/dist/support-appeal.iife.js';
    script.dataset.mount = '';
    script.dataset.campaign = 'one-tag-later';
    script.dataset.amounts = '7,14';
    script.dataset.preview = '';
    const ran = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    doc.querySelector('#slot')!.append(script);
    await ran;
    const [appeal, ...more] = await appealsIn(win);
    expect(more).to.have.length(0);
    expect(script.nextElementSibling).to.equal(appeal);
    expect(tierLabels(appeal!)).to.deep.equal(['$7', '$14']);
    expect(win.errors).to.deep.equal([]);
  });

  it('a tag manager adding it to <head> after the page loaded: the appeal at the end of <body>', async () => {
    const win = await open('blank.html');
    const doc = win.document;
    const script = doc.createElement('script');
    script.src = '/dist/support-appeal.iife.js';
    script.setAttribute('data-mount', '');
    script.setAttribute('data-campaign', 'one-tag-later-head');
    const ran = new Promise((resolve) => (script.onload = resolve));
    doc.head.append(script);
    await ran;
    const [appeal, ...more] = await appealsIn(win);
    expect(more).to.have.length(0);
    expect(doc.body.lastElementChild).to.equal(appeal);
    expect(win.errors).to.deep.equal([]);
  });

  it('one appeal for one data-mount tag, with the code loaded three more times on the page', async () => {
    const win = await open('one-tag-copies.html');
    const appeals = await appealsIn(win);
    expect(appeals).to.have.length(1);
    expect(appeals[0]!.getAttribute('campaign')).to.equal('one-tag-copies');
    expect(win.document.querySelector('script[data-mount]')!.nextElementSibling).to.equal(appeals[0]);
    expect(win.errors).to.deep.equal([]);
  });

  it('a classic script tag without data-mount creates nothing', async () => {
    const win = await open('blank.html');
    const script = win.document.createElement('script');
    script.src = '/dist/support-appeal.iife.js';
    script.setAttribute('data-campaign', 'no-mount');
    const ran = new Promise((resolve) => (script.onload = resolve));
    win.document.body.append(script);
    await ran;
    expect(win.customElements.get('support-appeal')).to.be.a('function');
    expect(win.document.querySelectorAll('support-appeal')).to.have.length(0);
    expect(win.errors).to.deep.equal([]);
  });
});

describe('built-in copy with the script-tag files: dist/locales/ beside the script', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => frame?.remove());

  /** Adds a classic script tag in one-tag mode to the blank page; waits for its appeal. */
  async function oneTag(win: FrameWindow, src: string, locale: string): Promise<Appeal> {
    const script = win.document.createElement('script');
    script.src = src;
    script.dataset.mount = '';
    script.dataset.locale = locale;
    script.dataset.campaign = `cdn-${locale}`;
    const ran = new Promise((resolve) => (script.onload = resolve));
    win.document.body.append(script);
    await ran;
    const appeal = win.document.querySelector<Appeal>('support-appeal')!;
    await appeal.updateComplete;
    return appeal;
  }

  const cta = (appeal: Appeal) => appeal.shadowRoot!.querySelector('[part="cta"]')!.textContent!.trim();

  it('the classic file loads the reader’s language from locales/ next to itself', async () => {
    const win = await open('blank.html');
    const appeal = await oneTag(win, '/dist/support-appeal.iife.js', 'ru');
    expect(cta(appeal)).to.equal('Поддержать');
    expect(win.errors).to.deep.equal([]);
  });

  it('the module file too, with the language from the page’s lang, right to left for Arabic', async () => {
    const win = await open('cdn-locale.html');
    await win.customElements.whenDefined('support-appeal');
    const appeal = win.document.querySelector<Appeal>('support-appeal')!;
    await appeal.updateComplete;
    expect(cta(appeal)).to.equal('ادعمنا');
    expect(appeal.shadowRoot!.querySelector('[part="container"]')!.getAttribute('dir')).to.equal('rtl');
    expect(win.errors).to.deep.equal([]);
  });

  it('a language whose file cannot load shows English, with one warning naming locale', async () => {
    const win = await open('blank.html');
    const warnings: string[] = [];
    (win.console as Console).warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const appeal = await oneTag(win, '/test/without-locales/support-appeal.iife.js', 'de');
    expect(cta(appeal)).to.equal('Support us');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('locale="de"');
    expect(win.errors).to.deep.equal([]);
  });
});

describe('optional features with the script-tag files: dist/features/ beside the script', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => frame?.remove());

  /** Adds a script tag for `src` to the blank page, in one-tag mode for the classic file; waits for the appeal. */
  async function load(win: FrameWindow, src: string, data: Record<string, string>): Promise<Appeal> {
    const script = win.document.createElement('script');
    script.src = src;
    if (src.endsWith('.iife.js')) {
      Object.assign(script.dataset, { mount: '', ...data });
    } else {
      script.type = 'module';
      const appeal = win.document.createElement('support-appeal');
      for (const [name, value] of Object.entries(data))
        appeal.setAttribute(
          name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
          value,
        );
      win.document.body.append(appeal);
    }
    const ran = new Promise((resolve) => (script.onload = resolve));
    win.document.body.append(script);
    await ran;
    await win.customElements.whenDefined('support-appeal');
    const appeal = win.document.querySelector<Appeal>('support-appeal')!;
    await appeal.updateComplete;
    return appeal;
  }

  const FEATURES = { campaign: 'cdn-features', goal: '1000', raised: '250', customAmount: '', checkoutUrl: '/donate?a={amount}' };

  /** The files of dist/ the frame requested. */
  const fetched = (win: FrameWindow) =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/'))
      .sort();

  for (const file of ['support-appeal.iife.js', 'support-appeal.js']) {
    it(`${file}: the seed appeal is all in the one file; a feature brings what the features share`, async () => {
      const win = await open('blank.html');
      const seed = await load(win, `/dist/${file}`, { campaign: 'cdn-seed', checkoutUrl: '/donate?a={amount}' });
      expect(seed.shadowRoot!.querySelector('[part="cta"]')!.textContent).to.equal('Support us');
      expect(fetched(win), 'only the script').to.deep.equal([`/dist/${file}`]);
      // A second appeal with the ticker: its part and the features' shared code, once.
      const ticker = win.document.createElement('support-appeal') as Appeal;
      ticker.setAttribute('goal', '100');
      ticker.setAttribute('raised', '50');
      win.document.body.append(ticker);
      await ticker.updateComplete;
      expect(ticker.shadowRoot!.querySelector('[part="progress"]')).to.exist;
      expect(fetched(win).filter((path) => !path.includes('/features/parse-'))).to.deep.equal([
        '/dist/features/extend.js',
        '/dist/features/ticker.js',
        `/dist/${file}`,
      ]);
      expect(win.errors).to.deep.equal([]);
    });
  }

  for (const file of ['support-appeal.iife.js', 'support-appeal.js']) {
    it(`${file}: the ticker and the Other field load, render with the page's Lit, and are styled`, async () => {
      const win = await open('blank.html');
      const appeal = await load(win, `/dist/${file}`, { ...FEATURES, locale: 'ru', currency: 'RUB' });
      const root = appeal.shadowRoot!;
      expect(root.querySelector('[part="progress"] p')!.textContent).to.match(/^Собрано 250\s₽ из 1\s000\s₽$/);
      const bar = root.querySelector('[role="progressbar"]')!;
      expect(bar.getAttribute('aria-valuetext')).to.match(/^25\s%$/);
      // The feature's own style sheet is adopted: the bar has its border.
      expect(win.getComputedStyle(bar).borderTopWidth).to.equal('1px');
      root.querySelector<HTMLButtonElement>('.tier:last-of-type')!.click();
      await appeal.updateComplete;
      const input = root.querySelector<HTMLInputElement>('#amount')!;
      input.value = '12,5';
      input.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
      await appeal.updateComplete;
      expect(new URL(root.querySelector<HTMLAnchorElement>('[part="cta"]')!.href).searchParams.get('a')).to.equal('12.5');
      expect(win.getComputedStyle(input).minHeight).to.equal('44px');
      expect(win.errors).to.deep.equal([]);
    });
  }

  it('the compact ask in one-tag mode: placed after its script tag, laid out by dist/features/compact.js, in the page language', async () => {
    const win = await open('blank.html');
    win.document.documentElement.lang = 'de';
    const appeal = await load(win, '/dist/support-appeal.iife.js', {
      campaign: 'cdn-compact',
      variant: 'compact',
      checkoutUrl: '/donate?a={amount}',
    });
    const root = appeal.shadowRoot!;
    expect(appeal.previousElementSibling?.tagName).to.equal('SCRIPT');
    expect(win.getComputedStyle(root.querySelector('[part="container"]')!).display).to.equal('flex');
    expect(root.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Gefällt Ihnen unser Journalismus?');
    expect(root.querySelector('[part="tiers"]') === null && root.querySelector('[part="remind"]') === null).to.equal(true);
    expect(new URL(root.querySelector<HTMLAnchorElement>('[part="cta"]')!.href).searchParams.get('a')).to.equal('5');
    expect(win.errors).to.deep.equal([]);
  });

  it('the frequency cap loads dist/features/cap.js only for an appeal with max-views, before its first render', async () => {
    const plain = await open('blank.html');
    await load(plain, '/dist/support-appeal.iife.js', { campaign: 'cdn-uncapped' });
    const requested = (win: Window) => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested(plain).filter((path) => path.includes('/features/'))).to.deep.equal([]);

    const capped = await open('blank.html');
    // A reader who has seen the appeal twice this week: with max-views="2" it stays hidden.
    const now = Date.now();
    capped.localStorage.setItem('support-appeal:cdn-capped', JSON.stringify({ v: 1, views: [now - 2 * 86_400_000, now - 86_400_000] }));
    const appeal = await load(capped, '/dist/support-appeal.iife.js', { campaign: 'cdn-capped', maxViews: '2' });
    expect(requested(capped).some((path) => path.endsWith('/dist/features/cap.js'))).to.equal(true);
    expect(appeal.hidden).to.equal(true);
    expect(appeal.suppression?.reason).to.equal('cap');
    capped.localStorage.removeItem('support-appeal:cdn-capped');
    expect(capped.errors).to.deep.equal([]);
  });

  it('a cap whose file cannot load is left out with one warning: the appeal shows', async () => {
    const win = await open('blank.html');
    const warnings: string[] = [];
    (win.console as Console).warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const appeal = await load(win, '/test/without-locales/support-appeal.iife.js', { campaign: 'cdn-cap-missing', maxViews: '1' });
    expect(appeal.hidden).to.equal(false);
    expect(appeal.shadowRoot!.querySelector('[part="cta"]') !== null).to.equal(true);
    expect(warnings).to.have.length(1);
    // The warnings' texts are beside the script too: without them, the reason's code.
    expect(warnings[0]).to.contain('max-views="1"').and.contain('#features/cap');
    expect(win.errors).to.deep.equal([]);
  });

  it('features whose files cannot load are left out, with one warning each; the appeal still works', async () => {
    const win = await open('blank.html');
    const warnings: string[] = [];
    (win.console as Console).warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const appeal = await load(win, '/test/without-locales/support-appeal.iife.js', FEATURES);
    const root = appeal.shadowRoot!;
    expect(root.querySelector('[part="progress"]') === null).to.equal(true);
    expect([...root.querySelectorAll('[part="tier"]')].map((tier) => tier.textContent!.trim())).to.deep.equal(['$2', '$5', '$10']);
    expect(root.querySelector('[part="cta"]')!.tagName).to.equal('A');
    // In whichever order the two failed requests come back.
    expect(warnings).to.have.length(2);
    expect(warnings.filter((w) => w.includes('goal="1000"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('custom-amount=""'))).to.have.length(1);
    expect(win.errors).to.deep.equal([]);
  });

  it('a banner whose part cannot load stays out of the article, with one warning', async () => {
    const win = await open('blank.html');
    const warnings: string[] = [];
    (win.console as Console).warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const appeal = await load(win, '/test/without-locales/support-appeal.iife.js', { campaign: 'cdn-banner', variant: 'banner' });
    const box = appeal.shadowRoot!.querySelector('[part="container"]')!;
    expect(win.getComputedStyle(box).display).to.equal('none');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('variant="banner"').and.contain('#features/banner');
    expect(win.errors).to.deep.equal([]);
  });
});
