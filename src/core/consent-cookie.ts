/*
 * The consent cookie, issue 17: the stored choice mirrored in a first-party cookie, so that the
 * sub-domains of one site share it and the site's server can read it. The format is a public
 * contract (README, "The consent cookie"); this module writes and reads it, and both the browser
 * and `consent-banner/server` use it. Pure: no DOM, no Lit, no Node API, so that it runs in
 * browsers, Node 18+, Deno, Bun and edge runtimes alike.
 *
 *   1.<revision>.<date>.<id>.<purposes>.<services>
 *
 * - `1`: the format version.
 * - `<revision>`: the site's revision, a decimal integer 0…2147483647, no leading zeros.
 * - `<date>`: when the choice was made, milliseconds since the Unix epoch in base 36, lowercase.
 * - `<id>`: the record's random id, `[A-Za-z0-9_-]{8,64}`.
 * - `<purposes>`: the optional purposes' grants, `~`-separated pairs `id~1` / `id~0` in display
 *   order (`audience~1~social~0`); `necessary`, always granted, is not written. Empty if none.
 * - `<services>`: the partners' grants, same syntax (`youtube~1~x~0`); empty if none.
 *
 * Every character is URL-safe and allowed in a cookie value, so nothing is encoded.
 */

/** What `serializeConsent` writes: the fields of a stored consent record that the cookie carries. */
export interface ConsentCookieRecord {
  /** The site's `revision` when the choice was made (0…2147483647). */
  revision: number;
  /** When the choice was made, ISO 8601. */
  date: string;
  /** The record's random id (`[A-Za-z0-9_-]{8,64}`). */
  id: string;
  /** Each purpose's grant; `necessary` is skipped (always granted). */
  categories: Record<string, boolean>;
  /** Each partner's grant, if the banner declares partners. */
  services?: Record<string, boolean>;
}

/** How `parseConsent` judges a cookie: the page's configuration and the time. */
export interface ParseConsentOptions {
  /** The site's current revision; a cookie of another one grants nothing. Default 0. */
  revision?: number;
  /** The current time, milliseconds since the epoch. Default `Date.now()`. */
  now?: number;
  /** How many days a choice that granted anything lasts. Default 395; capped at 395 (13 months, CNIL). */
  expiresDays?: number;
  /** How many days a refusal of everything lasts. Default 182 (6 months, CNIL); capped at 395. */
  refusalExpiresDays?: number;
}

/** What a consent cookie means now. */
export interface ConsentCookie {
  /** True when the cookie holds a choice that counts now (well formed, this revision, not expired). */
  decided: boolean;
  /** `necessary: true`, and when `decided`, every purpose of the cookie with its grant. */
  categories: Record<string, boolean>;
  /** When `decided`, every partner of the cookie with its grant; else empty. */
  services: Record<string, boolean>;
  /** The record's id, whenever it parsed (kept for proof even when the choice no longer counts). */
  id?: string;
  /** When the choice was made (ISO 8601), whenever it parsed. */
  date?: string;
  /** The revision the choice was made under, whenever it parsed. */
  revision?: number;
  /** Why a present cookie is unusable, in a short English sentence; absent when all is well or there is no cookie. */
  problem?: string;
}

/** The format version this module writes and reads. */
export const CONSENT_COOKIE_VERSION = 1;
/** The longest value read; anything longer is refused unread. */
export const CONSENT_COOKIE_MAX_LENGTH = 4096;

const DAY = 86_400_000;
/** How far ahead of the clock a record's date may be (clock skew between devices): five minutes. */
const SKEW = 300_000;
/** 13 months (CNIL): no choice counts longer, whatever the options say. */
const MAX_DAYS = 395;
const MAX_REVISION = 2 ** 31 - 1;
/** The latest time a `Date` can hold. */
const MAX_TIME = 8.64e15;
const NECESSARY = 'necessary';

const REVISION = /^(?:0|[1-9]\d{0,9})$/;
const DATE = /^(?:0|[1-9a-z][0-9a-z]{0,10})$/;
const ID = /^[\w-]{8,64}$/;
const KEY = /^[A-Za-z0-9][\w-]*$/;

/** Whether `n` is a revision the format can carry. */
const isRevision = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_REVISION;

/** `grants` as `id~1~id~0`, valid ids only, `necessary` and ids in `skip` left out. */
function pairs(grants: Record<string, boolean> | undefined, skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (grants == null) return out;
  for (const key of Object.keys(grants))
    if (key !== NECESSARY && KEY.test(key) && !skip.has(key)) out.push(`${key}~${grants[key] === true ? 1 : 0}`);
  return out;
}

/**
 * Writes a consent record as a cookie value (`1.<revision>.<date>.<id>.<purposes>.<services>`).
 * `necessary` is not written, nor any id that is not letters, digits, `_` and `-` (starting with a
 * letter or digit), nor a partner whose id is also a purpose's; a grant is `1` only for `true`.
 *
 * @throws {RangeError} when `revision`, `date` or `id` cannot be written in the format (a store's
 *   own records always can).
 */
