// The yardstick for `npm run size`: a plain Lit element with styles, one reactive property and
// a template, built by the same pipeline as dist/support-appeal.iife.js. The difference between
// the two is what support-appeal itself costs.
import { LitElement, css, html } from 'lit';

export class PlainElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  static override properties = { name: {} };

  name = 'World';

  override render() {
    return html`<p>Hello, ${this.name}!</p>`;
  }
}

if (!customElements.get('plain-element')) customElements.define('plain-element', PlainElement);
