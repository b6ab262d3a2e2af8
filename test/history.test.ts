// The reading history (count-articles, article-id, articles-window-days, min-articles, consent):
// each page view counts its article once, earlier page views are what storage holds (seeded
// here, on a fake clock), the count fills {articles} and the built-in line in each language's
// plural forms, min-articles hides until the count is reached, the events carry it, the static
// methods read and forget it, consent holds back every write about reading, and broken or junk
// storage never breaks the page or miscounts.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { saveView, setConsent } from '../src/storage.js';
import { printed } from '../src/warn.js';
import { useFakeIntersectionObserver, useFakeTimers } from './fake-observers.js';
import {
  DAY,
  NOW,
  articleKey,
  breakStorage,
  captureWarnings,
  clearStorage,
  fakeStorage,
  isHidden,
  part,
  realLocalStorage,
  restoreStorage,
  useClock,
} from './helpers.js';

const KEY = 'support-appeal:history';
const MINUTE = 60_000;
const Appeal = () => customElements.get('support-appeal') as typeof SupportAppeal;
const stored = () => JSON.parse(realLocalStorage().getItem(KEY) ?? 'null') as { v: number; a: Record<string, number> } | null;

/** Earlier page views: one read of a different article at each time (ms). */
function seed(times: number[], extra: Record<string, unknown> = {}): void {
  const a = Object.fromEntries(times.map((t, i) => [`seen${i}`, Math.floor(t / MINUTE)]));
  localStorage.setItem(KEY, JSON.stringify({ v: 1, a: { ...a, ...extra } }));
}

/** An article id no other test uses: the part records each article once per page, and this whole file is one page. */
let serial = 0;
const article = (name: string) => `${name}-${++serial}`;

/** A new appeal, as the next page view has it, with its events recorded from before it connects. */
async function pageView(attributes: Record<string, string>, box?: HTMLElement) {
  box ??= await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('support-appeal') as SupportAppeal;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const events: { type: string; detail: Record<string, unknown> }[] = [];
  for (const type of ['show', 'select', 'checkout', 'snooze', 'dismiss']) {
    el.addEventListener(`support-appeal-${type}`, (event) => {
      events.push({ type, detail: (event as CustomEvent).detail });
      if (type === 'checkout') event.preventDefault();
    });
  }
  box.append(el);
  await el.updateComplete;
  return { el, events };
}

const line = (el: SupportAppeal) => el.shadowRoot!.querySelector('[part="articles"]')?.textContent?.trim() ?? null;

