/**
 * The frequency cap (`max-views`, `views-window-days`): at most so many views of the appeal in
 * so many days. Loaded on demand (../parts.ts) only by appeals with either attribute, before
 * their first render, so a capped appeal never shows first and hides after. It brings the parser
 * of its attributes and the reading and counting of views, which stay storage.ts's (all storage
 * I/O is there; its state is one registry per page, shared with the appeal's own copy of it).
 */
import { parseCap } from '../parse.js';
import { loadCap, saveView } from '../storage.js';

/** The part: the parser of its attributes, the cap's suppression, and counting a view. */
export default { parse: parseCap, load: loadCap, save: saveView };
export type CapPart = { parse: typeof parseCap; load: typeof loadCap; save: typeof saveView };
