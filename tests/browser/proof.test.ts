/*
 * Issue 16: proof a regulator accepts (GDPR art. 7(1); REGULATION.md EU-7, FR-11) and the rules'
 * hard edges — what was shown (configHash) and by which version, how it was chosen (actions,
 * GPC), the consent-record hook, the 13-month ceiling (FR-10), and Global Privacy Control at load.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { ConsentChangeDetail, ConsentRecordDetail } from '../../src/index.js';
import { bannerLayer, collect, html, mount, seed, stored } from './helpers.js';

const DAY = 86_400_000;
const banner = (attrs = '') =>
  mount(`<consent-banner lang="fr" categories="audience social advertising" ${attrs}></consent-banner>`);

function sendGpc() {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  onTestFinished(() => {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });
}

describe('the proof of each decision (EU-7, FR-11)', () => {
  it('stores the version and the hash of what was shown, and hands the page the exact log body', async () => {
    await fetch('/__log', { method: 'DELETE' });
    const records = collect<ConsentRecordDetail>('consent-record');
    const changes = collect<ConsentChangeDetail>('consent-change');
    await banner('log-url="/__log" controller="Le Monde du Soir"');
    await page.getByRole('button', { name: 'Tout accepter' }).click();
    await vi.waitUntil(() => records.length === 1, { timeout: 10_000 });
    const record = stored();
    expect(record.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(record.configHash).toMatch(/^[0-9a-f]{32}$/);
    expect(records[0]).toEqual({
      id: record.id,
      date: record.date,
      revision: 0,
      categories: { necessary: true, audience: true, social: true, advertising: true },
      action: 'accept-all',
      lang: 'fr',
      controller: 'Le Monde du Soir',
      version: record.version,
      configHash: record.configHash,
      url: location.href,
    });
    // consent-change names the record it reflects, so a site's own log needs no storage read.
    expect(changes[0]).toMatchObject({ id: record.id, date: record.date, action: 'accept-all' });
    const logged = async () => ((await (await fetch('/__log')).json()) as { body: unknown }[]).map((r) => r.body);
    await vi.waitUntil(async () => (await logged()).length === 1);
    expect((await logged())[0]).toEqual(records[0]);
  });

  it('fires consent-record for every decision, with or without log-url', async () => {
    const records = collect<ConsentRecordDetail>('consent-record');
    const el = await banner();
    el.acceptAll();
    el.setConsent({ social: false });
    el.refuseAll();
    await vi.waitUntil(() => records.length >= 3, { timeout: 10_000 });
    expect(records.map((r) => r.action)).toEqual(['accept-all', 'withdraw', 'withdraw']);
    expect(new Set(records.map((r) => r.configHash)).size).toBe(1);
  });

  it('hashes what was shown: another text, another hash; the same page, the same hash', async () => {
    const hashOf = async (attrs: string, messages?: object) => {
      localStorage.clear();
      const records = collect<ConsentRecordDetail>('consent-record');
      const el = await banner(attrs);
      if (messages) {
        el.messages = messages;
        await el.updateComplete;
      }
      el.refuseAll();
      await vi.waitUntil(() => records.length > 0, { timeout: 10_000 });
      el.remove();
      return records[0]!.configHash;
    };
    const base = await hashOf('controller="Le Monde du Soir"');
    expect(await hashOf('controller="Le Monde du Soir"')).toBe(base);
    expect(await hashOf('controller="Le Monde du Matin"')).not.toBe(base);
    expect(await hashOf('controller="Le Monde du Soir" revision="2"')).not.toBe(base);
    expect(await hashOf('controller="Le Monde du Soir"', { acceptAll: "J'accepte tout" })).not.toBe(base);
  });

  it('records "continue" for "Continuer sans accepter" and "withdraw" for turning off a grant, whatever button', async () => {
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await banner();
    await page.getByRole('button', { name: 'Continuer sans accepter' }).click();
    expect(stored().action).toBe('continue');
    el.setConsent({ audience: true });
    expect(stored().action).toBe('api');
    await el.showPreferences();
    await page.getByRole('switch', { name: "Mesure d'audience" }).click();
    await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    expect(stored().action).toBe('withdraw');
    expect(changes.map((c) => c.action)).toEqual(['continue', 'api', 'withdraw']);
  });
});

describe('Global Privacy Control (issue 16)', () => {
  it('withdraws a restored grant of advertising at load, as a recorded withdrawal with gpc', async () => {
    sendGpc();
    seed({ necessary: true, audience: true, social: true, advertising: true });
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await banner();
    await vi.waitUntil(() => changes.length === 1);
    expect(changes[0]).toMatchObject({ action: 'withdraw', changed: ['advertising'], gpc: true });
    expect(el.consent.categories).toEqual({ necessary: true, audience: true, social: true, advertising: false });
    expect(stored()).toMatchObject({ action: 'withdraw', gpc: true });
  });

  it('shows a first visit’s banner at once under GPC: nothing granted, nothing to withdraw, nothing to wait for', async () => {
    sendGpc();
    const el = await banner();
    expect(bannerLayer(el)).not.toBeNull();
  });

  it('leaves the grant alone with ignore-gpc, or without the signal', async () => {
    sendGpc();
    seed({ necessary: true, audience: true, social: true, advertising: true });
    const el = await banner('ignore-gpc');
    await new Promise((r) => setTimeout(r, 50));
    expect(el.hasConsent('advertising')).toBe(true);
  });

  it('covers a purpose marked <consent-category gpc> too, on accept-all and at load', async () => {
    sendGpc();
    const el = await mount(
      html`<consent-banner lang="fr" categories="audience social">
        <consent-category name="social" gpc></consent-category>
      </consent-banner>`,
    );
    el.acceptAll();
    expect(el.consent.categories).toEqual({ necessary: true, audience: true, social: false });
    expect(stored()).toMatchObject({ action: 'accept-all', gpc: true });
  });

  it('says gpc only when the signal changed the outcome', async () => {
    sendGpc();
    const el = await mount(`<consent-banner lang="fr" categories="audience"></consent-banner>`);
    el.acceptAll();
    expect(stored().gpc).toBeUndefined();
  });
});

describe('the 13-month ceiling (FR-10)', () => {
  it('never lets a record count for more than 395 days, whatever expires-days says, and warns', async () => {
    const warn = vi.spyOn(console, 'warn');
    seed(
      { necessary: true, audience: true, social: false, advertising: false },
      { date: new Date(Date.now() - 400 * DAY).toISOString() },
    );
    const el = await banner('expires-days="1000"');
    expect(el.consent.decided).toBe(false);
    expect(warn.mock.calls.flat().join('\n')).toContain('expires-days="1000" is not a whole number from 1 to 395');
  });

  it('caps refusal-expires-days the same way', async () => {
    const warn = vi.spyOn(console, 'warn');
    seed(
      { necessary: true, audience: false, social: false, advertising: false },
      { date: new Date(Date.now() - 200 * DAY).toISOString() },
    );
    const el = await banner('refusal-expires-days="1e3"');
    expect(el.consent.decided).toBe(false);
    expect(warn.mock.calls.flat().join('\n')).toContain('refusal-expires-days="1e3"');
  });

  it('caps a lifetime set as a property too', async () => {
    seed(
      { necessary: true, audience: true, social: false, advertising: false },
      { date: new Date(Date.now() - 400 * DAY).toISOString() },
    );
    const el = await mount(
      html`<consent-banner lang="fr" categories="audience social advertising" .expiresDays=${1000}></consent-banner>`,
    );
    expect(el.consent.decided).toBe(false);
  });
});
