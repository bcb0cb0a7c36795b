import type { Page } from 'playwright';
import type { Plugin } from 'vite';
import type { BrowserCommand, BrowserCommandContext } from 'vitest/node';

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
 * same in WebKit (WebKitWebDriver 2.50, classic WebDriver: no emulation command at all). The tests
 * that need it are excluded from Firefox and WebKit in scripts/test-browsers.ts.
 */
export const emulateMedia: BrowserCommand<[Media]> = async (context, media) => {
  const page = 'page' in context ? (context.page as Page) : undefined;
  if (page && page.context().browser()?.browserType().name() !== 'firefox') return page.emulateMedia(media);
  const wanted = Object.entries(media)
    .filter(([, value]) => value != null)
    .map(([feature, value]) => `(${queries[feature as keyof Media]}: ${value})`);
  if (!wanted.length) return; // restoring the defaults, which the browser never left
  // Firefox: the tests' iframe through its locator, since context.frame() looks it up by name, which
  // Playwright's BiDi backend does not always know yet when a test file has just started. WebKit
  // (webdriverio, classic WebDriver, no emulation command at all): whichever frame is current, as
  // both frames share the browser's media features.
  const unmet = page
    ? await context.iframe.locator(':root').evaluate((_, list) => list.filter((q) => !matchMedia(q).matches), wanted)
    : await context.browser.execute((list) => list.filter((q) => !matchMedia(q).matches), wanted);
  if (unmet.length) throw new Error(`${context.project.name} cannot emulate ${unmet.join(', ')}`);
};

/**
 * The network conditions of the WebKit instance, which has no request interception (webdriverio
 * over classic WebDriver): held or failed by the Vite server that every request of the tests goes
 * to, for the requests of that browser alone (its user agent), as Playwright does for its page.
 * On globalThis: Vitest may load the config, and so this module, more than once.
 */
type Rule = { pattern: RegExp; agent: string; delay?: number };
const rules: Rule[] = ((globalThis as Record<symbol, Rule[]>)[Symbol.for('consent-banner: network rules')] ??= []);

/** The Vite plugin that applies those conditions: a held request waits, a failed one has its connection cut. */
export const networkConditions = (): Plugin => ({
  name: 'network-conditions',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const url = `http://${req.headers.host}${req.originalUrl ?? req.url}`;
      const rule = [...rules].reverse().find((r) => r.agent === req.headers['user-agent'] && r.pattern.test(url));
      if (!rule) return next();
      if (rule.delay === undefined) return res.destroy(); // a network error, like Playwright's route.abort()
      setTimeout(next, rule.delay);
    });
  },
});

const agentOf = (context: BrowserCommandContext) => context.browser.execute(() => navigator.userAgent);

/** Holds every request whose URL matches `pattern` for `ms` before letting it through (a slow network). */
export const delayRequests: BrowserCommand<[string, number]> = async (context, pattern, ms) => {
  if (!('page' in context))
    return void rules.push({ pattern: new RegExp(pattern), agent: await agentOf(context), delay: ms });
  await (context.page as Page).route(new RegExp(pattern), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
};

/** Ends a delayRequests or a failRequests. */
export const undelayRequests: BrowserCommand<[string]> = async (context, pattern) => {
  if ('page' in context) return (context.page as Page).unroute(new RegExp(pattern));
  const agent = await agentOf(context);
  for (let i = rules.length; i--;)
    if (rules[i].agent === agent && rules[i].pattern.source === new RegExp(pattern).source) rules.splice(i, 1);
};

/** Fails every request whose URL matches `pattern` (a network error) until undelayRequests. */
export const failRequests: BrowserCommand<[string]> = async (context, pattern) => {
  if (!('page' in context)) return void rules.push({ pattern: new RegExp(pattern), agent: await agentOf(context) });
  await (context.page as Page).route(new RegExp(pattern), (route) => route.abort());
};

/** A cookie as the browser's jar holds it (not as `document.cookie` shows it): its attributes too. */
export interface JarCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number;
  sameSite?: string;
  secure: boolean;
}

/** The cookie named `name` in the browser's jar, with its attributes, or null. */
export const cookieJar: BrowserCommand<[string]> = async (context, name): Promise<JarCookie | null> => {
  if ('page' in context) {
    const found = (await (context.page as Page).context().cookies()).find((c) => c.name === name);
    return found ? { ...found, sameSite: found.sameSite } : null;
  }
  // WebKit, through webdriverio (classic WebDriver's Get All Cookies).
  type WdioCookie = {
    name: string;
    value: string;
    domain?: string;
    path?: string;
    expiry?: number;
    sameSite?: string;
    secure?: boolean;
  };
  const wdio = context as unknown as { browser: { getCookies(names: string[]): Promise<WdioCookie[]> } };
  const [found] = await wdio.browser.getCookies([name]);
  return found
    ? {
        name: found.name,
        value: found.value,
        domain: found.domain ?? '',
        path: found.path ?? '/',
        expires: found.expiry ?? -1,
        sameSite: found.sameSite,
        secure: !!found.secure,
      }
    : null;
};

/**
 * Opens `url` as a top-level page of its own (a sub-domain of the site, mapped to this machine by
 * the browser's host resolver rules), runs `script` (an async function body) in it and returns
 * what it returns, then closes it. Playwright's browsers only.
 */
export const onSite: BrowserCommand<[string, string]> = async (context, url, script) => {
  if (!('page' in context)) throw new Error('only Playwright’s browsers can open a page of their own');
  const page = await (context.page as Page).context().newPage();
  try {
    await page.goto(url);
    // A string is evaluated as an expression in the page.
    return await page.evaluate(`(async () => {${script}})()`);
  } finally {
    await page.close();
  }
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    cookieJar: (name: string) => Promise<JarCookie | null>;
    onSite: (url: string, script: string) => Promise<unknown>;
    emulateMedia: (media: Media) => Promise<void>;
    delayRequests: (pattern: string, ms: number) => Promise<void>;
    undelayRequests: (pattern: string) => Promise<void>;
    failRequests: (pattern: string) => Promise<void>;
  }
}
