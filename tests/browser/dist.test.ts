import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { commands } from 'vitest/browser';

beforeEach(() => localStorage.clear());

/** A choice stored by an earlier visit (the test page shares the frames' origin and storage). */
const storeChoice = (categories: Record<string, boolean>) =>
  localStorage.setItem(
    'consent-banner',
    JSON.stringify({ id: 'earlier-visit', revision: 0, date: new Date().toISOString(), categories }),
  );

/**
 * The product as a site owner uses it: the built standalone bundle, dropped into a plain page.
 * `npm test` builds first, so `dist/consent-banner.js` is the file this run just produced.
 */
async function plainPage(body: string, early = false): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
    <script>window.errors = []; addEventListener('error', (e) => errors.push(e.message));
      window.events = []; for (const t of ['consent-ready', 'consent-change'])
      document.addEventListener(t, (e) => events.push([t, JSON.parse(JSON.stringify(e.detail))]));</script>
    </head><body>${body}</body></html>`;
  document.body.append(frame);
  onTestFinished(() => frame.remove());
  // `early`: not waiting for the load event, which Firefox holds while a prefetched chunk (the
  // gating) is on its way, for the tests whose visitor acts before that chunk has arrived.
  if (!early) await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await vi.waitUntil(() => frame.contentWindow?.customElements.get('consent-banner'), { timeout: 5000, interval: 10 });
  return frame.contentWindow as Window & typeof globalThis;
}

describe('dist/consent-banner.js', () => {
  it('is built', async () => {
    const response = await fetch('/__dist/consent-banner.js');
    expect(response.ok, 'run `npm run build` before the tests (npm test does)').toBe(true);
  });

  it('runs in a plain page, even when loaded twice', async () => {
    const win = await plainPage(`
      <consent-banner categories="audience social" privacy-url="/politique"></consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script>
      <script type="module" src="/__dist/consent-banner.js?loaded-again"></script>`);
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
          id: expect.any(String),
          date: expect.any(String),
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

  it('opens the preferences from their own module, in French, every purpose described', async () => {
    const win = await plainPage(`
      <consent-banner categories="audience social"></consent-banner>
      <script type="module" src="/__dist/consent-banner.js?v=2"></script>`);
    const el = win.document.querySelector('consent-banner')!;
    await vi.waitUntil(() => el.shadowRoot?.querySelector('[part="settings-button"]'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="settings-button"]')!.click();
    const dialog = await vi.waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'));
    expect(dialog.querySelector('h2')!.textContent).toBe('Paramétrer vos choix');
    const descriptions = [...dialog.querySelectorAll('.desc')].map((p) => p.textContent!.trim());
    expect(descriptions).toHaveLength(3);
    expect(descriptions[2]).toContain('laisser un commentaire');
    expect(dialog.querySelector('[part="save-button"]')!.textContent!.trim()).toBe('Enregistrer mes choix');
    // The dialog's CSS came with it: the band is coloured, the switch is a switch.
    const band = dialog.querySelector('[part="state"]')!;
    expect(win.getComputedStyle(band).backgroundColor).toBe('rgb(11, 107, 47)');
    // One copy of the bundle only, though the page loaded it with a query string.
    const scripts = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(scripts.filter((p) => p.endsWith('/consent-banner.js'))).toHaveLength(1);
    expect(scripts).toContain('/__dist/consent-preferences.js');
    expect((win as unknown as { errors: string[] }).errors).toEqual([]);
  });

  it('survives a network that fails the preferences module, and opens them once it is back', async () => {
    await commands.failRequests('consent-preferences\\.js');
    onTestFinished(() => commands.undelayRequests('consent-preferences\\.js'));
    const win = await plainPage(`
      <script>window.warnings = []; console.warn = (...a) => warnings.push(a.join(' '));</script>
      <consent-banner categories="audience"></consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const el = win.document.querySelector('consent-banner')!;
    const settings = await vi.waitUntil(() =>
      el.shadowRoot?.querySelector<HTMLButtonElement>('[part="settings-button"]'),
    );
    settings.click();
    const { warnings, errors } = win as unknown as { warnings: string[]; errors: string[] };
    await vi.waitUntil(() => warnings.some((w) => w.includes('consent-preferences.js did not load')));
    expect(el.shadowRoot!.querySelector('dialog[open]')).toBeNull();
    expect(errors).toEqual([]);
    await commands.undelayRequests('consent-preferences\\.js');
    settings.click();
    await vi.waitUntil(() => el.shadowRoot!.querySelector('dialog[open] [part="switch"]'));
  });

  it('on a first visit, fetches the gating and the reopen button when idle and the preferences only on intent', async () => {
    const win = await plainPage(`
      <consent-banner categories="social"></consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const fetched = () => win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    await vi.waitUntil(() => fetched().includes('/__dist/gating.js') && fetched().includes('/__dist/after-paint.js'), {
      timeout: 3000,
    });
    expect(fetched().sort()).toEqual(['/__dist/after-paint.js', '/__dist/consent-banner.js', '/__dist/gating.js']);
    const settings = win.document
      .querySelector('consent-banner')!
      .shadowRoot!.querySelector<HTMLButtonElement>('[part="settings-button"]')!;
    settings.dispatchEvent(new PointerEvent('pointerenter'));
    await vi.waitUntil(() => fetched().includes('/__dist/consent-preferences.js'));
  });

  it('fetches Consent Mode only for a banner that asks for it, and runs no granted script before Google is told (GCM-1)', async () => {
    storeChoice({ necessary: true, social: true });
    await commands.delayRequests('google-consent-mode\\.js', 400);
    onTestFinished(() => commands.undelayRequests('google-consent-mode\\.js'));
    const win = await plainPage(`
      <script>window.seen = [];</script>
      <script type="text/plain" data-consent="social">seen.push((window.dataLayer || []).map((e) => e[1]).join(' '))</script>
      <consent-banner categories="social" google-consent-mode></consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const { seen } = win as unknown as { seen: string[] };
    const fetched = () => win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    await vi.waitUntil(() => seen.length > 0, { timeout: 3000 });
    // Held until the module came (400 ms late): the script saw the default, then the restored choice.
    expect(seen).toEqual(['default update']);
    expect(fetched()).toContain('/__dist/google-consent-mode.js');
    expect((win as unknown as { errors: string[] }).errors).toEqual([]);
  });

  it.each(['focus', 'pointer'])('fetches the preferences when %s reaches a data-consent-open link', async (how) => {
    storeChoice({ necessary: true, social: false });
    const win = await plainPage(`
      <consent-banner categories="social"></consent-banner>
      <footer><a href="#" data-consent-open><span>Paramétrer vos choix</span></a></footer>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const fetched = () => win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    await vi.waitUntil(() =>
      win.document.querySelector('consent-banner')!.shadowRoot?.querySelector('[part="reopen-button"]'),
    );
    expect(fetched()).not.toContain('/__dist/consent-preferences.js');
    const link = win.document.querySelector<HTMLElement>('footer a')!;
    if (how === 'focus') link.focus();
    else {
      const { PointerEvent } = win as unknown as typeof window; // the page's own, as a real pointer's
      link.firstElementChild!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    }
    await vi.waitUntil(() => fetched().includes('/__dist/consent-preferences.js'));
  });

  it('works with partners in a plain page: the list, a partner-gated script, and the catalogue only when needed (issue 15)', async () => {
    const win = await plainPage(`
      <consent-banner categories="social" controller="Le Monde du Soir">
        <consent-category name="social">
          <consent-service name="youtube" label="YouTube" privacy-url="https://policies.google.com/privacy"></consent-service>
          <consent-service name="x" label="X"></consent-service>
        </consent-category>
      </consent-banner>
      <script type="text/plain" data-consent="youtube">window.ranYoutube = (window.ranYoutube || 0) + 1</script>
      <script type="text/plain" data-consent="social">window.ranSocial = true</script>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const el = win.document.querySelector('consent-banner')!;
    const fetched = () => win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    const partners = await vi.waitUntil(() =>
      el.shadowRoot?.querySelector<HTMLButtonElement>('[part="partners-button"]'),
    );
    expect(partners.textContent).toContain('Voir nos partenaires (2)');
    partners.click();
    await vi.waitUntil(() => el.shadowRoot!.querySelector('[part="service"]')?.textContent?.includes('YouTube'));
    const w = win as unknown as { ranYoutube?: number; ranSocial?: boolean; errors: string[] };
    (el as unknown as { setConsent(c: object): void }).setConsent({ youtube: true });
    await vi.waitUntil(() => w.ranYoutube === 1, { timeout: 3000 });
    expect(w.ranSocial).toBeUndefined();
    expect(JSON.parse(win.localStorage.getItem('consent-banner')!).services).toEqual({ youtube: true, x: false });
    expect(fetched()).toContain('/__dist/partners.js');
    expect(fetched()).not.toContain('/__dist/catalogue.js');
    expect(w.errors).toEqual([]);
  });

  it('fetches the catalogue for a partner without a label, and shows its label', async () => {
    const win = await plainPage(`
      <consent-banner categories="audience">
        <consent-category name="audience"><consent-service name="matomo"></consent-service></consent-category>
      </consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const el = win.document.querySelector('consent-banner')! as unknown as HTMLElement & {
      showPreferences(): Promise<void>;
    };
    await vi.waitUntil(() => el.shadowRoot?.querySelector('[part="partners-button"]'));
    await el.showPreferences();
    await vi.waitUntil(() => el.shadowRoot!.querySelector('[part="service"]')?.textContent?.includes('Matomo'), {
      timeout: 3000,
    });
    const fetched = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(fetched).toContain('/__dist/catalogue.js');
  });

  it('runs the README’s "Use it" snippet as written: at once for a returning visitor, at the grant for a new one (issue 19)', async () => {
    const readme = await (await fetch('/README.md')).text().catch(() => '');
    const snippet = /In your own scripts,[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet, 'the snippet under "Use it"').toBeTruthy();
    const page = () =>
      plainPage(`
        <consent-banner categories="audience social"></consent-banner>
        <script>window.loaded = 0; function loadComments() { loaded++; }</script>
        <script type="module">${snippet}</script>
        <script type="module" src="/__dist/consent-banner.js"></script>`);
    const loaded = (win: Window) => (win as unknown as { loaded: number }).loaded;
    storeChoice({ necessary: true, audience: false, social: true });
    const returning = await page();
    await vi.waitUntil(() => loaded(returning) === 1);
    localStorage.clear();
    const first = await page();
    await new Promise((r) => setTimeout(r, 200));
    expect(loaded(first)).toBe(0);
    (first.document.querySelector('consent-banner') as unknown as { acceptAll(): void }).acceptAll();
    await vi.waitUntil(() => loaded(first) === 1);
  });

  it('fetches nothing more than the reopen button for a returning visitor who refused everything', async () => {
    storeChoice({ necessary: true, social: false });
    const win = await plainPage(`
      <consent-banner categories="social"></consent-banner>
      <script type="text/plain" data-consent="social">window.ranSocial = true</script>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const el = win.document.querySelector('consent-banner')!;
    await vi.waitUntil(() => el.shadowRoot?.querySelector('[part="reopen-button"]'));
    await new Promise((resolve) => setTimeout(resolve, 300)); // idle callbacks would have run
    const fetched = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(fetched).toEqual(['/__dist/consent-banner.js', '/__dist/after-paint.js']);
    expect((win as unknown as { ranSocial?: boolean }).ranSocial).toBeUndefined();
  });

  it('runs what a quick grant unblocks once the gating arrives, never before', async () => {
    await commands.delayRequests('/__dist/gating\\.js', 600);
    onTestFinished(() => commands.undelayRequests('/__dist/gating\\.js'));
    const win = await plainPage(`
      <consent-banner categories="social"></consent-banner>
      <script type="text/plain" data-consent="social">window.ranSocial = (window.ranSocial || 0) + 1</script>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const el = win.document.querySelector('consent-banner')!;
    const w = win as unknown as { ranSocial?: number; events: [string, { action?: string }][] };
    el.refuseAll();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(w.ranSocial).toBeUndefined();
    el.acceptAll();
    expect(w.events.at(-1)![1].action).toBe('accept-all');
    await vi.waitUntil(() => w.ranSocial === 1, { timeout: 3000 });
  });

  it('keeps gated content blocked when the gating cannot load, and runs it at the next decision', async () => {
    await commands.failRequests('/__dist/gating\\.js');
    onTestFinished(() => commands.undelayRequests('/__dist/gating\\.js'));
    const win = await plainPage(`
      <script>window.warnings = []; console.warn = (...a) => warnings.push(a.join(' '));</script>
      <consent-banner categories="social"></consent-banner>
      <script type="text/plain" data-consent="social">window.ranSocial = true</script>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const el = win.document.querySelector('consent-banner')!;
    const w = win as unknown as { ranSocial?: boolean; warnings: string[]; errors: string[] };
    el.acceptAll();
    await vi.waitUntil(() => w.warnings.some((m) => m.includes('gated content stays blocked')));
    expect(w.ranSocial).toBeUndefined();
    expect(w.errors).toEqual([]);
    await commands.undelayRequests('/__dist/gating\\.js');
    el.setConsent({ social: true });
    await vi.waitUntil(() => w.ranSocial === true, { timeout: 3000 });
  });

  it('never runs a gate’s scripts when its purpose is withdrawn while the gating loads, and runs them at the next grant', async () => {
    storeChoice({ necessary: true });
    await commands.delayRequests('/__dist/gating\\.js', 600);
    onTestFinished(() => commands.undelayRequests('/__dist/gating\\.js'));
    const win = await plainPage(
      `
      <consent-banner categories="social"></consent-banner>
      <consent-gate category="social"><template><script>window.ranGate = (window.ranGate || 0) + 1</script></template></consent-gate>
      <script type="module" src="/__dist/consent-banner.js"></script>`,
      true,
    );
    const el = win.document.querySelector('consent-banner')!;
    const gate = win.document.querySelector('consent-gate')!;
    const w = win as unknown as { ranGate?: number; errors: string[] };
    // A returning visitor who refused clicks "Autoriser", then changes their mind before the gating arrives.
    (await vi.waitUntil(() => gate.shadowRoot?.querySelector<HTMLButtonElement>('[part="allow-button"]'))).click();
    await gate.updateComplete;
    el.setConsent({ social: false });
    await vi.waitUntil(() => win.performance.getEntriesByType('resource').some((r) => r.name.endsWith('/gating.js')));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(w.ranGate).toBeUndefined();
    el.setConsent({ social: true });
    await vi.waitUntil(() => w.ranGate === 1, { timeout: 3000 });
    expect(w.errors).toEqual([]);
    win.localStorage.clear();
  });

  describe('a <consent-gate> that a framework moves while the gating loads', () => {
    /** A page whose gate sits in #a, with a slow gating module; `choice` is what an earlier visit stored. */
    const movingGatePage = async (choice: Record<string, boolean>) => {
      storeChoice(choice);
      await commands.delayRequests('/__dist/gating\\.js', 600);
      onTestFinished(() => commands.undelayRequests('/__dist/gating\\.js'));
      const win = await plainPage(
        `
        <consent-banner categories="social"></consent-banner>
        <div id="a"><consent-gate category="social"><template><p>Publication</p><script>window.ranGate = (window.ranGate || 0) + 1</script></template></consent-gate></div>
        <div id="b"></div>
        <script type="module" src="/__dist/consent-banner.js"></script>`,
        true,
      );
      const gate = win.document.querySelector('consent-gate')!;
      await vi.waitUntil(() => gate.shadowRoot?.firstElementChild);
      onTestFinished(() => win.localStorage.clear());
      const arrived = () =>
        vi.waitUntil(() => win.performance.getEntriesByType('resource').some((r) => r.name.endsWith('/gating.js')), {
          timeout: 3000,
        });
      const el = win.document.querySelector('consent-banner')!;
      const ran = () => (win as unknown as { ranGate?: number }).ranGate;
      /** Nothing of the gate ran nor shows, its placeholder does; granted again, it runs, once. */
      const blockedUntilGranted = async () => {
        expect(ran()).toBeUndefined();
        expect(gate.querySelector('p')).toBeNull();
        const placeholder = await vi.waitUntil(() => gate.shadowRoot!.querySelector('[part="placeholder"]'));
        expect(placeholder.checkVisibility()).toBe(true);
        el.setConsent({ social: true });
        await vi.waitUntil(() => ran() === 1, { timeout: 3000 });
        expect(gate.querySelector('p')!.checkVisibility()).toBe(true);
      };
      return { win, gate, el, arrived, ran, blockedUntilGranted };
    };

    it('stamps its content when its purpose was granted while it was out of the page', async () => {
      const { win, gate, el, arrived, ran } = await movingGatePage({ necessary: true, social: false });
      await vi.waitUntil(() => gate.shadowRoot!.querySelector('[part="placeholder"]'));
      gate.remove();
      el.acceptAll(); // the framework re-renders on the decision, and puts the gate back elsewhere
      win.document.querySelector('#b')!.append(gate);
      await arrived();
      await vi.waitUntil(() => ran() === 1, { timeout: 3000 });
      expect(gate.querySelector('p')!.checkVisibility()).toBe(true);
      expect(gate.shadowRoot!.querySelector('[part="placeholder"]')).toBeNull();
      expect((win as unknown as { errors: string[] }).errors).toEqual([]);
    });

    it('never runs its scripts when its purpose was withdrawn while it was out of the page', async () => {
      const { win, gate, el, arrived, blockedUntilGranted } = await movingGatePage({ necessary: true, social: true });
      expect(gate.shadowRoot!.querySelector('slot')).not.toBeNull();
      gate.remove();
      el.setConsent({ social: false });
      win.document.querySelector('#b')!.append(gate);
      await arrived();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await blockedUntilGranted();
    });

    it('stamps nothing into a gate out of the page, so that a withdrawal before its return runs nothing', async () => {
      const { win, gate, el, arrived, blockedUntilGranted } = await movingGatePage({ necessary: true, social: true });
      gate.remove();
      await arrived();
      await new Promise((resolve) => setTimeout(resolve, 100));
      el.setConsent({ social: false });
      win.document.querySelector('#b')!.append(gate);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await blockedUntilGranted();
    });
  });

  it('lets a <consent-gate> work normally when the banner comes later in the page, with no false warning', async () => {
    // A slow page: the gate in the article is upgraded, then the banner at the end of the body
    // arrives; the load event waits for the slow script.
    const win = await plainPage(`
      <script>window.warnings = []; console.warn = (...a) => warnings.push(a.join(' '));</script>
      <article><consent-gate category="social"><template><p>Publication</p><script>window.ranGate = (window.ranGate || 0) + 1</script></template></consent-gate></article>
      <script type="module" src="/__dist/consent-banner.js"></script>
      <script async src="/__gate/slow.js?name=slow-page&delay=1500&${Date.now()}"></script>
      <script>(function arrive() {
        const gate = document.querySelector('consent-gate');
        const placeholder = gate.shadowRoot?.querySelector('[part="placeholder"]');
        if (!placeholder) return setTimeout(arrive, 20);
        window.buttonsBefore = [...gate.shadowRoot.querySelectorAll('button')].filter((b) => b.checkVisibility()).length;
        window.placeholderBefore = placeholder.textContent;
        setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<consent-banner categories="social"></consent-banner>'), 100);
      })();</script>`);
    onTestFinished(() => win.localStorage.clear());
    const w = win as unknown as {
      ranGate?: number;
      warnings: string[];
      errors: string[];
      buttonsBefore: number;
      placeholderBefore: string;
    };
    expect(w.placeholderBefore).toContain('Contenu bloqué : Réseaux sociaux');
    expect(w.buttonsBefore).toBe(0);
    const gate = win.document.querySelector('consent-gate')!;
    const allow = await vi.waitUntil(() => gate.shadowRoot!.querySelector<HTMLButtonElement>('[part="allow-button"]'));
    expect(allow.checkVisibility()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    allow.click();
    await vi.waitUntil(() => w.ranGate === 1, { timeout: 3000 });
    expect(JSON.parse(win.localStorage.getItem('consent-banner')!).categories).toEqual({
      necessary: true,
      social: true,
    });
    expect(w.warnings).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it('gives no false warning when a tag manager adds the banner a second after load', async () => {
    const win = await plainPage(`
      <script>window.warnings = []; console.warn = (...a) => warnings.push(a.join(' '));
        addEventListener('load', () => setTimeout(() => (window.loadEnd = performance.now())));</script>
      <article><consent-gate category="social"><template><p>Publication</p></template></consent-gate></article>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    onTestFinished(() => win.localStorage.clear());
    const gate = win.document.querySelector('consent-gate')!;
    await vi.waitUntil(() => gate.shadowRoot?.querySelector('[part="placeholder"]'));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const banner = win.document.createElement('consent-banner');
    banner.setAttribute('categories', 'social');
    win.document.body.append(banner);
    const allow = await vi.waitUntil(() => gate.shadowRoot!.querySelector<HTMLButtonElement>('[part="allow-button"]'));
    expect(allow.checkVisibility()).toBe(true);
    // Past the moment a gate without a banner would have said so: 3 s after both the load event
    // and the gating module's arrival (what starts the count), measured on the page's own clock.
    const entry = (type: string) => win.performance.getEntriesByType(type) as PerformanceResourceTiming[];
    const gating = () => entry('resource').find((r) => r.name.includes('/gating.js'));
    await vi.waitUntil(gating);
    // The load event's end, as the page saw it (WebKit has no navigation timing entry for a srcdoc page).
    const { loadEnd } = win as unknown as { loadEnd: number };
    const start = Math.max(loadEnd, gating()!.responseEnd);
    await new Promise((resolve) => setTimeout(resolve, start + 3300 - win.performance.now()));
    expect((win as unknown as { warnings: string[] }).warnings).toEqual([]);
  });

  it('does not open the preferences when a decision comes while they load, nor for a banner removed meanwhile', async () => {
    await commands.delayRequests('consent-preferences\\.js', 400);
    onTestFinished(() => commands.undelayRequests('consent-preferences\\.js'));
    const win = await plainPage(`
      <script>addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));</script>
      <consent-banner categories="social"></consent-banner>
      <consent-banner categories="social" storage-key="other"></consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const [el, other] = win.document.querySelectorAll('consent-banner');
    const settings = await vi.waitUntil(() =>
      el.shadowRoot?.querySelector<HTMLButtonElement>('[part="settings-button"]'),
    );
    // Nothing seems to happen on a slow network, so the visitor accepts instead.
    settings.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="accept-button"]')!.click();
    // A page that navigates away (single-page app) removes a banner whose preferences were asked for.
    const asked = other.showPreferences();
    other.remove();
    await asked;
    await vi.waitUntil(() =>
      win.performance.getEntriesByType('resource').some((r) => r.name.endsWith('/consent-preferences.js')),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.shadowRoot!.querySelector('dialog[open]')).toBeNull();
    expect(other.shadowRoot!.querySelector('dialog[open]')).toBeNull();
    expect((win as unknown as { errors: string[] }).errors).toEqual([]);
    // Asked again, they open.
    settings.click();
    await vi.waitUntil(() => el.shadowRoot!.querySelector('dialog[open] [part="switch"]'));
    win.localStorage.clear();
  });

  it('keeps the preferences out of the bundle, in chunks that import nothing', async () => {
    const bundle = await (await fetch('/__dist/consent-banner.js')).text();
    expect(bundle).not.toContain('Enregistrer mes choix');
    expect(bundle).not.toContain('part="switch"');
    // The dialog's strings are in the chunk the dialog shares with the proof of consent.
    const chunk = await (await fetch('/__dist/whole.js')).text();
    expect(chunk).toContain('Enregistrer mes choix');
    // No chunk imports from the bundle: a site loading it as consent-banner.js?v=2 would get two copies.
    // A chunk may import another lazy chunk (the strings the dialog and the proof share).
    for (const name of [
      'consent-preferences',
      'gating',
      'consent-log',
      'lint',
      'gate-view',
      'after-paint',
      'partners',
    ]) {
      const code = await (await fetch(`/__dist/${name}.js`)).text();
      const imported = [...code.matchAll(/\bimport\s*(?:\(|[^'"]*from)\s*["'`]([^"'`]+)/g)].map((m) => m[1]);
      expect(
        imported.filter((path) => !/^\.\/(?:whole|catalogue|lint|consent-cookie)\.js$/.test(path)),
        name,
      ).toEqual([]);
    }
  });

  it('fetches another language from lang/ beside the bundle, also when loaded with a query string', async () => {
    const win = await plainPage(`
      <consent-banner lang="de-AT" categories="audience social"></consent-banner>
      <script type="module" src="/__dist/consent-banner.js?v=2"></script>`);
    const el = win.document.querySelector('consent-banner')!;
    await vi.waitUntil(() => el.shadowRoot?.querySelector('[part="accept-button"]'), { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part="accept-button"]')!.textContent!.trim()).toBe('Alle akzeptieren');
    expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).toBe('de');
    const fetched = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(fetched).toContain('/__dist/lang/de.js');
    // Every language module is data alone: no import, so none can pull in a second bundle.
    for (const code of ['de', 'el', 'sv']) {
      const module = await (await fetch(`/__dist/lang/${code}.js`)).text();
      expect(module, code).not.toMatch(/\bimport\b/);
      expect(module, code).toMatch(/export\s*\{\s*\w+ as default\s*\}/);
    }
  });

  it('speaks English for a language it does not have, and fetches English alone for it', async () => {
    const win = await plainPage(`
      <consent-banner lang="ja" categories="audience social"></consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const el = win.document.querySelector('consent-banner')!;
    await vi.waitUntil(() => el.shadowRoot?.querySelector('[part="accept-button"]'));
    expect(el.shadowRoot!.querySelector('[part="accept-button"]')!.textContent!.trim()).toBe('Accept all');
    expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).toBe('en');
    const fetched = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    // English is a language module like the others: the bundle carries French alone.
    expect(fetched.filter((path) => path.includes('/lang/'))).toEqual(['/__dist/lang/en.js']);
  });

  it('with lint, fetches the check when idle and says in the console what it found', async () => {
    const win = await plainPage(`
      <script>window.warned = []; console.warn = (message) => warned.push(message);</script>
      <consent-banner categories="social" lint></consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const warned = (win as unknown as { warned: string[] }).warned;
    await vi.waitUntil(() => warned.length > 0, { timeout: 3000 });
    expect(warned).toEqual(['consent-banner: lint: no privacy-url: the banner links to no privacy policy']);
    const fetched = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(fetched).toContain('/__dist/lint.js');
  });

  it('with lint, says so when the check cannot load, and the banner works on', async () => {
    await commands.failRequests('/__dist/lint\\.js');
    onTestFinished(() => commands.undelayRequests('/__dist/lint\\.js'));
    const win = await plainPage(`
      <script>window.warned = []; console.warn = (message) => warned.push(message);</script>
      <consent-banner categories="social" privacy-url="/p" lint></consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    const warned = (win as unknown as { warned: string[] }).warned;
    await vi.waitUntil(() => warned.length > 0, { timeout: 3000 });
    expect(warned).toEqual(['consent-banner: lint.js did not load (network?)']);
    const el = win.document.querySelector('consent-banner')!;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="refuse-button"]')!.click();
    expect(JSON.parse(win.localStorage.getItem('consent-banner')!).categories.social).toBe(false);
    expect((win as unknown as { errors: string[] }).errors).toEqual([]);
  });

  it('is minified and carries Lit inside', async () => {
    const source = await (await fetch('/__dist/consent-banner.js')).text();
    // V8's explicit compile hint must stay the first line, whatever the minifiers do.
    expect(source.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/from\s*["']lit/);
    expect(source.split('\n').length).toBeLessThan(20);
    expect(source).not.toMatch(/\n\s{2,}/);
  });
});

describe('dist/consent-default.js', () => {
  it('pushes the Consent Mode default as gtag arguments before anything else', async () => {
    const win = await plainPage(`
      <script src="/__dist/consent-default.js"></script>
      <script>window.firstEntry = Object.prototype.toString.call(dataLayer[0]) + ' ' + JSON.stringify(Array.from(dataLayer[0]));</script>
      <consent-banner categories="audience" google-consent-mode></consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    await vi.waitUntil(() => (win as unknown as { events: unknown[] }).events.length > 0);
    const { firstEntry, dataLayer } = win as unknown as { firstEntry: string; dataLayer: ArrayLike<unknown>[] };
    expect(firstEntry).toBe(
      '[object Arguments] ["consent","default",{"ad_storage":"denied","ad_user_data":"denied","ad_personalization":"denied","analytics_storage":"denied","functionality_storage":"denied","personalization_storage":"denied","security_storage":"granted","wait_for_update":500}]',
    );
    expect(dataLayer.filter((e) => e[1] === 'default')).toHaveLength(1);
  });

  /** What the data layer holds right after the snippet, before any module: each command and its params. */
  async function afterSnippet(tag = '<script src="/__dist/consent-default.js"></script>') {
    const win = await plainPage(`${tag}
      <script>window.seen = dataLayer.map((e) => [e[1], e[2]]);</script>
      <consent-banner categories="audience social"></consent-banner>
      <script type="module" src="/__dist/consent-banner.js"></script>`);
    return (win as unknown as { seen: [string, Record<string, string>][] }).seen;
  }

  it('pushes a returning visitor’s stored choice with the default, before Google’s tag (issue 16, GCM-1)', async () => {
    storeChoice({ necessary: true, audience: true, social: false });
    const seen = await afterSnippet();
    expect(seen.map(([command]) => command)).toEqual(['default', 'update']);
    expect(seen[1]![1]).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      security_storage: 'granted',
    });
  });

  it.each([
    ['of another revision', () => storeChoice({ necessary: true, audience: true }), ' data-revision="2"'],
    [
      'expired',
      () =>
        localStorage.setItem(
          'consent-banner',
          JSON.stringify({
            revision: 0,
            date: new Date(Date.now() - 400 * 86_400_000).toISOString(),
            categories: { audience: true },
          }),
        ),
      '',
    ],
    [
      'dated in the future',
      () =>
        localStorage.setItem(
          'consent-banner',
          JSON.stringify({
            revision: 0,
            date: new Date(Date.now() + 3 * 86_400_000).toISOString(),
            categories: { audience: true },
          }),
        ),
      '',
    ],
    [
      'not a boolean',
      () =>
        localStorage.setItem(
          'consent-banner',
          JSON.stringify({ revision: 0, date: new Date().toISOString(), categories: { audience: 'yes' } }),
        ),
      '',
    ],
    ['not JSON', () => localStorage.setItem('consent-banner', '{nope'), ''],
    ['under another storage key', () => storeChoice({ necessary: true, audience: true }), ' data-storage-key="other"'],
  ])('pushes the default alone for a stored choice %s', async (_, store, attributes) => {
    store();
    const seen = await afterSnippet(`<script src="/__dist/consent-default.js"${attributes}></script>`);
    expect(seen.map(([command]) => command)).toEqual(['default']);
  });
});
