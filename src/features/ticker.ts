/**
 * The goal ticker (`goal`, `raised`): "$6,420 of our $10,000 goal" over a bar, exposed to
 * assistive technology as a progressbar named by that text, with the percentage as its value.
 * Loaded on demand (../parts.ts) only by appeals with `goal` or `raised`.
 */
import { css, html, nothing } from 'lit';
import type { TickerCopy } from '../copy.js';
import type { FeatureContext } from './feature.js';

const en: TickerCopy = {
  goal: (raised, goal) => `${raised} of our ${goal} goal`,
};

/**
 * The bar is an SVG rectangle sized by an attribute, not a style: a page whose
 * Content-Security-Policy forbids inline styles still shows it.
 */
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

/** Reads `goal` (`positive`: above 0) or `raised` (from 0): the number, or undefined with a warning. */
function amount(context: FeatureContext, attribute: string, value: unknown, positive: boolean): number | undefined {
  const text = value === null || value === undefined ? '' : String(value);
  const n = context.decimal(text);
  if (positive ? n > 0 : n >= 0) return n;
  context.warn({
    attribute,
    value: text,
    reason: text ? `expected a number ${positive ? 'above 0' : 'from 0'}; the ticker is hidden` : 'it is missing; the ticker needs goal and raised',
  });
  return undefined;
}

/** The ticker, or nothing (with a warning) when `goal` or `raised` is missing or unusable. */
function render(context: FeatureContext) {
  const { host } = context;
  const goal = amount(context, 'goal', host.goal, true);
  const raised = amount(context, 'raised', host.raised, false);
  if (goal === undefined || raised === undefined) return nothing;
  const [r, g] = [context.money(raised), context.money(goal)];
  const template = host.goalText;
  const text =
    typeof template === 'string' && template.trim()
      ? template.replaceAll('{raised}', r).replaceAll('{goal}', g)
      : (context.copy.goal ?? en.goal)(r, g);
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

export default { styles, render };
export type Ticker = { styles: typeof styles; render: typeof render };
