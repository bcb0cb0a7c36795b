// The Chromium that tests and benchmarks drive, and the flags it needs here.
import { existsSync } from 'node:fs';

/**
 * CHROME_PATH when set, else Debian's Chromium when installed, else undefined: Playwright then uses
 * a Chromium it installed itself (`npx playwright install chromium`), as on a developer's machine.
 */
export function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
}

/** Headless as root on a closed network: without the networking flags Chromium keeps calling out. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
