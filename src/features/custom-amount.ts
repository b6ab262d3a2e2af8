/**
 * The custom amount (`custom-amount`): an "Other" tier that opens a field for the reader's own
 * amount, checked against `min-amount` (default 1) and `max-amount` (default 100000), with an
 * inline error that assistive technology announces. The field takes the locale's way of
 * writing numbers: a decimal comma where the locale writes one, its digit grouping, and
 * Arabic-Indic digits. Loaded on demand (../parts.ts) only by appeals with `custom-amount`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AmountCopy } from '../copy.js';
import { intl, parseAmountLimits, type AmountLimits } from '../parse.js';
import type { FeatureContext } from './feature.js';

/** What the field needs of the appeal: its updates, and the root the field renders in. */
export interface AmountHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

/** What the field tells the appeal. */
export interface AmountOptions {
  /**
   * Makes the Other tier the selected one with this amount (NaN while the field holds none);
   * `announce` when the reader settled on it (support-appeal-select).
   */
  select(amount: number, announce: boolean): void;
  /** The reader pressed Enter in the field: as if they pressed the support button. */
  submit(): void;
}

/** What the field renders with: the appeal's context, whether the Other tier is selected, and the bounds. */
export interface AmountContext extends FeatureContext {
  selected: boolean;
  limits: AmountLimits;
}

const en: AmountCopy = {
  other: 'Other',
  amountLabel: (currency) => `Your amount (${currency})`,
  notAmount: (example) => `Please enter an amount, such as ${example}.`,
  tooSmall: (min) => `The smallest amount is ${min}.`,
  tooLarge: (max) => `The largest amount is ${max}.`,
};

/** Tagged `css` so that the build minifies it as CSS; String.raw keeps the text as written. */
const css = String.raw;
const styles = css`
  .other {
    flex-basis: 100%;
    /* Lets large text shrink the field to the appeal's width rather than overflow it. */
    min-width: 0;
  }
  .other label {
    display: block;
    margin-block-end: 0.25em;
  }
  .other input {
    box-sizing: border-box;
    width: 12em;
    max-width: 100%;
    min-height: 44px;
    padding: 0 0.75em;
    border: 1px solid #6b6b6b;
    border-radius: var(--_radius);
    background: #ffffff;
    color: #1c1c1c;
    font: inherit;
  }
  .other [aria-invalid='true'] {
    border: 2px solid #b3261e;
  }
  .error {
    margin: 0.25em 0 0;
    font-weight: 600;
  }
  /* Rendered while empty: a live region announces reliably only if it exists before its message. */
  .error:empty {
    margin: 0;
  }
`;

/** Western digits for the Arabic-Indic (٠–٩) and Persian (۰–۹) ones. */
const westernDigits = (text: string) => text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 15));

const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');

/**
 * Reads an amount as a reader of `locale` writes it, or NaN. The decimal separator is the
 * locale's (a comma in de, fr, es and ru), and a point is read as one too; groups of three
 * digits may be set off by the locale's group separator (a point in de: "1.000,50") or by
 * spaces; Arabic-Indic and Persian digits count as digits. At most `decimals` digits may follow
 * the separator (the currency's: 2 for USD, 0 for JPY).
 */
export function parseAmount(text: string, locale: string, decimals: number): number {
  const part = (type: string) =>
    intl(Intl.NumberFormat, locale)
      .formatToParts(12345.6)
      .find((p) => p.type === type)?.value ?? '.';
  const [group, decimal] = [escape(part('group')), escape(part('decimal'))];
  // Spaces of any kind (fr and ru group with narrow or no-break ones) only ever group digits.
  const compact = westernDigits(text).replace(/\s/g, '');
  const match = new RegExp(`^(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:[.${decimal}](\\d+))?$`).exec(compact);
  if (!match || (match[2] ?? '').length > decimals) return NaN;
  return Number(`${match[1]!.replace(/\D/g, '')}.${match[2] ?? 0}`);
}

