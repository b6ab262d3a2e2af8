// The client of the server-rendered page: Lit's hydrate support, then the package. The package
// is imported only once the hydrate support has run: a bundler puts shared code (Lit) in chunks
// that load before the importing module's own code, so with two static imports LitElement could
// be set up before the hydrate support is there to patch it, and the appeal would be rendered a
// second time beside the server's markup.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

await import('support-appeal');
