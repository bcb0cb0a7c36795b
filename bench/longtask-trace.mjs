// What the longest main-thread task of a page load consists of, from a Chromium performance trace.
// An investigation tool, not part of `npm run bench`.
//
//   node bench/longtask-trace.mjs trace [--profile] [--runs 5] [--throttle 4] [--pages consent-banner,none] [--bundle dist/consent-banner.js]
//     Loads each page with tracing on, finds the longest top-level task on the renderer's main
//     thread and breaks it down: self time per trace event (ParseHTML, v8.compileModule,
//     UpdateLayoutTree, Layout, Paint…), and JS self time per function from the sampling profiler
//     (source-mapped when the bundle has a .map next to it). Prints medians over the runs.
//
//   node bench/longtask-trace.mjs ab [--runs 9] [--throttle 4] --variants base=dist/consent-banner.js,x=.variants/x.js
//     Interleaved A/B of bundles on the consent-banner page, no tracing: time to banner, when the
//     article painted, longest long task, longest script block (Long Animation Frames), total long
//     tasks, the long tasks' count; medians and per-run values.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromeArgs, chromePath } from '../scripts/chromium.mjs';
import { LIBRARIES, probe, startServer as peerServer } from './peers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    throttle: { type: 'string', default: '4' },
    pages: { type: 'string', default: 'consent-banner,none' },
    bundle: { type: 'string', default: 'dist/consent-banner.js' },
    variants: { type: 'string', default: 'base=dist/consent-banner.js' },
    profile: { type: 'boolean', default: false },
    heavy: { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
    json: { type: 'string' },
    ours: { type: 'boolean', default: false },
  },
});
const mode = positionals[0] ?? 'trace';
const runs = Number(args.runs);
const throttle = Number(args.throttle);

/** The peer bench's server, serving any file of the repository (bundles to compare, source maps). */
const startServer = () => peerServer({ served: [''], bundleParam: true });

const CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack',
  'toplevel',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

async function load(browser, origin, libId, { bundle, trace }) {
  const lib = LIBRARIES.find((l) => l.id === libId);
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.addInitScript(probe, lib?.accept ?? null);
    if (trace) {
      const cats = [...CATEGORIES, ...(args.heavy ? ['v8', 'blink'] : [])].filter(
        (c) => args.profile || !c.includes('cpu_profiler'),
      );
      await browser.startTracing(page, { categories: cats });
    }
    const q = bundle ? `?bundle=${encodeURIComponent(bundle)}` : '';
    await page.goto(`${origin}/page/${libId}.html${q}`, { waitUntil: 'load' });
    if (lib?.accept)
      await page.waitForFunction(() => window.__bench.visibleAt !== null, null, { polling: 100, timeout: 30000 });
    await page.waitForTimeout(1000);
    const m = await page.evaluate(() => ({
      ...window.__bench,
      marks: performance
        .getEntriesByType('mark')
        .filter((e) => e.name.startsWith('cb:'))
        .map((e) => [e.name, e.startTime]),
      nav: (({ domInteractive, domContentLoadedEventStart, domContentLoadedEventEnd, loadEventStart }) => ({
        domInteractive,
        domContentLoadedEventStart,
        domContentLoadedEventEnd,
        loadEventStart,
      }))(performance.getEntriesByType('navigation')[0]),
    }));
    const buffer = trace ? await browser.stopTracing() : null;
    return { ...m, trace: buffer ? JSON.parse(buffer.toString()) : null };
  } finally {
    await context.close();
  }
}

// ---------- trace analysis ----------

/** The events of the renderer main thread that loaded `url` (the CrRendererMain with the most events). */
function mainThread(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  // The renderer main thread that parsed our page (served from 127.0.0.1), else the busiest one.
  const ours = events.find(
    (e) =>
      e.name === 'ParseHTML' &&
      names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' &&
      /127\.0\.0\.1/.test(e.args?.beginData?.url ?? ''),
  );
  const counts = new Map();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (names.get(k) === 'CrRendererMain') counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const key = ours ? `${ours.pid}:${ours.tid}` : [...counts].sort((a, b) => b[1] - a[1])[0][0];
  return { key, events: events.filter((e) => `${e.pid}:${e.tid}` === key) };
}

