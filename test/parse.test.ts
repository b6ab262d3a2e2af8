import { expect } from '@open-wc/testing';
import { defaultAmountFor, parseAttributes, parseDecimal, type RawAttributes } from '../src/parse.js';
import { describe as describeReason } from '../src/features/warnings.js';

const parse = (raw: RawAttributes) => parseAttributes(raw);
const warned = (raw: RawAttributes) => parse(raw).warnings.map((w) => w.attribute);

describe('parseAttributes', () => {
  it('gives the documented defaults when nothing is set, without warnings', () => {
    const { config, warnings } = parse({});
    expect(warnings).to.deep.equal([]);
    expect(config).to.deep.include({
      campaign: 'default',
      variant: 'inline',
      theme: 'light',
      heading: undefined,
      message: undefined,
      defaultAmount: undefined,
      frequencies: ['one-time', 'monthly', 'annual'],
      frequency: 'monthly',
      currency: 'USD',
      locale: undefined,
      checkoutUrl: undefined,
      checkoutTarget: '_self',
      snoozeDays: 7,
      dismissDays: 30,
      checkoutDays: 1,
      supportedDays: 365,
    });
    expect(config.amounts).to.deep.equal({ 'one-time': [2, 5, 10], monthly: [2, 5, 10], annual: [2, 5, 10] });
  });

  describe('amounts', () => {
    describe('rounded to the decimals the currency shows, so that a tier’s label and its link agree', () => {
      it('JPY has none: 2.5 becomes 3, with one warning naming the attribute', () => {
        const { config, warnings } = parse({ currency: 'JPY', amounts: '500,1000,2.5' });
        expect(config.amounts.monthly).to.deep.equal([3, 500, 1000]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include({ attribute: 'amounts', value: '500,1000,2.5' });
        expect(warnings[0]!.reason).to.contain('JPY');
      });

      it('tiers that round to the same amount merge (USD 2.555 and 2.559 are both $2.56)', () => {
        const { config, warnings } = parse({ amounts: '2.555,2.559,5' });
        expect(config.amounts.monthly).to.deep.equal([2.56, 5]);
        expect(warnings.map((w) => w.attribute)).to.deep.equal(['amounts']);
      });

      it('rounds as Intl does for the label: 1.005 is $1.01, not toFixed’s 1.00', () => {
        expect(parse({ amounts: '1.005' }).config.amounts.monthly).to.deep.equal([1.01]);
        const label = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(1.005);
        expect(label).to.equal('$1.01');
      });

      it('amounts that round to zero go (BTC 0.001 at two decimals); none left gives the default tiers', () => {
        const some = parse({ currency: 'BTC', amounts: '0.001,1' });
        expect(some.config.amounts.monthly).to.deep.equal([1]);
        expect(some.warnings.map((w) => w.attribute)).to.deep.equal(['amounts']);
        const none = parse({ currency: 'BTC', amounts: '0.001' });
        expect(none.config.amounts.monthly).to.deep.equal([2, 5, 10]);
        expect(none.warnings.map((w) => w.attribute)).to.deep.equal(['amounts']);
      });

      it('each per-frequency list warns under its own name; three decimals stay for BHD', () => {
        const { config, warnings } = parse({ currency: 'JPY', amountsOneTime: '1.5,10', amountsAnnual: '100.2' });
        expect(config.amounts['one-time']).to.deep.equal([2, 10]);
        expect(config.amounts.annual).to.deep.equal([100]);
        expect(warnings.map((w) => w.attribute)).to.deep.equal(['amounts-one-time', 'amounts-annual']);
        expect(parse({ currency: 'BHD', amounts: '1.125' }).config.amounts.monthly).to.deep.equal([1.125]);
        expect(parse({ currency: 'BHD', amounts: '1.125' }).warnings).to.deep.equal([]);
      });

      it('default-amount is rounded the same way before it is matched to a tier', () => {
        const { config, warnings } = parse({ currency: 'JPY', amounts: '500,1000', defaultAmount: '999.6' });
        expect(config.defaultAmount).to.equal(1000);
        expect(warnings).to.deep.equal([]);
      });

      it('amounts already in the currency’s decimals warn about nothing', () => {
        expect(parse({ amounts: '2.5,5,10.99' }).warnings).to.deep.equal([]);
        expect(parse({ currency: 'JPY', amounts: '500,1000' }).warnings).to.deep.equal([]);
      });
    });

    it('reads positive decimals, sorted and without duplicates', () => {
      expect(parse({ amounts: ' 10, 2.5,5,5 ' }).config.amounts.monthly).to.deep.equal([2.5, 5, 10]);
    });

    it('accepts an array set as a property', () => {
      expect(parse({ amounts: [3, 6, 9] }).config.amounts.annual).to.deep.equal([3, 6, 9]);
    });

    it('keeps the usable amounts and warns once about the rest', () => {
      const { config, warnings } = parse({ amounts: '2,abc,-1,10' });
      expect(config.amounts.monthly).to.deep.equal([2, 10]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include({ attribute: 'amounts', value: '2,abc,-1,10' });
      expect(describeReason(warnings[0]!.reason)).to.equal('expected positive numbers separated by commas');
    });

    it('falls back to the defaults when no amount is usable', () => {
      const { config, warnings } = parse({ amounts: 'abc,-1,NaN,1e400,0,Infinity,0x10' });
      expect(config.amounts.monthly).to.deep.equal([2, 5, 10]);
      expect(warnings.map((w) => w.attribute)).to.deep.equal(['amounts']);
    });

    it('uses per-frequency amounts where given and `amounts` elsewhere', () => {
      const { config } = parse({ amounts: '5,10,20', amountsOneTime: '25,50,100', amountsAnnual: '50,100' });
      expect(config.amounts).to.deep.equal({ 'one-time': [25, 50, 100], monthly: [5, 10, 20], annual: [50, 100] });
    });

    it('falls back to `amounts` when a per-frequency list is unusable', () => {
      const { config, warnings } = parse({ amounts: '5,10', amountsMonthly: 'lots' });
      expect(config.amounts.monthly).to.deep.equal([5, 10]);
      expect(warnings.map((w) => w.attribute)).to.deep.equal(['amounts-monthly']);
    });
  });

  describe('default-amount', () => {
    it('preselects the middle tier by default, the upper middle for an even count', () => {
      expect(defaultAmountFor(parse({ amounts: '2,5,10' }).config, 'monthly')).to.equal(5);
      expect(defaultAmountFor(parse({ amounts: '2,5,10,20' }).config, 'monthly')).to.equal(10);
      expect(defaultAmountFor(parse({ amounts: '7' }).config, 'monthly')).to.equal(7);
    });

    it('preselects default-amount where it is a tier, and the middle tier elsewhere', () => {
      const { config } = parse({ amounts: '2,5,10', amountsAnnual: '50,100,200', defaultAmount: '10' });
      expect(defaultAmountFor(config, 'monthly')).to.equal(10);
      expect(defaultAmountFor(config, 'annual')).to.equal(100);
    });

    it('warns when default-amount is not one of the tiers', () => {
      expect(warned({ defaultAmount: '7' })).to.deep.equal(['default-amount']);
      expect(warned({ defaultAmount: 'five' })).to.deep.equal(['default-amount']);
    });
  });

  describe('frequencies and frequency', () => {
    it('keeps the order the site gives', () => {
      expect(parse({ frequencies: 'annual, monthly' }).config.frequencies).to.deep.equal(['annual', 'monthly']);
    });

    it('ignores unknown frequencies with a warning', () => {
      const { config, warnings } = parse({ frequencies: 'weekly,one-time' });
      expect(config.frequencies).to.deep.equal(['one-time']);
      expect(warnings.map((w) => w.attribute)).to.deep.equal(['frequencies']);
    });

    it('offers all three when none is usable', () => {
      expect(parse({ frequencies: 'weekly' }).config.frequencies).to.have.length(3);
    });

    it('preselects monthly, or the first offered when monthly is not', () => {
      expect(parse({}).config.frequency).to.equal('monthly');
      expect(parse({ frequencies: 'annual,one-time' }).config.frequency).to.equal('annual');
    });

    it('preselects a valid frequency, case-insensitively', () => {
      expect(parse({ frequency: 'One-Time' }).config.frequency).to.equal('one-time');
    });

    it('warns about an unknown frequency and about one that is not offered', () => {
      expect(parse({ frequency: 'weekly' }).config.frequency).to.equal('monthly');
      expect(warned({ frequency: 'weekly' })).to.deep.equal(['frequency']);
      const notOffered = parse({ frequencies: 'one-time,annual', frequency: 'monthly' });
      expect(notOffered.config.frequency).to.equal('one-time');
      expect(notOffered.warnings.map((w) => w.attribute)).to.deep.equal(['frequency']);
    });
  });

  describe('currency and locale', () => {
    it('accepts ISO 4217 codes in any case', () => {
      expect(parse({ currency: 'eur' }).config.currency).to.equal('EUR');
      expect(parse({ currency: 'RUB' }).config.currency).to.equal('RUB');
    });

    it('warns about a code that is not three letters', () => {
      for (const currency of ['XXXX', 'US', '€', 'U$D']) {
        const { config, warnings } = parse({ currency });
        expect(config.currency, currency).to.equal('USD');
        expect(
          warnings.map((w) => w.attribute),
          currency,
        ).to.deep.equal(['currency']);
      }
    });

    it('canonicalises a valid locale and warns about an invalid one', () => {
      expect(parse({ locale: 'pt-br' }).config.locale).to.equal('pt-BR');
      const bad = parse({ locale: 'zz-!!' });
      expect(bad.config.locale).to.equal(undefined);
      expect(bad.warnings.map((w) => w.attribute)).to.deep.equal(['locale']);
    });
  });

  describe('durations', () => {
    it('accepts whole and fractional days, zero included', () => {
      const { config } = parse({ snoozeDays: '0.25', dismissDays: '0', checkoutDays: 3, supportedDays: '730' });
      expect(config).to.include({ snoozeDays: 0.25, dismissDays: 0, checkoutDays: 3, supportedDays: 730 });
    });

    it('warns about negative, non-numeric and absurd durations and uses the defaults', () => {
      const { config, warnings } = parse({ snoozeDays: '-5', dismissDays: 'forever', checkoutDays: '1e9', supportedDays: '99999' });
      expect(config).to.include({ snoozeDays: 7, dismissDays: 30, checkoutDays: 1, supportedDays: 365 });
      expect(warnings.map((w) => w.attribute)).to.deep.equal(['snooze-days', 'dismiss-days', 'checkout-days', 'supported-days']);
    });
  });

  describe('enumerations and text', () => {
    it('accepts the three themes in any case, and warns about any other', () => {
      for (const theme of ['light', 'DARK', ' auto ']) {
        expect(parse({ theme }).config.theme).to.equal(theme.trim().toLowerCase());
      }
      const { config, warnings } = parse({ theme: 'sepia' });
      expect(config.theme).to.equal('light');
      expect(warnings).to.deep.equal([{ attribute: 'theme', value: 'sepia', reason: '#one light, dark, auto' }]);
      expect(describeReason(warnings[0]!.reason)).to.equal('expected one of light, dark, auto');
    });

    it('accepts the known variants and checkout targets', () => {
      expect(parse({ variant: 'BANNER', checkoutTarget: '_blank' }).config).to.include({ variant: 'banner', checkoutTarget: '_blank' });
    });

    it('warns about unknown ones', () => {
      const { config, warnings } = parse({ variant: 'popup', checkoutTarget: '_top' });
      expect(config).to.include({ variant: 'inline', checkoutTarget: '_self' });
      expect(warnings.map((w) => w.attribute)).to.deep.equal(['variant', 'checkout-target']);
    });

    it('keeps heading and message text exactly, markup included', () => {
      const { config } = parse({ heading: '<b>Help</b>', message: 'a & b' });
      expect(config).to.include({ heading: '<b>Help</b>', message: 'a & b' });
    });

    it('accepts a campaign id and refuses one with control characters or over 100 characters', () => {
      expect(parse({ campaign: ' spring-2026 ' }).config.campaign).to.equal('spring-2026');
      expect(parse({ campaign: 'a\u0000b' }).config.campaign).to.equal('default');
      expect(parse({ campaign: 'x'.repeat(101) }).config.campaign).to.equal('default');
      expect(warned({ campaign: 'a\u0000b' })).to.deep.equal(['campaign']);
    });
  });

  describe('checkout-url', () => {
    it('keeps https, http and relative templates', () => {
      for (const url of ['https://example.org/give?a={amount}', 'http://example.org/', '/donate?f={frequency}', 'donate', '?a={amount}']) {
        const { config, warnings } = parse({ checkoutUrl: url });
        expect(config.checkoutUrl, url).to.equal(url);
        expect(warnings, url).to.deep.equal([]);
      }
    });

    it('refuses other schemes with a warning', () => {
      const { config, warnings } = parse({ checkoutUrl: 'javascript:alert(1)' });
      expect(config.checkoutUrl).to.equal(undefined);
      expect(warnings.map((w) => w.attribute)).to.deep.equal(['checkout-url']);
    });
  });

  it('warns about every empty attribute and uses its default', () => {
    const empty = {
      campaign: '',
      variant: ' ',
      heading: '',
      message: '',
      amounts: '',
      defaultAmount: '',
      frequencies: '',
      frequency: '',
      currency: '',
      locale: '',
      checkoutUrl: '',
      checkoutTarget: '',
      snoozeDays: '',
    };
    const { config, warnings } = parse(empty);
    expect(warnings).to.have.length(Object.keys(empty).length);
    expect(config).to.deep.equal(parse({}).config);
  });

  it('never throws, whatever the values', () => {
    const junk = [
      '',
      '\u0000',
      'NaN',
      '-1',
      '1e400',
      '{}',
      '[object Object]',
      '\u202e',
      'x'.repeat(10_000),
      ',,,',
      null,
      undefined,
      0,
      -0,
      NaN,
      {},
      [],
      [NaN],
      true,
    ];
    for (const value of junk) {
      const raw: RawAttributes = {};
      for (const key of [
        'campaign',
        'variant',
        'heading',
        'message',
        'amounts',
        'amountsOneTime',
        'amountsMonthly',
        'amountsAnnual',
        'defaultAmount',
        'frequencies',
        'frequency',
        'currency',
        'locale',
        'checkoutUrl',
        'checkoutTarget',
        'snoozeDays',
        'dismissDays',
        'checkoutDays',
        'supportedDays',
      ] as const) {
        raw[key] = value;
      }
      const { config } = parse(raw);
      expect(config.amounts.monthly.length, String(value)).to.be.greaterThan(0);
      expect(config.frequencies, String(value)).to.include(config.frequency);
    }
  });
});

describe('parseDecimal', () => {
  it('reads only plain decimals', () => {
    expect(parseDecimal(' 2.50 ')).to.equal(2.5);
    for (const text of ['', '1e3', '0x10', '+1', '-1', '1,5', '.5', 'Infinity', '1.', '1' + '0'.repeat(400), '9'.repeat(309)])
      expect(parseDecimal(text), text).to.be.NaN;
  });
});
