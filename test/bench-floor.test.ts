// The benchmark’s floor for memory (scripts/size-floor.ts) stands for the appeal’s own DOM: each
// of its three elements renders what a default eager appeal renders (the bench article is in
// English: `<html lang="en">`), element for element, attribute for attribute, text for text. If
// the appeal's template changes, this fails until the floor follows, so the README's "Memory
// per appeal" keeps comparing like with like.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../scripts/size-floor.js';
import { appeal, clearStorage } from './helpers.js';

/**
 * The rendered shadow DOM, one entry per element and text in document order: comments (Lit's
 * markers) and whitespace-only text left out, adjacent text joined, attributes sorted.
 */
function shape(root: ShadowRoot): string[] {
  const box = document.createElement('div');
  for (const node of root.childNodes) box.append(node.cloneNode(true));
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  box.normalize();
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    } else if (node instanceof Element) {
      const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value.replace(/\s+/g, ' ').trim()}"`).sort();
      out.push(`<${node.localName}${attributes.join('')}>`);
      node.childNodes.forEach(walk);
      out.push(`</${node.localName}>`);
    }
  };
  box.childNodes.forEach(walk);
  return out;
}

describe('the benchmark’s floor for memory', () => {
  beforeEach(clearStorage);

  it('renders the very DOM of a default eager appeal in English, bound, static and cloned', async () => {
    const el = await appeal(html`<support-appeal campaign="bench-floor" loading="eager" lang="en"></support-appeal>`);
    const expected = shape(el.shadowRoot!);
    expect(expected).to.contain('Remind me later');
    for (const tag of ['floor-bound', 'floor-static', 'floor-clone']) {
      const floor = await fixture(`<${tag}></${tag}>`);
      await (floor as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      expect(shape(floor.shadowRoot!), tag).to.deep.equal(expected);
    }
  });
});
