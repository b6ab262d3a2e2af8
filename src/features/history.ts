/**
 * The reading history (`count-articles`, `article-id`, `articles-window-days`, `min-articles`,
 * `consent`): counts the articles the reader has read on the site, once each however often a
 * page is reloaded or how many appeals it has, and gives the appeal the count, for
 * `{articles}` in its texts, the built-in line "You've read 12 articles in the last 30 days"
 * (each language's plural forms), `min-articles`, and the events' `articles`.
 *
 * Loaded on demand (../parts.ts) only by appeals with one of those attributes, before their
 * first render, so an appeal waiting for `min-articles` never shows first and hides after. The
 * history itself is storage.ts's (all storage I/O is there): a short hash of each article's id
 * and the minute of its latest read, nothing else.
 */
import type { HistoryCopy } from '../copy.js';
import {
  CONTROL,
  consentIn,
  fillIn,
  intl,
  plural,
  readers,
  type AppealConfig,
  type HistoryConfig,
  type Parsed,
  type RawAttributes,
  type Warning,
} from '../parse.js';
import { countIn, forgetReading, mayRecord, onConsent, readHistory, saveRead, setConsent } from '../storage.js';
import type { FeatureContext, Plugin, PluginHost, PluginOptions, PluginState } from './feature.js';

const en: HistoryCopy = {
  articlesRead: { one: "You've read {articles} article {days}", other: "You've read {articles} articles {days}" },
  lastDays: { one: 'in the last day', other: 'in the last {days} days' },
};

const css = String.raw;
const styles = css`
  .articles {
    margin: 0 0 0.5em;
    font-size: 0.875em;
    font-weight: 600;
  }
`;

/** The longest `articles-window-days`: the history keeps a year. */
const HISTORY_DAYS = 365;

/**
 * The reading history's attributes (`article-id`, `articles-window-days`, `min-articles`,
 * `consent`), for an appeal that counts its article (`count-articles`, or `min-articles`, which
 * implies it). Here, with the part, so only those appeals load it.
 */
function parseHistory(raw: RawAttributes): Parsed<HistoryConfig> {
  const warnings: Warning[] = [];
  const read = readers(warnings);
  const { pick, num } = read;
  const id = pick(
    'article-id',
    raw.articleId,
    (t) => (t.trim().length <= 1000 && !CONTROL.test(t.trim()) ? t.trim() : undefined),
    'expected up to 1000 printable characters; using the canonical URL or the path',
  );
  const days =
    num(
      'articles-window-days',
      raw.articlesWindowDays,
      (n) => n > 0 && n <= HISTORY_DAYS,
      `expected a number of days above 0, up to ${HISTORY_DAYS}; using 30`,
    ) ?? 30;
  const min = num('min-articles', raw.minArticles, (n) => Number.isInteger(n) && n <= 100, 'expected a whole number from 0 to 100; using 0') ?? 0;
  return { config: { id, days, min, consent: consentIn(raw, read) }, warnings };
}

/** What the history adds to the parsed attributes, once counted (see `apply`); `wait` below `min-articles`, `detail` the count. */
export interface Reading extends HistoryConfig, PluginState {
  /** The articles read in the window, this page's included where it counts. */
  articles: number;
  /** Whether the built-in line shows: where the site's own heading and message have no `{articles}`. */
  line: boolean;
  /**
   * With a metered gate (`free`, its free articles): this article is past them, neither read
   * in the window before nor within the free ones now. It is then not recorded as read.
   */
  over: boolean;
}

/** The appeals that count, told when consent is granted or revoked; removed ones are dropped as they are found. */
const hosts = new Set<PluginHost>();
/** The articles this page view has recorded: once each, and not again after `forgetHistory()`. */
const recorded = new Set<string>();

// grantConsent() and revokeConsent(), from any copy of this code on the page: the appeals count
// again (a revoked consent records nothing more, and may be granted again).
onConsent(() => {
  if (!mayRecord(true)) recorded.clear();
  for (const appeal of hosts) {
    if (appeal.isConnected) appeal.requestUpdate();
    else hosts.delete(appeal);
  }
});

