/*
 * Issue 15, partners (`<consent-service>`) inside purposes: CNIL FR-8 and EDPB EU-5 (before
 * consenting, the visitor can reach the identity of the controller and the list of partners, per
 * purpose), FR-7 (purposes presented before a global accept), FR-4/EU-3 (nothing pre-ticked), and
 * a visitor who allows YouTube without allowing X. Everything through the public surface: what the
 * visitor sees and hears, what is stored, what ran, what the events said.
 */
import { expect as chaiExpect } from '@open-wc/testing';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { ConsentChangeDetail, ConsentGate, ConsentReadyDetail } from '../../src/index.js';
import { bannerLayer, collect, html, mountPage, placeholderOf, ran, seed, stored } from './helpers.js';

/** The model site: YouTube and X under social networks, comments as a partner of their own, Matomo under audience. */
const newsSite = (extra = html``) => html`
  <consent-banner lang="fr" categories="audience social" controller="Le Monde du Soir" privacy-url="/privacy">
    <consent-category name="audience">
      <consent-service
        name="matomo"
        label="Matomo"
        privacy-url="https://matomo.org/privacy-policy/"
        cookies="_pk_id /^_pk_ses/"
      >
        Mesure d'audience anonyme.
      </consent-service>
    </consent-category>
    <consent-category name="social">
      <consent-service name="youtube" label="YouTube" privacy-url="https://policies.google.com/privacy">
        Vidéos intégrées.
      </consent-service>
      <consent-service name="x" label="X" privacy-url="https://x.com/en/privacy"
        >Publications intégrées.</consent-service
      >
      <consent-service name="comments" label="Commentaires (Disqus)" privacy-url="https://disqus.com/privacy-policy">
        Espace de commentaires.
      </consent-service>
    </consent-category>
  </consent-banner>
  ${extra}
`;

/** The preferences' switch of a partner or purpose, by its accessible name. */
const toggle = (name: string) => page.getByRole('switch', { name, exact: true }).click();
/** Waits until that switch shows `checked`, as a screen reader would hear it. */
const expectSwitch = (name: string, checked: boolean) =>
  expect.element(page.getByRole('switch', { name, exact: true })).toHaveAttribute('aria-checked', String(checked));

