/**
 * The classic-script bundle, dist/support-appeal.iife.js: defines `<support-appeal>`, exposes
 * the exports as `window.SupportAppeal`, and runs one-tag mode for the script tag that loaded it.
 */
import { mountFrom } from './mount.js';

export * from './index.js';

// `currentScript` is only set while a classic script first runs, so it is read here, at once.
mountFrom(document.currentScript);
