import type { Warn } from './types.js';

/** A `console.warn` that says each distinct message once, prefixed with the library's name. */
export function createWarn(): Warn {
  const said = new Set<string>();
  return (message) => {
    if (said.has(message)) return;
    said.add(message);
    console.warn(`consent-banner: ${message}`);
  };
}
