/**
 * The goal ticker (`goal`, `raised`, `goal-src`): "$6,420 of our $10,000 goal" over a bar,
 * exposed to assistive technology as a progressbar named by that text, with the percentage as
 * its value. Loaded on demand (../parts.ts) only by appeals with `goal`, `raised` or
 * `goal-src`; it brings the parser of those attributes (../parse.ts), so the appeals without a
 * ticker never load it.
 *
 * `goal-src` names a JSON file, `{ "raised": n, "goal": n }`, fetched once per page view however
 * many appeals name it, whose figures replace the attributes' once it has arrived; until then,
 * and if it fails, the attributes' figures show.
 */
import type { TickerCopy } from '../copy.js';
import { intl, parseTicker, readers, type Parsed, type RawAttributes, type TickerConfig, type Warning } from '../parse.js';
import type { FeatureContext, PluginHost } from './feature.js';

const en: TickerCopy = {
  goal: (raised, goal) => `${raised} of our ${goal} goal`,
};

/**
 * The bar is an SVG rectangle sized by an attribute, not a style: a page whose
 * Content-Security-Policy forbids inline styles still shows it.
 */
/** Tagged `css` so that the build minifies it as CSS; String.raw keeps the text as written. */
const css = String.raw;
const styles = css`
  .progress {
    flex: 1 1 16em;
    margin-block-end: 1em;
  }
  .progress p {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .bar {
    height: 10px;
    border: 1px solid currentColor;
    border-radius: 6px;
    overflow: hidden;
  }
  .bar svg {
    display: block;
  }
  [dir='rtl'] .bar svg {
    transform: scaleX(-1);
  }
  rect {
    fill: var(--_accent);
  }
  @media (forced-colors: active) {
    rect {
      fill: CanvasText;
    }
  }
`;

/** The ticker for the figures parse.ts read from `goal`, `raised` and `goal-text`. */
function render(context: FeatureContext, { goal, raised, text: template }: TickerConfig) {
  const { html } = context;
  const [r, g] = [context.money(raised), context.money(goal)];
  const text = template ? template.replaceAll('{raised}', r).replaceAll('{goal}', g) : (context.copy.goal ?? en.goal)(r, g);
  const share = raised / goal;
  return html`<div part="progress" class="progress">
    <p id="goal">${text}</p>
    <div
      class="bar"
      role="progressbar"
      aria-labelledby="goal"
      aria-valuemin="0"
      aria-valuemax=${goal}
      aria-valuenow=${Math.min(raised, goal)}
      aria-valuetext=${intl(Intl.NumberFormat, context.locale, { style: 'percent', maximumFractionDigits: 0 }).format(share)}
    >
      <svg width="100%" height="8" aria-hidden="true"><rect width=${`${Math.min(share, 1) * 100}%`} height="8"></rect></svg>
    </div>
  </div>`;
}

/** The figures a `goal-src` gave. */
interface Figures {
  raised: number;
  goal: number;
}

/** A `goal-src` address, as this page view fetches it: its figures or why there are none, once known, and the appeals to tell. */
interface Source {
  figures?: Figures;
  problem?: string;
  hosts: Set<PluginHost>;
}

/** Every `goal-src` of the page, by its final address: each fetched once per page view. */
const sources = new Map<string, Source>();

/** The longest wait for a `goal-src`, and the most of it that is read: the figures are a few bytes. */
const TIMEOUT = 5000;
const LARGEST = 100_000;

/** Fetches the figures: no cookies, a short timeout, JSON only, at most `LARGEST` bytes. Rejects with an `Error` whose message is the reason, as a warning says it. */
async function figuresFrom(url: string): Promise<Figures> {
  const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT) });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  if (!/[/+]json\b/i.test(response.headers.get('content-type') ?? '')) throw new Error('its content type is not JSON');
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.length;
    if (size > LARGEST) {
      void reader.cancel();
      throw new Error('it is larger than 100 KB');
    }
    chunks.push(read.value);
  }
  const { raised, goal } = (JSON.parse(await new Blob(chunks as BlobPart[]).text()) ?? {}) as Partial<Record<keyof Figures, unknown>>;
  const ok = (n: unknown, positive: boolean): n is number => typeof n === 'number' && Number.isFinite(n) && (n > 0 || (!positive && n === 0));
  if (!ok(goal, true) || !ok(raised, false)) throw new Error('expected JSON { "raised": a number from 0, "goal": a number above 0 }');
  return { raised, goal };
}

/** Why a fetch failed, by the name of its error: ours (`Error`) say it themselves. */
const REASONS: Record<string, string> = {
  TimeoutError: `no answer within ${TIMEOUT / 1000} s`,
  SyntaxError: 'it is not JSON',
};

/** The final address of a `goal-src`: https, or relative (taking the page's scheme), checked again against the page's base URL. */
function addressOf(text: string, base: string): string | undefined {
  try {
    if (new URL(text, 'https://a.invalid/').protocol !== 'https:') return undefined;
    const url = new URL(text, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The ticker's attributes, with the figures of `goal-src` in place of `goal` and `raised` once
 * they have arrived. With `goal-src`, the attributes are the fallback: missing, they do not warn.
 */
function parse(raw: RawAttributes): Parsed<TickerConfig | undefined> {
  const parsed = parseTicker(raw);
  if (raw.goalSrc == null) return parsed;
  const warnings: Warning[] = parsed.warnings.filter(({ reason }) => !reason.startsWith('it is missing'));
  const { warn, read } = readers(warnings);
  const text = read('goal-src', raw.goalSrc);
  const host = raw as unknown as PluginHost;
  const url = text === null ? undefined : addressOf(text, host.ownerDocument.baseURI);
  if (text !== null && !url) warn('goal-src', text, 'expected an https or relative URL; using goal and raised');
  let source = url ? sources.get(url) : undefined;
  if (url && !source) {
    const started: Source = (source = { hosts: new Set() });
    sources.set(url, started);
    void figuresFrom(url)
      .then(
        (figures) => (started.figures = figures),
        (error: Error) => (started.problem = error.name === 'Error' ? error.message : (REASONS[error.name] ?? 'it could not be fetched')),
      )
      // The appeals on the page update; one out of it is let go, and asks again when it is back (it updates then).
      .then(() => started.hosts.forEach((appeal) => (appeal.isConnected ? appeal.requestUpdate() : started.hosts.delete(appeal))));
  }
  source?.hosts.add(host);
  if (source?.problem) warn('goal-src', text!, `${source.problem}; using goal and raised`);
  const figures = source?.figures;
  return { config: figures ? { ...figures, text: read('goal-text', raw.goalText) ?? undefined } : parsed.config, warnings };
}

/** The part: its styles, the parser of its attributes, and the render. */
export default { styles, parse, render };
export type Ticker = { styles: typeof styles; parse: typeof parse; render: typeof render };