/** Complete events (X, and B/E pairs) with start/end in µs and children, sorted. */
function spans(events) {
  const out = [];
  const stack = new Map();
  for (const e of events.slice().sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X' && e.dur !== undefined)
      out.push({ name: e.name, cat: e.cat, ts: e.ts, end: e.ts + e.dur, cpu: e.tdur ?? 0, args: e.args });
    else if (e.ph === 'B') (stack.get(e.name) ?? stack.set(e.name, []).get(e.name)).push(e);
    else if (e.ph === 'E') {
      const b = stack.get(e.name)?.pop();
      if (b)
        out.push({
          name: e.name,
          cat: b.cat,
          ts: b.ts,
          end: e.ts,
          cpu: (e.tts ?? 0) - (b.tts ?? 0),
          args: { ...b.args, ...e.args },
        });
    }
  }
  out.sort((a, b) => a.ts - b.ts || b.end - a.end);
  return out;
}

/** Nests spans; returns roots. */
function nest(list) {
  const roots = [];
  const stack = [];
  for (const s of list) {
    s.children = [];
    while (stack.length && stack.at(-1).end <= s.ts) stack.pop();
    if (stack.length && s.end <= stack.at(-1).end + 0.5) stack.at(-1).children.push(s);
    else if (!stack.length) roots.push(s);
    else {
      // overlapping, not nested: treat as sibling of the parent's level
      stack.pop();
      (stack.at(-1)?.children ?? roots).push(s);
    }
    stack.push(s);
  }
  return roots;
}

const LABEL = (s) => {
  const n = s.name;
  if (n === 'EvaluateScript' || n === 'v8.evaluateModule')
    return `${n} ${(s.args?.data?.url ?? '').replace(/^https?:\/\/[^/]+/, '')}`;
  if (n === 'v8.compileModule' || n === 'v8.compile' || n === 'v8.produceModuleCache')
    return `${n} ${(s.args?.fileName ?? s.args?.data?.url ?? '').replace(/^https?:\/\/[^/]+/, '')}`;
  if (n === 'FunctionCall')
    return `FunctionCall ${s.args?.data?.functionName || '(anon)'} ${(s.args?.data?.url ?? '').replace(/^https?:\/\/[^/]+/, '')}`;
  if (n === 'TimerFire' || n === 'FireAnimationFrame' || n === 'EventDispatch')
    return `${n} ${s.args?.data?.type ?? ''}`;
  return n;
};

/** Coarse buckets of trace-event self time. */
export function bucket(label) {
  const n = label;
  if (/ParseHTML|HTMLDocumentParser|TextResourceDecoder|HTMLTokenizer|PreloadScanner/.test(n)) return 'HTML parsing';
  if (/compile|Compile|Deserialize|produce.*Cache|Parse(Script|Function)|V8\.(Parse|PreParse)|ScriptStreamer/.test(n))
    return 'JS compile';
  if (/^V8\.GC|MajorGC|MinorGC|GCEvent|BlinkGC|CppGC|Scavenge/.test(n)) return 'GC';
  if (
    /FunctionCall|EvaluateScript|evaluateModule|v8\.(call|run|newInstance|execute)|callAsConstructor|CustomElement|V8\.(Execute|HandleInterrupts|StackGuard|BytecodeBudgetInterrupt|InvokeApi)|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.callFunction|ExecuteScript/.test(
      n,
    )
  )
    return 'JS execution (incl. DOM calls from JS)';
  if (
    /UpdateLayoutTree|recalcStyle|updateStyle|Style|CSSParser|rebuildLayoutTree|StyleEngine|ScheduleStyleRecalc|ParseAuthorStyleSheet|adopted/i.test(
      n,
    )
  )
    return 'Style (incl. CSS parse)';
  if (/Layout|Shape|InlineNode|LayoutText|performLayout|NGBlock|Font/.test(n)) return 'Layout (incl. text shaping)';
  if (
    /Paint|Layerize|Commit|PrePaint|UpdateLayer|Raster|CompositeLayers|Animation|BeginMainThreadFrame|ProxyMain/.test(n)
  )
    return 'Pre-paint / paint / commit';
  if (/CpuProfiler|Profile/.test(n)) return 'profiler overhead';
  return 'other';
}