export function serializeConsent(record: ConsentCookieRecord): string {
  const { revision, date, id } = record;
  if (!isRevision(revision)) throw new RangeError(`consent cookie: revision ${revision} is not 0…${MAX_REVISION}`);
  const time = typeof date === 'string' ? Date.parse(date) : NaN;
  if (!(time >= 0)) throw new RangeError(`consent cookie: date "${date}" is not an ISO date after 1970`);
  if (typeof id !== 'string' || !ID.test(id))
    throw new RangeError(`consent cookie: id "${id}" is not [A-Za-z0-9_-]{8,64}`);
  const purposes = pairs(record.categories, new Set());
  const services = pairs(record.services, new Set(purposes.map((p) => p.slice(0, p.indexOf('~')))));
  return [CONSENT_COOKIE_VERSION, revision, time.toString(36), id, purposes.join('~'), services.join('~')].join('.');
}

/** A list of pairs read, or why it is malformed. */
type Pairs = [id: string, granted: boolean][] | string;

function readPairs(list: string, seen: Set<string>, what: string): Pairs {
  const out: [string, boolean][] = [];
  if (list === '') return out;
  const parts = list.split('~');
  if (parts.length % 2) return `its ${what} are not id~0 / id~1 pairs`;
  for (let i = 0; i < parts.length; i += 2) {
    const key = parts[i]!;
    const value = parts[i + 1];
    if (!KEY.test(key)) return `its ${what} hold an invalid id`;
    if (key === NECESSARY) return `its ${what} list "necessary", which is never written`;
    if (value !== '0' && value !== '1') return `its ${what} hold a grant that is not 0 or 1`;
    if (seen.has(key)) return `it names "${key}" twice`;
    seen.add(key);
    out.push([key, value === '1']);
  }
  return out;
}

/** A lifetime option: a positive number of days, at most 395; anything else is `fallback`. */
const lifetime = (days: number | undefined, fallback: number): number =>
  typeof days === 'number' && days > 0 && days <= Infinity ? Math.min(days, MAX_DAYS) : fallback;

/**
 * Reads a consent cookie's value by the rules of a stored record in the browser: anything
 * malformed grants nothing and says why in `problem`; a choice of another revision, dated more
 * than a day ahead, or older than its lifetime (`expiresDays` when it grants anything, else
 * `refusalExpiresDays`; 395 days at most) grants nothing, quietly. Never throws.
 *
 * @param value The cookie's raw value (`readCookieHeader`), or undefined when there is none.
 */
export function parseConsent(value: string | undefined, options?: ParseConsentOptions): ConsentCookie {
  const result: ConsentCookie = { decided: false, categories: { [NECESSARY]: true }, services: {} };
  if (value == null) return result;
  const none = (problem?: string): ConsentCookie =>
    problem ? { ...result, problem: `consent cookie ignored: ${problem}` } : result;
  if (typeof value !== 'string') return none('it is not a string');
  if (value.length > CONSENT_COOKIE_MAX_LENGTH)
    return none(`it is longer than ${CONSENT_COOKIE_MAX_LENGTH} characters`);
  const fields = value.split('.');
  if (fields[0] !== String(CONSENT_COOKIE_VERSION) || fields.length !== 6)
    return none(`it is not in format ${CONSENT_COOKIE_VERSION} (six fields separated by dots)`);
  const [, revision, date, id, purposes, services] = fields as [string, string, string, string, string, string];

  // Each field that parses is kept, even if another does not: the id serves as proof.
  if (REVISION.test(revision) && +revision <= MAX_REVISION) result.revision = +revision;
  const time = DATE.test(date) ? parseInt(date, 36) : NaN;
  if (time <= MAX_TIME) result.date = new Date(time).toISOString();
  if (ID.test(id)) result.id = id;
  if (result.revision === undefined) return none(`its revision is not a whole number from 0 to ${MAX_REVISION}`);
  if (result.date === undefined) return none('its date is not a time in base 36');
  if (result.id === undefined) return none('its id is not 8 to 64 letters, digits, _ or -');
  const seen = new Set<string>();
  const granted = readPairs(purposes, seen, 'purposes');
  if (typeof granted === 'string') return none(granted);
  const partners = readPairs(services, seen, 'partners');
  if (typeof partners === 'string') return none(partners);

  // Another revision's choice: the visitor was not asked about what the site shows now. Expected
  // after a change of the site, so not a problem.
  if (result.revision !== (options?.revision ?? 0)) return none();
  const now = typeof options?.now === 'number' && Number.isFinite(options.now) ? options.now : Date.now();
  const grantedAny = granted.some(([, g]) => g) || partners.some(([, g]) => g);
  const days = grantedAny ? lifetime(options?.expiresDays, MAX_DAYS) : lifetime(options?.refusalExpiresDays, 182);
  // A date in the future (a clock set back, a forged cookie) would never expire: it counts for
  // nothing, beyond five minutes of clock skew (as in the browser, ./record.ts).
  if (time > now + SKEW || now - time > days * DAY) return none();

  // Object.fromEntries defines own properties: an id such as `constructor` is a plain key, and no
  // id can reach a prototype (`__proto__` is not a valid id anyway).
  return {
    ...result,
    decided: true,
    categories: Object.fromEntries([[NECESSARY, true], ...granted]),
    services: Object.fromEntries(partners),
  };
}

/**
 * The raw value of the first cookie named exactly `name` in a `Cookie` request header (or in
 * `document.cookie`): spaces around names and values are ignored, a value may hold `=`, and a
 * value in double quotes is returned without them. Nothing is decoded. Undefined when absent.
 */
export function readCookieHeader(header: string | undefined, name: string): string | undefined {
  if (typeof header !== 'string' || !name) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return value.length > 1 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }
  return undefined;
}
