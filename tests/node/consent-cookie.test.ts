// The consent cookie's format (issue 17): the public contract the browser writes and servers read.
// The rules are the stored record's (src/core/record.ts): SEC-9 (a stored choice is untrusted input;
// anything wrong grants nothing), LIB-4 / FR-13 (another revision asks again), FR-9 / FR-10 (182
// days for a refusal, 395 at most), EU-1 / FR-15 (nothing granted before a choice that counts).
import { describe, expect, it } from 'vitest';
import {
  parseConsent,
  readCookieHeader,
  serializeConsent,
  type ConsentCookieRecord,
} from '../../src/core/consent-cookie.js';

const DAY = 86_400_000;
const now = Date.parse('2026-06-01T12:00:00.000Z');
const ID = '0a1b2c3d-0000-4000-8000-000000000000';
const record = (over: Partial<ConsentCookieRecord> = {}): ConsentCookieRecord => ({
  revision: 0,
  date: new Date(now - DAY).toISOString(),
  id: ID,
  categories: { necessary: true, audience: true, social: false },
  services: { youtube: true, x: false },
  ...over,
});
/** A cookie value made by hand, `date` in milliseconds. */
const cookie = (revision: number | string, date: number, purposes: string, services = '', id = ID) =>
  `1.${revision}.${date.toString(36)}.${id}.${purposes}.${services}`;
const NOTHING = { decided: false, categories: { necessary: true }, services: {} };

describe('serializeConsent', () => {
  it('writes the documented format', () => {
    const date = Date.parse('2025-12-19T10:20:30.123Z');
    expect(serializeConsent(record({ date: new Date(date).toISOString() }))).toBe(
      `1.0.${date.toString(36)}.${ID}.audience~1~social~0.youtube~1~x~0`,
    );
    expect(serializeConsent(record({ revision: 42, services: undefined }))).toMatch(
      /^1\.42\.[0-9a-z]+\.[\w-]+\.audience~1~social~0\.$/,
    );
    expect(serializeConsent(record({ categories: { necessary: true }, services: {} }))).toMatch(/\.\.$/);
  });

  it('leaves out necessary, invalid ids, and a partner that has a purpose’s id; anything but true is 0', () => {
    const value = serializeConsent(
      record({
        categories: { necessary: true, audience: true, 'bad id': true, 'a.b': true, _x: true, ok: 'yes' as never },
        services: { audience: false, 'you~tube': true, vimeo: true },
      }),
    );
    expect(value.split('.').slice(4)).toEqual(['audience~1~ok~0', 'vimeo~1']);
  });

  it.each([
    ['a negative revision', { revision: -1 }],
    ['a revision above 2^31 − 1', { revision: 2 ** 31 }],
    ['a fractional revision', { revision: 1.5 }],
    ['an unparseable date', { date: 'yesterday' }],
    ['a date before 1970', { date: '1969-12-31T23:59:59.999Z' }],
    ['a short id', { id: 'abc' }],
    ['an id with a dot', { id: 'abcdefgh.ijk' }],
  ])('throws a RangeError for %s', (_, over) => {
    expect(() => serializeConsent(record(over))).toThrow(RangeError);
  });

  it('is URL-safe: nothing to encode', () => {
    const value = serializeConsent(record());
    expect(encodeURIComponent(value)).toBe(value);
  });
});

