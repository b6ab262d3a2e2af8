/**
 * "I already support" (`already-supported`): a button beside Remind me later for the readers who
 * give already and are tired of being asked. Pressing it sends `support-appeal-supported`
 * (cancelable); its default action, the appeal's own (../controllers/suppression.ts), stores
 * `supported` for `supported-days` and puts a one-line thank-you in place of the appeal,
 * announced as Remind me later's confirmation is. Loaded on demand (../parts.ts) only by the
 * appeals that offer it, before their first render.
 */
import type { SupportedCopy } from '../copy.js';
import type { FeatureContext, Plugin, PluginOptions, PluginState } from './feature.js';

const en: SupportedCopy = {
  alreadySupported: 'I already support',
  thanks: "Thank you for your support. We won't ask you again.",
};

const css = String.raw;
const styles = css`
  .supported {
    min-height: 24px;
    margin-inline-start: 0.75em;
    padding: 0 0.125em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
  }
  .compact .supported {
    margin: 0;
  }
`;

/** Each string from the copy, or English where it has none (a language without it, a site's partial translation). */
const stringsOf = ({ copy }: Pick<FeatureContext, 'copy'>) => ({ ...en, ...copy }) as SupportedCopy;

/** For each update: the appeal's handler of the button, which sends the event. */
const apply = (_host: unknown, _parse: unknown, _config: unknown, { thank }: PluginOptions) => ({ thank });

/** The button, after Remind me later (in the compact ask, after the support button). */
function control(context: FeatureContext, { thank }: { thank(): void }) {
  const strings = stringsOf(context);
  return context.html`<button part="already-supported" class="supported" type="button" lang=${context.copy.alreadySupported ? context.locale : 'en'} @click=${thank}>
    ${strings.alreadySupported}
  </button>`;
}

/** The thank-you that replaces the appeal once the reader pressed the button. */
const thanks = (context: Pick<FeatureContext, 'copy'>) => stringsOf(context).thanks;

/** The part: a plugin (the button and its styles), and the thank-you. */
export default { apply, control, thanks, styles };
export type Supported = Plugin<PluginState & { thank(): void }> & { thanks: typeof thanks };
