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

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: Media) => Promise<void>;
  }
}
