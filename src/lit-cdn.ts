/**
 * Lit, as the script-tag files take it (vite.config.ts puts this module in place of `lit` for
 * them; the npm package imports Lit itself): lit-html and ReactiveElement as they are, and the
 * few lines of LitElement that join them. Not LitElement's own module, which also registers its
 * hooks for Lit's SSR hydrate support and polyfills and its version on every page: these files
 * rename Lit's internals, so they could not be hydrated anyway, and the hooks cost about 100 B
 * gzip. Everything the appeal uses of LitElement is here: `render()` into the render root on
 * each update, and connecting the rendered parts. LitElement also renders before style elements
 * that a browser without adoptedStyleSheets gets, so that styles in templates come first; the
 * appeal has none in its templates, and sets its roots' adopted sheets itself.
 */
import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { noChange, render, type RenderOptions, type RootPart } from 'lit-html';

export * from '@lit/reactive-element';
export * from 'lit-html';
export * from 'lit-html/is-server.js';

export class LitElement extends ReactiveElement {
  readonly renderOptions: RenderOptions = { host: this };
  private _root: RootPart | undefined;

  protected override update(changed: PropertyValues): void {
    // Rendered before super.update() reflects, as LitElement does; the first render knows the connection.
    const value = this.render();
    if (!this.hasUpdated) this.renderOptions.isConnected = this.isConnected;
    super.update(changed);
    this._root = render(value, this.renderRoot, this.renderOptions);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._root?.setConnected(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._root?.setConnected(false);
  }

  protected render(): unknown {
    return noChange;
  }
}
