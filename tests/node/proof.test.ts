// Issue 16, proof of consent (EU-7, FR-11): the hash of what was shown is stable for the same
// input, and changes when any shown text changes; attribute order does not count.
import { describe, expect, it } from 'vitest';
import { DEFAULTS, type StoreConfig } from '../../src/core/store.js';
import { sha256 } from '../../src/core/sha256.js';
import en from '../../src/i18n/en.js';
import { configHash, mirrorCookie, proofBody, shownConfig, VERSION } from '../../src/integrations/consent-log.js';
import { whole } from '../../src/i18n/whole.js';
import type { ConsentRecord } from '../../src/core/record.js';

const config: StoreConfig = {
  ...DEFAULTS,
  ids: ['audience', 'social'],
  services: { matomo: 'audience', youtube: 'social' },
  texts: { youtube: ['YouTube', 'Videos'], matomo: ['Matomo', ''] },
  links: { youtube: 'https://policies.google.com/privacy' },
  controller: 'Evening Post',
  revision: 3,
};
const t = whole(en, 'en');
const hash = (over: Partial<StoreConfig> = {}, strings = t, lang = 'en') =>
  configHash({ ...config, ...over }, strings, lang);

describe('configHash', () => {
  it('is the first 32 hex characters of SHA-256 of the canonical JSON, the same for the same input', () => {
    expect(hash()).toMatch(/^[0-9a-f]{32}$/);
    expect(hash()).toBe(hash());
    expect(hash()).toBe(sha256(JSON.stringify(shownConfig(config, t, 'en'))).slice(0, 32));
  });

  it('does not depend on the order attributes or keys were given in', () => {
    const reordered: StoreConfig = Object.fromEntries(Object.entries(config).reverse()) as unknown as StoreConfig;
    expect(configHash(reordered, t, 'en')).toBe(hash());
    expect(hash({ texts: { matomo: ['Matomo', ''], youtube: ['YouTube', 'Videos'] } })).toBe(hash());
  });

  it('changes when any shown text changes', () => {
    const base = hash();
    const variants = [
      hash({ controller: 'Morning Post' }),
      hash({ revision: 4 }),
      hash({ ids: ['social', 'audience'] }),
      hash({ texts: { ...config.texts, youtube: ['YouTube', 'Videos and shorts'] } }),
      hash({ texts: { ...config.texts, audience: ['Statistics', ''] } }),
      hash({ links: { youtube: 'https://example.org/privacy' } }),
      hash({ services: { matomo: 'audience' } }),
      hash({}, { ...t, acceptAll: 'Accept everything' }),
      hash({}, { ...t, categories: { ...t.categories, social: ['Social networks', 'Another description'] } }),
      hash({}, t, 'fr'),
    ];
    for (const [i, variant] of variants.entries()) expect(variant, `variant ${i}`).not.toBe(base);
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('names the built-in descriptions, which the bundle leaves out for French and English', () => {
    const shown = JSON.stringify(shownConfig(config, t, 'en'));
    expect(shown).toContain('Help us understand how the site is used');
    expect(shown).toContain('Evening Post');
    expect(shown).toContain('https://policies.google.com/privacy');
  });
});

describe('proofBody', () => {
  it('carries the record, the controller, the version and the hash, and the partners only where declared', () => {
    const record: ConsentRecord = {
      id: 'seeded-0000-4000',
      revision: 3,
      date: '2026-12-08T00:00:00.000Z',
      categories: { necessary: true, audience: false },
      action: 'withdraw',
      lang: 'en',
      version: VERSION,
      configHash: 'abc',
      gpc: true,
    };
    (globalThis as { location?: { href: string } }).location ??= { href: 'https://example.org/' };
    const body = proofBody(record, 'Evening Post');
    expect(body).toEqual({
      id: 'seeded-0000-4000',
      date: '2026-12-08T00:00:00.000Z',
      revision: 3,
      categories: { necessary: true, audience: false },
      action: 'withdraw',
      lang: 'en',
      controller: 'Evening Post',
      version: VERSION,
      configHash: 'abc',
      gpc: true,
      url: globalThis.location.href,
    });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the mirror cookie’s attributes (issue 17)', () => {
  const record: ConsentRecord = {
    id: 'seeded-0000-4000',
    revision: 0,
    date: '2026-12-08T00:00:00.000Z',
    categories: { necessary: true, audience: true },
    action: 'accept-all',
    lang: 'fr',
  };
  const now = Date.parse('2026-12-09T00:00:00.000Z');
  const store = (config: Partial<StoreConfig>) =>
    ({ key: 'consent-banner', config: { ...DEFAULTS, ids: ['audience'], ...config } }) as unknown as Parameters<
      typeof mirrorCookie
    >[0];
  const at = (href: string) => {
    const url = new URL(href);
    Object.assign(globalThis, { location: { href, protocol: url.protocol, hostname: url.hostname } });
  };

  it('is Secure on an https page, with the site’s Domain, Path=/, SameSite=Lax and the remaining lifetime', () => {
    at('https://video.example.fr/article');
    const cookie = mirrorCookie(store({ cookieDomain: 'example.fr' }), record, () => {}, now)!;
    expect(cookie).toMatch(/^consent-banner=1\.0\.[0-9a-z]+\.seeded-0000-4000\.audience~1\.; /);
    expect(cookie).toContain(`; Max-Age=${394 * 86_400}; Path=/; Domain=example.fr; SameSite=Lax; Secure`);
  });

  it('is host-only without cookie-domain, and not Secure on http', () => {
    at('http://www.example.fr/');
    const cookie = mirrorCookie(store({ cookie: true }), record, () => {}, now)!;
    expect(cookie).not.toContain('Domain=');
    expect(cookie).not.toContain('Secure');
    expect(cookie).toContain('; Path=/; SameSite=Lax');
  });

  it('lives 182 days for a refusal, expires at reset, and is refused for a domain the host is not inside', () => {
    at('https://www.example.fr/');
    const refused = { ...record, categories: { necessary: true, audience: false }, action: 'refuse-all' as const };
    expect(mirrorCookie(store({ cookie: true }), refused, () => {}, now)).toContain(`Max-Age=${181 * 86_400}`);
    expect(mirrorCookie(store({ cookie: true }), { ...record, action: 'reset' }, () => {}, now)).toMatch(
      /^consent-banner=; Max-Age=0;/,
    );
    const said: string[] = [];
    expect(mirrorCookie(store({ cookieDomain: 'example.com' }), record, (m) => said.push(m), now)).toBeUndefined();
    expect(said[0]).toContain('cookie-domain="example.com" does not contain this page\'s host www.example.fr');
  });
});