describe('the partners inside each purpose (FR-8, EU-5)', () => {
  it('reaches the list of every partner and the controller from the first layer in one activation', async () => {
    const el = await mountPage(newsSite());
    const layer = bannerLayer(el)!;
    expect(layer.textContent).toContain('Le Monde du Soir et ses partenaires');
    const button = page.getByRole('button', { name: /partenaires/ });
    await expect.element(button).toHaveTextContent('Voir nos partenaires (4)');
    await button.click();
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('#prefs')!;
    await vi.waitUntil(() => dialog.open);
    // Focus is on the list of partners, which names the controller just above it.
    await vi.waitUntil(() => el.shadowRoot!.activeElement?.id === 'partners');
    expect(el.shadowRoot!.activeElement!.textContent).toContain('Nos partenaires (4)');
    expect(dialog.textContent).toContain('Responsable du traitement : Le Monde du Soir');
    for (const [label, url] of [
      ['YouTube', 'https://policies.google.com/privacy'],
      ['X', 'https://x.com/en/privacy'],
      ['Matomo', 'https://matomo.org/privacy-policy/'],
      ['Commentaires (Disqus)', 'https://disqus.com/privacy-policy'],
    ]) {
      await expect.element(page.getByRole('switch', { name: label, exact: true })).toBeVisible();
      const link = page.getByRole('link', { name: `Politique de confidentialité de ${label}` });
      await expect.element(link).toHaveAttribute('href', url);
    }
    expect(dialog.textContent).toContain('_pk_id /^_pk_ses/');
    expect(dialog.textContent).toContain('Vidéos intégrées.');
  });

  it('names the partners button "See our partners (N)" in English', async () => {
    await mountPage(
      html`<consent-banner lang="en" categories="social">
        <consent-category name="social"
          ><consent-service name="youtube" label="YouTube"></consent-service
        ></consent-category>
      </consent-banner>`,
    );
    await expect.element(page.getByRole('button', { name: 'See our partners (1)' })).toBeVisible();
  });

  it('shows no partners button without partners', async () => {
    const el = await mountPage(html`<consent-banner lang="en" categories="social"></consent-banner>`);
    expect(el.shadowRoot!.querySelector('[part="partners-button"]')).toBeNull();
  });

  it('pre-ticks no partner before a first decision (FR-4)', async () => {
    const el = await mountPage(newsSite());
    await el.showPreferences();
    for (const name of ['YouTube', 'X', 'Matomo', 'Commentaires (Disqus)', "Mesure d'audience", 'Réseaux sociaux'])
      await expectSwitch(name, false);
  });

  it('lets the visitor allow YouTube without X: the purpose shows as partly allowed, in words and in its band', async () => {
    const el = await mountPage(newsSite());
    const changes = collect<ConsentChangeDetail>('consent-change');
    await el.showPreferences();
    await toggle('YouTube');
    await expectSwitch('YouTube', true);
    await expectSwitch('Réseaux sociaux', false);
    const social = [...el.shadowRoot!.querySelectorAll('[part="category"]')].find((li) =>
      li.textContent!.includes('Réseaux sociaux'),
    )!;
    const band = social.querySelector('[part="state"]')!;
    expect(band.getAttribute('data-state')).toBe('partial');
    expect(band.textContent).toBe('Autorisé en partie');
    const colour = (state: string) =>
      getComputedStyle(el.shadowRoot!.querySelector(`[part="state"][data-state="${state}"]`)!).backgroundColor;
    expect(new Set([colour('partial'), colour('unset')]).size).toBe(2);
    await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    expect(stored().services).toEqual({ matomo: false, youtube: true, x: false, comments: false });
    expect(stored().categories).toEqual({ necessary: true, audience: false, social: false });
    expect(changes.at(-1)).toMatchObject({
      categories: { necessary: true, audience: false, social: false },
      services: { matomo: false, youtube: true, x: false, comments: false },
      changed: ['youtube'],
      action: 'save',
    });
    expect(el.hasConsent('youtube')).toBe(true);
    expect(el.hasConsent('social')).toBe(false);
  });

  it('turns all of a purpose’s partners on and off with the purpose’s switch', async () => {
    const el = await mountPage(newsSite());
    await el.showPreferences();
    await toggle('Réseaux sociaux');
    for (const name of ['YouTube', 'X', 'Commentaires (Disqus)']) await expectSwitch(name, true);
    await expectSwitch('Matomo', false);
    const band = el.shadowRoot!.querySelectorAll('[part="category"] > .row [part="state"]')[2]!;
    expect(band.getAttribute('data-state')).toBe('granted');
    await toggle('Réseaux sociaux');
    for (const name of ['YouTube', 'X', 'Commentaires (Disqus)']) await expectSwitch(name, false);
  });

  it('covers partners with accept-all and refuse-all, and reports them in consent-ready on the next page view', async () => {
    const el = await mountPage(newsSite());
    el.acceptAll();
    expect(stored().services).toEqual({ matomo: true, youtube: true, x: true, comments: true });
    el.refuseAll();
    expect(stored().services).toEqual({ matomo: false, youtube: false, x: false, comments: false });
    el.setConsent({ x: true });
    el.remove();
    const ready = collect<ConsentReadyDetail>('consent-ready');
    await mountPage(newsSite());
    await vi.waitUntil(() => ready.length);
    expect(ready[0]).toEqual({
      categories: { necessary: true, audience: false, social: false },
      services: { matomo: false, youtube: false, x: true, comments: false },
      decided: true,
    });
  });

  it('asks again about a partner added after a decision, keeping the earlier answers', async () => {
    seed({ necessary: true, audience: true, social: false }, { services: { matomo: true, youtube: true, x: false } });
    const el = await mountPage(newsSite());
    expect(bannerLayer(el)).not.toBeNull();
    expect(el.consent).toEqual({
      categories: { necessary: true, audience: true, social: false },
      services: { matomo: true, youtube: true, x: false, comments: false },
      decided: false,
    });
    await el.showPreferences();
    await expectSwitch('YouTube', true);
    await expectSwitch('Matomo', true);
    await expectSwitch('Commentaires (Disqus)', false);
  });

  it('grants nothing for a stored partner answer that is not a boolean', async () => {
    seed({ necessary: true, audience: true, social: true }, { services: { matomo: 'true', youtube: 1, x: true } });
    const el = await mountPage(newsSite());
    expect(el.hasConsent('matomo')).toBe(false);
    expect(el.hasConsent('youtube')).toBe(false);
    expect(el.hasConsent('social')).toBe(false);
    expect(el.hasConsent('audience')).toBe(false);
  });

  it('shows a partner’s hostile label and description as plain text, and drops a javascript: privacy URL with a warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    const el = await mountPage(
      html`<consent-banner lang="en" categories="social">
        <consent-category name="social">
          <consent-service name="evil" label="<img src=x onerror=alert(1)> $&" privacy-url="javascript:alert(1)">
            &lt;b&gt;bold&lt;/b&gt; $'
          </consent-service>
        </consent-category>
      </consent-banner>`,
    );
    await el.showPreferences();
    const row = await vi.waitUntil(() => el.shadowRoot!.querySelector('[part="service"]'));
    await vi.waitUntil(() => row.textContent!.includes('<img src=x onerror=alert(1)> $&'));
    expect(row.textContent).toContain("<b>bold</b> $'");
    expect(row.querySelector('img, b, a')).toBeNull();
    expect(warn.mock.calls.flat().join('\n')).toContain('privacy-url "javascript:alert(1)"');
  });

  it('ignores, with one warning each, a partner whose id is used twice or names a purpose', async () => {
    const warn = vi.spyOn(console, 'warn');
    const el = await mountPage(
      html`<consent-banner lang="en" categories="audience social">
        <consent-category name="social">
          <consent-service name="youtube" label="YouTube"></consent-service>
          <consent-service name="youtube" label="YouTube again"></consent-service>
          <consent-service name="audience" label="Clash"></consent-service>
        </consent-category>
      </consent-banner>`,
    );
    expect(Object.keys(el.consent.services!)).toEqual(['youtube']);
    const said = warn.mock.calls.map(([m]) => String(m));
    expect(said.filter((m) => m.includes('<consent-service name="youtube">')).length).toBe(1);
    expect(said.filter((m) => m.includes('<consent-service name="audience">')).length).toBe(1);
    await el.showPreferences();
    await vi.waitUntil(() => el.shadowRoot!.querySelector('[part="service"]'));
    expect(el.shadowRoot!.querySelectorAll('[part="service"]').length).toBe(1);
    expect(el.shadowRoot!.textContent).not.toContain('YouTube again');
  });

  it('passes axe with partners in the preferences, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mountPage(html`<div>${newsSite()}</div>`);
      el.setAttribute('theme', theme);
      await el.showPreferences();
      await toggle('YouTube'); // a partial band too
      await vi.waitUntil(() => el.shadowRoot!.querySelector('[data-state="partial"]'));
      await chaiExpect(el).to.be.accessible();
      el.closest('div')!.remove();
    }
  });
});

