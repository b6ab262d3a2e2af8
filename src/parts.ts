/**
 * Parts of the appeal that load on demand, only for the pages that use them: each language's
 * copy but English (src/locales/) and the optional features (src/features/). Each loads once
 * per page, however many appeals ask for it.
 */
import { importPart } from './import-part.js';

const loaded: Record<string, unknown> = {};
const loading: Record<string, Promise<unknown>> = {};

/** A part by path (`locales/ru`, `features/ticker`) once it has loaded; undefined until then or if it failed. */
export const part = <T>(path: string) => loaded[path] as T | undefined;

/**
 * Starts loading a part: a promise that settles once it is there, or rejects if it failed
 * (the same promise for every caller).
 */
export const loadPart = (path: string): Promise<unknown> =>
  // From a resolved promise, so that even a synchronous failure on the way (a page's broken
  // `URL`, say) becomes this promise's rejection rather than an exception in the appeal.
  (loading[path] ??= Promise.resolve(path)
    .then(importPart)
    .then((module) => (loaded[path] = module.default)));
