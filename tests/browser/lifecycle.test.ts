import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { loadGating } from '../../src/gating/load.js';
import { loadConsentMode } from '../../src/integrations/consent-mode.js';
import type { ConsentChangeDetail, ConsentReadyDetail } from '../../src/index.js';
import { bannerLayer, collect, expectSwitch, html, mount, seed, stored } from './helpers.js';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const banner = (attrs = '') =>
  mount(`<consent-banner lang="fr" categories="audience social advertising" ${attrs}></consent-banner>`);

describe('expiry', () => {
  it.each([
    [394, true],
    [396, false],
  ])('a consent made %i days ago still counts: %s', async (days, counts) => {
    seed({ necessary: true, audience: true, social: false, advertising: false }, { date: daysAgo(days) });
    const el = await banner();
    expect(el.consent.decided).toBe(counts);
    expect(el.hasConsent('audience')).toBe(counts);
    expect(!!bannerLayer(el)).toBe(!counts);
  });

  it.each([
    [181, true],
    [183, false],
  ])('a refusal of everything made %i days ago still counts: %s', async (days, counts) => {
    seed({ necessary: true, audience: false, social: false, advertising: false }, { date: daysAgo(days) });
    const el = await banner();
    expect(el.consent.decided).toBe(counts);
  });

  it('takes its lifetimes from expires-days and refusal-expires-days', async () => {
    seed({ necessary: true, audience: true, social: true, advertising: true }, { date: daysAgo(31) });
    const el = await banner('expires-days="30"');
    expect(el.consent.decided).toBe(false);
    el.remove();
    seed({ necessary: true, audience: false, social: false, advertising: false }, { date: daysAgo(31) });
    expect((await banner('refusal-expires-days="400"')).consent.decided).toBe(true);
  });

  it('is not extended by visits', async () => {
    const date = daysAgo(100);
    seed({ necessary: true, audience: true, social: true, advertising: true }, { date });
    await banner();
    expect(stored().date).toBe(date);
  });
});

describe('new purposes', () => {
  it('asks again, keeping earlier answers in effect and pre-set', async () => {
    seed({ necessary: true, audience: true, video: true });
    const ready = collect<ConsentReadyDetail>('consent-ready');
    const el = await banner();
    expect(bannerLayer(el)).not.toBeNull();
    expect(ready[0]).toEqual({
      categories: { necessary: true, audience: true, social: false, advertising: false },
      decided: false,
    });
    expect(el.hasConsent('audience')).toBe(true);
    await el.showPreferences();
    await expectSwitch("Mesure d'audience", true);
    await expectSwitch('Réseaux sociaux', false);
    await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    expect(stored().categories).toEqual({ necessary: true, audience: true, social: false, advertising: false });
  });
});

describe('"Continuer sans accepter"', () => {
  it('records exactly the refuse-all state, as its own action "continue" (issue 16)', async () => {
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await banner();
    await page.getByRole('button', { name: 'Continuer sans accepter' }).click();
    expect(changes).toEqual([
      {
        categories: { necessary: true, audience: false, social: false, advertising: false },
        changed: [],
        action: 'continue',
        decided: true,
        id: expect.any(String),
        date: expect.any(String),
      },
    ]);
    expect(stored()).toMatchObject({
      action: 'continue',
      categories: { necessary: true, audience: false, social: false, advertising: false },
    });
    await el.updateComplete;
    expect(bannerLayer(el)).toBeNull();
  });

  it('is as visible as the other controls, inside the banner', async () => {
    const el = await banner();
    const close = el.shadowRoot!.querySelector<HTMLElement>('[part="continue-button"]')!;
    expect(bannerLayer(el)!.contains(close)).toBe(true);
    expect(close.checkVisibility()).toBe(true);
    const { width, height } = close.getBoundingClientRect();
    expect(width).toBeGreaterThanOrEqual(24);
    expect(height).toBeGreaterThanOrEqual(24);
  });
});

