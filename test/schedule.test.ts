// The schedule and countdown (starts, ends): hidden with reason `schedule` outside the dates, on
// a fake clock (Date.now) and fake timers, so that the appeal appearing and going by itself is
// seen without waiting; a date alone is the reader's local day; {days-left} and the built-in
// "3 days left" / "Last day" line, with each language's plural forms; bad dates warn and are
// ignored.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import type { Table } from '../src/copy.js';
import { plural } from '../src/parse.js';
import ru from '../src/locales/ru.js';
import pl from '../src/locales/pl.js';
import { moment } from '../src/features/schedule.js';
import { useFakeIntersectionObserver, useFakeTimers } from './fake-observers.js';
import { NOW, appeal, captureWarnings, clearStorage, isHidden, part } from './helpers.js';

const HOUR = 3_600_000;
/** Local midnight, `days` days after today's (the fake clock's day). */
const midnight = (days: number) => {
  const today = new Date(Date.now());
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() + days).getTime();
};
/** The local day `days` from today, as an ISO date (what `starts` and `ends` take). */
const dayIn = (days: number) => {
  const date = new Date(midnight(days));
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};
const countdown = (el: SupportAppeal) => el.shadowRoot!.querySelector('[part="countdown"]')?.textContent?.trim() ?? null;