/** The amount in the field, and the error to show for it (undefined when it is usable). */
function check(context: AmountContext, text: string): { amount: number; error: string | undefined } {
  const copy = { ...en, ...context.copy };
  const { min, max } = context.limits;
  const decimals = intl(Intl.NumberFormat, 'en', { style: 'currency', currency: context.currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const amount = parseAmount(text, context.locale, decimals);
  const example = intl(Intl.NumberFormat, context.locale, { minimumFractionDigits: decimals }).format(decimals ? 12.5 : 25);
  const error = !(amount >= 0)
    ? copy.notAmount(example)
    : amount < min
      ? copy.tooSmall(context.money(min))
      : amount > max
        ? copy.tooLarge(context.money(max))
        : undefined;
  return { amount: error ? NaN : amount, error };
}

/**
 * The Other tier, and the field under the tiers while it is selected: a controller of the
 * appeal, holding what the reader typed for as long as the appeal lives.
 */
export class AmountField implements ReactiveController {
  /** What the reader typed. */
  private _text = '';
  /** Whether its error shows: once they left the field they typed in, or pressed Support. */
  private _shown = false;
  /** The last amount announced with support-appeal-select. */
  private _announced = NaN;
  /** Focus moves to the field once the update that renders it is done. */
  private _focus = false;

  constructor(
    private readonly _host: AmountHost,
    private readonly _options: AmountOptions,
  ) {
    _host.addController(this);
  }

  /**
   * Passes the field's amount to the appeal. Announced (support-appeal-select) when the reader
   * selects the Other tier with an amount in it (`opening`), or leaves the field with a new one
   * (`settled`); not per keystroke.
   */
  private _update(context: AmountContext, settled: boolean, opening = false): void {
    const { amount } = check(context, this._text);
    const announce = amount >= 0 && (opening || (settled && amount !== this._announced));
    if (announce) this._announced = amount;
    this._options.select(amount, announce);
    this._host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this._focus) return;
    this._focus = false;
    this._host.renderRoot.querySelector<HTMLInputElement>('#amount')?.focus();
  }

  render(context: AmountContext) {
    const { html, nothing } = context;
    const copy = { ...en, ...context.copy };
    const { error } = check(context, this._text);
    const open = () => {
      this._focus = true;
      this._update(context, false, !context.selected);
    };
    return html`<button part="tier" class="tier" type="button" aria-pressed=${context.selected} @click=${open}>${copy.other}</button>${
      context.selected
        ? html`<div class="other">
            <label for="amount">${copy.amountLabel(context.currency)}</label>
            <input
              id="amount"
              part="custom-amount"
              inputmode="decimal"
              autocomplete="off"
              .value=${this._text}
              aria-invalid=${this._shown && !!error}
              aria-describedby="amount-error"
              @input=${(event: InputEvent) => {
                this._text = (event.target as HTMLInputElement).value;
                this._update(context, false);
              }}
              @change=${() => {
                // An error shows once the reader leaves a field they typed in, not while they type.
                this._shown = !!this._text.trim();
                this._update(context, true);
              }}
              @keydown=${(event: KeyboardEvent) => {
                if (event.key === 'Enter') this._options.submit();
              }}
            />
            <p id="amount-error" class="error" aria-live="polite">${this._shown ? error : ''}</p>
          </div>`
        : nothing
    }`;
  }

  /**
   * Before checkout with the Other tier selected: true when the field holds a usable amount;
   * otherwise shows its error and moves focus to the field.
   */
  ready(context: AmountContext): boolean {
    if (!check(context, this._text).error) return true;
    this._shown = true;
    this._focus = true;
    this._host.requestUpdate();
    return false;
  }
}

/** The part: its styles, the parser of `min-amount` and `max-amount`, and the field. */
export default { styles, parse: parseAmountLimits, AmountField };
export type CustomAmount = { styles: typeof styles; parse: typeof parseAmountLimits; AmountField: typeof AmountField };