describe('the catalogue of well-known services', () => {
  it('gives a partner without a label its label, privacy policy and cookies; attributes override each', async () => {
    const el = await mountPage(
      html`<consent-banner lang="en" categories="audience social">
        <consent-category name="audience">
          <consent-service name="google-analytics"></consent-service>
          <consent-service
            name="matomo"
            privacy-url="https://example.org/our-matomo"
            cookies="_pk_custom"
          ></consent-service>
        </consent-category>
        <consent-category name="social"><consent-service name="youtube"></consent-service></consent-category>
      </consent-banner>`,
    );
    await el.showPreferences();
    await expect.element(page.getByRole('switch', { name: 'Google Analytics', exact: true })).toBeVisible();
    await expect.element(page.getByRole('switch', { name: 'YouTube', exact: true })).toBeVisible();
    await expect
      .element(page.getByRole('link', { name: 'YouTube privacy policy' }))
      .toHaveAttribute('href', 'https://policies.google.com/privacy');
    await expect
      .element(page.getByRole('link', { name: 'Matomo privacy policy' }))
      .toHaveAttribute('href', 'https://example.org/our-matomo');
    const text = el.shadowRoot!.querySelector('#prefs')!.textContent!;
    expect(text).toContain('_ga');
    expect(text).toContain('_pk_custom');
    expect(text).not.toContain('_pk_id');
  });

  it('says so, and shows the id, for a partner without a label that the catalogue does not know', async () => {
    const warn = vi.spyOn(console, 'warn');
    const el = await mountPage(
      html`<consent-banner lang="en" categories="social">
        <consent-category name="social"><consent-service name="my-widget"></consent-service></consent-category>
      </consent-banner>`,
    );
    await vi.waitUntil(() => warn.mock.calls.flat().join(' ').includes('"my-widget"'));
    await el.showPreferences();
    await expect.element(page.getByRole('switch', { name: 'my-widget', exact: true })).toBeVisible();
  });
});