describe('schedule and countdown', () => {
  let timers: ReturnType<typeof useFakeTimers>;
  // Nothing in view: no timer of the view rule beside the schedule's.
  let observer: ReturnType<typeof useFakeIntersectionObserver>;
  let now = NOW;
  const realNow = Date.now;

  beforeEach(() => {
    clearStorage();
    now = NOW;
    Date.now = () => now;
    timers = useFakeTimers();
    observer = useFakeIntersectionObserver();
  });
  afterEach(() => {
    fixtureCleanup();
    timers.restore();
    observer.restore();
    Date.now = realNow;
  });

  /** Moves both clocks on by `ms`, running the timers that fall due (the updates they ask for run after, at the end). */
  const tick = (ms: number) => {
    now += ms;
    timers.tick(ms);
  };

  describe('dates', () => {
    it('reads a date as the reader’s local day, through its end, and a date-time as the moment it names', () => {
      expect(moment('2026-12-24')).to.equal(new Date(2026, 11, 24).getTime());
      expect(moment('2026-12-24', true)).to.equal(new Date(2026, 11, 25).getTime());
      expect(moment('2026-12-24T18:00Z')).to.equal(Date.UTC(2026, 11, 24, 18));
      expect(moment('2026-12-24T18:00:30.250+01:00')).to.equal(Date.UTC(2026, 11, 24, 17, 0, 30, 250));
      expect(moment('2026-12-24T18:00')).to.equal(new Date(2026, 11, 24, 18).getTime());
      expect(moment(' 2026-12-31 ')).to.equal(new Date(2026, 11, 31).getTime());
    });

    it('refuses what is not an ISO 8601 date or a day that does not exist', () => {
      for (const text of ['soon', '2026-02-30', '2026-13-01', '31/12/2026', '2026-12-24T25:00Z', '2026-12-24 18:00', '20261224', '']) {
        expect(moment(text), text).to.equal(undefined);
      }
    });
  });

  it('before `starts`: hidden, reason schedule until then, no show event; at the moment it shows by itself', async () => {
    const starts = NOW + 2 * HOUR;
    const shown: unknown[] = [];
    const box = await fixture<HTMLDivElement>(html`<div @support-appeal-show=${(e: CustomEvent) => shown.push(e.detail)}></div>`);
    const el = document.createElement('support-appeal') as SupportAppeal;
    el.setAttribute('campaign', 'schedule-starts');
    el.setAttribute('starts', new Date(starts).toISOString());
    box.append(el);
    await el.updateComplete;
    expect(isHidden(el)).to.equal(true);
    expect(el.suppression).to.deep.equal({ reason: 'schedule', until: starts });
    expect(shown).to.have.length(0);
    // One timer, for the start.
    expect(timers.pending).to.be.at.least(1);
    tick(2 * HOUR - 1);
    await el.updateComplete;
    expect(isHidden(el)).to.equal(true);
    tick(1);
    await el.updateComplete;
    expect(el.hidden).to.equal(false);
    expect(el.suppression).to.equal(null);
    expect(part(el, '[part="heading"]')).to.exist;
    expect(shown).to.deep.equal([{ campaign: 'schedule-starts', variant: 'inline' }]);
  });

  it('`ends` as a date: shown through that local day, gone by itself at midnight, reason schedule for good', async () => {
    const el = await appeal(html`<support-appeal campaign="schedule-ends" ends=${dayIn(0)}></support-appeal>`);
    expect(el.hidden).to.equal(false);
    tick(midnight(1) - NOW - 1);
    await el.updateComplete;
    expect(el.hidden).to.equal(false);
    tick(1);
    await el.updateComplete;
    expect(isHidden(el)).to.equal(true);
    expect(el.suppression).to.deep.equal({ reason: 'schedule', until: null });
  });

  it('after `ends`, and outside both dates: hidden; within them: shown', async () => {
    const past = await appeal(html`<support-appeal campaign="schedule-past" ends="2026-01-31"></support-appeal>`);
    expect(isHidden(past)).to.equal(true);
    expect(past.suppression).to.deep.equal({ reason: 'schedule', until: null });
    const within = await appeal(html`<support-appeal campaign="schedule-within" starts="2026-11-01" ends="2026-12-31"></support-appeal>`);
    expect(within.hidden).to.equal(false);
    const later = await appeal(html`<support-appeal campaign="schedule-later" starts="2027-01-01" ends="2027-01-31"></support-appeal>`);
    expect(later.suppression).to.deep.equal({ reason: 'schedule', until: new Date(2027, 0, 1).getTime() });
  });

  it('preview shows an appeal outside its dates, with the suppression still reported', async () => {
    const el = await appeal(html`<support-appeal campaign="schedule-preview" preview ends="2026-01-31"></support-appeal>`);
    expect(el.hidden).to.equal(false);
    expect(el.suppression).to.deep.equal({ reason: 'schedule', until: null });
  });

  it('a gate outside its dates locks nothing; within them it locks', async () => {
    const ended = await fixture<HTMLElement>(
      html`<article><p>First.</p><support-appeal variant="gate" campaign="gate-ended" free-articles="0" ends="2026-01-31"></support-appeal><p id="rest">Rest.</p></article>`,
    );
    const gate = ended.querySelector('support-appeal')!;
    await gate.updateComplete;
    expect(isHidden(gate)).to.equal(true);
    expect(gate.suppression).to.deep.equal({ reason: 'schedule', until: null });
    expect((ended.querySelector('#rest') as HTMLElement).inert).to.equal(false);
    const running = await fixture<HTMLElement>(
      html`<article><p>First.</p><support-appeal variant="gate" campaign="gate-running" free-articles="0" article-id="gate-running" ends="2099-01-31"></support-appeal><p id="rest">Rest.</p></article>`,
    );
    const open = running.querySelector('support-appeal')!;
    await open.updateComplete;
    expect((running.querySelector('#rest') as HTMLElement).inert).to.equal(true);
  });

  it('a snooze stored for the campaign still hides it within the dates; removing `starts` brings the appeal', async () => {
    const el = await appeal(html`<support-appeal campaign="schedule-attr" starts="2027-01-01"></support-appeal>`);
    expect(isHidden(el)).to.equal(true);
    el.removeAttribute('starts');
    await el.updateComplete;
    expect(el.hidden).to.equal(false);
    el.snooze();
    await el.updateComplete;
    el.setAttribute('starts', '2026-01-01');
    await el.updateComplete;
    expect(el.suppression?.reason).to.equal('snooze');
    expect(isHidden(el)).to.equal(true);
  });

  it('one timer per appeal, cleared when it leaves the page and set again when it is back', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('support-appeal') as SupportAppeal;
    el.setAttribute('starts', new Date(NOW + HOUR).toISOString());
    el.setAttribute('ends', new Date(NOW + 3 * HOUR).toISOString());
    box.append(el);
    await el.updateComplete;
    const before = timers.pending;
    el.setAttribute('campaign', 'schedule-timer');
    await el.updateComplete;
    expect(timers.pending, 'a new update replaces the timer').to.equal(before);
    el.remove();
    expect(timers.pending).to.equal(before - 1);
    box.append(el);
    await el.updateComplete;
    expect(timers.pending).to.equal(before);
    tick(HOUR);
    await el.updateComplete;
    expect(el.hidden, 'shown at the start').to.equal(false);
    tick(2 * HOUR);
    await el.updateComplete;
    expect(isHidden(el), 'gone at the end').to.equal(true);
  });

  it('a moment more than 24.8 days away (beyond setTimeout) is waited for in steps', async () => {
    const starts = NOW + 40 * 24 * HOUR;
    const el = await appeal(html`<support-appeal campaign="schedule-far" starts=${new Date(starts).toISOString()}></support-appeal>`);
    tick(2 ** 31 - 1);
    await el.updateComplete;
    expect(isHidden(el)).to.equal(true);
    tick(starts - NOW - (2 ** 31 - 1));
    await el.updateComplete;
    expect(el.hidden).to.equal(false);
  });

  describe('{days-left} and the built-in line', () => {
    it('{days-left} counts the reader’s calendar days to the `ends` day: 3, and 0 on the day', async () => {
      const el = await appeal(
        html`<support-appeal campaign="days-left" ends=${dayIn(3)} heading="Only {days-left} days left" message="{days-left} to go"></support-appeal>`,
      );
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('Only 3 days left');
      expect(part(el, '[part="message"]').textContent!.trim()).to.equal('3 to go');
      // The site's own text says it: no second line.
      expect(countdown(el)).to.equal(null);
      const today = await appeal(html`<support-appeal campaign="days-left-0" ends=${dayIn(0)} heading="{days-left} days"></support-appeal>`);
      expect(part(today, '[part="heading"]').textContent!.trim()).to.equal('0 days');
    });

    it('the built-in copy adds "3 days left", "1 day left" and "Last day" within a week, nothing further away', async () => {
      const cases: [number, string | null][] = [
        [8, null],
        [7, '7 days left'],
        [3, '3 days left'],
        [1, '1 day left'],
        [0, 'Last day'],
      ];
      for (const [days, text] of cases) {
        const el = await appeal(html`<support-appeal campaign=${`line-${days}`} ends=${dayIn(days)} loading="eager"></support-appeal>`);
        expect(countdown(el), `${days} days`).to.equal(text);
      }
    });

    it('an `ends` moment late on the day counts that day: the line follows the calendar, not 24-hour spans', async () => {
      // Noon now; tomorrow at 00:30 is one calendar day away, though only 12.5 hours.
      const el = await appeal(html`<support-appeal campaign="line-moment" ends=${new Date(midnight(1) + HOUR / 2).toISOString()}></support-appeal>`);
      expect(countdown(el)).to.equal('1 day left');
    });

    it('the line in the reader’s language, with its plural forms (Russian, Polish), numbers written its way', async () => {
      for (const [locale, table] of [
        ['ru', ru],
        ['pl', pl],
      ] as [string, Table][]) {
        for (const days of [1, 2, 5]) {
          const el = await appeal(
            html`<support-appeal campaign=${`line-${locale}-${days}`} locale=${locale} ends=${dayIn(days)} loading="eager"></support-appeal>`,
          );
          const expected = plural(table.daysLeft, days, locale).replace('{days}', String(days));
          expect(countdown(el), `${locale} ${days}`).to.equal(expected);
          expect(part(el, '[part="countdown"]').getAttribute('lang')).to.equal(locale);
        }
        const last = await appeal(
          html`<support-appeal campaign=${`line-${locale}-0`} locale=${locale} ends=${dayIn(0)} loading="eager"></support-appeal>`,
        );
        expect(countdown(last)).to.equal(table.lastDay);
      }
      const arabic = await appeal(html`<support-appeal campaign="line-ar" locale="ar-EG" ends=${dayIn(3)} loading="eager"></support-appeal>`);
      expect(countdown(arabic)).to.include(new Intl.NumberFormat('ar-EG').format(3));
    });

    it('a language without built-in copy: the English line, marked English', async () => {
      const el = await appeal(html`<support-appeal campaign="line-ro" locale="ro" ends=${dayIn(2)}></support-appeal>`);
      expect(countdown(el)).to.equal('2 days left');
      expect(part(el, '[part="countdown"]').getAttribute('lang')).to.equal('en');
    });
  });

  describe('bad values', () => {
    it('a value that is not a date warns once, naming the attribute, and is ignored', async () => {
      const warnings = captureWarnings();
      try {
        for (const [attribute, value] of [
          ['starts', 'soon'],
          ['ends', '2026-02-30'],
          ['ends', '31/12/2026'],
        ]) {
          const el = await appeal(
            html`<support-appeal campaign="bad-date" starts=${attribute === 'starts' ? value : '2026-01-01'} ends=${attribute === 'ends' ? value : '2099-01-01'}></support-appeal>`,
          );
          expect(el.hidden, `${attribute}=${value}`).to.equal(false);
          const mine = warnings.calls.filter((w) => w.includes(`${attribute}=${JSON.stringify(value)}`));
          expect(mine, `${attribute}=${value}`).to.have.length(1);
          expect(mine[0]).to.include('ISO 8601');
        }
      } finally {
        warnings.restore();
      }
    });

    it('`ends` before `starts`: one warning naming ends, and the schedule ignored', async () => {
      const warnings = captureWarnings();
      try {
        const el = await appeal(html`<support-appeal campaign="bad-order" starts="2026-12-10" ends="2026-12-01"></support-appeal>`);
        expect(el.hidden).to.equal(false);
        expect(el.suppression).to.equal(null);
        expect(warnings.calls.filter((w) => w.includes('ends="2026-12-01"'))).to.have.length(1);
        expect(warnings.calls.join()).to.include('not after starts');
      } finally {
        warnings.restore();
      }
    });
  });
});
