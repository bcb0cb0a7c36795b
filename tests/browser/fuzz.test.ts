/*
 * Issue 20, "keep it so": a property-based fuzz suite (fast-check). Each generated case puts a
 * `<consent-banner>` in the page with a gated script beside it, waits for it to settle, and asserts
 * what the page would notice: no uncaught error or unhandled rejection and no property setter that
 * throws; no gated script ran before consent (EU-1, FR-15), nor any script smuggled in through a
 * text (SEC-1); Object.prototype untouched; and the banner either shows its "accept all" button or
 * says the choice is decided. The stored record and the consent cookie are untrusted input
 * (SEC-9): the gated script's purpose is one that no generated record or cookie grants, so it must
 * never run, whatever they hold.
 *
 * Seeded and bounded: a fixed seed, and a number of cases per property that keeps the file within
 * seconds per browser. A failure names the seed and fast-check's path; VITE_FUZZ_SEED (Vite shows
 * the tests only environment variables prefixed VITE_) runs another seed or replays one,
 * VITE_FUZZ_PATH replays just the failing case, VITE_FUZZ_RUNS changes the number of cases.
 */
import fc from 'fast-check';
import { describe, it, vi } from 'vitest';
import { bannerLayer } from './helpers.js';

type Env = Record<string, string | undefined>;
const env = import.meta.env as unknown as Env;
const SEED = Number(env.VITE_FUZZ_SEED ?? env.FUZZ_SEED ?? 20_2020);
const RUNS = env.VITE_FUZZ_RUNS ?? env.FUZZ_RUNS;
const PATH = env.VITE_FUZZ_PATH ?? env.FUZZ_PATH;
/** Cases per property: FUZZ_RUNS, else `n`. */
const runs = (n: number) => (RUNS ? Number(RUNS) : n);

/** The purpose of the gated script: no generated record or cookie grants it, so it never runs. */
const GATED = 'fuzzgated';
const DAY = 86_400_000;
/** How long one property may run, its shrinking included. */
const TIME_LIMIT = 20_000;

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const reasonOf = (reason: unknown): string => {
  try {
    return reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  } catch {
    return Object.prototype.toString.call(reason);
  }
};
/** `promise`, or `fallback` after `ms`. */
const within = <T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> =>
  Promise.race([promise, settle(ms).then(() => fallback)]);

// ——— What is generated ———

/** Names of Object.prototype's members and other keys a careless look-up trips on. */
const trapNames = [
  // Object.prototype's own names, written out: the browsers list them in different orders, and a
  // seed must give the same cases in every browser.
  '__proto__',
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'prototype',
  'then',
  'length',
  '0',
  'NaN',
];
const htmlLike = [
  '<b>bold</b>',
  `<img src=x onerror="ran.push('xss')">`,
  `<script>ran.push('xss')</script>`,
  `"><svg onload="ran.push('xss')">`,
  '{purposes}',
  '{controller}',
  '{count}',
  '$&',
  '${x}',
  '\u0000',
  '\u202e',
  '😀',
  'e\u0301',
];
const wellKnown = ['necessary', 'preferences', 'audience', 'social', 'advertising'];

/** One word of a generated attribute: prototype names, ids, unicode, HTML-like text, huge. */
const token: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...trapNames), weight: 3 },
  { arbitrary: fc.constantFrom(...wellKnown), weight: 3 },
  { arbitrary: fc.stringMatching(/^[a-zA-Z0-9][\w-]{0,15}$/), weight: 3 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 2 },
  { arbitrary: fc.constantFrom(...htmlLike), weight: 2 },
  { arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => 'x'.repeat(n)), weight: 1 },
);
const separator = fc.constantFrom(' ', ',', ', ', '\t', '\n', '  ', ',,', ' , ', '\u00a0', '\u3000', '');
/** A list of words with random separators, as a `categories` attribute. */
const wordList = fc
  .array(fc.tuple(token, separator), { maxLength: 6 })
  .map((parts) => parts.map(([word, sep]) => word + sep).join(''));
const numberText = fc.oneof(
  fc.integer().map(String),
  fc.nat(400).map(String),
  fc.bigInt().map(String),
  fc.double().map(String),
  fc.constantFrom('', ' 1 ', '1e3', '0x10', '-0', '+5', '-5', '٣', '５', 'Infinity', 'NaN', '9'.repeat(400)),
  fc.constantFrom('2147483647', '2147483648', '395', '396', '0', '1', '182'),
  token,
);
/**
 * No EU language but French and English: a module loaded here would stay in memory for the later
 * test files of the same browser page, whose language tests delay or fail those modules' fetches.
 */
