// `consent-banner/server` (issue 17): the site's server reads the choice from the consent cookie,
// by the browser's rules, and leaves tracking tags out of the HTML it renders until the visitor has
// consented: EU-1 / FR-15 (no tracker before consent), SEC-9 (the cookie is untrusted input),
// LIB-4 / FR-13 (another revision counts for nothing), FR-9 / FR-10 (lifetimes, 13 months at most).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConsent, serializeConsent, type ServerConsent } from '../../src/server/index.js';

const DAY = 86_400_000;
const now = Date.parse('2026-06-01T12:00:00.000Z');
const ID = '0a1b2c3d-0000-4000-8000-000000000000';
/** A cookie value as the banner writes it. */
const value = (
  categories: Record<string, boolean>,
  over: { revision?: number; date?: number; services?: Record<string, boolean> } = {},
) =>
  serializeConsent({
    revision: over.revision ?? 0,
    date: new Date(over.date ?? now - DAY).toISOString(),
    id: ID,
    categories: { necessary: true, ...categories },
    services: over.services,
  });
const NOTHING: ServerConsent = { decided: false, categories: { necessary: true }, services: {} };

describe('readConsent', () => {
  it('reads the choice from the consent-banner cookie among others', () => {
    const header = `_ga=GA1.1.1; consent-banner=${value({ audience: true, social: false }, { services: { youtube: false } })}; theme=dark`;
    expect(readConsent(header, { now })).toEqual({
      decided: true,
      categories: { necessary: true, audience: true, social: false },
      services: { youtube: false },
      id: ID,
      date: new Date(now - DAY).toISOString(),
      revision: 0,
    });
  });

  it('reads the cookie of the banner’s storage-key', () => {
    const header = `consent-banner=${value({ audience: false })}; site-consent=${value({ audience: true })}`;
    expect(readConsent(header, { now }).categories.audience).toBe(false);
    expect(readConsent(header, { now, storageKey: 'site-consent' }).categories.audience).toBe(true);
    expect(readConsent(header, { now, storageKey: 'other' })).toEqual(NOTHING);
  });

  it('grants nothing when there is no header or no cookie (EU-1)', () => {
    expect(readConsent(undefined)).toEqual(NOTHING);
    expect(readConsent(null)).toEqual(NOTHING);
    expect(readConsent('')).toEqual(NOTHING);
    expect(readConsent('a=1; b=2')).toEqual(NOTHING);
  });

  it('grants nothing for another revision, keeping the id (LIB-4, FR-13)', () => {
    const header = `consent-banner=${value({ audience: true }, { revision: 2 })}`;
    expect(readConsent(header, { now, revision: 2 }).decided).toBe(true);
    expect(readConsent(header, { now })).toEqual({
      ...NOTHING,
      id: ID,
      date: new Date(now - DAY).toISOString(),
      revision: 2,
    });
    expect(readConsent(header, { now, revision: 3 }).categories).toEqual({ necessary: true });
  });

  it('grants a purpose marked exempt until the cookie holds its refusal (FR-14)', () => {
    const exempt = ['audience'];
    expect(readConsent(undefined, { exempt }).categories).toEqual({ necessary: true, audience: true });
    expect(readConsent(`consent-banner=${value({ social: true })}`, { now, exempt }).categories.audience).toBe(true);
    expect(readConsent(`consent-banner=${value({ audience: false })}`, { now, exempt }).categories.audience).toBe(
      false,
    );
    expect(readConsent(`consent-banner=${value({ audience: true })}`, { now }).categories.audience).toBe(true);
  });

  it('refuses a date more than five minutes ahead of the clock (clock skew), and takes one within it', () => {
    const ahead = (ms: number) =>
      readConsent(`consent-banner=${value({ audience: true }, { date: now + ms })}`, { now });
    expect(ahead(2 * 60_000).decided).toBe(true);
    expect(ahead(5 * 60_000 + 1000).decided).toBe(false);
    expect(ahead(23 * 3_600_000).decided).toBe(false);
  });

  it('applies the lifetimes, 395 days at most (FR-9, FR-10)', () => {
    const at = (categories: Record<string, boolean>, age: number, options = {}) =>
      readConsent(`consent-banner=${value(categories, { date: now - age })}`, { now, ...options }).decided;
    expect(at({ audience: true }, 395 * DAY)).toBe(true);
    expect(at({ audience: true }, 395 * DAY + 1)).toBe(false);
    expect(at({ audience: false }, 182 * DAY)).toBe(true);
    expect(at({ audience: false }, 182 * DAY + 1)).toBe(false);
    expect(at({ audience: true }, 31 * DAY, { expiresDays: 30 })).toBe(false);
    expect(at({ audience: false }, 8 * DAY, { refusalExpiresDays: 7 })).toBe(false);
    expect(at({ audience: true }, 396 * DAY, { expiresDays: 730 })).toBe(false);
    expect(at({ audience: true }, -DAY - 1)).toBe(false);
  });

  it('has no problem field, even for a malformed cookie', () => {
    const consent = readConsent('consent-banner=1.0.zz.short.audience~yes.', { now });
    expect(consent).toMatchObject(NOTHING);
    expect(consent).not.toHaveProperty('problem');
  });

  it.each([
    ['garbage', 'consent-banner=%%%\u0000\uffff'],
    ['a huge cookie', `consent-banner=${'1.0.'.repeat(300_000)}`],
    ['a huge header of many cookies', Array.from({ length: 10_000 }, (_, i) => `c${i}=${i}`).join('; ')],
    ['JSON', 'consent-banner={"categories":{"audience":true}}'],
    ['__proto__', `consent-banner=1.0.${now.toString(36)}.${ID}.__proto__~1.`],
    ['a non-boolean grant', `consent-banner=1.0.${now.toString(36)}.${ID}.audience~true.`],
    ['necessary listed', `consent-banner=1.0.${now.toString(36)}.${ID}.necessary~1~audience~1.`],
    ['a duplicate id', `consent-banner=1.0.${now.toString(36)}.${ID}.audience~0~audience~1.`],
    ['a number', 42],
    ['an array (a header parsed by hand)', ['consent-banner=x']],
    ['an object', { cookie: 'x' }],
  ])('never throws and grants nothing for %s (SEC-9)', (_, header) => {
    const consent = readConsent(header as never, { now });
    expect(consent.decided).toBe(false);
    expect(consent.categories).toEqual({ necessary: true });
    expect(consent.services).toEqual({});
  });

  it('never throws for odd options', () => {
    const options = {
      get storageKey(): string {
        throw new Error('boom');
      },
    };
    expect(readConsent(`consent-banner=${value({ audience: true })}`, options)).toEqual(NOTHING);
    expect(readConsent(`consent-banner=${value({ audience: true })}`, null as never).decided).toBe(true);
  });
});

