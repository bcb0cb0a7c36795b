/*
 * Issue 17: one choice for the whole site — the stored choice mirrored in a first-party cookie
 * (`cookie`, `cookie-domain`), shared by sub-domains and readable by the site's server. Nothing is
 * granted by a cookie that is corrupt, hostile, of another revision or from the future (FR-10,
 * FR-13 in REGULATION.md: no consent without a valid choice; a choice lasts 13 months at most).
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { parseConsent, readCookieHeader, serializeConsent } from '../../src/core/consent-cookie.js';
import type { ConsentReadyDetail } from '../../src/index.js';
import { bannerLayer, collect, mount, seed, stored } from './helpers.js';

const KEY = 'consent-banner';
const DAY = 86_400_000;
const clearCookie = () => {
  document.cookie = `${KEY}=; Max-Age=0; Path=/`;
};
const cookieValue = () => readCookieHeader(document.cookie, KEY);
const banner = (attrs = 'cookie') =>
  mount(`<consent-banner lang="fr" categories="audience social" ${attrs}></consent-banner>`);
/** Writes the mirror cookie as another sub-domain would have. */
const plant = (value: string) => {
  document.cookie = `${KEY}=${value}; Path=/; SameSite=Lax`;
  onTestFinished(clearCookie);
};
const choice = (over: Partial<Parameters<typeof serializeConsent>[0]> = {}) =>
  serializeConsent({
    revision: 0,
    date: new Date(Date.now() - DAY).toISOString(),
    id: 'other-site-0000-4000',
    categories: { audience: true, social: false },
    ...over,
  });

