import { PHASE, type ConsentStore } from '../core/store.js';
import type { ConsentChange } from '../core/types.js';
import { once, refetchable } from '../core/import-once.js';
import { policy } from '../core/trusted-types.js';

type GatingModule = typeof import('./index.js');

/** The gating module once it has arrived: started synchronously from then on. */
let loaded: GatingModule | undefined;

/** Imports the gating module once; a failed import is tried again at the next need. */
export const loadGating = once(() =>
  (import.meta.env.STANDALONE ? refetchable(import('./index.js'), 'gating') : import('./index.js')).then(
    (module) => (loaded = module),
  ),
);

/** Per store, what the gating waits for before it acts (Google Consent Mode's module, ../integrations/consent-mode.ts). */
const holds = new WeakMap<ConsentStore, Promise<unknown>>();

/**
 * Holds the gating of `store` until `until` settles: what a grant unblocks meanwhile waits, then
 * the state of that moment applies. A later hold waits for an earlier one that is still pending too.
 */
export function holdGating(store: ConsentStore, until: Promise<unknown>): void {
  const release = () => {
    if (holds.get(store) === held) holds.delete(store);
  };
  // Both holds count: Google Consent Mode's module, and the cookie mirror's reading.
  const held = Promise.all([holds.get(store), until]).then(release, release);
  holds.set(store, held);
}

/** The stores whose page is gated already: one gating per store, whichever element starts it. */
const gated = new WeakSet<ConsentStore>();

/**
 * Gates the page on `store` (see ./index.ts), for the rest of the page's life: what a decision
 * unblocks runs even if the banner that took it has left the page meanwhile (a `consent-change`
 * listener that removes it, a single-page app navigating). Imports the gating only when there is
 * something to do: an optional purpose granted, cookies to clean up (the store's `cookies` rules),
 * or content gated on `necessary`; with `reloadOnRevoke`, reloads the page after a withdrawal.
 * A first-time visitor who has granted nothing loads none of it. It listens in the store's gating
 * phase, after Google Consent Mode and before the views and `consent-change`: once the module is
 * here (banners fetch it when idle), a grant activates the scripts it unblocks before the page
 * hears of it. Calling it again for the same store does nothing.
 */
export function gatePage(store: ConsentStore): void {
  if (gated.has(store)) return;
  gated.add(store);
  let running: ReturnType<GatingModule['startGating']> | undefined;
  const needed = () =>
    store.grantsOptional ||
    Object.keys(store.config.cookies).length ||
    document.querySelector('[data-consent~="necessary"]');
  const start = (module: GatingModule) =>
    (running ??= module.startGating(store, () => holds.has(store), import.meta.env.STANDALONE ? policy : undefined));
  const listener = (change?: ConsentChange) => {
    const held = holds.get(store);
    if (held) void held.then(() => listener());
    else if (running) running.sync();
    else if (needed()) {
      if (loaded) start(loaded);
      else loadGating().then(start, () => store.warn(GATING_MISSING));
    }
    // Whether or not the gating has arrived yet: the reload is what makes a withdrawal take effect.
    if (change && store.config.reloadOnRevoke && change.changed.some((id) => !store.has(id))) location.reload();
  };
  store.subscribe(listener, PHASE.gating);
  listener();
}

/** Said when the gating module did not arrive: what stays blocked, and the file to deploy. */
export const GATING_MISSING = 'gating.js did not load (network?); gated content stays blocked';