const EU_MODULE = /^(bg|cs|da|de|el|es|et|fi|ga|hr|hu|it|lt|lv|mt|nl|pl|pt|ro|sk|sl|sv)(?![a-z])/i;
const langText = fc.oneof(
  fc.constantFrom('fr', 'en', 'EN', 'fr-FR', 'zh', '', ' ', '-', 'en_GB', 'x-klingon', 'ja-JP'),
  fc.constantFrom(...trapNames),
  token.filter((t) => !EU_MODULE.test(t.trim())),
);
const urlText = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    `javascript:ran.push('xss')`,
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'http://[',
    '//example.com',
    '/politique',
    '#',
    '',
    ' ',
    'mailto:dpo@example.com',
  ),
  token,
);
/** `<consent-category>` children, with names, labels and texts of every kind. */
const children = fc.array(
  fc.record(
    {
      name: fc.oneof(token, fc.constantFrom(...wellKnown, GATED)),
      label: token,
      text: token,
      gcm: fc.oneof(token, fc.constantFrom('ad_storage', 'analytics_storage ad_user_data', 'constructor')),
      cookies: fc.oneof(token, fc.constantFrom('_ga /^_ga_/', '/[/', '/(a+)+$/')),
    },
    { requiredKeys: ['name'] },
  ),
  { maxLength: 4 },
);

/** Values of every JavaScript type, for a property. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 2,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withTypedArray: true,
    withSparseArray: true,
    withUnicodeString: true,
  }),
  fc.constantFrom<unknown>(
    Symbol('hostile'),
    () => 'a function',
    new URL('https://example.com/privacy'),
    NaN,
    Infinity,
    -Infinity,
    -0,
    2 ** 31,
    1.5,
    null,
    undefined,
    true,
    Number('9'.repeat(400)),
  ),
  fc.array(token, { maxLength: 4 }),
  token,
);
/** A `messages` property: anything, or an object of the right shape holding anything. */
const messagesValue = fc.oneof(
  anyValue,
  fc.record(
    {
      title: anyValue,
      intro: anyValue,
      introController: anyValue,
      acceptAll: anyValue,
      refuseAll: anyValue,
      settings: anyValue,
      continueWithout: anyValue,
      privacy: anyValue,
      prefsTitle: anyValue,
      save: anyValue,
    },
    { requiredKeys: [] },
  ),
  fc.record({
    categories: fc.oneof(
      anyValue,
      fc.dictionary(
        fc.oneof(token, fc.constantFrom(...wellKnown, GATED)),
        fc.oneof(anyValue, fc.tuple(anyValue, anyValue)),
      ),
    ),
  }),
);

/** A key of a stored record's maps: never the gated purpose. */
const recordKey = fc.oneof(fc.constantFrom(...trapNames, ...wellKnown), token).filter((k) => k !== GATED);
/** Answers for the ids the banners of these cases configure, and more: the gated purpose refused, if at all. */
const answers = fc
  .tuple(
    fc.record(
      {
        necessary: fc.boolean(),
        audience: fc.boolean(),
        social: fc.boolean(),
        constructor: fc.boolean(),
        toString: fc.boolean(),
      },
      { requiredKeys: ['audience', 'social', 'constructor', 'toString'] },
    ),
    fc.dictionary(recordKey, fc.boolean(), { maxKeys: 3 }),
    fc.nat(4).map((n) => n > 0),
  )
  .map(([known, more, gated]) => ({ ...more, ...known, ...(gated ? { [GATED]: false } : {}) }));
