import { expect as chaiExpect } from '@open-wc/testing';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { ConsentChangeDetail, ConsentReadyDetail } from '../../src/index.js';
import { bannerLayer, collect, expectSwitch, html, mount, part, seed, stored } from './helpers.js';

const frBanner = () =>
  mount(html`<consent-banner lang="fr" categories="audience social" privacy-url="/politique"></consent-banner>`);

describe('<consent-banner>', () => {
  it('renders the first layer with three choices and the privacy link', async () => {
    const el = await frBanner();
    expect(bannerLayer(el)).not.toBeNull();
    await expect.element(page.getByRole('button', { name: 'Tout accepter', exact: true })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Tout refuser', exact: true })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Paramétrer vos choix', exact: true })).toBeVisible();
    const link = page.getByRole('link', { name: 'Politique de confidentialité' });
    await expect.element(link).toHaveAttribute('href', '/politique');
    await expect.element(page.getByRole('region', { name: 'Vos choix sur les cookies' })).toBeVisible();
  });

  it('is accessible', async () => {
    const el = await frBanner();
    await chaiExpect(el).to.be.accessible();
    await el.showPreferences();
    await chaiExpect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    await mount(html`<consent-banner lang="en" categories="social" privacy-url="/privacy"></consent-banner>`);
    await expect.element(page.getByRole('button', { name: 'Accept all' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Reject all' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: /customi[sz]e|manage/i })).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'Privacy policy' })).toBeVisible();
  });

  it('gives accepting, refusing and customising the same visual weight', async () => {
    const el = await frBanner();
    const [accept, refuse, settings] = ['accept', 'refuse', 'settings'].map((n) => part(el, `[part="${n}-button"]`));
    const look = (b: HTMLElement) => {
      const s = getComputedStyle(b);
      const r = b.getBoundingClientRect();
      return [
        b.localName,
        s.fontFamily,
        s.fontSize,
        s.fontWeight,
        s.backgroundColor,
        s.color,
        s.borderTopWidth,
        s.borderTopColor,
        Math.round(r.height),
      ];
    };
    expect(look(refuse)).toEqual(look(accept));
    expect(look(settings)).toEqual(look(accept));
    expect(Math.abs(refuse.getBoundingClientRect().width - accept.getBoundingClientRect().width)).toBeLessThanOrEqual(
      2,
    );
  });

  it('renders hostile texts as text', async () => {
    const el = await mount(
      html`<consent-banner lang="en" categories="social">
        <consent-category name="social" label="<img src=x onerror=window.pwned=1>"
          >&lt;script&gt;window.pwned=1&lt;/script&gt;<b>bold</b></consent-category
        >
      </consent-banner>`,
    );
    await el.showPreferences();
    expect(el.shadowRoot!.querySelector('img, script, b')).toBeNull();
    await expect.element(page.getByRole('switch', { name: '<img src=x onerror=window.pwned=1>' })).toBeVisible();
    expect(el.shadowRoot!.textContent).toContain('<script>window.pwned=1</script>bold');
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('deciding on the first layer', () => {
  it('accepts all: stores every purpose granted, fires consent-change, hides the banner', async () => {
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await frBanner();
    await page.getByRole('button', { name: 'Tout accepter' }).click();
    expect(changes).toEqual([
      {
        categories: { necessary: true, audience: true, social: true },
        changed: ['audience', 'social'],
        action: 'accept-all',
        decided: true,
        id: expect.any(String),
        date: expect.any(String),
      },
    ]);
    expect(stored()).toMatchObject({ revision: 0, categories: { necessary: true, audience: true, social: true } });
    expect(Date.parse(stored().date)).toBeGreaterThan(Date.now() - 5000);
    await el.updateComplete;
    expect(bannerLayer(el)).toBeNull();
    expect(el.hasConsent('social')).toBe(true);
  });

  it('refuses all in one click, firing consent-change with nothing changed', async () => {
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await frBanner();
    await page.getByRole('button', { name: 'Tout refuser' }).click();
    expect(changes).toEqual([
      {
        categories: { necessary: true, audience: false, social: false },
        changed: [],
        action: 'refuse-all',
        decided: true,
        id: expect.any(String),
        date: expect.any(String),
      },
    ]);
    expect(stored().categories).toEqual({ necessary: true, audience: false, social: false });
    await el.updateComplete;
    expect(bannerLayer(el)).toBeNull();
  });

  it('grants nothing and stores nothing before a decision', async () => {
    const el = await frBanner();
    expect(el.consent).toEqual({ categories: { necessary: true, audience: false, social: false }, decided: false });
    expect(stored()).toBeNull();
  });

  it('does not take focus on load', async () => {
    const before = document.activeElement;
    await frBanner();
    expect(document.activeElement).toBe(before);
  });
});

describe('the preferences dialog', () => {
  it('is a labelled modal dialog with one switch per purpose, none pre-ticked', async () => {
    const el = await frBanner();
    await page.getByRole('button', { name: 'Paramétrer vos choix' }).click();
    const dialog = part(el, 'dialog');
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    await expect.element(page.getByRole('dialog', { name: 'Paramétrer vos choix' })).toBeVisible();
    const necessary = page.getByRole('switch', { name: 'Strictement nécessaires' });
    await expect.element(necessary).toHaveAttribute('aria-checked', 'true');
    await expect.element(necessary).toBeDisabled();
    for (const name of ["Mesure d'audience", 'Réseaux sociaux']) {
      await expect.element(page.getByRole('switch', { name })).toHaveAttribute('aria-checked', 'false');
    }
    expect(el.shadowRoot!.textContent).toMatch(/commentaire/);
    await expect.element(page.getByRole('button', { name: 'Enregistrer mes choix' })).toBeVisible();
    await expect.element(page.getByRole('dialog').getByRole('button', { name: 'Tout accepter' })).toBeVisible();
    await expect.element(page.getByRole('dialog').getByRole('button', { name: 'Tout refuser' })).toBeVisible();
  });

  it('saves exactly the switches the visitor turned on', async () => {
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await frBanner();
    await el.showPreferences();
    await page.getByRole('switch', { name: 'Réseaux sociaux' }).click();
    await expectSwitch('Réseaux sociaux', true);
    await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    expect(changes.at(-1)).toEqual({
      categories: { necessary: true, audience: false, social: true },
      changed: ['social'],
      action: 'save',
      decided: true,
      id: expect.any(String),
      date: expect.any(String),
    });
    expect(stored().categories).toEqual({ necessary: true, audience: false, social: true });
    await el.updateComplete;
    expect(part<HTMLDialogElement>(el, 'dialog').open).toBe(false);
    expect(bannerLayer(el)).toBeNull();
  });

  it('shows the colour band of each purpose', async () => {
    const el = await frBanner();
    await el.showPreferences();
    await page.getByRole('switch', { name: 'Réseaux sociaux' }).click();
    const states = [...el.shadowRoot!.querySelectorAll('[part="state"]')].map((s) => [
      s.getAttribute('data-state'),
      s.textContent,
    ]);
    // Before a first decision, what is off is "not decided", not refused (issue 19).
    expect(states).toEqual([
      ['granted', 'Autorisé'],
      ['unset', 'Non décidé'],
      ['granted', 'Autorisé'],
    ]);
    await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    await el.showPreferences();
    const after = [...el.shadowRoot!.querySelectorAll('[part="state"]')].map((s) => s.getAttribute('data-state'));
    expect(after).toEqual(['granted', 'refused', 'granted']);
  });

  it('toggles a switch with Space', async () => {
    const el = await frBanner();
    await el.showPreferences();
    part(el, '[role="switch"]:not(:disabled)').focus();
    await userEvent.keyboard(' ');
    await expectSwitch("Mesure d'audience", true);
  });

  it('moves focus in, keeps it inside, and Escape closes without saving and gives focus back', async () => {
    const changes = collect('consent-change');
    const el = await frBanner();
    const settings = part(el, '[part="settings-button"]');
    settings.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const dialog = part<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).toBe(true);
    expect(dialog.contains(el.shadowRoot!.activeElement)).toBe(true);
    for (let i = 0; i < 12; i++) {
      await userEvent.keyboard(i % 3 ? '{Tab}' : '{Shift>}{Tab}{/Shift}');
      expect(dialog.contains(el.shadowRoot!.activeElement)).toBe(true);
    }
    await page.getByRole('switch', { name: 'Réseaux sociaux' }).click();
    await userEvent.keyboard('{Escape}');
    await vi.waitUntil(() => !dialog.open);
    await vi.waitUntil(() => el.shadowRoot!.activeElement === settings);
    expect(changes).toEqual([]);
    expect(stored()).toBeNull();
    expect(el.consent.categories.social).toBe(false);
  });

  it('closes with the close control, without saving', async () => {
    const el = await frBanner();
    await el.showPreferences();
    await page.getByRole('switch', { name: 'Réseaux sociaux' }).click();
    await page.getByRole('button', { name: 'Fermer' }).click();
    await vi.waitUntil(() => !part<HTMLDialogElement>(el, 'dialog').open);
    expect(stored()).toBeNull();
    await el.showPreferences();
    await expectSwitch('Réseaux sociaux', false);
  });

  it('shows the stored choice after a decision', async () => {
    seed({ necessary: true, audience: true, social: false });
    const el = await frBanner();
    await el.showPreferences();
    await expectSwitch("Mesure d'audience", true);
    await expectSwitch('Réseaux sociaux', false);
  });

  it('opens from any element with data-consent-open and returns focus to it', async () => {
    const el = await frBanner();
    const link = document.createElement('a');
    link.href = '#cookies';
    link.setAttribute('data-consent-open', '');
    link.textContent = 'Paramétrer vos choix';
    document.body.append(link);
    try {
      link.focus();
      link.click();
      await vi.waitUntil(() => part<HTMLDialogElement>(el, 'dialog').open);
      expect(location.hash).not.toBe('#cookies');
      await userEvent.keyboard('{Escape}');
      await vi.waitUntil(() => document.activeElement === link);
    } finally {
      link.remove();
    }
  });
});

describe('remembering the choice', () => {
  it('restores a stored choice on the next page view without asking again', async () => {
    const ready = collect<ConsentReadyDetail>('consent-ready');
    seed({ necessary: true, audience: false, social: true });
    const el = await frBanner();
    expect(bannerLayer(el)).toBeNull();
    expect(ready).toEqual([{ categories: { necessary: true, audience: false, social: true }, decided: true }]);
    expect(el.hasConsent('social')).toBe(true);
  });

  it('persists across a remount, as after a reload', async () => {
    const first = await frBanner();
    await page.getByRole('button', { name: 'Tout accepter' }).click();
    first.remove();
    const ready = collect<ConsentReadyDetail>('consent-ready');
    const second = await frBanner();
    expect(ready).toEqual([{ categories: { necessary: true, audience: true, social: true }, decided: true }]);
    expect(bannerLayer(second)).toBeNull();
  });

  it('fires consent-ready with decided false on a first visit', async () => {
    const ready = collect<ConsentReadyDetail>('consent-ready');
    await frBanner();
    expect(ready).toEqual([{ categories: { necessary: true, audience: false, social: false }, decided: false }]);
  });

  it('asks again when the stored choice was made under a lower revision', async () => {
    seed({ necessary: true, audience: true, social: true }, { revision: 1 });
    const el = await mount(html`<consent-banner lang="fr" categories="audience social" revision="2"></consent-banner>`);
    expect(bannerLayer(el)).not.toBeNull();
    expect(el.consent.categories.audience).toBe(false);
    await page.getByRole('button', { name: 'Tout refuser' }).click();
    expect(stored().revision).toBe(2);
  });

  it('asks again when the stored choice was made under a higher revision (issue 16: it used to grant)', async () => {
    seed({ necessary: true, audience: true, social: true }, { revision: 3 });
    const el = await mount(html`<consent-banner lang="fr" categories="audience social" revision="2"></consent-banner>`);
    expect(bannerLayer(el)).not.toBeNull();
    expect(el.consent).toEqual({ categories: { necessary: true, audience: false, social: false }, decided: false });
  });

  it('uses the storage-key attribute', async () => {
    const el = await mount(
      html`<consent-banner lang="fr" categories="social" storage-key="my-site-consent"></consent-banner>`,
    );
    el.acceptAll();
    expect(stored('my-site-consent').categories.social).toBe(true);
    expect(stored()).toBeNull();
  });

  it.each([
    ['garbage', '}{'],
    [
      'non-boolean values',
      JSON.stringify({ revision: 0, date: new Date().toISOString(), categories: { necessary: true, social: 'yes' } }),
    ],
  ])('grants nothing for a stored record of %s, and warns once', async (_, raw) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    localStorage.setItem('consent-banner', raw);
    const el = await frBanner();
    expect(el.consent).toEqual({ categories: { necessary: true, audience: false, social: false }, decided: false });
    expect(bannerLayer(el)).not.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/consent-banner: .*stored consent/);
    el.refuseAll();
    expect(stored().categories.social).toBe(false);
  });
});

describe('when localStorage is unavailable', () => {
  it('still works for the page view, fires events, and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = new DOMException('denied', 'SecurityError');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw error;
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw error;
    });
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await mount(
      html`<consent-banner lang="fr" categories="social" storage-key="unavailable"></consent-banner>`,
    );
    expect(bannerLayer(el)).not.toBeNull();
    await page.getByRole('button', { name: 'Tout accepter' }).click();
    expect(changes.map((c) => c.action)).toEqual(['accept-all']);
    expect(el.hasConsent('social')).toBe(true);
    await el.updateComplete;
    expect(bannerLayer(el)).toBeNull();
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages.filter((m) => m.includes('read'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('write'))).toHaveLength(1);
  });
});

