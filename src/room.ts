/**
 * Room for a banner fixed to the bottom of the viewport, so that it covers nothing for good
 * (WCAG 2.2, 2.4.11 Focus Not Obscured): while it shows, the page gets a bottom padding as tall
 * as the banner, so its last lines can scroll clear, and a matching `scroll-padding-bottom`, so
 * an element that receives focus is scrolled above the banner rather than behind it. Content
 * above does not move (no layout shift); the page's own inline values come back on release.
 */
export function reserveRoom(banner: Element): () => void {
  const root = document.documentElement.style;
  const body = document.body.style;
  const saved = [root.scrollPaddingBottom, body.paddingBottom];
  const own = parseFloat(getComputedStyle(document.body).paddingBottom) || 0;
  const observer = new ResizeObserver(() => {
    const height = banner.getBoundingClientRect().height;
    root.scrollPaddingBottom = `${height}px`;
    body.paddingBottom = `${own + height}px`;
  });
  observer.observe(banner);
  return () => {
    observer.disconnect();
    [root.scrollPaddingBottom, body.paddingBottom] = saved as [string, string];
  };
}
