// Security: the appeal under a strict Content-Security-Policy sent as a real header, and a table
// of hostile values for every text and URL attribute with the expected outcome of each. (That
// src/ never turns text into markup or code is checked before the tests run: `npm run
// lint`, eslint.config.js.)
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { captureWarnings, clearStorage, openFrame, part } from './helpers.js';

type FrameWindow = Window & typeof globalThis & { errors: string[]; violations: string[] };
type Appeal = HTMLElement & { updateComplete: Promise<boolean> };

describe('under a strict Content-Security-Policy header', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  async function open(page: string): Promise<{ win: FrameWindow; appeal: Appeal }> {
    frame = await openFrame(`/test/fixtures/${page}`, 'width: 900px; height: 700px');
    const win = frame.contentWindow as FrameWindow;
    await win.customElements.whenDefined('support-appeal');
    const appeal = win.document.querySelector<Appeal>('support-appeal')!;
    await appeal.updateComplete;
    return { win, appeal };
  }

  /** Two frames of the page: what the appeal has rendered is laid out and painted by then. */
  const painted = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

  /**
   * Runs `trigger`, which must cause a violation of `directive` (or of a directive starting
   * with it, as style-src-elem does style-src), and resolves with that violation's line in
   * window.violations once its event has come. Fails the test if it has not within 2 s.
   */
  function violation(win: FrameWindow, directive: string, trigger: () => void): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        win.document.removeEventListener('securitypolicyviolation', listener);
        reject(new Error(`No securitypolicyviolation event for ${directive} within 2 s; recorded: ${JSON.stringify(win.violations)}`));
      }, 2000);
      const listener = (event: SecurityPolicyViolationEvent) => {
        if (!event.violatedDirective.startsWith(directive)) return;
        clearTimeout(timer);
        win.document.removeEventListener('securitypolicyviolation', listener);
        resolve(`${event.violatedDirective} ${event.blockedURI}`);
      };
      win.document.addEventListener('securitypolicyviolation', listener);
      try {
        trigger();
      } catch (error) {
        clearTimeout(timer);
        win.document.removeEventListener('securitypolicyviolation', listener);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  const PAGES = [
    { page: 'csp-classic.html', file: 'the classic file in one-tag mode, in Russian', cta: 'Поддержать' },
    { page: 'csp-module.html', file: 'the module file, a banner in Arabic', cta: 'ادعمنا' },
  ];

  for (const { page, file, cta } of PAGES) {
    it(`${file}: fully styled, the ticker and the Other field working, zero violations`, async () => {
      const { win, appeal } = await open(page);
      const root = appeal.shadowRoot!;
      const style = (selector: string) => win.getComputedStyle(root.querySelector(selector)!);
      // The language file and both feature files loaded, and every style sheet applies.
      expect(root.querySelector('[part="cta"]')!.textContent!.trim()).to.equal(cta);
      expect(style('[part="container"]').backgroundColor).to.equal('rgb(247, 244, 238)');
      expect(style('[part="cta"]').backgroundColor).to.equal('rgb(20, 71, 184)');
      expect(style('[role="progressbar"]').borderTopWidth).to.equal('1px');
      expect(root.querySelector('[role="progressbar"] rect')!.getAttribute('width')).to.match(/^(25|64\.2)%$/);
      root.querySelector<HTMLButtonElement>('.tier:last-of-type')!.click();
      await appeal.updateComplete;
      const input = root.querySelector<HTMLInputElement>('#amount')!;
      expect(win.getComputedStyle(input).minHeight).to.equal('44px');
      input.value = '12';
      input.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
      await appeal.updateComplete;
      expect(root.querySelector<HTMLAnchorElement>('[part="cta"]')!.href).to.contain('amount=12');
      root.querySelector<HTMLButtonElement>('[part="remind"]')!.click();
      await appeal.updateComplete;
      expect(root.querySelector('[role="status"]')!.textContent!.trim()).to.not.equal('');
      await painted(win);

      // Then a violation of our own: an inline style, which the policy refuses and reports.
      // Its event comes after those of anything the appeal did before it (violation events are
      // queued in order), so it being the only one recorded proves both that the recorder
      // works and that the appeal, rendered and painted, caused none.
      const known = await violation(win, 'style-src', () => {
        const inline = win.document.createElement('style');
        inline.textContent = 'body { color: rgb(255, 0, 0); }';
        win.document.head.append(inline);
      });
      expect(win.getComputedStyle(win.document.body).color).to.not.equal('rgb(255, 0, 0)');
      expect(known).to.match(/^style-src(-elem)? inline$/);
      expect(win.violations).to.deep.equal([known]);
      expect(win.errors).to.deep.equal([]);
    });
  }

  it('the metered gate locks its content with a style sheet, not an inline style: zero violations', async () => {
    const { win, appeal } = await open('csp-gate.html');
    await painted(win);
    const locked = win.document.querySelector<HTMLElement>('.locked')!;
    expect(locked.inert).to.equal(true);
    expect(win.getComputedStyle(locked).display).to.equal('none');
    expect(appeal.shadowRoot!.querySelector('[part="sign-in"]')).to.exist;
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('Trusted Types, where the engine has them: markup from a string is refused on the page, the appeal renders', async function () {
    const { win, appeal } = await open('csp-classic.html');
    expect(appeal.shadowRoot!.querySelector('[part="heading"]')).to.exist;
    // Skipped, not passed, in an engine without Trusted Types.
    if (!('trustedTypes' in win)) this.skip();
    await painted(win);
    const known = await violation(win, 'require-trusted-types-for', () => {
      expect(() => {
        win.document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
      })
        .to.throw()
        .with.property('name', 'TypeError');
    });
    // The only one: the appeal's own markup went through its lit-html policy.
    expect(win.violations).to.deep.equal([known]);
  });
});

/**
 * Hostile values, attribute by attribute, each with what must happen. `text`: shown exactly as
 * written, as text, creating no element. `refused`: one warning naming the attribute, and the
 * default is used. `used`: accepted as it is (the check says what that means).
 */
type Outcome =
  | { text: string } // the part whose text must equal the value
  | { refused: true; then?: (el: SupportAppeal) => void }
  | { used: (el: SupportAppeal) => void };

const LONG = 'A'.repeat(100_000);
const MARKUP = [
  '<img src=x onerror="window.__pwned = 1">',
  '<script>window.__pwned = 1</script>',
  '"><svg onload="window.__pwned = 1">',
  '<iframe srcdoc="<script>parent.__pwned = 1</script>">',
  '&lt;b&gt;entity&lt;/b&gt;',
  '${7 * 7} {{7 * 7}}',
  '\u202Eevil direction override\u202C',
  '\u2066isolate\u2069 and \u200Fmarks\u200E',
  LONG,
];

const href = (el: SupportAppeal) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="cta"]')?.href ?? null;
const noLink = (el: SupportAppeal) => expect(href(el)).to.equal(null);