describe('silence is refusal', () => {
  it('Escape, clicking outside, scrolling and waiting grant and record nothing', async () => {
    const changes = collect('consent-change');
    const el = await banner();
    await userEvent.keyboard('{Escape}');
    document.body.click();
    window.scrollBy(0, 500);
    await new Promise((r) => setTimeout(r, 50));
    expect(changes).toEqual([]);
    expect(stored()).toBeNull();
    expect(el.consent.categories).toEqual({ necessary: true, audience: false, social: false, advertising: false });
    expect(bannerLayer(el)).not.toBeNull();
  });
});

describe('Global Privacy Control', () => {
  function sendGpc() {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    onTestFinished(() => {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    });
  }

  it('keeps advertising off on "Tout accepter", says why, and lets the visitor switch it on', async () => {
    sendGpc();
    const ready = collect<ConsentReadyDetail>('consent-ready');
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await banner();
    expect(ready[0].gpc).toBe(true);
    await page.getByRole('button', { name: 'Tout accepter' }).click();
    expect(changes[0]).toEqual({
      categories: { necessary: true, audience: true, social: true, advertising: false },
      changed: ['audience', 'social'],
      action: 'accept-all',
      decided: true,
      id: expect.any(String),
      date: expect.any(String),
      gpc: true,
    });
    await el.showPreferences();
    expect(el.shadowRoot!.textContent).toContain('Global Privacy Control');
    await page.getByRole('switch', { name: 'Publicité' }).click();
    await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    expect(stored().categories.advertising).toBe(true);
    expect(changes.at(-1)).toMatchObject({ changed: ['advertising'], gpc: true });
  });

  it('is never consent: it grants nothing by itself', async () => {
    sendGpc();
    const el = await banner();
    expect(el.consent).toEqual({
      categories: { necessary: true, audience: false, social: false, advertising: false },
      decided: false,
    });
  });

  it('is ignored with ignore-gpc', async () => {
    sendGpc();
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await banner('ignore-gpc');
    el.acceptAll();
    expect(changes[0].categories.advertising).toBe(true);
    expect(changes[0].gpc).toBeUndefined();
  });
});

