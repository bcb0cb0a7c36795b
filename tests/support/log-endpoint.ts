import type { Plugin } from 'vite';

/**
 * Test-only proof-of-consent endpoint on the Vitest server: `POST /__log` keeps the body,
 * `GET /__log` returns every body received, `DELETE /__log` forgets them, and `/__log/fail`
 * always answers 500, as a broken endpoint would.
 */
export function logEndpoint(): Plugin {
  const received: unknown[] = [];
  return {
    name: 'test-log-endpoint',
    configureServer(server) {
      server.middlewares.use('/__log', (req, res) => {
        if (req.url?.startsWith('/fail')) {
          res.statusCode = 500;
          res.end();
          return;
        }
        if (req.method === 'POST') {
          let body = '';
          req.on('data', (chunk) => (body += chunk));
          req.on('end', () => {
            received.push({ contentType: req.headers['content-type'], body: JSON.parse(body) });
            res.statusCode = 204;
            res.end();
          });
          return;
        }
        if (req.method === 'DELETE') received.length = 0;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(received));
      });
    },
  };
}
