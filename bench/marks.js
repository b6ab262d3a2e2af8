// The benchmark's marks (scripts/bench.js), in an external file so that the pages need no inline
// script; DevTools' Performance panel shows them under Timings when a page is opened by hand.
// - `support-appeal:before-script`: this file runs immediately before the appeal's script tag (as
//   a module, just before the appeal's module). The benchmark takes the start of the appeal's
//   evaluation from its trace; for the module it is the module evaluation that follows this mark.
// - `support-appeal:show`: the first appeal on the page has rendered. The element dispatches
//   `support-appeal-show` from its first `updated()`, once Lit has committed the render to the
//   shadow root; the event is composed and bubbles, so it reaches this listener on the document.
performance.mark('support-appeal:before-script');
document.addEventListener('support-appeal-show', () => performance.mark('support-appeal:show'), { once: true });
