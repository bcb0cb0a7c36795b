/*
 * Proof of consent (GDPR art. 7(1), EDPB EU-7, CNIL FR-11): what the visitor saw and how they chose.
 * A module of its own, fetched at the first decision: it adds `version` and `configHash` to the
 * stored record, mirrors it in a first-party cookie when the banner has `cookie` or
 * `cookie-domain` (issue 17: one choice for the whole site, readable by its server), hands the page
 * the record's body as the `consent-record` event, and POSTs it to `log-url`. At connection, a
 * banner with `cookie` or `cookie-domain`, or in a browser that sends Global Privacy Control,
 * fetches it before it first renders (`prepare`). Like the other lazy chunks it imports nothing
 * from the bundle at run time.
 */
import { parseConsent, readCookieHeader, serializeConsent } from '../core/consent-cookie.js';
import type { ConsentRecord } from '../core/record.js';
import { sha256 } from '../core/sha256.js';
import type { ConsentStore, StoreConfig } from '../core/store.js';
import type { Warn } from '../core/types.js';
import type { BannerStrings } from '../elements/first-layer.js';
import type { Messages } from '../i18n/messages.js';

/** The library's version, from package.json at build time. */
export const VERSION: string = import.meta.env.PACKAGE_VERSION ?? '0.0.0';

/**
 * What was shown that matters for consent, in a canonical form (README, "Proof of consent"): a
 * JSON array of the form's version, the language, the revision, the controller, the first layer's
 * and the dialog's texts as shown (templates before their `{…}` are filled: what fills them is
 * listed too), then every purpose in display order, `necessary` first, as `[id, label,
 * description, partners]`, each partner as `[id, label, description, privacy URL]`. The site's own
 * labels and `messages` count; attribute order does not.
 */
export function shownConfig(config: Readonly<StoreConfig>, t: Messages, lang: string): unknown[] {
  const { texts, services, links = {} } = config;
  const text = (id: string) => {
    const [label = '', description = ''] = Object.hasOwn(texts, id) ? texts[id]! : [];
    const [builtIn = id, builtInDescription = ''] = (Object.hasOwn(t.categories ?? {}, id) && t.categories[id]) || [];
    return [label || builtIn, description || builtInDescription];
  };
  const partners = Object.keys(services);
  return [
    'consent-banner/1',
    lang,
    config.revision,
    config.controller ?? '',
    [
      t.title,
      config.controller ? t.introController : t.intro,
      config.ids.includes('social') ? t.socialNote : '',
      partners.length ? t.partners : '',
      t.acceptAll,
      t.refuseAll,
      t.settings,
      t.continueWithout,
      t.prefsTitle,
      t.prefsIntro,
      t.save,
    ].map((s) => s ?? ''),
    ['necessary', ...config.ids].map((id) => [
      id,
      ...text(id),
      partners.filter((s) => services[s] === id).map((s) => [s, ...text(s), Object.hasOwn(links, s) ? links[s] : '']),
    ]),
  ];
}

/** The hash of {@link shownConfig}: SHA-256 of its JSON, hex, first 32 characters (128 bits). */
export const configHash = (config: Readonly<StoreConfig>, t: Messages, lang: string): string =>
  sha256(JSON.stringify(shownConfig(config, t, lang))).slice(0, 32);

/** The body `log-url` receives and `consent-record` carries, for one decision. */
export function proofBody(record: ConsentRecord, controller?: string): Record<string, unknown> {
  const { id, date, revision, categories, services, action, lang, version, configHash, gpc } = record;
  return {
    id,
    date,
    revision,
    categories,
    ...(services && { services }),
    action,
    lang,
    ...(controller && { controller }),
    version,
    configHash,
    ...(gpc && { gpc }),
    url: location.href,
  };
}

/**
 * The proof of one decision of `store`: `record` gets `version` and `configHash` of what
 * `strings` (the banner's strings and their language; undefined if nothing had rendered) shows,
 * stored again while it is the current one; then `emit` gets its body, which goes to `url` too.
 */
