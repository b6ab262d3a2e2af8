// The benchmark's lighter peer (scripts/bench.js): GitHub's `<relative-time>`
// (@github/relative-time-element), a custom element without a framework that formats with Intl,
// as the appeal does; bundled into one classic file by the same pipeline as the appeal's, so
// that its size and costs compare with the appeal's and the plain Lit element's. Importing it
// defines the element.
import '@github/relative-time-element';
