import { SupportAppeal } from './support-appeal.js';

// Guarded: a page may load the module and the classic bundle, or either twice.
if (!customElements.get('support-appeal')) customElements.define('support-appeal', SupportAppeal);
