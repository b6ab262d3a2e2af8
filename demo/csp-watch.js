/**
 * Counts Content-Security-Policy violations on the strict-CSP page and lists each one. Loaded
 * as the page's first script, before the appeal's module, so it sees whatever the appeal does.
 */
const count = /** @type {HTMLElement} */ (document.getElementById('csp-count'));
const verdict = /** @type {HTMLElement} */ (document.getElementById('csp-verdict'));
const list = /** @type {HTMLUListElement} */ (document.getElementById('csp-list'));
let violations = 0;

document.addEventListener('securitypolicyviolation', (event) => {
  violations += 1;
  count.textContent = String(violations);
  count.classList.replace('csp-ok', 'csp-bad');
  verdict.textContent = '(see below; details on the console)';
  const item = document.createElement('li');
  const where = event.sourceFile ? ` in ${event.sourceFile}:${event.lineNumber}` : '';
  item.textContent = `${event.effectiveDirective}: blocked ${event.blockedURI || '(inline)'}${where}${event.sample ? ` — ${event.sample}` : ''}`;
  list.append(item);
});

// Show the policy this page really runs under, from its own meta tag.
const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
const listing = document.getElementById('csp-policy');
if (policy && listing) listing.textContent = policy.getAttribute('content') ?? '';