describe('gating by partner', () => {
  const gatedPage = () =>
    newsSite(html`
      <script type="text/plain" data-consent="youtube">
        ran.push('youtube');
      </script>
      <script type="text/plain" data-consent="social">
        ran.push('social');
      </script>
      <script type="text/plain" data-consent="audience youtube">
        ran.push('audience+youtube');
      </script>
      <consent-gate service="youtube">
        <template><p class="video">vidéo</p></template>
      </consent-gate>
    `);

  it('runs a partner-gated script for its partner only; a purpose-gated script needs every partner', async () => {
    const el = await mountPage(gatedPage());
    el.setConsent({ youtube: true });
    await vi.waitUntil(() => ran().includes('youtube'));
    await new Promise((r) => setTimeout(r, 100));
    expect(ran()).toEqual(['youtube']);
    el.setConsent({ x: true, comments: true });
    await vi.waitUntil(() => ran().includes('social'));
    el.setConsent({ matomo: true });
    await vi.waitUntil(() => ran().includes('audience+youtube'));
    expect(ran()).toEqual(['youtube', 'social', 'audience+youtube']);
  });

  it('<consent-gate service>: names the partner and the purpose, links its policy, and allows that partner only', async () => {
    const el = await mountPage(gatedPage());
    const changes = collect<ConsentChangeDetail>('consent-change');
    const gate = document.querySelector<ConsentGate>('consent-gate')!;
    const placeholder = await placeholderOf(gate);
    expect(placeholder.textContent).toContain('Contenu bloqué : YouTube');
    expect(placeholder.textContent).toContain('Ce contenu est fourni par YouTube');
    expect(placeholder.textContent).toContain('Réseaux sociaux');
    expect(placeholder.querySelector('a')!.getAttribute('href')).toBe('https://policies.google.com/privacy');
    expect(placeholder.querySelector('a')!.textContent).toContain('Politique de confidentialité de YouTube');
    expect(document.querySelector('.video')).toBeNull();
    await page.getByRole('button', { name: 'Autoriser YouTube' }).click();
    await vi.waitUntil(() => document.querySelector('.video'));
    expect(changes.at(-1)).toMatchObject({ action: 'gate', changed: ['youtube'] });
    expect(el.consent.services).toEqual({ matomo: false, youtube: true, x: false, comments: false });
    expect(el.hasConsent('social')).toBe(false);
  });

  it('deletes a partner’s cookies when it is refused', async () => {
    for (const name of ['_pk_id', '_pk_ses.1', 'keep']) document.cookie = `${name}=1; path=/`;
    onTestFinished(() => {
      for (const name of ['_pk_id', '_pk_ses.1', 'keep']) document.cookie = `${name}=; Max-Age=0; path=/`;
    });
    const el = await mountPage(newsSite());
    el.refuseAll();
    await vi.waitUntil(() => !document.cookie.includes('_pk_id'));
    expect(document.cookie).not.toContain('_pk_ses.1');
    expect(document.cookie).toContain('keep=1');
  });

  it('sends the partners and the controller with the proof of consent', async () => {
    await fetch('/__log', { method: 'DELETE' });
    const el = await mountPage(
      html`<consent-banner lang="fr" categories="social" controller="Le Monde du Soir" log-url="/__log">
        <consent-category name="social"
          ><consent-service name="youtube" label="YouTube"></consent-service
        ></consent-category>
      </consent-banner>`,
    );
    el.setConsent({ youtube: true });
    const received = async () =>
      ((await (await fetch('/__log')).json()) as { body: Record<string, unknown> }[]).map((r) => r.body);
    await vi.waitUntil(async () => (await received()).length > 0);
    expect((await received())[0]).toMatchObject({
      services: { youtube: true },
      controller: 'Le Monde du Soir',
      action: 'api',
    });
  });

  it('grants a partner’s Google Consent Mode types with it (google-analytics: analytics_storage)', async () => {
    const w = window as unknown as { dataLayer?: unknown[] };
    w.dataLayer = [];
    onTestFinished(() => void delete w.dataLayer);
    const el = await mountPage(
      html`<consent-banner lang="en" categories="audience" google-consent-mode>
        <consent-category name="audience">
          <consent-service name="google-analytics"></consent-service>
          <consent-service name="matomo" label="Matomo"></consent-service>
        </consent-category>
      </consent-banner>`,
    );
    const updates = () =>
      w.dataLayer!.filter((e) => (e as IArguments)[1] === 'update').map((e) => (e as IArguments)[2]);
    // The catalogue arrives with google-analytics' types.
    await vi.waitUntil(async () => {
      el.setConsent({ 'google-analytics': true });
      return (updates().at(-1) as Record<string, string> | undefined)?.analytics_storage === 'granted';
    });
    expect(el.hasConsent('audience')).toBe(false);
  });
});
