// Side-by-side page-load benchmark: the same French article page with consent-banner and with each
// peer, in headless Chromium, interleaved run by run. Reports; never passes or fails anything.
//
//   import { runPeerBench, peerTable } from './peers.mjs';
//   const result = await runPeerBench({ runs: 9, throttle: 4 });   // CPU slowdown, 1 = none
//   console.log(peerTable(result));
//
// Per run and per library: a fresh browser context (no cache, no stored choice), CPU throttling
// through CDP (Emulation.setCPUThrottlingRate), then navigation to /page/<id>.html served from
// 127.0.0.1. An init script, installed before any page script, records:
//   - time to banner: performance.now() (ms since navigation start) at the first animation frame in
//     which the library's "accept all" button is in the viewport, checkVisibility() with opacity and
//     visibility, and every ancestor (across shadow roots) has a computed opacity of 1;
//   - long tasks (PerformanceObserver 'longtask'), summed;
//   - script blocks: the scripts of long animation frames (PerformanceObserver
//     'long-animation-frame'), each a top-level script run (module evaluation, timer, listener,
//     promise callback, microtasks included) of 5 ms or more. The article runs no script, so every
//     one with a source URL is the library's or its configuration's (the probe's own have none).
//     Unlike a long task, a script block holds no rendering: it is the time the library itself
//     kept the main thread, whatever the page's own layout costs;
//   - frames to banner: the animation frames from the end of the library's first script block to
//     the one in which the banner is visible, that one included (1: the banner shows in the first
//     frame after the library's script; none when that block was too short for a long frame);
//   - CLS: layout shifts without recent input, largest session window (web-vitals' definition);
//   - the article's own paint: the later of its headline's and hero image's Element Timing
//     (elementtiming attributes), to see whether the banner delays the page's own content; and the
//     page's LCP as a visitor's browser reports it, which may be the banner itself.
// The measurement window closes 1 s after both the load event and the banner. Bytes are the JS and
// CSS responses the page loaded from the library (dist/ or node_modules/), each gzip -9'd here;
// the page, its inline configuration and its image are not counted.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromeArgs, chromePath } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = join(root, 'bench', 'pages');

export { chromeArgs };

const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const ownVersion = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/**
 * The libraries, in table order. `accept` finds the first layer's "accept all" button (searched in
 * open shadow roots too); `snippet` is bench/pages/<id>.html, put into the article's placeholders.
 */
export const LIBRARIES = [
  { id: 'consent-banner', name: 'consent-banner', ours: true, version: ownVersion, accept: '[part~="accept-button"]' },
  {
    id: 'vanilla-cookieconsent',
    name: 'vanilla-cookieconsent',
    pkg: 'vanilla-cookieconsent',
    accept: '#cc-main .cm [data-role="all"]',
  },
  { id: 'orejime', name: 'Orejime', pkg: 'orejime', accept: '.orejime-Banner-saveButton' },
  { id: 'klaro', name: 'Klaro', pkg: 'klaro', accept: '.cookie-notice .cn-buttons .cm-btn-success' },
  { id: 'tarteaucitron', name: 'tarteaucitron', pkg: 'tarteaucitronjs', accept: '#tarteaucitronPersonalize2' },
  { id: 'none', name: '(article alone)', baseline: true },
];

