import { readPartners, withPartners, type Partners } from './partners.js';
import { NECESSARY, type Categories, type ConsentAction } from './types.js';

/** The JSON stored under the storage key. */
export interface ConsentRecord {
  /** A random id for this browser, kept across decisions (proof of consent). */
  id: string;
  /** The site's `revision` when the choice was made. */
  revision: number;
  /** When the choice was made, ISO 8601. */
  date: string;
  /** Every category that was shown, with the visitor's answer (a purpose with partners: whether all of them were granted). */
  categories: Categories;
  /** Every partner (`<consent-service>`) that was shown, with the visitor's answer; absent without partners. */
  services?: Categories;
  /** How the choice was made. */
  action: ConsentAction;
  /** The language the banner was shown in. */
  lang: string;
  /** True when Global Privacy Control changed the outcome. */
  gpc?: true;
  /** The library's version (package.json), added by the proof of consent after the decision. */
  version?: string;
  /** SHA-256 (hex, 32 characters) of what was shown (README, "Proof of consent"), added likewise. */
  configHash?: string;
}

export interface ReadOptions {
  /** The optional category ids configured now. */
  ids: readonly string[];
  /** The partners declared now: partner id → its purpose. */
  services?: Readonly<Partners>;
  revision: number;
  /** How long a choice that granted anything lasts. */
  expiresDays: number;
  /** How long a refusal of every optional category lasts. */
  refusalExpiresDays: number;
  /** The purposes exempt from consent (`<consent-category exempt>`): granted until the visitor opts out. */
  exempt?: readonly string[];
  now: number;
}

/** What a stored record means for the page now. */
export interface ReadResult {
  /** The grant of `necessary`, of each purpose and of each partner (their ids never clash). */
  categories: Categories;
  decided: boolean;
  /** The record's id, kept even when the record no longer counts. */
  id?: string;
  /** Why a present record was unusable, for a warning; absent when all is well. */
  problem?: string;
}

const DAY = 86_400_000;
/** How far ahead of the clock a record's date may be (clock skew between devices): five minutes, as for the cookie (./consent-cookie.ts). */
const SKEW = 300_000;

/**
 * The state before any decision: `necessary` granted, and the purposes exempt from consent (with
 * their partners) until the visitor opts out; everything else refused.
 */
export function refusedState(
  ids: readonly string[],
  services: Readonly<Partners> = {},
  exempt: readonly string[] = [],
): Categories {
  const categories: Categories = { [NECESSARY]: true };
  for (const id of [...ids, ...Object.keys(services)]) categories[id] = exempt.includes(services[id] ?? id);
  return categories;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a stored record. Anything missing, unparseable, of another revision, expired, or with a
 * non-boolean value grants nothing. Unknown ids are ignored. When a configured id is missing from
 * a valid record, the answers it holds stay in effect but the visitor is asked again.
 */
export function readRecord(raw: string | null, o: ReadOptions): ReadResult {
  const categories = refusedState(o.ids, o.services, o.exempt);
  const none = (problem?: string, id?: string): ReadResult => ({ categories, decided: false, id, problem });
  if (raw === null) return none();
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    // Said below, as for any other value that is not an object.
  }
  if (!isObject(record)) return none('stored consent is not a JSON object; asking again');
  const id = typeof record.id === 'string' && /^[\w-]{8,64}$/.test(record.id) ? record.id : undefined;
  const stored = record.categories;
  const time = typeof record.date === 'string' ? Date.parse(record.date) : NaN;
  if (
    !isObject(stored) ||
    !Object.values(stored).every((v) => typeof v === 'boolean') ||
    !Number.isInteger(record.revision) ||
    Number.isNaN(time)
  ) {
    return none('stored consent is malformed; asking again', id);
  }
  // Another revision's choice, lower (the purposes or partners changed since) or higher (a page
  // rolled back, another part of the site): the visitor was not asked about what this page shows.
  if (record.revision !== o.revision) return none(undefined, id);
  const partners = readPartners(record.services, o.services ?? {});
  const grantedAny = o.ids.some((k) => stored[k] === true) || Object.values(partners.services).includes(true);
  // 13 months at most (CNIL), whatever the page says.
  const days = Math.min(grantedAny ? o.expiresDays : o.refusalExpiresDays, 395);
  // A date in the future (a clock set back, a forged record) would never expire: it counts for
  // nothing, beyond five minutes of clock skew (README, "Lifetime of a choice").
  if (time > o.now + SKEW || o.now - time > days * DAY) return none(undefined, id);
  let decided = partners.complete;
  for (const k of o.ids) {
    if (typeof stored[k] === 'boolean') categories[k] = stored[k] as boolean;
    else decided = false;
  }
  // A purpose with partners is granted exactly when all of them are, whatever the record says of it.
  return {
    categories: withPartners({ ...categories, ...partners.services }, partners.services, o.services ?? {}),
    decided,
    id,
  };
}

/** The ids whose grant differs between two states. */
export function diff(before: Categories, after: Categories): string[] {
  return Object.keys(after).filter((k) => !!before[k] !== after[k]);
}
