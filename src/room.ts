/**
 * Room for a banner fixed to the bottom of the viewport, so that it covers nothing for good
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
interface Room {
  sheet: CSSStyleSheet;
  holders: number;
  /** The page's own bottom padding, from before the first banner. */
  own: number;
}
const rooms = new WeakMap<Document, Room>();

export function reserveRoom(banner: Element): () => void {
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
