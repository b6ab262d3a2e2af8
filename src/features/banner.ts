/**
 * The banner (`variant="banner"`): its styles, and the room it takes on the page. Loaded on
 * demand (../parts.ts) only by banners, so an inline appeal carries none of it.
 *
 * Its behaviour, in BannerRoom below: the room it takes on the page, Escape, and focus.
 *
 * The room: for a banner fixed to the bottom of the viewport, so that it covers nothing for good
 * (WCAG 2.2, 2.4.11 Focus Not Obscured): while it shows, the page gets a bottom padding as tall
 * as the banner, so its last lines can scroll clear, and a matching `scroll-padding-bottom`, so
 * an element that receives focus is scrolled above the banner rather than behind it. Content
 * above does not move (no layout shift).
 *
 * The room is a constructed style sheet adopted by the banner's own document (an iframe's, if
 * the banner is there), for screens only: a printed page has no banner and keeps its own
 * margins. The page's own styles are not touched, and the sheet goes once the last banner of
 * that document gives its room back. A sheet is not an inline style, so a strict
 * Content-Security-Policy allows it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tagged `css` so that the build minifies it as CSS; String.raw keeps the text as written. */
const css = String.raw;
const styles = css`
  /*
   * The banner: a bar fixed to the bottom of the viewport. Heading and message span it; the
   * frequencies, tiers, button and Remind me later follow in a row that wraps, so a phone gets
   * them stacked. The page makes room for it (BannerRoom).
   */
  .banner {
    position: fixed;
    inset: auto 0 0;
    z-index: 2147483000;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    /* At most half the viewport, padding and border included, even at 400 % zoom (320×256):
       the article stays readable above it, and what does not fit scrolls inside the banner. */
    box-sizing: border-box;
    max-height: 50vh;
    max-height: 50dvh;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding-block: 0.75em;
    border-radius: 0;
  }
  .banner > * {
    min-width: 0;
    margin: 0;
  }
  .banner h2,
  .banner .message {
    flex-basis: 100%;
  }
  .banner h2 {
    font-size: 1.125em;
  }
`;
interface Room {
  sheet: CSSStyleSheet;
  holders: number;
  /** The page's own bottom padding, from before the first banner. */
  own: number;
}
const rooms = new WeakMap<Document, Room>();

function reserveRoom(banner: Element): () => void {
  const page = banner.ownerDocument;
  const view = page.defaultView!;
  let room = rooms.get(page);
  if (!room) {
    room = { sheet: new view.CSSStyleSheet(), holders: 0, own: parseFloat(view.getComputedStyle(page.body).paddingBottom) || 0 };
    rooms.set(page, room);
    page.adoptedStyleSheets = [...page.adoptedStyleSheets, room.sheet];
  }
  const { sheet, own } = room;
  room.holders++;
  const fit = () => {
    const height = banner.getBoundingClientRect().height;
    // Important, so that no rule of the page's own beats it while the banner shows.
    sheet.replaceSync(
      `@media screen { html { scroll-padding-bottom: ${height}px !important } body { padding-bottom: ${own + height}px !important } }`,
    );
  };
  let frame = 0;
  // Later sizes are applied in the next frame, not in the observer's callback: the room can
  // make the page scroll, the scrollbar narrow the banner and the banner wrap taller, and a
  // size changed by the callback itself is a ResizeObserver loop error on the page.
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(fit);
  });
  fit();
  observer.observe(banner);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    if (--room.holders) return;
    rooms.delete(page);
    page.adoptedStyleSheets = page.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** What the banner needs of the appeal. */
export interface BannerOptions {
  /** The box of the banner while it shows; null when it is no banner, hidden or gone. */
  banner(): Element | null;
  /** The reader pressed Escape in the banner: it closes if the reader may close it. */
  escape(): void;
}

/**
 * The banner's behaviour on the page: it holds the room while the banner shows and gives it
 * back otherwise; Escape in it asks the appeal to close; and a banner taller than its room
 * scrolls inside itself, so the control that receives focus is scrolled into its view (WebKit
 * and Firefox leave it hidden below), never behind its edge.
 */
export class BannerRoom implements ReactiveController {
  private _release: (() => void) | undefined;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly _options: BannerOptions,
  ) {
    _host.addController(this);
    _host.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && _options.banner()) _options.escape();
    });
    // On the shadow root: focus moving inside it is not told to the host.
    _host.renderRoot.addEventListener('focusin', (event) => {
      const box = _options.banner();
      if (!box) return;
      // The focused control, inside the shadow root or slotted.
      const { top, bottom } = (event.composedPath()[0] as Element).getBoundingClientRect();
      const edge = box.getBoundingClientRect();
      box.scrollTop += Math.min(0, top - edge.top) || Math.max(0, bottom - edge.bottom);
    });
  }

  /** Connected again: the next update takes the room again. */
  hostConnected(): void {
    this._host.requestUpdate();
  }

  hostUpdated(): void {
    const box = this._options.banner();
    if (!box) this.hostDisconnected();
    else this._release ??= reserveRoom(box);
  }

  hostDisconnected(): void {
    this._release?.();
    this._release = undefined;
  }
}

export default { styles, BannerRoom };
export type Banner = { styles: typeof styles; BannerRoom: typeof BannerRoom };