describe('parseConsent', () => {
  it('round-trips what serializeConsent writes', () => {
    const written = record({ revision: 7, date: '2026-05-31T08:09:10.011Z' });
    expect(parseConsent(serializeConsent(written), { revision: 7, now })).toEqual({
      decided: true,
      categories: { necessary: true, audience: true, social: false },
      services: { youtube: true, x: false },
      id: ID,
      date: '2026-05-31T08:09:10.011Z',
      revision: 7,
    });
  });

  it('keeps the order of the cookie', () => {
    const parsed = parseConsent(cookie(0, now, 'social~0~audience~1~preferences~1', 'x~0~youtube~1'), { now });
    expect(Object.keys(parsed.categories)).toEqual(['necessary', 'social', 'audience', 'preferences']);
    expect(Object.keys(parsed.services)).toEqual(['x', 'youtube']);
  });

  it('reads a choice with no purposes and no partners (a banner with only necessary)', () => {
    expect(parseConsent(cookie(0, now, ''), { now })).toMatchObject({
      decided: true,
      categories: { necessary: true },
      services: {},
    });
  });

  it('grants nothing, quietly, when there is no cookie', () => {
    expect(parseConsent(undefined)).toEqual(NOTHING);
  });

  describe('revision (LIB-4, FR-13)', () => {
    it('defaults to 0', () => {
      expect(parseConsent(cookie(0, now, 'audience~1'), { now }).decided).toBe(true);
      expect(parseConsent(cookie(1, now, 'audience~1'), { now }).decided).toBe(false);
    });

    it.each([1, 3])(
      'grants nothing, quietly, for another revision (%i; the site has 2), keeping id and date',
      (rev) => {
        expect(parseConsent(cookie(rev, now, 'audience~1'), { revision: 2, now })).toEqual({
          ...NOTHING,
          id: ID,
          date: new Date(now).toISOString(),
          revision: rev,
        });
      },
    );

    it('reads the largest revision', () => {
      const value = cookie(2147483647, now, 'audience~1');
      expect(parseConsent(value, { revision: 2147483647, now }).decided).toBe(true);
    });
  });

  describe('lifetimes (FR-9, FR-10)', () => {
    const granted = (age: number, options = {}) =>
      parseConsent(cookie(0, now - age, 'audience~0~social~1'), { now, ...options }).decided;
    const refused = (age: number, options = {}) =>
      parseConsent(cookie(0, now - age, 'audience~0~social~0', 'youtube~0'), { now, ...options }).decided;

    it('keeps a grant 395 days by default, to the millisecond', () => {
      expect(granted(395 * DAY)).toBe(true);
      expect(granted(395 * DAY + 1)).toBe(false);
    });

    it('keeps a refusal 182 days by default, to the millisecond', () => {
      expect(refused(182 * DAY)).toBe(true);
      expect(refused(182 * DAY + 1)).toBe(false);
    });

    it('counts a partner’s grant as a grant', () => {
      const value = cookie(0, now - 200 * DAY, 'social~0', 'youtube~1');
      expect(parseConsent(value, { now }).decided).toBe(true);
    });

    it('follows expiresDays and refusalExpiresDays', () => {
      expect(granted(30 * DAY, { expiresDays: 30 })).toBe(true);
      expect(granted(30 * DAY + 1, { expiresDays: 30 })).toBe(false);
      expect(refused(10 * DAY, { refusalExpiresDays: 10 })).toBe(true);
      expect(refused(10 * DAY + 1, { refusalExpiresDays: 10 })).toBe(false);
      // Each lifetime applies to its own kind of choice only.
      expect(granted(300 * DAY, { refusalExpiresDays: 10 })).toBe(true);
      expect(refused(100 * DAY, { expiresDays: 30 })).toBe(true);
    });

    it('caps lifetimes at 395 days (13 months, CNIL)', () => {
      expect(granted(395 * DAY, { expiresDays: 1000 })).toBe(true);
      expect(granted(395 * DAY + 1, { expiresDays: 1000 })).toBe(false);
      expect(refused(395 * DAY + 1, { refusalExpiresDays: Infinity })).toBe(false);
    });

    it.each([NaN, 0, -5, 'many' as never])('ignores a lifetime of %s (the default applies)', (days) => {
      expect(granted(395 * DAY, { expiresDays: days })).toBe(true);
      expect(granted(395 * DAY + 1, { expiresDays: days })).toBe(false);
      expect(refused(182 * DAY + 1, { refusalExpiresDays: days })).toBe(false);
    });

    it('grants nothing for a date more than five minutes ahead (a forged cookie, a clock set back)', () => {
      expect(granted(-300_000)).toBe(true);
      expect(granted(-300_001)).toBe(false);
      expect(granted(-23 * 3_600_000)).toBe(false);
      const ahead = parseConsent(cookie(0, now + 30 * DAY, 'audience~1'), { now });
      expect(ahead).toMatchObject({ ...NOTHING, id: ID });
      expect(ahead).not.toHaveProperty('problem');
    });

    it('uses the current time by default', () => {
      expect(parseConsent(cookie(0, Date.now() - DAY, 'audience~1')).decided).toBe(true);
      expect(parseConsent(cookie(0, Date.now() - 396 * DAY, 'audience~1')).decided).toBe(false);
    });
  });

  describe('malformed values grant nothing and say why (SEC-9)', () => {
    const good = cookie(0, now, 'audience~1~social~0', 'youtube~1');
    it.each([
      ['an empty value', ''],
      ['garbage', 'yes please'],
      ['JSON', '{"audience":true}'],
      ['format version 2', `2${good.slice(1)}`],
      ['format version 01', `0${good}`],
      ['a missing field', good.slice(0, good.lastIndexOf('.'))],
      ['an extra field', `${good}.x`],
      ['a negative revision', cookie('-1', now, 'audience~1')],
      ['a revision with a leading zero', cookie('01', now, 'audience~1')],
      ['a revision above 2^31 − 1', cookie('2147483648', now, 'audience~1')],
      ['a revision in exponent form', cookie('1e3', now, 'audience~1')],
      ['an empty date', `1.0..${ID}.audience~1.`],
      ['an uppercase date', `1.0.${now.toString(36).toUpperCase()}.${ID}.audience~1.`],
      ['a date beyond what Date holds', `1.0.zzzzzzzzzzz.${ID}.audience~1.`],
      ['a date with a sign', `1.0.-${now.toString(36)}.${ID}.audience~1.`],
      ['a short id', cookie(0, now, 'audience~1', '', 'abc')],
      ['a long id', cookie(0, now, 'audience~1', '', 'a'.repeat(65))],
      ['an id with a space', cookie(0, now, 'audience~1', '', 'abcd efgh')],
      ['a pair without its value', cookie(0, now, 'audience~1~social')],
      ['a grant of 2', cookie(0, now, 'audience~2')],
      ['a grant of true', cookie(0, now, 'audience~true')],
      ['a grant of 01', cookie(0, now, 'audience~01')],
      ['an empty grant', cookie(0, now, 'audience~')],
      ['a partner’s grant of yes', cookie(0, now, 'audience~1', 'youtube~yes')],
      ['an empty id in a pair', cookie(0, now, '~1')],
      ['a trailing ~', cookie(0, now, 'audience~1~')],
      ['__proto__ as an id', cookie(0, now, '__proto__~1')],
      ['an id starting with -', cookie(0, now, '-audience~1')],
      ['a percent-encoded id', cookie(0, now, 'aud%20ience~1')],
      ['a duplicate purpose', cookie(0, now, 'audience~0~audience~1')],
      ['a duplicate partner', cookie(0, now, 'audience~1', 'youtube~0~youtube~1')],
      ['a partner that has a purpose’s id', cookie(0, now, 'audience~1', 'audience~1')],
      ['a duplicate constructor', cookie(0, now, 'constructor~1~constructor~1')],
      ['necessary listed', cookie(0, now, 'necessary~1~audience~1')],
      ['necessary listed as refused', cookie(0, now, 'necessary~0')],
      ['necessary among the partners', cookie(0, now, 'audience~1', 'necessary~1')],
      ['a huge value', cookie(0, now, Array.from({ length: 2000 }, (_, i) => `p${i}~1`).join('~'))],
    ])('%s', (_, value) => {
      const parsed = parseConsent(value, { now });
      expect(parsed).toMatchObject(NOTHING);
      expect(parsed.categories).toEqual({ necessary: true });
      expect(parsed.services).toEqual({});
      expect(parsed.problem).toMatch(/^consent cookie ignored: [^\n]{10,120}$/);
    });

    it('refuses a value over 4,096 characters unread, and reads one of exactly 4,096', () => {
      // A purpose with a long id, `audience~1~pxxx…x~1`, and no partners.
      const base = `1.0.${now.toString(36)}.${ID}.audience~1~p`;
      const exact = `${base}${'x'.repeat(4096 - base.length - 3)}~1.`;
      expect(exact).toHaveLength(4096);
      expect(parseConsent(exact, { now }).decided).toBe(true);
      const over = `${base}${'x'.repeat(4097 - base.length - 3)}~1.`;
      expect(parseConsent(over, { now })).toEqual({
        ...NOTHING,
        problem: 'consent cookie ignored: it is longer than 4096 characters',
      });
      expect(parseConsent('x'.repeat(1_000_000)).problem).toMatch(/longer than 4096/);
    });

    it('keeps the fields that parsed (the id serves as proof)', () => {
      expect(parseConsent(cookie(0, now, 'audience~2'), { now })).toMatchObject({
        decided: false,
        id: ID,
        date: new Date(now).toISOString(),
        revision: 0,
      });
      const badRevision = parseConsent(cookie('x', now, 'audience~1'), { now });
      expect(badRevision).toMatchObject({ decided: false, id: ID, date: new Date(now).toISOString() });
      expect(badRevision.revision).toBeUndefined();
      expect(parseConsent(cookie(0, now, 'audience~1', '', 'short'), { now }).id).toBeUndefined();
      // Another format: nothing in it can be trusted to mean anything.
      expect(parseConsent(`2.0.${now.toString(36)}.${ID}.audience~1.`, { now })).toEqual({
        ...NOTHING,
        problem: expect.stringMatching(/not in format 1/),
      });
    });

    it('survives values of the wrong type from untyped callers', () => {
      for (const value of [null, 42, {}, ['1'], true]) expect(parseConsent(value as never).decided).toBe(false);
    });
  });

  describe('hostile ids never reach a prototype', () => {
    it('reads ids named after Object.prototype’s members as plain own keys', () => {
      const parsed = parseConsent(cookie(0, now, 'constructor~1~toString~0~hasOwnProperty~1', 'valueOf~1'), { now });
      expect(parsed.decided).toBe(true);
      expect(Object.getOwnPropertyNames(parsed.categories)).toEqual([
        'necessary',
        'constructor',
        'toString',
        'hasOwnProperty',
      ]);
      expect(parsed.categories.constructor).toBe(true);
      expect(parsed.services.valueOf).toBe(true);
      expect(Object.getPrototypeOf(parsed.categories)).toBe(Object.prototype);
      // The objects still work as objects, and nothing leaked into other objects.
      expect(JSON.parse(JSON.stringify(parsed.categories))).toEqual(parsed.categories);
      expect(({} as Record<string, unknown>).constructor).toBe(Object);
      expect(Object.hasOwn(parsed.categories, 'audience')).toBe(false);
    });

    it('grants nothing for __proto__, and Object.prototype stays clean', () => {
      for (const value of [
        cookie(0, now, '__proto__~1'),
        cookie(0, now, 'audience~1', '__proto__~1'),
        cookie(0, now, 'prototype~1~__proto__~1'),
      ]) {
        const parsed = parseConsent(value, { now });
        expect(parsed.decided).toBe(false);
        expect(Object.getPrototypeOf(parsed.categories)).toBe(Object.prototype);
      }
      expect(({} as Record<string, unknown>).audience).toBeUndefined();
      expect(({} as Record<string, unknown>).prototype).toBeUndefined();
    });
  });

  it('is compact: 10 purposes and 30 partners stay well under 1 kB', () => {
    const purposes = [
      'preferences',
      'audience',
      'social',
      'advertising',
      'personalization',
      'video',
      'comments',
      'maps',
      'chat',
      'ab-testing',
    ];
    const partners = [
      'google-analytics',
      'microsoft-clarity',
      'matomo',
      'hotjar',
      'mixpanel',
      'amplitude',
      'segment',
      'google-tag-manager',
      'google-ads',
      'meta-pixel',
      'linkedin-insight',
      'tiktok-pixel',
      'pinterest-tag',
      'snap-pixel',
      'criteo',
      'taboola',
      'outbrain',
      'doubleclick',
      'youtube',
      'vimeo',
      'dailymotion',
      'x',
      'facebook',
      'instagram',
      'disqus',
      'google-maps',
      'openstreetmap',
      'intercom',
      'crisp',
      'optimizely',
    ];
    expect(purposes).toHaveLength(10);
    expect(partners).toHaveLength(30);
    const value = serializeConsent({
      revision: 2147483647,
      date: '2026-06-01T12:00:00.000Z',
      id: crypto.randomUUID(),
      categories: Object.fromEntries(['necessary', ...purposes].map((id, i) => [id, i % 2 === 0])),
      services: Object.fromEntries(partners.map((id, i) => [id, i % 3 === 0])),
    });
    console.info(`consent cookie, 10 purposes + 30 partners: ${value.length} characters`);
    expect(value.length).toBeLessThan(1000);
    expect(encodeURIComponent(value)).toBe(value);
    const parsed = parseConsent(value, { revision: 2147483647, now });
    expect(parsed.decided).toBe(true);
    expect(Object.keys(parsed.categories)).toHaveLength(11);
    expect(Object.keys(parsed.services)).toHaveLength(30);
  });
});