const CASES: [attribute: string, value: string, outcome: Outcome, also?: Record<string, string>][] = [
  ...MARKUP.map((v): [string, string, Outcome] => ['heading', v, { text: '[part="heading"]' }]),
  ...MARKUP.map((v): [string, string, Outcome] => ['message', v, { text: '[part="message"]' }]),
  ...MARKUP.map((v): [string, string, Outcome, Record<string, string>] => [
    'goal-text',
    v,
    { text: '[part="progress"] p' },
    { goal: '100', raised: '5' },
  ]),

  // checkout-url: only https:, http: and relative URLs, judged by the browser's own parser.
  ...[
    'javascript:window.__pwned=1',
    'JaVaScRiPt:window.__pwned=1',
    ' javascript:window.__pwned=1',
    '\u0001javascript:window.__pwned=1',
    'java\tscript:window.__pwned=1',
    'java\nscript:window.__pwned=1',
    'java\rscript:window.__pwned=1',
    'javascript://example.org/%0Awindow.__pwned=1',
    'javascript&colon;window.__pwned=1'.replace('&colon;', ':'),
    'data:text/html,<script>window.__pwned=1</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/0c1f',
    'ftp://example.org/donate',
    'https:javascript:alert(1)',
    'http://[not an address]/',
    '',
  ].map((v): [string, string, Outcome] => ['checkout-url', v, { refused: true, then: noLink }]),
  // Protocol-relative: another site, with the page's own scheme, as any link with an https: or http: address could be.
  [
    'checkout-url',
    '//evil.example/donate?a={amount}',
    { used: (el) => expect(href(el)).to.equal(new URL('//evil.example/donate?a=5', document.baseURI).href) },
  ],
  ['checkout-url', 'https:donate?a={amount}', { used: (el) => expect(href(el)).to.match(/^https:\/\/donate\/\?a=5$/) }],
  ['checkout-url', '/donate?a={amount}', { used: (el) => expect(href(el)).to.equal(new URL('/donate?a=5', document.baseURI).href) }],
  [
    'checkout-url',
    'donate#{campaign}',
    { used: (el) => expect(href(el)).to.equal(new URL('donate#x%26admin%3D1%23%3Cb%3E', document.baseURI).href) },
    { campaign: 'x&admin=1#<b>' },
  ],
  [
    'checkout-url',
    `https://example.org/?c={campaign}`,
    { used: (el) => expect(href(el)).to.equal('https://example.org/?c=%22%3E%3Cscript%3E') },
    { campaign: '"><script>' },
  ],
  ['checkout-url', `https://example.org/?${LONG}`, { used: (el) => expect(href(el)!.length).to.be.above(100_000) }],

  // campaign: an id, never shown; printable, up to 100 characters, no direction marks.
  ['campaign', '<script>window.__pwned=1</script>', { used: (el) => expect(el.campaign).to.equal('<script>window.__pwned=1</script>') }],
  ['campaign', '__proto__', { used: (el) => expect(el.suppression).to.equal(null) }],
  ['campaign', 'A'.repeat(101), { refused: true }],
  ['campaign', LONG, { refused: true }],
  ['campaign', 'spring\u202Egnirps', { refused: true }],
  ['campaign', 'spring\u2066', { refused: true }],
  ['campaign', 'spring\u0000', { refused: true }],
  ['campaign', 'line\nbreak', { refused: true }],

  // Keyword and code attributes: anything but their words is refused.
  [
    'checkout-target',
    '_top',
    { refused: true, then: (el) => expect(el.shadowRoot!.querySelector('[part="cta"]')!.getAttribute('target')).to.equal('_self') },
    { 'checkout-url': '/give' },
  ],
  ['checkout-target', '_blank" onclick="window.__pwned=1', { refused: true }, { 'checkout-url': '/give' }],
  ['variant', 'banner<script>', { refused: true }],
  ['theme', 'dark;}*{display:none', { refused: true }],
  ['currency', '<b>USD</b>', { refused: true }],
  ['currency', 'US\u202ED', { refused: true }],
  ['locale', 'en"><script>', { refused: true }],
  ['locale', LONG, { refused: true }],
  ['frequency', 'monthly<script>', { refused: true }],
  ['frequencies', 'monthly,<img src=x onerror=1>', { refused: true }],
  [
    'amounts',
    '1,<img src=x onerror=1>,5',
    { refused: true, then: (el) => expect(el.shadowRoot!.querySelectorAll('[part="tier"]').length).to.equal(2) },
  ],
  ['amounts', '1e309', { refused: true }],
  ['default-amount', '5<script>', { refused: true }],
  ['snooze-days', '7;DROP TABLE', { refused: true }],
  ['max-views', '<script>', { refused: true }],
  [
    'goal',
    '<img src=x onerror=1>',
    { refused: true, then: (el) => expect(el.shadowRoot!.querySelector('[part="progress"]') === null).to.equal(true) },
    { raised: '5' },
  ],
  ['min-amount', 'javascript:1', { refused: true }, { 'custom-amount': '' }],
];

