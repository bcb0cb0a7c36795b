import type { Warn } from '../core/types.js';

/** A converter for a non-negative integer attribute; anything else is `fallback`, with a warning. */
export const integer = (name: string, fallback: number, warn: Warn) => ({
  fromAttribute(value: string | null): number {
    if (value === null) return fallback;
    if (/^\s*\d+\s*$/.test(value)) return Number(value);
    warn(`${name}="${value}" is not a whole number; using ${fallback}`);
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
