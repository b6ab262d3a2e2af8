/**
 * The goal ticker (`goal`, `raised`): "$6,420 of our $10,000 goal" over a bar, exposed to
 * assistive technology as a progressbar named by that text, with the percentage as its value.
 * Loaded on demand (../parts.ts) only by appeals with `goal` or `raised`; it brings the parser
 * of those attributes (../parse.ts), so the appeals without a ticker never load it.
 */
import type { TickerCopy } from '../copy.js';
import { parseTicker, type TickerConfig } from '../parse.js';
import type { FeatureContext } from './feature.js';

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
      aria-valuetext=${new Intl.NumberFormat(context.locale, { style: 'percent', maximumFractionDigits: 0 }).format(share)}
    >
      <svg width="100%" height="8" aria-hidden="true"><rect width=${`${Math.min(share, 1) * 100}%`} height="8"></rect></svg>
    </div>
  </div>`;
}

/** The part: its styles, the parser of its attributes, and the render. */
export default { styles, parse: parseTicker, render };
export type Ticker = { styles: typeof styles; parse: typeof parseTicker; render: typeof render };