describe('hostile attribute values', () => {
  beforeEach(clearStorage);
  afterEach(() => delete (window as { __pwned?: unknown }).__pwned);

  const show = (v: string) => (v.length > 60 ? `${JSON.stringify(v.slice(0, 20))}… (${v.length} characters)` : JSON.stringify(v));

  for (const [attribute, value, outcome, also = {}] of CASES) {
    const expected = 'text' in outcome ? 'shown as text' : 'refused' in outcome ? 'refused with a warning' : 'used';
    it(`${attribute}=${show(value)}: ${expected}`, async () => {
      const warnings = captureWarnings();
      const el = document.createElement('support-appeal') as SupportAppeal;
      try {
        for (const [name, v] of Object.entries(also)) el.setAttribute(name, v);
        if ('text' in outcome || 'used' in outcome) el.setAttribute('preview', '');
        el.setAttribute(attribute, value);
        // Custom-amount must be opened to read its limits.
        document.body.append(el);
        await el.updateComplete;
        if (attribute === 'min-amount') {
          part(el, '.tier:last-of-type').click();
          await el.updateComplete;
        }
        // Nothing ran, whatever the value.
        expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
        // The appeal always renders, with its support control.
        expect(el.shadowRoot!.querySelector('[part="cta"]') !== null).to.equal(true);
        if ('text' in outcome) {
          const target = part(el, outcome.text);
          expect(target.textContent!.includes(value), 'the value, as text').to.equal(true);
          // No element came from the value: only the template's own slot, if any.
          expect([...target.querySelectorAll('*')].map((n) => n.localName).join()).to.be.oneOf(['', 'slot']);
          expect(warnings.calls).to.deep.equal([]);
        } else if ('refused' in outcome) {
          const about = warnings.calls.filter((call) => call.includes(`ignored ${attribute}=`));
          expect(about, warnings.calls.join('\n')).to.have.length(1);
          outcome.then?.(el);
        } else {
          outcome.used(el);
          expect(warnings.calls).to.deep.equal([]);
        }
      } finally {
        warnings.restore();
        el.remove();
      }
    });
  }
});
