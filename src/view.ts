/**
 * The IAB viewability rule for the `support-appeal-view` event: at least half of the element
 * in the viewport for one continuous second. One IntersectionObserver per watch; the returned
 * function stops it (removal, hiding), and it stops itself once it has fired.
 */
export function watchView(element: Element, onView: () => void): () => void {
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
