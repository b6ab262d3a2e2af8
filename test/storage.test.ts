import { expect } from '@open-wc/testing';
import { clearSuppression, keyFor, loadSuppression, saveSuppression, watchSuppression, type Limits } from '../src/storage.js';
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

  it('limits a stored suppression to its reason\'s duration from when it was written', () => {
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
    it('calls back when another tab changes the campaign\'s key, or clears storage', () => {
      const calls: string[] = [];
      const stop = watchSuppression('spring', () => calls.push('spring'));
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
      window.dispatchEvent(new StorageEvent('storage', { key: keyFor('autumn') }));
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
      stop();
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
      expect(calls).to.deep.equal(['spring', 'spring']);
    });

    it('prefers another tab\'s write over what it kept in memory', () => {
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