/** Self time (ms) per label within a task, and the path of the nesting for a readable tree. */
function breakdown(task) {
  const self = new Map();
  const selfCpu = new Map();
  const walk = (s, depth, lines) => {
    const childSum = s.children.reduce((t, c) => t + (c.end - c.ts), 0);
    const me = Math.max(0, s.end - s.ts - childSum) / 1000;
    const meCpu = Math.max(0, s.cpu - s.children.reduce((t, c) => t + c.cpu, 0)) / 1000;
    const label = LABEL(s);
    self.set(label, (self.get(label) ?? 0) + me);
    selfCpu.set(label, (selfCpu.get(label) ?? 0) + meCpu);
    const stack = s.args?.beginData?.stackTrace ?? s.args?.data?.stackTrace;
    if (stack?.length && /UpdateLayoutTree|Layout/.test(s.name) && mapperRef.fn)
      lines.push(
        `${'  '.repeat(depth)}  ↳ forced by: ${stack
          .slice(0, 6)
          .map(
            (f) =>
              mapperRef.fn(f.url, f.lineNumber - 1, f.columnNumber - 1) ??
              `${f.functionName}@${f.url.replace(/^.*\//, '')}:${f.lineNumber}:${f.columnNumber}`,
          )
          .join(' ← ')}`,
      );
    if (depth < 24 && (s.end - s.ts) / 1000 >= 2)
      lines.push(
        `${'  '.repeat(depth)}${label}  ${((s.end - s.ts) / 1000).toFixed(1)} ms wall, ${(s.cpu / 1000).toFixed(1)} ms cpu (self ${me.toFixed(1)} / ${meCpu.toFixed(1)})`,
      );
    for (const c of s.children) walk(c, depth + 1, lines);
  };
  const lines = [];
  walk(task, 0, lines);
  return { self, selfCpu, lines };
}

/** CPU profile samples on the main thread from ProfileChunk events; per-function self time within [t0, t1]. */
function profileSelf(allEvents, threadKey, t0, t1, mapper) {
  const [pid, tid] = threadKey.split(':').map(Number);
  const chunks = allEvents.filter((e) => e.name === 'ProfileChunk' && e.pid === pid);
  const profiles = allEvents.filter((e) => e.name === 'Profile' && e.pid === pid);
  // Profile events carry the startTime; chunks share the Profile's id.
  const byId = new Map();
  for (const p of profiles)
    if (p.tid === tid) byId.set(p.id, { start: p.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
  for (const c of chunks) {
    const prof = byId.get(c.id);
    if (!prof) continue;
    const d = c.args.data;
    for (const n of d.cpuProfile?.nodes ?? []) prof.nodes.set(n.id, n);
    prof.samples.push(...(d.cpuProfile?.samples ?? []));
    prof.deltas.push(...(d.timeDeltas ?? []));
  }
  const self = new Map();
  const incl = new Map();
  const labelOf = (node) => {
    const cf = node.callFrame;
    if (cf.url) {
      const short = cf.url.replace(/^https?:\/\/[^/]+\//, '');
      const mapped = mapper?.(cf.url, cf.lineNumber, cf.columnNumber);
      return mapped ?? `${cf.functionName || '(anonymous)'} ${short}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`;
    }
    return cf.functionName || `(${cf.codeType ?? 'native'})`;
  };
  for (const prof of byId.values()) {
    const parent = new Map();
    for (const n of prof.nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
    for (const n of prof.nodes.values()) if (n.parent !== undefined) parent.set(n.id, n.parent);
    let t = prof.start;
    for (let i = 0; i < prof.samples.length; i++) {
      t += prof.deltas[i] ?? 0;
      const next = t + (prof.deltas[i + 1] ?? 0);
      if (t < t0 || t > t1) continue;
      const node = prof.nodes.get(prof.samples[i]);
      if (!node) continue;
      const dt = Math.max(0, next - t) / 1000;
      const label = labelOf(node);
      self.set(label, (self.get(label) ?? 0) + dt);
      const seen = new Set();
      for (let id = node.id; id !== undefined; id = parent.get(id)) {
        const n = prof.nodes.get(id);
        if (!n) break;
        const l = labelOf(n);
        if (seen.has(l)) continue;
        seen.add(l);
        incl.set(l, (incl.get(l) ?? 0) + dt);
      }
    }
  }
  self.incl = incl;
  return self;
}

const mapperRef = { fn: null };
async function makeMapper() {
  const maps = new Map();
  let TraceMap, originalPositionFor;
  try {
    ({ TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping'));
  } catch {
    return null;
  }
  return (url, line, col) => {
    const rel = url.replace(/^https?:\/\/[^/]+\//, '');
    if (!maps.has(rel)) {
      const f = join(root, `${rel}.map`);
      maps.set(rel, existsSync(f) ? new TraceMap(readFileSync(f, 'utf8')) : null);
    }
    const map = maps.get(rel);
    if (!map) return null;
    const p = originalPositionFor(map, { line: line + 1, column: col });
    if (!p.source) return null;
    return `${p.name ?? ''} ${p.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${p.line}`;
  };
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function analyse(trace, mapper) {
  const all = trace.traceEvents;
  const { key, events } = mainThread(all);
  const list = spans(events.filter((e) => e.ph === 'X' || e.ph === 'B' || e.ph === 'E'));
  const roots = nest(list);
  const tasks = roots.filter((s) => s.name === 'RunTask' || s.name === 'ThreadControllerImpl::RunTask');
  tasks.sort((a, b) => b.end - b.ts - (a.end - a.ts));
  // --ours: the task that evaluates a module script (ours) instead of the longest one.
  const has = (s, re) => re.test(s.name) || s.children.some((c) => has(c, re));
  const task = (args.ours && tasks.find((t) => has(t, /^v8\.evaluateModule$/))) || tasks[0];
  const navStart = all.find((e) => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === key)?.ts ?? list[0].ts;
  const { self, selfCpu, lines } = breakdown(task);
  const prof = args.profile ? profileSelf(all, key, task.ts, task.end, mapper) : new Map();
  const buckets = new Map();
  for (const [l, v] of self) buckets.set(bucket(l), (buckets.get(bucket(l)) ?? 0) + v);
  const bucketsCpu = new Map();
  for (const [l, v] of selfCpu) bucketsCpu.set(bucket(l), (bucketsCpu.get(bucket(l)) ?? 0) + v);
  bucketsCpu.set('(total)', task.cpu / 1000);
  buckets.set('(total)', (task.end - task.ts) / 1000);
  const composition = (t) => {
    const b = new Map();
    for (const [l, v] of breakdown(t).self) b.set(bucket(l), (b.get(bucket(l)) ?? 0) + v);
    return [...b]
      .filter(([, v]) => v >= 1)
      .sort((x, y) => y[1] - x[1])
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ');
  };
  const topTasks = tasks
    .slice(0, 4)
    .map(
      (t) => `${((t.end - t.ts) / 1000).toFixed(0)} ms @${((t.ts - navStart) / 1000).toFixed(0)}: ${composition(t)}`,
    );
  const over50 = tasks
    .filter((t) => t.end - t.ts > 50_000)
    .map((t) => [(t.ts - navStart) / 1000, (t.end - t.ts) / 1000]);
  return {
    dur: (task.end - task.ts) / 1000,
    cpu: task.cpu / 1000,
    start: (task.ts - navStart) / 1000,
    self,
    selfCpu,
    buckets,
    bucketsCpu,
    prof,
    lines,
    over50,
    topTasks,
  };
}

async function traceMode() {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  const server = await startServer();
  const mapper = await makeMapper();
  mapperRef.fn = mapper ?? (() => null);
  const pages = args.pages.split(',');
  const results = new Map(pages.map((p) => [p, []]));
  try {
    for (let run = 0; run <= runs; run++) {
      for (let i = 0; i < pages.length; i++) {
        const id = pages[(i + run) % pages.length];
        const r = await load(browser, server.origin, id, {
          bundle: id === 'consent-banner' ? args.bundle : null,
          trace: true,
        });
        const a = analyse(r.trace, mapper);
        process.stderr.write(
          `  run ${run || 'warm-up'} ${id}: longest task ${a.dur.toFixed(0)} ms at ${a.start.toFixed(0)} ms; banner ${r.visibleAt?.toFixed(0) ?? '—'}; >50: ${a.over50.map(([s, d]) => `${d.toFixed(0)}@${s.toFixed(0)}`).join(' ')}\n`,
        );
        if (run > 0) results.get(id).push({ ...a, visibleAt: r.visibleAt, longTasks: r.longTasks });
      }
    }
  } finally {
    await server.close();
    await browser.close();
  }
  const top = Number(args.top);
  for (const [id, rs] of results) {
    console.log(`\n## ${id} — CPU ${throttle}×, ${rs.length} traced runs`);
    console.log(
      `longest task: median ${median(rs.map((r) => r.dur)).toFixed(0)} ms (${rs.map((r) => r.dur.toFixed(0)).join(', ')}); starts at ${median(rs.map((r) => r.start)).toFixed(0)} ms; banner ${median(rs.map((r) => r.visibleAt)).toFixed(0)} ms`,
    );
    console.log(
      `tasks over 50 ms per run: ${rs.map((r) => r.over50.map(([s, d]) => `${d.toFixed(0)}@${s.toFixed(0)}`).join(' ')).join(' | ')}`,
    );
    const table = (maps, title) => {
      const labels = new Set(maps.flatMap((m) => [...m.keys()]));
      const rows = [...labels].map((l) => [l, median(maps.map((m) => m.get(l) ?? 0)), maps.map((m) => m.get(l) ?? 0)]);
      rows.sort((a, b) => b[1] - a[1]);
      console.log(`\n${title}\n| item | median ms | runs |\n|---|--:|---|`);
      for (const [l, med, all] of rows.slice(0, top))
        if (med >= 0.3) console.log(`| ${l} | ${med.toFixed(1)} | ${all.map((x) => x.toFixed(0)).join(' ')} |`);
    };
    table(
      rs.map((r) => r.buckets),
      'Longest task by kind of work (trace event self time, wall ms at the throttle)',
    );
    table(
      rs.map((r) => r.bucketsCpu),
      'Same, thread CPU ms (unthrottled work; less sensitive to other processes)',
    );
    table(
      rs.map((r) => r.self),
      'Self time per trace event in the longest task',
    );
    console.log('\nTop tasks per run:');
    for (const r of rs) console.log(`- ${r.topTasks.join('\n  ')}`);
    if (args.profile) {
      table(
        rs.map((r) => r.prof),
        'JS sampling profile within the longest task (self time per function)',
      );
      table(
        rs.map((r) => r.prof.incl),
        'JS sampling profile within the longest task (inclusive time per function)',
      );
    }
    console.log('\nForced style/layout inside that task, per run:');
    rs.forEach((r, i) =>
      r.lines.forEach(
        (l, j) => /forced by/.test(l) && console.log(`run ${i + 1}: ${r.lines[j + 1]?.trim()} ${l.trim()}`),
      ),
    );
    const mid = rs.slice().sort((a, b) => a.dur - b.dur)[rs.length >> 1];
    console.log(
      `\nTree of the median run's longest task (${mid.dur.toFixed(0)} ms):\n${mid.lines.slice(0, 120).join('\n')}`,
    );
  }
}

async function abMode() {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  const server = await startServer();
  const variants = args.variants.split(',').map((v) => {
    const [name, path] = v.split('=');
    return { name, path, page: path === 'none' ? 'none' : 'consent-banner' };
  });
  const res = new Map(variants.map((v) => [v.name, []]));
  try {
    for (let run = 0; run <= runs; run++) {
      for (let i = 0; i < variants.length; i++) {
        const v = variants[(i + run) % variants.length];
        const r = await load(browser, server.origin, v.page, {
          bundle: v.page === 'none' ? null : v.path,
          trace: false,
        });
        const longest = Math.max(0, ...r.longTasks.map(([, d]) => d));
        const script = Math.max(0, ...r.scripts.map(([, d]) => d));
        const article = Object.keys(r.article).length === 2 ? Math.max(...Object.values(r.article)) : null;
        const total = r.longTasks.reduce((s, [, d]) => s + d, 0);
        process.stderr.write(
          `  run ${run || 'warm-up'} ${v.name}: banner ${r.visibleAt?.toFixed(0) ?? '—'} longest ${longest.toFixed(0)} script ${script.toFixed(0)} tasks ${r.longTasks.map(([s, d]) => `${d.toFixed(0)}@${s.toFixed(0)}`).join(' ')}\n`,
        );
        // The long task that holds our module's evaluation (first mark), when there are marks.
        const first = r.marks?.[0]?.[1];
        const ours = first === undefined ? null : r.longTasks.find(([s, d]) => s <= first && first <= s + d);
        if (run > 0)
          res.get(v.name).push({
            ttb: r.visibleAt,
            longest,
            script,
            article,
            total,
            n: r.longTasks.length,
            marks: r.marks,
            ours: ours ? ours[1] : first === undefined ? NaN : 0,
            ourStart: ours ? ours[0] : first,
            nav: r.nav,
          });
      }
    }
  } finally {
    await server.close();
    await browser.close();
  }
  console.log(
    `\nCPU ${throttle}×, ${runs} runs each, interleaved; medians (min–max)\n| variant | time to banner | article painted | longest task | longest script block | long tasks total | count | task holding module start |\n|---|--:|--:|--:|--:|--:|--:|--:|`,
  );
  const f = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  const out = {};
  for (const [name, rs] of res) {
    const ttb = rs.map((r) => r.ttb).filter((x) => x !== null);
    const article = rs.map((r) => r.article).filter((x) => x !== null);
    const ours = rs.map((r) => r.ours).filter(Number.isFinite);
    console.log(
      `| ${name} | ${ttb.length ? f(ttb) : '—'} | ${article.length ? f(article) : '—'} | ${f(rs.map((r) => r.longest))} | ${f(rs.map((r) => r.script))} | ${f(rs.map((r) => r.total))} | ${median(rs.map((r) => r.n))} | ${ours.length ? f(ours) : '—'} |`,
    );
    out[name] = rs;
  }
  // Phases between consecutive marks (first occurrence of each), medians; one column per variant.
  const phaseTable = new Map();
  const push = (k, name, v) => {
    const row = phaseTable.get(k) ?? phaseTable.set(k, new Map()).get(k);
    (row.get(name) ?? row.set(name, []).get(name)).push(v);
  };
  const marked = [...res].filter(([, rs]) => rs[0]?.marks?.length);
  for (const [name, rs] of marked) {
    for (const r of rs) {
      const seen = new Map();
      for (const [n, t] of r.marks) if (!seen.has(n)) seen.set(n, t);
      const list = [...seen].sort((a, b) => a[1] - b[1]);
      if (r.ours) list.unshift(['(long task start)', r.ourStart]);
      for (let i = 1; i < list.length; i++)
        push(`${list[i - 1][0]} → ${list[i][0]}`, name, list[i][1] - list[i - 1][1]);
      if (r.ours) {
        const inTask = list.filter(([, t]) => t <= r.ourStart + r.ours).at(-1);
        push(`${inTask[0]} → (end of that long task)`, name, r.ourStart + r.ours - inTask[1]);
      }
      push('(long task holding module start)', name, r.ours);
      for (const [k, v] of Object.entries(r.nav ?? {})) push(`nav ${k} (abs)`, name, v);
      push('banner visible (abs)', name, r.ttb ?? NaN);
    }
  }
  if (marked.length) {
    console.log(
      `\nPhases (ms at ${throttle}×), medians over runs\n| phase | ${marked.map(([n]) => n).join(' | ')} |\n|---|${marked.map(() => '--:|').join('')}`,
    );
    for (const [k, row] of phaseTable)
      console.log(`| ${k} | ${marked.map(([n]) => (row.has(n) ? median(row.get(n)).toFixed(1) : '')).join(' | ')} |`);
  }
  if (args.json) (await import('node:fs')).writeFileSync(args.json, JSON.stringify(out));
}

await (mode === 'ab' ? abMode() : traceMode());
