import type { Warn } from '../core/types.js';

/**
 * Reads a `cookies` attribute — cookie names and `/regex/flags` patterns, space-separated — into a
 * test of a cookie name. An invalid pattern is left out with a warning.
 */
export function cookieMatcher(value: string | null, warn: Warn): (name: string) => boolean {
  const patterns: (string | RegExp)[] = [];
  for (const p of (value ?? '').split(/\s+/)) {
    const re = /^\/(.+)\/(\w*)$/.exec(p);
    try {
      if (p) patterns.push(re ? new RegExp(re[1], re[2]) : p);
    } catch {
      warn(`cookies: invalid pattern ${p} ignored`);
    }
  }
  // `search` ignores lastIndex, so a pattern written with the g flag still tests every name.
  return (name) => patterns.some((p) => (typeof p === 'string' ? p === name : name.search(p) >= 0));
}

/**
 * The host and each parent domain, down to the top-level one: `www.news.example.org` →
 * `www.news.example.org`, `news.example.org`, `example.org`, `org`. Without a public-suffix list
 * every parent is tried; a browser refuses a cookie on a public suffix, which is harmless here.
 */
export const parentDomains = (host: string): string[] =>
  host ? host.split('.').map((_, i, labels) => labels.slice(i).join('.')) : [];

/** The page's path and each parent path: `/a/b` → `/`, `/a`, `/a/b`. */
export const cookiePaths = (path: string): string[] => [
  ...new Set(path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/') || '/')),
];

/**
 * Deletes the cookies whose name matches, as set for this host (host-only) or any parent domain,
 * on this page's path or any parent path: a cookie is only replaced by one of the same name,
 * domain and path, and the page cannot read which domain and path a cookie was set with.
 */
export function deleteCookies(match: (name: string) => boolean): void {
  const { hostname, pathname } = location;
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0].trim();
    if (!name || !match(name)) continue;
    for (const domain of ['', ...parentDomains(hostname)]) {
      for (const path of cookiePaths(pathname)) {
        document.cookie = `${name}=; Max-Age=0; Path=${path}${domain && '; Domain=' + domain}`;
      }
    }
  }
}