/** A date: an offset from now (made an ISO string when the case runs), or anything at all. */
const dateField = fc.oneof(
  { arbitrary: fc.integer({ min: -170 * DAY, max: 0 }).map((offset) => ({ offset })), weight: 4 },
  { arbitrary: fc.integer({ min: -400 * DAY, max: 2 * DAY }).map((offset) => ({ offset })), weight: 2 },
  { arbitrary: fc.constantFrom('', 'now', '2026-13-45T99:00:00Z', '0', 'Infinity'), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 },
);
/** A stored record: valid-ish JSON with fields of random types, or garbage. */
const storedRecord = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        id: fc.oneof(fc.uuid(), token, fc.jsonValue({ maxDepth: 1 })),
        revision: fc.oneof(
          { weight: 6, arbitrary: fc.constant(0) },
          { weight: 1, arbitrary: fc.integer() },
          { weight: 1, arbitrary: fc.double() },
          { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
        ),
        date: dateField,
        categories: fc.oneof(
          // Every id the banners configure, often: such a record may count (the gated purpose, if there, refused).
          { weight: 4, arbitrary: answers },
          { weight: 2, arbitrary: fc.dictionary(recordKey, fc.boolean(), { maxKeys: 6 }) },
          { weight: 2, arbitrary: fc.dictionary(recordKey, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 6 }) },
          { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
        ),
        services: fc.oneof(fc.dictionary(recordKey, fc.boolean(), { maxKeys: 3 }), fc.jsonValue({ maxDepth: 1 })),
        action: fc.oneof(fc.constantFrom('accept-all', 'save', 'sync', 'gate'), token),
        lang: langText,
        gpc: fc.jsonValue({ maxDepth: 0 }),
      },
      { requiredKeys: ['categories'] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      `{"id":"a1b2c3d4","revision":0,"date":"NOW","categories":{"__proto__":{"${GATED}":true},"necessary":true}}`,
      `{"id":"a1b2c3d4","revision":0,"date":"NOW","categories":{"constructor":{"prototype":{"${GATED}":true}}}}`,
      `{"id":"a1b2c3d4","revision":0,"date":"NOW","categories":{"necessary":true},"__proto__":{"${GATED}":true}}`,
      '{"granted":"all"',
      'null',
      '[]',
      '{"v":999}',
      '"a string"',
      '1e999',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

/** A consent cookie: the public format with random fields, or garbage. */
const pairs = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...wellKnown, 'constructor', '__proto__'), token).filter((k) => k !== GATED),
      fc.constantFrom('0', '1', '2', '', 'true'),
    ),
    { maxLength: 5 },
  )
  .map((list) => list.map(([id, grant]) => `${id}~${grant}`).join('~'));
const cookieValue = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      version: fc.constantFrom('1', '1', '1', '1', '1', '2', '', '01'),
      revision: fc.oneof({ weight: 4, arbitrary: fc.constant('0') }, { weight: 1, arbitrary: numberText }),
      date: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: -400 * DAY, max: 2 * DAY }).map((offset) => ({ offset })) },
        { weight: 1, arbitrary: token },
      ),
      id: fc.oneof(
        { weight: 4, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: fc.stringMatching(/^[\w-]{0,70}$/) },
        { weight: 1, arbitrary: token },
      ),
      purposes: fc.oneof(
        // The banner's purposes in its order, the gated one refused: such a cookie may count.
        {
          weight: 3,
          arbitrary: fc
            .tuple(fc.constantFrom('0', '1'), fc.constantFrom('0', '1'))
            .map(([audience, social]) => `audience~${audience}~social~${social}~${GATED}~0`),
        },
        { weight: 1, arbitrary: pairs },
        { weight: 1, arbitrary: token },
      ),
      services: fc.oneof(pairs, fc.constant('')),
    }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 4000, max: 5000 }).map((n) => `1.0.${'a'.repeat(n)}`) },
);

// ——— One case ———

interface Case {
  attributes: Record<string, string>;
  children?: { name: string; label?: string; text?: string; gcm?: string; cookies?: string }[];
  /** Set before the banner is in the page (as a framework does before insertion), else after its first render. */
  properties?: { values: Record<string, unknown>; first: boolean };
  record?: unknown;
  cookie?: unknown;
  openPreferences?: boolean;
}

let serial = 0;
/**
 * Where the page's uncaught errors and unhandled rejections go: the running case's problems, or,
 * between cases, `late` (an error of a case that surfaced after it ended fails the property too).
 */
let late: string[] = [];
let sink = late;
const onError = (e: ErrorEvent) => sink.push(`uncaught ${reasonOf(e.error ?? e.message)}`);
const onRejection = (e: PromiseRejectionEvent) => sink.push(`unhandled rejection ${reasonOf(e.reason)}`);
/** How the cases of the current property ended: the first layer shown, or the choice decided. */
const tally = { shown: 0, decided: 0 };

/** When the case runs: dates as offsets from now become real dates. */
const dated = (value: unknown): unknown =>
  value && typeof value === 'object' && 'offset' in value
    ? new Date(Date.now() + (value as { offset: number }).offset)
    : value;

function recordText(record: unknown): string {
  if (typeof record === 'string') return record.replaceAll('"NOW"', JSON.stringify(new Date().toISOString()));
  const r = record as Record<string, unknown>;
  const date = dated(r.date);
  return JSON.stringify({ ...r, date: date instanceof Date ? date.toISOString() : date });
}

