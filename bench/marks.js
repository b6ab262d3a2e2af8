// The benchmark's marks (scripts/bench.js), in an external file so that the pages need no inline
// script; DevTools' Performance panel shows them under Timings when a page is opened by hand.
// - `support-appeal:before-script`: this file runs immediately before the appeal's script tag (as
//   a module, just before the appeal's module). The benchmark takes the start of the appeal's
//   evaluation from its trace; for the module it is the module evaluation that follows this mark.
// - `support-appeal:show`: the first appeal on the page has rendered. The element dispatches
//   `support-appeal-show` from its first `updated()`, once Lit has committed the render to the
//   shadow root; the event is composed and bubbles, so it reaches this listener on the document.
//   On the plain Lit element's page (PAGES.lit), the same mark once that element's first update
//   has completed: see below.
performance.mark('support-appeal:before-script');
document.addEventListener('support-appeal-show', () => performance.mark('support-appeal:show'), { once: true });

// The plain Lit element's equivalent of the appeal's first `updated()`: its first `updateComplete`
// resolves right after its first update has committed its render. Only reached on PAGES.lit, the
// one page that defines <plain-element>. Its script defines the tag before the parser has reached
// the element that follows the script tag, so the element may not be in the document yet when the
// definition is: then it is awaited (a mutation observer's callback runs in the microtasks of the
// task that parses it, before the element's own update or right after it).
customElements
  .whenDefined('plain-element')
  .then(
    () =>
      document.querySelector('plain-element') ??
      new Promise((found) => {
        const observer = new MutationObserver(() => {
          const element = document.querySelector('plain-element');
          if (!element) return;
          observer.disconnect();
          found(element);
        });
        observer.observe(document, { childList: true, subtree: true });
      }),
  )
  .then((element) => /** @type {any} */ (element).updateComplete)
  .then(() => performance.mark('support-appeal:show'));
