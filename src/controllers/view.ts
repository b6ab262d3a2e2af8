/**
 * The appeal being seen: `support-appeal-show` when it is rendered visible (on a page
 * prerendered by speculation rules, once the reader is shown the page), and
 * `support-appeal-view` by the IAB viewability rule (at least half of it in the viewport for
 * one continuous second), once per page view, which also counts toward the frequency cap.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import type { CapPart } from '../features/cap.js';
import type { AppealConfig } from '../parse.js';
import { part } from '../parts.js';
import { CAP } from './parts.js';

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

  constructor(
    /** `preview`: an editor's view, which does not count toward the cap. */
    private readonly _host: ReactiveControllerHost & HTMLElement & { preview: boolean },
    private readonly _options: ViewOptions,
  ) {
    _host.addController(this);
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
