#!/usr/bin/env node
/**
 * `npm run bench`: what the appeal costs a news page, measured in headless Chromium (Debian's
 * /usr/bin/chromium through playwright-core and Lighthouse; nothing is downloaded). It prints a
 * table and writes bench/results.json. It reports figures; it asserts nothing (timings on a
 * shared machine are noisy; the size budget in `npm run size` is the CI gate).
 *
 * 1. Builds dist/ (`npm run build:bundles`) and the plain Lit element that `npm run size` uses as
 *    its yardstick (`vite build --mode baseline`, scripts/size-baseline.ts).
 * 2. Size: minified, gzip (level 9) and brotli (quality 11, node:zlib) bytes of
 *    dist/support-appeal.iife.js (classic), dist/support-appeal.js (module) and the plain Lit
 *    element, and each bundle over the plain Lit element built the same way (gzip).
 * 3. Serves bench/, dist/ and the plain Lit element (BASELINE, as /baseline/plain-lit.iife.js)
 *    from a tiny static server on a free port on 127.0.0.1. It serves a snapshot taken once the
 *    build is done, so every figure is for the same bytes even if someone rebuilds dist/
 *    meanwhile; it gzips as a CDN would.
 * 4. Loads the fixture pages (PAGES: bench/article.html, a news article, with the appeal in each
 *    of its forms, with the plain Lit element in its place, and without either) many times,
 *    each in a fresh browser context (no HTTP cache, no V8 code cache: a reader's first page view),
 *    at a 412×823 viewport (Lighthouse's phone), without CPU throttling and at 4× (DevTools
 *    protocol `Emulation.setCPUThrottlingRate`), recording a Chromium trace of each load (the
 *    `devtools.timeline` events that DevTools' Performance panel shows). The loads of all pages
 *    are interleaved, round by round, so that a burst of work from something else on the machine
 *    spreads over all of them; one unrecorded load of each of PAGES.classic, .module, .lazy and
 *    .lit warms up the browser first.
 *
 *    The inline appeal is lazy by default: when it is more than a viewport's height above or below
 *    the viewport at its first update, it renders (and sends `support-appeal-show`) only once an
 *    IntersectionObserver (root margin 100% of the viewport's height) sees it come that near. At
 *    this viewport the end of the article, where the inline appeal stands, is that far below. So the pages that measure
 *    its first render and its cost at load ask for it at once, `loading="eager"` (one-tag mode:
 *    `data-loading="eager"`): PAGES.classic, .module and .async, "eager" in their labels;
 *    PAGES.lazy measures the default. Banners and gates never wait.
 *
 *    - First render, for the classic file in one-tag mode (PAGES.classic), the module
 *      (PAGES.module) and the plain Lit element (PAGES.lit), --runs loads each at each CPU rate,
 *      on the page's main thread:
 *      from START, the start of the script's evaluation in the trace: the `EvaluateScript`
 *        event of the classic file (which includes finishing its compilation; Chromium compiles
 *        it off the main thread while it downloads), or for the module the `v8.evaluateModule`
 *        event that follows the `support-appeal:before-script` mark, set by bench/marks.js, the
 *        module just before the appeal's (deferred modules run in document order). A mark set by
 *        an earlier script, or the script's Resource Timing `responseEnd`, is not START: the
 *        browser may render a frame or wait for the off-thread compilation first (up to some
 *        20 ms here, which would count against the appeal);
 *      to END, the `support-appeal:show` mark, set by a listener in bench/marks.js for the
 *        `support-appeal-show` event, which the element dispatches from its first `updated()`:
 *        Lit has committed the appeal's first render to its shadow root.
 *      In between: running the bundle (Lit and the element, defining the tag), one-tag mode
 *      creating the element (classic) or the upgrade of the parsed element (module), and the
 *      first update (attributes, storage, template), which Lit runs in microtasks of the same
 *      task. English and no optional features, so nothing else loads. Style, layout and paint of
 *      that render come after END, in the next frame. Printed: median, p25–p75 (interpolated
 *      linearly between loads) and min–max, and for the appeal the ratio of its median to the
 *      plain Lit element's at the same CPU rate (results: firstRender[].overPlainLit).
 *      The plain Lit element (PAGES.lit: scripts/size-baseline.ts, a LitElement with styles, one
 *      property and a one-paragraph template, the file `npm run size` compares against) stands
 *      where the appeal does, `<script src="/baseline/plain-lit.iife.js"></script><plain-element>`
 *      after the marks: START is the `EvaluateScript` of its file, END the same mark, which
 *      bench/marks.js sets once the element's first `updateComplete` has resolved, right after
 *      its first update, its equivalent of the appeal's first `updated()`. That element is parsed
 *      after its script has run, so its first update runs at the first microtask checkpoint
 *      after the parser has inserted it, in the task that parses it.
 *    - The lighter peer (PAGES.peer): GitHub's `<relative-time>` (@github/relative-time-element,
 *      a custom element without a framework that formats a date with Intl, as the appeal formats
 *      its amounts), bundled by the same pipeline into one classic file (`vite build --mode
 *      peer`, scripts/size-peer.ts; PEER), measured as the plain Lit element is: START the
 *      `EvaluateScript` of its file, END the mark bench/marks.js sets once the element is in the
 *      document (it fills its shadow root in its connectedCallback, as the parser inserts it);
 *      its size beside the others, and its heap per element (PAGES.peerHeap1, .peerHeap51).
 *    - The browser's one-time Intl start-up (PAGES.intl, loadIntl(), untraced, --runs loads at
 *      each CPU rate in the same rounds): bench/intl.js, where the appeal would stand on a page
 *      without it, makes the formatters the appeal's first render makes (the tiers' currency
 *      format, its resolved options and the plain format that round the amounts) and reports
 *      the ms. The first Intl formatter of a page costs the browser's loading of its locale
 *      data, which every page pays once, whoever asks first. Printed under the first renders,
 *      with each appeal row's ratio to the plain Lit element once more with that median taken
 *      off the appeal's (firstRender[].overPlainLitWithoutIntl).
 *    - Tasks, from the same traces (`RunTask` on the page's main thread, from navigation until the
 *      page has settled: the load event, the appeal's render, two frames and SETTLE_MS more): the
 *      appeal's longest task, the longer of the task that starts the script's evaluation and the
 *      task of END (one and the same task except for the banner, which one-tag mode inserts at
 *      DOMContentLoaded), and the longest task on the page, whatever ran in it. A task of 50 ms or
 *      more is a long task: it delays input, and Lighthouse's Total Blocking Time adds up what
 *      long tasks take over 50 ms. The page without the appeal is the control; the plain Lit
 *      element's page is there too.
 *    - The lazy appeal (PAGES.lazy: PAGES.classic without data-loading), --runs loads at each CPU
 *      rate, in the same rounds. The load is done at the load event, two frames and SETTLE_MS:
 *      by then the appeal must not have shown (a load where it did fails the run, giving the
 *      appeal's top; it waits only when its top is more than two viewport heights, 1,646 px,
 *      from the top of the page). Its top edge is read then (`getBoundingClientRect`). Then the
 *      page sets the `support-appeal:scroll` mark and scrolls down as a reader would, SCROLL_STEP
 *      (a quarter of the viewport's height) every other frame, until the show mark is there (or
 *      the end of the page is in view, and waits for it), then two frames and SETTLE_MS more. The
 *      trace spans load and scroll. Reported: the appeal's task at load (the task that starts
 *      the script's evaluation, which creates the element and finds it far: `appealTaskMs`, as
 *      for classic), the task that renders it once scrolled near (the task of END:
 *      `renderTaskMs`; the show mark must come after the scroll mark), the longest task on the
 *      page and the layout shift, both over load and scroll, how far its top was below the
 *      viewport's bottom where the scroll stopped (`belowViewportPx`: it rendered at that step
 *      or the one before), and in how many loads it showed at load (always 0: see above).
 *    - Layout shift: the sum of the values of the `layout-shift` entries without recent input
 *      (observed by an init script from the start of the document) over the same span: for the
 *      inline appeal at the end of the article (classic, module and lazy), for the banner
 *      (PAGES.banner, one-tag mode with data-variant="banner") and for the page without the
 *      appeal (PAGES.plain, the control). At this viewport the end of the article,
 *      and so the inline appeal, is below the fold while the page loads, and layout shift only
 *      counts what moves inside the viewport; the banner is in view. So the inline appeal is
 *      also loaded in a window that shows the whole article (IN_VIEW, 1× CPU, classic, classic
 *      with `async`, and module, all eager, and the lazy one-tag appeal, PAGES.lazyInView, on
 *      screen there, which measures where it is in the frame after it is parsed): there, an
 *      appeal that renders after the first paint moves what follows it (the footer), and its
 *      layout shift shows it.
 *    - Hydration (PAGES.ssr, PAGES.ssrSnoozed): the inline appeal rendered on the server with
 *      @lit-labs/ssr (declarative shadow DOM, English) and taken over in the browser by Lit's
 *      hydrate support and the element (an esbuild bundle of src/, as a site's build would make
 *      it); once for a reader who may see it, and once for a reader who snoozed it (the page
 *      stores the snooze before the client runs), whose appeal hides on hydration. Layout shift
 *      at the phone viewport (the appeal below the fold, the recommended place) and with the
 *      whole article on screen (IN_VIEW), 1× CPU, EXTRA_RUNS loads each.
 *    - JS heap per element (PAGES.heap1, .heap51, .litHeap1, .litHeap51, .lazyHeap1, .lazyHeap51; loadHeap(), not
 *      traced): the classic file in <head> (it only defines the tag), then 1 or HEAP_MANY (51)
 *      `<support-appeal loading="eager">`, each with its own campaign, where the appeal stands;
 *      and the same with the plain Lit element's file and `<plain-element>`s. EXTRA_RUNS loads
 *      each at 1× CPU, in the same rounds. Once every element's shadow root holds its render
 *      (`.appeal`, or the plain element's `<p>`) and every `updateComplete` has resolved: two
 *      full garbage collections (CDP `HeapProfiler.collectGarbage`), then `Runtime.getHeapUsage`:
 *      `usedSize`, V8's JavaScript heap, and `embedderHeapUsedSize`, Blink's garbage-collected
 *      heap (the DOM: nodes, shadow roots and the like). Per extra element: (median with 51 − median
 *      with 1) / 50, in bytes and KB (1,024 bytes), for the appeal and for the plain Lit element.
 *      Once more with the appeals as the default `loading="lazy"` has them (PAGES.lazyHeap1,
 *      .lazyHeap51): at the end of the article, below the phone viewport, they wait unrendered
 *      (what an off-screen appeal costs until the reader comes near); how many of the 51 rendered
 *      is reported beside it. The figure
 *      includes the code V8 compiles as the element's code runs more often, as a page's heap does.
 *      And the floor for that memory (PAGES.floorBoundHeap1 … .floorCloneHeap51; FLOOR,
 *      scripts/size-floor.ts, `vite build --mode floor`): elements that render the eager appeal's
 *      very DOM with its style sheet and nothing else, measured the same way: a Lit element with
 *      the appeal's templates and bindings, one with that DOM as a single static template, and
 *      that DOM cloned from a `<template>` without Lit. What the appeal holds beyond the first is
 *      its own state; what the first holds beyond the second is Lit's bindings.
 * 5. Lighthouse 12 (performance only, its default settings: a mobile device, simulated throttling
 *    of a slow 4G network and a 4× slower CPU) on the article without the appeal (PAGES.plain),
 *    with it (PAGES.classic, eager), and with it loaded by an `async` script tag (PAGES.async,
 *    eager: the article paints without waiting for the script, whose work then runs after the
 *    first paint); all made from the one bench/article.html, so they differ only by the appeal's
 *    tag. One run each, in one Chromium launched by chrome-launcher.
 *
 * Options: --runs N (loads of PAGES.classic, .module, .lazy and .lit at each CPU rate, default
 * 20), --no-build (use dist/ as it is, building it only when it is missing; warns when src/ is
 * newer), --no-lighthouse, --out PATH (where to write the results instead of
 * bench/results.json: `npm run bench:quick` keeps its figures out of the committed ones),
 * --optional (skip, rather than fail, where there is no Chromium, outside CI).
 * The browsers and the server are always closed; a watchdog ends a hung run; any failure exits
 * with status 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'results.json');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
/** The same file and build as scripts/size.js. */
const BASELINE = 'node_modules/.cache/size-baseline/plain-lit.iife.js';
/** The lighter peer, GitHub's `<relative-time>` element (scripts/size-peer.ts), built the same way (`vite build --mode peer`). */
const PEER = 'node_modules/.cache/size-peer/relative-time.iife.js';
/** The floor for memory: the appeal's DOM with its bindings, as one static template, and cloned (scripts/size-floor.ts; `vite build --mode floor`). */
const FLOOR = 'node_modules/.cache/size-floor/floor.iife.js';
/** The floor's elements, by heap kind: their tag and their label (PAGES.floorBoundHeap1 …). */
const FLOOR_KINDS = {
  floorBound: ['floor-bound', "floor: a Lit element rendering the appeal's DOM with its bindings"],
  floorStatic: ['floor-static', 'floor: a Lit element rendering that DOM as one static template'],
  floorClone: ['floor-clone', 'floor: that DOM cloned from a <template>, no Lit'],
};
/** The peer's element on its pages: a date it formats with Intl, as the appeal formats its amounts. */
const PEER_ELEMENT = '<relative-time datetime="2026-11-13T09:30:00Z" format="datetime">13 November 2026</relative-time>';
const BUNDLES = [
  { file: 'dist/support-appeal.iife.js', script: 'classic' },
  { file: 'dist/support-appeal.js', script: 'module' },
];
const RATES = [1, 4];
/** Lighthouse's mobile screen, so the pages are laid out alike in both. */
const VIEWPORT = { width: 412, height: 823 };
/** A window that shows the whole article while it loads, as a short article on a desktop screen would. */
const IN_VIEW = { width: 1280, height: 3000 };
/** Loads of each other plan: the banner and the control at each CPU rate, IN_VIEW, the gate, hydration, the heap pages. */
const EXTRA_RUNS = 5;
/** After the appeal's render and two frames: time for late layout shifts to be reported. */
const SETTLE_MS = 150;
/** The lazy page's scroll: a quarter of the viewport's height every other frame, as a reader reading on. */
const SCROLL_STEP = Math.round(VIEWPORT.height / 4);
/** Each page load and wait. */
const STEP_TIMEOUT = 20_000;
/** Each Lighthouse run (about 10–15 s here). */
const LIGHTHOUSE_TIMEOUT = 90_000;
/** RunTask (each main-thread task) is in the disabled-by-default category; marks in blink.user_timing. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];
/** A task this long or longer is a long task (Long Tasks API, Total Blocking Time). */
const LONG_TASK_MS = 50;
/** Flags from /work/shared/TOOLCHAIN.md: no sandbox (root in a container), no GPU, no background work. */
const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The benchmark's marks (bench/marks.js), on every page, so that they are not what differs. */
const MARKS = '<script src="/bench/marks.js"></script>';
const CHECKOUT = 'https://example.org/donate?amount={amount}&amp;freq={frequency}';

