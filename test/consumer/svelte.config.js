// For svelte-check (pack:check): without a config of its own here, it would read the repository's
// vite.config.ts and fail for want of the Svelte plugin there. The defaults are what is checked.
export default {};
