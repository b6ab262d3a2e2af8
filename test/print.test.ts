// Printing an article prints no appeal, and a banner's room at the bottom of the page is given
// back on paper. Only Chromium's driver can switch a page to the print medium; the other engines
// skip these tests.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { appeal, clearStorage, roomOf } from './helpers.js';

const emulate = (payload: Record<string, string>) => executeServerCommand<boolean, Record<string, string>>('emulate-media-features', payload);
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describe('print', () => {
  beforeEach(clearStorage);
  afterEach(() => emulate({ media: '' }));

  it('leaves out the inline appeal and the banner, and gives the banner’s room back', async function () {
    document.body.style.paddingBottom = '10px';
    try {
      const inline = await appeal(html`<support-appeal campaign="print-inline"></support-appeal>`);
      const banner = await appeal(html`<support-appeal campaign="print-banner" variant="banner"></support-appeal>`);
      await frames();
      expect(roomOf().padding, 'room on screen').to.be.above(10);
      if (!(await emulate({ media: 'print' }))) this.skip();
      expect(matchMedia('print').matches, 'emulated print').to.equal(true);
      expect(getComputedStyle(inline).display).to.equal('none');
      expect(getComputedStyle(banner).display).to.equal('none');
      expect(inline.getBoundingClientRect().height).to.equal(0);
      expect(roomOf()).to.deep.equal({ padding: 10, scroll: 'auto' });
      await emulate({ media: '' });
      await frames();
      expect(getComputedStyle(inline).display).to.equal('block');
      expect(roomOf().padding, 'room on screen again').to.be.above(10);
    } finally {
      document.body.style.paddingBottom = '';
    }
  });
});
