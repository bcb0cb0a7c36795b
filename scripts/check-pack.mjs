// Checks what `npm pack` would publish: everything a user needs, nothing they don't.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// A fresh clone has no dist/: build it, as packing does (the prepack script).
if (!existsSync(new URL('../dist/consent-banner.js', import.meta.url)))
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = pack.files.map((f) => f.path);
const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'dist/consent-banner.js',
  'dist/consent-default.js',
  'dist/lang/de.js',
  'dist/lib/index.js',
  'dist/lib/index.d.ts',
  'dist/lib/elements/consent-banner.js',
  'dist/lib/elements/consent-banner.d.ts',
  // consent-banner/react: the elements' JSX types for React 19.
  'dist/lib/react.d.ts',
  // consent-banner/server and the one module it imports.
  'dist/lib/server/index.js',
  'dist/lib/server/index.d.ts',
  'dist/lib/core/consent-cookie.js',
  'dist/lib/core/consent-cookie.d.ts',
];
const missing = required.filter((f) => !files.includes(f));
const unwanted = files.filter((f) => /^(src|tests|demo|bench|scripts|dist-examples|node_modules)\//.test(f));
console.log(
  `npm pack: ${files.length} files, ${pack.size.toLocaleString('en')} bytes packed, ${pack.unpackedSize.toLocaleString('en')} unpacked`,
);
if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
if (unwanted.length) console.error(`should not be published: ${unwanted.slice(0, 10).join(', ')}`);
process.exit(missing.length || unwanted.length ? 1 : 0);
