/**
 * The schedule and countdown (`starts`, `ends`): the appeal shows from `starts` through `ends`
 * only, hidden with reason `schedule` outside them (`until` the start, or null once ended), and
 * shows or hides by itself when the moment passes while the page is open: one timer per appeal,
 * set for the next of the two moments, cleared when the appeal leaves the page. `{days-left}`
 * fills in the reader's calendar days from today to the `ends` day (0 on the last day), and with
 * `ends` seven days away or less the built-in copy gains "3 days left" / "Last day".
 *
 * Loaded on demand (../parts.ts) only by appeals with either attribute, before their first
 * render, so an appeal outside its dates never shows first and hides after.
 */
import type { CountdownCopy } from '../copy.js';
import { fillIn, intl, plural, readers, type AppealConfig, type Parsed, type RawAttributes, type Warning } from '../parse.js';
import type { Suppression } from '../storage.js';
import type { FeatureContext, Plugin, PluginHost, PluginOptions, PluginState } from './feature.js';

const en: CountdownCopy = {
  daysLeft: { one: '{days} day left', other: '{days} days left' },
  lastDay: 'Last day',
};

const css = String.raw;
const styles = css`
  .countdown {
    margin: 0 0 0.5em;
    font-size: 0.875em;
    font-weight: 600;
  }
`;

/** The dates, as moments: the first one shown, and the first one past the end (both in ms). */
export interface ScheduleConfig {
  starts: number | undefined;
  ends: number | undefined;
}

/** What the schedule makes of an update: why the appeal waits (or null), and the days left. */
export interface Countdown extends PluginState {
  /** Hidden before `starts` (until then) and after `ends` (for good); null in between. */
  wait: Suppression | null;
  /** Calendar days from today to the `ends` day, 0 on it; undefined without `ends`. */
  daysLeft: number | undefined;
  /** Whether the built-in line shows: `ends` a week away or less, and no `{days-left}` in the site's own heading and message. */
  line: boolean;
}

// A date (2026-12-24) or a date and time (2026-12-24T18:00, :30, .250, Z, +01:00), as ISO 8601 writes them.
const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?(?:Z|[+-]\d\d:\d\d)?)?$/;

/**
 * A moment from an ISO 8601 date or date-time, or undefined. A date alone is the reader's local
 * day: its start, or with `end`, the start of the next day; a date-time without an offset is
 * the reader's local time too. Dates that do not exist (February 30) are refused.
 */
export function moment(text: string, end = false): number | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const [whole, y, m, d] = match as unknown as [string, string, string, string];
  const day = new Date(+y, +m - 1, +d + (end && whole.length === 10 ? 1 : 0));
  // `Date` rolls 2026-02-30 over into March, and month 13 into January: a day that rolled is not one.
  const check = new Date(+y, +m - 1, +d);
  if (check.getDate() !== +d || check.getMonth() !== +m - 1) return undefined;
  const at = whole.length === 10 ? day.getTime() : Date.parse(whole);
  return Number.isFinite(at) ? at : undefined;
}

/**
 * `starts` and `ends`: each a moment, or undefined with a warning when it is not a date. Both
 * are ignored, with a warning, when `ends` comes before `starts`.
 */
function parseSchedule(raw: RawAttributes): Parsed<ScheduleConfig> {
  const warnings: Warning[] = [];
  const { warn, pick } = readers(warnings);
  const reason = 'expected an ISO 8601 date (2026-12-24) or date and time (2026-12-24T18:00Z); ignored';
  const starts = pick('starts', raw.starts, (t) => moment(t), reason);
  const ends = pick('ends', raw.ends, (t) => moment(t, true), reason);
  if (starts !== undefined && ends !== undefined && ends <= starts) {
    warn('ends', String(raw.ends), `it is not after starts (${String(raw.starts)}); the schedule is ignored`);
    return { config: { starts: undefined, ends: undefined }, warnings };
  }
  return { config: { starts, ends }, warnings };
}

/** The local day's number, counting whole days from the epoch in the reader's time zone. */
const dayOf = (at: number) => {
  const date = new Date(at);
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000;
};

/** `setTimeout` holds 2^31 - 1 ms at most (24.8 days): a moment further away is checked again then. */
const LONGEST = 2 ** 31 - 1;

/** Each appeal's one timer, for the next moment of its schedule. */
const timers = new WeakMap<PluginHost, ReturnType<typeof setTimeout>>();

/** The appeals whose timers are watched: a timer is cleared when its appeal leaves the page, and set again when it is back. */
const watched = new WeakSet<PluginHost>();

function watch(host: PluginHost): void {
  if (watched.has(host)) return;
  watched.add(host);
  host.addController({ hostDisconnected: () => clearTimeout(timers.get(host)), hostConnected: () => host.requestUpdate() });
}

/**
 * For one update of `host`: whether the appeal waits for its dates, the days left, and
 * `{days-left}` filled in the heading, message and ticker text. Sets the one timer for the
 * next moment of the schedule.
 */
function apply(
  host: PluginHost,
  parse: <T>(parser: (raw: RawAttributes) => Parsed<T>) => T,
  config: AppealConfig,
  { ticker, locale }: PluginOptions,
): Countdown {
  const { starts, ends } = parse(parseSchedule);
  const now = Date.now();
  watch(host);
  clearTimeout(timers.get(host));
  const next = [starts, ends].find((at): at is number => at !== undefined && at > now);
  if (next !== undefined && host.isConnected)
    timers.set(
      host,
      setTimeout(() => host.requestUpdate(), Math.min(next - now, LONGEST)),
    );
  const wait: Suppression | null =
    starts !== undefined && now < starts
      ? { reason: 'schedule', until: starts }
      : ends !== undefined && now >= ends
        ? { reason: 'schedule', until: null }
        : null;
  // The `ends` day is the last one shown: the day of the moment just before the end.
  const daysLeft = ends === undefined ? undefined : Math.max(0, dayOf(ends - 1) - dayOf(now));
  let own = false;
  if (daysLeft !== undefined) {
    const days = intl(Intl.NumberFormat, locale).format(daysLeft);
    own = fillIn(config, ticker, '{days-left}', days);
  }
  return { wait, daysLeft, line: !own && daysLeft !== undefined && daysLeft <= 7 };
}

/** The built-in line, "3 days left" or "Last day", in the copy's language (or English), when `countdown.line` says it shows. */
function line({ html, nothing, locale, copy }: FeatureContext, countdown: Countdown) {
  if (!countdown.line) return nothing;
  // Each string from the copy, or English where it has none (a site's partial translation).
  const strings = { ...en, ...copy } as CountdownCopy;
  const lang = copy.daysLeft ? locale : 'en';
  const days = countdown.daysLeft!;
  const text = days ? plural(strings.daysLeft, days, lang).replace('{days}', intl(Intl.NumberFormat, lang).format(days)) : strings.lastDay;
  return html`<p part="countdown" class="countdown" lang=${lang}>${text}</p>`;
}

/** The part: a plugin (the schedule's decision and timer, the built-in line and its styles). */
export default { apply, line, styles } satisfies Plugin<Countdown>;