export async function prove(
  store: ConsentStore,
  record: ConsentRecord,
  strings: [BannerStrings, string] | undefined,
  url: string | undefined,
  emit: (body: object) => void,
  warn: Warn,
): Promise<void> {
  // At once: the site's other sub-domains and its server see the choice.
  mirror(store, record, warn);
  // The dialog's strings, shared with the preferences: fetched at the first decision only, so
  // that a banner that reads the mirror cookie at connection waits for this module alone.
  let full: typeof import('../i18n/whole.js');
  try {
    full = await import('../i18n/whole.js');
  } catch {
    return warn('whole.js did not load (network?): a decision was not proved');
  }
  const [t, lang] = strings ?? [{ categories: {} } as unknown as BannerStrings, record.lang];
  const fields = { version: VERSION, configHash: configHash(store.config, full.whole(t, lang), lang) };
  // On the record itself (a reset's too, which is not stored), and stored again while it counts.
  Object.assign(record, fields);
  if (store.record === record) store.annotate(fields);
  const body = proofBody(record, store.config.controller);
  emit(body);
  if (url) sendRecord(url, body, warn);
}

const DAY = 86_400_000;

/**
 * The cookie mirror's attributes for `store` (README, "One choice for the whole site"): `Domain`
 * from `cookie-domain` when the page's host is inside it, none with `cookie` alone; undefined
 * (no cookie, said once) for a domain that is empty, `.`, or one the host is not inside, which the
 * browser would drop silently. Undefined too without either attribute.
 */
function cookieAttributes(store: ConsentStore, warn: Warn): string | undefined {
  const { cookie, cookieDomain } = store.config;
  if (cookieDomain == null) return cookie ? '; Path=/' : undefined;
  const domain = cookieDomain.trim().toLowerCase().replace(/^\./, '');
  const host = location.hostname.toLowerCase();
  if (!domain || (host !== domain && !host.endsWith('.' + domain)))
    return void warn(
      `cookie-domain="${cookieDomain}" ` +
        (domain ? `does not contain this page's host ${host}` : 'names no domain') +
        '; no cookie is written',
    );
  return `; Path=/; Domain=${domain}`;
}

/**
 * The cookie that mirrors `record` (a `document.cookie` assignment), named after the store's key,
 * living exactly as long as the record counts (395 days when it grants anything, the refusal's
 * lifetime when not; never more than 395), or expiring it when the record was forgotten (`reset`).
 * SameSite=Lax, Secure on https pages. Undefined when the banner mirrors nothing.
 */
export function mirrorCookie(
  store: ConsentStore,
  record: ConsentRecord,
  warn: Warn,
  now = Date.now(),
): string | undefined {
  const attributes = cookieAttributes(store, warn);
  if (attributes === undefined) return;
  const { expiresDays, refusalExpiresDays } = store.config;
  const granted = [...Object.entries(record.categories), ...Object.entries(record.services ?? {})].some(
    ([id, on]) => on && id !== 'necessary',
  );
  const days = Math.min(granted ? expiresDays : refusalExpiresDays, 395);
  const age = record.action === 'reset' ? 0 : Math.floor((Date.parse(record.date) + days * DAY - now) / 1000);
  return (
    `${store.key}=${age > 0 ? serializeConsent(record) : ''}; Max-Age=${Math.max(age, 0)}${attributes}; SameSite=Lax` +
    (location.protocol === 'https:' ? '; Secure' : '')
  );
}

/** Writes {@link mirrorCookie}'s cookie, if any; a page that refuses cookies is said once. */
function mirror(store: ConsentStore, record: ConsentRecord, warn: Warn): void {
  try {
    const cookie = mirrorCookie(store, record, warn);
    if (cookie) document.cookie = cookie;
  } catch (error) {
    warn(`could not write the ${store.key} cookie (${(error as Error)?.name ?? error})`);
  }
}

