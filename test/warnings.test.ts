// The warnings' texts (src/features/warnings.ts), which load with a page's first warning: every
// code the appeal reports has a text, the features' own texts print as they are, and a
// warning made before the texts have loaded is printed once they have, in order.
import { expect } from '@open-wc/testing';
import { describe as describeReason } from '../src/features/warnings.js';
import { parseAttributes } from '../src/parse.js';
import { printed, warn } from '../src/warn.js';
import { captureWarnings } from './helpers.js';

describe('warning texts', () => {
  it('gives every code the appeal reports a text, with its argument filled in', () => {
    expect(describeReason('#empty')).to.equal('it is empty');
    expect(describeReason('#one light, dark, auto')).to.equal('expected one of light, dark, auto');
    expect(describeReason('#rounded JPY 3, 500')).to.equal("rounded to JPY's decimals: 3, 500");
    expect(describeReason('#rounded JPY ')).to.equal("rounded to JPY's decimals: none left");
    expect(describeReason('#limit snooze 7')).to.equal('expected 0 to 7 days (snooze-days); using 7');
    const codes = [
      'days',
      'currency',
      'amounts',
      'campaign',
      'frequencies',
      'amount',
      'locale',
      'url',
      'base',
      'copy',
      'features/banner',
      'features/compact',
      'features/extend',
      'features/gate',
      'features/ticker',
      'features/custom-amount',
      'features/cap',
      'features/history',
      'features/theme',
    ];
    for (const code of codes) expect(describeReason(`#${code}`), code).to.match(/^[a-z][^#]+$/);
  });

  it('reads the codes of every attribute parseAttributes can refuse', () => {
    const { warnings: found } = parseAttributes({
      campaign: 'a\u0000b',
      variant: 'sideways',
      currency: 'dollars',
      amounts: 'x',
      frequencies: 'weekly',
      defaultAmount: '7',
      locale: '!!',
      checkoutUrl: 'javascript:alert(1)',
      snoozeDays: '-1',
      heading: ' ',
    });
    expect(found.length).to.be.greaterThan(8);
    for (const { reason } of found) expect(describeReason(reason), reason).not.to.match(/^#/);
  });

  it("prints the features' reasons, which are text, as they are", async () => {
    expect(describeReason('the compact ask shows no goal ticker')).to.equal('the compact ask shows no goal ticker');
    const console = captureWarnings();
    try {
      warn({ attribute: 'goal', value: '1000', reason: 'the compact ask shows no goal ticker' });
      await printed;
    } finally {
      console.restore();
    }
    expect(console.calls).to.deep.equal(['<support-appeal>: ignored goal="1000": the compact ask shows no goal ticker.']);
  });

  it('prints warnings in the order they were made, once the texts have loaded', async () => {
    const console = captureWarnings();
    try {
      warn({ attribute: 'theme', value: 'sepia', reason: '#one light, dark, auto' });
      warn({ attribute: 'snooze-days', value: '-1', reason: '#days' });
      await printed;
    } finally {
      console.restore();
    }
    expect(console.calls).to.deep.equal([
      '<support-appeal>: ignored theme="sepia": expected one of light, dark, auto.',
      '<support-appeal>: ignored snooze-days="-1": expected a number of days from 0 to 3650.',
    ]);
  });
});
