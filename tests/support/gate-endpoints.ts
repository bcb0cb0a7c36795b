import type { Plugin } from 'vite';

/**
 * Test-only endpoints under /__gate/ that let the gating tests see the network: `slow.js?delay=…&name=…`
 * (a script that answers after `delay` ms and pushes `name` onto `window.ran`), `pixel.png`,
 * `page.html?csp=…&body=…` (a page sent with that Content-Security-Policy header), and `hits`, the
 * number of requests per URL so far.
 */
export const gateEndpoints = (): Plugin => ({
  name: 'gate-test-endpoints',
  configureServer(server) {
    const hits: Record<string, number> = {};
    server.middlewares.use('/__gate/', (req, res) => {
      const { pathname, searchParams: q } = new URL(req.url!, 'http://test');
      const send = (type: string, body: string | Buffer) => {
        res.setHeader('content-type', type);
        res.setHeader('cache-control', 'no-store');
        res.end(body);
      };
      if (pathname === '/hits') return send('application/json', JSON.stringify(hits));
      hits[req.originalUrl!] = (hits[req.originalUrl!] ?? 0) + 1;
      if (pathname === '/slow.js') {
        const js = `(window.ran ||= []).push(${JSON.stringify(q.get('name'))});`;
        return setTimeout(() => send('text/javascript', js), Number(q.get('delay')) || 0);
      }
      if (pathname === '/pixel.png') {
        const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
        return send('image/png', Buffer.from(png, 'base64'));
      }
      if (pathname === '/page.html') {
        if (q.get('csp')) res.setHeader('content-security-policy', q.get('csp')!);
        return send(
          'text/html',
          `<!doctype html><html lang="fr"><meta charset="utf-8"><body>${q.get('body')}</body></html>`,
        );
      }
      res.statusCode = 404;
      res.end();
    });
  },
});
