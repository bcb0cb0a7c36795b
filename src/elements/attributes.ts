import { text } from '../core/text.js';
import type { Warn } from '../core/types.js';

/**
 * `value` (an attribute's text or a property's number, ./base.ts) as an integer from `min` to `max` (a
 * revision: 0 to 2^31 − 1; a lifetime: 1 to 395 days, CNIL's 13 months); anything else is
 * `fallback`, with a warning.
 */
export function whole(name: string, value: unknown, fallback: number, warn: Warn, min = 0, max = 2 ** 31 - 1): number {
  if (value == null) return fallback;
  const given = text(value);
  if (/^\d+$/.test(given) && +given >= min && +given <= max) return +given;
  warn(`${name}="${given}" is not a whole number from ${min} to ${max}; using ${fallback}`);
  return fallback;
}

/** A converter for an integer attribute: {@link whole}. */
export const integer = (name: string, fallback: number, warn: Warn, min?: number, max?: number) => ({
  fromAttribute: (value: string | null): number => whole(name, value, fallback, warn, min, max),
});

/**
 * Only http(s), mailto and relative URLs are linked; `javascript:` and the like are dropped. The
 * value is checked as the link will resolve it, against the page's base URL: a relative URL parses
 * without the exception that `new URL(value)` would throw (a page's first exception costs 2–5 ms
 * of start-up at 1×), and without `URL.canParse`, which Safari has only from 17.
 */
export function safeUrl(given: unknown, warn: Warn): string | undefined {
  const value = text(given);
  if (!value) return undefined;
  try {
    if (['http:', 'https:', 'mailto:'].includes(new URL(value, document.baseURI).protocol)) return value;
  } catch {
    // Malformed (`http://[`): warned below.
  }
  warn(`privacy-url "${value}" is not http(s), mailto or relative; no link shown`);
}
