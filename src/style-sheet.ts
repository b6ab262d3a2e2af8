/**
 * The appeal's style sheet for Lit: the constant text of styles.ts as a CSSResult. Lit's
 * `unsafeCSS` is "unsafe" only for text from elsewhere, which this never is. A module of its own
 * because the build's template minifier leaves any file that names that function unminified
 * (vite.config.ts excludes this one, which has no template).
 */
import { unsafeCSS } from 'lit';
import { styles as text } from './styles.js';

export const styles = unsafeCSS(text);