/** The larger heap pages' number of elements: the heap per element is (used with 51 − used with 1) / 50. */
const HEAP_MANY = 51;

/**
 * A heap page: the element's file in <head> (it only defines the tag), then `count` elements where
 * the appeal stands. Ready once every element's shadow root holds `selector` (rendered); with
 * `lazy`, the appeals as the default `loading="lazy"` has them: at the end of the article, below
 * the phone viewport, they wait unrendered, and the page is ready once each has had its first
 * update.
 */
function heapPage(key, count, kind = 'appeal', lazy = false) {
  const { tag, file, label, selector, element } = {
    appeal: {
      tag: 'support-appeal',
      file: '/dist/support-appeal.iife.js',
      label: `support-appeal, classic file, ${lazy ? 'lazy, off-screen (waiting)' : 'eager (rendered)'}`,
      selector: '.appeal',
      element: (i) => `<support-appeal campaign="bench-heap-${i}"${lazy ? '' : ' loading="eager"'}></support-appeal>`,
    },
    lit: {
      tag: 'plain-element',
      file: '/baseline/plain-lit.iife.js',
      label: 'plain Lit element (yardstick)',
      selector: 'p',
      element: () => '<plain-element></plain-element>',
    },
    // The floor (scripts/size-floor.ts): the appeal's DOM, and no more than it takes to render it.
    ...Object.fromEntries(
      Object.entries(FLOOR_KINDS).map(([key, [tag, label]]) => [
        key,
        { tag, file: '/floor/floor.iife.js', label, selector: '.appeal', element: () => `<${tag}></${tag}>` },
      ]),
    ),
    // Its shadow root holds only text: rendered once it has some.
    peer: {
      tag: 'relative-time',
      file: '/peer/relative-time.iife.js',
      label: "lighter peer: GitHub's <relative-time>",
      selector: null,
      element: () => PEER_ELEMENT,
    },
  }[kind];
  return {
    path: `/bench/${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.html`,
    script: null,
    label,
    heap: { tag, count, selector, lazy },
    head: `<script src="${file}"></script>`,
    appeal: Array.from({ length: count }, (_, i) => element(i + 1)).join('\n'),
  };
}

