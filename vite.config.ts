import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import type { BrowserInstanceOption } from 'vitest/node';
import { playwright, type PlaywrightBrowserProvider } from '@vitest/browser-playwright';
import { webdriverio, type WebdriverBrowserProvider } from '@vitest/browser-webdriverio';
import { chromeArgs, chromePath } from './scripts/chromium.mjs';
import { firefoxPath } from './scripts/firefox.mjs';
import { miniBrowserPath, startWebKitDriver, webkitMissing } from './scripts/webkit.mjs';
import { defaultSnippet } from './src/integrations/google-consent-mode.js';
import {
  delayRequests,
  emulateMedia,
  failRequests,
  networkConditions,
  undelayRequests,
} from './tests/support/commands.js';
import { logEndpoint } from './tests/support/log-endpoint.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The languages built as modules of their own: every src/i18n/<code>.ts but French and English, which the bundle carries. */
const LANG_MODULES = readdirSync(here('./src/i18n'))
  .map((file) => /^([a-z]{2})\.ts$/.exec(file)?.[1])
  .filter((code): code is string => !!code && code !== 'en' && code !== 'fr');

/**
 * Minifies the HTML and CSS inside Lit's html`` and css`` templates of our own sources at build
 * time (Rolldown minifies code, not the text inside template literals).
 */
const minifyTemplates = (): Plugin => ({
  name: 'minify-templates',
  apply: 'build',
  async transform(code, id) {
    if (!id.includes('/src/') || !/\.ts$/.test(id)) return null;
    return (await minifyHTMLLiterals(code, { fileName: id })) ?? null;
  },
});

/**
 * Terser over the standalone build's chunks, after Rolldown's own minifier: another 80–100 B gzip
 * off dist/consent-banner.js (its compressor inlines and merges what Oxc leaves). Keeps V8's
 * compile hint, the entry's first line.
 */
const terse = (): Plugin => ({
  name: 'terse',
  apply: 'build',
  enforce: 'post',
  async generateBundle(_, bundle) {
    const { minify } = await import('terser');
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const out = await minify(chunk.code, {
        module: true,
        compress: { passes: 2 },
        format: { comments: /allFunctionsCalledOnLoad/ },
        // A build with a source map (scripts/size-attribution.mjs) gets one of terser's output.
        sourceMap: chunk.map ? { content: JSON.stringify(chunk.map), asObject: true } : false,
      });
      chunk.code = out.code!;
      if (chunk.map) Object.assign(chunk.map, out.map);
    }
  },
});

/** Emits `dist/consent-default.js`, generated from the same constants the module pushes. */
const consentDefault = (): Plugin => ({
  name: 'consent-default',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'consent-default.js', source: defaultSnippet() });
  },
});

/**
 * Test-only endpoints under /__gate/ that let the gating tests see the network: `slow.js?delay=…&name=…`
 * (a script that answers after `delay` ms and pushes `name` onto `window.ran`), `pixel.png`,
 * `page.html?csp=…&body=…` (a page sent with that Content-Security-Policy header), and `hits`, the
 * number of requests per URL so far.
 */
const gateEndpoints = (): Plugin => ({
  name: 'gate-test-endpoints',
  configureServer(server) {
    const hits: Record<string, number> = {};
    server.middlewares.use('/__gate/', (req, res) => {
      const { pathname, searchParams: q } = new URL(req.url!, 'http://test');
      const send = (type: string, body: string | Buffer) => {
        res.setHeader('content-type', type);
        res.setHeader('cache-control', 'no-store');
        res.end(body);
      };
      if (pathname == '/hits') return send('application/json', JSON.stringify(hits));
      hits[req.originalUrl!] = (hits[req.originalUrl!] ?? 0) + 1;
      if (pathname == '/slow.js') {
        const js = `(window.ran ||= []).push(${JSON.stringify(q.get('name'))});`;
        return setTimeout(() => send('text/javascript', js), Number(q.get('delay')) || 0);
      }
      if (pathname == '/pixel.png') {
        const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
        return send('image/png', Buffer.from(png, 'base64'));
      }
      if (pathname == '/page.html') {
        if (q.get('csp')) res.setHeader('content-security-policy', q.get('csp')!);
        return send(
          'text/html',
          `<!doctype html><html lang="fr"><meta charset="utf-8"><body>${q.get('body')}</body></html>`,
        );
      }
      res.statusCode = 404;
      res.end();
    });
  },
});

/**
 * Test-only: `/__dist/<file>` and `/__examples/<file>` serve the build output (dist/, and the
 * framework examples in dist-examples/) byte for byte. Under Vite's own `/dist/…` modules pass
 * through Vitest's transforms, which rewrite `import()` for its runner, so a page loading them there
 * would not run the files a site ships.
 */
