/**
 * Room for a banner fixed to the bottom of the viewport, so that it covers nothing for good
 * (WCAG 2.2, 2.4.11 Focus Not Obscured): while it shows, the page gets a bottom padding as tall
 * as the banner, so its last lines can scroll clear, and a matching `scroll-padding-bottom`, so
 * an element that receives focus is scrolled above the banner rather than behind it. Content
 * above does not move (no layout shift); the page's own inline values come back once the last
 * banner that took room gives it back.
 */
let holders = 0;
/** The page's own inline values, and its own bottom padding, from before the first banner. */
let saved: [string, string];
let own = 0;

export function reserveRoom(banner: Element): () => void {
  const root = document.documentElement.style;
  const body = document.body.style;
  if (!holders++) {
    saved = [root.scrollPaddingBottom, body.paddingBottom];
    own = parseFloat(getComputedStyle(document.body).paddingBottom) || 0;
  }
  const fit = () => {
    const height = banner.getBoundingClientRect().height;
    root.scrollPaddingBottom = `${height}px`;
    body.paddingBottom = `${own + height}px`;
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
    if (!--holders) [root.scrollPaddingBottom, body.paddingBottom] = saved;
  };
}
