import { expect } from '@open-wc/testing';

/** Adds a classic script tag for the IIFE bundle and waits for it to run. */
export function loadClassic(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `/dist/support-appeal.iife.js?${Math.random()}`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('could not load the classic bundle'));
    document.head.append(script);
  });
}

/** Collects uncaught errors until `expectNone()`. */
export function watchErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  window.addEventListener('error', onError);
  return {
    expectNone() {
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
    },
  };
}

/** Puts an appeal in the page and waits for the defined element's first render. */
export async function renderedAppeal(): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const el = document.createElement('support-appeal');
  el.setAttribute('campaign', `bundle-${Math.random()}`);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/**
 * Drives a built appeal through the reader's path, to catch what minification might break:
 * choose a frequency and an amount, check out (cancelled), then Remind me later and its
 * confirmation, and the stored snooze.
 */
export async function expectReaderPathWorks(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  const root = el.shadowRoot!;
  const events: string[] = [];
  for (const type of ['support-appeal-select', 'support-appeal-checkout', 'support-appeal-snooze']) {
    el.addEventListener(type, (event) => {
      events.push(`${type.slice(15)} ${JSON.stringify((event as CustomEvent).detail)}`);
      if (type === 'support-appeal-checkout') event.preventDefault();
    });
  }
  el.setAttribute('checkout-url', '/give?a={amount}&f={frequency}');
  await el.updateComplete;
  // Minification keeps the space between the intro's last sentence and the ask.
  expect(root.querySelector('[part="message"]')!.textContent).to.contain('world of difference. Please support us monthly');
  root.querySelectorAll<HTMLButtonElement>('[part="frequencies"] button')[2]!.click();
  await el.updateComplete;
  root.querySelectorAll<HTMLButtonElement>('[part="tier"]')[2]!.click();
  await el.updateComplete;
  expect(root.querySelector('[part="message"]')!.textContent).to.contain('annually starting from just $2');
  root.querySelector<HTMLElement>('[part="cta"]')!.click();
  root.querySelector<HTMLButtonElement>('[part="remind"]')!.click();
  await el.updateComplete;
  const campaign = el.getAttribute('campaign');
  expect(events.map((e) => e.replace(/"until":\d+/, '"until":0'))).to.deep.equal([
    `select {"campaign":"${campaign}","amount":5,"currency":"USD","frequency":"annual"}`,
    `select {"campaign":"${campaign}","amount":10,"currency":"USD","frequency":"annual"}`,
    `checkout {"campaign":"${campaign}","amount":10,"currency":"USD","frequency":"annual","url":"${location.origin}/give?a=10&f=annual"}`,
    `snooze {"campaign":"${campaign}","until":0,"stored":true}`,
  ]);
  expect(root.querySelector('[role="status"]')!.textContent).to.match(/^Thank you\. We'll remind you on /);
  expect(JSON.parse(localStorage.getItem(`support-appeal:${campaign}`)!).reason).to.equal('snooze');
}