describe('a real HTTP server that renders the analytics tag only with consent (EU-1, FR-15)', () => {
  const TAG = '<script src="https://www.googletagmanager.com/gtag/js"></script>';
  const REVISION = 3;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const consent = readConsent(req.headers.cookie, { revision: REVISION });
      const head = consent.categories.audience === true ? TAG : '';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><title>News</title>${head}</head><body><h1>News</h1></body></html>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  });

  /** The page, fetched with `cookie` as the request's Cookie header. */
  const page = async (cookie?: string) => {
    const response = await fetch(`${origin}/article`, { headers: cookie === undefined ? {} : { cookie } });
    expect(response.status).toBe(200);
    return response.text();
  };
  const recent = Date.now() - DAY;

  it('renders the tag when audience measurement is granted', async () => {
    const html = await page(
      `consent-banner=${value({ audience: true, social: false }, { revision: REVISION, date: recent })}`,
    );
    expect(html).toContain(TAG);
    expect(html).toContain('<h1>News</h1>');
  });

  it('leaves it out when audience measurement is refused', async () => {
    const html = await page(
      `consent-banner=${value({ audience: false, social: true }, { revision: REVISION, date: recent })}`,
    );
    expect(html).not.toContain('googletagmanager');
    expect(html).toContain('<h1>News</h1>');
  });

  it('leaves it out before any choice (no cookie)', async () => {
    const html = await page();
    expect(html).not.toContain('googletagmanager');
    expect(html).toContain('<h1>News</h1>');
  });

  it.each([
    ['garbage', 'consent-banner=yes-track-me'],
    ['a forged grant of 2', `consent-banner=1.${REVISION}.${recent.toString(36)}.${ID}.audience~2.`],
    [
      'a duplicate id granting on its second mention',
      `consent-banner=1.${REVISION}.${recent.toString(36)}.${ID}.audience~0~audience~1.`,
    ],
    [
      'a date far ahead',
      `consent-banner=${value({ audience: true }, { revision: REVISION, date: Date.now() + 30 * DAY })}`,
    ],
    [
      'an expired grant',
      `consent-banner=${value({ audience: true }, { revision: REVISION, date: Date.now() - 400 * DAY })}`,
    ],
    ['another revision', `consent-banner=${value({ audience: true }, { revision: REVISION - 1, date: recent })}`],
    ['another storage key', `other-banner=${value({ audience: true }, { revision: REVISION, date: recent })}`],
  ])('leaves it out for %s', async (_, cookie) => {
    expect(await page(cookie)).not.toContain('googletagmanager');
  });
});