/**
 * The fixture pages: bench/article.html with its {{head}} and {{appeal}} filled in; `script` is
 * the file whose evaluation is START (the appeal's, or the plain Lit element's) and how the page
 * loads it. `lazy`: the appeal waits off-screen until the bench scrolls it near. `heap`: a page
 * of heap figures only (loadHeap()), not traced.
 */
const PAGES = {
  // The appeal in one-tag mode: the classic script creates <support-appeal> right after itself;
  // `data-loading="eager"`, so it renders at once although it is off-screen (as PAGES.lazy does not).
  classic: {
    path: '/bench/classic.html',
    script: '/dist/support-appeal.iife.js',
    module: false,
    label: 'inline, classic, one tag, eager',
    appeal: `${MARKS}<script src="/dist/support-appeal.iife.js" data-mount data-loading="eager" data-campaign="bench" data-checkout-url="${CHECKOUT}"></script>`,
  },
  // An element, upgraded by the module in <head> once the page is parsed (modules run in order: the marks first).
  module: {
    path: '/bench/module.html',
    script: '/dist/support-appeal.js',
    module: true,
    label: 'inline, module, eager',
    head: '<script type="module" src="/bench/marks.js"></script><script type="module" src="/dist/support-appeal.js"></script>',
    appeal: `<support-appeal campaign="bench" loading="eager" checkout-url="${CHECKOUT}"></support-appeal>`,
  },
  // PAGES.classic as a site pastes it, without data-loading: the default, lazy. At the phone
  // viewport the end of the article is more than a viewport's height below the viewport, so the
  // appeal must not render at load; the bench then scrolls down until it does (load()).
  lazy: {
    path: '/bench/lazy.html',
    script: '/dist/support-appeal.iife.js',
    module: false,
    lazy: true,
    label: 'inline, classic, one tag, lazy (off-screen at load)',
    appeal: `${MARKS}<script src="/dist/support-appeal.iife.js" data-mount data-campaign="bench" data-checkout-url="${CHECKOUT}"></script>`,
  },
  // The same lazy one-tag appeal, for the window that shows the whole article (IN_VIEW only): on
  // screen at load, it renders for the first paint, moving nothing.
  lazyInView: {
    path: '/bench/lazy-in-view.html',
    script: '/dist/support-appeal.iife.js',
    module: false,
    label: 'inline, classic, one tag, lazy (on screen at load)',
    appeal: `${MARKS}<script src="/dist/support-appeal.iife.js" data-mount data-campaign="bench" data-checkout-url="${CHECKOUT}"></script>`,
  },
  // The yardstick: the plain Lit element of scripts/size-baseline.ts (the file `npm run size`
  // compares against), where the appeal stands; bench/marks.js marks its first update.
  lit: {
    path: '/bench/lit.html',
    script: '/baseline/plain-lit.iife.js',
    module: false,
    label: 'plain Lit element (yardstick), classic',
    appeal: `${MARKS}<script src="/baseline/plain-lit.iife.js"></script><plain-element></plain-element>`,
  },
  // The lighter peer (scripts/size-peer.ts), where the appeal stands; bench/marks.js marks its
  // first render (once it is in the document: it renders in its connectedCallback).
  peer: {
    path: '/bench/peer.html',
    script: '/peer/relative-time.iife.js',
    module: false,
    label: "lighter peer: GitHub's <relative-time>, classic",
    appeal: `${MARKS}<script src="/peer/relative-time.iife.js"></script>${PEER_ELEMENT}`,
  },
  // One-tag mode as a banner: the classic script adds <support-appeal variant="banner"> at the end of <body>.
  banner: {
    path: '/bench/banner.html',
    script: '/dist/support-appeal.iife.js',
    module: false,
    label: 'banner, classic, one tag',
    appeal: `${MARKS}<script src="/dist/support-appeal.iife.js" data-mount data-variant="banner" data-campaign="bench" data-checkout-url="${CHECKOUT}"></script>`,
  },
  // The same one-tag script with `async`: the article is parsed and painted without waiting for it
  // (Lighthouse, and layout shift in IN_VIEW); eager, as PAGES.classic.
  async: {
    path: '/bench/async.html',
    script: '/dist/support-appeal.iife.js',
    module: false,
    label: 'inline, classic, one tag, async, eager',
    appeal: `${MARKS}<script async src="/dist/support-appeal.iife.js" data-mount data-loading="eager" data-campaign="bench" data-checkout-url="${CHECKOUT}"></script>`,
  },
  // The browser's one-time Intl start-up, without the appeal (loadIntl(), untraced): bench/intl.js
  // makes the formatters the appeal's first render makes, where the appeal stands.
  intl: {
    path: '/bench/intl.html',
    script: null,
    intl: true,
    label: "Intl start-up (the first render's formatters, no appeal)",
    appeal: '<script src="/bench/intl.js"></script>',
  },
  // JS heap per element (loadHeap()): the classic file in <head>, then 1 or HEAP_MANY eager
  // appeals, each its own campaign, where the appeal stands; and the same with the plain Lit element.
  heap1: heapPage('heap1', 1),
  heap51: heapPage('heap51', HEAP_MANY),
  litHeap1: heapPage('litHeap1', 1, 'lit'),
  litHeap51: heapPage('litHeap51', HEAP_MANY, 'lit'),
  peerHeap1: heapPage('peerHeap1', 1, 'peer'),
  peerHeap51: heapPage('peerHeap51', HEAP_MANY, 'peer'),
  ...Object.fromEntries(
    Object.keys(FLOOR_KINDS).flatMap((kind) => [1, HEAP_MANY].map((count) => [`${kind}Heap${count}`, heapPage(`${kind}Heap${count}`, count, kind)])),
  ),
  lazyHeap1: heapPage('lazyHeap1', 1, 'appeal', true),
  lazyHeap51: heapPage('lazyHeap51', HEAP_MANY, 'appeal', true),
  // The metered gate after the article's third paragraph, for a reader past the free articles
  // (bench/gated.js stores five reads before the module runs): it locks the rest of the article.
  gate: {
    path: '/bench/gate.html',
    script: null,
    label: 'metered gate, mid-article, locking',
    midArticle: true,
    shows: true,
    head: `${MARKS}<script src="/bench/gated.js"></script><script type="module" src="/dist/support-appeal.js"></script>`,
    appeal: `<support-appeal variant="gate" campaign="bench-gate" article-id="bench-gate" checkout-url="${CHECKOUT}"></support-appeal>`,
  },
  // The control: the same article, the marks, no appeal.
  plain: { path: '/bench/plain.html', script: null, label: 'no appeal (control)', appeal: MARKS },
  // Server-rendered (ssrPages() fills in the appeal), hydrated by /bench/ssr/client.js; the page
  // is ready once the reader's appeal has shown, or hidden itself.
  ssr: {
    path: '/bench/ssr.html',
    script: null,
    ssr: true,
    shows: true,
    label: 'server-rendered, hydrated',
    head: `${MARKS}<script type="module" src="/bench/ssr/client.js"></script>`,
  },
  ssrSnoozed: {
    path: '/bench/ssr-snoozed.html',
    script: null,
    ssr: true,
    shows: false,
    label: 'server-rendered, hydrated, reader snoozed',
    // The reader's snooze of last week, stored before the client runs (bench/snoozed.js).
    head: `${MARKS}<script src="/bench/snoozed.js"></script><script type="module" src="/bench/ssr/client.js"></script>`,
  },
};

/** What a server-rendered page waits for: its appeal has shown, or hidden itself. */
const hydrated = () => {
  const appeal = document.querySelector('support-appeal');
  return performance.getEntriesByName('support-appeal:show', 'mark').length > 0 || appeal?.hidden === true;
};

// ---- Options ----

