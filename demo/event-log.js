/**
 * The event log of the demo page. Runs before the element's module (see index.html), so the
 * listeners on `document` hear every event from the first `support-appeal-show` on: they bubble
 * and are composed. The "Cancel …" checkbox makes the cancelable ones call preventDefault().
 *
 * The element's warnings about values it cannot use (`console.warn('<support-appeal>: …')`)
 * are copied into the log too, so trying a bad value in the configurator shows what happens.
 */

const EVENTS = [
  'support-appeal-show',
  'support-appeal-view',
  'support-appeal-select',
  'support-appeal-checkout',
  'support-appeal-snooze',
  'support-appeal-dismiss',
  'support-appeal-supported',
  'support-appeal-gate',
  'support-appeal-pass',
];
/** Every event but these three has a default action to cancel. */
const CANCELABLE = new Set(EVENTS.filter((type) => !/-(show|view|select)$/.test(type)));
const MAX_ENTRIES = 200;

const log = /** @type {HTMLOListElement} */ (document.getElementById('log'));
/** The scrolling box around the list, which is also the live region. */
const box = /** @type {HTMLElement} */ (document.getElementById('log-box'));
const cancel = /** @type {HTMLInputElement} */ (document.getElementById('cancel'));

/** 14:03:27.418 */
function clock(date) {
  const pad = (n, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

/** Adds one entry: the time, a label in bold, then text parts (a string, or [text, className]). */
function addEntry(label, parts, className) {
  const now = new Date();
  const item = document.createElement('li');
  if (className) item.className = className;
  const time = document.createElement('time');
  time.dateTime = now.toISOString();
  time.textContent = clock(now);
  const type = document.createElement('span');
  type.className = 'type';
  type.textContent = label;
  item.append(time, ' ', type);
  for (const part of parts) {
    item.append(' ');
    if (typeof part === 'string') {
      item.append(part);
    } else {
      const span = document.createElement('span');
      span.textContent = part[0];
      span.className = part[1];
      item.append(span);
    }
  }
  log.append(item);
  while (log.childElementCount > MAX_ENTRIES) log.firstElementChild?.remove();
  box.scrollTop = box.scrollHeight;
}

for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    if (cancel.checked && CANCELABLE.has(type)) event.preventDefault();
    const detail = /** @type {CustomEvent} */ (event).detail;
    const parts = [JSON.stringify(detail)];
    // `until` is in ms since the epoch; say the date too.
    if (detail && typeof detail.until === 'number') parts.push(`(until ${new Date(detail.until).toLocaleString('en-GB')})`);
    if (event.defaultPrevented) parts.push(['(cancelled)', 'cancelled']);
    addEntry(type, parts);
  });
}

// Warnings from the element, shown in the log as well as on the console.
const warn = console.warn.bind(console);
console.warn = (...args) => {
  warn(...args);
  if (typeof args[0] === 'string' && args[0].startsWith('<support-appeal>')) {
    addEntry('console.warn', [args[0].replace(/^<support-appeal>:\s*/, '')], 'warning');
  }
};

document.getElementById('clear-log')?.addEventListener('click', () => log.replaceChildren());