/** The article with one library's snippet in its `<!-- consent:head|body-start|body-end -->` places. */
export function pageFor(id) {
  const article = readFileSync(join(pages, 'article.html'), 'utf8');
  const snippet = readFileSync(join(pages, `${id}.html`), 'utf8');
  const part = (name) => {
    const m = snippet.match(new RegExp(`<!-- ${name} -->\\n([\\s\\S]*?)(?=<!-- (head|body-start|body-end) -->|$)`));
    return m ? m[1].trim() : '';
  };
  return article
    .replace('<!-- consent:head -->', part('head'))
    .replace('<!-- consent:body-start -->', part('body-start'))
    .replace('<!-- consent:body-end -->', part('body-end'));
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
const SERVED = ['dist/', 'bench/pages/', ...LIBRARIES.filter((l) => l.pkg).map((l) => `node_modules/${l.pkg}/`)];

/**
 * A tiny static server on 127.0.0.1: the generated pages, and files under the `served` folders of
 * the repository (by default dist/ and the peers' packages, nothing else). With `bundleParam`,
 * `/page/<id>.html?bundle=<path>` loads that file instead of dist/consent-banner.js (A/B of builds).
 */
export async function startServer({ served = SERVED, bundleParam = false } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    const page = path.match(/^\/page\/([\w-]+)\.html$/);
    if (page && existsSync(join(pages, `${page[1]}.html`))) {
      const bundle = bundleParam && url.searchParams.get('bundle');
      const html = pageFor(page[1]);
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      return res.end(bundle ? html.replace('/dist/consent-banner.js', `/${bundle}`) : html);
    }
    const rel = normalize(path).replace(/^[/\\]+/, '');
    const file = join(root, rel);
    const allowed = served.some((p) => rel.split(sep).join('/').startsWith(p)) && file.startsWith(root);
    if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Installed in every page before its own scripts; `selector` is the accept-all button, or null. */
export function probe(selector) {
  const m = (window.__bench = {
    visibleAt: null,
    longTasks: [],
    scripts: [],
    ticks: [],
    shifts: [],
    lcp: null,
    lcpOn: null,
    fcp: null,
    article: {},
  });
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      /* entry type not supported */
    }
  };
  observe('longtask', (e) => m.longTasks.push([e.startTime, e.duration]));
  observe('long-animation-frame', (e) => {
    for (const s of e.scripts) if (s.sourceURL) m.scripts.push([s.startTime, s.duration]);
  });
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) m.shifts.push([e.startTime, e.value]);
  });
  observe('largest-contentful-paint', (e) => {
    m.lcp = e.startTime;
    // An element of the article, or of the banner (null: inside a shadow root, or removed).
    m.lcpOn = e.element?.closest('header, nav, main, footer') ? 'article' : 'banner';
  });
  observe('element', (e) => (m.article[e.identifier] = e.renderTime || e.loadTime));
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') m.fcp = e.startTime;
  });
  if (!selector) return;
  const find = (scope) => {
    const hit = scope.querySelector(selector);
    if (hit) return hit;
    for (const el of scope.querySelectorAll('*')) {
      const inner = el.shadowRoot && find(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const shown = (el) => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }))
      return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth)
      return false;
    for (let n = el; n; n = n.parentElement ?? n.parentNode?.host ?? n.getRootNode().host) {
      if (n.nodeType === 1 && getComputedStyle(n).opacity !== '1') return false;
    }
    return true;
  };
  const tick = () => {
    const el = document.documentElement && find(document);
    m.ticks.push(performance.now());
    if (el && shown(el)) m.visibleAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Animation frames from the end of the first script block to the banner's, included; null when unknown. */
function framesAfterScript({ scripts, ticks, visibleAt }) {
  if (visibleAt === null || !scripts.length) return null;
  const [start, duration] = scripts.reduce((a, b) => (b[0] < a[0] ? b : a));
  if (start + duration > visibleAt) return null;
  return ticks.filter((t) => t >= start + duration && t <= visibleAt).length;
}

/** Largest session window of layout shifts (gaps under 1 s, windows under 5 s), as web-vitals does. */
function cls(shifts) {
  let best = 0;
  let sum = 0;
  let first = 0;
  let last = -Infinity;
  for (const [t, v] of shifts) {
    if (t - last < 1000 && t - first < 5000) sum += v;
    else [sum, first] = [v, t];
    last = t;
    best = Math.max(best, sum);
  }
  return best;
}

async function loadOnce(browser, origin, lib, throttle, timeout) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const library = new Map(); // url → gzip -9 bytes of the body
  const pending = [];
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  page.on('response', (res) => {
    const { pathname } = new URL(res.url());
    if (!/^\/(dist|node_modules)\//.test(pathname) || !/\.(m?js|css)$/.test(pathname)) return;
    pending.push(
      res.body().then(
        (b) => library.set(pathname, gzipSync(b, { level: 9 }).length),
        () => {},
      ),
    );
  });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.addInitScript(probe, lib.accept ?? null);
    await page.goto(`${origin}/page/${lib.id}.html`, { waitUntil: 'load', timeout });
    if (lib.accept) {
      await page
        .waitForFunction(() => window.__bench.visibleAt !== null, null, { polling: 100, timeout })
        .catch(() => errors.push(`accept-all button not visible within ${timeout} ms`));
    }
    await page.waitForTimeout(1000);
    const m = await page.evaluate(() => {
      const b = window.__bench;
      const resources = performance
        .getEntriesByType('resource')
        .filter(
          (r) => /\/(dist|node_modules)\//.test(r.name) && (b.visibleAt === null || r.responseEnd <= b.visibleAt),
        );
      return { ...b, lastByte: resources.length ? Math.max(...resources.map((r) => r.responseEnd)) : null };
    });
    await Promise.all(pending);
    return {
      visibleAt: m.visibleAt,
      afterLastByte: m.visibleAt !== null && m.lastByte !== null ? m.visibleAt - m.lastByte : null,
      longTaskTotal: m.longTasks.reduce((s, [, d]) => s + d, 0),
      longTaskMax: m.longTasks.reduce((s, [, d]) => Math.max(s, d), 0),
      scriptMax: m.scripts.reduce((s, [, d]) => Math.max(s, d), 0),
      framesAfterScript: framesAfterScript(m),
      cls: cls(m.shifts),
      lcp: m.lcp,
      lcpOn: m.lcpOn,
      articlePaint: Object.keys(m.article).length === 2 ? Math.max(...Object.values(m.article)) : null,
      fcp: m.fcp,
      bytes: [...library.values()].reduce((s, n) => s + n, 0),
      files: [...library.keys()].sort(),
      errors,
    };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Loads the article with every library `runs` times at one CPU slowdown, interleaved (run 1 of
 * each library, then run 2 …; the starting library rotates each run), after one unrecorded warm-up
 * round. Pass `browser` to reuse a launched Chromium; otherwise one is launched and closed here.
 */
export async function runPeerBench({
  runs = 9,
  throttle = 1,
  browser,
  libraries = LIBRARIES,
  timeout = 30_000,
  log = () => {},
} = {}) {
  const { chromium } = await import('playwright');
  const own = !browser;
  browser ??= await chromium.launch({
    executablePath: chromePath(),
    args: chromeArgs,
  });
  const server = await startServer();
  const samples = new Map(libraries.map((l) => [l.id, []]));
  try {
    for (let run = 0; run <= runs; run++) {
      for (let i = 0; i < libraries.length; i++) {
        const lib = libraries[(i + run) % libraries.length];
        const sample = await loadOnce(browser, server.origin, lib, throttle, timeout);
        if (run > 0) samples.get(lib.id).push(sample); // run 0 warms up
        log(
          `${throttle}× run ${run || 'warm-up'} ${lib.id}: ${sample.visibleAt === null ? '—' : `${sample.visibleAt.toFixed(0)} ms`}`,
        );
      }
    }
    return {
      throttle,
      runs,
      chromium: browser.version(),
      results: libraries.map((lib) => {
        const s = samples.get(lib.id);
        const pick = (k) => s.map((x) => x[k]);
        const ttb = pick('visibleAt').filter((x) => x !== null);
        return {
          id: lib.id,
          name: lib.name,
          ours: !!lib.ours,
          baseline: !!lib.baseline,
          version: lib.pkg ? version(lib.pkg) : lib.version ? lib.version() : '',
          bytes: median(pick('bytes')),
          files: s[0]?.files ?? [],
          timeToBanner: median(pick('visibleAt')),
          timeToBannerRange: ttb.length ? [Math.min(...ttb), Math.max(...ttb)] : null,
          shown: `${ttb.length}/${s.length}`,
          afterLastByte: median(pick('afterLastByte')),
          longTaskTotal: median(pick('longTaskTotal')),
          longTaskMax: median(pick('longTaskMax')),
          longTaskWorst: Math.max(0, ...pick('longTaskMax')),
          scriptMax: median(pick('scriptMax')),
          scriptWorst: Math.max(0, ...pick('scriptMax')),
          framesAfterScript: median(pick('framesAfterScript')),
          cls: median(pick('cls')),
          clsMax: Math.max(0, ...pick('cls')),
          lcp: median(pick('lcp')),
          lcpOnBanner: pick('lcpOn').filter((x) => x === 'banner').length,
          articlePaint: median(pick('articlePaint')),
          fcp: median(pick('fcp')),
          errors: [...new Set(s.flatMap((x) => x.errors))],
        };
      }),
    };
  } finally {
    await server.close();
    if (own) await browser.close();
  }
}

const fmt = {
  int: (x) => (x === null ? '—' : Math.round(x).toLocaleString('en-US')),
  ms: (x) => (x === null ? '—' : `${Math.round(x).toLocaleString('en-US')}`),
  cls: (x) => (x === null ? '—' : x === 0 ? '0' : x.toFixed(4)),
  ratio: (ours, best) => {
    if (ours === null || best === null) return '—';
    if (best === 0) return ours === 0 ? '= (both 0)' : '—';
    return `${(ours / best).toFixed(2)}×`;
  },
};

/** The figures of one runPeerBench() as a Markdown table, then consent-banner against the best peer. */
export function peerTable(result) {
  const rows = result.results;
  const head =
    '| library | version | JS+CSS gzip -9 (B) | time to banner, median (min–max) ms | banner after last library byte (ms) | long tasks, total (ms) | longest task, median (worst) ms | longest script block, median (worst) ms | frames from script to banner | CLS | article painted (ms) | LCP (ms) |';
  const lines = [head, '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|'];
  for (const r of rows) {
    const ttb = r.baseline
      ? 'no banner'
      : r.timeToBanner === null
        ? `not shown (${r.shown})`
        : `${fmt.ms(r.timeToBanner)} (${fmt.ms(r.timeToBannerRange[0])}–${fmt.ms(r.timeToBannerRange[1])})${r.shown.startsWith(String(result.runs)) ? '' : ` shown ${r.shown}`}`;
    lines.push(
      `| ${r.ours ? `**${r.name}**` : r.name} | ${r.version} | ${r.baseline ? '—' : fmt.int(r.bytes)} | ${ttb} | ${r.baseline ? '—' : fmt.ms(r.afterLastByte)} | ${fmt.ms(r.longTaskTotal)} | ${fmt.ms(r.longTaskMax)} (${fmt.ms(r.longTaskWorst)}) | ${fmt.ms(r.scriptMax)} (${fmt.ms(r.scriptWorst)}) | ${r.baseline ? '—' : fmt.int(r.framesAfterScript)} | ${fmt.cls(r.cls)} | ${fmt.ms(r.articlePaint)} | ${fmt.ms(r.lcp)}${r.lcpOnBanner ? ` (banner ${r.lcpOnBanner}/${result.runs})` : ''} |`,
    );
  }
  const ours = rows.find((r) => r.ours);
  const peers = rows.filter((r) => !r.ours && !r.baseline);
  const best = (k) => {
    const xs = peers.map((r) => r[k]).filter((x) => x !== null);
    return xs.length ? Math.min(...xs) : null;
  };
  const bestName = (k) => peers.filter((r) => r[k] !== null).sort((a, b) => a[k] - b[k])[0]?.name ?? '—';
  if (ours) {
    lines.push(
      `| consent-banner ÷ best peer | | ${fmt.ratio(ours.bytes, best('bytes'))} (${bestName('bytes')}) | ${fmt.ratio(ours.timeToBanner, best('timeToBanner'))} (${bestName('timeToBanner')}) | ${fmt.ratio(ours.afterLastByte, best('afterLastByte'))} (${bestName('afterLastByte')}) | ${fmt.ratio(ours.longTaskTotal, best('longTaskTotal'))} | ${fmt.ratio(ours.longTaskMax, best('longTaskMax'))} | ${fmt.ratio(ours.scriptMax, best('scriptMax'))} (${bestName('scriptMax')}) | | ${fmt.ratio(ours.cls, best('cls'))} | ${fmt.ratio(ours.articlePaint, best('articlePaint'))} (${bestName('articlePaint')}) | ${fmt.ratio(ours.lcp, best('lcp'))} (${bestName('lcp')}) |`,
    );
  }
  const notes = rows.filter((r) => r.errors.length).map((r) => `- ${r.name}: ${r.errors.join('; ')}`);
  return [
    `CPU slowdown ${result.throttle}×, ${result.runs} runs per library, medians; Chromium ${result.chromium}.`,
    '',
    ...lines,
    ...(notes.length ? ['', 'Page errors:', ...notes] : []),
  ].join('\n');
}