function parseOptions(argv) {
  const options = { runs: 20, build: true, lighthouse: true, out: RESULTS, optional: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (arg === '--runs' || arg.startsWith('--runs=')) {
      const value = arg === '--runs' ? argv[++i] : arg.slice('--runs='.length);
      options.runs = Number(value);
      if (!Number.isInteger(options.runs) || options.runs < 1 || options.runs > 500) {
        throw new Error(`--runs takes a whole number from 1 to 500, not ${JSON.stringify(value)}`);
      }
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (!value) throw new Error('--out takes the path of the JSON file to write');
      options.out = resolve(ROOT, value);
    } else if (arg === '--optional') options.optional = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('npm run bench [-- --runs N] [--no-build] [--no-lighthouse] [--out results.json] [--optional]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (options: --runs N, --no-build, --no-lighthouse, --out PATH)`);
  }
  return options;
}

// ---- Figures ----

/** The p-th percentile (0–1) of sorted values, interpolating linearly between neighbours. */
function percentile(sorted, p) {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const [median, p25, p75] = [0.5, 0.25, 0.75].map((p) => percentile(sorted, p));
  return { median, p25, p75, min: sorted[0], max: sorted.at(-1) };
}

const round = (n, digits = 1) => (n == null ? n : Number(n.toFixed(digits)));
const roundAll = (object, digits) => Object.fromEntries(Object.entries(object).map(([key, value]) => [key, round(value, digits)]));
const num = (n) => n.toLocaleString('en-US');
const ms = (n) => n.toFixed(1);
const shift = (n) => (n === 0 ? '0' : n.toFixed(4));
/** Task durations over the loads: median, max and how many were long tasks. */
const tasks = (values) => ({
  median: round(summary(values).median, 1),
  max: round(Math.max(...values), 1),
  longTasks: values.filter((n) => n >= LONG_TASK_MS).length,
  samples: values.map((n) => round(n, 1)),
});

/** Prints rows as a table: the first column left-aligned, the others right-aligned. */
function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? '').length)));
  for (const [index, row] of rows.entries()) {
    console.log(
      row
        .map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column])))
        .join('  ')
        .trimEnd(),
    );
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

// ---- Build and size ----

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 180_000, shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `status ${result.status ?? result.signal}`})`);
  }
}

/** The newest modification time of the files under a folder, in ms. */
function newest(folder) {
  return Math.max(...readdirSync(join(ROOT, folder), { recursive: true }).map((name) => statSync(join(ROOT, folder, String(name))).mtimeMs));
}

function build(options) {
  const started = Date.now();
  // The yardsticks live outside dist/ (node_modules/.cache), so building them never disturbs anyone.
  for (const [mode, file] of [
    ['baseline', BASELINE],
    ['peer', PEER],
    ['floor', FLOOR],
  ])
    if (options.build || !existsSync(join(ROOT, file))) run('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'error']);
  // With --no-build, dist/ is built only when a file of it is missing (a fresh clone).
  const missing = BUNDLES.find(({ file }) => !existsSync(join(ROOT, file)));
  if (options.build || missing) {
    if (missing && !options.build) console.log(`${missing.file} is missing: building dist/ first…`);
    run('npm', ['run', 'build:bundles', '--silent']);
  } else {
    const built = Math.min(...BUNDLES.map(({ file }) => statSync(join(ROOT, file)).mtimeMs));
    if (Math.max(newest('src'), statSync(join(ROOT, 'vite.config.ts')).mtimeMs) > built) {
      // On stdout, in order with the rest: it qualifies every figure below.
      console.log('warning: src/ or vite.config.ts changed after dist/ was built; these figures are for dist/ as it is.');
      return `not rebuilt (--no-build), built ${new Date(built).toISOString()}, older than src/`;
    }
  }
  return options.build || missing ? `built in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'not rebuilt (--no-build)';
}

function measureSize(file) {
  const bytes = readFileSync(join(ROOT, file));
  return {
    file,
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
}

// ---- The static server ----

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * The server-rendered pages' parts: the appeal rendered in this process by @lit-labs/ssr (the
 * element bundled from src/ for Node, Lit left to node_modules so that the server's `html` and
 * the element share it), and the client, Lit's hydrate support and then the element, bundled by
 * esbuild with splitting as a site's build would. As URL path → body.
 */
async function ssrPages() {
  const { build: esbuild } = await import('esbuild');
  const out = join(ROOT, 'node_modules', '.cache', 'bench', 'ssr');
  const client = await esbuild({
    stdin: {
      contents: "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport('./src/index.ts');\n",
      resolveDir: ROOT,
      sourcefile: 'client.js',
      loader: 'js',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2021',
    outdir: join(out, 'client'),
    entryNames: 'client',
    write: false,
    logLevel: 'error',
  });
  await esbuild({
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outdir: join(out, 'server'),
    logLevel: 'error',
  });
  // @lit-labs/ssr first: it sets up Lit's server build, which the element then defines itself on.
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  await import(pathToFileURL(join(out, 'server', 'index.js')).href);
  const appeal = await collectResult(render(html`<support-appeal campaign="bench" checkout-url=${CHECKOUT.replace('&amp;', '&')}></support-appeal>`));
  const files = new Map(client.outputFiles.map((file) => [`/bench/ssr/${relative(join(out, 'client'), file.path)}`, Buffer.from(file.contents)]));
  const snooze =
    "localStorage.setItem('support-appeal:bench', JSON.stringify({ v: 1, at: Date.now() - 864e5, reason: 'snooze', until: Date.now() + 6 * 864e5 }));\n";
  files.set('/bench/snoozed.js', Buffer.from(snooze));
  // Five articles read in the last days: the gate's page is the sixth, past the free ones.
  const reads = Array.from({ length: 5 }, (_, i) => `"read${i}":\${Math.floor(Date.now() / 6e4) - ${(i + 1) * 60}}`).join(',');
  files.set('/bench/gated.js', Buffer.from(`localStorage.setItem('support-appeal:history', \`{"v":1,"a":{${reads}}}\`);\n`));
  return { appeal, files };
}

/**
 * bench/ and dist/, the plain Lit element (BASELINE, as /baseline/plain-lit.iife.js), and the pages
 * made from bench/article.html, as URL path → { type, body, gzip }, read once.
 */
function snapshot(ssr) {
  const files = new Map();
  const add = (path, body) => files.set(path, { type: TYPES[extname(path)], body, gzip: gzipSync(body, { level: 9 }) });
  for (const folder of ['bench', 'dist']) {
    for (const name of readdirSync(join(ROOT, folder), { recursive: true })) {
      if (!TYPES[extname(String(name))]) continue;
      add(`/${folder}/${String(name).split('\\').join('/')}`, readFileSync(join(ROOT, folder, String(name))));
    }
  }
  add('/baseline/plain-lit.iife.js', readFileSync(join(ROOT, BASELINE)));
  add('/peer/relative-time.iife.js', readFileSync(join(ROOT, PEER)));
  add('/floor/floor.iife.js', readFileSync(join(ROOT, FLOOR)));
  for (const [path, body] of ssr.files) add(path, body);
  const template = readFileSync(join(ROOT, 'bench', 'article.html'), 'utf8');
  for (const page of Object.values(PAGES)) {
    const appeal = page.ssr ? ssr.appeal : page.appeal;
    const filled = template.replace('<!--{{head}}-->', page.head ?? '');
    // Mid-article: after the third paragraph of the story, where a site puts its gate.
    const third = filled.split('</p>').slice(0, 8).join('</p>').length + 4; // the masthead, kicker, standfirst and byline have five
    const body = page.midArticle
      ? `${filled.slice(0, third)}\n${appeal}${filled.slice(third)}`.replace('<!--{{appeal}}-->', '')
      : filled.replace('<!--{{appeal}}-->', () => appeal);
    add(page.path, Buffer.from(body));
  }
  return files;
}

/** Starts the server on a free port (port 0: the system picks one); resolves to it and its base URL. */
function serve(files) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip : file.body;
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolveServer, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolveServer({ server, base: `http://127.0.0.1:${port}` });
    });
  });
}

// ---- Page loads in Chromium ----

/**
 * Runs in each page before any of its scripts: keeps every layout shift from the start of the
 * document, whatever the browser's buffer holds.
 */
function observeFromStart() {
  const shifts = [];
  const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  Object.defineProperty(window, '__benchShifts', { value: () => [...shifts, ...observer.takeRecords()] });
}

/**
 * Runs in the page once it has loaded: waits for it to settle, then reads what it saw; with
 * `top`, also the first appeal's top edge, in px from the top of the document.
 */
async function collect({ settle, top }) {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  await new Promise((done) => setTimeout(done, settle));
  const shifts = /** @type {any} */ (window).__benchShifts();
  const appeal = top ? document.querySelector('support-appeal') : null;
  return {
    shown: performance.getEntriesByName('support-appeal:show', 'mark').length > 0,
    shifts: shifts.filter((entry) => !entry.hadRecentInput).map((entry) => entry.value),
    appealTop: appeal ? appeal.getBoundingClientRect().top + scrollY : null,
  };
}

