// The parts that load on demand (src/parts.ts), through the table of imports that the npm
// package and the demo use (src/import-part.ts): every language with built-in copy and every
// feature are in it, each loads once however many ask, and a failure is a rejection, never
// an exception.
import { expect } from '@open-wc/testing';
import { LANGUAGES, type Table } from '../src/copy.js';
import { importPart } from '../src/import-part.js';
import { loadPart, part } from '../src/parts.js';

describe('parts that load on demand', () => {
  for (const language of LANGUAGES) {
    it(`locales/${language} is in the table of imports, with a whole table of copy`, async () => {
      const { default: copy } = (await importPart(`locales/${language}`)) as { default: Table };
      expect(copy.heading).to.be.a('string').and.not.equal('');
      expect(copy.remindedHere).to.be.a('string').and.not.equal('');
      expect(copy.goal('1', '2')).to.contain('2');
      expect(copy.compactHeading).to.be.a('string').and.not.equal('');
      expect(copy.compactMessage).to.be.a('string').and.not.equal('');
      expect(copy.articlesRead.other).to.contain('{articles}').and.contain('{days}');
      expect(copy.lastDays.other).to.contain('{days}');
      expect(copy.daysLeft.other).to.contain('{days}');
      for (const key of ['lastDay', 'alreadySupported', 'thanks', 'pass', 'signIn'] as const)
        expect(copy[key], key).to.be.a('string').and.not.equal('');
    });
  }

  for (const feature of ['ticker', 'custom-amount', 'banner', 'compact', 'gate', 'history', 'theme', 'schedule', 'supported']) {
    it(`features/${feature} is in the table of imports, with its styles`, async () => {
      const { default: module } = (await importPart(`features/${feature}`)) as { default: { styles: unknown } };
      expect(module.styles).to.be.a('string').and.contain('{');
    });
  }

  it('features/cap is in the table of imports: its parser, the cap and counting a view', async () => {
    const { default: cap } = (await importPart('features/cap')) as { default: Record<string, unknown> };
    expect(Object.keys(cap).sort()).to.deep.equal(['load', 'parse', 'save']);
    expect(Object.values(cap).every((value) => typeof value === 'function')).to.equal(true);
  });

  it('features/history is in the table of imports: a plugin (the counting, its line), and the static methods', async () => {
    const { default: history } = (await importPart('features/history')) as { default: Record<string, unknown> };
    expect(Object.keys(history).sort()).to.deep.equal(['apply', 'consent', 'count', 'forget', 'line', 'styles']);
  });

  it('features/schedule and features/supported are plugins; features/target places a one-tag appeal', async () => {
    const { default: schedule } = (await importPart('features/schedule')) as { default: Record<string, unknown> };
    expect(Object.keys(schedule).sort()).to.deep.equal(['apply', 'line', 'styles']);
    const { default: supported } = (await importPart('features/supported')) as { default: Record<string, unknown> };
    expect(Object.keys(supported).sort()).to.deep.equal(['apply', 'control', 'styles', 'thanks']);
    const { default: target } = (await importPart('features/target')) as { default: Record<string, unknown> };
    expect(typeof target.place).to.equal('function');
  });

  it('features/extend is in the table of imports: what the features need of the appeal', async () => {
    const { default: extend } = (await importPart('features/extend')) as { default: Record<string, unknown> };
    expect(typeof extend.Extension).to.equal('function');
  });

  it('features/warnings is in the table of imports: the texts of the reason codes', async () => {
    const { default: warnings } = (await importPart('features/warnings')) as { default: { describe(reason: string): string } };
    expect(warnings.describe('#days')).to.equal('expected a number of days from 0 to 3650');
  });

  it('loads a part once, whoever asks, and keeps it', async () => {
    const first = loadPart('locales/fr');
    expect(loadPart('locales/fr')).to.equal(first);
    await first;
    expect(part<Table>('locales/fr')!.heading).to.contain('faveur');
  });

  it('a part that is not there is a rejection, not an exception', async () => {
    let loading: Promise<unknown> | undefined;
    expect(() => (loading = loadPart('locales/xx'))).not.to.throw();
    let failed = false;
    await loading!.catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(part('locales/xx')).to.equal(undefined);
  });
});