/**
 * What a banner does at connection before anything shows, runs or is said, when the page has its
 * mirror cookie or the browser sends Global Privacy Control: the choice of another sub-domain
 * applies ({@link adoptCookie}), then, while the signal is honoured, a restored grant of
 * `advertising` or of a purpose marked `<consent-category gpc>` (or of one of their partners) is
 * withdrawn, recorded as `withdraw` with `gpc: true`.
 */
export function prepare(store: ConsentStore, warn: Warn): void {
  try {
    if (readCookieHeader(document.cookie, store.key) !== undefined) adoptCookie(store, warn);
    // A choice stored before the site turned the mirror on reaches the cookie now, not at the next decision.
    else if (store.state.decided && store.record) mirror(store, store.record, warn);
  } catch (error) {
    // A sandboxed frame: localStorage alone then.
    warn(`could not read the ${store.key} cookie (${(error as Error)?.name ?? error})`);
  }
  const { ids, services, gpcIds = [] } = store.config;
  const off = [...gpcIds, 'advertising'].filter((id) => ids.includes(id));
  const covered = (id: string) => off.includes(id) || off.includes(Object.hasOwn(services, id) ? services[id]! : '');
  if (
    store.gpc &&
    store.state.decided &&
    Object.keys(store.config.services)
      .concat(off)
      .some((id) => covered(id) && store.has(id))
  )
    store.decide(Object.fromEntries(off.map((id) => [id, false])), 'withdraw', true);
}

/**
 * At connection, when the cookie mirror holds a choice (made on another sub-domain, or newer than
 * this one's): a valid one that is newer than the stored record, or present where none is, is
 * copied into localStorage and the store reads it again. A corrupt or hostile cookie grants
 * nothing and is said once. Never throws.
 */
export function adoptCookie(store: ConsentStore, warn: Warn): void {
  // A cookie of the same name on a page whose banner mirrors nothing: not ours to read.
  if (cookieAttributes(store, () => {}) === undefined) return;
  try {
    const { revision, expiresDays, refusalExpiresDays, ids, services, lang } = store.config;
    const found = parseConsent(readCookieHeader(document.cookie, store.key), {
      revision,
      expiresDays,
      refusalExpiresDays,
      now: Date.now(),
    });
    if (found.problem) warn(`${found.problem} (${store.key}); it grants nothing`);
    const local = store.record;
    if (!found.decided || (store.state.decided && local && Date.parse(local.date) >= Date.parse(found.date!))) return;
    // Only what this page configures; the rest of the site's purposes are not this page's to record.
    const pick = (from: Record<string, boolean>, keys: string[]) =>
      Object.fromEntries(keys.filter((k) => Object.hasOwn(from, k)).map((k) => [k, from[k] === true]));
    const partners = Object.keys(services);
    const record: ConsentRecord = {
      id: found.id!,
      revision: found.revision!,
      date: found.date!,
      categories: { necessary: true, ...pick(found.categories, ids) },
      ...(partners[0] && { services: pick(found.services, partners) }),
      action: 'sync',
      lang,
    };
    localStorage.setItem(store.key, JSON.stringify(record));
    store.configure({});
  } catch (error) {
    warn(`could not read the ${store.key} cookie (${(error as Error)?.name ?? error})`);
  }
}

/**
 * POSTs one decision's body as JSON to the site's endpoint with `navigator.sendBeacon`, falling
 * back to `fetch` with `keepalive`. Never blocks the visitor and never throws; a failing endpoint
 * loses nothing, since the choice is already stored locally.
 */
export function sendRecord(url: string, body: object, warn: Warn): void {
  const json = JSON.stringify(body);
  try {
    if (navigator.sendBeacon?.(url, new Blob([json], { type: 'application/json' }))) return;
  } catch {
    // Fall through to fetch (some browsers refuse a beacon to a URL they consider invalid).
  }
  try {
    fetch(url, { method: 'POST', body: json, keepalive: true, headers: { 'content-type': 'application/json' } })
      .then((response) => response.ok || warn(`log-url answered ${response.status}`))
      .catch(() => warn('log-url could not be reached'));
  } catch {
    warn(`log-url "${url}" is not a valid URL`);
  }
}