function cookieText(cookie: unknown): string {
  if (typeof cookie === 'string') return cookie;
  const c = cookie as Record<string, unknown>;
  const date = dated(c.date);
  const when = date instanceof Date ? date.getTime().toString(36) : String(date);
  return [c.version, c.revision, when, c.id, c.purposes, c.services].join('.');
}

/** Runs one case; returns what went wrong, nothing when all is well. */
async function runCase(c: Case): Promise<string[]> {
  const problems: string[] = [];
  const key = `fuzz-${serial++}`;
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).join();
  sink = problems;
  const w = window as Window & { ran?: string[]; dataLayer?: unknown };
  w.ran = [];
  const holder = document.createElement('div');
  try {
    if (c.record !== undefined) localStorage.setItem(key, recordText(c.record));
    if (c.cookie !== undefined) document.cookie = `${key}=${cookieText(c.cookie)}; path=/`;
    const el = document.createElement('consent-banner');
    el.setAttribute('storage-key', key);
    for (const [name, value] of Object.entries(c.attributes)) el.setAttribute(name, value);
    for (const child of c.children ?? []) {
      const category = document.createElement('consent-category');
      for (const name of ['name', 'label', 'gcm', 'cookies'] as const)
        if (child[name] !== undefined) category.setAttribute(name, child[name]);
      if (child.text !== undefined) category.textContent = child.text;
      el.append(category);
    }
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.consent = GATED;
    script.dataset.consentKey = key;
    script.textContent = `ran.push('gated')`;
    holder.append(script, el);
    const assign = () => {
      for (const [name, value] of Object.entries(c.properties?.values ?? {})) {
        try {
          (el as unknown as Record<string, unknown>)[name] = value;
        } catch (e) {
          problems.push(`setting ${name} threw ${reasonOf(e)}`);
        }
      }
    };
    if (c.properties?.first) assign();
    document.body.append(holder);
    /** Waits for the pending render; one that fails, or never comes (a connection that threw), is a problem. */
    const rendered = async () => {
      let done = false;
      el.updateComplete.then(
        () => (done = true),
        (e: unknown) => problems.push(`render failed: ${reasonOf(e)}`),
      );
      // An error already seen ends the wait: shrinking a failure then takes milliseconds a case, not seconds.
      await vi
        .waitUntil(() => done || problems.length, { timeout: 2000, interval: 10 })
        .catch(() => problems.push('the banner never finished rendering'));
    };
    await rendered();
    if (c.properties && !c.properties.first) {
      assign();
      await rendered();
    }
    // Shown (its "accept all" button visible) or decided; a language module or the cookie's reading may take a moment.
    const state = () => {
      try {
        return el.consent.decided ? 'decided' : undefined;
      } catch (e) {
        problems.push(`reading consent threw ${reasonOf(e)}`);
        return 'threw';
      }
    };
    const shown = () => (bannerLayer(el)?.querySelector('[part="accept-button"]') ? 'shown' : undefined);
    const outcome = await vi
      .waitUntil(() => shown() ?? state() ?? (problems.length ? 'failed' : undefined), { timeout: 2500, interval: 20 })
      .catch(() => undefined);
    if (!outcome) problems.push('the banner neither shows nor is decided');
    if (outcome === 'shown' || outcome === 'decided') tally[outcome]++;
    if (c.openPreferences && outcome === 'shown') {
      const opened = await within(
        el.showPreferences().then(
          () => true,
          (e: unknown) => void problems.push(`showPreferences rejected: ${reasonOf(e)}`),
        ),
        2500,
        false,
      );
      if (opened === false) problems.push('showPreferences never settled');
      await rendered();
    }
    await settle(30);
    if (w.ran.includes('gated')) problems.push(`the gated script ran without consent`);
    if (w.ran.includes('xss')) problems.push('a text was run as markup');
  } catch (e) {
    problems.push(`the case threw ${reasonOf(e)}`);
  } finally {
    holder.remove();
    await settle(10);
    sink = late;
    localStorage.removeItem(key);
    document.cookie = `${key}=; Max-Age=0; path=/`;
    delete w.dataLayer;
  }
  const prototypeAfter = Object.getOwnPropertyNames(Object.prototype).join();
  if (prototypeAfter !== prototypeBefore) problems.push(`Object.prototype changed: ${prototypeAfter}`);
  if (GATED in {}) problems.push('Object.prototype was polluted');
  return problems;
}