describe('Google Consent Mode v2', () => {
  type DL = { dataLayer?: unknown[] };
  const layer = () =>
    ((window as unknown as DL).dataLayer ?? []).map((e) => [
      Object.prototype.toString.call(e),
      ...Array.from(e as ArrayLike<unknown>),
    ]);
  const denied = {
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'denied',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
  };
  function freshDataLayer() {
    delete (window as unknown as DL).dataLayer;
    onTestFinished(() => void delete (window as unknown as DL).dataLayer);
  }
  /** Consent Mode is a module of its own (issue 18): the banner tells Google's tags once it has arrived. */
  const told = () => vi.waitUntil(() => layer().some((e) => e[2] === 'default'));

  it('pushes the default, then the restored choice, then each decision, as gtag arguments', async () => {
    freshDataLayer();
    seed({ necessary: true, audience: true, social: false, advertising: false });
    const el = await banner('google-consent-mode');
    await told();
    expect(layer()).toEqual([
      ['[object Arguments]', 'consent', 'default', { ...denied, security_storage: 'granted', wait_for_update: 500 }],
      [
        '[object Arguments]',
        'consent',
        'update',
        { ...denied, analytics_storage: 'granted', security_storage: 'granted' },
      ],
    ]);
    el.acceptAll();
    el.refuseAll();
    expect(layer().slice(2)).toEqual([
      [
        '[object Arguments]',
        'consent',
        'update',
        {
          ad_storage: 'granted',
          ad_user_data: 'granted',
          ad_personalization: 'granted',
          analytics_storage: 'granted',
          functionality_storage: 'denied',
          personalization_storage: 'denied',
          security_storage: 'granted',
        },
      ],
      ['[object Arguments]', 'consent', 'update', { ...denied, security_storage: 'granted' }],
    ]);
  });

  it('pushes the answers still in effect when the banner asks again about a new purpose', async () => {
    freshDataLayer();
    seed({ necessary: true, audience: true });
    const el = await banner('google-consent-mode');
    await told();
    expect(el.consent.decided).toBe(false);
    expect(layer().map((e) => e[2])).toEqual(['default', 'update']);
    expect(layer()[1][3]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  });

  it('pushes only the default on a first visit, and nothing without the attribute', async () => {
    freshDataLayer();
    const first = await banner('google-consent-mode');
    await told();
    expect(layer().map((e) => e[2])).toEqual(['default']);
    first.remove();
    freshDataLayer();
    (await banner()).acceptAll();
    expect((window as unknown as DL).dataLayer).toBeUndefined();
  });

  it('keeps a default already pushed by the classic snippet', async () => {
    freshDataLayer();
    (window as unknown as DL).dataLayer = [];
    (function gtag(..._args: unknown[]) {
      // eslint-disable-next-line prefer-rest-params
      (window as unknown as DL).dataLayer!.push(arguments);
    })('consent', 'default', { ...denied, security_storage: 'granted', region: ['FR'] });
    await banner('google-consent-mode');
    await loadConsentMode();
    await new Promise((resolve) => setTimeout(resolve));
    expect(layer().filter((e) => e[2] === 'default')).toHaveLength(1);
  });

  it('maps categories through <consent-category gcm>', async () => {
    freshDataLayer();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(
      html`<consent-banner lang="fr" categories="audience social" google-consent-mode>
        <consent-category name="social" gcm="ad_personalization not_a_type"></consent-category>
      </consent-banner>`,
    );
    await told();
    el.setConsent({ social: true });
    expect(layer().at(-1)![3]).toEqual({ ...denied, ad_personalization: 'granted', security_storage: 'granted' });
    expect(String(warn.mock.calls[0][0])).toMatch(/not_a_type/);
  });
});

describe('proof of consent', () => {
  const received = async () =>
    (await (await fetch('/__log')).json()) as { contentType: string; body: Record<string, unknown> }[];

  it('POSTs every decision, refusals and withdrawals included, with a stable id', async () => {
    await fetch('/__log', { method: 'DELETE' });
    const el = await banner('log-url="/__log"');
    el.acceptAll();
    el.refuseAll();
    el.setConsent({ social: true });
    await vi.waitUntil(async () => (await received()).length === 3);
    const bodies = (await received()).map((r) => r.body);
    // Beacons sent in the same task may reach the server in any order.
    // Refusing after accepting turns off what was granted: a withdrawal (issue 16).
    expect(bodies.map((b) => b.action).sort()).toEqual(['accept-all', 'api', 'withdraw']);
    expect(bodies.find((b) => b.action === 'withdraw')).toEqual({
      id: stored().id,
      date: expect.any(String),
      revision: 0,
      categories: { necessary: true, audience: false, social: false, advertising: false },
      action: 'withdraw',
      lang: 'fr',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      configHash: expect.stringMatching(/^[0-9a-f]{32}$/),
      url: location.href,
    });
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect((await received())[0].contentType).toMatch(/application\/json/);
  });

  it('keeps the id across page views', async () => {
    await fetch('/__log', { method: 'DELETE' });
    seed({ necessary: true, audience: true, social: true, advertising: true }, { id: 'visitor-1234-abcd' });
    const el = await banner('log-url="/__log"');
    el.refuseAll();
    await vi.waitUntil(async () => (await received()).length === 1);
    expect((await received())[0].body.id).toBe('visitor-1234-abcd');
  });

  it('never blocks the visitor or loses the choice when the endpoint fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await banner('log-url="/__log/fail"');
    await page.getByRole('button', { name: 'Tout accepter' }).click();
    expect(stored().categories.social).toBe(true);
    await el.updateComplete;
    expect(bannerLayer(el)).toBeNull();
  });
});