/** FNV-1a (32 bits) in base 36: the article as the history keeps it, no address stored. */
function hash(id: string): string {
  let h = 0x811c9dc5;
  for (const c of id) h = Math.imul(h ^ c.codePointAt(0)!, 16_777_619);
  return (h >>> 0).toString(36);
}

/** This page's article: `article-id`, else the canonical URL, else the path. */
const articleOf = (host: Element, id: string | undefined) =>
  id ?? (host.ownerDocument.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href || host.ownerDocument.location?.pathname || '/');

/**
 * Counts for one update of `host`: records this page's article (once per page view, and only
 * with consent where `consent="required"`), counts the articles in the window, and fills
 * `{articles}` in the heading, message and ticker text. Returns the history's attributes with
 * the count, also `config.history` (the gate's). With a metered gate, an article past its free
 * ones is not recorded: it was not read, and a reader who comes back to one of the free ones
 * finds it open.
 */
function apply(
  host: PluginHost,
  parse: <T>(parser: (raw: RawAttributes) => Parsed<T>) => T,
  config: AppealConfig,
  { ticker, locale }: PluginOptions,
): Reading {
  const history = parse(parseHistory);
  const free = config.gate?.free;
  const now = Date.now();
  hosts.add(host);
  const stored = readHistory();
  const article = hash(articleOf(host, history.id));
  const known = countIn({ article: stored[article] }, history.days, now) > 0;
  // This page's article counts while it is read, written or not.
  let articles = countIn({ ...stored, [article]: Math.floor(now / 6e4) }, history.days, now);
  const over = free !== undefined && !known && !recorded.has(article) && articles > free;
  if (over) articles--;
  else if (!recorded.has(article) && mayRecord(history.consent)) {
    recorded.add(article);
    saveRead(article, now);
  }
  const count = intl(Intl.NumberFormat, locale).format(articles);
  const own = fillIn(config, ticker, '{articles}', count);
  return (config.history = {
    ...history,
    articles,
    line: !own,
    over,
    // Below `min-articles` the appeal waits (when nothing stored hides it): it shows in the page view that reaches the count.
    wait: articles < history.min ? { reason: 'articles', until: null } : null,
    detail: { articles },
  });
}

/** The built-in line, in the copy's language (or English), when `reading.line` says it shows. */
function line({ html, nothing, locale, copy }: FeatureContext, reading: Reading) {
  if (!reading.line) return nothing;
  // Each string from the copy, or English where it has none (a site's partial translation).
  const strings = { ...en, ...copy } as HistoryCopy;
  const lang = copy.articlesRead ? locale : 'en';
  const number = (n: number) => intl(Intl.NumberFormat, lang).format(n);
  const days = plural(strings.lastDays, reading.days, lang).replace('{days}', number(reading.days));
  const text = plural(strings.articlesRead, reading.articles, lang).replace('{articles}', number(reading.articles)).replace('{days}', days);
  return html`<p part="articles" class="articles" lang=${lang}>${text}</p>`;
}

/** `SupportAppeal.articlesRead(days)`: the stored count; bad days warn (with the appeal's `warn`) and count 30. */
function count(days: unknown, warn: (warning: Warning) => void): number {
  days ??= 30;
  if (!(typeof days === 'number' && days > 0 && days <= 365)) {
    warn({ attribute: 'articlesRead()', value: String(days), reason: 'expected a number of days above 0, up to 365; using 30' });
    days = 30;
  }
  return countIn(readHistory(), days as number, Date.now());
}

/** The part: a plugin (the counting, the built-in line and its styles), and the static methods' work. */
export default { apply, line, styles, count, forget: forgetReading, consent: setConsent };
export type History = Plugin<Reading> & {
  count: typeof count;
  forget: typeof forgetReading;
  consent: typeof setConsent;
};
