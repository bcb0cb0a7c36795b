/*
 * Issue 14: banners, gates and gating meet through the store of their storage key, not through DOM
 * look-ups, so a banner inside another component's shadow root pairs with every gate of its key;
 * and one place orders what runs on a change (Consent Mode, gating, log, consent-change) whatever
 * the order in which elements are parsed, upgraded or created.
 */
import { fixtureCleanup } from '@open-wc/testing';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ConsentBanner, ConsentGate } from '../../src/index.js';
import { servedPage } from './helpers.js';

type Ran = { ran?: string[] };
let serial = 0;

/** An element of the site's own (a layout shell, a design-system card) with an open shadow root holding `markup`. */
function shell(markup: string): HTMLElement {
  const host = document.createElement('div');
  // The test's own fixed markup.
  // eslint-disable-next-line no-restricted-properties
  host.attachShadow({ mode: 'open' }).innerHTML = markup;
  document.body.append(host);
  onTestFinished(() => host.remove());
  return host;
}

afterEach(() => fixtureCleanup());

describe('a banner inside a shadow root', () => {
  it('pairs with gates in the document and in another shadow root: placeholders, allow and settings buttons', async () => {
    const key = `shadow-${serial++}`;
    const layout = shell(`<consent-banner lang="fr" categories="social" storage-key="${key}">
      <consent-category name="social" label="Vidéos et réseaux"></consent-category></consent-banner>`);
    const banner = layout.shadowRoot!.querySelector('consent-banner') as ConsentBanner;
    const inDocument = document.createElement('consent-gate') as ConsentGate;
    inDocument.setAttribute('category', 'social');
    inDocument.setAttribute('storage-key', key);
    document.body.append(inDocument);
    onTestFinished(() => inDocument.remove());
    const card = shell(
      `<consent-gate category="social" storage-key="${key}"><template><p>vidéo</p></template></consent-gate>`,
    );
    const inShadow = card.shadowRoot!.querySelector('consent-gate') as ConsentGate;
    for (const gate of [inDocument, inShadow]) {
      const allow = await vi.waitUntil(() =>
        gate.shadowRoot!.querySelector<HTMLButtonElement>('[part="allow-button"]'),
      );
      expect(allow.textContent).toContain('Vidéos et réseaux');
      expect(gate.shadowRoot!.querySelector('[part="placeholder"]')!.getAttribute('lang')).toBe('fr');
    }
    // The settings button of the gate in the document opens the banner's preferences.
    inDocument.shadowRoot!.querySelector<HTMLButtonElement>('[part="settings-button"]')!.click();
    const dialog = await vi.waitUntil(() => banner.shadowRoot!.querySelector<HTMLDialogElement>('dialog#prefs[open]'));
    dialog.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    // The allow button of the gate in the other shadow root grants the purpose: both gates stamp.
    inShadow.shadowRoot!.querySelector<HTMLButtonElement>('[part="allow-button"]')!.click();
    await vi.waitUntil(() => card.shadowRoot!.querySelector('p')?.textContent === 'vidéo');
    expect(banner.consent.categories.social).toBe(true);
    await vi.waitUntil(() => !inDocument.shadowRoot!.querySelector('[part="placeholder"]'));
  });

  it('opens its preferences from a data-consent-open link in yet another shadow root', async () => {
    const key = `shadow-${serial++}`;
    const layout = shell(`<consent-banner lang="fr" categories="social" storage-key="${key}"></consent-banner>`);
    const banner = layout.shadowRoot!.querySelector('consent-banner') as ConsentBanner;
    const footer = shell(`<a href="#" data-consent-open>Cookies</a>`);
    footer.shadowRoot!.querySelector('a')!.click();
    await vi.waitUntil(() => banner.shadowRoot!.querySelector('dialog#prefs[open]'), { timeout: 5000 });
  });
});

describe('one order for every change, however the banner arrives', () => {
  /** What the page records: Consent Mode's update, the gated script, then consent-change. */
  const recorder = `<script>window.order = [];
    window.dataLayer = []; const push = dataLayer.push.bind(dataLayer);
    dataLayer.push = (e) => { if (e[1] === 'update') order.push('consent mode'); return push(e); };
    document.addEventListener('consent-change', () => order.push('consent-change'));</script>
    <script type="text/plain" data-consent="audience">order.push('gated script')</script>`;
  const tag = '<consent-banner categories="audience" google-consent-mode></consent-banner>';
  const module = '<script type="module" src="/__dist/consent-banner.js"></script>';
  const cases: [string, string][] = [
    ['parsed before the module loads', recorder + tag + module],
    [
      'added after the module has run',
      recorder + module + `<script type="module">document.body.insertAdjacentHTML('beforeend', '${tag}')</script>`,
    ],
    [
      'created by script',
      recorder +
        module +
        `<script type="module">const b = document.createElement('consent-banner');
          b.categories = 'audience'; b.googleConsentMode = true; document.body.append(b);</script>`,
    ],
  ];
  it.each(cases)('tag %s: Consent Mode, then the gated script, then consent-change', async (_, body) => {
    const win = await servedPage<Ran & { order: string[] }>(body);
    const banner = await vi.waitUntil(
      () =>
        win.document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part="accept-button"]') &&
        win.document.querySelector('consent-banner'),
      { timeout: 5000 },
    );
    // The gating module has arrived (fetched when the browser is idle after the first layer shows).
    await vi.waitUntil(() => win.performance.getEntriesByType('resource').some((e) => e.name.includes('gating')), {
      timeout: 5000,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    banner!.acceptAll();
    await vi.waitUntil(() => win.order.length >= 3, { timeout: 5000 });
    expect(win.order).toEqual(['consent mode', 'gated script', 'consent-change']);
  });
});
