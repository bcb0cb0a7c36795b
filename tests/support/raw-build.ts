import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** A path from the repository's root, as in vite.config.ts (this file is in tests/support/). */
const root = new URL('../../', import.meta.url);
const here = (p: string) => fileURLToPath(new URL(p, root));

/**
 * Test-only: `/__dist/<file>` and `/__examples/<file>` serve the build output (dist/, and the
 * framework examples in dist-examples/) byte for byte. Under Vite's own `/dist/…` modules pass
 * through Vitest's transforms, which rewrite `import()` for its runner, so a page loading them there
 * would not run the files a site ships.
 */
export const rawBuild = (): Plugin => ({
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
