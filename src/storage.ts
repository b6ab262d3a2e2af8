/**
 * Everything the appeal remembers, and the only module that touches localStorage.
 *
 * One key per campaign, `support-appeal:<campaign>`, holding `{ v, at, reason, until, views }`:
 * the format version, when the suppression was written, why the appeal is suppressed, until
 * when (ms since the epoch), and, for `max-views`, when the reader saw it (each field
 * optional). One key for the reading history, `support-appeal:history`, holding `{ v, a }`: for
 * each article read (a short hash of its id), the minute of its latest read (minutes since the
 * epoch), at most the newest 100 within a year. Storage may throw on access (blocked, sandboxed), be missing, refuse writes
 * (quota, old Safari private mode), drop writes silently, or hold junk. None of that reaches the
 * page: what cannot be stored is kept in memory for this page view instead.
 */

export type Reason = 'snooze' | 'dismiss' | 'checkout' | 'supported' | 'cap' | 'articles' | 'schedule';

/**
 * Why and until when (ms since the epoch) the appeal is not shown; `until` is null for
 * `articles` (until the reader has read `min-articles`), which has no end date.
 */
export interface Suppression {
  reason: Reason;
  until: number | null;
}

/** The reasons that are stored, each with its own longest duration. */
export type Limit = 'snooze' | 'dismiss' | 'checkout' | 'supported';
/** The longest each stored reason may last, in days: `snoozeDays` for a snooze, and so on. */
export type Limits = Record<`${Limit}Days`, number>;

/** The frequency cap: at most `maxViews` views within `windowDays` days. */
export interface Cap {
  maxViews: number;
  windowDays: number;
  /** `consent="required"`: views are counted only after `grantConsent()`. */
  consent?: boolean;
}

/** What is stored, as read back: anything but `v` may be missing or junk. */
interface StoredRecord {
  v: number;
  at?: unknown;
  reason?: unknown;
  until?: unknown;
  views?: unknown;
}

const VERSION = 1;
export const DAY = 86_400_000;
const STORED_REASONS: readonly string[] = ['snooze', 'dismiss', 'checkout', 'supported'];

type Watcher = { campaign: string; onChange: () => void };

/**
 * What every copy of this code on the page shares (the module file in the template and the
 * classic file from a tag manager, say), found under one `Symbol.for` key: the values that could
 * not be written to (or removed from) localStorage ('' means "nothing"), and the appeals
 * watching their campaign, so that a write by one copy reaches the appeals of every other.
 */
interface Shared {
  memory: Map<string, string>;
  watchers: Set<Watcher>;
  onStorage?: (event: StorageEvent) => void;
  /** The write failures already reported: each once per page. */
  warned: Set<string>;
  /** `grantConsent()` was called on this page (and not revoked since). */
  consent?: boolean;
  /** What each copy's reading history does when consent is granted or revoked (see `onConsent`). */
  consented?: Set<() => void>;
}
const shared: Shared = ((globalThis as { [key: symbol]: Shared })[Symbol.for('support-appeal.storage.v1')] ??= {
  memory: new Map(),
  watchers: new Set(),
  warned: new Set(),
});
const { memory, watchers } = shared;

export const keyFor = (campaign: string) => `support-appeal:${campaign}`;
/** The reading history's key: `keyFor()` of a name no campaign may take (parse.ts refuses it). */
const HISTORY = keyFor('history');