describe('reading history', () => {
  let clock: ReturnType<typeof useClock>;
  beforeEach(() => {
    clearStorage();
    clock = useClock();
  });
  afterEach(async () => {
    fixtureCleanup();
    // Consent is the page's: back to none given, which also forgets what a test recorded.
    await Appeal().revokeConsent();
    clock.restore();
    clearStorage();
  });

  describe('counting', () => {
    it('counts this article once however often it is reloaded, and shows the line', async () => {
      const id = article('story');
      const first = await pageView({ 'count-articles': '', 'article-id': id });
      expect(line(first.el)).to.equal("You've read 1 article in the last 30 days");
      clock.tick(5 * MINUTE);
      const reload = await pageView({ 'count-articles': '', 'article-id': id });
      expect(line(reload.el)).to.equal("You've read 1 article in the last 30 days");
      expect(Object.keys(stored()!.a)).to.have.length(1);
      expect(await Appeal().articlesRead()).to.equal(1);
      const other = await pageView({ 'count-articles': '', 'article-id': article('other') });
      expect(line(other.el)).to.equal("You've read 2 articles in the last 30 days");
    });

    it('counts the earlier page views inside the window only, and the window is articles-window-days', async () => {
      seed([NOW - 40 * DAY, NOW - 20 * DAY, NOW - 3 * DAY, NOW - MINUTE]);
      const { el } = await pageView({ 'count-articles': '', 'article-id': article('window') });
      expect(line(el)).to.equal("You've read 4 articles in the last 30 days");
      const week = await pageView({ 'count-articles': '', 'article-id': article('week'), 'articles-window-days': '7' });
      expect(line(week.el)).to.equal("You've read 4 articles in the last 7 days");
      const day = await pageView({ 'count-articles': '', 'article-id': article('day'), 'articles-window-days': '1' });
      expect(line(day.el)).to.equal("You've read 4 articles in the last day");
      // A month later only what was read since counts.
      clock.tick(31 * DAY);
      expect(await Appeal().articlesRead(30)).to.equal(0);
      expect(await Appeal().articlesRead(365)).to.equal(7);
    });

    it('keeps the time of the latest read: an article read again stays in the window', async () => {
      const id = article('again');
      seed([], { [articleKey(id)]: Math.floor((NOW - 25 * DAY) / MINUTE) });
      await pageView({ 'count-articles': '', 'article-id': id });
      clock.tick(10 * DAY);
      expect(await Appeal().articlesRead(30)).to.equal(1);
    });

    it('counts an article once however many appeals the page has', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const id = article('two');
      const one = await pageView({ 'count-articles': '', 'article-id': id, campaign: 'one' }, box);
      const two = await pageView({ 'count-articles': '', 'article-id': id, campaign: 'two', variant: 'compact' }, box);
      expect([line(one.el), line(two.el)]).to.deep.equal(["You've read 1 article in the last 30 days", "You've read 1 article in the last 30 days"]);
      expect(Object.keys(stored()!.a)).to.have.length(1);
    });

    it('names the article by its canonical link, else its path, and stores no address', async () => {
      const link = document.createElement('link');
      link.rel = 'canonical';
      link.href = `/news/${article('canonical')}`;
      document.head.append(link);
      try {
        await pageView({ 'count-articles': '' });
        await pageView({ 'count-articles': '', campaign: 'beside' });
        expect(await Appeal().articlesRead()).to.equal(1);
        link.href = `/news/${article('canonical')}`;
        const next = await pageView({ 'count-articles': '' });
        expect(line(next.el)).to.equal("You've read 2 articles in the last 30 days");
        link.remove();
        const path = await pageView({ 'count-articles': '' });
        expect(line(path.el)).to.equal("You've read 3 articles in the last 30 days");
        expect(realLocalStorage().getItem(KEY)).not.to.contain('news').and.not.to.contain('/');
      } finally {
        link.remove();
      }
    });

    it('keeps the newest 100 articles, a few bytes each, and counts up to 100', async () => {
      seed(Array.from({ length: 150 }, (_, i) => NOW - (i + 1) * MINUTE));
      const { el } = await pageView({ 'count-articles': '', 'article-id': article('many') });
      expect(line(el)).to.equal("You've read 100 articles in the last 30 days");
      expect(Object.keys(stored()!.a)).to.have.length(100);
      expect(realLocalStorage().getItem(KEY)!.length).to.be.below(2500);
    });

    it('does not count without count-articles or min-articles', async () => {
      const { el } = await pageView({ 'article-id': article('off'), 'articles-window-days': '7' });
      expect(line(el)).to.equal(null);
      expect(stored()).to.equal(null);
    });
  });

  describe('the count in texts and events', () => {
    it('fills {articles} in heading, message and goal-text, and leaves the line out then', async () => {
      seed([NOW - DAY, NOW - 2 * DAY]);
      const { el } = await pageView({
        'count-articles': '',
        'article-id': article('texts'),
        heading: "You've read {articles} stories",
        message: '{articles} stories, all free.',
        goal: '1000',
        raised: '10',
        'goal-text': '{articles} read, {raised} raised',
      });
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal("You've read 3 stories");
      expect(part(el, '[part="message"]').textContent!.trim()).to.equal('3 stories, all free.');
      expect(part(el, '[part="progress"]').textContent).to.contain('3 read, $10 raised');
      expect(line(el)).to.equal(null);
    });

    it('leaves {articles} as written where no history is on', async () => {
      const { el } = await pageView({ heading: 'Read {articles}' });
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('Read {articles}');
    });

    it('carries articles in every event where the history is on, and not where it is off', async () => {
      seed([NOW - DAY]);
      const { el, events } = await pageView({
        'count-articles': '',
        'article-id': article('events'),
        campaign: 'count-events',
        'checkout-url': '/give',
      });
      part(el, '[part="tier"]').click();
      part(el, '[part="cta"]').click();
      part(el, '[part="remind"]').click();
      await el.updateComplete;
      expect(events.map(({ type }) => type)).to.deep.equal(['show', 'select', 'checkout', 'snooze']);
      expect(events.map(({ detail }) => detail.articles)).to.deep.equal([2, 2, 2, 2]);
      const plain = await pageView({ campaign: 'plain-events' });
      expect(plain.events).to.have.length(1);
      expect('articles' in plain.events[0]!.detail).to.equal(false);
    });
  });

  describe('min-articles', () => {
    it('hides the appeal (reason articles, no end date) below the count, without a show event', async () => {
      seed([NOW - DAY]);
      const { el, events } = await pageView({ 'min-articles': '3', 'article-id': article('below') });
      expect(isHidden(el)).to.equal(true);
      expect(el.suppression).to.deep.equal({ reason: 'articles', until: null });
      expect(events).to.deep.equal([]);
      // It still counted: min-articles implies count-articles.
      expect(await Appeal().articlesRead()).to.equal(2);
    });

    it('shows on the page view that reaches the count', async () => {
      seed([NOW - 2 * DAY, NOW - DAY]);
      const { el, events } = await pageView({ 'min-articles': '3', 'article-id': article('reach') });
      expect(el.hidden).to.equal(false);
      expect(el.suppression).to.equal(null);
      expect(events.map(({ type, detail }) => [type, detail.articles])).to.deep.equal([['show', 3]]);
      expect(line(el)).to.equal("You've read 3 articles in the last 30 days");
    });

    it('shows in preview, and a stored snooze still wins over it', async () => {
      const preview = await pageView({ 'min-articles': '5', 'article-id': article('preview'), preview: '' });
      expect(preview.el.hidden).to.equal(false);
      expect(preview.el.suppression).to.deep.equal({ reason: 'articles', until: null });
      localStorage.setItem('support-appeal:min-snooze', JSON.stringify({ v: 1, at: NOW, reason: 'snooze', until: NOW + DAY }));
      seed([NOW - DAY, NOW - 2 * DAY]);
      const { el } = await pageView({ 'min-articles': '1', 'article-id': article('snoozed'), campaign: 'min-snooze' });
      expect(el.suppression).to.deep.equal({ reason: 'snooze', until: NOW + DAY });
    });

    it('min-articles="0" always shows', async () => {
      const { el } = await pageView({ 'min-articles': '0', 'article-id': article('zero') });
      expect(el.hidden).to.equal(false);
    });
  });

  describe('static methods', () => {
    it('articlesRead(days) is the stored count in that window; bad days warn once and count 30', async () => {
      seed([NOW - 40 * DAY, NOW - 10 * DAY, NOW - DAY]);
      expect(await Appeal().articlesRead()).to.equal(2);
      expect(await Appeal().articlesRead(7)).to.equal(1);
      expect(await Appeal().articlesRead(365)).to.equal(3);
      const warnings = captureWarnings();
      try {
        expect(await Appeal().articlesRead(-1)).to.equal(2);
        expect(await Appeal().articlesRead('7' as unknown as number)).to.equal(2);
        expect(await Appeal().articlesRead(366)).to.equal(2);
        await printed;
      } finally {
        warnings.restore();
      }
      expect(warnings.calls).to.have.length(3);
      expect(warnings.calls.every((call) => call.includes('articlesRead()'))).to.equal(true);
    });

    it("forgetHistory() wipes the history and every campaign's views, keeps snoozes, and does not count this page again", async () => {
      const id = article('forget');
      const { el } = await pageView({ 'count-articles': '', 'article-id': id });
      localStorage.setItem('support-appeal:viewed', JSON.stringify({ v: 1, views: [NOW - DAY] }));
      localStorage.setItem('support-appeal:snoozed', JSON.stringify({ v: 1, at: NOW, reason: 'snooze', until: NOW + DAY, views: [NOW - DAY] }));
      await Appeal().forgetHistory();
      expect(stored()).to.equal(null);
      expect(localStorage.getItem('support-appeal:viewed')).to.equal(null);
      expect(JSON.parse(localStorage.getItem('support-appeal:snoozed')!)).to.deep.equal({ v: 1, at: NOW, reason: 'snooze', until: NOW + DAY });
      // The appeal on the page keeps what it shows; a new one of this page view does not count it again.
      expect(line(el)).to.equal("You've read 1 article in the last 30 days");
      await pageView({ 'count-articles': '', 'article-id': id });
      expect(stored()).to.equal(null);
      expect(await Appeal().articlesRead()).to.equal(0);
    });
  });

  describe('consent="required"', () => {
    it('writes nothing about reading until grantConsent(); the page counts then, without a reload', async () => {
      seed([NOW - DAY]);
      const before = JSON.stringify(stored());
      const { el } = await pageView({ 'count-articles': '', 'article-id': article('consent'), consent: 'required' });
      // This page view counts while it is read, but is not written.
      expect(line(el)).to.equal("You've read 2 articles in the last 30 days");
      expect(JSON.stringify(stored())).to.equal(before);
      await Appeal().grantConsent();
      await el.updateComplete;
      expect(Object.keys(stored()!.a)).to.have.length(2);
      expect(line(el)).to.equal("You've read 2 articles in the last 30 days");
    });

    it('revokeConsent() wipes what was recorded and writes nothing more; snoozes are kept regardless', async () => {
      await Appeal().grantConsent();
      const { el } = await pageView({ 'count-articles': '', 'article-id': article('revoke'), consent: 'required', campaign: 'revoke' });
      expect(stored()).not.to.equal(null);
      await Appeal().revokeConsent();
      expect(stored()).to.equal(null);
      await pageView({ 'count-articles': '', 'article-id': article('after'), consent: 'required' });
      expect(stored()).to.equal(null);
      part(el, '[part="remind"]').click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem('support-appeal:revoke')!).reason).to.equal('snooze');
    });

    it('writes without it where consent is not required', async () => {
      await pageView({ 'count-articles': '', 'article-id': article('no-consent') });
      expect(Object.keys(stored()!.a)).to.have.length(1);
    });

    it('counts views for max-views only after grantConsent()', () => {
      const cap = { maxViews: 3, windowDays: 30, consent: true };
      saveView('consent-cap', cap, NOW);
      expect(localStorage.getItem('support-appeal:consent-cap')).to.equal(null);
      setConsent(true);
      saveView('consent-cap', cap, NOW);
      expect(JSON.parse(localStorage.getItem('support-appeal:consent-cap')!)).to.deep.equal({ v: 1, views: [NOW] });
      saveView('consent-free', { maxViews: 3, windowDays: 30 }, NOW);
      expect(localStorage.getItem('support-appeal:consent-free')).not.to.equal(null);
    });

    it('a consent the page has not granted keeps the view the reader saw out of storage', async () => {
      const viewport = useFakeIntersectionObserver();
      const timers = useFakeTimers();
      try {
        const { el } = await pageView({ campaign: 'consent-view', 'max-views': '3', consent: 'required' });
        viewport.setRatio(1);
        timers.tick(1000);
        expect(localStorage.getItem('support-appeal:consent-view')).to.equal(null);
        el.remove();
      } finally {
        timers.restore();
        viewport.restore();
      }
    });

    it('consent="maybe" warns once, naming the attribute, and asks for consent', async () => {
      const warnings = captureWarnings();
      try {
        await pageView({ 'count-articles': '', 'article-id': article('maybe'), consent: 'maybe' });
      } finally {
        warnings.restore();
      }
      expect(warnings.calls.filter((call) => call.includes('consent="maybe"'))).to.have.length(1);
      expect(stored()).to.equal(null);
    });
  });

  describe('plural forms', () => {
    /** The line for a reader who has read `count` articles (this one included) in `days` days. */
    async function lineFor(locale: string, count: number, days = 30): Promise<string | null> {
      seed(Array.from({ length: count - 1 }, (_, i) => NOW - (i + 1) * MINUTE));
      const { el } = await pageView({
        'count-articles': '',
        'article-id': article(`plural-${locale}`),
        locale,
        'articles-window-days': String(days),
      });
      return line(el);
    }

    it('English: 1 article, 2 articles; the last day', async () => {
      expect(await lineFor('en', 1)).to.equal("You've read 1 article in the last 30 days");
      expect(await lineFor('en', 2, 1)).to.equal("You've read 2 articles in the last day");
    });

    it('Russian: 1 статью, 2 статьи, 5 статей, 21 статью; 1 день, 2 дня, 30 дней', async () => {
      expect(await lineFor('ru', 1)).to.equal('Вы прочитали 1 статью за последние 30 дней');
      expect(await lineFor('ru', 2, 2)).to.equal('Вы прочитали 2 статьи за последние 2 дня');
      expect(await lineFor('ru', 5, 1)).to.equal('Вы прочитали 5 статей за последний 1 день');
      expect(await lineFor('ru', 21)).to.equal('Вы прочитали 21 статью за последние 30 дней');
    });

    it("Arabic: its six forms (one, two, few, many, other), in the locale's digits", async () => {
      const n = new Intl.NumberFormat('ar').format;
      expect(await lineFor('ar', 1, 1)).to.equal('قرأت مقالًا واحدًا خلال اليوم الأخير');
      expect(await lineFor('ar', 2, 2)).to.equal('قرأت مقالين خلال اليومين الأخيرين');
      expect(await lineFor('ar', 3, 3)).to.equal(`قرأت ${n(3)} مقالات خلال آخر ${n(3)} أيام`);
      expect(await lineFor('ar', 11, 11)).to.equal(`قرأت ${n(11)} مقالًا خلال آخر ${n(11)} يومًا`);
      expect(await lineFor('ar', 100, 100)).to.equal(`قرأت ${n(100)} مقال خلال آخر ${n(100)} يوم`);
    });

    it('German, French and Spanish', async () => {
      expect(await lineFor('de', 5)).to.equal('Sie haben in den letzten 30 Tagen 5 Artikel gelesen');
      expect(await lineFor('fr', 1)).to.equal('Vous avez lu 1 article au cours des 30 derniers jours');
      expect(await lineFor('fr', 3, 1)).to.equal('Vous avez lu 3 articles au cours du dernier jour');
      expect(await lineFor('es', 2)).to.equal('Has leído 2 artículos en los últimos 30 días');
    });

    it('a language without built-in copy gets the English line, marked as English', async () => {
      seed([]);
      const { el } = await pageView({ 'count-articles': '', 'article-id': article('ro'), locale: 'ro-RO' });
      expect(line(el)).to.equal("You've read 1 article in the last 30 days");
      expect(part(el, '[part="articles"]').closest('[lang]')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('bad values', () => {
    const cases: [string, string, string][] = [
      ['articles-window-days', '-3', "You've read 1 article in the last 30 days"],
      ['articles-window-days', '400', "You've read 1 article in the last 30 days"],
      ['min-articles', '1.5', "You've read 1 article in the last 30 days"],
      ['min-articles', '', "You've read 1 article in the last 30 days"],
      ['article-id', 'a\u0001b', "You've read 1 article in the last 30 days"],
      ['article-id', 'x'.repeat(10_000), "You've read 1 article in the last 30 days"],
    ];
    for (const [attribute, value, expected] of cases) {
      it(`${attribute}=${JSON.stringify(value.length > 20 ? `${value.slice(0, 8)}…` : value)} warns once, naming it, and uses the default`, async () => {
        const warnings = captureWarnings();
        let el: SupportAppeal;
        try {
          const attributes: Record<string, string> = { 'count-articles': '', [attribute]: value };
          if (attribute !== 'article-id') attributes['article-id'] = article('bad');
          ({ el } = await pageView(attributes));
        } finally {
          warnings.restore();
        }
        expect(warnings.calls.filter((call) => call.includes(`ignored ${attribute}=`))).to.have.length(1);
        expect(el!.hidden).to.equal(false);
        expect(line(el!)).to.equal(expected);
      });
    }

    for (const name of ['history', 'tests']) {
      it(`refuses campaign="${name}", which names a storage key of its own, with one warning`, async () => {
        const warnings = captureWarnings();
        let el: SupportAppeal;
        try {
          ({ el } = await pageView({ campaign: name, 'count-articles': '', 'article-id': article('reserved') }));
          el.snooze();
        } finally {
          warnings.restore();
        }
        expect(warnings.calls.filter((call) => call.includes(`ignored campaign="${name}"`))).to.have.length(1);
        expect(JSON.parse(localStorage.getItem('support-appeal:default')!).reason).to.equal('snooze');
        expect(stored()!.v).to.equal(1);
      });
    }
  });

  describe('storage faults', () => {
    afterEach(() => restoreStorage());
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    /** One store for the whole test, with `overrides` broken. */
    const broken = (overrides: Partial<Storage>) => {
      const storage = fakeStorage(overrides);
      breakStorage(() => storage);
    };
    const faults: [string, () => void][] = [
      ['the localStorage getter throws', () => breakStorage(denied)],
      ['localStorage is undefined', () => breakStorage(() => undefined)],
      ['getItem throws', () => broken({ getItem: denied })],
      [
        'setItem throws QuotaExceededError',
        () =>
          broken({
            setItem: () => {
              throw new DOMException('Quota exceeded', 'QuotaExceededError');
            },
          }),
      ],
      ['removeItem throws', () => broken({ removeItem: denied })],
      ['setItem keeps nothing', () => broken({ setItem: () => undefined })],
    ];
    for (const [name, install] of faults) {
      it(`${name}: the count holds for this page view, the methods resolve, nothing throws`, async () => {
        const errors: unknown[] = [];
        const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        const warnings = captureWarnings();
        try {
          install();
          const first = await pageView({ 'count-articles': '', 'article-id': article('fault') });
          const second = await pageView({ 'count-articles': '', 'article-id': article('fault') });
          expect(line(first.el)).to.equal("You've read 1 article in the last 30 days");
          // What could not be written is kept in memory for the page view.
          expect(line(second.el)).to.equal("You've read 2 articles in the last 30 days");
          expect(await Appeal().articlesRead()).to.be.a('number');
          await Appeal().forgetHistory();
          await Appeal().grantConsent();
        } finally {
          warnings.restore();
          restoreStorage();
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }

    const junk: [string, string][] = [
      ['not JSON', '{"v":1,"a":'],
      ['an array', '[1,2,3]'],
      ['another version', JSON.stringify({ v: 2, a: { x: Math.floor(NOW / MINUTE) } })],
      ['a list, not a map', JSON.stringify({ v: 1, a: [Math.floor(NOW / MINUTE)] })],
      ['times that are not numbers', JSON.stringify({ v: 1, a: { x: String(Math.floor(NOW / MINUTE)), y: null, z: [1], w: {} } })],
      [
        '20 KB of it',
        JSON.stringify({ v: 1, a: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, Math.floor(NOW / MINUTE) - i])) }),
      ],
    ];
    for (const [name, value] of junk) {
      it(`junk history (${name}) counts as none, and is replaced by a small one`, async () => {
        localStorage.setItem(KEY, value);
        const { el } = await pageView({ 'count-articles': '', 'article-id': article('junk') });
        expect(line(el)).to.equal("You've read 1 article in the last 30 days");
        expect(Object.keys(stored()!.a)).to.have.length(1);
      });
    }

    it('reads from the future (a clock set wrong) do not count, and are dropped', async () => {
      seed([NOW + DAY, NOW + 365 * DAY, NOW - DAY]);
      const { el } = await pageView({ 'count-articles': '', 'article-id': article('future') });
      expect(line(el)).to.equal("You've read 2 articles in the last 30 days");
      expect(Object.keys(stored()!.a)).to.have.length(2);
      expect(Object.values(stored()!.a).every((minute) => minute * MINUTE <= NOW)).to.equal(true);
    });
  });
});
