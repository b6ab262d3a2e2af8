// A/B tests (test, test-variant, test-weight): each reader sees one variant of a test, the same
// on every page view (the draw is kept in support-appeal:tests), weighted; the others are hidden
// and silent; the shown one's events and checkout link carry the test. The weighted split is
// checked over many fresh readers with a seeded generator in place of Math.random, so it cannot
// flake. The editors' flags (?support-appeal-test=, ?support-appeal=preview|reset) are set with
// history.replaceState. Real reloads, and a script in <head>, are in frames (test/fixtures/).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import testsPart from '../src/features/tests.js';
import { printed } from '../src/warn.js';
import { DAY, NOW, captureWarnings, clearStorage, isHidden, openFrame, part } from './helpers.js';

const KEY = 'support-appeal:tests';
const draws = () => (JSON.parse(localStorage.getItem(KEY) ?? 'null') as { v: number; t: Record<string, string> } | null)?.t ?? {};

/** mulberry32: a small seeded generator, the same numbers in every engine. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each test its own test name: a page view draws each test once, and this file is one page view. */
let serial = 0;
const testName = (label: string) => `${label}-${++serial}`;

/** The appeals of one test, rendered together, with every event they send. */
async function variants(test: string, attributes: Record<string, string>[]) {
  const events: { variant: string; type: string; detail: Record<string, unknown> }[] = [];
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const appeals = attributes.map((extra) => {
    const el = document.createElement('support-appeal') as SupportAppeal;
    el.setAttribute('test', test);
    for (const [key, value] of Object.entries(extra)) el.setAttribute(key, value);
    for (const type of ['show', 'view', 'select', 'checkout', 'snooze']) {
      el.addEventListener(`support-appeal-${type}`, (event) => {
        events.push({ variant: extra['test-variant'] ?? '', type, detail: (event as CustomEvent).detail as Record<string, unknown> });
        if (type === 'checkout') event.preventDefault();
      });
    }
    return el;
  });
  box.append(...appeals);
  await Promise.all(appeals.map((el) => el.updateComplete));
  return { appeals, events, shown: appeals.filter((el) => !el.hidden) };
}

