// The browser's one-time Intl start-up (scripts/bench.js, PAGES.intl): the formatters the appeal
// makes for its first render, made here on a page without it, in a fresh browser context: the
// currency format of the tiers (and its resolved options, which round the amounts), the plain
// number format that rounds them, and the plural rules. The first of them in a page costs what
// the browser takes to load its locale data; the appeal's first render pays it once per page.
const start = performance.now();
const currency = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 });
currency.format(2);
const { maximumFractionDigits } = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).resolvedOptions();
new Intl.NumberFormat('en', { maximumFractionDigits, useGrouping: false }).format(2);
window.__benchIntl = performance.now() - start;
