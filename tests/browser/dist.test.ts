import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';

beforeEach(() => localStorage.clear());

/**
 * The product as a site owner uses it: the built standalone bundle, dropped into a plain page.
 * `npm test` builds first, so `dist/consent-banner.js` is the file this run just produced.
 */
async function plainPage(body: string): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
    <script>window.errors = []; addEventListener('error', (e) => errors.push(e.message));
      window.events = []; for (const t of ['consent-ready', 'consent-change'])
      document.addEventListener(t, (e) => events.push([t, JSON.parse(JSON.stringify(e.detail))]));</script>
    </head><body>${body}</body></html>`;
  document.body.append(frame);
  onTestFinished(() => frame.remove());
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  await vi.waitUntil(() => win.customElements.get('consent-banner'), { timeout: 5000 });
  return win;
}

describe('dist/consent-banner.js', () => {
  it('is built', async () => {
    const response = await fetch('/dist/consent-banner.js');
    expect(response.ok, 'run `npm run build` before the tests (npm test does)').toBe(true);
  });

  it('runs in a plain page, even when loaded twice', async () => {
    const win = await plainPage(`
      <consent-banner categories="audience social" privacy-url="/politique"></consent-banner>
      <script type="module" src="/dist/consent-banner.js"></script>
      <script type="module" src="/dist/consent-banner.js?loaded-again"></script>`);
    const el = win.document.querySelector('consent-banner')!;
    await vi.waitUntil(() => el.shadowRoot?.querySelector('[part="accept-button"]'));
    await vi.waitUntil(() => (win as unknown as { events: unknown[] }).events.length > 0);
    const accept = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="accept-button"]')!;
    expect(accept.textContent!.trim()).toBe('Tout accepter');
    accept.click();
    const { errors, events } = win as unknown as { errors: string[]; events: unknown[] };
    expect(errors).toEqual([]);
    expect(events).toEqual([
      ['consent-ready', { categories: { necessary: true, audience: false, social: false }, decided: false }],
      [
        'consent-change',
        {
          categories: { necessary: true, audience: true, social: true },
          changed: ['audience', 'social'],
          action: 'accept-all',
          decided: true,
        },
      ],
    ]);
    expect(JSON.parse(win.localStorage.getItem('consent-banner')!).categories).toEqual({
      necessary: true,
      audience: true,
      social: true,
    });
    win.localStorage.clear();
  });

  it('is minified and carries Lit inside', async () => {
    const source = await (await fetch('/dist/consent-banner.js')).text();
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/from\s*["']lit/);
    expect(source.split('\n').length).toBeLessThan(20);
    expect(source).not.toMatch(/\n\s{2,}/);
  });
});

describe('dist/consent-default.js', () => {
  it('pushes the Consent Mode default as gtag arguments before anything else', async () => {
    const win = await plainPage(`
      <script src="/dist/consent-default.js"></script>
      <script>window.firstEntry = Object.prototype.toString.call(dataLayer[0]) + ' ' + JSON.stringify(Array.from(dataLayer[0]));</script>
      <consent-banner categories="audience" google-consent-mode></consent-banner>
      <script type="module" src="/dist/consent-banner.js"></script>`);
    await vi.waitUntil(() => (win as unknown as { events: unknown[] }).events.length > 0);
    const { firstEntry, dataLayer } = win as unknown as { firstEntry: string; dataLayer: ArrayLike<unknown>[] };
    expect(firstEntry).toBe(
      '[object Arguments] ["consent","default",{"ad_storage":"denied","ad_user_data":"denied","ad_personalization":"denied","analytics_storage":"denied","functionality_storage":"denied","personalization_storage":"denied","security_storage":"granted","wait_for_update":500}]',
    );
    expect(dataLayer.filter((e) => e[1] === 'default')).toHaveLength(1);
  });
});
