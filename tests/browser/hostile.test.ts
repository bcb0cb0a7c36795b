/*
 * Issue 20: the library never throws into the page it sits on, whatever the page feeds it. One test
 * per case of the issue, through the public surface, asserting what a visitor or a site owner would
 * notice: no uncaught error or unhandled rejection reaches the page, the banner still shows (or the
 * choice counts), nothing gated runs before consent, and a value that is refused is said once in the
 * console. REGULATION.md: EU-1 and FR-15 (nothing before consent), EU-2 (no grant without an
 * affirmative act), FR-10 (13 months at most), FR-13 and LIB-4 (revision), GCM-6 (one update per
 * decision), SEC-7 (Trusted Types), SEC-9 (the stored record is untrusted input).
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ConsentBanner, ConsentGate } from '../../src/index.js';
import { bannerLayer, ran, seed, servedPage, stored } from './helpers.js';

const settle = (ms = 200) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a thrown value or a rejection says. */
const reasonOf = (reason: unknown): string =>
  reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);

/** Every uncaught error and unhandled rejection that reaches the page until the test ends. */
function pageErrors(): string[] {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`uncaught ${reasonOf(e.error ?? e.message)}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection ${reasonOf(e.reason)}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  onTestFinished(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });
  return errors;
}

/** A gated script that records `name` in `ran` when it runs. */
function gatedScript(purpose: string, name = purpose): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.consent = purpose;
  script.textContent = `ran.push(${JSON.stringify(name)})`;
  return script;
}

/** A `<consent-banner>` with these attributes, not yet in the page. */
function bannerWith(attributes: Record<string, string>): ConsentBanner {
  const el = document.createElement('consent-banner');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** Puts `nodes` in the page, in a holder removed when the test ends. */
function place(...nodes: Node[]): HTMLElement {
  const holder = document.createElement('div');
  holder.append(...nodes);
  document.body.append(holder);
  onTestFinished(() => holder.remove());
  return holder;
}

/**
 * Waits for the element's pending render, then `ms`; a render that failed, or that never comes (an
 * element whose connection threw never renders), is an error the page would get.
 */
async function rendered(el: ConsentBanner | ConsentGate, errors: string[], ms = 200): Promise<void> {
  const done = await Promise.race([
    el.updateComplete.then(
      () => true,
      (e: unknown) => void errors.push(`render failed: ${reasonOf(e)}`),
    ),
    settle(2000).then(() => false),
  ]);
  if (done === false) errors.push(`<${el.localName}> never finished rendering`);
  await settle(ms);
}

/** Waits until the first layer shows, its "accept all" button in it. */
const shows = (el: ConsentBanner) =>
  vi.waitUntil(() => bannerLayer(el)?.querySelector<HTMLButtonElement>('[part="accept-button"]'), {
    timeout: 3000,
  });

/** Opens the preferences, as a footer link would; an opening that fails is an error the page would get. */
async function openPreferences(el: ConsentBanner, errors: string[]): Promise<HTMLDialogElement> {
  await el.showPreferences().catch((e: unknown) => errors.push(`showPreferences rejected: ${reasonOf(e)}`));
  await rendered(el, errors, 50);
  return el.shadowRoot!.querySelector<HTMLDialogElement>('dialog#prefs')!;
}

/** "Tout accepter" in the preferences dialog. */
function acceptInDialog(dialog: HTMLDialogElement): void {
  const accept = dialog.querySelector<HTMLButtonElement>('[part="accept-button"]');
  expect(accept, 'the dialog has an "accept all" button').not.toBeNull();
  accept!.click();
}

/**
 * After "accept all": the script gated on `id` runs if the banner took `id` as a purpose, else (an id
 * the banner refused, with a warning) it stays blocked.
 */
async function gatedRuns(el: ConsentBanner, id: string): Promise<void> {
  if (Object.hasOwn(el.consent.categories, id)) await vi.waitUntil(() => ran().includes(id), { timeout: 5000 });
  else {
    await settle(300);
    expect(ran()).toEqual([]);
  }
}

/** The console warnings of the library so far that contain `text`. */
const warnings = (warn: { mock: { calls: unknown[][] } }, text: string): string[] =>
  warn.mock.calls
    .map((call) => call.map(String).join(' '))
    .filter((m) => m.startsWith('consent-banner') && m.includes(text));

describe('ids named like members of Object.prototype (item 1)', () => {
  it.each([
    ['__proto__ prototype constructor', ['prototype', 'constructor'], 'constructor'],
    ['toString valueOf hasOwnProperty social', ['toString', 'valueOf', 'hasOwnProperty', 'social'], 'social'],
  ])(
    'categories="%s": the preferences open, and "Tout accepter" there grants every purpose',
    async (categories, ids, gatedOn) => {
      const warn = vi.spyOn(console, 'warn');
      const errors = pageErrors();
      const el = bannerWith({ lang: 'fr', categories });
      place(gatedScript(gatedOn), el);
      await shows(el);
      const dialog = await openPreferences(el, errors);
      expect(dialog.open, 'the preferences dialog is open').toBe(true);
      expect(ran()).toEqual([]);
      acceptInDialog(dialog);
      await rendered(el, errors);
      expect(el.consent.decided).toBe(true);
      // Each such id is a purpose like any other, or refused as an id with a warning (the README:
      // invalid ids are dropped with a console warning); never half of each.
      const record = stored();
      for (const id of ids)
        if (Object.hasOwn(el.consent.categories, id))
          expect(Object.hasOwn(record.categories, id) && record.categories[id], id).toBe(true);
        else expect(warnings(warn, `"${id}"`), `"${id}" dropped: a warning names it`).not.toEqual([]);
      await gatedRuns(el, gatedOn);
      expect(errors).toEqual([]);
    },
  );

  it('google-consent-mode with a purpose named constructor: an update reaches the data layer after "Tout accepter"', async () => {
    type DL = { dataLayer?: ArrayLike<unknown>[] };
    const w = window as Window & DL;
    w.dataLayer = [];
    onTestFinished(() => void delete w.dataLayer);
    const errors = pageErrors();
    const el = bannerWith({ lang: 'fr', categories: 'audience constructor', 'google-consent-mode': '' });
    place(gatedScript('constructor'), el);
    await shows(el);
    const dialog = await openPreferences(el, errors);
    expect(ran()).toEqual([]);
    acceptInDialog(dialog);
    const update = await vi
      .waitUntil(() => w.dataLayer!.find((e) => e[0] === 'consent' && e[1] === 'update'), { timeout: 5000 })
      .catch(() => undefined);
    expect(update, 'a Consent Mode update after "Tout accepter"').toBeDefined();
    expect((update![2] as Record<string, string>).analytics_storage).toBe('granted');
    await gatedRuns(el, 'constructor');
    expect(errors).toEqual([]);
  });

  it.each([
    ['<html lang="constructor">', 'html', 'constructor'],
    ['<html lang="__proto__">', 'html', '__proto__'],
    ['<consent-banner lang="constructor">', 'element', 'constructor'],
    ['<consent-banner lang="__proto__">', 'element', '__proto__'],
    ['<consent-banner lang="toString">', 'element', 'toString'],
  ])('%s: the banner speaks English and works', async (_, where, lang) => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    onTestFinished(() => (before === null ? root.removeAttribute('lang') : root.setAttribute('lang', before)));
    if (where === 'html') root.setAttribute('lang', lang);
    const errors = pageErrors();
    const el = bannerWith(where === 'html' ? { categories: 'social' } : { lang, categories: 'social' });
    place(gatedScript('social'), el);
    const accept = await shows(el).catch(() => null);
    await rendered(el, errors);
    expect(errors).toEqual([]);
    expect(accept, 'the first layer shows').not.toBeNull();
    expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).toBe('en');
    expect(accept!.textContent!.trim()).toBe('Accept all');
    expect(ran()).toEqual([]);
    accept!.click();
    await vi.waitUntil(() => ran().includes('social'), { timeout: 5000 });
    expect(errors).toEqual([]);
  });
});

describe('properties set with the types frameworks pass (item 2)', () => {
  it.each(['before', 'after'])(
    'categories = ["audience", "social"] set %s the banner is in the page works as "audience social"',
    async (when) => {
      const errors = pageErrors();
      const el = bannerWith({ lang: 'fr' });
      const set = () => void (el.categories = ['audience', 'social'] as unknown as string);
      if (when === 'before') expect(set).not.toThrow();
      place(gatedScript('audience'), el);
      if (when === 'after') {
        await rendered(el, errors);
        expect(set).not.toThrow();
      }
      const accept = await shows(el).catch(() => null);
      await rendered(el, errors);
      expect(errors).toEqual([]);
      expect(accept, 'the first layer shows').not.toBeNull();
      expect(Object.keys(el.consent.categories).sort()).toEqual(['audience', 'necessary', 'social']);
      expect(bannerLayer(el)!.textContent).toContain("Mesure d'audience");
      expect(bannerLayer(el)!.textContent).toContain('Réseaux sociaux');
      expect(ran()).toEqual([]);
      accept!.click();
      await vi.waitUntil(() => ran().includes('audience'), { timeout: 5000 });
      expect(stored().categories).toEqual({ necessary: true, audience: true, social: true });
      expect(errors).toEqual([]);
    },
  );

  it('privacyUrl = new URL(…) shows the link to that address', async () => {
    const errors = pageErrors();
    const el = bannerWith({ lang: 'fr', categories: 'social' });
    expect(() => void (el.privacyUrl = new URL('https://example.com/privacy') as unknown as string)).not.toThrow();
    place(gatedScript('social'), el);
    const accept = await shows(el).catch(() => null);
    await rendered(el, errors);
    expect(errors).toEqual([]);
    expect(accept, 'the first layer shows').not.toBeNull();
    const link = bannerLayer(el)!.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.com/privacy');
    expect(ran()).toEqual([]);
  });

  it('messages = { categories: { social: 5 } } says so once and keeps the built-in label', async () => {
    const warn = vi.spyOn(console, 'warn');
    const errors = pageErrors();
    const el = bannerWith({ lang: 'fr', categories: 'social' });
    expect(() => void (el.messages = { categories: { social: 5 } } as never)).not.toThrow();
    place(gatedScript('social'), el);
    const accept = await shows(el).catch(() => null);
    await rendered(el, errors);
    expect(accept, 'the first layer shows').not.toBeNull();
    expect(bannerLayer(el)!.textContent).toContain('Réseaux sociaux');
    const dialog = await openPreferences(el, errors);
    expect(dialog.open, 'the preferences dialog is open').toBe(true);
    expect(dialog.textContent).toContain('Réseaux sociaux');
    expect(errors).toEqual([]);
    expect(ran()).toEqual([]);
    const said = warnings(warn, 'social');
    expect(said, said.join('\n')).toHaveLength(1);
  });

  it('messages = { title: 5 } says so and keeps the built-in title', async () => {
    const warn = vi.spyOn(console, 'warn');
    const errors = pageErrors();
    const el = bannerWith({ lang: 'fr', categories: 'social' });
    expect(() => void (el.messages = { title: 5 } as never)).not.toThrow();
    place(el);
    await shows(el).catch(() => null);
    await rendered(el, errors);
    expect(errors).toEqual([]);
    expect(bannerLayer(el)?.querySelector('h2')?.textContent).toBe('Vos choix sur les cookies');
    expect(warnings(warn, 'title').length, 'a warning names title').toBeGreaterThan(0);
  });

  const proto = JSON.parse('{"categories":{"__proto__":["Proto","pollutes"]}}');
  it.each<[string, unknown]>([
    ['null', null],
    ['an array', ['Tout accepter']],
    ['a string', 'Tout accepter'],
    ['a number', 42],
    ['a Map', new Map([['acceptAll', 'OK']])],
    ['an object without prototype', Object.create(null)],
    ['{ categories: null }', { categories: null }],
    ['{ categories: an array }', { categories: ['social'] }],
    ['{ categories: { social: null } }', { categories: { social: null } }],
    ['{ categories: { social: [] } }', { categories: { social: [] } }],
    ['{ categories: { social: [5, {}] } }', { categories: { social: [5, {}] } }],
    ['{ categories: { social: "Partage" } }', { categories: { social: 'Partage' } }],
    ['{ categories: { "__proto__": […] } } from JSON', proto],
    ['{ acceptAll: null }', { acceptAll: null }],
    ['{ refuseAll: {} }', { refuseAll: {} }],
    ['{ intro: 42 }', { intro: 42 }],
    ['{ intro: Symbol() }', { intro: Symbol('intro') }],
    ['{ settings: [] }', { settings: [] }],
  ])('messages = %s: no throw, every button named, the preferences open', async (_, messages) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = pageErrors();
    const el = bannerWith({ lang: 'fr', categories: 'audience social' });
    expect(() => void (el.messages = messages as never)).not.toThrow();
    place(gatedScript('social'), el);
    await shows(el).catch(() => null);
    await rendered(el, errors);
    expect(errors).toEqual([]);
    const layer = bannerLayer(el);
    expect(layer, 'the first layer shows').not.toBeNull();
    expect(layer!.querySelector('h2')?.textContent?.trim()).toBeTruthy();
    for (const button of layer!.querySelectorAll('button'))
      expect(button.textContent!.trim(), button.part.value).not.toBe('');
    const dialog = await openPreferences(el, errors);
    expect(dialog.open, 'the preferences dialog is open').toBe(true);
    expect(errors).toEqual([]);
    expect(ran()).toEqual([]);
    expect(({} as Record<string, unknown>)[0], 'Object.prototype untouched').toBeUndefined();
  });
});

describe('extreme numbers (item 3)', () => {
  it.each([
    ['revision', '9'.repeat(400), 'accept'],
    ['revision', '-1', 'accept'],
    ['revision', '2147483648', 'accept'],
    ['expires-days', '-5', 'accept'],
    ['expires-days', '0', 'accept'],
    ['refusal-expires-days', '1e3', 'refuse'],
    ['refusal-expires-days', '396', 'refuse'],
  ])('%s="%s": one warning, the default, and a choice that counts on the next page view', async (name, value, how) => {
    const warn = vi.spyOn(console, 'warn');
    const errors = pageErrors();
    const attributes = { lang: 'fr', categories: 'audience', [name]: value };
    const first = bannerWith(attributes);
    const holder = place(gatedScript('audience'), first);
    await shows(first);
    const said = warnings(warn, `${name}=`);
    expect(said, said.join('\n')).toHaveLength(1);
    expect(ran()).toEqual([]);
    if (how === 'accept') first.acceptAll();
    else first.refuseAll();
    await rendered(first, errors);
    const { revision } = stored();
    expect(Number.isInteger(revision) && revision >= 0 && revision <= 2 ** 31 - 1, `revision ${revision}`).toBe(true);
    // The next page view: a new banner with the same tag.
    first.remove();
    const next = bannerWith(attributes);
    holder.append(next);
    await rendered(next, errors);
    expect(next.consent.decided, 'the choice counts on the next page view').toBe(true);
    expect(bannerLayer(next)).toBeNull();
    expect(errors).toEqual([]);
  });

  it.each([
    ['revision', Number('9'.repeat(400))],
    ['revision', NaN],
    // Not the attribute cases' values above: the console says each distinct message once a page.
    ['revision', -2],
    ['revision', 2 ** 31 + 1],
    ['revision', 1.5],
  ])('the property %s = %s: a warning, and a choice stored with a revision that counts again', async (name, value) => {
    const warn = vi.spyOn(console, 'warn');
    const errors = pageErrors();
    const make = () => {
      const el = bannerWith({ lang: 'fr', categories: 'audience' });
      expect(() => Object.assign(el, { [name]: value })).not.toThrow();
      return el;
    };
    const first = make();
    const holder = place(first);
    await shows(first);
    expect(warnings(warn, name).length, `a warning names ${name}`).toBeGreaterThan(0);
    first.acceptAll();
    await rendered(first, errors);
    const { revision } = stored();
    expect(Number.isInteger(revision) && revision >= 0 && revision <= 2 ** 31 - 1, `revision ${revision}`).toBe(true);
    first.remove();
    const next = make();
    holder.append(next);
    await rendered(next, errors);
    expect(next.consent.decided, 'the choice counts on the next page view').toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('a <consent-gate> whose category attribute is removed (item 4)', () => {
  it.each<[string, (gate: ConsentGate) => void]>([
    ['removeAttribute("category")', (gate) => gate.removeAttribute('category')],
    ['category = null', (gate) => void (gate.category = null as unknown as string)],
    ['category = undefined', (gate) => void (gate.category = undefined as unknown as string)],
    ['category = 5', (gate) => void (gate.category = 5 as unknown as string)],
  ])('%s: throws nothing, the content stays blocked, then follows its category once it is back', async (_, remove) => {
    const errors = pageErrors();
    const el = bannerWith({ lang: 'fr', categories: 'social' });
    const holder = document.createElement('div');
    // The test's own fixed markup, parsed as a page's would be (a template's scripts are then not yet run).
    // eslint-disable-next-line no-restricted-properties
    holder.innerHTML = `<consent-gate category="social"><template><script>ran.push('gate')</script></template></consent-gate>`;
    const gate = holder.firstElementChild as ConsentGate;
    place(el, gate);
    await shows(el);
    await rendered(gate, errors);
    expect(() => remove(gate)).not.toThrow();
    await rendered(gate, errors);
    expect(errors).toEqual([]);
    expect(ran()).toEqual([]);
    expect(gate.querySelector(':scope > script')).toBeNull();
    el.refuseAll();
    await rendered(gate, errors, 300);
    expect(ran()).toEqual([]);
    gate.removeAttribute('category');
    gate.setAttribute('category', 'social');
    await rendered(gate, errors, 300);
    expect(ran()).toEqual([]);
    el.acceptAll();
    await vi.waitUntil(() => ran().includes('gate'), { timeout: 5000 });
    expect(errors).toEqual([]);
  });
});

describe('strict Trusted Types (item 5)', () => {
  /** Records, in the served page, what it throws, what the console warns, and what gated scripts run. */
  const probe = `<script>window.ran = []; window.errors = []; window.warnings = [];
    addEventListener('error', (e) => errors.push('uncaught ' + e.message));
    addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection ' + ((e.reason && e.reason.message) || e.reason)));
    const warn = console.warn;
    console.warn = (...a) => { warnings.push(a.map(String).join(' ')); warn.apply(console, a); };</script>`;
  const bundle = `<script type="module" src="/__dist/consent-banner.js"></script>`;
  /** The same bundle under another URL: a second copy of its modules, as a page with two integrations has. */
  const copy = `<script type="module" src="/__dist/consent-banner.js?copy=2"></script>`;
  const page = (twice: boolean) => `${probe}
    <consent-banner lang="fr" categories="audience social"></consent-banner>
    <script type="text/plain" data-consent="audience">ran.push('audience')</script>
    ${bundle}${twice ? copy : ''}`;

  type Probe = { ran: string[]; errors: string[]; warnings: string[] };

  it.for([
    ['only our policy allowed', "require-trusted-types-for 'script'; trusted-types consent-banner", false, true],
    ['no policy allowed', "require-trusted-types-for 'script'; trusted-types 'none'", false, false],
    [
      'the bundle loaded twice, only our policy',
      "require-trusted-types-for 'script'; trusted-types consent-banner",
      true,
      true,
    ],
    [
      'the bundle loaded twice, the README’s policies',
      "require-trusted-types-for 'script'; trusted-types lit-html consent-banner",
      true,
      true,
    ],
  ] as const)(
    '%s: nothing thrown, a banner or one warning, gated scripts blocked',
    async ([, csp, twice, ours], { skip }) => {
      if (!('trustedTypes' in window))
        skip('this browser has no Trusted Types (window.trustedTypes): Chromium runs it');
      const win = await servedPage<Probe>(page(twice), csp);
      const banner = () => win.document.querySelector('consent-banner') as ConsentBanner;
      const accept = () => banner().shadowRoot?.querySelector('[part="accept-button"]');
      const said = () => win.warnings.filter((m) => m.startsWith('consent-banner'));
      await vi.waitUntil(() => accept() || said().length || win.errors.length, { timeout: 5000 }).catch(() => {});
      await settle(300);
      expect(win.errors).toEqual([]);
      expect(win.customElements.get('consent-banner'), 'the element is defined').toBeDefined();
      if (!accept()) {
        expect(said(), 'no banner: one warning says why').toHaveLength(1);
        expect(said()[0], 'the warning says the banner cannot render').toMatch(/render/i);
      }
      expect(win.ran).toEqual([]);
      // A decision through the API: the gated script runs only if our policy is allowed, and nothing is thrown.
      banner().acceptAll();
      if (ours) await vi.waitUntil(() => win.ran.length, { timeout: 5000 }).catch(() => {});
      else await settle(500);
      expect(win.errors).toEqual([]);
      expect(win.ran).toEqual(ours ? ['audience'] : []);
    },
  );
});

describe('a stored record dated in the future (item 6)', () => {
  const MINUTE = 60_000;
  it.each([
    ['23 hours', 23 * 60 * MINUTE, false],
    ['10 minutes', 10 * MINUTE, false],
    ['2 minutes (clock skew)', 2 * MINUTE, true],
  ])('%s ahead: counts only within the clock-skew tolerance', async (_, ahead, counts) => {
    const errors = pageErrors();
    seed({ necessary: true, audience: true }, { date: new Date(Date.now() + ahead).toISOString() });
    const el = bannerWith({ lang: 'fr', categories: 'audience' });
    place(gatedScript('audience'), el);
    await rendered(el, errors, 300);
    expect(el.consent.decided).toBe(counts);
    expect(el.hasConsent('audience')).toBe(counts);
    if (counts) {
      await vi.waitUntil(() => ran().includes('audience'), { timeout: 5000 });
      expect(bannerLayer(el)).toBeNull();
    } else {
      await shows(el);
      expect(ran()).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});
