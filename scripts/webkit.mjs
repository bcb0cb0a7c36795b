// The WebKit that the browser tests drive: WebKitGTK's MiniBrowser through the system's
// WebKitWebDriver (Debian's webkit2gtk-driver), over classic WebDriver. Nothing is downloaded.
// MiniBrowser has no headless mode: it runs on an X server of its own (Xvfb) unless WEBKIT_DISPLAY
// names one.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

/** WEBKIT_DRIVER_PATH when set, else the system's WebKitWebDriver when installed, else undefined. */
export function webkitDriverPath() {
  if (process.env.WEBKIT_DRIVER_PATH) return process.env.WEBKIT_DRIVER_PATH;
  return ['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver'].find((p) => existsSync(p));
}

/**
 * WEBKIT_BROWSER_PATH when set, else the MiniBrowser that webkit2gtk-driver brings (outside PATH:
 * /usr/lib/<triplet>/webkit2gtk-4.1/ on Debian, /usr/libexec/webkit2gtk-4.1/ on Fedora).
 */
export function miniBrowserPath() {
  if (process.env.WEBKIT_BROWSER_PATH) return process.env.WEBKIT_BROWSER_PATH;
  const lib = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((d) => d.endsWith('-linux-gnu')) : [];
  const dirs = [...lib.map((d) => `/usr/lib/${d}`), '/usr/libexec', '/usr/lib'];
  return dirs
    .flatMap((dir) => ['4.1', '4.0', '6.0'].map((api) => `${dir}/webkit2gtk-${api}/MiniBrowser`))
    .find((p) => existsSync(p));
}

/** Xvfb when installed (MiniBrowser needs an X display), else undefined. */
export function xvfbPath() {
  return ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'].find((p) => existsSync(p));
}

/** What is missing to run WebKit here, in words, or undefined when nothing is. */
export function webkitMissing() {
  if (!webkitDriverPath()) return 'WebKitWebDriver not found (WEBKIT_DRIVER_PATH, /usr/bin/WebKitWebDriver)';
  if (!miniBrowserPath()) return 'WebKitGTK MiniBrowser not found (WEBKIT_BROWSER_PATH, /usr/lib/*/webkit2gtk-4.1/)';
  if (!process.env.WEBKIT_DISPLAY && !xvfbPath()) return 'Xvfb not found (apt-get install xvfb), nor WEBKIT_DISPLAY';
  return undefined;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Resolves once `check()` is true, polling; rejects after `ms`, or when `child` exits first. */
async function until(check, child, ms, what) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.failure) throw new Error(`${what} did not start: ${child.failure.message}`);
    if (child.exitCode !== null || child.signalCode)
      throw new Error(`${what} exited (${child.exitCode ?? child.signalCode})`);
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not start within ${ms} ms`);
}

/**
 * Starts an X server (unless WEBKIT_DISPLAY is set) and WebKitWebDriver on a free port of the
 * loopback. Returns the port and `stop()`, which ends both.
 */
export async function startWebKitDriver() {
  const children = [];
  // A spawn that fails (a wrong WEBKIT_DRIVER_PATH) says so through `until`, not as an uncaught error.
  const started = (child) => {
    children.push(child);
    child.on('error', (error) => (child.failure = error));
    return child;
  };
  const stop = () => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill();
  };
  process.once('exit', stop);
  try {
    let display = process.env.WEBKIT_DISPLAY;
    if (!display) {
      // -displayfd: Xvfb picks a free display number and writes it to fd 3 once it accepts clients.
      const xvfb = started(
        spawn(xvfbPath(), ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
          stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
        }),
      );
      let written = '';
      xvfb.stdio[3].on('data', (chunk) => (written += chunk));
      await until(() => written.includes('\n'), xvfb, 10_000, 'Xvfb');
      display = `:${written.trim()}`;
    }
    const port = await freePort();
    const driver = started(
      spawn(webkitDriverPath(), [`--port=${port}`, '--host=127.0.0.1'], {
        stdio: 'ignore',
        env: { ...process.env, DISPLAY: display },
      }),
    );
    const ready = () =>
      fetch(`http://127.0.0.1:${port}/status`).then(
        (res) => res.ok,
        () => false,
      );
    await until(ready, driver, 10_000, 'WebKitWebDriver');
    return { port, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
