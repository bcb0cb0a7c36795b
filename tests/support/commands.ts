import type { Page } from 'playwright';
import type { BrowserCommand } from 'vitest/node';

type Media = {
  colorScheme?: 'light' | 'dark' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  forcedColors?: 'active' | 'none' | null;
};

const queries = {
  colorScheme: 'prefers-color-scheme',
  reducedMotion: 'prefers-reduced-motion',
  forcedColors: 'forced-colors',
};

/**
 * Emulates the visitor's media preferences (dark scheme, reduced motion, forced colours) in the
 * real browser, through Playwright. `null` restores the default.
 *
 * Firefox 153 ESR has no media emulation over WebDriver BiDi (no `emulation.setMediaFeaturesOverride`),
 * and Playwright 1.64 silently ignores the request there. So in Firefox this asks nothing of the
 * browser and only checks that the page already matches (the defaults: light, motion, no forced
 * colours); anything else fails loudly rather than test the defaults under another name. The
 * tests that need it are excluded from Firefox in vite.config.ts.
 */
export const emulateMedia: BrowserCommand<[Media]> = async (context, media) => {
  if (!('page' in context)) throw new Error('emulateMedia needs the Playwright provider');
  const page = context.page as Page;
  if (page.context().browser()?.browserType().name() !== 'firefox') return page.emulateMedia(media);
  const wanted = Object.entries(media)
    .filter(([, value]) => value != null)
    .map(([feature, value]) => `(${queries[feature as keyof Media]}: ${value})`);
  if (!wanted.length) return; // restoring the defaults, which Firefox never left
  // The tests' iframe through its locator: context.frame() looks it up by name, which Playwright's
  // BiDi backend does not always know yet when a test file has just started.
  const root = context.iframe.locator(':root');
  const unmet = await root.evaluate((_, list) => list.filter((query) => !matchMedia(query).matches), wanted);
  if (unmet.length) throw new Error(`Firefox cannot emulate ${unmet.join(', ')} over WebDriver BiDi`);
};

/** Holds every request whose URL matches `pattern` for `ms` before letting it through (a slow network). */
export const delayRequests: BrowserCommand<[string, number]> = async (context, pattern, ms) => {
  if (!('page' in context)) throw new Error('delayRequests needs the Playwright provider');
  await (context.page as Page).route(new RegExp(pattern), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
};

/** Ends a delayRequests. */
export const undelayRequests: BrowserCommand<[string]> = async (context, pattern) => {
  if (!('page' in context)) throw new Error('undelayRequests needs the Playwright provider');
  await (context.page as Page).unroute(new RegExp(pattern));
};

/** Fails every request whose URL matches `pattern` (a network error) until undelayRequests. */
export const failRequests: BrowserCommand<[string]> = async (context, pattern) => {
  if (!('page' in context)) throw new Error('failRequests needs the Playwright provider');
  await (context.page as Page).route(new RegExp(pattern), (route) => route.abort());
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: Media) => Promise<void>;
    delayRequests: (pattern: string, ms: number) => Promise<void>;
    undelayRequests: (pattern: string) => Promise<void>;
    failRequests: (pattern: string) => Promise<void>;
  }
}
