// The packed package inside apps built by real bundlers (scripts/consumer-apps.js builds them
// from test/consumer/apps/ with no bundler configuration, as a new app has none): each must load
// the German copy, the goal ticker and the Other field as chunks of its own, with no warning
// that a part did not load and no error.
import { expect } from '@open-wc/testing';

type AppWindow = Window & typeof globalThis & { warnings: string[]; errors: string[] };

async function openApp(bundler: string): Promise<{ frame: HTMLIFrameElement; win: AppWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/consumer/apps/dist/${bundler}/index.html`;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as AppWindow };
}

/** The app's appeal, once the app has put it in the page (React renders after the load event). */
async function appealOf(win: AppWindow) {
  for (let frame = 0; frame < 100 && !win.document.querySelector('support-appeal'); frame++) {
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
  }
  return win.document.querySelector('support-appeal') as HTMLElement & { updateComplete: Promise<boolean> };
}

// react: React 19 built with vite build.
for (const bundler of ['vite', 'esbuild', 'webpack', 'react']) {
  describe(`an app built with ${bundler}`, () => {
    it('shows the appeal in German with the ticker and the Other field, loaded as its chunks', async () => {
      const { frame, win } = await openApp(bundler);
      try {
        const element = win.customElements.get('support-appeal');
        expect(element, 'the app defined <support-appeal> (was it built? npm run consumer:apps)').to.not.equal(undefined);
        const el = await appealOf(win);
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(root.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Wir haben eine kleine Bitte');
        expect(root.querySelector('[part="progress"]')?.textContent, 'the ticker').to.contain('6.420');
        const tiers = [...root.querySelectorAll('[part="tier"]')].map((tier) => tier.textContent!.trim());
        expect(tiers.at(-1), 'the Other tier').to.equal('Anderer');
        expect(win.warnings, 'no part failed to load').to.deep.equal([]);
        expect(win.errors).to.deep.equal([]);
        // Each part came from a file of the app's own build, next to its script.
        const fetched = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
        const own = fetched.filter((path) => path.startsWith(`/test/consumer/apps/dist/${bundler}/`) && path.endsWith('.js'));
        expect(own.length, own.join(', ')).to.be.at.least(4); // the app, de, ticker, custom-amount
        // (The test server's own script is there too.)
        const elsewhere = fetched.filter((path) => !path.startsWith(`/test/consumer/apps/dist/${bundler}/`) && !path.startsWith('/__web-dev-server'));
        expect(elsewhere, 'nothing from elsewhere').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
}

describe('a React 19 app', () => {
  it('hears support-appeal-checkout through its onsupport-appeal-checkout prop, and preventDefault() keeps the reader on the page', async () => {
    const { frame, win } = await openApp('react');
    try {
      const el = await appealOf(win);
      await el.updateComplete;
      // Whether the link's click reached the window with its navigation cancelled.
      const cancelled: boolean[] = [];
      win.addEventListener('click', (event) => cancelled.push(event.defaultPrevented));
      el.shadowRoot!.querySelector<HTMLElement>('[part="cta"]')!.click();
      await el.updateComplete;
      expect((win as unknown as { checkouts: string[] }).checkouts).to.deep.equal([`${location.origin}/give?a=5`]);
      expect(cancelled, 'no navigation').to.deep.equal([true]);
      expect(win.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('a page rendered on the server (@lit-labs/ssr) and hydrated (@lit-labs/ssr-client)', () => {
  type Appeal = HTMLElement & { updateComplete: Promise<boolean>; hidden: boolean };

  it('the server sent a whole appeal in declarative shadow DOM, in English, with a relative link', async () => {
    const page = await (await fetch('/test/consumer/apps/dist/ssr/index.html')).text();
    expect(page.match(/shadowrootmode="open"/g)?.length).to.equal(3);
    expect(page).to.contain('We have a small favor to ask');
    expect(page).to.contain('href="/give?a=5"');
  });

  it('takes the markup over: the reader’s language and parts, the site’s message, a snooze, working controls, no error', async () => {
    const { frame, win } = await openApp('ssr');
    try {
      const get = (id: string) => win.document.getElementById(id) as Appeal;
      await win.customElements.whenDefined('support-appeal');
      for (const id of ['plain', 'slotted', 'snoozed']) {
        await get(id).updateComplete;
      }
      const plain = get('plain').shadowRoot!;
      // One appeal in each shadow root: hydrated, not rendered a second time beside the server's.
      expect(plain.querySelectorAll('section').length).to.equal(1);
      expect(plain.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Wir haben eine kleine Bitte');
      expect(plain.querySelector('[part="container"]')!.getAttribute('lang')).to.equal('de');
      expect(plain.querySelector('[part="progress"]')?.textContent, 'the ticker').to.contain('6.420');
      expect([...plain.querySelectorAll('[part="tier"]')].at(-1)!.textContent!.trim()).to.equal('Anderer');
      expect(plain.querySelector<HTMLAnchorElement>('a[part="cta"]')!.href).to.equal(`${location.origin}/give?a=5`);
      // The controls are live: a tier press is announced and shown.
      const selected: number[] = [];
      get('plain').addEventListener('support-appeal-select', (event) => selected.push((event as CustomEvent).detail.amount));
      plain.querySelectorAll<HTMLButtonElement>('[part="tier"]')[2]!.click();
      await get('plain').updateComplete;
      expect(selected).to.deep.equal([10]);
      expect(plain.querySelectorAll('[part="tier"]')[2]!.getAttribute('aria-pressed')).to.equal('true');
      expect(plain.querySelector<HTMLAnchorElement>('a[part="cta"]')!.href).to.contain('a=10');
      // The site's own message replaces the built-in one the server could not know about.
      expect(get('slotted').shadowRoot!.querySelector('[part="message"]')!.textContent!.trim()).to.equal('');
      // The reader who snoozed: hidden once the client reads storage.
      expect(get('snoozed').hidden).to.equal(true);
      expect(get('snoozed').shadowRoot!.querySelector('section')).to.equal(null);
      expect(win.warnings).to.deep.equal([]);
      expect(win.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