const rawBuild = (): Plugin => ({
  name: 'raw-build',
  configureServer(server) {
    const types: Record<string, string> = { js: 'text/javascript', html: 'text/html', css: 'text/css' };
    for (const [route, dir] of [
      ['/__dist/', './dist'],
      ['/__examples/', './dist-examples'],
    ]) {
      server.middlewares.use(route, (req, res) => {
        const path = new URL(req.url!, 'http://test').pathname;
        const file = here(`${dir}${path}`);
        if (path.includes('..') || !existsSync(file)) {
          res.statusCode = 404;
          return res.end();
        }
        res.setHeader('content-type', types[path.split('.').pop()!] ?? 'application/octet-stream');
        res.setHeader('cache-control', 'no-store');
        res.end(readFileSync(file));
      });
    }
  },
});

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

/** The tests `needsEmulation` names, each with why `driver` cannot run it. */
const unsupportedBy = (driver: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(needsEmulation).map(([name, feature]) => [name, `${driver} cannot emulate ${feature}`]),
  );

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
function browserInstances(): BrowserInstanceOption[] {
  const chromium: BrowserInstanceOption = {
    browser: 'chromium',
    provider: playwright({ launchOptions: { executablePath: chromePath(), args: chromeArgs } }),
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
function webkit(): BrowserInstanceOption[] {
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
const browserTests = (name: string, instances: BrowserInstanceOption[]): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    include: ['tests/browser/**/*.test.ts'],
    setupFiles: ['tests/support/unsupported.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      commands: { emulateMedia, delayRequests, undelayRequests, failRequests },
      orchestratorScripts: [{ id: 'firefox-unscaled.js', content: firefoxUnscaled }],
      instances,
    },
  },
});

export default defineConfig(({ command, mode }) => {
  // `npm run build`: the standalone bundle (Lit inside, minified, one file).
  // `vite build --mode lib`: the library build for bundlers (Lit external, one file per module).
  const lib = mode === 'lib';
  return {
    plugins: [
      minifyTemplates(),
      !lib && consentDefault(),
      !lib && terse(),
      ...(mode === 'test' ? [networkConditions(), logEndpoint(), gateEndpoints(), rawBuild()] : []),
    ],
    root: command === 'serve' && mode !== 'test' ? here('./demo') : undefined,
    server: { fs: { allow: [here('.')] } },
    build: {
      outDir: here(lib ? './dist/lib' : './dist'),
      emptyOutDir: true,
      target: 'es2022',
      minify: !lib,
      lib: {
        // The standalone build also makes each language an entry of its own, dist/lang/<code>.js,
        // which the bundle imports by URL (src/i18n/index.ts says why).
        entry: lib
          ? here('./src/index.ts')
          : {
              'consent-banner': here('./src/index.ts'),
              ...Object.fromEntries(LANG_MODULES.map((code) => [`lang/${code}`, here(`./src/i18n/${code}.ts`)])),
            },
        formats: ['es'],
        fileName: (_, name) => (lib ? 'index.js' : `${name}.js`),
      },
      rolldownOptions: {
        external: lib ? [/^(lit|lit-html|lit-element|@lit\/)($|\/)/] : [],
        output: lib
          ? { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' }
          : {
              minify: true,
              // Language modules under lang/ (a public path: "./lang/*" in package.json), others beside the bundle.
              chunkFileNames: ({ name }) => (/^[a-z]{2}$/.test(name) ? 'lang/[name].js' : '[name].js'),
              comments: { annotation: false },
              // V8's explicit compile hint: compile every function of the bundle while it streams in,
              // on a background thread, instead of lazily on the main thread at first call (about
              // 30 ms of the start-up task at 4× CPU slowdown; bench/longtask-trace.mjs).
              postBanner: (chunk) => (chunk.name == 'consent-banner' ? '//# allFunctionsCalledOnLoad' : ''),
            },
      },
    },
    // The standalone bundle's list of language modules (src/i18n/index.ts; elsewhere, Vite's glob),
    // and its flag for what only its fixed chunk names allow (src/core/once.ts, refetchable).
    define:
      command === 'build' && !lib
        ? {
            'import.meta.env.LANG_MODULES': JSON.stringify(LANG_MODULES.join(' ')),
            'import.meta.env.STANDALONE': 'true',
          }
        : {},
    resolve: {
      alias: {
        // @open-wc/testing pulls in web-test-runner's snapshot commands, which Vitest does not serve.
        '@web/test-runner-commands': here('./tests/support/wtr-commands-stub.ts'),
      },
    },
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'node', include: ['tests/node/**/*.test.ts'], environment: 'node' },
        },
        browserTests('browser', mode === 'test' ? browserInstances() : []),
        // WebKit in a project of its own: Vitest serves one tester page per project, written for
        // the provider of the project's first browser (here Playwright's), and the webdriverio
        // provider needs its own (it switches WebDriver into the tests' frame before a command).
        ...(mode === 'test' ? webkit().map((instance) => browserTests('browser-webkit', [instance])) : []),
      ],
    },
  };
});
