// Benchmark of the gating: (a) how long granting takes with N gated inline scripts or images, to show
// that it grows linearly; (b) what the observer of late content adds to a loop that appends 10,000
// ordinary nodes. Measured in Chromium on the built bundle (dist/consent-banner.js); medians of
// several runs. `node bench/gating.mjs` prints a table; `runGatingBench()` returns the figures.
// A benchmark reports: it never fails.
// The functions passed to page.evaluate run in the browser: they use its globals.
import { existsSync, readFileSync } from 'node:fs';
import { chromeArgs, chromePath } from '../scripts/chromium.mjs';
import { createServer } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>gating bench</title>
<body><script type="module" src="/consent-banner.js"></script></body></html>`;

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Serves the bench page, the bundle and a pixel on 127.0.0.1, cross-origin isolated for fine timers. */
async function serve() {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    // Cross-origin isolation gives performance.now() microsecond resolution instead of 100 µs.
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    res.setHeader('cross-origin-embedder-policy', 'require-corp');
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (path === '/pixel.png')
      return res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' }).end(PIXEL);
    // The bundle and the modules it imports later (gating.js, consent-preferences.js, lang/…).
    const file = dist + path.slice(1);
    if (/^\/[\w/-]+\.js$/.test(path) && !path.includes('..') && existsSync(file)) {
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** In the page: time from a grant until every one of `n` gated elements of `kind` is activated. */
async function activation({ n, kind }) {
  await customElements.whenDefined('consent-banner');
  localStorage.clear();
  const box = document.createElement('div');
  let count = 0;
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  window.tick = () => ++count === n && finish();
  for (let i = 0; i < n; i++) {
    const el = document.createElement(kind === 'scripts' ? 'script' : 'img');
    el.dataset.consent = 'audience';
    if (kind === 'scripts') {
      el.type = 'text/plain';
      el.textContent = 'tick()';
    } else {
      el.alt = '';
      el.dataset.src = '/pixel.png';
    }
    box.append(el);
  }
  document.body.append(box);
  const banner = document.createElement('consent-banner');
  banner.setAttribute('categories', 'audience');
  document.body.prepend(banner);
  await banner.updateComplete;
  // The gating module arrives while the first layer shows (fetched when idle): time the activation,
  // not the fetch.
  const gating = new URL('/gating.js', location.href).href;
  while (!performance.getEntriesByName(gating).length) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const t0 = performance.now();
  banner.acceptAll();
  // Images get their src synchronously; scripts run through the gating queue (microtasks).
  if (kind === 'scripts') await finished;
  else if (box.querySelectorAll('img[src]').length !== n) throw new Error('not every image was activated');
  const ms = performance.now() - t0;
  localStorage.clear();
  return ms;
}

/** In the page: the same inline scripts inserted by plain code, without gating — the browser's own cost. */
async function nativeScripts({ n }) {
  const box = document.createElement('div');
  document.body.append(box);
  let count = 0;
  window.tick = () => ++count;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = document.createElement('script');
    s.textContent = 'tick()';
    box.append(s);
  }
  const ms = performance.now() - t0;
  if (count !== n) throw new Error('not every script ran');
  return ms;
}

/**
 * In the page: the append loop's time without the banner, with the banner and nothing granted (the
 * observer is off then), with a purpose granted (the observer watches the whole document), and, for
 * reference, with a do-nothing MutationObserver on the document instead of the banner: the browser's
 * own cost of queuing one record per append, which no observer of late content can avoid. With
 * `batch` > 1 the nodes go in as fragments of `batch` nodes, one append (and one record) each, as a
 * framework's render or an infinite scroll's page does.
 */
async function appendLoop({ nodes, runs, batch }) {
  await customElements.whenDefined('consent-banner');
  localStorage.clear();
  const refused = document.createElement('consent-banner');
  refused.setAttribute('categories', 'audience');
  refused.setAttribute('storage-key', 'bench-refused');
  const granted = document.createElement('consent-banner');
  granted.setAttribute('categories', 'audience');
  document.body.prepend(granted);
  granted.acceptAll();
  granted.remove();
  const time = async () => {
    const box = document.createElement('div');
    document.body.append(box);
    await new Promise((resolve) => setTimeout(resolve, 0)); // start on a fresh task
    const t0 = performance.now();
    for (let i = 0; i < nodes; i += batch) {
      const into = batch > 1 ? document.createDocumentFragment() : box;
      for (let j = i; j < i + batch; j++) {
        const p = document.createElement('p');
        p.textContent = 'Item ' + j;
        into.append(p);
      }
      if (into !== box) box.append(into);
    }
    // The observer's callback is a microtask queued by the first append: it runs before this resumes.
    await null;
    const ms = performance.now() - t0;
    box.remove();
    await null;
    return ms;
  };
  const bare = new MutationObserver(() => {});
  const times = { without: [], refused: [], granted: [], bare: [] };
  const banners = { refused, granted };
  for (let i = 0; i < 3; i++) await time(); // warm-up
  const order = Object.keys(times);
  for (let i = 0; i < runs; i++) {
    // Interleaved, in a new random order each round, so that drift, and the garbage a run leaves to
    // the next one (the observer's records among it), weigh on every case alike.
    for (let j = order.length - 1; j > 0; j--) {
      const k = Math.floor(Math.random() * (j + 1));
      [order[j], order[k]] = [order[k], order[j]];
    }
    for (const key of order) {
      const banner = banners[key];
      if (banner) {
        document.body.prepend(banner);
        await banner.updateComplete;
      }
      if (key === 'bare') bare.observe(document, { childList: true, subtree: true });
      times[key].push(await time());
      banner?.remove();
      bare.disconnect();
    }
  }
  localStorage.clear();
  return times;
}

/**
 * Runs the benchmark and returns its figures: `activation` (per N, median ms and µs per element for
 * inline scripts, for the same scripts without gating, and for images), `observer` (median ms of the
 * loop appending nodes one by one: no banner, nothing granted, a purpose granted, a do-nothing
 * observer; overheads in %) and `observerBatched` (the same with fragments of 100 nodes).
 */
export async function runGatingBench({ sizes = [100, 1000, 5000], runs = 7, nodes = 10_000, loopRuns = 61 } = {}) {
  if (!existsSync(dist + 'consent-banner.js'))
    throw new Error('dist/consent-banner.js is missing: run `npm run build` first');
  const { server, origin } = await serve();
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: chromeArgs,
  });
  try {
    const page = await browser.newPage();
    const activations = [];
    for (const n of sizes) {
      const row = { n };
      for (const kind of ['scripts', 'images']) {
        const times = [];
        for (let r = 0; r < runs; r++) {
          await page.goto(origin + '/'); // a fresh page each run: nothing activated yet
          times.push(await page.evaluate(activation, { n, kind }));
        }
        row[`${kind}Ms`] = round(median(times));
        row[`${kind}UsPerElement`] = round((median(times) * 1000) / n, 1);
      }
      const native = [];
      for (let r = 0; r < runs; r++) {
        await page.goto(origin + '/');
        native.push(await page.evaluate(nativeScripts, { n }));
      }
      row.nativeScriptsMs = round(median(native));
      activations.push(row);
    }
    const loopFigures = async (batch) => {
      await page.goto(origin + '/');
      const loop = await page.evaluate(appendLoop, { nodes, runs: loopRuns, batch });
      const [withoutMs, refusedMs, withMs, bareMs] = [loop.without, loop.refused, loop.granted, loop.bare].map(median);
      const percent = (ms) => round(((ms - withoutMs) / withoutMs) * 100, 1);
      return {
        nodes,
        batch,
        runs: loopRuns,
        withoutMs: round(withoutMs, 3),
        nothingGrantedMs: round(refusedMs, 3),
        withMs: round(withMs, 3),
        bareObserverMs: round(bareMs, 3),
        nothingGrantedOverheadPercent: percent(refusedMs),
        overheadPercent: percent(withMs),
        bareObserverOverheadPercent: percent(bareMs),
      };
    };
    const observer = await loopFigures(1);
    const observerBatched = await loopFigures(100);
    return { browser: browser.version(), runs, activation: activations, observer, observerBatched };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The figures as the table `node bench/gating.mjs` prints. */
export function formatGatingBench(result) {
  const lines = [
    `Gating — Chromium ${result.browser}, dist/consent-banner.js, median of ${result.runs} runs`,
    '',
    '| gated elements | inline scripts (ms) | µs / script | same scripts, no gating (ms) | images (ms) | µs / image |',
    '|---:|---:|---:|---:|---:|---:|',
    ...result.activation.map(
      (r) =>
        `| ${r.n.toLocaleString('en')} | ${r.scriptsMs} | ${r.scriptsUsPerElement} | ${r.nativeScriptsMs} | ${r.imagesMs} | ${r.imagesUsPerElement} |`,
    ),
    ...[result.observer, result.observerBatched].flatMap((o) => [
      '',
      `Appending ${o.nodes.toLocaleString('en')} ordinary nodes ${o.batch > 1 ? `in fragments of ${o.batch}` : 'one by one'}, median of ${o.runs} runs:`,
      '',
      '| page | loop (ms) | overhead |',
      '|---|---:|---:|',
      `| no banner | ${o.withoutMs} | — |`,
      `| banner, nothing granted (observer off) | ${o.nothingGrantedMs} | ${o.nothingGrantedOverheadPercent} % |`,
      `| banner, a purpose granted (observer on) | ${o.withMs} | ${o.overheadPercent} % |`,
      `| reference: a do-nothing MutationObserver on the document | ${o.bareObserverMs} | ${o.bareObserverOverheadPercent} % |`,
    ]),
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatGatingBench(await runGatingBench()));
}
