// `npm run bench` (after `npm run build`): the size table, the page-load benchmark against the peers
// at normal CPU speed and at 4× slowdown, then the gating benchmark when bench/gating.mjs exists;
// prints every table and writes them to BENCHMARKS.md with the command, the date and the machine.
// Benchmarks report; they never fail. Exit status is non-zero only when the harness itself breaks.
//
//   node bench/run.mjs [--runs 9] [--throttle 1,4] [--no-write]
//
// bench/gating.mjs, when present, exports `runGatingBench(options)`; it is called with
// `{ runs, browser, executablePath, chromeArgs }` (it may ignore them), prints its own table, and
// returns its figures: a Markdown string, or an object whose `markdown` (or `table`) string goes into
// BENCHMARKS.md as is; any other value is written there as JSON.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromePath } from '../scripts/chromium.mjs';
import { cpus, freemem, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromeArgs, peerTable, runPeerBench } from './peers.mjs';
import { BUDGET, measureSizes, sizeTable } from '../scripts/size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    throttle: { type: 'string', default: '1,4' },
    'no-write': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number.parseInt(args.runs, 10) || 9);
const throttles = args.throttle
  .split(',')
  .map(Number)
  .filter((x) => x >= 1);
const executablePath = chromePath();
const started = Date.now();
const log = (line) => process.stderr.write(`  ${line}\n`);

// 1. Sizes of the build that is about to be loaded.
const sizes = await measureSizes();
console.log(`\n## Size (gzip -9)\n\n${sizeTable(sizes)}\n`);

// 2. The peers, at each CPU slowdown; one Chromium for everything.
const { chromium } = await import('playwright');
const browser = await chromium.launch({ executablePath, args: chromeArgs });
const peer = [];
let gating = null;
try {
  for (const throttle of throttles) {
    console.log(`## Page load, CPU ${throttle}× — ${runs} runs per library, interleaved (progress on stderr)\n`);
    const result = await runPeerBench({ runs, throttle, browser, log });
    peer.push(result);
    console.log(`${peerTable(result)}\n`);
  }

  // 3. The gating paths, when the gating benchmark exists.
  const gatingFile = join(root, 'bench', 'gating.mjs');
  if (existsSync(gatingFile)) {
    console.log('## Gating\n');
    try {
      const { runGatingBench } = await import(pathToFileURL(gatingFile).href);
      const out = await runGatingBench({ runs, browser, executablePath, chromeArgs });
      gating =
        typeof out === 'string'
          ? out
          : typeof out?.markdown === 'string'
            ? out.markdown
            : typeof out?.table === 'string'
              ? out.table
              : `\`\`\`json\n${JSON.stringify(out, null, 2)}\n\`\`\``;
    } catch (e) {
      gating = `The gating benchmark failed: ${e?.stack ?? e}`;
      console.error(gating);
    }
  }
} finally {
  await browser.close();
}

// 4. BENCHMARKS.md: regenerated, except the hand-written notes between the markers, which are kept.
const chromiumVersion = peer[0]?.chromium ?? '?';
const cpu = cpus();
const gb = (b) => `${(b / 2 ** 30).toFixed(1)} GiB`;
const machine = `${cpu[0]?.model?.trim() ?? '?'}, ${cpu.length} cores, ${gb(totalmem())} memory (${gb(freemem())} free at the end); ${type()} ${release()}; Chromium ${chromiumVersion} headless; Node ${process.version}`;

const ours = (r) => r.results.find((x) => x.ours);
const peers = (r) => r.results.filter((x) => !x.ours && !x.baseline);
const bestPeer = (r, k) =>
  peers(r)
    .filter((x) => x[k] !== null)
    .sort((a, b) => a[k] - b[k])[0];