function storage(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

function readRaw(key: string): string | null {
  if (memory.has(key)) return memory.get(key)!;
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Writes to localStorage, and says why it could not (null once the value reads back): the
 * value is then kept in memory, for this page view.
 */
function tryWrite(key: string, value: string): string | null {
  try {
    const s = window.localStorage;
    if (!s) return 'missing';
    s.setItem(key, value);
    // Some browsers accept the write and keep nothing: believe only what reads back.
    return s.getItem(key) === value ? null : 'a write not kept';
  } catch (error) {
    // QuotaExceededError; SecurityError where the page may not use it.
    return (error as Error | null)?.name || String(error);
  }
}

function writeRaw(key: string, value: string): void {
  const problem = tryWrite(key, value);
  if (!problem) {
    memory.delete(key);
    return;
  }
  memory.set(key, value);
  if (!shared.warned.has(problem)) {
    shared.warned.add(problem);
    console.warn(`<support-appeal>: localStorage failed (${problem}); the reader's choices last for this page view only.`);
  }
}

/** Not `keyFor()`: no campaign can be named so. */
const PROBE = 'support-appeal.probe';

/**
 * Whether a choice written now will outlast this page: a write of a record's size that reads
 * back (and is removed again). The snooze and dismiss events say so before anything is written.
 */
export function persists(): boolean {
  const kept = !tryWrite(PROBE, '0'.repeat(80));
  try {
    storage()?.removeItem(PROBE);
  } catch {
    // Nothing was kept, then.
  }
  return kept;
}

function removeRaw(key: string): void {
  try {
    storage()?.removeItem(key);
    memory.delete(key);
  } catch {
    memory.set(key, '');
  }
}

function decode(campaign: string): StoredRecord | null {
  try {
    // Any JSON: null and primitives have no `v` either.
    const record = JSON.parse(readRaw(keyFor(campaign))!) as StoredRecord | null;
    if (record?.v === VERSION) return record;
  } catch {
    // Not JSON: the same as nothing stored.
  }
  return null;
}

/** The stored views inside the window ending at `now`, oldest first; junk and future times dropped. */
const viewsIn = (record: StoredRecord | null, windowDays: number, now: number): number[] =>
  (Array.isArray(record?.views) ? (record.views as unknown[]) : [])
    .filter((t): t is number => Number.isFinite(t) && (t as number) <= now && (t as number) > now - windowDays * DAY)
    .sort((a, b) => a - b);

/**
 * Changes fields of the campaign's record and keeps the others: a suppression (`at`, `reason`,
 * `until`; undefined removes them) or the `views`. A record left with neither is removed.
 * `stored` is the record as read, when the caller has just read it.
 */
function write(campaign: string, fields: Omit<StoredRecord, 'v'>, stored = decode(campaign)): void {
  const record = { ...stored, ...fields, v: VERSION };
  if (record.reason || (record.views as unknown[] | undefined)?.length) writeRaw(keyFor(campaign), JSON.stringify(record));
  else removeRaw(keyFor(campaign));
}

/**
 * The campaign's current suppression, or null. A stored suppression never lasts longer than
 * its reason's limit counted from when it was written; a record whose write time is missing or
 * in the future counts from now, and is rewritten so that "now" stays the first sighting.
 * Expired records are removed.
 */
export function loadSuppression(campaign: string, limits: Limits, now: number): Suppression | null {
  const record = decode(campaign);
  const reason = record?.reason as Limit;
  // Number.isFinite is false for anything but a finite number.
  if (!STORED_REASONS.includes(reason) || !Number.isFinite(record!.until)) return null;
  const known = Number.isFinite(record!.at) && (record!.at as number) <= now;
  const at = known ? (record!.at as number) : now;
  const until = Math.min(record!.until as number, at + limits[`${reason}Days`] * DAY);
  if (until <= now) {
    write(campaign, { at: undefined, reason: undefined, until: undefined }, record);
    return null;
  }
  if (!known) write(campaign, { at, reason, until }, record);
  return { reason, until };
}

/**
 * The frequency cap's suppression: once `maxViews` stored views fall inside the window, until
 * enough of them age out of it; null below the cap.
 */
export function loadCap(campaign: string, { maxViews, windowDays }: Cap, now: number): Suppression | null {
  const views = viewsIn(decode(campaign), windowDays, now);
  return views.length < maxViews ? null : { reason: 'cap', until: views[views.length - maxViews]! + windowDays * DAY };
}

/**
 * Counts a view toward the cap (with consent, where it is required), keeping only the newest
 * `maxViews` inside the window. The other
 * appeals of the campaign are not told: a cap reached now applies from the next page view.
 */
export function saveView(campaign: string, { maxViews, windowDays, consent }: Cap, now: number): void {
  if (!mayRecord(consent)) return;
  const record = decode(campaign);
  write(campaign, { views: [...viewsIn(record, windowDays, now), now].slice(-maxViews) }, record);
}

/** Stores a suppression of `days` from now and returns it. */
export function saveSuppression(campaign: string, reason: Limit, days: number, now: number): Suppression {
  const until = now + days * DAY;
  write(campaign, { at: now, reason, until });
  notify(campaign);
  return { reason, until };
}

/** A stored map, or undefined for anything else (an array, null, a primitive). */
const mapOf = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);

/**
 * The stored reading history: `a`, article (hash) → minute of its latest read, and `p`, the
 * metered gate's passes, campaign → the minutes they were used. Junk is an empty history.
 */
function readReading(): { a: Record<string, unknown>; p: Record<string, unknown> } {
  try {
    const raw = readRaw(HISTORY)!;
    // Ours is under 4 KB: anything far larger is not, and is not parsed.
    const record = raw.length < 1e4 && (JSON.parse(raw) as StoredRecord & { a?: unknown; p?: unknown });
    const a = record && record.v === VERSION && mapOf(record.a);
    if (a) return { a, p: mapOf(record.p) ?? {} };
  } catch {
    // Nothing, or not JSON.
  }
  return { a: {}, p: {} };
}

const writeReading = (a: Record<string, unknown>, p: Record<string, unknown>) => writeRaw(HISTORY, JSON.stringify({ v: VERSION, a, p }));

/** The stored reading history: article (hash) → minute of its latest read. */
export const readHistory = (): Record<string, unknown> => readReading().a;

/** Whether `t` is a minute of a read within `days` days before `now`: not junk, not in the future. */
const within = (t: unknown, days: number, now: number): t is number => typeof t === 'number' && t * 6e4 <= now && t * 6e4 > now - days * DAY;

/** How many of `history`'s articles were read within `days` days before `now`, up to the 100 it keeps. */
export const countIn = (history: Record<string, unknown>, days: number, now: number): number =>
  Math.min(100, Object.values(history).filter((t) => within(t, days, now)).length);

/** The gate passes of `campaign` used within `days` days before `now`: the last year's, newest last. */
const passesOf = (p: Record<string, unknown>, campaign: string, days: number, now: number): number[] =>
  (Array.isArray(p[campaign]) ? (p[campaign] as unknown[]) : []).filter((t) => within(t, days, now)) as number[];

/**
 * Records a read of `article` (its hash) at `now`: the history keeps the newest 100 articles of
 * the last 365 days, nothing from the future, and the gate's passes. Returns the articles as written.
 */
export function saveRead(article: string, now: number): Record<string, unknown> {
  const { a, p } = readReading();
  const entries = Object.entries({ ...a, [article]: Math.floor(now / 6e4) })
    .filter(([, t]) => within(t, 365, now))
    .sort(([, x], [, y]) => (y as number) - (x as number))
    .slice(0, 100);
  const articles = Object.fromEntries(entries);
  writeReading(articles, p);
  return articles;
}

/** How many of the gate's passes the reader has used for `campaign` in the last `days` days. */
export const passesUsed = (campaign: string, days: number, now: number): number => passesOf(readReading().p, campaign, days, now).length;

/** Records a pass of `campaign`'s gate at `now` (the newest 100 of the last year are kept). */
export function savePass(campaign: string, now: number): void {
  const { a, p } = readReading();
  p[campaign] = [...passesOf(p, campaign, 365, now), Math.floor(now / 6e4)].slice(-100);
  writeReading(a, p);
}

/** Whether reading may be recorded for an appeal: always, or after `grantConsent()` where it is `required`. */
export const mayRecord = (required?: boolean): boolean => !required || !!shared.consent;

/**
 * `grantConsent()` and `revokeConsent()` (which also forgets), for every copy of this code on
 * the page: tells the appeals that record reading, through `onConsent`.
 */
export function setConsent(granted: boolean): void {
  shared.consent = granted;
  if (!granted) forgetReading();
  shared.consented?.forEach((callback) => callback());
}

/** Calls `callback` whenever consent is granted or revoked, by any copy of this code on the page. */
export function onConsent(callback: () => void): void {
  (shared.consented ??= new Set()).add(callback);
}

/**
 * Forgets what the reader read: the history, and the views counted for every campaign's cap.
 * Snoozes, dismissals and the rest are the reader's own requests, and stay.
 */
export function forgetReading(): void {
  removeRaw(HISTORY);
  const keys = new Set(memory.keys());
  try {
    const s = storage()!;
    for (let i = s.length; i--;) keys.add(s.key(i)!);
  } catch {
    // Only what this page keeps in memory, then.
  }
  for (const key of keys) {
    const campaign = key.slice(15);
    const record = keyFor(campaign) === key && key !== HISTORY ? decode(campaign) : null;
    if (record?.views) write(campaign, { views: undefined }, record);
  }
}

/** The A/B tests' key: `keyFor()` of a name no campaign may take (parse.ts refuses it). */
const TESTS = keyFor('tests');

/** The variant drawn for each A/B test, `{v:1, t: {test: variant}}`; junk is none drawn. */
export function readDraws(): Record<string, string> {
  try {
    const raw = readRaw(TESTS)!;
    const record = raw.length < 1e4 && (JSON.parse(raw) as { v?: unknown; t?: unknown });
    const draws = record && record.v === VERSION ? mapOf(record.t) : undefined;
    if (draws) return Object.fromEntries(Object.entries(draws).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    // Nothing, or not JSON.
  }
  return {};
}

/** Keeps the variant drawn for `test` (`undefined` forgets it), beside the other tests'. */
export function saveDraw(test: string, variant: string | undefined): void {
  const t = { ...readDraws(), [test]: variant };
  if (variant === undefined) delete t[test];
  writeRaw(TESTS, JSON.stringify({ v: VERSION, t }));
}

/** Whether what was last written for the campaign reached localStorage, rather than only this page's memory. */
export const isKept = (campaign: string): boolean => !memory.has(keyFor(campaign));

/** Forgets everything stored for the campaign. */
export function clearSuppression(campaign: string): void {
  removeRaw(keyFor(campaign));
  notify(campaign);
}

/**
 * Tells the campaign's other appeals on this page (an inline one and a banner, say, of any copy
 * of this code) about a write here; the browser's `storage` event only reaches other tabs.
 * Deferred, so the appeal that wrote has finished updating itself first.
 */
function notify(campaign: string): void {
  queueMicrotask(() => {
    for (const watcher of watchers) if (watcher.campaign === campaign) watcher.onChange();
  });
}

/** Whether localStorage can be read at all: what this page keeps in memory is all it has otherwise. */
function readable(): boolean {
  try {
    storage()!.getItem('');
    return true;
  } catch {
    return false;
  }
}

function onStorage(event: StorageEvent): void {
  for (const watcher of watchers) {
    // key is null when another tab called localStorage.clear().
    if (event.key === null || event.key === keyFor(watcher.campaign)) {
      // Another tab wrote after us: its value is newer than any we kept in memory, when this
      // page can read it.
      if (readable()) memory.delete(keyFor(watcher.campaign));
      watcher.onChange();
    }
  }
}

/**
 * Calls `onChange` when what is stored for the campaign changes, in this page or another tab
 * (including the watcher's own writes: compare before acting). One `storage` listener serves
 * every appeal on the page. Returns the function that stops watching.
 */
export function watchSuppression(campaign: string, onChange: () => void): () => void {
  const watcher = { campaign, onChange };
  // The listener of whichever copy came first serves the watchers of all of them.
  if (!watchers.size) window.addEventListener('storage', (shared.onStorage ??= onStorage));
  watchers.add(watcher);
  return () => {
    watchers.delete(watcher);
    if (!watchers.size) window.removeEventListener('storage', shared.onStorage!);
  };
}
