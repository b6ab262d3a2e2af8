/**
 * The appeal's controls as pure templates: what they show comes in as arguments, what they do
 * as listeners, which Lit calls with the element as `this` (its render's `host`).
 */
import { html, nothing } from 'lit';
import type { CheckoutTarget, Frequency } from './parse.js';

type Listener<E extends Event = Event> = (event: E) => void;

/** The close button (with `dismissible`). */
export const closeButton = (label: string, onClose: Listener) =>
  html`<button part="close" class="close" type="button" aria-label=${label} @click=${onClose}>
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2" /></svg>
  </button>`;

/** The support button: a link to the checkout when there is one, else a button that asks for an amount. */
export const checkoutControl = (href: string | null, target: CheckoutTarget, label: unknown, onClick: Listener, onAuxClick: Listener<MouseEvent>) =>
  href
    ? html`<a
        part="cta"
        class="cta"
        href=${href}
        target=${target}
        rel=${target === '_blank' ? 'noopener noreferrer' : nothing}
        @click=${onClick}
        @auxclick=${onAuxClick}
        >${label}</a
      >`
    : html`<button part="cta" class="cta" type="button" @click=${onClick}>${label}</button>`;

/** The frequency switch: one button per offered frequency, none when only one is offered. */
export const frequencySwitch = (
  label: string,
  offered: Frequency[],
  name: (frequency: Frequency) => unknown,
  selected: Frequency,
  select: (f: Frequency) => void,
) =>
  offered.length > 1
    ? html`<div part="frequencies" class="frequencies" role="group" aria-label=${label}>
        ${offered.map((f) => html`<button type="button" aria-pressed=${f === selected} @click=${() => select(f)}>${name(f)}</button>`)}
      </div>`
    : nothing;

/** The amount tiers (`selected`: the pressed one, NaN for none), and after them what `extra` adds (the Other tier). */
export const amountTiers = (
  label: string,
  tiers: number[],
  money: (amount: number) => string,
  selected: number,
  select: (amount: number) => void,
  extra: unknown,
) =>
  html`<div part="tiers" class="tiers" role="group" aria-label=${label}>
    ${tiers.map(
      (tier) =>
        html`<button part="tier" class="tier" type="button" aria-pressed=${tier === selected} @click=${() => select(tier)}>${money(tier)}</button>`,
    )}${extra}
  </div>`;
