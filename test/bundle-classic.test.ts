// The classic (IIFE) bundle, loaded first on a fresh page, as an old CMS template would.
import { expect } from '@open-wc/testing';
import { expectReaderPathWorks, loadClassic, renderedAppeal, watchErrors } from './bundle-helpers.js';

const MODULE = '/dist/support-appeal.js';

describe('dist/support-appeal.iife.js (classic script)', () => {
  it('defines <support-appeal> from a plain script tag and renders the appeal', async () => {
    const errors = watchErrors();
    await loadClassic();
    expect(customElements.get('support-appeal')).to.be.a('function');
    expect((window as unknown as { SupportAppeal: { SupportAppeal: unknown } }).SupportAppeal.SupportAppeal).to.equal(
      customElements.get('support-appeal'),
    );
    const el = await renderedAppeal();
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.contain('small favor');
    errors.expectNone();
  });

  it('can be loaded twice, and the module after it, without errors or a second definition', async () => {
    const errors = watchErrors();
    const first = customElements.get('support-appeal');
    await loadClassic();
    await import(/* @vite-ignore */ MODULE);
    expect(customElements.get('support-appeal')).to.equal(first);
    errors.expectNone();
  });

  it('works through the reader’s path: frequency, amount, checkout, Remind me later', async () => {
    const errors = watchErrors();
    await expectReaderPathWorks(await renderedAppeal());
    errors.expectNone();
  });
});