describe('A/B tests', () => {
  beforeEach(clearStorage);

  describe('the weighted draw', () => {
    it('3:1 weights split about 3:1 over 400 draws (seeded)', () => {
      const random = seeded(20261203);
      let a = 0;
      for (let i = 0; i < 400; i++) {
        if (
          testsPart.pick(
            [
              ['a', 3],
              ['b', 1],
            ],
            random,
          ) === 'a'
        )
          a++;
      }
      expect(a).to.be.within(280, 320);
    });

    it('equal weights split evenly; a lone variant is always drawn', () => {
      const random = seeded(7);
      const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
      for (let i = 0; i < 600; i++)
        counts[
          testsPart.pick(
            [
              ['a', 1],
              ['b', 1],
              ['c', 1],
            ],
            random,
          )
        ]!++;
      for (const count of Object.values(counts)) expect(count).to.be.within(170, 230);
      expect(testsPart.pick([['only', 5]], random)).to.equal('only');
    });

    it('fresh readers of a page with variants weighted 3 and 1 get them about 3:1 (seeded Math.random, 160 readers)', async function () {
      // 320 appeals rendered: WebKit takes longer than the default 5 s.
      this.timeout(30_000);
      const real = Math.random;
      Math.random = seeded(42);
      try {
        let heavy = 0;
        for (let reader = 0; reader < 160; reader++) {
          // A fresh reader on a fresh page: nothing stored, the last reader's appeals gone.
          clearStorage();
          fixtureCleanup();
          const { shown } = await variants(testName('split'), [
            { 'test-variant': 'heavy', 'test-weight': '3' },
            { 'test-variant': 'light', 'test-weight': '1' },
          ]);
          expect(shown).to.have.length(1);
          if (shown[0]!.getAttribute('test-variant') === 'heavy') heavy++;
        }
        expect(heavy).to.be.within(105, 135);
      } finally {
        Math.random = real;
      }
    });
  });

  it('exactly one variant shows; the others are hidden, render nothing and send no event; the shown one’s events carry the test', async () => {
    const test = testName('silent');
    const { appeals, shown, events } = await variants(test, [
      { 'test-variant': 'a', campaign: 'ab', 'checkout-url': 'https://example.org/give?t={test}&v={test-variant}&a={amount}' },
      { 'test-variant': 'b', campaign: 'ab', 'checkout-url': 'https://example.org/give?t={test}&v={test-variant}&a={amount}' },
    ]);
    expect(shown).to.have.length(1);
    const [hidden] = appeals.filter((el) => el.hidden);
    expect(isHidden(hidden!)).to.equal(true);
    const variant = shown[0]!.getAttribute('test-variant')!;
    expect(draws()[test]).to.equal(variant);
    expect(events.map((e) => [e.variant, e.type])).to.deep.equal([[variant, 'show']]);
    expect(events[0]!.detail).to.deep.include({ test, testVariant: variant, variant: 'inline' });
    const link = part<HTMLAnchorElement>(shown[0]!, '[part="cta"]');
    expect(link.href).to.equal(`https://example.org/give?t=${test}&v=${variant}&a=5`);
    link.click();
    expect(events.at(-1)!.detail).to.deep.include({ test, testVariant: variant, url: link.href });
    // Remind me later on the shown one: the snooze event carries it too, and nothing comes from the other.
    part(shown[0]!, '[part="remind"]').click();
    expect(events.filter((e) => e.variant !== variant)).to.deep.equal([]);
    expect(events.at(-1)!.detail).to.deep.include({ test, testVariant: variant });
  });

  it('a variant on several appeals (an inline one and a banner) shows on all of them', async () => {
    const test = testName('shared');
    localStorage.setItem(KEY, JSON.stringify({ v: 1, t: { [test]: 'b' } }));
    const { appeals } = await variants(test, [{ 'test-variant': 'a' }, { 'test-variant': 'b' }, { 'test-variant': 'b', variant: 'compact' }]);
    expect(appeals.map((el) => el.hidden)).to.deep.equal([true, false, false]);
  });

  it('a kept draw is used again; one whose variant is gone from the page is drawn anew and kept', async () => {
    const test = testName('kept');
    localStorage.setItem(KEY, JSON.stringify({ v: 1, t: { [test]: 'b', other: 'x' } }));
    const { shown } = await variants(test, [{ 'test-variant': 'a' }, { 'test-variant': 'b' }]);
    expect(shown.map((el) => el.getAttribute('test-variant'))).to.deep.equal(['b']);
    const gone = testName('gone');
    localStorage.setItem(KEY, JSON.stringify({ v: 1, t: { [gone]: 'removed', other: 'x' } }));
    const again = await variants(gone, [{ 'test-variant': 'a' }, { 'test-variant': 'c' }]);
    expect(again.shown).to.have.length(1);
    expect(draws()[gone]).to.equal(again.shown[0]!.getAttribute('test-variant'));
    expect(draws().other, 'the other tests’ draws stay').to.equal('x');
  });

  it('preview shows the drawn variant, not all of them', async () => {
    const test = testName('preview');
    localStorage.setItem(KEY, JSON.stringify({ v: 1, t: { [test]: 'a' } }));
    const { appeals } = await variants(test, [
      { 'test-variant': 'a', preview: '' },
      { 'test-variant': 'b', preview: '' },
    ]);
    expect(appeals.map((el) => el.hidden)).to.deep.equal([false, true]);
  });

  it('junk in support-appeal:tests is no draw; storage that throws still shows one variant', async () => {
    localStorage.setItem(KEY, '{"v":1,"t":[1,2]}');
    expect((await variants(testName('junk'), [{ 'test-variant': 'a' }, { 'test-variant': 'b' }])).shown).to.have.length(1);
    localStorage.setItem(KEY, 'not json');
    expect((await variants(testName('junk'), [{ 'test-variant': 'a' }, { 'test-variant': 'b' }])).shown).to.have.length(1);
  });

  describe('the editors’ flags in the page’s address', () => {
    const address = location.href;
    afterEach(() => history.replaceState(null, '', address));
    const flag = (query: string) => history.replaceState(null, '', `${location.pathname}?${query}`);

    it('?support-appeal-test=NAME:VARIANT forces that variant for this page view, unstored', async () => {
      const test = testName('forced');
      localStorage.setItem(KEY, JSON.stringify({ v: 1, t: { [test]: 'a' } }));
      flag(`support-appeal-test=${test}:b`);
      const { shown } = await variants(test, [{ 'test-variant': 'a' }, { 'test-variant': 'b' }]);
      expect(shown.map((el) => el.getAttribute('test-variant'))).to.deep.equal(['b']);
      expect(draws()[test]).to.equal('a');
    });

    it('a forced variant that does not exist warns, naming the flag, and the draw goes on', async () => {
      const test = testName('forced-missing');
      flag(`support-appeal-test=${test}:zzz`);
      const warnings = captureWarnings();
      try {
        const { shown } = await variants(test, [{ 'test-variant': 'a' }, { 'test-variant': 'b' }]);
        await printed;
        expect(shown).to.have.length(1);
        expect(warnings.calls.filter((w) => w.includes(`support-appeal-test="${test}:zzz"`))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('?support-appeal=preview shows every appeal as with preview', async () => {
      localStorage.setItem('support-appeal:flag-preview', JSON.stringify({ v: 1, at: Date.now(), reason: 'snooze', until: Date.now() + DAY }));
      const plain = await fixture<SupportAppeal>(html`<support-appeal campaign="flag-preview"></support-appeal>`);
      await plain.updateComplete;
      expect(isHidden(plain)).to.equal(true);
      flag('support-appeal=preview');
      const previewed = await fixture<SupportAppeal>(html`<support-appeal campaign="flag-preview"></support-appeal>`);
      await previewed.updateComplete;
      expect(previewed.hidden).to.equal(false);
      expect(previewed.preview).to.equal(true);
      expect(previewed.suppression?.reason).to.equal('snooze');
    });

    it('?support-appeal=reset forgets what is stored for the page’s campaigns, and its tests’ draws', async () => {
      const test = testName('reset');
      localStorage.setItem('support-appeal:flag-reset', JSON.stringify({ v: 1, at: NOW, reason: 'dismiss', until: Date.now() + 30 * DAY }));
      localStorage.setItem('support-appeal:flag-kept', JSON.stringify({ v: 1, at: NOW, reason: 'dismiss', until: Date.now() + 30 * DAY }));
      localStorage.setItem(KEY, JSON.stringify({ v: 1, t: { [test]: 'zzz' } }));
      flag('support-appeal=reset');
      const el = await fixture<SupportAppeal>(html`<support-appeal campaign="flag-reset"></support-appeal>`);
      await el.updateComplete;
      expect(el.hidden).to.equal(false);
      expect(localStorage.getItem('support-appeal:flag-reset')).to.equal(null);
      expect(localStorage.getItem('support-appeal:flag-kept'), 'a campaign not on the page').to.not.equal(null);
      await variants(test, [{ 'test-variant': 'a' }]);
      expect(draws()[test]).to.equal('a');
    });
  });

  describe('bad values', () => {
    it('test="": a warning, and the appeal shows as in no test', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<SupportAppeal>(html`<support-appeal test="" test-variant="a"></support-appeal>`);
        await el.updateComplete;
        expect(el.hidden).to.equal(false);
        expect(warnings.calls.filter((w) => w.includes('ignored test=""'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('a test-variant missing on one of two: it warns and is hidden; the test’s one usable variant shows', async () => {
      const warnings = captureWarnings();
      try {
        const test = testName('missing');
        const { appeals } = await variants(test, [{}, { 'test-variant': 'b' }]);
        expect(appeals.map((el) => el.hidden)).to.deep.equal([true, false]);
        expect(warnings.calls.filter((w) => w.includes('test-variant') && w.includes('missing'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('test-weight="-1" or "heavy": a warning each, and a weight of 1', async () => {
      const warnings = captureWarnings();
      try {
        const { shown } = await variants(testName('weight'), [
          { 'test-variant': 'a', 'test-weight': '-1' },
          { 'test-variant': 'b', 'test-weight': 'heavy' },
        ]);
        expect(shown).to.have.length(1);
        expect(warnings.calls.filter((w) => w.includes('test-weight="-1"'))).to.have.length(1);
        expect(warnings.calls.filter((w) => w.includes('test-weight="heavy"'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('in real page views (frames)', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());
    const shownIn = async (query = '') => {
      frame?.remove();
      frame = await openFrame(`/test/fixtures/tests-head.html${query}`);
      const doc = frame.contentDocument!;
      const appeals = [...doc.querySelectorAll<SupportAppeal>('support-appeal')];
      await Promise.all(appeals.map((el) => el.updateComplete));
      return appeals.filter((el) => !el.hidden).map((el) => el.getAttribute('test-variant'));
    };

    it('a script in <head>: the draw waits for the page, so the variant further down can win; it stays put across reloads', async function () {
      this.timeout(20_000);
      localStorage.setItem(KEY, JSON.stringify({ v: 1, t: { 'head-test': 'second' } }));
      expect(await shownIn()).to.deep.equal(['second']);
      clearStorage();
      const first = await shownIn();
      expect(first).to.have.length(1);
      for (let reload = 0; reload < 3; reload++) expect(await shownIn()).to.deep.equal(first);
      expect(await shownIn(`?support-appeal-test=head-test:${first[0] === 'first' ? 'second' : 'first'}`)).to.not.deep.equal(first);
      expect(await shownIn()).to.deep.equal(first);
    });
  });
});
