import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';
import { browserInstances, browserTests, webkit } from './scripts/test-browsers.js';
import { defaultSnippet } from './src/integrations/google-consent-mode.js';
import { networkConditions } from './tests/support/commands.js';
import { gateEndpoints } from './tests/support/gate-endpoints.js';
import { logEndpoint } from './tests/support/log-endpoint.js';
import { rawBuild } from './tests/support/raw-build.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
/** The library's version, stamped on every proof of consent. */
const VERSION: string = JSON.parse(readFileSync(here('./package.json'), 'utf8')).version;

/** The languages built as modules of their own: every src/i18n/<code>.ts but French, which the bundle carries. */
const LANG_MODULES = readdirSync(here('./src/i18n'))
  .map((file) => /^([a-z]{2})\.ts$/.exec(file)?.[1])
  .filter((code): code is string => !!code && code !== 'fr');

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

/**
 * The standalone bundle's lit-html uses the library's Trusted Types policy (src/core/trusted-types.ts,
 * `consent-banner`) instead of making its own `lit-html` one as it loads: a page that allows only
 * `consent-banner`, or loads the bundle twice, would otherwise get an exception from the bundle's
 * first line and no banner (issue 20). The library build leaves Lit, and its policy, to the site.
 */
const litPolicy = (): Plugin => ({
  name: 'lit-policy',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const made = /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/;
    if (!made.test(code)) throw new Error(`lit-policy: lit-html's createPolicy call has changed (${id})`);
    return `import{policy as consentBannerPolicy}from${JSON.stringify(here('./src/core/trusted-types.ts'))};${code.replace(made, 'consentBannerPolicy')}`;
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

export default defineConfig(({ command, mode }) => {
  // `npm run build`: the standalone bundle (Lit inside, minified, one file).
  // `vite build --mode lib`: the library build for bundlers (Lit external, one file per module).
  const lib = mode === 'lib';
  return {
    plugins: [
      minifyTemplates(),
      !lib && consentDefault(),
      !lib && litPolicy(),
      !lib && terse(),
      ...(mode === 'test' ? [networkConditions(), logEndpoint(), gateEndpoints(), rawBuild()] : []),
    ],
    root: command === 'serve' && mode !== 'test' ? here('./demo') : undefined,
    // The site's sub-domains of the cookie tests (issue 17), mapped to this machine by Chromium.
    server: { fs: { allow: [here('.')] }, allowedHosts: ['.example.test'] },
    build: {
      outDir: here(lib ? './dist/lib' : './dist'),
      emptyOutDir: true,
      target: 'es2022',
      minify: !lib,
      lib: {
        // The standalone build also makes each language an entry of its own, dist/lang/<code>.js,
        // which the bundle imports by URL (src/i18n/index.ts says why).
        // The library build also builds `consent-banner/server` (dist/lib/server/index.js), which
        // imports only src/core/consent-cookie.ts: no Lit, no DOM.
        entry: lib
          ? ({ index: here('./src/index.ts'), 'server/index': here('./src/server/index.ts') } as Record<string, string>)
          : {
              'consent-banner': here('./src/index.ts'),
              ...Object.fromEntries(LANG_MODULES.map((code) => [`lang/${code}`, here(`./src/i18n/${code}.ts`)])),
            },
        formats: ['es'],
        fileName: (_, name) => `${name}.js`,
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
              postBanner: (chunk) => (chunk.name === 'consent-banner' ? '//# allFunctionsCalledOnLoad' : ''),
            },
      },
    },
    // The standalone bundle's list of language modules (src/i18n/index.ts; elsewhere, Vite's glob),
    // and its flag for what only its fixed chunk names allow (src/core/import-once.ts, refetchable).
    define: {
      // The library's version, for the proof of consent (src/integrations/consent-log.ts).
      'import.meta.env.PACKAGE_VERSION': JSON.stringify(VERSION),
      ...(command === 'build' && !lib
        ? {
            'import.meta.env.LANG_MODULES': JSON.stringify(LANG_MODULES.join(' ')),
            'import.meta.env.STANDALONE': 'true',
          }
        : {}),
    },
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
