/**
 * `import { SupportAppeal } from 'support-appeal/element'`: the class and the event types,
 * without registering a tag, for sites that define the element themselves (a scoped registry,
 * another tag name, or a lazy `customElements.define`).
 */
export { SupportAppeal } from './support-appeal.js';
export type * from './events.js';
export type { Frequency, Variant, CheckoutTarget } from './parse.js';
export type { Reason, Suppression } from './storage.js';
export type { Translation, Table, Plural } from './copy.js';
