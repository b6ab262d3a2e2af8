// One-tag mode's logic (src/mount.ts) on script tags made in the test page. The real thing,
// the built classic bundle run by a parsed, async or late script tag, is in one-tag.test.ts.
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { mountFrom } from '../src/mount.js';
import { captureWarnings } from './helpers.js';

/** A classic script tag (never run: it has no src) with the given attributes, placed in `parent`. */
function scriptTag(attributes: Record<string, string>, parent: Element = document.body): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  parent.append(script);
  return script;
}

const appeals = () => document.querySelectorAll('support-appeal');

describe('one-tag mode: mountFrom(script)', () => {
  let box: HTMLElement;
  beforeEach(() => {
    localStorage.clear();
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => {
    box.remove();
    appeals().forEach((appeal) => appeal.remove());
  });

  it('creates nothing without data-mount, or without a script tag', () => {
    expect(mountFrom(scriptTag({ 'data-amounts': '2,5' }, box))).to.equal(null);
    expect(mountFrom(null)).to.equal(null);
    const svgScript = document.createElementNS('http://www.w3.org/2000/svg', 'script');
    svgScript.setAttribute('data-mount', '');
    expect(mountFrom(svgScript)).to.equal(null);
    expect(appeals()).to.have.length(0);
  });

  it('copies every data-* attribute but data-mount, without the prefix, values untouched', async () => {
    const script = scriptTag(
      {
        'data-mount': '',
        'data-campaign': 'spring',
        'data-amounts': '3, 6,9',
        'data-heading': 'Поддержите нас <b>сегодня</b>',
        'data-dismissible': '',
        'data-checkout-url': 'https://example.org/give?a={amount}&f={frequency}',
        id: 'not-copied',
        class: 'not-copied',
      },
      box,
    );
    const appeal = mountFrom(script)!;
    expect(appeal.localName).to.equal('support-appeal');
    // data-nosnippet is the element's own, set once it is connected.
    expect(appeal.getAttributeNames().sort()).to.deep.equal(['amounts', 'campaign', 'checkout-url', 'data-nosnippet', 'dismissible', 'heading']);
    expect(appeal.getAttribute('amounts')).to.equal('3, 6,9');
    expect(appeal.getAttribute('heading')).to.equal('Поддержите нас <b>сегодня</b>');
    expect(appeal.getAttribute('dismissible')).to.equal('');
    expect(appeal.getAttribute('checkout-url')).to.equal('https://example.org/give?a={amount}&f={frequency}');
    await (appeal as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const labels = [...appeal.shadowRoot!.querySelectorAll('[part~="tier"]')].map((tier) => tier.textContent!.trim());
    expect(labels).to.deep.equal(['$3', '$6', '$9']);
  });

  it('never copies event-handler attributes or names that are not plain attributes, with one warning each', () => {
    const warnings = captureWarnings();
    try {
      const script = scriptTag(
        { 'data-mount': '', 'data-onclick': 'alert(1)', 'data-onmouseover': 'x()', 'data-a:b': '1', 'data-campaign': 'c' },
        box,
      );
      const appeal = mountFrom(script)!;
      expect(appeal.getAttributeNames().filter((name) => name !== 'data-nosnippet')).to.deep.equal(['campaign']);
      expect(warnings.calls).to.have.length(3);
      expect(warnings.calls[0]).to.contain('data-onclick');
      expect(warnings.calls.join('\n')).to.contain('data-onmouseover').and.contain('data-a:b');
    } finally {
      warnings.restore();
    }
  });

  it('places an inline appeal right after the script tag', () => {
    const script = scriptTag({ 'data-mount': '' }, box);
    const after = document.createElement('p');
    box.append(after);
    const appeal = mountFrom(script);
    expect(script.nextElementSibling).to.equal(appeal);
    expect(appeal!.nextElementSibling).to.equal(after);
  });

  it('places a banner at the end of <body>, whatever the case and spaces of data-variant', () => {
    const script = scriptTag({ 'data-mount': '', 'data-variant': ' Banner ' }, box);
    const appeal = mountFrom(script);
    expect(document.body.lastElementChild).to.equal(appeal);
    expect(script.nextElementSibling).to.equal(null);
  });

  it('places the appeal at the end of <body> when the script tag is in <head>', () => {
    const script = scriptTag({ 'data-mount': '' }, document.head);
    try {
      const appeal = mountFrom(script);
      expect(appeal!.parentElement).to.equal(document.body);
      expect(document.body.lastElementChild).to.equal(appeal);
    } finally {
      script.remove();
    }
  });

  it('makes one appeal per script tag, however often it is asked', () => {
    const script = scriptTag({ 'data-mount': '', 'data-campaign': 'once' }, box);
    const first = mountFrom(script);
    expect(mountFrom(script)).to.equal(first);
    expect(appeals()).to.have.length(1);
    const other = scriptTag({ 'data-mount': '', 'data-campaign': 'twice' }, box);
    expect(mountFrom(other)).not.to.equal(first);
    expect(appeals()).to.have.length(2);
  });
});
