import { expect } from '@open-wc/testing';
import { directionOf, formatAmount, formatUntil } from '../src/format.js';
import { DAY, NOW } from './helpers.js';

describe('format', () => {
  it("formats whole amounts without decimals and others with the currency's", () => {
    expect(formatAmount(5, 'USD', 'en-US')).to.equal('$5');
    expect(formatAmount(2.5, 'USD', 'en-US')).to.equal('$2.50');
    expect(formatAmount(1000, 'EUR', 'de-DE').replace(/\s/g, ' ')).to.equal('1.000 €');
    expect(formatAmount(500, 'JPY', 'ja-JP')).to.match(/500/);
  });

  it('gives the day and month of a date this year', () => {
    expect(formatUntil(NOW + 7 * DAY, 'en-GB', NOW)).to.equal('6 December');
    expect(formatUntil(NOW + 7 * DAY, 'en-US', NOW)).to.equal('December 6');
  });

  it('adds the year when the date is in another year', () => {
    expect(formatUntil(NOW + 40 * DAY, 'en-GB', NOW)).to.equal('8 January 2027');
  });

  it('adds the time when the date is less than a day away', () => {
    expect(formatUntil(NOW + 6 * 3_600_000, 'en-GB', NOW)).to.match(/^29 November( at|,) \d{2}:00$/);
  });

  it('knows which languages are written right to left', () => {
    expect(['ar', 'ar-EG', 'he', 'fa-IR', 'ur'].map(directionOf)).to.deep.equal(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'ru', 'de-DE', 'zz'].map(directionOf)).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr']);
  });
});
