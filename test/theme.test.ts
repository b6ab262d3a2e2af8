// theme="light|dark|auto": the built-in colours of each theme, auto following the reader's
// prefers-color-scheme, the page's custom properties winning over any theme, and axe (with
// target-size) in each theme; controls under forced colours.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { appeal, captureWarnings, clearStorage, expectNoAxeViolations, part } from './helpers.js';

const LIGHT = 'rgb(247, 244, 238)';
const DARK = 'rgb(31, 33, 39)';
const background = (el: SupportAppeal) => getComputedStyle(part(el, '[part="container"]')).backgroundColor;
const cta = (el: SupportAppeal) => getComputedStyle(part(el, '[part="cta"]'));

/** Emulates media features where the engine's driver can (see web-test-runner.config.js). */
const emulate = (features: Record<string, string>) => executeServerCommand<boolean, Record<string, string>>('emulate-media-features', features);

/** Asks the browser to report a colour scheme; false where the test driver cannot. */
async function prefer(colorScheme: 'light' | 'dark'): Promise<boolean> {
  return (await emulate({ 'prefers-color-scheme': colorScheme })) && matchMedia(`(prefers-color-scheme: ${colorScheme})`).matches;
}

describe('theme', () => {
  beforeEach(clearStorage);

  it('is light by default and with theme="light"', async () => {
    for (const template of [html`<support-appeal></support-appeal>`, html`<support-appeal theme="light"></support-appeal>`]) {
      const el = await appeal(template);
      expect(background(el)).to.equal(LIGHT);
      expect(cta(el).backgroundColor).to.equal('rgb(20, 71, 184)');
      expect(cta(el).color).to.equal('rgb(255, 255, 255)');
    }
  });

  it('theme="dark" uses the dark colours, for the box, the text and the button', async () => {
    const el = await appeal(html`<support-appeal theme=" Dark "></support-appeal>`);
    expect(background(el)).to.equal(DARK);
    expect(getComputedStyle(part(el, '[part="container"]')).color).to.equal('rgb(236, 236, 236)');
    expect(cta(el).backgroundColor).to.equal('rgb(138, 180, 255)');
    expect(cta(el).color).to.equal('rgb(11, 16, 32)');
  });

  it('theme="auto" shows the scheme the browser reports', async () => {
    const el = await appeal(html`<support-appeal theme="auto"></support-appeal>`);
    expect(background(el)).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? DARK : LIGHT);
  });

  it('theme="auto" follows prefers-color-scheme as it changes, both ways (where the driver can switch it)', async function () {
    const el = await appeal(html`<support-appeal theme="auto"></support-appeal>`);
    try {
      // Skipped, not passed, in engines whose test driver cannot switch the scheme.
      if (!(await prefer('dark'))) this.skip();
      expect(background(el)).to.equal(DARK);
      expect(await prefer('light')).to.equal(true);
      expect(background(el)).to.equal(LIGHT);
    } finally {
      await prefer('light');
    }
  });

  it('the page’s custom properties win over every theme', async () => {
    const el = await appeal(
      html`<support-appeal theme="dark" style="--support-appeal-background: rgb(1, 2, 3); --support-appeal-accent: rgb(200, 0, 0)"></support-appeal>`,
    );
    expect(background(el)).to.equal('rgb(1, 2, 3)');
    expect(cta(el).backgroundColor).to.equal('rgb(200, 0, 0)');
  });

  it('a value that is not a theme warns once and gives the light theme', async () => {
    const warnings = captureWarnings();
    try {
      const el = await appeal(html`<support-appeal theme="sepia"></support-appeal>`);
      expect(background(el)).to.equal(LIGHT);
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('theme="sepia"');
    } finally {
      warnings.restore();
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme, inline and as a banner, target-size included`, async () => {
      for (const template of [
        html`<support-appeal theme=${theme} dismissible checkout-url="/give"></support-appeal>`,
        html`<support-appeal theme=${theme} variant="banner" dismissible checkout-url="/give"></support-appeal>`,
      ]) {
        const el = await appeal(template);
        await expectNoAxeViolations(el);
        el.remove();
      }
    });

    it(`passes axe in the ${theme} theme with the goal ticker and the Other field showing its error, inline and as a banner`, async () => {
      for (const variant of ['inline', 'banner']) {
        const el = await appeal(
          html`<support-appeal theme=${theme} variant=${variant} goal="1000" raised="640" custom-amount checkout-url="/give"></support-appeal>`,
        );
        part(el, '.tier:last-of-type').click();
        await el.updateComplete;
        part(el, '[part="cta"]').click();
        await el.updateComplete;
        expect(part(el, '#amount-error').textContent).to.contain('Please enter an amount');
        await expectNoAxeViolations(el);
        el.remove();
      }
    });
  }
});

describe('forced-colors (Windows high contrast)', () => {
  const force = (active: boolean) => emulate({ 'forced-colors': active ? 'active' : 'none' });

  afterEach(() => force(false));

  it('keeps every control visible: borders on tiers and button, an outline on the selected choices', async function () {
    const el = await appeal(html`<support-appeal dismissible checkout-url="/give" campaign="forced"></support-appeal>`);
    const emulated = await force(true);
    // Where the driver cannot emulate it, the engine must at least report what it does, and
    // the test is skipped rather than counted as passed.
    expect(matchMedia('(forced-colors: active)').matches).to.equal(emulated);
    if (!emulated) this.skip();
    const style = (selector: string) => getComputedStyle(part(el, selector));
    for (const selector of ['[part="tier"]', '[part="cta"]']) {
      expect(parseFloat(style(selector).borderTopWidth), selector).to.be.at.least(1);
      expect(style(selector).borderTopStyle, selector).to.equal('solid');
    }
    for (const selector of ['[part="tier"][aria-pressed="true"]', '[part="frequencies"] [aria-pressed="true"]']) {
      expect(style(selector).outlineStyle, selector).to.equal('solid');
      expect(parseFloat(style(selector).outlineWidth), selector).to.be.at.least(2);
    }
    // Text of every control differs from what is behind it.
    for (const selector of ['[part="tier"]', '[part="cta"]', '[part="remind"]', '[part="close"]', '[part="frequencies"] button']) {
      expect(style(selector).color, selector).not.to.equal(style(selector).backgroundColor);
    }
  });

  it('keeps the goal ticker and the Other field visible: the bar in the text colour, the field bordered', async function () {
    const el = await appeal(html`<support-appeal goal="100" raised="40" custom-amount campaign="forced-features"></support-appeal>`);
    part(el, '.tier:last-of-type').click();
    await el.updateComplete;
    const emulated = await force(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(emulated);
    if (!emulated) this.skip();
    const style = (selector: string) => getComputedStyle(part(el, selector));
    const text = style('[part="container"]').color;
    // The filled share is drawn in the text colour, and the track's border too.
    expect(style('[role="progressbar"] rect').fill).to.equal(text);
    expect(style('[role="progressbar"]').borderTopColor).to.equal(text);
    expect(parseFloat(style('#amount').borderTopWidth)).to.be.at.least(1);
    expect(style('#amount').color).not.to.equal(style('#amount').backgroundColor);
  });
});