describe('readCookieHeader', () => {
  const value = cookie(0, now, 'audience~1');

  it.each([
    ['the only cookie', `consent-banner=${value}`],
    ['among others', `_ga=GA1.2.3; consent-banner=${value}; theme=dark`],
    ['with no space after ;', `a=1;consent-banner=${value};b=2`],
    ['with spaces around = and ;', `a=1 ;  consent-banner = ${value} ; b=2`],
    ['with tabs', `a=1;\tconsent-banner=${value}\t;b=2`],
    ['in double quotes', `consent-banner="${value}"`],
    ['the first of two', `consent-banner=${value}; consent-banner=1.9.0.other-one.x~1.`],
  ])('finds the value %s', (_, header) => {
    expect(readCookieHeader(header, 'consent-banner')).toBe(value);
  });

  it('keeps = inside a value', () => {
    expect(readCookieHeader('token=abc==; k=a=b=c', 'k')).toBe('a=b=c');
    expect(readCookieHeader('token=abc==; k=a=b=c', 'token')).toBe('abc==');
  });

  it('matches the name exactly', () => {
    const header = `my-consent-banner=a; consent-banner-old=b; Consent-Banner=c; consent-banner=${value}`;
    expect(readCookieHeader(header, 'consent-banner')).toBe(value);
    expect(readCookieHeader('consent-banner-old=b', 'consent-banner')).toBeUndefined();
    expect(readCookieHeader('Consent-Banner=c', 'consent-banner')).toBeUndefined();
  });

  it('returns an empty value as empty, and undefined when absent', () => {
    expect(readCookieHeader('consent-banner=; a=1', 'consent-banner')).toBe('');
    expect(readCookieHeader('a=1; b=2', 'consent-banner')).toBeUndefined();
    expect(readCookieHeader('consent-banner', 'consent-banner')).toBeUndefined();
    expect(readCookieHeader('', 'consent-banner')).toBeUndefined();
    expect(readCookieHeader(undefined, 'consent-banner')).toBeUndefined();
    expect(readCookieHeader(';;; ;', 'consent-banner')).toBeUndefined();
    expect(readCookieHeader('=x', '')).toBeUndefined();
  });

  it('leaves a lone quote and a half-quoted value as they are (they then fail to parse)', () => {
    expect(readCookieHeader('k="', 'k')).toBe('"');
    expect(readCookieHeader('k="abc', 'k')).toBe('"abc');
  });

  it('does not decode', () => {
    expect(readCookieHeader('k=a%20b', 'k')).toBe('a%20b');
  });

  it('survives headers of the wrong type from untyped callers', () => {
    for (const header of [null, 42, {}, ['consent-banner=x']])
      expect(readCookieHeader(header as never, 'consent-banner')).toBeUndefined();
  });
});