describe('attributes', () => {
  it('inherits the page language', async () => {
    const wrapper = await mount(
      html`<div lang="fr-CA"><consent-banner categories="social"></consent-banner></div>` as never,
    );
    const el = (wrapper as unknown as HTMLElement).querySelector('consent-banner')!;
    await el.updateComplete;
    await expect.element(page.getByRole('button', { name: 'Tout refuser' })).toBeVisible();
  });

  it('falls back to English for a language it does not carry', async () => {
    await mount(html`<consent-banner lang="ja" categories="social"></consent-banner>`);
    await expect.element(page.getByRole('button', { name: 'Reject all' })).toBeVisible();
  });

  it('re-renders when lang changes', async () => {
    const el = await frBanner();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await expect.element(page.getByRole('button', { name: 'Reject all' })).toBeVisible();
  });

  it('drops a javascript: privacy-url with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(html`<consent-banner lang="en" privacy-url=" javascript:alert(1)"></consent-banner>`);
    expect(el.shadowRoot!.querySelector('a')).toBeNull();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/privacy-url/);
  });

  it.each(['https://example.org/privacy', 'mailto:dpo@example.org', '../privacy', '/privacy'])(
    'links %s',
    async (url) => {
      const el = await mount(html`<consent-banner lang="en" privacy-url=${url}></consent-banner>`);
      expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe(url);
    },
  );

  it('does not link a malformed privacy-url, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(html`<consent-banner lang="en" privacy-url="http://[::1"></consent-banner>`);
    await expect.element(page.getByRole('button', { name: 'Reject all' })).toBeVisible();
    expect(el.shadowRoot!.querySelector('a')).toBeNull();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/privacy-url "http:\/\/\[::1"/);
  });

  it('warns about an invalid revision and treats it as 0', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(html`<consent-banner revision="two" categories="social"></consent-banner>`);
    expect(el.revision).toBe(0);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/revision/);
  });

  it('keeps built-in texts for a <consent-category> with only a name, and uses given ones', async () => {
    const el = await mount(
      html`<consent-banner lang="fr" categories="social video">
        <consent-category name="social"></consent-category>
        <consent-category name="video" label="Vidéos">Lecteurs vidéo intégrés.</consent-category>
      </consent-banner>`,
    );
    await el.showPreferences();
    await expect.element(page.getByRole('switch', { name: 'Réseaux sociaux' })).toBeVisible();
    await expect.element(page.getByRole('switch', { name: 'Vidéos' })).toBeVisible();
    expect(el.shadowRoot!.textContent).toContain('Lecteurs vidéo intégrés.');
    expect(el.querySelector('consent-category')!.checkVisibility()).toBe(false);
  });

  it('reads every setting set as a property, as React 19 and Vue do', async () => {
    const el = document.createElement('consent-banner');
    Object.assign(el, { categories: 'audience social', lang: 'fr', privacyUrl: '/p', reopen: 'bottom-right' });
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.consent.categories).toEqual({ necessary: true, audience: false, social: false });
      await expect.element(page.getByRole('button', { name: 'Tout refuser' })).toBeVisible();
      expect(el.getAttribute('reopen')).toBe('bottom-right');
    } finally {
      el.remove();
    }
  });

  it('takes the categories from <consent-category> children when the attribute is absent', async () => {
    const el = await mount(
      html`<consent-banner lang="en"><consent-category name="audience"></consent-category></consent-banner>`,
    );
    expect(el.consent.categories).toEqual({ necessary: true, audience: false });
  });
});

