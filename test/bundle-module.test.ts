// The built files, not the sources: this is where a bundling mistake (such as Vite 8 leaving
// decorators untransformed) would show. `npm test` builds before it runs the tests.
import { expect } from '@open-wc/testing';
import { expectReaderPathWorks, loadClassic, renderedAppeal, watchErrors } from './bundle-helpers.js';

const MODULE = '/dist/support-appeal.js';

describe('dist/support-appeal.js (ES module)', () => {
  it('defines <support-appeal> on import and renders the appeal', async () => {
    const errors = watchErrors();
    const exports = await import(/* @vite-ignore */ MODULE);
    expect(customElements.get('support-appeal')).to.equal(exports.SupportAppeal);
    const el = await renderedAppeal();
    expect(el.shadowRoot!.querySelectorAll('[part="tier"]')).to.have.length(3);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="cta"]')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    errors.expectNone();
  });

  it('can be loaded again, and the classic bundle after it, without errors or a second definition', async () => {
    const errors = watchErrors();
    const first = customElements.get('support-appeal');
    await import(/* @vite-ignore */ `${MODULE}?again`);
    await loadClassic();
    await loadClassic();
    expect(customElements.get('support-appeal')).to.equal(first);
    expect((await renderedAppeal()).shadowRoot!.querySelector('[part="cta"]')).to.exist;
    errors.expectNone();
  });

  it('works through the reader’s path: frequency, amount, checkout, Remind me later', async () => {
    const errors = watchErrors();
    await expectReaderPathWorks(await renderedAppeal());
    errors.expectNone();
  });
});
