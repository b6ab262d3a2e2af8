// The live ticker (goal-src): the figures of a JSON file replace raised and goal once fetched,
// once per page view for every appeal that names it, without cookies; every failure (an
// address that is not https or relative, a 500, HTML, 10 MB, a bad shape, a timeout) keeps
// the attributes' figures and warns once. `fetch` is replaced by one that answers as a server
// would (real Response objects); one case fetches a real file from the test server.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { appeal, captureWarnings, clearStorage } from './helpers.js';

const realFetch = window.fetch;
let calls: { url: string; init: RequestInit | undefined }[] = [];

/** Answers every fetch with `answer()`, and records it. */
function serve(answer: () => Response | Promise<Response>): void {
  calls = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return Promise.resolve().then(answer);
  }) as typeof fetch;
}

const json = (body: unknown, type = 'application/json') => new Response(JSON.stringify(body), { headers: { 'content-type': type } });
/** Each test its own address: the figures are fetched once per page view, and this file is one page. */
let serial = 0;
const address = () => `/figures-${++serial}.json`;
const goalText = (el: SupportAppeal) => el.shadowRoot!.querySelector('[part="progress"] p')?.textContent?.trim() ?? null;

/** Lets the fetch settle and the appeals update. */
async function settle(...appeals: SupportAppeal[]): Promise<void> {
  // Reading a body takes WebKit a few tasks more than the other engines.
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  await Promise.all(appeals.map((el) => el.updateComplete));
}

describe('goal-src', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('the file’s figures replace raised and goal, fetched once for every appeal that names it, without cookies', async () => {
    serve(() => json({ raised: 7250, goal: 10000 }));
    const src = address();
    const box = await fixture<HTMLDivElement>(html`<div>
      <support-appeal campaign="live-a" goal="5000" raised="100" goal-src=${src}></support-appeal>
      <support-appeal campaign="live-b" goal="5000" raised="100" goal-src=${src}></support-appeal>
    </div>`);
    const [a, b] = [...box.querySelectorAll('support-appeal')] as SupportAppeal[];
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    await settle(a!, b!);
    expect(goalText(a!)).to.equal('$7,250 of our $10,000 goal');
    expect(goalText(b!)).to.equal('$7,250 of our $10,000 goal');
    expect(a!.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('7250');
    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.equal(new URL(src, document.baseURI).href);
    expect(calls[0]!.init!.credentials).to.equal('omit');
    expect(calls[0]!.init!.signal).to.be.instanceOf(AbortSignal);
  });

  it('without raised and goal: no ticker until the figures arrive, and no warning about them', async () => {
    serve(() => json({ raised: 0, goal: 500 }));
    const warnings = captureWarnings();
    try {
      const el = await appeal(html`<support-appeal campaign="live-only" goal-src=${address()}></support-appeal>`);
      await settle(el);
      expect(goalText(el)).to.equal('$0 of our $500 goal');
      expect(warnings.calls).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('goal-text and its placeholders apply to the live figures', async () => {
    serve(() => json({ raised: 12, goal: 40 }));
    const el = await appeal(
      html`<support-appeal campaign="live-text" goal-src=${address()} goal-text="{raised} raised toward {goal}"></support-appeal>`,
    );
    await settle(el);
    expect(goalText(el)).to.equal('$12 raised toward $40');
  });

  const failures: [string, () => Response | Promise<Response>, string][] = [
    ['a 500', () => new Response('oops', { status: 500 }), 'the server answered 500'],
    ['HTML', () => new Response('<!doctype html><p>Not found', { headers: { 'content-type': 'text/html' } }), 'content type is not JSON'],
    ['10 MB', () => new Response(new Uint8Array(10_000_000).fill(32), { headers: { 'content-type': 'application/json' } }), 'larger than 100 KB'],
    ['a bad shape', () => json({ raised: 'lots', goal: 100 }), 'expected JSON'],
    ['a negative goal', () => json({ raised: 1, goal: -5 }), 'expected JSON'],
    ['not JSON', () => new Response('{raised: 1', { headers: { 'content-type': 'application/json' } }), 'it is not JSON'],
    ['null', () => json(null), 'expected JSON'],
    ['a timeout', () => Promise.reject(new DOMException('signal timed out', 'TimeoutError')), 'no answer within 5 s'],
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch')), 'it could not be fetched'],
  ];
  for (const [name, answer, reason] of failures) {
    it(`${name}: the attributes’ figures stay, and one warning names goal-src`, async () => {
      serve(answer);
      const warnings = captureWarnings();
      try {
        const src = address();
        const el = await appeal(html`<support-appeal campaign="live-bad" goal="1000" raised="250" goal-src=${src}></support-appeal>`);
        await settle(el);
        el.requestUpdate();
        await el.updateComplete;
        expect(goalText(el)).to.equal('$250 of our $1,000 goal');
        const mine = warnings.calls.filter((w) => w.includes('goal-src'));
        expect(mine, warnings.calls.join('\n')).to.have.length(1);
        expect(mine[0]).to.include(JSON.stringify(src)).and.include(reason);
      } finally {
        warnings.restore();
      }
    });
  }

  for (const src of ['javascript:alert(1)', 'http://example.org/figures.json', 'data:application/json,{}']) {
    it(`goal-src="${src}": refused without a fetch, one warning`, async () => {
      serve(() => json({ raised: 1, goal: 2 }));
      const warnings = captureWarnings();
      try {
        const el = await appeal(html`<support-appeal campaign="live-refused" goal="1000" raised="250" goal-src=${src}></support-appeal>`);
        await settle(el);
        expect(calls).to.have.length(0);
        expect(goalText(el)).to.equal('$250 of our $1,000 goal');
        expect(warnings.calls.filter((w) => w.includes('goal-src') && w.includes('https or relative'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  }

  it('a real file from the server (the browser’s own fetch)', async () => {
    const el = await appeal(html`<support-appeal campaign="live-real" goal="1" raised="0" goal-src="/test/fixtures/figures.json"></support-appeal>`);
    for (let tries = 0; tries < 100 && goalText(el) !== '$7,250 of our $10,000 goal'; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
    }
    expect(goalText(el)).to.equal('$7,250 of our $10,000 goal');
  });
});
