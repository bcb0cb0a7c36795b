import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';

beforeEach(() => localStorage.clear());

/** Loads a built framework example (npm test builds them into dist-examples/) in an iframe. */
async function example(name: string) {
  const frame = document.createElement('iframe');
  frame.src = `/__examples/${name}/index.html`;
  frame.style.cssText = 'width: 800px; height: 600px';
  document.body.append(frame);
  onTestFinished(() => frame.remove());
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const banner = await vi.waitUntil(
    () => doc.querySelector('consent-banner')?.shadowRoot?.querySelector<HTMLElement>('[part="accept-button"]'),
    {
      timeout: 5000,
    },
  );
  return { doc, accept: banner };
}

describe('framework recipes, built with Vite', () => {
  it.each(['react', 'vue', 'svelte', 'angular'])(
    '%s: the page follows consent through the element and its events',
    async (name) => {
      const { doc, accept } = await example(name);
      const banner = doc.querySelector('consent-banner')!;
      // What the framework set on the element reached it (as attributes or as properties).
      expect(banner.categories).toBe('audience social');
      expect(banner.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe('/confidentialite');
      expect(doc.querySelector('#comments')!.textContent).toBe('Commentaires désactivés.');
      accept.click();
      await vi.waitUntil(() => doc.querySelector('#comments')!.textContent === 'Commentaires chargés.');
      doc.querySelector<HTMLButtonElement>('[data-consent-open]')!.click();
      const prefs = await vi.waitUntil(() => banner.shadowRoot!.querySelector<HTMLDialogElement>('#prefs[open]'));
      // The necessary purpose, then the two the framework passed, all granted.
      await vi.waitUntil(() => prefs.querySelectorAll('[part="category"]').length === 3);
      const states = [...prefs.querySelectorAll('[part="state"]')].map((s) => s.getAttribute('data-state'));
      expect(states).toEqual(['granted', 'granted', 'granted']);
    },
  );
});
