// React 19 with the package's JSX types (support-appeal/react), type-checked by pack:check
// against the packed package: no hand-written declaration. Each @ts-expect-error must stay an
// error, so a type that stops checking fails `tsc -p test/consumer`.
import type {} from 'support-appeal/react';

export const appeal = (
  <support-appeal
    campaign="spring"
    amounts="2,5,10"
    checkout-url="/donate?amount={amount}"
    dismissible
    onsupport-appeal-checkout={(event) => {
      const url: string | null = event.detail.url;
      if (url) event.preventDefault();
    }}
    onsupport-appeal-snooze={(event) => console.log(event.detail.until, event.detail.stored)}
  />
);

// A ref callback gets the element, typed, and may return its cleanup (React 19): the way to
// listen where React does not attach on… props, as when it hydrates server-rendered markup.
export const withRef = (
  <support-appeal
    ref={(appeal) => {
      if (!appeal) return;
      const onCheckout = (event: HTMLElementEventMap['support-appeal-checkout']) => event.preventDefault();
      appeal.addEventListener('support-appeal-checkout', onCheckout);
      appeal.snooze(1);
      return () => appeal.removeEventListener('support-appeal-checkout', onCheckout);
    }}
  />
);

// @ts-expect-error a ref to the appeal is not a ref to an input
export const wrongRef = <support-appeal ref={(input: HTMLInputElement | null) => input?.select()} />;

// @ts-expect-error campaign is text, not a number
export const numberCampaign = <support-appeal campaign={42} />;

// @ts-expect-error the checkout event has no `amount` field of type string
export const wrongDetail = <support-appeal onsupport-appeal-checkout={(event) => event.detail.amount.toUpperCase()} />;

// @ts-expect-error no such attribute
export const unknownAttribute = <support-appeal campain="spring" />;
