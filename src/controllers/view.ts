/**
 * The appeal being seen: `support-appeal-show` when it is rendered visible (on a page
 * prerendered by speculation rules, once the reader is shown the page), and
 * `support-appeal-view` by the IAB viewability rule (at least half of it in the viewport for
 * one continuous second), once per page view, which also counts toward the frequency cap.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import type { CapPart } from '../features/cap.js';
import type { AppealAttributes } from '../attributes.js';
import type { AppealConfig } from '../parse.js';
import { part } from '../parts.js';
import { CAP } from '../paths.js';

export interface ViewOptions {
  config(): AppealConfig;
  /** The box whose view counts, when the appeal is rendered visible (not hidden, no confirmation in its place). */
  shown(): Element | null;
}

/**
 * Watches `element` for the IAB rule; the returned function stops it (removal, hiding), and it
 * stops itself once it has fired. One IntersectionObserver per watch.
 */
function watchView(element: Element, onView: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    observer.disconnect();
  };
  // Called when the visible share crosses one half, either way: the second starts or stops.
  const observer = new IntersectionObserver(
    ([entry]) => {
      clearTimeout(timer);
      if (entry!.intersectionRatio >= 0.5) {
        timer = setTimeout(() => {
          stop();
          onView();
        }, 1000);
      }
    },
    { threshold: 0.5 },
  );
  observer.observe(element);
  return stop;
}

export class ViewController implements ReactiveController {
  private _showing = false;
  /** support-appeal-view has fired: once per page view. */
  private _viewed = false;
  /** Stops watching for the reader's view; set while the appeal shows and has not been seen. */
  private _unview: (() => void) | undefined;

  /** Set once the appeal is near enough the viewport to render (see `_far`). */
  private _near = false;

  constructor(
    /** `preview`: an editor's view, which does not count toward the cap. */
    private readonly _host: ReactiveControllerHost &
      HTMLElement &
      Pick<AppealAttributes, 'preview' | 'hasUpdated' | 'variant' | 'loading' | 'countArticles' | 'minArticles'>,
    private readonly _options: ViewOptions,
  ) {
    _host.addController(this);
  }

  /**
   * Whether the first render waits because the appeal is far from the viewport: an inline (or
   * compact) appeal more than a viewport's height above or below it at its first update costs
   * the page's load nothing more (no storage, no parts, no template) until it comes that near,
   * before the reader can see it, so nothing on screen moves. A banner, a gate (it locks the
   * article) and an appeal that counts articles render at once, as does `loading="eager"`.
   * The watch shares the view's slot: it ends before the appeal renders.
   */
  _far(): boolean {
    const host = this._host;
    if (!this._lazy()) return false;
    if (!this._unview) {
      const height = host.ownerDocument.defaultView?.innerHeight ?? 0;
      const { top, bottom } = host.getBoundingClientRect();
      if (bottom >= -height && top <= 2 * height) return !(this._near = true);
      // The appeal's own document as the root: in a frame too, the margin is that frame's viewport.
      const observer = new IntersectionObserver(
        ([entry]) => {
          if (!entry!.isIntersecting) return;
          this.hostDisconnected();
          this._near = true;
          host.requestUpdate();
        },
        { root: host.ownerDocument, rootMargin: '100% 0px' },
      );
      observer.observe(host);
      this._unview = () => observer.disconnect();
    }
    return true;
  }

  /** Whether the appeal's first render may wait until it comes near (see `_far`). */
  private _lazy(): boolean {
    const host = this._host;
    // As parse.ts reads `loading` and `variant` (a bad value warns when the appeal renders);
    // an appeal that counts the article counts it at load.
    return !(
      this._near ||
      host.hasUpdated ||
      /^\s*eager\s*$/i.test(host.loading as string) ||
      /banner|gate/.test(host.variant as string) ||
      host.countArticles ||
      host.minArticles != null
    );
  }

  /**
   * While the page is still being parsed, the first update of an appeal that may wait waits for
   * the next frame before `_far` measures where it is: measuring at once would lay out the page
   * early, inside the appeal's script (the first layout of an article, tens of milliseconds on a
   * slow phone), where the frame lays it out anyway. That frame's paint already holds the
   * appeal when it is near, so nothing moves.
   */
  _frame(): Promise<unknown> | undefined {
    const page = this._host.ownerDocument;
    const view = page.defaultView;
    return view && page.readyState === 'loading' && !this._unview && this._lazy()
      ? new Promise((done) => view.requestAnimationFrame(done))
      : undefined;
  }

  /** Back on a page: the next update watches again (an update is due anyway once parts load). */
  hostConnected(): void {
    this._host.requestUpdate();
  }

  hostUpdated(): void {
    const host = this._host;
    const page = host.ownerDocument as Document & { prerendering?: boolean };
    if (page.prerendering) page.addEventListener('prerenderingchange', () => host.requestUpdate(), { once: true });
    const box = page.prerendering ? null : this._options.shown();
    if (box && !this._showing) {
      const { campaign, variant } = this._options.config();
      emit(host, 'support-appeal-show', { campaign, variant });
    }
    this._showing = !!box;
    if (!box || !host.isConnected || this._viewed) return this.hostDisconnected();
    this._unview ??= watchView(box, () => {
      const { campaign, cap } = this._options.config();
      this._viewed = true;
      this._unview = undefined;
      if (cap && !host.preview) part<CapPart>(CAP)!.save(campaign, cap, Date.now());
      emit(host, 'support-appeal-view', { campaign });
    });
  }

  hostDisconnected(): void {
    this._unview?.();
    this._unview = undefined;
  }
}