/** Runs `property` with the suite's seed; a failure names the seed, fast-check's path and the case. */
async function fuzz<T>(name: string, arbitrary: fc.Arbitrary<T>, toCase: (value: T) => Case, numRuns: number) {
  // The page's warnings are the library's business here; silenced so that hundreds of cases stay readable.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const property = fc.asyncProperty(arbitrary, async (value) => {
    const problems = await runCase(toCase(value));
    if (problems.length) throw new Error(problems.join('\n'));
  });
  tally.shown = tally.decided = 0;
  sink = late = [];
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  const started = performance.now();
  const details = await fc
    .check(property, {
      seed: SEED,
      path: PATH,
      numRuns: runs(numRuns),
      timeout: 10_000,
      // Shrinking a failure whose cases time out could take minutes: what it has found by then is reported.
      plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT)],
    })
    .finally(() => {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    });
  const ms = Math.round(performance.now() - started);
  if (details.failed) {
    const replay = `VITE_FUZZ_SEED=${details.seed} VITE_FUZZ_PATH=${details.counterexamplePath}`;
    throw new Error(
      `fuzz "${name}" failed with seed ${details.seed} (replay: ${replay} npx vitest run --project browser tests/browser/fuzz.test.ts)\n` +
        `${fc.defaultReportMessage(details)}\nWhat went wrong:\n${reasonOf(details.errorInstance).replace(/^Error: /, '')}`,
    );
  }
  if (late.length)
    throw new Error(
      `fuzz "${name}" (seed ${SEED}): errors reached the page between cases, after the case that caused them had ended:\n${late.join('\n')}`,
    );
  console.log(
    `fuzz "${name}": ${details.numRuns} cases (${tally.shown} shown, ${tally.decided} decided), seed ${SEED}, ${ms} ms`,
  );
}

describe('fuzz (issue 20): whatever the page feeds it, the banner throws nothing and runs nothing gated', () => {
  it('attributes: categories, lang, revision, lifetimes, privacy-url, controller, <consent-category>', async () => {
    await fuzz(
      'attributes',
      fc.record({
        categories: wordList,
        lang: fc.option(langText, { nil: undefined }),
        revision: fc.option(numberText, { nil: undefined }),
        expiresDays: fc.option(numberText, { nil: undefined }),
        refusalExpiresDays: fc.option(numberText, { nil: undefined }),
        privacyUrl: fc.option(urlText, { nil: undefined }),
        controller: fc.option(fc.oneof(token, wordList), { nil: undefined }),
        gcm: fc.boolean(),
        children,
        openPreferences: fc.boolean(),
      }),
      (v) => ({
        attributes: Object.fromEntries(
          Object.entries({
            categories: `${v.categories} ${GATED}`,
            lang: v.lang,
            revision: v.revision,
            'expires-days': v.expiresDays,
            'refusal-expires-days': v.refusalExpiresDays,
            'privacy-url': v.privacyUrl,
            controller: v.controller,
            'google-consent-mode': v.gcm ? '' : undefined,
          }).filter((entry): entry is [string, string] => entry[1] !== undefined),
        ),
        children: v.children,
        openPreferences: v.openPreferences,
      }),
      100,
    );
  }, 30_000);

  it('properties of every JavaScript type: categories, privacyUrl, messages, revision, lang, controller', async () => {
    await fuzz(
      'properties',
      fc
        .record(
          {
            categories: anyValue,
            privacyUrl: anyValue,
            messages: messagesValue,
            revision: anyValue,
            lang: anyValue,
            controller: anyValue,
            expiresDays: anyValue,
          },
          { requiredKeys: [] },
        )
        .chain((values) => fc.record({ values: fc.constant(values), first: fc.boolean() })),
      (properties) => ({
        attributes: { lang: 'fr', categories: `audience social ${GATED}` },
        children: [{ name: GATED, label: 'Contenus gardés' }],
        properties,
        openPreferences: true,
      }),
      100,
    );
  }, 30_000);

  it('stored records: valid-ish JSON with fields of random types, prototype keys, garbage', async () => {
    await fuzz(
      'stored records',
      fc.record({
        record: storedRecord,
        categories: fc.constantFrom('audience social', 'constructor toString social'),
      }),
      ({ record, categories }) => ({ attributes: { lang: 'fr', categories: `${categories} ${GATED}` }, record }),
      100,
    );
  }, 30_000);

  it('consent cookies: the public format with random fields, garbage, too long', async () => {
    await fuzz(
      'cookies',
      fc.record({ cookie: cookieValue, record: fc.option(storedRecord, { nil: undefined, freq: 3 }) }),
      ({ cookie, record }) => ({
        attributes: { lang: 'fr', categories: `audience social ${GATED}`, cookie: '' },
        cookie,
        record,
      }),
      60,
    );
  }, 30_000);
});
