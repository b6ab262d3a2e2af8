import { expect } from '@open-wc/testing';
import {
  clearSuppression,
  keyFor,
  loadCap,
  loadSuppression,
  saveSuppression,
  saveView,
  watchSuppression,
  type Cap,
  type Limits,
  isKept,
  persists,
} from '../src/storage.js';
import { DAY, NOW, breakStorage, clearStorage, fakeStorage, restoreStorage } from './helpers.js';

const limits: Limits = { snoozeDays: 7, dismissDays: 30, checkoutDays: 1, supportedDays: 365 };
const KEY = keyFor('spring');
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');

/** Installs a storage whose writes fail with QuotaExceededError until `heal()`. */
function fullStorage() {
  const storage = fakeStorage({});
  const setItem = storage.setItem;
  storage.setItem = () => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  };
  breakStorage(() => storage);
  return { storage, setItem, heal: () => (storage.setItem = setItem) };
}

describe('storage', () => {
  beforeEach(() => clearStorage());
  afterEach(() => {
    restoreStorage();
    clearSuppression('spring');
    clearStorage();
  });

  it('stores one versioned record per campaign under support-appeal:<campaign>', () => {
    expect(saveSuppression('spring', 'snooze', 7, NOW)).to.deep.equal({ reason: 'snooze', until: NOW + 7 * DAY });
    expect(KEY).to.equal('support-appeal:spring');
    expect(stored()).to.deep.equal({ v: 1, at: NOW, reason: 'snooze', until: NOW + 7 * DAY });
  });

  it('reads back what it stored until it expires, then removes it', () => {
    saveSuppression('spring', 'dismiss', 30, NOW);
    expect(loadSuppression('spring', limits, NOW + 29 * DAY)).to.deep.equal({ reason: 'dismiss', until: NOW + 30 * DAY });
    expect(loadSuppression('spring', limits, NOW + 30 * DAY)).to.equal(null);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('keeps campaigns apart', () => {
    saveSuppression('spring', 'snooze', 7, NOW);
    expect(loadSuppression('autumn', limits, NOW)).to.equal(null);
  });

  it('forgets a campaign on clear', () => {
    saveSuppression('spring', 'snooze', 7, NOW);
    clearSuppression('spring');
    expect(loadSuppression('spring', limits, NOW)).to.equal(null);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it("limits a stored suppression to its reason's duration from when it was written", () => {
    saveSuppression('spring', 'snooze', 30, NOW);
    expect(loadSuppression('spring', limits, NOW)!.until).to.equal(NOW + 7 * DAY);
  });

  describe('faults', () => {
    it('1. survives localStorage that throws on access, remembering in memory', () => {
      breakStorage(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      expect(() => saveSuppression('spring', 'snooze', 7, NOW)).not.to.throw();
      expect(loadSuppression('spring', limits, NOW)).to.deep.equal({ reason: 'snooze', until: NOW + 7 * DAY });
      expect(() => clearSuppression('spring')).not.to.throw();
      expect(loadSuppression('spring', limits, NOW)).to.equal(null);
    });

    it('2. survives a missing localStorage, remembering in memory', () => {
      breakStorage(() => undefined);
      saveSuppression('spring', 'dismiss', 30, NOW);
      expect(loadSuppression('spring', limits, NOW)!.reason).to.equal('dismiss');
    });

    it('3. survives setItem throwing QuotaExceededError, remembering in memory', () => {
      fullStorage();
      saveSuppression('spring', 'snooze', 7, NOW);
      expect(loadSuppression('spring', limits, NOW)!.reason).to.equal('snooze');
    });

    it('4. notices setItem storing nothing, and remembers in memory', () => {
      const forgetful = fakeStorage({ setItem: () => undefined });
      breakStorage(() => forgetful);
      saveSuppression('spring', 'snooze', 7, NOW);
      expect(forgetful.getItem(KEY)).to.equal(null);
      expect(loadSuppression('spring', limits, NOW)!.reason).to.equal('snooze');
    });

    it('memory gives way to storage once a write succeeds again', () => {
      const full = fullStorage();
      saveSuppression('spring', 'snooze', 7, NOW);
      full.heal();
      saveSuppression('spring', 'dismiss', 30, NOW);
      expect(JSON.parse(full.storage.getItem(KEY)!).reason).to.equal('dismiss');
      expect(loadSuppression('spring', limits, NOW)!.reason).to.equal('dismiss');
    });

    it('5. treats a value that is not JSON as nothing stored', () => {
      for (const junk of ['', 'not json', '{', 'undefined', '\u0000']) {
        localStorage.setItem(KEY, junk);
        expect(loadSuppression('spring', limits, NOW), junk).to.equal(null);
      }
    });

    it('6. treats JSON of the wrong shape or version as nothing stored', () => {
      const wrong = [
        null,
        42,
        'snooze',
        [],
        {},
        { v: 2, at: NOW, reason: 'snooze', until: NOW + DAY },
        { at: NOW, reason: 'snooze', until: NOW + DAY },
        { v: 1, at: NOW, reason: 'bored', until: NOW + DAY },
        { v: 1, at: NOW, reason: 'cap', until: NOW + DAY },
        { v: 1, at: NOW, reason: 'snooze', until: 'tomorrow' },
        { v: 1, at: NOW, reason: 'snooze' },
        { v: 1, at: NOW, reason: 'toString', until: NOW + DAY },
      ];
      for (const value of wrong) {
        localStorage.setItem(KEY, JSON.stringify(value));
        expect(loadSuppression('spring', limits, NOW), JSON.stringify(value)).to.equal(null);
      }
    });

    it('7. removes an expired record', () => {
      localStorage.setItem(KEY, JSON.stringify({ v: 1, at: NOW - 10 * DAY, reason: 'snooze', until: NOW - 3 * DAY }));
      expect(loadSuppression('spring', limits, NOW)).to.equal(null);
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('8. clamps a far-future date to the limit from when it was written', () => {
      localStorage.setItem(KEY, JSON.stringify({ v: 1, at: NOW - 2 * DAY, reason: 'snooze', until: Date.UTC(3000, 0, 1) }));
      expect(loadSuppression('spring', limits, NOW)!.until).to.equal(NOW + 5 * DAY);
      expect(loadSuppression('spring', limits, NOW + 5 * DAY)).to.equal(null);
    });

    it('8. counts from the first sighting when the write time is unknown or in the future, and remembers that sighting', () => {
      for (const at of [undefined, 'yesterday', NOW + 1000 * DAY]) {
        localStorage.setItem(KEY, JSON.stringify({ v: 1, at, reason: 'snooze', until: Date.UTC(3000, 0, 1) }));
        expect(loadSuppression('spring', limits, NOW)!.until, String(at)).to.equal(NOW + 7 * DAY);
        expect(stored().at, String(at)).to.equal(NOW);
        // A later page view does not push the date further out.
        expect(loadSuppression('spring', limits, NOW + 3 * DAY)!.until, String(at)).to.equal(NOW + 7 * DAY);
      }
    });
  });

  describe('other tabs', () => {
    it("calls back when another tab changes the campaign's key, or clears storage", () => {
      const calls: string[] = [];
      const stop = watchSuppression('spring', () => calls.push('spring'));
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
      window.dispatchEvent(new StorageEvent('storage', { key: keyFor('autumn') }));
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
      stop();
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
      expect(calls).to.deep.equal(['spring', 'spring']);
    });

    it("prefers another tab's write over what it kept in memory", () => {
      const full = fullStorage();
      saveSuppression('spring', 'snooze', 7, NOW);
      const stop = watchSuppression('spring', () => undefined);
      // Written by the other tab, whose storage was not full.
      full.setItem(KEY, JSON.stringify({ v: 1, at: NOW, reason: 'dismiss', until: NOW + DAY }));
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
      stop();
      expect(loadSuppression('spring', limits, NOW)!.reason).to.equal('dismiss');
    });
  });
});

describe('frequency cap', () => {
  const cap: Cap = { maxViews: 3, windowDays: 30 };
  /** Stores `views` (and any other fields) for 'spring' directly, as an earlier page view would have. */
  const seed = (views: unknown, fields: object = {}) => localStorage.setItem(KEY, JSON.stringify({ v: 1, ...fields, views }));

  beforeEach(() => clearStorage());
  afterEach(() => {
    restoreStorage();
    clearSuppression('spring');
    clearStorage();
  });

  it('counts views: nothing below the cap, a cap suppression once maxViews are stored', () => {
    expect(loadCap('spring', cap, NOW)).to.equal(null);
    saveView('spring', cap, NOW - 2 * DAY);
    saveView('spring', cap, NOW - DAY);
    expect(stored()).to.deep.equal({ v: 1, views: [NOW - 2 * DAY, NOW - DAY] });
    expect(loadCap('spring', cap, NOW)).to.equal(null);
    saveView('spring', cap, NOW);
    expect(stored()).to.deep.equal({ v: 1, views: [NOW - 2 * DAY, NOW - DAY, NOW] });
    expect(loadCap('spring', cap, NOW)).to.deep.equal({ reason: 'cap', until: NOW - 2 * DAY + 30 * DAY });
    // A view is not a suppression of its own: the stored-suppression reader ignores it.
    expect(loadSuppression('spring', limits, NOW)).to.equal(null);
  });

  it('keeps campaigns apart', () => {
    for (const t of [NOW - 2, NOW - 1, NOW]) saveView('spring', cap, t);
    expect(loadCap('spring', cap, NOW)!.reason).to.equal('cap');
    expect(loadCap('autumn', cap, NOW)).to.equal(null);
  });

  it('lifts the cap exactly when the oldest counted view leaves the window', () => {
    seed([NOW - 10 * DAY, NOW - 5 * DAY, NOW]);
    expect(loadCap('spring', cap, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 20 * DAY });
    expect(loadCap('spring', cap, NOW + 20 * DAY - 1)).to.deep.equal({ reason: 'cap', until: NOW + 20 * DAY });
    expect(loadCap('spring', cap, NOW + 20 * DAY)).to.equal(null);
    // Reading does not remove the views: they still count toward a larger window.
    expect(loadCap('spring', { maxViews: 3, windowDays: 31 }, NOW + 20 * DAY)).to.deep.equal({ reason: 'cap', until: NOW + 21 * DAY });
  });

  it('uses the window it is given: views older than windowDays do not count', () => {
    seed([NOW - 10 * DAY, NOW - 5 * DAY, NOW]);
    expect(loadCap('spring', { maxViews: 3, windowDays: 10 }, NOW)).to.equal(null);
    expect(loadCap('spring', { maxViews: 2, windowDays: 10 }, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 5 * DAY });
    expect(loadCap('spring', { maxViews: 3, windowDays: 10.5 }, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 0.5 * DAY });
  });

  it('dates the end of the cap from the oldest of the newest maxViews views, in any stored order', () => {
    seed([NOW - DAY, NOW - 20 * DAY, NOW - 5 * DAY, NOW - 10 * DAY]);
    expect(loadCap('spring', { maxViews: 2, windowDays: 30 }, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 25 * DAY });
    expect(loadCap('spring', { maxViews: 3, windowDays: 30 }, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 20 * DAY });
    expect(loadCap('spring', { maxViews: 4, windowDays: 30 }, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 10 * DAY });
    expect(loadCap('spring', { maxViews: 5, windowDays: 30 }, NOW)).to.equal(null);
  });

  it('caps with more than maxViews views stored, and a new view keeps only the newest maxViews', () => {
    seed([NOW - 5 * DAY, NOW - 4 * DAY, NOW - 3 * DAY, NOW - 2 * DAY, NOW - DAY]);
    expect(loadCap('spring', cap, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 27 * DAY });
    saveView('spring', cap, NOW);
    expect(stored().views).to.deep.equal([NOW - 2 * DAY, NOW - DAY, NOW]);
    expect(loadCap('spring', cap, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 28 * DAY });
  });

  it('drops views outside the window when it saves one', () => {
    seed([NOW - 40 * DAY, NOW - 30 * DAY, NOW - DAY]);
    saveView('spring', cap, NOW);
    expect(stored().views).to.deep.equal([NOW - DAY, NOW]);
    expect(loadCap('spring', cap, NOW)).to.equal(null);
  });

  it('ignores junk and future views, and drops them on the next save', () => {
    const junk = ['x', null, true, {}, [NOW], String(NOW - DAY), NOW + 1, NOW + 10 * DAY, -Infinity];
    seed([...junk, NOW - DAY]);
    expect(loadCap('spring', { maxViews: 2, windowDays: 30 }, NOW)).to.equal(null);
    expect(loadCap('spring', { maxViews: 1, windowDays: 30 }, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 29 * DAY });
    saveView('spring', cap, NOW);
    expect(stored()).to.deep.equal({ v: 1, views: [NOW - DAY, NOW] });
  });

  it('treats views that are not an array as none, and replaces them on the next save', () => {
    for (const views of ['x', NOW, null, { 0: NOW, length: 1 }, { a: NOW - DAY }, String([NOW - 2, NOW - 1, NOW])]) {
      seed(views);
      const label = JSON.stringify(views);
      expect(loadCap('spring', { maxViews: 1, windowDays: 30 }, NOW), label).to.equal(null);
      expect(() => saveView('spring', cap, NOW), label).not.to.throw();
      expect(stored(), label).to.deep.equal({ v: 1, views: [NOW] });
    }
  });

  it('ignores views in a record of another version, or not JSON', () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 2, views: [NOW - 2, NOW - 1, NOW] }));
    expect(loadCap('spring', cap, NOW)).to.equal(null);
    localStorage.setItem(KEY, '{"v":1,"views":[1,2,');
    expect(loadCap('spring', cap, NOW)).to.equal(null);
    saveView('spring', cap, NOW);
    expect(stored()).to.deep.equal({ v: 1, views: [NOW] });
  });

  it('keeps the views across a snooze, dismiss or checkout write, and the suppression across a view', () => {
    for (const t of [NOW - 2 * DAY, NOW - DAY]) saveView('spring', cap, t);
    saveSuppression('spring', 'snooze', 7, NOW);
    expect(stored()).to.deep.equal({ v: 1, at: NOW, reason: 'snooze', until: NOW + 7 * DAY, views: [NOW - 2 * DAY, NOW - DAY] });
    saveSuppression('spring', 'dismiss', 30, NOW);
    saveSuppression('spring', 'checkout', 1, NOW);
    expect(stored().views).to.deep.equal([NOW - 2 * DAY, NOW - DAY]);
    saveView('spring', cap, NOW);
    expect(stored()).to.deep.equal({ v: 1, at: NOW, reason: 'checkout', until: NOW + DAY, views: [NOW - 2 * DAY, NOW - DAY, NOW] });
    expect(loadSuppression('spring', limits, NOW)).to.deep.equal({ reason: 'checkout', until: NOW + DAY });
    expect(loadCap('spring', cap, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 28 * DAY });
  });

  it('keeps the views when a suppression with an unknown write time is rewritten', () => {
    seed([NOW - DAY], { reason: 'snooze', until: NOW + 100 * DAY });
    expect(loadSuppression('spring', limits, NOW)).to.deep.equal({ reason: 'snooze', until: NOW + 7 * DAY });
    expect(stored()).to.deep.equal({ v: 1, at: NOW, reason: 'snooze', until: NOW + 7 * DAY, views: [NOW - DAY] });
  });

  it('removes only the suppression fields of an expired record that holds views', () => {
    seed([NOW - DAY, NOW], { at: NOW - 10 * DAY, reason: 'snooze', until: NOW - 3 * DAY });
    expect(loadSuppression('spring', limits, NOW)).to.equal(null);
    expect(stored()).to.deep.equal({ v: 1, views: [NOW - DAY, NOW] });
    expect(loadCap('spring', { maxViews: 2, windowDays: 30 }, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 29 * DAY });
  });

  it('removes the key of an expired record whose views are all gone', () => {
    seed([], { at: NOW - 10 * DAY, reason: 'snooze', until: NOW - 3 * DAY });
    expect(loadSuppression('spring', limits, NOW)).to.equal(null);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('forgets the views on clear (reset)', () => {
    for (const t of [NOW - 2, NOW - 1, NOW]) saveView('spring', cap, t);
    saveSuppression('spring', 'snooze', 7, NOW);
    clearSuppression('spring');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(loadCap('spring', cap, NOW)).to.equal(null);
    expect(loadSuppression('spring', limits, NOW)).to.equal(null);
  });

  it('counts views in memory when setItem throws, and hands them to storage once a write succeeds', () => {
    const full = fullStorage();
    const two: Cap = { maxViews: 2, windowDays: 30 };
    saveView('spring', two, NOW - DAY);
    expect(loadCap('spring', two, NOW)).to.equal(null);
    saveView('spring', two, NOW);
    expect(full.storage.getItem(KEY)).to.equal(null);
    expect(loadCap('spring', two, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 29 * DAY });
    // A snooze written to memory keeps the views counted there.
    saveSuppression('spring', 'snooze', 7, NOW);
    expect(loadCap('spring', two, NOW)!.reason).to.equal('cap');
    full.heal();
    saveView('spring', { maxViews: 3, windowDays: 30 }, NOW + 1);
    expect(JSON.parse(full.storage.getItem(KEY)!)).to.deep.equal({
      v: 1,
      at: NOW,
      reason: 'snooze',
      until: NOW + 7 * DAY,
      views: [NOW - DAY, NOW, NOW + 1],
    });
  });

  it('counts views in memory when localStorage throws on access, and forgets them on clear', () => {
    breakStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const one: Cap = { maxViews: 1, windowDays: 30 };
    expect(() => saveView('spring', one, NOW)).not.to.throw();
    expect(loadCap('spring', one, NOW)).to.deep.equal({ reason: 'cap', until: NOW + 30 * DAY });
    clearSuppression('spring');
    expect(loadCap('spring', one, NOW)).to.equal(null);
  });
});

describe('whether a choice will outlast the page (persists, isKept)', () => {
  afterEach(() => {
    restoreStorage();
    clearStorage();
  });

  it('is true with working storage, and the probe leaves nothing behind', () => {
    expect(persists()).to.equal(true);
    expect(Object.keys(localStorage)).to.deep.equal([]);
    saveSuppression('kept', 'snooze', 7, NOW);
    expect(isKept('kept')).to.equal(true);
  });

  const faults: [string, () => unknown][] = [
    [
      'throws on access',
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
    ],
    ['is missing', () => undefined],
    [
      'is full',
      (
        (full) => () =>
          full
      )(
        fakeStorage({
          setItem: () => {
            throw new DOMException('full', 'QuotaExceededError');
          },
        }),
      ),
    ],
    [
      'keeps nothing',
      (
        (forgetful) => () =>
          forgetful
      )(fakeStorage({ setItem: () => undefined })),
    ],
  ];
  for (const [name, getter] of faults) {
    it(`is false when localStorage ${name}, and what was written stays in this page's memory`, () => {
      breakStorage(getter);
      expect(persists()).to.equal(false);
      saveSuppression(`lost-${name}`, 'snooze', 7, NOW);
      expect(isKept(`lost-${name}`)).to.equal(false);
      expect(loadSuppression(`lost-${name}`, { snoozeDays: 7, dismissDays: 30, checkoutDays: 1, supportedDays: 365 }, NOW)?.reason).to.equal(
        'snooze',
      );
    });
  }
});