describe('every tab in step', () => {
  it('a decision in another page reaches this one at once', async () => {
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await banner();
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><body>
      <consent-banner categories="audience social advertising"></consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script></body></html>`;
    document.body.append(frame);
    onTestFinished(() => frame.remove());
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const other = frame.contentDocument!.querySelector('consent-banner')!;
    await vi.waitUntil(() => other.shadowRoot?.querySelector('[part="accept-button"]'));
    other.shadowRoot!.querySelector<HTMLButtonElement>('[part="accept-button"]')!.click();
    await vi.waitUntil(() => changes.length === 1);
    expect(changes[0]).toEqual({
      categories: { necessary: true, audience: true, social: true, advertising: true },
      changed: ['audience', 'social', 'advertising'],
      action: 'sync',
      decided: true,
      id: expect.any(String),
      date: expect.any(String),
    });
    await el.updateComplete;
    expect(bannerLayer(el)).toBeNull();
    (other as unknown as { reset(): void }).reset();
    await vi.waitUntil(() => changes.length === 2);
    expect(changes[1]).toMatchObject({
      action: 'sync',
      decided: false,
      changed: ['audience', 'social', 'advertising'],
    });
    await el.updateComplete;
    expect(bannerLayer(el)).not.toBeNull();
  });

  it('does not log a sync', async () => {
    await fetch('/__log', { method: 'DELETE' });
    const el = await banner('log-url="/__log"');
    localStorage.setItem(
      'consent-banner',
      JSON.stringify({
        id: 'x-1234-5678',
        revision: 0,
        date: new Date().toISOString(),
        categories: { necessary: true, audience: true, social: true, advertising: true },
      }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: 'consent-banner', storageArea: localStorage }));
    expect(el.hasConsent('social')).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(await received()).toEqual([]);
  });
  const received = async () => (await (await fetch('/__log')).json()) as unknown[];
});

describe('Google Consent Mode and gated scripts', () => {
  type W = { dataLayer?: ArrayLike<unknown>[]; seen?: string[] };
  const w = window as unknown as W;
  const last = () => Array.from(w.dataLayer!.at(-1)!).slice(0, 2).join(' ');
  // The gating module is here, as when the banner fetched it while idle (it acts at once then).
  beforeEach(() => loadGating());
  /** A gated script that records, when it runs, the last data layer entry; removed after the test. */
  function gatedScript(consent: string, prefix: string): HTMLScriptElement {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.consent = consent;
    script.textContent = `seen.push(${JSON.stringify(prefix)} + JSON.stringify(Array.from(dataLayer.at(-1))))`;
    onTestFinished(() => script.remove());
    return script;
  }
  /** A fresh data layer and record of what the scripts saw, both gone after the test. */
  function freshLayer(): void {
    delete w.dataLayer;
    w.seen = [];
    onTestFinished(() => {
      delete w.dataLayer;
      delete w.seen;
    });
  }

  it('pushes the default before any gated script runs, and each update before the scripts it unblocks', async () => {
    freshLayer();
    document.body.append(gatedScript('audience', 'audience saw '), gatedScript('social', 'social saw '));
    seed({ necessary: true, audience: true, social: false, advertising: false });
    const el = await banner('google-consent-mode');
    // The gating waits for the Consent Mode module (issue 18): the script runs once Google knows.
    await vi.waitUntil(() => w.seen!.length > 0);
    expect(w.seen).toHaveLength(1);
    expect(w.seen![0]).toMatch(/^audience saw \["consent","update",\{.*"analytics_storage":"granted"/);
    expect(last()).toBe('consent update');
    el.setConsent({ social: true });
    expect(w.seen).toHaveLength(2);
    expect(w.seen![1]).toMatch(/^social saw \["consent","update",\{/);
    expect(w.dataLayer!.filter((e) => e[1] === 'default')).toHaveLength(1);
  });

  it('tells Google first even when another banner of the same key started gating earlier', async () => {
    freshLayer();
    document.body.append(gatedScript('social', ''));
    // Say, one banner in the site's template and another added by a tag manager.
    await mount(
      `<div><consent-banner lang="fr" categories="social"></consent-banner>
        <consent-banner lang="fr" categories="social" google-consent-mode reopen="none"></consent-banner></div>`,
    );
    const second = document.querySelectorAll('consent-banner')[1];
    second.setConsent({ social: true });
    expect(w.seen).toHaveLength(1);
    expect(w.seen![0]).toMatch(/^\["consent","update",/);
  });
});
