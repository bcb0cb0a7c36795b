// The browsers of the real-browser tests, for vite.config.ts: Chromium and stock Firefox through
// Playwright, WebKitGTK's MiniBrowser through webdriverio (scripts/chromium.mjs, firefox.mjs and
// webkit.mjs find them), each with the tests it cannot run, and the Vitest project they run in.
import type { TestProjectInlineConfiguration } from 'vitest/config';
import type { BrowserInstanceOption } from 'vitest/node';
import { playwright, type PlaywrightBrowserProvider } from '@vitest/browser-playwright';
import { webdriverio, type WebdriverBrowserProvider } from '@vitest/browser-webdriverio';
import {
  cookieJar,
  delayRequests,
  emulateMedia,
  failRequests,
  onSite,
  undelayRequests,
} from '../tests/support/commands.js';
import { chromeArgs, chromePath } from './chromium.mjs';
import { firefoxPath } from './firefox.mjs';
import { miniBrowserPath, startWebKitDriver, webkitMissing } from './webkit.mjs';

const DARK = 'prefers-color-scheme: dark';
/**
 * The tests that need a media feature emulated, by full name, with that feature. Firefox 153 ESR
 * cannot over WebDriver BiDi (no `emulation.setMediaFeaturesOverride`), nor WebKitWebDriver 2.50
 * over classic WebDriver (no emulation command at all; MiniBrowser's dark switch holds for its whole
 * life): tests/support/unsupported.ts skips them there with the reason as the note, so the report
 * counts them as skipped, never as passed (tests/support/commands.ts fails loudly if one slips
 * through). Their light and default variants run in every browser.
 */
const needsEmulation: Record<string, string> = {
  'tests/browser/experience.test.ts > accessibility across layouts and schemes > bar in dark: first layer and preferences pass axe':
    DARK,
  'tests/browser/experience.test.ts > accessibility across layouts and schemes > box in dark: first layer and preferences pass axe':
    DARK,
  'tests/browser/experience.test.ts > accessibility across layouts and schemes > modal in dark: first layer and preferences pass axe':
    DARK,
  'tests/browser/experience.test.ts > phones, zoom and preferences of the visitor > turns dark with the visitor’s scheme, unless theme says otherwise':
    DARK,
  'tests/browser/experience.test.ts > phones, zoom and preferences of the visitor > turns off every transition with reduced motion':
    'prefers-reduced-motion: reduce',
  'tests/browser/experience.test.ts > phones, zoom and preferences of the visitor > keeps every switch state visible with forced colours':
    'forced-colors: active',
  'tests/browser/lint.test.ts > <consent-banner lint> > finds nothing wrong with the default bar in dark': DARK,
  'tests/browser/lint.test.ts > <consent-banner lint> > finds nothing wrong with the default box in dark': DARK,
  'tests/browser/lint.test.ts > <consent-banner lint> > finds nothing wrong with the default modal in dark': DARK,
};

/** The tests that need two host names of one site on this machine: Chromium maps them (`--host-resolver-rules`). */
const needsSubdomains = [
  'tests/browser/cookie.test.ts > one choice for the whole site (issue 17) > a choice made on one sub-domain applies on another, and a withdrawal comes back',
];

/** The tests `needsEmulation` and `needsSubdomains` name, each with why `driver` cannot run it. */
const unsupportedBy = (driver: string): Record<string, string> => ({
  ...Object.fromEntries(
    Object.entries(needsEmulation).map(([name, feature]) => [name, `${driver} cannot emulate ${feature}`]),
  ),
  ...Object.fromEntries(
    needsSubdomains.map((name) => [name, `${driver} has no host resolver rules here: Chromium runs it`]),
  ),
});

/**
 * Playwright's provider, except that Vitest's own commands (`userEvent.keyboard` among them) find
 * the tests' frame by its element, not by its name: over WebDriver BiDi Playwright learns a frame's
 * name asynchronously, and now and then every command of a test file failed with `Cannot find
 * "vitest-iframe" on the page` in Firefox. The element is waited for like any locator.
 */
function framedByElement(options: Parameters<typeof playwright>[0]): ReturnType<typeof playwright> {
  const provider = playwright(options);
  return {
    ...provider,
    providerFactory(project) {
      const instance = provider.providerFactory(project) as PlaywrightBrowserProvider;
      const commandsContext = instance.getCommandsContext.bind(instance);
      instance.getCommandsContext = (sessionId) => {
        const context = commandsContext(sessionId);
        const byName = context.frame;
        return Object.assign(context, {
          frame: async () =>
            (await (await context.page.locator('iframe[data-vitest="true"]').elementHandle()).contentFrame()) ??
            byName(),
        });
      };
      return instance;
    },
  };
}

/** Outer size of the WebKit window: larger than any viewport a test asks for (1280 × 800), toolbar included. */
const WEBKIT_WINDOW = { width: 1400, height: 1100 };

/**
 * WebKitGTK's MiniBrowser through the system's WebKitWebDriver (scripts/webkit.mjs), with Vitest's
 * webdriverio provider over classic WebDriver (this WebKitWebDriver has no WebDriver BiDi). The
 * provider knows the browsers of the webdriverio project only; this one starts the driver itself on
 * a free port when the browser is first opened, and ends it with the provider.
 *
 * Viewports: the provider resizes the window to the viewport a test asks for, but MiniBrowser's
 * window has a toolbar (38 px) and cannot be narrower than 447 px, so a phone's 320 px would
 * silently be 447. Instead the window stays larger than any viewport and the tests' iframe gets
 * the size asked for, as Vitest does for Playwright at scale 1.
 */
