import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { afterEach, beforeEach, expect, onTestFinished, vi } from 'vitest';
import { page } from 'vitest/browser';
import { loadLang } from '../../src/i18n/index.js';
import '../../src/index.js';
import type { ConsentBanner } from '../../src/index.js';

/**
 * English is a language module like the other 22 (the bundle carries French alone): the tests that
 * speak it start with it in memory, as a page does once it has arrived. dist.test.ts and the
 * language tests of experience.test.ts load languages the visitor's way.
 */
await loadLang('en', () => {});

export { html } from '@open-wc/testing';

/** What gated test scripts record (`ran.push('name')`), in the order they ran. */
type Ran = { ran?: string[] };
export const ran = (): string[] => (window as Window & Ran).ran ?? [];

/** Every test starts with empty storage, nothing recorded as run, and no fixtures left from the one before. */
beforeEach(() => {
  localStorage.clear();
  (window as Window & Ran).ran = [];
});
afterEach(() => {
  fixtureCleanup();
  vi.restoreAllMocks();
});

/** Mounts a template whose root is a `<consent-banner>` and waits for its first render. */
export async function mount(template: TemplateResult | string): Promise<ConsentBanner> {
  const el = await fixture<ConsentBanner>(template);
  await el.updateComplete;
  return el;
}

/** The element in the banner's shadow root matching `selector`. */
export function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The visible first layer, or null. */
export function bannerLayer(el: Element): HTMLElement | null {
  const section = el.shadowRoot!.querySelector<HTMLElement>('[part="banner"]');
  return section && section.checkVisibility() ? section : null;
}

/**
 * A `<consent-gate>`'s placeholder once it shows: its view is a module of its own (gate-view.js),
 * fetched at the first placeholder of the page.
 */
export const placeholderOf = (gate: Element): Promise<HTMLElement> =>
  vi.waitUntil(() => gate.shadowRoot?.querySelector<HTMLElement>('[part="placeholder"]'), {
    timeout: 3000,
  }) as Promise<HTMLElement>;

/** The stored record under `key`, parsed. */
export function stored(key = 'consent-banner') {
  const raw = localStorage.getItem(key);
  return raw === null ? null : JSON.parse(raw);
}

/** Collects the details of every `type` event that reaches the document. */
export function collect<T = unknown>(type: string): T[] {
  const seen: T[] = [];
  const listener = (e: Event) => seen.push((e as CustomEvent<T>).detail);
  document.addEventListener(type, listener);
  onTestFinished(() => document.removeEventListener(type, listener));
  return seen;
}

/** Writes a stored record as an earlier visit would have. */
export function seed(categories: Record<string, unknown>, extra: Record<string, unknown> = {}, key = 'consent-banner') {
  localStorage.setItem(
    key,
    JSON.stringify({ id: 'seeded-0000-4000', revision: 0, date: new Date().toISOString(), categories, ...extra }),
  );
}

/** Waits until the preferences switch named `name` shows `checked`, as a screen reader would hear it. */
export async function expectSwitch(name: string, checked: boolean): Promise<void> {
  await expect.element(page.getByRole('switch', { name })).toHaveAttribute('aria-checked', String(checked));
}

/**
 * Loads a page that the test server sends (`/__gate/page.html`: a real navigation, parsed as it
 * streams in, as a site's page is) into an iframe, removed after the test with its storage cleared;
 * `csp`, when given, is its Content-Security-Policy header (tests/support/gate-endpoints.ts).
 */
export async function servedPage<W = object>(body: string, csp = ''): Promise<Window & typeof globalThis & W> {
  const frame = document.createElement('iframe');
  frame.src = `/__gate/page.html?${new URLSearchParams({ csp, body })}`;
  document.body.append(frame);
  onTestFinished(() => {
    frame.contentWindow?.localStorage.clear();
    frame.remove();
  });
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as Window & typeof globalThis & W;
}

let serial = 0;
/** A fresh query string per test, so that the test server's counts belong to this test only. */
export const fresh = (): string => `t=${Date.now()}-${serial++}`;

/** Requests the test server has seen for each URL under /__gate/. */
export const hits = async (): Promise<Record<string, number>> => (await fetch('/__gate/hits')).json();

/** Waits until the server has seen `url` (proof that the page's earlier requests were sent too). */
export const seen = (url: string) => vi.waitUntil(async () => (await hits())[url] > 0, { timeout: 5000 });

/** Mounts a page fragment holding a `<consent-banner>` (and whatever else) and returns the banner. */
export async function mountPage(template: TemplateResult): Promise<ConsentBanner> {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const banner = root.querySelector('consent-banner')!;
  await banner.updateComplete;
  return banner;
}
