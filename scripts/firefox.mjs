// The Firefox that the browser tests drive: stock Firefox, over WebDriver BiDi (Playwright's
// `moz-firefox` channel), never a Firefox that Playwright patches and downloads itself.
import { existsSync } from 'node:fs';

/** FIREFOX_PATH when set, else Debian's Firefox ESR or a system Firefox when installed, else undefined. */
export function firefoxPath() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
}
