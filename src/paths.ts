/**
 * The paths of the optional features' parts (src/features/, loaded by src/parts.ts), for the
 * modules that ask for them or use them: the parts controller, the element's controllers, and
 * features/extend.ts. Constants only, so that a part may import them too.
 */
export const TICKER = 'features/ticker';
export const AMOUNT = 'features/custom-amount';
export const BANNER = 'features/banner';
export const COMPACT = 'features/compact';
export const CAP = 'features/cap';
export const HISTORY = 'features/history';
export const GATE = 'features/gate';
export const SCHEDULE = 'features/schedule';
export const SUPPORTED = 'features/supported';
export const TESTS = 'features/tests';
export const THEME = 'features/theme';
/** What every optional feature needs of the appeal (features/extend.ts): loaded with the first of them. */
export const EXTEND = 'features/extend';
