/*
 * Proof of consent (GDPR art. 7(1), EDPB EU-7, CNIL FR-11): what the visitor saw and how they chose.
 * A module of its own, fetched at the first decision (at connection by banners with a `log-url`):
 * it adds `version` and `configHash` to the stored record, hands the page the record's body as the
 * `consent-record` event, and POSTs it to `log-url`. Like the other lazy chunks it imports nothing
 * from the bundle at run time.
 */
import type { ConsentRecord } from '../core/record.js';
import { sha256 } from '../core/sha256.js';
import type { ConsentStore, StoreConfig } from '../core/store.js';
import type { Warn } from '../core/types.js';
import type { BannerStrings } from '../elements/first-layer.js';
import type { Messages } from '../i18n/messages.js';
import { whole } from '../i18n/whole.js';

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
export function prove(
  store: ConsentStore,
  record: ConsentRecord,
  strings: [BannerStrings, string] | undefined,
  url: string | undefined,
  emit: (body: object) => void,
  warn: Warn,
): void {
  const [t, lang] = strings ?? [{ categories: {} } as unknown as BannerStrings, record.lang];
  const fields = { version: VERSION, configHash: configHash(store.config, whole(t, lang), lang) };
  if (store.record === record) store.annotate(fields);
  else Object.assign(record, fields);
  const body = proofBody(record, store.config.controller);
  emit(body);
  if (url) sendRecord(url, body, warn);
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