/**
 * Runs in the lazy page once it has loaded and settled: sets the `support-appeal:scroll` mark,
 * then scrolls down as a reader would, `step` px at a time, a step every other frame, until the
 * appeal has shown or the end of the page is in view. Resolves to where it stopped (scrollY).
 */
async function scrollNear(step) {
  const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
  const shown = () => performance.getEntriesByName('support-appeal:show', 'mark').length > 0;
  performance.mark('support-appeal:scroll');
  while (!shown() && scrollY + innerHeight < document.documentElement.scrollHeight) {
    scrollBy({ top: step, behavior: 'instant' });
    await frame();
    await frame();
  }
  return scrollY;
}

/**
 * Reads one load's trace (see the comment at the top): START, END and the main thread's tasks.
 * Trace times are in microseconds. For the lazy page, END comes after the scroll: the trace
 * spans the load and the scroll.
 */
function readTrace(buffer, url, page) {
  const events = /** @type {any[]} */ (JSON.parse(buffer.toString('utf8')).traceEvents);
  // The page's main thread: the one that parsed its HTML.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`the trace of ${url} has no ParseHTML for it`);
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid).sort((a, b) => a.ts - b.ts);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const longestTaskMs = Math.max(0, ...tasks.map((t) => t.dur)) / 1000;
  if (!page.script) return { renderMs: null, appealTaskMs: null, renderTaskMs: null, longestTaskMs };

  const at = (name) => main.find((e) => e.name === name)?.ts;
  const before = at('support-appeal:before-script');
  const end = at('support-appeal:show');
  const evaluation = page.module
    ? main.find((e) => e.name === 'v8.evaluateModule' && e.ts > before)
    : main.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url && new URL(e.args.data.url).pathname === page.script);
  if (before == null || end == null || !evaluation) throw new Error(`the trace of ${url} lacks the marks or the evaluation of ${page.script}`);
  const taskAt = (ts) => tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur)?.dur ?? 0;
  if (page.lazy) {
    const scroll = at('support-appeal:scroll');
    if (scroll == null || end < scroll)
      throw new Error(`the trace of ${url} has ${scroll == null ? 'no scroll mark' : 'the show mark before the scroll'}`);
    // At load, the task of the script's evaluation (which creates the appeal and finds it far);
    // after the scroll, the task of END, in which it renders.
    return { renderMs: null, appealTaskMs: taskAt(evaluation.ts) / 1000, renderTaskMs: taskAt(end) / 1000, longestTaskMs };
  }
  return {
    renderMs: (end - evaluation.ts) / 1000,
    appealTaskMs: Math.max(taskAt(evaluation.ts), taskAt(end)) / 1000,
    renderTaskMs: null,
    longestTaskMs,
  };
}

/** What a page reports on its console (errors and warnings) and its uncaught errors, as they come. */
function pageErrors(tab) {
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  return errors;
}

/** One page load in a fresh context: the figures of one run. */
async function load(browser, base, page, rate, viewport = VIEWPORT) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  try {
    const tab = await context.newPage();
    tab.setDefaultTimeout(STEP_TIMEOUT);
    const errors = pageErrors(tab);
    if (rate !== 1) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    }
    await tab.addInitScript(observeFromStart);
    const url = base + page.path;
    const shownMark = () => performance.getEntriesByName('support-appeal:show', 'mark').length > 0;
    await browser.startTracing(tab, { categories: TRACE_CATEGORIES });
    let seen;
    let lazy = null;
    let trace;
    try {
      const response = await tab.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT });
      if (!response?.ok()) throw new Error(`HTTP ${response?.status()}`);
      if (page.script && !page.lazy) await tab.waitForFunction(shownMark);
      if (page.ssr) await tab.waitForFunction(hydrated);
      if (page.midArticle) await tab.waitForFunction(() => document.querySelector('[data-support-appeal-locked]') !== null);
      seen = await tab.evaluate(collect, { settle: SETTLE_MS, top: Boolean(page.lazy) });
      if (page.lazy) {
        // Loaded and settled: the appeal must still be waiting; then it must render once scrolled near.
        const atLoad = seen;
        if (atLoad.shown) {
          throw new Error(
            `the lazy appeal showed at load: its top is at ${round(atLoad.appealTop, 0)} px, within two viewport heights (${2 * viewport.height} px) of the top of the page`,
          );
        }
        const scrolledTo = await tab.evaluate(scrollNear, SCROLL_STEP);
        await tab.waitForFunction(shownMark);
        seen = await tab.evaluate(collect, { settle: SETTLE_MS, top: false });
        lazy = { appealTopPx: atLoad.appealTop, scrolledToPx: scrolledTo, belowViewportPx: atLoad.appealTop - (scrolledTo + viewport.height) };
      }
    } finally {
      // Stopped whatever happened: the browser records one trace at a time.
      trace = await browser.stopTracing();
    }
    if (errors.length) throw new Error(`the page reported: ${errors.join(' | ')}`);
    if (seen.shown !== (page.shows ?? Boolean(page.script))) throw new Error(seen.shown ? 'an appeal showed' : 'no appeal showed');
    return { ...readTrace(trace, url, page), layoutShift: seen.shifts.reduce((sum, value) => sum + value, 0), lazy };
  } catch (error) {
    throw new Error(`${page.path} at ${rate}× CPU: ${error instanceof Error ? error.message : error}`, { cause: error });
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * One load of a heap page (`page.heap`) in a fresh context at the phone viewport, 1× CPU, not
 * traced: once every element has rendered (its shadow root holds `heap.selector`) and its
 * `updateComplete` has resolved, two full garbage collections (CDP `HeapProfiler.collectGarbage`),
 * then the renderer's heaps (`Runtime.getHeapUsage`): `usedSize`, V8's JavaScript heap, and
 * `embedderHeapUsedSize`, Blink's garbage-collected heap (the DOM: nodes, shadow roots).
 */
async function loadHeap(browser, base, page) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const tab = await context.newPage();
    tab.setDefaultTimeout(STEP_TIMEOUT);
    const errors = pageErrors(tab);
    const response = await tab.goto(base + page.path, { waitUntil: 'load', timeout: STEP_TIMEOUT });
    if (!response?.ok()) throw new Error(`HTTP ${response?.status()}`);
    await tab.waitForFunction(({ tag, count, selector, lazy }) => {
      const all = [...document.querySelectorAll(tag)];
      const rendered = (element) => (selector ? element.shadowRoot?.querySelector(selector) : element.shadowRoot?.textContent);
      return all.length === count && (lazy || all.every(rendered));
    }, page.heap);
    await tab.evaluate(
      (tag) => Promise.all([...document.querySelectorAll(tag)].map((element) => /** @type {any} */ (element).updateComplete)),
      page.heap.tag,
    );
    if (errors.length) throw new Error(`the page reported: ${errors.join(' | ')}`);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const rendered = await tab.evaluate(
      ({ tag, selector }) =>
        [...document.querySelectorAll(tag)].filter((element) =>
          selector ? element.shadowRoot?.querySelector(selector) : element.shadowRoot?.textContent,
        ).length,
      page.heap,
    );
    return { usedSize: heap.usedSize, embedderHeapUsedSize: heap.embedderHeapUsedSize ?? null, rendered };
  } catch (error) {
    throw new Error(`${page.path} (heap): ${error instanceof Error ? error.message : error}`, { cause: error });
  } finally {
    await context.close().catch(() => {});
  }
}

/** One load of PAGES.intl in a fresh context at `rate`: the ms bench/intl.js took to make the formatters. */
async function loadIntl(browser, base, page, rate) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const tab = await context.newPage();
    tab.setDefaultTimeout(STEP_TIMEOUT);
    if (rate !== 1) await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate });
    const response = await tab.goto(base + page.path, { waitUntil: 'load', timeout: STEP_TIMEOUT });
    if (!response?.ok()) throw new Error(`HTTP ${response?.status()}`);
    const intlMs = await tab.evaluate(() => /** @type {any} */ (window).__benchIntl);
    if (typeof intlMs !== 'number') throw new Error('bench/intl.js did not run');
    return { intlMs };
  } catch (error) {
    throw new Error(`${page.path} at ${rate}× CPU: ${error instanceof Error ? error.message : error}`, { cause: error });
  } finally {
    await context.close().catch(() => {});
  }
}

