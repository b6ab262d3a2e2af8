// The benchmark's floor for memory (scripts/bench.js, "Memory per appeal"): elements that render
// the very DOM of a default rendered appeal (`<support-appeal campaign="…" loading="eager">`:
// English, three frequencies, three tiers, a support button, Remind me later) with the appeal's
// style sheet, and nothing else: no attributes to parse, no storage, no controllers. Built by
// the same pipeline as dist/support-appeal.iife.js. What the appeal holds beyond the first is its
// own; what the first holds beyond the second is what Lit's bindings cost for that DOM.
// - <floor-bound>: a Lit element with the appeal's templates and bindings, nested as the
//   appeal's render() nests them, each value a constant;
// - <floor-static>: a Lit element rendering the same DOM as one template without bindings;
// - <floor-clone>: no Lit, the same DOM cloned from a <template> into an open shadow root.
import { LitElement, html, nothing, render } from 'lit';
import { styles } from '../src/style-sheet.js';

const INTRO =
  'Millions of people rely on our independent journalism, and we keep it free for everyone. Your support, no matter how small, makes a world of difference.';
const ASK = 'Please support us monthly starting from just $2.';
const FREQUENCIES = ['One-time', 'Monthly', 'Annual'];
const TIERS = ['$2', '$5', '$10'];

/** Each listener a closure made per render, as the appeal's are. */
const noop = () => {};

export class FloorBound extends LitElement {
  static override styles = styles;

  private _text() {
    const lines: unknown[] = [];
    return html`${lines}<h2 part="heading" id="heading"><slot name="heading">${'We have a small favor to ask'}</slot></h2>
      <div part="message" class="message"><slot @slotchange=${() => noop()}></slot>${html`${[INTRO, ' ']}${ASK}`}</div>`;
  }

  private _appeal() {
    const controls: unknown[] = [];
    return html`
      ${nothing}${this._text()}
      ${nothing}
      ${html`<div part="frequencies" class="frequencies" role="group" aria-label=${'How often'}>
        ${FREQUENCIES.map((f, i) => html`<button type="button" aria-pressed=${i === 1} @click=${() => noop()}>${f}</button>`)}
      </div>`}
      ${html`<div part="tiers" class="tiers" role="group" aria-label=${'Amount'}>
        ${TIERS.map((t, i) => html`<button part="tier" class="tier" type="button" aria-pressed=${i === 1} @click=${() => noop()}>${t}</button>`)}${nothing}
      </div>`}
      ${html`<button part="cta" class="cta" type="button" @click=${noop}>${'Support us'}</button>`}
      <div class="payment-methods"><slot name="payment-methods"></slot></div>
      <p class="remind">${'Not ready to support today?'} <button part="remind" type="button" @click=${() => noop()}>${'Remind me later'}</button>${controls}</p>
      ${nothing}
    `;
  }

  override render() {
    return html`<section
      data-nosnippet
      part="container"
      class="appeal ${'inline'} ${'light'}"
      lang=${'en'}
      dir=${'ltr'}
      aria-labelledby=${'heading'}
      aria-label=${nothing}
    >
      ${this._appeal()}
      <p class="status" role="status" tabindex="-1">${nothing}</p>
    </section>`;
  }
}

/** The same DOM as markup: a template literal without values, and what <floor-clone> clones. */
const MARKUP = `<section data-nosnippet part="container" class="appeal inline light" lang="en" dir="ltr" aria-labelledby="heading"><h2 part="heading" id="heading"><slot name="heading">We have a small favor to ask</slot></h2><div part="message" class="message"><slot></slot>${INTRO} ${ASK}</div> <div part="frequencies" class="frequencies" role="group" aria-label="How often"><button type="button" aria-pressed="false">One-time</button><button type="button" aria-pressed="true">Monthly</button><button type="button" aria-pressed="false">Annual</button></div> <div part="tiers" class="tiers" role="group" aria-label="Amount"><button part="tier" class="tier" type="button" aria-pressed="false">$2</button><button part="tier" class="tier" type="button" aria-pressed="true">$5</button><button part="tier" class="tier" type="button" aria-pressed="false">$10</button></div> <button part="cta" class="cta" type="button">Support us</button><div class="payment-methods"><slot name="payment-methods"></slot></div><p class="remind">Not ready to support today? <button part="remind" type="button">Remind me later</button></p><p class="status" role="status" tabindex="-1"></p></section>`;

/** A template literal with no values: Lit prepares it once and clones it for each element. */
const strings = Object.assign([MARKUP], { raw: [MARKUP] }) as unknown as TemplateStringsArray;

export class FloorStatic extends LitElement {
  static override styles = styles;

  override render() {
    return html(strings);
  }
}

let template: HTMLTemplateElement | undefined;

export class FloorClone extends HTMLElement {
  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles.styleSheet!];
    if (!template) {
      // The static template's DOM, made once by Lit.
      template = document.createElement('template');
      render(html(strings), template.content);
    }
    root.append(template.content.cloneNode(true));
  }
}

for (const [tag, element] of [
  ['floor-bound', FloorBound],
  ['floor-static', FloorStatic],
  ['floor-clone', FloorClone],
] as const)
  if (!customElements.get(tag)) customElements.define(tag, element);