describe('JavaScript API', () => {
  it('setConsent merges, stores and counts as a decision', async () => {
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await frBanner();
    el.setConsent({ social: true });
    expect(changes.at(-1)).toEqual({
      categories: { necessary: true, audience: false, social: true },
      changed: ['social'],
      action: 'api',
      decided: true,
      id: expect.any(String),
      date: expect.any(String),
    });
    el.setConsent({ audience: true });
    expect(el.consent).toEqual({ categories: { necessary: true, audience: true, social: true }, decided: true });
    expect(stored().categories).toEqual({ necessary: true, audience: true, social: true });
  });

  it('setConsent ignores unknown ids and non-booleans with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await frBanner();
    el.setConsent({ video: true, social: 'yes' as unknown as boolean, necessary: false });
    expect(el.consent.categories).toEqual({ necessary: true, audience: false, social: false });
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('whenGranted resolves at once when granted, or when the grant comes', async () => {
    const el = await frBanner();
    await el.whenGranted('necessary');
    let granted = false;
    const social = el.whenGranted('social').then(() => (granted = true));
    el.setConsent({ audience: true });
    await Promise.resolve();
    expect(granted).toBe(false);
    el.setConsent({ social: true });
    await social;
    expect(granted).toBe(true);
  });

  it('showBanner shows the first layer again; reset forgets the choice', async () => {
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await frBanner();
    el.acceptAll();
    await el.updateComplete;
    expect(bannerLayer(el)).toBeNull();
    el.showBanner();
    await el.updateComplete;
    expect(bannerLayer(el)).not.toBeNull();
    el.reset();
    await el.updateComplete;
    expect(stored()).toBeNull();
    expect(el.consent).toEqual({ categories: { necessary: true, audience: false, social: false }, decided: false });
    expect(changes.at(-1)).toMatchObject({ action: 'reset', decided: false, changed: ['audience', 'social'] });
    expect(bannerLayer(el)).not.toBeNull();
  });

  it('refuseAll after acceptAll withdraws every purpose', async () => {
    const changes = collect<ConsentChangeDetail>('consent-change');
    const el = await frBanner();
    el.acceptAll();
    el.refuseAll();
    // Turning off what was granted is a withdrawal, whatever button did it (issue 16).
    expect(changes.at(-1)).toMatchObject({ action: 'withdraw', changed: ['audience', 'social'] });
    expect(stored().categories).toEqual({ necessary: true, audience: false, social: false });
  });
});

/**
 * Runs `body` as in a browser without `name` on `owner` (an API newer than the ones we support),
 * then puts it back.
 */
async function without(owner: object, name: string, body: () => Promise<void>): Promise<void> {
  const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
  delete (owner as Record<string, unknown>)[name];
  try {
    await body();
  } finally {
    Object.defineProperty(owner, name, descriptor);
  }
}

describe('in Safari 16.4 to 17.4', () => {
  it('links the privacy policy without URL.canParse (Safari 17.0)', () =>
    without(URL, 'canParse', async () => {
      for (const url of ['/politique', 'https://example.org/privacy']) {
        const el = await mount(html`<consent-banner lang="fr" privacy-url=${url}></consent-banner>`);
        expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe(url);
      }
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const el = await mount(html`<consent-banner lang="fr" privacy-url="java&#10;script:alert(1)"></consent-banner>`);
      await expect.element(part(el, '[part="refuse-button"]')).toBeVisible();
      expect(el.shadowRoot!.querySelector('a')).toBeNull();
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/privacy-url/);
    }));

  it('gives focus back on closing the preferences without checkVisibility (Safari 17.4)', () =>
    without(Element.prototype, 'checkVisibility', async () => {
      const el = await frBanner();
      const settings = part(el, '[part="settings-button"]');
      settings.focus();
      await userEvent.keyboard('{Enter}');
      await vi.waitUntil(() => part<HTMLDialogElement>(el, 'dialog').open);
      await page.getByRole('button', { name: 'Fermer' }).click();
      await vi.waitUntil(() => el.shadowRoot!.activeElement === settings);
    }));
});

describe('the preferences’ switches (issue 16)', () => {
  it('form one group named by the dialog’s heading, as a screen reader hears it (A11Y-4)', async () => {
    const el = await mount(html`<consent-banner lang="fr" categories="audience social"></consent-banner>`);
    await el.showPreferences();
    const group = page.getByRole('group', { name: 'Paramétrer vos choix' });
    await expect.element(group).toBeVisible();
    expect(group.getByRole('switch').elements()).toHaveLength(3);
  });
});
