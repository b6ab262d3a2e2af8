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

// @ts-expect-error campaign is text, not a number
export const numberCampaign = <support-appeal campaign={42} />;

// @ts-expect-error the checkout event has no `amount` field of type string
export const wrongDetail = <support-appeal onsupport-appeal-checkout={(event) => event.detail.amount.toUpperCase()} />;

// @ts-expect-error no such attribute
export const unknownAttribute = <support-appeal campain="spring" />;
