// The benchmark's marks (scripts/bench.js), in an external file so that the pages need no inline
// script; DevTools' Performance panel shows them under Timings when a page is opened by hand.
// - `support-appeal:before-script`: this file runs immediately before the appeal's script tag (as
//   a module, just before the appeal's module). The benchmark takes the start of the appeal's
//   evaluation from its trace; for the module it is the module evaluation that follows this mark.
// - `support-appeal:show`: the first appeal on the page has rendered. The element dispatches
//   `support-appeal-show` from its first `updated()`, once Lit has committed the render to the
//   shadow root; the event is composed and bubbles, so it reaches this listener on the document.
//   On the yardsticks' pages (PAGES.lit, PAGES.peer), the same mark once their element has
//   rendered: see below.
performance.mark('support-appeal:before-script');
document.addEventListener('support-appeal-show', () => performance.mark('support-appeal:show'), { once: true });

// The yardsticks' equivalent of the appeal's first `updated()`, on their pages only: the plain
// Lit element (PAGES.lit) once its first `updateComplete` has resolved, right after its first
// update has committed its render; GitHub's <relative-time> (PAGES.peer), which fills its shadow
// root in its connectedCallback, once it is in the document. Each script defines its tag before
// the parser has reached the element that follows the script tag, so the element may not be in
// the document yet when the definition is: then it is awaited (a mutation observer's callback
// runs in the microtasks of the task that parses it, after the element's connectedCallback, and
// before a Lit element's own update or right after it).
const parsed = (tag) =>
  customElements.whenDefined(tag).then(
    () =>
      document.querySelector(tag) ??
      new Promise((found) => {
        const observer = new MutationObserver(() => {
          const element = document.querySelector(tag);
          if (!element) return;
          observer.disconnect();
          found(element);
        });
        observer.observe(document, { childList: true, subtree: true });
      }),
  );
parsed('plain-element')
  .then((element) => /** @type {any} */ (element).updateComplete)
  .then(() => performance.mark('support-appeal:show'));
parsed('relative-time').then(() => performance.mark('support-appeal:show'));
