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
  it.each(['react', 'vue'])('%s: the page follows consent through the element and its events', async (name) => {
    const { doc, accept } = await example(name);
    expect(doc.querySelector('#comments')!.textContent).toBe('Commentaires désactivés.');
    accept.click();
    await vi.waitUntil(() => doc.querySelector('#comments')!.textContent === 'Commentaires chargés.');
    doc.querySelector<HTMLButtonElement>('[data-consent-open]')!.click();
    const banner = doc.querySelector('consent-banner')!;
    await vi.waitUntil(() => banner.shadowRoot!.querySelector<HTMLDialogElement>('#prefs')?.open);
  });
});
