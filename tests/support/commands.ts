import type { Page } from 'playwright';
import type { BrowserCommand } from 'vitest/node';

type Media = {
  colorScheme?: 'light' | 'dark' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  forcedColors?: 'active' | 'none' | null;
};

/**
 * Emulates the visitor's media preferences (dark scheme, reduced motion, forced colours) in the
 * real browser, through Playwright. `null` restores the default.
 */
export const emulateMedia: BrowserCommand<[Media]> = async (context, media) => {
  if (!('page' in context)) throw new Error('emulateMedia needs the Playwright provider');
  await (context.page as { emulateMedia(m: Media): Promise<void> }).emulateMedia(media);
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