async function measurePages(browser, base, runs) {
  const plans = RATES.flatMap((rate) => [
    { key: 'classic', rate, runs },
    { key: 'module', rate, runs },
    { key: 'lazy', rate, runs },
    { key: 'lit', rate, runs },
    { key: 'peer', rate, runs },
    { key: 'intl', rate, runs },
    { key: 'banner', rate, runs: EXTRA_RUNS },
    { key: 'plain', rate, runs: EXTRA_RUNS },
  ])
    // Layout shift with the end of the article on screen while the page loads: what follows an
    // inline appeal (here the footer) moves if the appeal renders after the first paint.
    .concat(['classic', 'async', 'module', 'lazyInView'].map((key) => ({ key, rate: 1, runs: EXTRA_RUNS, viewport: IN_VIEW })))
    // The gate locking mid-article: at the phone viewport and with the whole article in view.
    .concat([VIEWPORT, IN_VIEW].map((viewport) => ({ key: 'gate', rate: 1, runs: EXTRA_RUNS, viewport })))
    // Hydration: below the fold (the phone viewport) and in view.
    .concat(['ssr', 'ssrSnoozed'].flatMap((key) => [VIEWPORT, IN_VIEW].map((viewport) => ({ key, rate: 1, runs: EXTRA_RUNS, viewport }))))
    // JS heap with 1 and with HEAP_MANY elements, the appeal's and the plain Lit element's (untraced).
    .concat(
      ['heap', 'lazyHeap', 'litHeap', 'peerHeap', ...Object.keys(FLOOR_KINDS).map((kind) => `${kind}Heap`)]
        .flatMap((key) => [`${key}1`, `${key}${HEAP_MANY}`])
        .map((key) => ({
          key,
          rate: 1,
          runs: EXTRA_RUNS,
        })),
    )
    .map((plan) => ({ ...plan, page: PAGES[plan.key], samples: [] }));

  for (const key of ['classic', 'module', 'lazy', 'lit', 'peer']) await load(browser, base, PAGES[key], 1);

  const total = plans.reduce((sum, plan) => sum + plan.runs, 0);
  let done = 0;
  for (let round = 0; round < Math.max(...plans.map((plan) => plan.runs)); round++) {
    for (const plan of plans.filter((p) => round < p.runs)) {
      const { page } = plan;
      plan.samples.push(
        page.heap
          ? await loadHeap(browser, base, page)
          : page.intl
            ? await loadIntl(browser, base, page, plan.rate)
            : await load(browser, base, page, plan.rate, plan.viewport),
      );
      done++;
      if (process.stderr.isTTY) process.stderr.write(`\r  page loads: ${done}/${total}`);
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  return plans;
}

// ---- Lighthouse ----

/** chrome-launcher as Lighthouse itself resolves it (its own dependency, not a top-level one). */
async function chromeLauncher() {
  const fromLighthouse = createRequire(createRequire(import.meta.url).resolve('lighthouse'));
  return import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href);
}

function withTimeout(promise, timeout, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took over ${timeout / 1000} s`)), timeout);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** The Chromium that Lighthouse drives, so the watchdog can kill it. */
let lighthouseChrome;

async function measureLighthouse(base) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await chromeLauncher();
  lighthouseChrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROME_FLAGS], logLevel: 'silent' });
  try {
    const pages = {};
    let lhr;
    for (const [key, path] of [
      ['without', PAGES.plain.path],
      ['with', PAGES.classic.path],
      ['withAsync', PAGES.async.path],
    ]) {
      const result = await withTimeout(
        lighthouse(base + path, { port: lighthouseChrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }),
        LIGHTHOUSE_TIMEOUT,
        `Lighthouse on ${path}`,
      );
      lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
      const value = (id) => lhr.audits[id]?.numericValue ?? null;
      pages[key] = {
        page: path,
        performanceScore: Math.round((lhr.categories.performance.score ?? 0) * 100),
        firstContentfulPaintMs: round(value('first-contentful-paint'), 0),
        largestContentfulPaintMs: round(value('largest-contentful-paint'), 0),
        speedIndexMs: round(value('speed-index'), 0),
        totalBlockingTimeMs: round(value('total-blocking-time'), 0),
        cumulativeLayoutShift: round(value('cumulative-layout-shift'), 4),
        scriptBootupMs: round(value('bootup-time'), 0),
        transferBytes: value('total-byte-weight'),
        benchmarkIndex: round(lhr.environment.benchmarkIndex, 0),
        warnings: lhr.runWarnings,
      };
    }
    const settings = lhr.configSettings;
    return {
      version: lhr.lighthouseVersion,
      settings: `${settings.formFactor}, ${settings.throttlingMethod} throttling (RTT ${settings.throttling.rttMs} ms, ${round(settings.throttling.throughputKbps / 1024, 1)} Mbit/s, CPU ${settings.throttling.cpuSlowdownMultiplier}× slower), ${settings.screenEmulation.width}×${settings.screenEmulation.height}`,
      ...pages,
    };
  } finally {
    lighthouseChrome.kill();
    lighthouseChrome = undefined;
  }
}

// ---- The report ----

function report(results) {
  const { machine } = results;
  console.log(`\nsupport-appeal benchmark, ${results.date}`);
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}; 1-minute load average ${machine.loadAverage.start} at the start, ${machine.loadAverage.end} at the end`,
  );
  console.log(
    `Node ${results.node}, Chromium ${results.chromium}${results.lighthouse ? `, Lighthouse ${results.lighthouse.version}` : ''}; dist/ ${results.build}`,
  );

  console.log('\nSize: the file a reader downloads, Lit included (gzip level 9, brotli quality 11)\n');
  const base = results.size.baseline;
  table([
    ['file', 'minified', 'gzip -9', 'brotli -11', 'over a plain Lit element (gzip)'],
    ...results.size.bundles.map((b) => [b.file, num(b.minified), num(b.gzip), num(b.brotli), `${b.ratio.toFixed(2)}× (+${num(b.overBaseline)} B)`]),
    ['plain Lit element (vite build --mode baseline)', num(base.minified), num(base.gzip), num(base.brotli), ''],
    ...[results.size.peer].map((p) => [
      "lighter peer: GitHub's <relative-time> (vite build --mode peer)",
      num(p.minified),
      num(p.gzip),
      num(p.brotli),
      `${p.ratio.toFixed(2)}× (+${num(p.overBaseline)} B)`,
    ]),
  ]);

  const { runs } = results.options;
  console.log(`\nFirst render, ms: from the start of the appeal script's evaluation to its support-appeal-show event (eager);`);
  console.log("for the plain Lit element, from the start of its script's evaluation to its first updateComplete");
  console.log(`(${runs} loads each, fresh browser context per load, ${VIEWPORT.width}×${VIEWPORT.height}; CPU 4× = DevTools CPU throttling)\n`);
  table([
    ['page', 'CPU', 'median', 'p25–p75', 'min–max', 'over plain Lit (medians)', 'the same, Intl start-up apart'],
    ...results.firstRender.map((r) => [
      r.label,
      `${r.cpuThrottling}×`,
      ms(r.ms.median),
      `${ms(r.ms.p25)}–${ms(r.ms.p75)}`,
      `${ms(r.ms.min)}–${ms(r.ms.max)}`,
      r.overPlainLit == null ? '' : `${r.overPlainLit.toFixed(1)}×`,
      r.overPlainLitWithoutIntl == null ? '' : `${r.overPlainLitWithoutIntl.toFixed(1)}×`,
    ]),
    ...results.intl.map((r) => [
      r.label,
      `${r.cpuThrottling}×`,
      ms(r.ms.median),
      `${ms(r.ms.p25)}–${ms(r.ms.p75)}`,
      `${ms(r.ms.min)}–${ms(r.ms.max)}`,
      '',
      '',
    ]),
  ]);

  console.log('\nMain-thread tasks (ms, from the traces) and layout shift (sum of layout-shift values without recent input),');
  console.log('from navigation until the page has settled: median / max, and in how many loads the task took 50 ms or more\n');
  table([
    ['page', 'CPU', "the appeal's longest task", '≥50 ms', 'longest task on the page', '≥50 ms', 'layout shift'],
    ...results.pages.map((r) => [
      r.label,
      `${r.cpuThrottling}×`,
      r.appealTaskMs ? `${ms(r.appealTaskMs.median)} / ${ms(r.appealTaskMs.max)}` : '',
      r.appealTaskMs ? `${r.appealTaskMs.longTasks}/${r.runs}` : '',
      `${ms(r.longestTaskMs.median)} / ${ms(r.longestTaskMs.max)}`,
      `${r.longestTaskMs.longTasks}/${r.runs}`,
      `${shift(r.layoutShift.median)} / ${shift(r.layoutShift.max)}`,
    ]),
  ]);
  console.log(
    "(lazy: the appeal's task at load, which creates it and finds it far; its render is below; longest task and layout shift over load and scroll)",
  );

  const lazy = results.pages.filter((r) => r.key === 'lazy');
  console.log('\nThe lazy appeal (no data-loading), off-screen at load, then scrolled near: ms, median / max');
  console.log(`(scrolled down ${results.options.scrollStepPx} px every other frame from the settled load until it showed)\n`);
  table([
    [
      'page',
      'CPU',
      'shown at load',
      'top at load, px',
      'render task when scrolled near',
      '≥50 ms',
      'below the viewport when shown, px (median / min)',
    ],
    ...lazy.map((r) => [
      r.label,
      `${r.cpuThrottling}×`,
      `${r.shownAtLoad}/${r.runs}`,
      num(r.appealTopPx),
      `${ms(r.renderTaskMs.median)} / ${ms(r.renderTaskMs.max)}`,
      `${r.renderTaskMs.longTasks}/${r.runs}`,
      `${num(r.belowViewportPx.median)} / ${num(r.belowViewportPx.min)}`,
    ]),
  ]);

  const { heap } = results;
  const [one, many] = heap.elements;
  console.log(`\nJS heap per extra element (${one} vs ${many}, after GC): V8 heap used, median of ${heap.appeal.runs} loads each, 1× CPU;`);
  console.log(`per extra element = (${many} − ${one}) / ${many - one}; Blink's heap (the DOM) the same way\n`);
  table([
    ['element', `JS heap, ${one}`, `JS heap, ${many}`, 'JS heap per extra element', "Blink's heap per extra element", `rendered of ${many}`],
    ...[heap.appeal, heap.lazy, heap.plainLit, heap.peer, ...heap.floor].map((h) => [
      h.label,
      num(h.usedSize.one),
      num(h.usedSize.many),
      `${num(h.perElementBytes)} B (${h.perElementKB.toFixed(1)} KB)`,
      `${num(h.embedderPerElementBytes)} B`,
      String(h.renderedOfMany),
    ]),
  ]);
  const [bound, still] = heap.floor;
  console.log(
    `(floor: the eager appeal's DOM and style sheet, nothing else, scripts/size-floor.ts; of the appeal's ${num(heap.appeal.perElementBytes)} B, ` +
      `Lit's bindings for that DOM are ${num(bound.perElementBytes - still.perElementBytes)} B (bound − static), ` +
      `the appeal's own ${num(heap.appeal.perElementBytes - bound.perElementBytes)} B (appeal − bound))`,
  );

  const view = results.inView[0]?.viewport;
  console.log(`\nLayout shift with the whole article on screen while it loads (${view.width}×${view.height}, 1× CPU): median / max`);
  console.log('(an inline appeal that renders after the first paint moves what follows it: here the footer; the gate, also at the phone viewport)\n');
  table([
    ['page', 'viewport', 'loads', 'layout shift'],
    ...results.inView.map((r) => [
      r.label,
      `${r.viewport.width}×${r.viewport.height}`,
      String(r.runs),
      `${shift(r.layoutShift.median)} / ${shift(r.layoutShift.max)}`,
    ]),
  ]);

  console.log('\nLayout shift of the server-rendered appeal on hydration (@lit-labs/ssr, 1× CPU): median / max');
  console.log('(for a reader who snoozed it, the appeal the server rendered hides once the client knows: what follows it moves up)\n');
  table([
    ['page', 'viewport', 'loads', 'layout shift'],
    ...results.hydration.map((r) => [
      r.label,
      `${r.viewport.width}×${r.viewport.height}`,
      String(r.runs),
      `${shift(r.layoutShift.median)} / ${shift(r.layoutShift.max)}`,
    ]),
  ]);

  const lh = results.lighthouse;
  if (!lh) {
    console.log('\nLighthouse: skipped (--no-lighthouse)');
  } else {
    console.log(`\nLighthouse ${lh.version} on the news article, one run each: ${lh.settings}\n`);
    const rows = [
      ['Performance score', 'performanceScore', (n) => String(n)],
      ['First Contentful Paint, ms', 'firstContentfulPaintMs', num],
      ['Largest Contentful Paint, ms', 'largestContentfulPaintMs', num],
      ['Speed Index, ms', 'speedIndexMs', num],
      ['Total Blocking Time, ms', 'totalBlockingTimeMs', num],
      ['Cumulative Layout Shift', 'cumulativeLayoutShift', shift],
      ['JavaScript execution time, ms', 'scriptBootupMs', num],
      ['Bytes transferred', 'transferBytes', num],
      ["benchmarkIndex (Lighthouse's CPU score, higher is faster)", 'benchmarkIndex', num],
    ];
    table([
      ['', 'without the appeal', 'with the appeal (eager)', 'with it, async (eager)'],
      ...rows.map(([label, key, format]) => [label, format(lh.without[key]), format(lh.with[key]), format(lh.withAsync[key])]),
    ]);
    for (const warning of [...lh.without.warnings, ...lh.with.warnings, ...lh.withAsync.warnings]) console.log(`Lighthouse warning: ${warning}`);
  }
}

