// Where the bytes of dist/consent-banner.js go: `node scripts/size-attribution.mjs`.
//
// Rebuilds the standalone bundle in memory with the project's Vite config and a source map, then
// attributes every minified byte to the source file it came from. "alone" is the gzip -9 of a
// file's minified bytes on their own (an upper bound: gzip also shares strings across files).
// "marginal" is what removing it saves: the whole bundle minus a variant built without it.
// Lit's marginal cost is the bundle minus a minimal LitElement (one property, one css``, one html``).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const gz = (s) => gzipSync(s, { level: 9 }).length;
const n = (x) => x.toLocaleString('en-US');

/** The standalone bundle, built in memory: `{ code, map }`. `plugins` and `entry` make variants. */
async function bundle({ plugins = [], entry, sourcemap = false } = {}) {
  const out = await build({
    configFile: `${root}vite.config.ts`,
    root,
    logLevel: 'silent',
    plugins,
    build: { write: false, sourcemap, ...(entry ? { lib: { entry } } : {}) },
  });
  return (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).find((o) => o.type === 'chunk');
}

/** Replaces the source of the modules whose id matches `test`. */
const replace = (test, code) => ({
  name: 'replace',
  enforce: 'pre',
  transform: (src, id) => (test.test(id) ? code(src) : null),
});
/** An entry module written under node_modules/.cache (so that it resolves `lit` as src/ does). */
function entryFile(name, source) {
  const dir = join(root, 'node_modules', '.cache', 'size-attribution');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), source);
  return join(dir, name);
}

const full = await bundle({ sourcemap: true });
const code = full.code.replace(/\n\/\/# sourceMappingURL=.*$/, '');
const total = gz(code);

// 1. Minified bytes per source file, from the source map.
const starts = [0];
for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) starts.push(i + 1);
const segments = [];
eachMapping(new TraceMap(full.map), (m) =>
  segments.push([starts[m.generatedLine - 1] + m.generatedColumn, m.source ?? '(glue)']),
);
segments.sort((a, b) => a[0] - b[0]);
const text = new Map();
segments.forEach(([start, source], i) => {
  const name = source.replace(/^.*node_modules\//, '').replace(/^.*?\/?src\//, 'src/');
  text.set(name, (text.get(name) ?? '') + code.slice(start, segments[i + 1]?.[0] ?? code.length));
});
const isLit = (name) => !name.startsWith('src/') && name !== '(glue)';
const rows = [...text].sort((a, b) => b[1].length - a[1].length);
console.log(`dist/consent-banner.js as built now: ${n(code.length)} B minified, ${n(total)} B gzip -9\n`);
console.log('minified   share  alone gz  source');
for (const [name, t] of rows) {
  console.log(
    `${n(t.length).padStart(8)}  ${((100 * t.length) / code.length).toFixed(1).padStart(5)}%  ${n(gz(t)).padStart(8)}  ${name}`,
  );
}
const group = (f) =>
  rows
    .filter(([name]) => f(name))
    .map(([, t]) => t)
    .join('');
console.log(
  `\nLit: ${n(group(isLit).length)} B minified, ${n(gz(group(isLit)))} B gzip alone; ours: ${n(group((x) => !isLit(x)).length)} B minified, ${n(gz(group((x) => !isLit(x))))} B gzip alone`,
);

// 2. Marginal gzip cost of each part: the bundle minus a variant without it.
const litOnly = entryFile(
  'lit-only.js',
  `import { LitElement, html, css, nothing } from 'lit';
class X extends LitElement {
  static styles = css\`:host{display:block}\`;
  static properties = { a: { type: String } };
  render() { return html\`<p>\${this.a ?? nothing}</p>\`; }
}
customElements.define('x-x', X);
`,
);
const variants = [
  ['everything of ours (the bundle minus a minimal LitElement)', { entry: litOnly }],
  [
    'the banner CSS',
    {
      plugins: [
        replace(/consent-banner\.styles\.ts$/, () => "import { css } from 'lit'; export const styles = css``;"),
      ],
    },
  ],
  ['the English strings', { plugins: [replace(/\/i18n\/en\.ts$/, () => "export { default } from './fr.js';")] }],
];
console.log('\nvariant gzip  marginal gzip  part');
for (const [what, options] of variants) {
  try {
    const v = await bundle(options);
    console.log(`${n(gz(v.code)).padStart(12)}  ${n(total - gz(v.code)).padStart(13)}  ${what}`);
  } catch (e) {
    console.log(`${'?'.padStart(12)}  ${'?'.padStart(13)}  ${what} (variant failed: ${e.message})`);
  }
}
