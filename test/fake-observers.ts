/**
 * Fakes for the browser APIs behind timed, layout-driven rules, so that their tests move time
 * and visibility themselves instead of sleeping and hoping the machine keeps up.
 *
 * Each `use…()` replaces a global until its `restore()`. Install them before the code under test
 * creates its observer or timer, and restore them in `afterEach` after removing what the test
 * created (a removal may still clear a timer or disconnect an observer).
 */

type Callback = (...args: unknown[]) => void;

interface Timer {
  id: number;
  at: number;
  callback: Callback;
  args: unknown[];
}

/**
 * A clock for `setTimeout` / `clearTimeout`: nothing runs until `tick()` moves time past it.
 * `Date.now` is left alone (test/helpers.ts' `useClock` fakes that one).
 */
export function useFakeTimers() {
  const real = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
  const timers = new Map<number, Timer>();
  let now = 0;
  // Far from the small numbers the real timers use, so that a fake id handed to the real
  // clearTimeout after restore() cannot cancel an unrelated timer.
  let nextId = 1_000_000_000;

  window.setTimeout = ((handler: TimerHandler, delay = 0, ...args: unknown[]) => {
    if (typeof handler !== 'function') throw new TypeError('useFakeTimers: string handlers are not supported');
    const id = nextId++;
    timers.set(id, { id, at: now + Math.max(0, Number(delay) || 0), callback: handler as Callback, args });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
  }) as typeof window.clearTimeout;

  return {
    /** Milliseconds since the fake clock started. */
    get now() {
      return now;
    },
    /** How many timers are waiting to run. */
    get pending() {
      return timers.size;
    },
    /** Moves time on by `ms`, running every timer that falls due, in order, at its own time. */
    tick(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.values()].filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
        if (!due) break;
        timers.delete(due.id);
        now = due.at;
        due.callback(...due.args);
      }
      now = end;
    },
    restore() {
      window.setTimeout = real.setTimeout;
      window.clearTimeout = real.clearTimeout;
      timers.clear();
    },
  };
}

/**
 * Replaces `IntersectionObserver` with one the test drives: `setRatio(ratio, target?)` says how
 * much of `target` (or of every element, from now on) is in the viewport, and every live
 * observer of it gets an entry when that crosses one of its thresholds, as a real observer
 * would; it also reports each new target once, with the ratio it has then. Entries are
 * delivered synchronously, so a test needs no frame or task to see their effect.
 */
export function useFakeIntersectionObserver() {
  const Real = window.IntersectionObserver;
  const ratios = new Map<Element, number>();
  let ratioOfAll = 0;
  const live = new Set<FakeIntersectionObserver>();

  class FakeIntersectionObserver implements IntersectionObserver {
    readonly root: Element | Document | null;
    readonly rootMargin: string;
    readonly thresholds: readonly number[];
    readonly targets = new Map<Element, number>(); // target → the ratio last reported for it
    readonly #callback: IntersectionObserverCallback;

    constructor(callback: IntersectionObserverCallback, options: IntersectionObserverInit = {}) {
      this.#callback = callback;
      this.root = options.root ?? null;
      this.rootMargin = options.rootMargin ?? '0px 0px 0px 0px';
      const threshold = options.threshold ?? 0;
      this.thresholds = (Array.isArray(threshold) ? [...threshold] : [threshold]).sort((a, b) => a - b);
    }

    observe(target: Element): void {
      if (this.targets.has(target)) return;
      live.add(this);
      this.targets.set(target, NaN);
      // A real observer always reports a new target's state once.
      this.deliver(target, true);
    }

    unobserve(target: Element): void {
      this.targets.delete(target);
      if (this.targets.size === 0) live.delete(this);
    }

    disconnect(): void {
      this.targets.clear();
      live.delete(this);
    }

    takeRecords(): IntersectionObserverEntry[] {
      return [];
    }

    /** Reports `target` if its ratio now lies on the other side of a threshold than last time. */
    deliver(target: Element, always = false): void {
      if (!this.targets.has(target)) return;
      const ratio = ratios.get(target) ?? ratioOfAll;
      const before = this.targets.get(target)!;
      const side = (r: number) => this.thresholds.filter((t) => (t === 0 ? r > 0 : r >= t)).length;
      if (!always && side(ratio) === side(before)) return;
      this.targets.set(target, ratio);
      this.#callback([entry(target, ratio)], this);
    }
  }

  window.IntersectionObserver = FakeIntersectionObserver;

  return {
    /** The elements some live observer is observing, optionally only those `within` an element or its shadow root. */
    observed(within?: Element): Element[] {
      const all = new Set([...live].flatMap((observer) => [...observer.targets.keys()]));
      return [...all].filter((t) => !within || within === t || within.contains(t) || Boolean(within.shadowRoot?.contains(t)));
    },
    /**
     * Says that `ratio` (0 to 1) of `target` is in the viewport now; without a target, of every
     * element, observed now or later.
     */
    setRatio(ratio: number, target?: Element): void {
      if (target) ratios.set(target, ratio);
      else {
        ratios.clear();
        ratioOfAll = ratio;
      }
      for (const observer of [...live]) for (const t of target ? [target] : [...observer.targets.keys()]) observer.deliver(t);
    },
    restore(): void {
      window.IntersectionObserver = Real;
      for (const observer of [...live]) observer.disconnect();
      ratios.clear();
    },
  };
}

function entry(target: Element, ratio: number): IntersectionObserverEntry {
  const rect = target.getBoundingClientRect();
  return {
    target,
    intersectionRatio: ratio,
    isIntersecting: ratio > 0,
    time: performance.now(),
    boundingClientRect: rect,
    intersectionRect: new DOMRect(rect.x, rect.y, rect.width, rect.height * ratio),
    rootBounds: new DOMRect(0, 0, innerWidth, innerHeight),
  };
}
