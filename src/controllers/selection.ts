/**
 * The reader's choice: the frequency and the amount (a tier, or the Other field's), announced
 * with `support-appeal-select`. It follows the attributes: a new `frequency`, `frequencies` or
 * `default-amount` preselects anew, and a choice the attributes no longer offer gives way to
 * the default; otherwise the reader's choice stays. It needs no lifecycle of its own: the host
 * hands it the parsed attributes in `willUpdate`, which runs on the server too (where Lit skips
 * controllers' `hostUpdate`), so the server renders the same preselection.
 */
import type { ReactiveControllerHost } from 'lit';
import { emit, type SupportAppealSelectDetail } from '../events.js';
import { defaultAmountFor, type AppealConfig, type Frequency } from '../parse.js';

export class SelectionController {
  _frequency: Frequency = 'monthly';
  /** The selected amount; NaN while the Other field holds none. */
  _amount = NaN;
  /** The Other tier is selected (with `custom-amount`). */
  _other = false;
  private _config: AppealConfig | undefined;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {}

  /** What the events tell: the campaign, amount, currency and frequency. */
  get _choice(): SupportAppealSelectDetail {
    const { campaign, currency } = this._config!;
    return { campaign, amount: this._amount, currency, frequency: this._frequency };
  }

  /**
   * Takes the attributes as parsed for this update (in `willUpdate`, so on the server too), and
   * whether the Other tier is offered.
   */
  _sync(config: AppealConfig, custom: boolean): void {
    const previous = this._config;
    this._config = config;
    if (
      !previous ||
      previous.frequency !== config.frequency ||
      previous.frequencies.join() !== config.frequencies.join() ||
      !config.frequencies.includes(this._frequency)
    ) {
      this._frequency = config.frequency;
    }
    this._other &&= custom;
    if (!previous || previous.defaultAmount !== config.defaultAmount || !(this._other || config.amounts[this._frequency].includes(this._amount))) {
      this._amount = defaultAmountFor(config, this._frequency);
      this._other = false;
    }
  }

  _selectFrequency(frequency: Frequency): void {
    if (frequency === this._frequency) return;
    this._frequency = frequency;
    // Keep the reader's amount when the new frequency offers it too, or it is their own.
    if (!this._other && !this._config!.amounts[frequency].includes(this._amount)) this._amount = defaultAmountFor(this._config!, frequency);
    this._changed(true);
  }

  /** Selects a tier, or the Other tier's amount (`other`); announces it when it changed, unless told. */
  _selectAmount(amount: number, other = false, announce = amount !== this._amount || other !== this._other): void {
    this._amount = amount;
    this._other = other;
    this._changed(announce);
  }

  private _changed(announce: boolean): void {
    this._host.requestUpdate();
    if (announce) emit(this._host, 'support-appeal-select', this._choice);
  }
}
