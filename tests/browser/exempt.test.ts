/*
 * Issue 16: audience measurement exempt from consent (REGULATION.md FR-14). A purpose marked
 * `<consent-category name="audience" exempt>` runs what it gates without consent, is still
 * disclosed on the first layer and in the preferences ("exempt from consent"), and the visitor can
 * opt out with its switch, which is on by default for it alone; refusing all turns it off too.
 */
import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { ConsentChangeDetail } from '../../src/index.js';
import { bannerLayer, collect, mount, ran, stored } from './helpers.js';

const exempt = (attrs = '') =>
  mount(`<div>
    <consent-banner lang="fr" categories="audience social" privacy-url="/confidentialite" ${attrs}>
      <consent-category name="audience" exempt></consent-category>
    </consent-banner>
    <script type="text/plain" data-consent="audience">ran.push('audience')</script>
    <script type="text/plain" data-consent="social">ran.push('social')</script>
  </div>`).then(() => document.querySelector('consent-banner')!);

describe('exempt audience measurement (FR-14)', () => {
  it('runs what audience gates on a first visit, before any choice, and nothing else', async () => {
    const el = await exempt();
    await vi.waitUntil(() => ran().includes('audience'), { timeout: 5000 });
    expect(ran()).toEqual(['audience']);
    expect(el.consent).toEqual({ categories: { necessary: true, audience: true, social: false }, decided: false });
    // The first layer still asks, and still names the purpose, saying it is exempt from consent.
    expect(bannerLayer(el)).not.toBeNull();
    await expect.element(page.getByText(/Mesure d'audience \(Exemption de consentement\)/)).toBeVisible();
    // Nothing is stored before a choice.
    expect(stored()).toBeNull();
  });

  it('shows its switch on in the preferences, says it is exempt, and lets the visitor opt out', async () => {
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await exempt();
    await el.showPreferences();
    const audience = page.getByRole('switch', { name: "Mesure d'audience" });
    const social = page.getByRole('switch', { name: 'Réseaux sociaux' });
    await expect.element(audience).toHaveAttribute('aria-checked', 'true');
    await expect.element(social).toHaveAttribute('aria-checked', 'false');
    const prefs = el.shadowRoot!.querySelector('#prefs')!;
    expect(prefs.querySelector('[part="exempt"]')!.textContent).toBe('Exemption de consentement');
    // Its band says it is allowed, in words; the others are not decided yet.
    const bands = [...prefs.querySelectorAll('[part="state"]')].map((b) => b.getAttribute('data-state'));
    expect(bands).toEqual(['granted', 'granted', 'unset']);
    await audience.click();
    await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    expect(stored()).toMatchObject({ categories: { necessary: true, audience: false, social: false }, action: 'save' });
    expect(changes.at(-1)).toMatchObject({ changed: ['audience'], decided: true });
  });

  it('"Tout refuser" turns it off too, recorded as a refusal, and it stays off on the next page view', async () => {
    const el = await exempt();
    await page.getByRole('button', { name: 'Tout refuser' }).click();
    expect(stored()).toMatchObject({ categories: { audience: false, social: false }, action: 'refuse-all' });
    expect(el.hasConsent('audience')).toBe(false);
    el.remove();
    (window as Window & { ran?: string[] }).ran = [];
    const again = await exempt();
    expect(again.consent.categories.audience).toBe(false);
    expect(again.consent.decided).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(ran()).toEqual([]);
  });

  it('is on again after reset(), as for a first visit', async () => {
    const el = await exempt();
    el.refuseAll();
    el.reset();
    expect(el.consent).toEqual({ categories: { necessary: true, audience: true, social: false }, decided: false });
  });

  it('lint warns when exempt is set on another purpose than audience', async () => {
    const warn = vi.spyOn(console, 'warn');
    await mount(`<consent-banner lang="fr" categories="audience social" privacy-url="/p" lint>
      <consent-category name="social" exempt></consent-category>
    </consent-banner>`);
    await vi.waitUntil(() => warn.mock.calls.some(([m]) => String(m).includes('exempt')), { timeout: 5000 });
    expect(warn.mock.calls.map(([m]) => String(m)).find((m) => m.includes('exempt'))).toContain(
      '<consent-category name="social" exempt>: only audience measurement (audience) can be exempt from consent',
    );
  });
});
