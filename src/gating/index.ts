import type { ConsentStore } from '../core/store.js';
import { cookieMatcher, deleteCookies } from './cookies.js';

const GATED = '[data-consent]';

/** Elements gated or activated in this page view: each is activated at most once, whatever the visitor toggles. */
const done = new WeakSet<Element>();

/** The tail of the activated scripts, so that each runs after the ones activated before it. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs an inert script: a new `<script>` with the same attributes, the nonce copied through the
 * property (the attribute reads empty once the browser hides it), the type taken from `data-type`
 * (else classic) and the inline code copied as text, replaces it. Scripts run in the order they are
 * activated: an external one holds the next until it has loaded or failed. Never evaluates a string.
 */
export function runScript(old: HTMLScriptElement): void {
  done.add(old);
  queue = queue
    .then(
      () =>
        new Promise((next) => {
          const s = document.createElement('script');
          for (const a of old.attributes) s.setAttribute(a.name, a.value);
          s.nonce = old.nonce;
          s.type = old.dataset.type || '';
          s.async = old.hasAttribute('async');
          s.textContent = old.textContent;
          done.add(s);
          if (s.src && !s.async && old.parentNode) {
            s.addEventListener('load', next);
            s.addEventListener('error', next);
          } else next(0);
          old.replaceWith(s);
        }),
    )
    // A script that cannot be activated must not hold back the others.
    .catch(console.error);
}

/** Activates a gated element once: runs a `type="text/plain"` script, gives an embed its `src`/`srcset`. */
function activate(el: Element): void {
  if (done.has(el)) return;
  done.add(el);
  if (el.localName == 'script') {
    if ((el as HTMLScriptElement).type == 'text/plain') runScript(el as HTMLScriptElement);
    return;
  }
  for (const a of ['src', 'srcset']) {
    const value = el.getAttribute('data-' + a);
    if (value != null) el.setAttribute(a, value);
  }
  // A <source> is only read when its <video>/<audio> loads.
  if (el.localName == 'source') (el.parentNode as HTMLMediaElement | null)?.load?.();
}

/**
 * Whether every id in `value` (space-separated, all required) is granted now. A value that is empty
 * or names an id the store does not know is never granted, and says so once in the console.
 */
export function allows(store: ConsentStore, value: string | null, attribute: string): boolean {
  const { categories } = store.state;
  const ids = (value ?? '').trim().split(/\s+/);
  if (ids.every((id) => typeof categories[id] == 'boolean')) return ids.every((id) => categories[id]);
  store.warn(`${attribute}="${value}" names no configured category; the content stays blocked`);
  return false;
}

/**
 * Gates the page's `[data-consent]` scripts and embeds on a store: activates those granted now
 * (a returning visitor's), those granted later, and those added to the page later. When a purpose is
 * refused, deletes the cookies its `<consent-category cookies>` child of `host` lists; with
 * `reloadOnRevoke`, reloads the page after a withdrawal. Returns the function that stops it all.
 */
export function startGating(store: ConsentStore, host: ParentNode & { reloadOnRevoke?: boolean }): () => void {
  const scan = (els: Iterable<Element>) => {
    for (const el of els) if (!done.has(el) && allows(store, el.getAttribute('data-consent'), 'data-consent')) activate(el);
  };
  const off = store.subscribe((change) => {
    scan(document.querySelectorAll(GATED));
    if (!change) return;
    const { categories } = change;
    for (const c of host.querySelectorAll(':scope > consent-category[cookies]')) {
      if (categories[c.getAttribute('name')!] === false) deleteCookies(cookieMatcher(c.getAttribute('cookies'), store.warn));
    }
    if (host.reloadOnRevoke && change.changed.some((id) => !categories[id])) location.reload();
  });
  // Late content: only added elements and their gated descendants are looked at.
  const observer = new MutationObserver((records) => {
    const found: Element[] = [];
    for (const r of records) {
      for (const n of r.addedNodes as NodeListOf<Element>) {
        if (n.nodeType != 1) continue;
        if (n.hasAttribute('data-consent')) found.push(n);
        if (n.firstElementChild) found.push(...n.querySelectorAll(GATED));
      }
    }
    scan(found);
  });
  observer.observe(document, { childList: true, subtree: true });
  scan(document.querySelectorAll(GATED));
  return () => {
    off();
    observer.disconnect();
  };
}
