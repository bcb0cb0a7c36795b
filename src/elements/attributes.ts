import type { Warn } from '../core/types.js';

/**
 * A converter for an integer attribute from `min` to `max` (a revision: 0 to 2^31 − 1; a lifetime:
 * 1 to 395 days, CNIL's 13 months); anything else is `fallback`, with a warning.
 */
export const integer = (name: string, fallback: number, warn: Warn, min = 0, max = 2 ** 31 - 1) => ({
  fromAttribute(value: string | null): number {
    if (value === null) return fallback;
    if (/^\s*\d+\s*$/.test(value) && +value >= min && +value <= max) return +value;
    warn(`${name}="${value}" is not a whole number from ${min} to ${max}; using ${fallback}`);
    return fallback;
  },
});

/**
 * Only http(s), mailto and relative URLs are linked; `javascript:` and the like are dropped. The
 * value is checked as the link will resolve it, against the page's base URL: a relative URL parses
 * without the exception that `new URL(value)` would throw (a page's first exception costs 2–5 ms
 * of start-up at 1×), and without `URL.canParse`, which Safari has only from 17.
 */
export function safeUrl(value: string | undefined, warn: Warn): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    if (['http:', 'https:', 'mailto:'].includes(new URL(value, document.baseURI).protocol)) return value;
  } catch {
    // Malformed (`http://[`): warned below.
  }
  warn(`privacy-url "${value}" is not http(s), mailto or relative; no link shown`);
}
