// The reactive base class (src/elements/base.ts) keeps the parts of LitElement's contract that a
// page or a framework can see: these pin them down.
import { describe, expect, it } from 'vitest';
import { ConsentBanner } from '../../src/index.js';
import { mount } from './helpers.js';

describe('reactive base', () => {
  it('reflects reflect: true properties, defaults included, and follows later changes', async () => {
    const el = await mount('<consent-banner lang="fr" categories="audience"></consent-banner>');
    expect(el.getAttribute('layout')).toBe('bar');
    expect(el.getAttribute('reopen')).toBe('bottom-left');
    el.layout = 'box';
    el.position = undefined;
    await el.updateComplete;
    expect(el.getAttribute('layout')).toBe('box');
    expect(el.hasAttribute('position')).toBe(false);
  });

  it('converts attributes: strings, booleans, and a converter', async () => {
    const el = await mount(
      '<consent-banner lang="fr" categories="audience" ignore-gpc revision="3" storage-key="k"></consent-banner>',
    );
    expect([el.ignoreGpc, el.revision, el.storageKey]).toEqual([true, 3, 'k']);
    el.removeAttribute('ignore-gpc');
    el.removeAttribute('revision');
    expect([el.ignoreGpc, el.revision]).toEqual([false, 0]);
  });

  it('keeps a property set before the element was defined (a framework, a late script)', async () => {
    // An element not yet upgraded has the property as its own; the upgrade must not lose it.
    const pending = document.createElement('consent-banner-later') as HTMLElement & { categories?: string };
    pending.categories = 'social';
    pending.lang = 'fr';
    document.body.append(pending);
    customElements.define('consent-banner-later', class extends ConsentBanner {});
    const upgraded = pending as unknown as ConsentBanner;
    await upgraded.updateComplete;
    expect(upgraded.categories).toBe('social');
    expect(upgraded.consent.categories).toEqual({ necessary: true, social: false });
    expect(upgraded.shadowRoot!.querySelector('[part="banner"]')).not.toBeNull();
    pending.remove();
  });

  it('batches changes into one render, after which updateComplete resolves', async () => {
    const el = await mount('<consent-banner lang="fr" categories="audience"></consent-banner>');
    let renders = 0;
    const observer = new MutationObserver(() => renders++);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    el.layout = 'box';
    el.layout = 'modal';
    el.layout = 'box';
    expect(await el.updateComplete).toBe(true);
    observer.disconnect();
    expect(el.shadowRoot!.querySelector('.banner')!.classList.contains('box')).toBe(true);
    expect(renders).toBeGreaterThan(0);
    expect(await el.updateComplete).toBe(true);
  });

  it('reading observedAttributes again changes nothing', async () => {
    const el = await mount('<consent-banner lang="fr" categories="audience" layout="box"></consent-banner>');
    expect(ConsentBanner.observedAttributes).toContain('privacy-url');
    expect(el.layout).toBe('box');
    expect(el.categories).toBe('audience');
  });
});