const verdicts = [];
const standalone = sizes.find((s) => s.file === 'dist/consent-banner.js');
const anyRun = peer[0];
if (anyRun) {
  const o = ours(anyRun);
  const b = bestPeer(anyRun, 'bytes');
  verdicts.push(
    `- **Bytes**: consent-banner loads ${o.bytes.toLocaleString('en-US')} B on a first visit; the smallest peer, ${b.name}, ${b.bytes.toLocaleString('en-US')} B — first-visit bytes ÷ smallest peer's = **${(o.bytes / b.bytes).toFixed(2)}×** (target ≤ 0.85×: ${o.bytes <= 0.85 * b.bytes ? 'met' : 'not met'}). Budget ${BUDGET.standalone.toLocaleString('en-US')} B: ${standalone.gz <= BUDGET.standalone ? 'met' : `over by ${(standalone.gz - BUDGET.standalone).toLocaleString('en-US')} B`}.`,
  );
}
for (const r of peer) {
  const o = ours(r);
  const b = bestPeer(r, 'timeToBanner');
  if (!o || !b) continue;
  const won = o.timeToBanner !== null && o.timeToBanner <= b.timeToBanner;
  const close = o.timeToBanner !== null && Math.abs(o.timeToBanner - b.timeToBanner) < 0.1 * b.timeToBanner;
  verdicts.push(
    `- **Time to banner at ${r.throttle}×**: consent-banner ${o.timeToBanner === null ? 'not shown' : `${Math.round(o.timeToBanner).toLocaleString('en-US')} ms`}; the fastest peer, ${b.name}, ${Math.round(b.timeToBanner).toLocaleString('en-US')} ms — ${won ? 'at or below it' : 'slower'}${close ? ' (by under 10 %: within run-to-run noise here)' : ''}. CLS ${o.cls === 0 && o.clsMax === 0 ? '0 in every run' : `${o.cls} (median), ${o.clsMax} (worst run)`}; longest task ${Math.round(o.longTaskMax).toLocaleString('en-US')} ms (median), ${Math.round(o.longTaskWorst).toLocaleString('en-US')} ms (worst run); longest script block ${Math.round(o.scriptMax).toLocaleString('en-US')} ms (median; the shortest peer's, ${bestPeer(r, 'scriptMax').name}, ${Math.round(bestPeer(r, 'scriptMax').scriptMax).toLocaleString('en-US')} ms): longest script block ÷ leanest peer's = **${(o.scriptMax / bestPeer(r, 'scriptMax').scriptMax).toFixed(2)}×** (target ≤ 1×: ${o.scriptMax <= bestPeer(r, 'scriptMax').scriptMax ? 'met' : 'not met'}). Banner shown ${o.framesAfterScript === null ? '(frames not measured)' : `in frame ${o.framesAfterScript} after its script (median)`}; target: within one frame.`,
  );
}

const notesStart = '<!-- notes: kept when bench/run.mjs rewrites this file -->';
const notesEnd = '<!-- /notes -->';
const file = join(root, 'BENCHMARKS.md');
const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
const keptNotes =
  previous.includes(notesStart) && previous.includes(notesEnd)
    ? previous.slice(previous.indexOf(notesStart) + notesStart.length, previous.indexOf(notesEnd)).trim()
    : '_No notes yet._';

const md = `# Benchmarks

Written by \`npm run bench\` (\`npm run build && node bench/run.mjs --runs ${runs}\`); do not edit
except between the notes markers. Benchmarks report: nothing here passes or fails a build.

- **Date**: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} (took ${Math.round((Date.now() - started) / 1000)} s)
- **Machine**: ${machine}
- **Method**: the same French article page (\`bench/pages/article.html\`) with each library configured
  in \`bench/pages/<library>.html\` for the same two purposes — \`audience\` (Mesure d'audience) and
  \`social\` (Réseaux sociaux) — with French texts and an "accept all" button, integrated as its own
  docs say, served uncompressed from 127.0.0.1. ${runs} runs per library and CPU speed, interleaved
  (one run of each library in turn, the starting library rotating) after one unrecorded warm-up
  round; a fresh browser context per run; 1280×800 viewport; medians.
  - *JS+CSS gzip*: every JS and CSS response from the library's files, gzip -9'd here (the inline
    configuration of the peers is not counted).
  - *Time to banner*: from navigation start to the first animation frame in which the first layer's
    "accept all" button is in the viewport, visible, and opaque up to the root (across shadow roots).
  - *Banner after last library byte*: the same moment minus the end of the last library download
    that preceded it — the library's own start-up work, fetches aside.
  - *Long tasks*: the sum of \`longtask\` entries until 1 s after both the load event and the banner;
    *longest task*: the median of each run's longest, and the worst run. A long task may hold the
    page's own first layout, which the article alone also pays (its row).
  - *Longest script block*: the longest script run of the library's files or its configuration
    (a module's evaluation, a timer, a listener, with their microtasks) from the Long Animation
    Frames API, without the rendering that follows; median of each run's longest, and the worst.
  - *Frames from script to banner*: animation frames from the end of the library's first script
    block to the one that shows the banner, that one included (1: the very next frame); median.
  - *CLS*: the largest session window of layout shifts without recent input.
  - *Article painted*: the later of the headline's and the hero image's Element Timing — when the
    page's own content shows; compare with the article-alone row.
  - *LCP*: as the browser reports it; "banner n/N" counts the runs in which the LCP element was the
    banner (the banner, not the article, then sets the page's LCP).

## Verdict

${verdicts.join('\n')}

## Size (gzip -9; budgets checked by \`npm run size\` in CI)

${sizeTable(sizes, { markdown: true })}

${peer.map((r) => `## Page load, CPU ${r.throttle}×\n\n${peerTable(r)}`).join('\n\n')}

## Gating

${gating ?? '_bench/gating.mjs is not there yet: no gating figures._'}

## Notes

${notesStart}
${keptNotes}
${notesEnd}
`;

if (args['no-write']) {
  console.log('(--no-write: BENCHMARKS.md left as it was)');
} else {
  writeFileSync(file, md);
  console.log(`Wrote ${file}`);
}
console.log(verdicts.join('\n'));