describe('the mirror cookie (issue 17)', () => {
  it('writes each decision to the cookie, with the record’s grants, id and date', async () => {
    onTestFinished(clearCookie);
    const el = await banner();
    el.setConsent({ audience: true });
    await vi.waitUntil(() => cookieValue());
    const read = parseConsent(cookieValue());
    expect(read).toMatchObject({
      decided: true,
      categories: { necessary: true, audience: true, social: false },
      id: stored().id,
      date: stored().date,
      revision: 0,
    });
  });

  it('gives the cookie Path=/, SameSite=Lax and a Max-Age of the record’s remaining lifetime: 395 days, 182 for a refusal', async () => {
    onTestFinished(clearCookie);
    const el = await banner();
    el.acceptAll();
    await vi.waitUntil(() => cookieValue());
    let jar = (await commands.cookieJar(KEY))!;
    expect(jar.path).toBe('/');
    expect(jar.sameSite?.toLowerCase()).toBe('lax');
    expect(jar.secure).toBe(false); // an http page
    const days = (jar.expires * 1000 - Date.now()) / DAY;
    expect(days).toBeGreaterThan(394.9);
    // Browsers round the expiry to the second: a minute of slack, never a day.
    expect(days).toBeLessThanOrEqual(395 + 1 / 1440);
    el.refuseAll();
    await vi.waitUntil(async () => {
      jar = (await commands.cookieJar(KEY))!;
      return (jar.expires * 1000 - Date.now()) / DAY < 183;
    });
    expect((jar.expires * 1000 - Date.now()) / DAY).toBeGreaterThan(181.9);
    expect(parseConsent(jar.value).categories).toEqual({ necessary: true, audience: false, social: false });
  });

  it('writes no cookie without cookie or cookie-domain', async () => {
    const el = await banner('');
    const records = collect('consent-record');
    el.acceptAll();
    await vi.waitUntil(() => records.length);
    expect(cookieValue()).toBeUndefined();
  });

  it('refuses a cookie-domain the page’s host is not inside, or an empty one, and says so', async () => {
    const warn = vi.spyOn(console, 'warn');
    for (const domain of ['example.fr', '.', '']) {
      localStorage.clear();
      const records = collect('consent-record');
      const el = await banner(`cookie-domain="${domain}"`);
      el.acceptAll();
      await vi.waitUntil(() => records.length);
      el.remove();
    }
    expect(cookieValue()).toBeUndefined();
    const said = warn.mock.calls.flat().join('\n');
    expect(said).toContain(`cookie-domain="example.fr" does not contain this page's host ${location.hostname}`);
    expect(said).toContain('cookie-domain="." names no domain');
  });

  it('applies a choice found only in the cookie: no banner, the same grants, consent-ready decided, copied to localStorage', async () => {
    plant(choice());
    const ready = collect<ConsentReadyDetail>('consent-ready');
    const el = await banner();
    await vi.waitUntil(() => ready.length);
    expect(ready[0]).toEqual({ categories: { necessary: true, audience: true, social: false }, decided: true });
    await el.updateComplete;
    expect(bannerLayer(el)).toBeNull();
    expect(stored()).toMatchObject({ id: 'other-site-0000-4000', categories: { audience: true, social: false } });
    expect(el.hasConsent('audience')).toBe(true);
  });

  it('lets the newer of cookie and localStorage win', async () => {
    seed({ necessary: true, audience: false, social: true }, { date: new Date(Date.now() - 2 * DAY).toISOString() });
    plant(choice({ date: new Date(Date.now() - DAY).toISOString() }));
    const el = await banner();
    await vi.waitUntil(() => el.hasConsent('audience'));
    expect(el.consent.categories).toEqual({ necessary: true, audience: true, social: false });
    el.remove();
    localStorage.clear();
    seed({ necessary: true, audience: false, social: true }, { date: new Date().toISOString() });
    const again = await banner();
    await new Promise((r) => setTimeout(r, 100));
    expect(again.consent.categories).toEqual({ necessary: true, audience: false, social: true });
  });

  it('grants nothing for a corrupt, hostile, other-revision or future cookie, and warns once for a corrupt one', async () => {
    const warn = vi.spyOn(console, 'warn');
    const hostile = [
      'garbage',
      'x'.repeat(5000),
      '1.0.zzzzzzzz.not-an-id!.audience~1.',
      '1.0.mjx2k3a0.other-site-0000-4000.__proto__~1.',
      '1.0.mjx2k3a0.other-site-0000-4000.audience~true.',
      choice({ revision: 3 }),
      choice({ date: new Date(Date.now() + 3 * DAY).toISOString() }),
      choice({ date: new Date(Date.now() - 400 * DAY).toISOString() }),
    ];
    for (const value of hostile) {
      localStorage.clear();
      plant(value);
      const ready = collect<ConsentReadyDetail>('consent-ready');
      const el = await banner();
      await vi.waitUntil(() => ready.length);
      expect(ready[0]!.decided, value.slice(0, 40)).toBe(false);
      expect(el.hasConsent('audience'), value.slice(0, 40)).toBe(false);
      el.remove();
    }
    expect(warn.mock.calls.flat().join('\n')).toContain(`consent cookie ignored`);
  });

  it('expires the cookie on reset(), and updates it on a withdrawal', async () => {
    onTestFinished(clearCookie);
    const el = await banner();
    el.acceptAll();
    await vi.waitUntil(() => parseConsent(cookieValue()).categories.audience);
    el.setConsent({ audience: false });
    await vi.waitUntil(() => parseConsent(cookieValue()).categories.audience === false);
    el.reset();
    await vi.waitUntil(() => cookieValue() === undefined);
  });

  it('works from localStorage alone when cookies cannot be written', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><body>
      <script>Object.defineProperty(document, 'cookie', { get() { throw new Error('cookies off') }, set() { throw new Error('cookies off') } });
      window.errors = []; addEventListener('error', (e) => errors.push(e.message));</script>
      <consent-banner categories="audience" cookie-domain="localhost"></consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script></body></html>`;
    document.body.append(frame);
    onTestFinished(() => frame.remove());
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow as Window & { errors: string[] };
    const el = await vi.waitUntil(
      () => win.document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part="accept-button"]'),
      { timeout: 5000 },
    );
    (el as HTMLButtonElement).click();
    await vi.waitUntil(() => win.localStorage.getItem(KEY));
    expect(JSON.parse(win.localStorage.getItem(KEY)!).categories.audience).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(win.errors).toEqual([]);
    win.localStorage.clear();
  });
});

describe('one choice for the whole site (issue 17)', () => {
  it('a choice made on one sub-domain applies on another, and a withdrawal comes back', async () => {
    const origin = (host: string) => `http://${host}:${location.port}`;
    const page = (host: string) =>
      `${origin(host)}/__gate/page.html?${new URLSearchParams({
        body: `<script>window.ready = new Promise((r) => document.addEventListener('consent-ready', (e) => r(e.detail), { once: true }));</script>
          <consent-banner lang="fr" categories="audience social" cookie-domain="example.test"></consent-banner>
          <script type="module" src="/__dist/consent-banner.js"></script>`,
      })}`;
    // On www: no choice yet, the banner asks; accept everything.
    const onWww = await commands.onSite(
      page('www.example.test'),
      `const el = document.querySelector('consent-banner');
       await window.ready;
       await new Promise((r) => setTimeout(r, 100));
       const asked = !!el.shadowRoot.querySelector('[part="banner"]:not([hidden])');
       el.acceptAll();
       await new Promise((r) => setTimeout(r, 500));
       return { asked, cookie: document.cookie };`,
    );
    expect(onWww).toMatchObject({ asked: true });
    // On shop: no banner, the same grants, consent-ready says decided; then withdraw audience there.
    const onShop = (await commands.onSite(
      page('shop.example.test'),
      `const detail = await window.ready;
       const el = document.querySelector('consent-banner');
       await new Promise((r) => setTimeout(r, 100));
       const shown = !!el.shadowRoot.querySelector('[part="banner"]:not([hidden])');
       const stored = JSON.parse(localStorage.getItem('consent-banner'));
       el.setConsent({ audience: false });
       await new Promise((r) => setTimeout(r, 500));
       localStorage.clear();
       return { detail, shown, stored };`,
    )) as { detail: ConsentReadyDetail; shown: boolean; stored: { categories: Record<string, boolean> } };
    expect(onShop.detail).toEqual({ categories: { necessary: true, audience: true, social: true }, decided: true });
    expect(onShop.shown).toBe(false);
    expect(onShop.stored.categories).toMatchObject({ audience: true, social: true });
    // Back on www at its next page view: the withdrawal made on shop applies.
    const back = await commands.onSite(
      page('www.example.test'),
      `const detail = await window.ready;
       const result = { detail, stored: JSON.parse(localStorage.getItem('consent-banner')).categories };
       localStorage.clear();
       document.cookie = 'consent-banner=; Max-Age=0; Path=/; Domain=example.test';
       return result;`,
    );
    expect(back).toEqual({
      detail: { categories: { necessary: true, audience: false, social: true }, decided: true },
      stored: { necessary: true, audience: false, social: true },
    });
  });
});
