/**
 * `consent-banner/server`: reads the visitor's choice from the consent cookie that
 * `<consent-banner cookie-domain="…">` (or `cookie`) writes, on the server, by the same rules as
 * the banner in the browser. No DOM, no Lit, no Node API: it runs in Node 18+, Deno, Bun and
 * edge runtimes, and pulls in nothing of the browser bundle.
 *
 * ```js
 * import { readConsent } from 'consent-banner/server';
 *
 * const consent = readConsent(request.headers.cookie, { revision: 3 });
 * if (consent.categories.audience === true) {
 *   // render the analytics tag
 * }
 * ```
 *
 * @module
 */
import {
  parseConsent,
  readCookieHeader,
  type ConsentCookie,
  type ParseConsentOptions,
} from '../core/consent-cookie.js';

export {
  CONSENT_COOKIE_VERSION,
  parseConsent,
  serializeConsent,
  readCookieHeader,
  type ConsentCookie,
  type ConsentCookieRecord,
  type ParseConsentOptions,
} from '../core/consent-cookie.js';

/** The banner's default `storage-key`, which names the cookie. */
export const DEFAULT_STORAGE_KEY = 'consent-banner';

/** How `readConsent` finds and judges the cookie: set them as on the page's `<consent-banner>`. */
export interface ReadConsentOptions extends ParseConsentOptions {
  /** The banner's `storage-key`, which names the cookie. Default `consent-banner`. */
  storageKey?: string;
  /**
   * The purposes the page marks `<consent-category exempt>` (audience measurement exempt from
   * consent, CNIL): granted unless the cookie holds the visitor's refusal of them, as in the browser.
   */
  exempt?: readonly string[];
}

/**
 * The visitor's choice as the server sees it: the cookie's meaning without the reason it was
 * unusable. `decided` is false for no cookie, a malformed or hostile one, another revision's, or
 * an expired one: nothing is granted then, and the page should behave as before any choice (no
 * tracking tag; the banner will ask). `categories` has `necessary: true` and, when decided, every
 * purpose in the cookie: test a grant with `=== true` (an absent purpose is not granted).
 * `services`: every partner in the cookie when decided, else `{}`. `id`, `date` and `revision`
 * when readable.
 */
export type ServerConsent = Omit<ConsentCookie, 'problem'>;

/**
 * Reads the visitor's consent from a request's `Cookie` header. Never throws: whatever the
 * header holds, the worst outcome is `{ decided: false, categories: { necessary: true }, services: {} }`.
 *
 * @param cookieHeader The request's `Cookie` header (`req.headers.cookie` in Node,
 *   `request.headers.get('cookie')` with the Fetch API), or undefined.
 * @param options The banner's `storage-key`, `revision` and lifetimes, and the time.
 */
export function readConsent(cookieHeader: string | null | undefined, options?: ReadConsentOptions): ServerConsent {
  try {
    const value = readCookieHeader(cookieHeader ?? undefined, options?.storageKey ?? DEFAULT_STORAGE_KEY);
    // `problem` is for the browser's console; a server has no one to tell.
    const { problem: _, ...consent } = parseConsent(value, options);
    // An exempt purpose is on until the visitor opts out: before any choice, or one that did not cover it.
    for (const id of options?.exempt ?? [])
      if (typeof consent.categories[id] !== 'boolean') consent.categories[id] = true;
    return consent;
  } catch {
    // Unreachable with the types above; a caller's odd options (a getter that throws) grant nothing.
    return { decided: false, categories: { necessary: true }, services: {} };
  }
}