function webkitGtk(): ReturnType<typeof webdriverio> {
  const provider = webdriverio({
    hostname: '127.0.0.1',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
    } as WebdriverIO.Capabilities,
  });
  return {
    ...provider,
    supportedBrowser: ['webkit'],
    providerFactory(project) {
      const instance = provider.providerFactory(project) as WebdriverBrowserProvider;
      const options = (instance as unknown as { options: { port?: number; capabilities: object } }).options;
      // The provider would name the browser 'webkit', which WebKitWebDriver does not match.
      Object.assign(instance, { buildCapabilities: () => options.capabilities });
      let driver: Awaited<ReturnType<typeof startWebKitDriver>> | undefined;
      const open = instance.openBrowser.bind(instance);
      instance.openBrowser = async () => {
        if (!instance.browser) {
          driver ??= await startWebKitDriver();
          options.port = driver.port;
          const browser = await open();
          await browser.setWindowSize(WEBKIT_WINDOW.width, WEBKIT_WINDOW.height);
          return browser;
        }
        return open();
      };
      const close = instance.close.bind(instance);
      instance.close = async () => {
        try {
          await close();
        } finally {
          driver?.stop();
          driver = undefined;
        }
      };
      instance.setViewport = async ({ width, height }) => {
        const browser = instance.browser!;
        const framed = instance.isIframeSwitched();
        if (framed) await instance.switchToMainFrame();
        await browser.execute(
          (w, h) => {
            const box = document.querySelector('iframe[data-vitest]')!.parentElement!;
            box.style.cssText = `width: ${w}px; height: ${h}px`;
          },
          width,
          height,
        );
        if (framed) await instance.switchToTestFrame();
      };
      return instance;
    },
  };
}

/**
 * A browser of the tests that is not installed here: under CI (`CI=true`) an error, since CI runs
 * every browser; elsewhere one line for the whole run (Vitest reads this config once per project).
 */
function absent(browser: string, missing: string): void {
  if (process.env.CI && process.env.CI !== 'false') throw new Error(`${missing}: CI runs the tests in ${browser} too.`);
  const said = Symbol.for(`consent-banner: no ${browser} said`);
  if (!(said in globalThis)) console.log(`${missing}: browser tests run without ${browser}.`);
  Object.assign(globalThis, { [said]: true });
}

/**
 * The browsers of the real-browser tests: Chromium, and stock Firefox (Debian's Firefox ESR here)
 * driven by Playwright over WebDriver BiDi (its `moz-firefox` channel). Without a Firefox only
 * Chromium runs, with one line that says so; under CI a missing Firefox fails the run.
 */
export function browserInstances(): BrowserInstanceOption[] {
  const chromium: BrowserInstanceOption = {
    browser: 'chromium',
    // The site's sub-domains of the cookie tests (issue 17), on this machine.
    provider: playwright({
      launchOptions: {
        executablePath: chromePath(),
        args: [...chromeArgs, '--host-resolver-rules=MAP *.example.test 127.0.0.1'],
      },
    }),
    provide: { unsupported: {} },
  };
  const executablePath = firefoxPath();
  if (!executablePath) {
    absent('Firefox', 'Firefox not found (FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox)');
    return [chromium];
  }
  const firefox: BrowserInstanceOption = {
    browser: 'firefox',
    provider: framedByElement({
      launchOptions: { channel: 'moz-firefox', executablePath },
      // Larger than any viewport a test asks for (1280 × 800), so that Vitest's scale is 1 (firefoxUnscaled).
      contextOptions: { viewport: { width: 1400, height: 1000 } },
    }),
    provide: { unsupported: unsupportedBy('Firefox 153 ESR over WebDriver BiDi') },
  };
  return [chromium, firefox];
}

/** WebKit, when its driver, MiniBrowser and an X server are here; else nothing, and one line saying so. */
export function webkit(): BrowserInstanceOption[] {
  const missing = webkitMissing();
  if (missing) {
    absent('WebKit', missing);
    return [];
  }
  return [
    {
      browser: 'webkit',
      name: 'browser (webkit)',
      provider: webkitGtk(),
      provide: { unsupported: unsupportedBy('WebKitWebDriver 2.50 over classic WebDriver') },
    },
  ];
}

/**
 * Runs in Vitest's orchestrator page, the one around the tests' iframe. Vitest wraps that iframe in
 * `transform: scale(…)`, scale(1) included, and Playwright's WebDriver BiDi backend finds no
 * clickable point in an iframe under any transform, so every click into the tests would fail in
 * Firefox. The Firefox window is larger than any viewport the tests ask for, so the scale is 1 there
 * and dropping the transform changes nothing else. Chromium keeps Vitest's layout.
 */
const firefoxUnscaled = `if (navigator.userAgent.includes('Firefox/'))
  document.head.append(Object.assign(document.createElement('style'), { textContent: '[data-scale] { transform: none !important }' }));`;

/** A project of the real-browser tests, in these browsers (each a project of its own, "browser (<browser>)"). */
export const browserTests = (name: string, instances: BrowserInstanceOption[]): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    include: ['tests/browser/**/*.test.ts'],
    setupFiles: ['tests/support/unsupported.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      commands: { emulateMedia, delayRequests, undelayRequests, failRequests, cookieJar, onSite },
      orchestratorScripts: [{ id: 'firefox-unscaled.js', content: firefoxUnscaled }],
      instances,
    },
  },
});
