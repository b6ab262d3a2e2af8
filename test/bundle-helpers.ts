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
