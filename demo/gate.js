// The gate page's reader tools: another article (a new page view with another article-id), the
// same one again, the meter's state, and the reader's opt-out (SupportAppeal.forgetHistory()).
const meter = /** @type {HTMLElement} */ (document.getElementById('meter'));
let serial = Number(sessionStorage.getItem('demo-gate-article') ?? '1');

/** A new page view of article number `n`: a fresh element where the old one was. */
function pageView(n) {
  const old = /** @type {HTMLElement} */ (document.getElementById('gate'));
  const fresh = /** @type {HTMLElement} */ (old.cloneNode(false));
  fresh.setAttribute('article-id', `demo-story-${n}`);
  old.replaceWith(fresh);
  sessionStorage.setItem('demo-gate-article', String(n));
  void show();
}

async function show() {
  const Appeal = /** @type {any} */ (await customElements.whenDefined('support-appeal'));
  const gate = /** @type {any} */ (document.getElementById('gate'));
  await gate.updateComplete;
  const read = await Appeal.articlesRead();
  const free = Number(gate.getAttribute('free-articles'));
  meter.textContent = `Article ${serial}. Read in the last 30 days: ${read} of ${free} free. ${
    document.querySelector('[data-support-appeal-locked]') ? 'The rest of this article is locked.' : 'This article is open.'
  }`;
}

document.getElementById('another')?.addEventListener('click', () => pageView(++serial));
document.getElementById('again')?.addEventListener('click', () => pageView(serial));
document.getElementById('forget-history')?.addEventListener('click', async () => {
  const Appeal = /** @type {any} */ (await customElements.whenDefined('support-appeal'));
  await Appeal.forgetHistory();
  serial = 1;
  pageView(serial);
});
document.addEventListener('support-appeal-pass', () => setTimeout(show));

document.getElementById('gate')?.setAttribute('article-id', `demo-story-${serial}`);
void show();