// ---- Main ----

/** What the watchdog and a failure must close. */
let browser;
let server;

async function main(options) {
  const started = Date.now();
  const machineAtStart = {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: { start: round(os.loadavg()[0], 2), end: 0 },
  };

  console.log(options.build ? 'Building dist/ and the baseline…' : 'Using dist/ as it is (--no-build)…');
  const buildNote = build(options);

  const baseline = measureSize(BASELINE);
  const overBaseline = (file) => {
    const measured = measureSize(file);
    return { ...measured, overBaseline: measured.gzip - baseline.gzip, ratio: round(measured.gzip / baseline.gzip, 3) };
  };
  const size = {
    baseline: { ...baseline, file: `${BASELINE} (scripts/size-baseline.ts)` },
    bundles: BUNDLES.map(({ file, script }) => ({ ...overBaseline(file), script })),
    peer: { ...overBaseline(PEER), file: `${PEER} (scripts/size-peer.ts)` },
  };

  const files = snapshot(await ssrPages());
  const served = await serve(files);
  server = served.server;
  const { base } = served;

  console.log(`Loading the pages in Chromium (${options.runs} runs per script and CPU rate)…`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS, timeout: STEP_TIMEOUT });
  const chromiumVersion = browser.version();
  const plans = await measurePages(browser, base, options.runs);
  await browser.close();
  browser = undefined;

  let lighthouse = null;
  if (options.lighthouse) {
    console.log('Running Lighthouse…');
    lighthouse = await measureLighthouse(base);
  }

  const renderOrder = ['classic', 'module', 'lit', 'peer'];
  const firstRender = plans
    .filter((plan) => !plan.viewport && renderOrder.includes(plan.key))
    .map((plan) => {
      const samples = plan.samples.map((s) => s.renderMs);
      return {
        page: plan.page.path,
        script: plan.key,
        label: plan.page.label,
        cpuThrottling: plan.rate,
        runs: samples.length,
        ms: roundAll(summary(samples), 1),
        samples: samples.map((n) => round(n, 1)),
      };
    })
    .sort((a, b) => renderOrder.indexOf(a.script) - renderOrder.indexOf(b.script) || a.cpuThrottling - b.cpuThrottling);
  // The appeal's median over the plain Lit element's, at the same CPU rate.
  for (const entry of firstRender) {
    const lit = firstRender.find((other) => other.script === 'lit' && other.cpuThrottling === entry.cpuThrottling);
    entry.overPlainLit = entry.script === 'lit' || !lit ? null : round(entry.ms.median / lit.ms.median, 2);
  }
  // The browser's one-time Intl start-up (PAGES.intl), and the appeal's first render without it.
  const intl = plans
    .filter((plan) => plan.key === 'intl')
    .map((plan) => {
      const samples = plan.samples.map((s) => s.intlMs);
      return { page: plan.page.path, label: plan.page.label, cpuThrottling: plan.rate, runs: samples.length, ms: roundAll(summary(samples), 1) };
    })
    .sort((a, b) => a.cpuThrottling - b.cpuThrottling);
  for (const entry of firstRender) {
    const lit = firstRender.find((other) => other.script === 'lit' && other.cpuThrottling === entry.cpuThrottling);
    const start = intl.find((other) => other.cpuThrottling === entry.cpuThrottling);
    // The appeal's formatters only: the peer's are others (dates, not currencies).
    entry.overPlainLitWithoutIntl =
      !['classic', 'module'].includes(entry.script) || !lit || !start ? null : round((entry.ms.median - start.ms.median) / lit.ms.median, 2);
  }

  const order = ['classic', 'module', 'lazy', 'banner', 'plain', 'lit', 'peer'];
  const shiftOf = (plan) => {
    const shifts = plan.samples.map((s) => s.layoutShift);
    return { median: round(summary(shifts).median, 4), max: round(Math.max(...shifts), 4), samples: shifts.map((n) => round(n, 4)) };
  };
  const shiftsOf = (plan) => ({
    page: plan.page.path,
    key: plan.key,
    label: plan.page.label,
    viewport: plan.viewport,
    runs: plan.samples.length,
    layoutShift: shiftOf(plan),
  });
  const hydration = plans.filter((plan) => plan.page.ssr).map(shiftsOf);
  const inView = plans.filter((plan) => plan.viewport && !plan.page.ssr).map(shiftsOf);
  const pages = plans
    .filter((plan) => !plan.viewport && !plan.page.heap && !plan.page.intl)
    .map((plan) => {
      const lazy = plan.page.lazy
        ? {
            renderTaskMs: tasks(plan.samples.map((s) => s.renderTaskMs)),
            // Every load asserted it (load() fails otherwise).
            shownAtLoad: 0,
            appealTopPx: round(summary(plan.samples.map((s) => s.lazy.appealTopPx)).median, 0),
            belowViewportPx: {
              median: round(summary(plan.samples.map((s) => s.lazy.belowViewportPx)).median, 0),
              min: round(Math.min(...plan.samples.map((s) => s.lazy.belowViewportPx)), 0),
            },
          }
        : {};
      return {
        page: plan.page.path,
        key: plan.key,
        label: plan.page.label,
        cpuThrottling: plan.rate,
        runs: plan.samples.length,
        appealTaskMs: plan.page.script ? tasks(plan.samples.map((s) => s.appealTaskMs)) : null,
        ...lazy,
        longestTaskMs: tasks(plan.samples.map((s) => s.longestTaskMs)),
        layoutShift: shiftOf(plan),
      };
    })
    .sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key) || a.cpuThrottling - b.cpuThrottling);

  // (median with HEAP_MANY − median with 1) / (HEAP_MANY − 1), for each heap.
  const heapOf = (one, many) => {
    const [ones, manys] = [one, many].map((key) => plans.find((plan) => plan.key === key).samples);
    const median = (samples, heap) => summary(samples.map((s) => s[heap])).median;
    const perElement = (heap) => (median(manys, heap) - median(ones, heap)) / (HEAP_MANY - 1);
    return {
      label: PAGES[one].label,
      pages: [PAGES[one].path, PAGES[many].path],
      runs: Math.min(ones.length, manys.length),
      usedSize: { one: round(median(ones, 'usedSize'), 0), many: round(median(manys, 'usedSize'), 0) },
      perElementBytes: round(perElement('usedSize'), 0),
      perElementKB: round(perElement('usedSize') / 1024, 1),
      embedderHeapUsedSize: { one: round(median(ones, 'embedderHeapUsedSize'), 0), many: round(median(manys, 'embedderHeapUsedSize'), 0) },
      embedderPerElementBytes: round(perElement('embedderHeapUsedSize'), 0),
      renderedOfMany: summary(manys.map((s) => s.rendered)).median,
      samples: { one: ones, many: manys },
    };
  };
  const heap = {
    elements: [1, HEAP_MANY],
    appeal: heapOf('heap1', 'heap51'),
    lazy: heapOf('lazyHeap1', 'lazyHeap51'),
    plainLit: heapOf('litHeap1', 'litHeap51'),
    peer: heapOf('peerHeap1', 'peerHeap51'),
    floor: Object.keys(FLOOR_KINDS).map((kind) => heapOf(`${kind}Heap1`, `${kind}Heap${HEAP_MANY}`)),
  };

  const results = {
    date: new Date().toISOString(),
    machine: machineAtStart,
    node: process.version,
    chromium: chromiumVersion,
    build: buildNote,
    options: { runs: options.runs, extraRuns: EXTRA_RUNS, viewport: VIEWPORT, settleMs: SETTLE_MS, scrollStepPx: SCROLL_STEP, cpuThrottling: RATES },
    // In short; scripts/bench.js says exactly how each is measured.
    definitions: {
      size: 'bytes of each file, minified, gzip -9 and brotli quality 11; ratio and overBaseline (gzip) against a plain Lit element built the same way',
      firstRender:
        "ms on the page's main thread from the start of the appeal script's evaluation (trace: EvaluateScript, or v8.evaluateModule) to its support-appeal-show event, the appeal eager (loading=\"eager\"); for the plain Lit element, from its script's EvaluateScript to its first updateComplete; a fresh browser context per load",
      overPlainLit: "the appeal's median first render over the plain Lit element's, at the same CPU rate",
      intl: "ms bench/intl.js takes to make the formatters of the appeal's first render, on a page without it, in a fresh browser context: the browser's one-time Intl start-up",
      overPlainLitWithoutIntl:
        "(the appeal's median first render − the median Intl start-up) over the plain Lit element's median, at the same CPU rate",
      appealTaskMs:
        'the longer of the main-thread tasks that start the evaluation and that render the appeal; for the lazy page, the task that starts the evaluation (at load)',
      renderTaskMs: "lazy page only: the main-thread task of the appeal's support-appeal-show once the bench has scrolled it near",
      lazy: 'the one-tag appeal without data-loading, more than a viewport height below the viewport at load: asserted not shown at load (load event, two frames, settle), then scrolled down a quarter viewport every other frame until it shows; appealTopPx is its top at load, belowViewportPx the distance from the viewport bottom to its top where the scroll stopped',
      longestTaskMs: 'the longest main-thread task from navigation until the page has settled (for the lazy page, after the scroll)',
      layoutShift:
        'sum of layout-shift entry values without recent input, from navigation until the page has settled (for the lazy page, load and scroll)',
      heap: `V8 JS heap used (CDP Runtime.getHeapUsage usedSize) after two HeapProfiler.collectGarbage, once all elements rendered; per element = (median with ${HEAP_MANY} − median with 1) / ${HEAP_MANY - 1}, KB = 1024 bytes; embedder: Blink's heap (embedderHeapUsedSize), the same way`,
      hydration:
        'layout shift of the article with the appeal rendered by @lit-labs/ssr and hydrated, for a reader who may see it and one who snoozed it',
      lighthouse: 'Lighthouse default (mobile) settings, performance category, one run per page',
    },
    size,
    firstRender,
    intl,
    pages,
    inView,
    hydration,
    heap,
    lighthouse,
    durationSeconds: 0,
  };
  results.durationSeconds = round((Date.now() - started) / 1000, 0);
  results.machine.loadAverage.end = round(os.loadavg()[0], 2);

  report(results);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${relative(ROOT, options.out)} (${results.durationSeconds} s)`);
}

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

// `npm test` runs a short bench, as web-test-runner runs the engines it finds: without Chromium
// it says so and skips, except in CI (CI set), where a missing browser is an error.
if (options.optional && !existsSync(CHROMIUM) && !process.env.CI) {
  console.log(`bench: skipped, no Chromium at ${CHROMIUM} (install it with apt-get install chromium).`);
  process.exit(0);
}

/**
 * The longest a whole run may take: a hung browser or server must not hang anyone. 3 minutes for
 * the builds, the warm-up and the EXTRA_RUNS loads (about 90), 3 s for each of the --runs loads
 * of the four pages at each CPU rate (classic, module, lazy with its scroll, plain Lit), and the
 * Lighthouse runs.
 */
const OVERALL_TIMEOUT = 180_000 + options.runs * RATES.length * 4 * 3_000 + (options.lighthouse ? 2 * LIGHTHOUSE_TIMEOUT : 0);

const watchdog = setTimeout(() => {
  console.error(`\nbench: gave up after ${Math.round(OVERALL_TIMEOUT / 1000)} s`);
  lighthouseChrome?.kill();
  // playwright-core kills the browser it launched when the process exits.
  process.exit(1);
}, OVERALL_TIMEOUT);
watchdog.unref();

main(options)
  .catch((error) => {
    console.error(`bench: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    clearTimeout(watchdog);
    lighthouseChrome?.kill();
    await browser?.close().catch(() => {});
    server?.closeAllConnections();
    server?.close();
  });
