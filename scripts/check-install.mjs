// A site owner's install, end to end (issue 19): a fresh clone of this commit, `npm pack` (its
// prepack builds dist/), then a new Vite + strict TypeScript app that installs the tarball, imports
// 'consent-banner' and 'consent-banner/server', type-checks and builds. `npm run check:install`.
//
// The clone borrows this checkout's node_modules (a symlink) rather than running `npm ci` again:
// what is checked is what the clone packs, and what the app gets from the tarball. The app's own
// dependency (lit, from the package's dependencies) comes from npm's cache or the registry.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'consent-banner-install-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  // 1. A fresh clone of the committed tree: no dist/, nothing untracked.
  const clone = join(work, 'clone');
  run('git', ['clone', '--quiet', '--no-hardlinks', root, clone]);
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  // 2. npm pack: prepack builds dist/ in the clone.
  run('npm', ['pack', '--silent', '--pack-destination', work], clone);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');

  // 3. A new app: strict TypeScript, a bundler's import of the package and of its server entry.
  const app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        lib: ['es2022', 'dom', 'dom.iterable'],
        types: [],
      },
      include: ['src'],
    }),
  );
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="fr"><body>
<consent-banner categories="audience social" privacy-url="/confidentialite"></consent-banner>
<script type="module" src="/src/main.ts"></script></body></html>`,
  );
  writeFileSync(
    join(app, 'src/main.ts'),
    `import 'consent-banner';
import type { ConsentBanner, ConsentChangeEvent } from 'consent-banner';
import { readConsent } from 'consent-banner/server';

const banner: ConsentBanner | null = document.querySelector('consent-banner');
document.addEventListener('consent-change', (event: ConsentChangeEvent) => {
  console.log(event.detail.categories.social === true);
});
void banner?.whenGranted('social').then(() => console.log('social granted'));
const server: boolean = readConsent('consent-banner=x', { revision: 0 }).decided;
console.log(server);
`,
  );
  run('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], app);
  const installed = JSON.parse(readFileSync(join(app, 'node_modules/consent-banner/package.json'), 'utf8'));
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app]);
  run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app);
  const assets = readdirSync(join(app, 'dist/assets'));
  const js = assets.filter((f) => f.endsWith('.js'));
  const bundle = js.map((f) => readFileSync(join(app, 'dist/assets', f), 'utf8')).join('\n');
  if (!bundle.includes('consent-banner') || !bundle.includes('customElements'))
    throw new Error('the app built, but without the elements');
  console.log(
    `install: a fresh clone packed consent-banner ${installed.version}; a new Vite + strict TypeScript app installed it, type-checked and built (${js.length} JS files)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
