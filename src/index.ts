/**
 * `import 'support-appeal'` defines `<support-appeal>` and exports the class and event types.
 * For the class without the definition, import `support-appeal/element`.
 */
import './define.js';

export * from './element.js';
