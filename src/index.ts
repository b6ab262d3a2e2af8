/**
 * `import 'support-appeal'` defines `<support-appeal>` and exports the class and event types.
 */
import './define.js';

export { SupportAppeal } from './support-appeal.js';
export type * from './events.js';
export type { Frequency, Variant, CheckoutTarget } from './parse.js';
export type { Reason, Suppression } from './storage.js';
