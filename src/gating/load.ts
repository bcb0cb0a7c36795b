import type { ConsentStore } from '../core/store.js';
import type { ConsentChange } from '../core/types.js';
import { once, refetchable } from '../core/once.js';

type GatingModule = typeof import('./index.js');

/** The gating module once it has arrived: started synchronously from then on. */
let loaded: GatingModule | undefined;

/** Imports the gating module once; a failed import is tried again at the next need. */
export const loadGating = once(() =>
  (import.meta.env.STANDALONE ? refetchable(import('./index.js'), 'gating') : import('./index.js')).then(
    (module) => (loaded = module),
  ),
);

/**
 * Gates the page on `store` (see ./index.ts), importing the gating only when there is something to
 * do: an optional purpose granted, or cookies to clean up (`<consent-category cookies>` in `host`);
 * with `reloadOnRevoke`, reloads the page after a withdrawal.
 * A first-time visitor who has granted nothing loads none of it. Subscribe this before the listeners
 * that announce a change: once the module is here (banners fetch it when idle), a grant activates
 * the scripts it unblocks before they hear of it. Returns the function that stops it.
 */
export function gate(store: ConsentStore, host: ParentNode & { reloadOnRevoke?: boolean }): () => void {
  let running: ReturnType<GatingModule['startGating']> | undefined;
  let stopped = false;
  const needed = () =>
    Object.values(store.state.categories).filter(Boolean)[1] ||
    host.querySelector(':scope > consent-category[cookies]');
  const start = (module: GatingModule) => {
    if (!stopped && !running) running = module.startGating(store, host);
  };
  const listener = (change?: ConsentChange) => {
    if (running) running.sync();
    else if (needed()) {
      if (loaded) start(loaded);
      else
        loadGating().then(start, () => store.warn('the gating did not load (network?); gated content stays blocked'));
    }
    // Whether or not the gating has arrived yet: the reload is what makes a withdrawal take effect.
    if (change && host.reloadOnRevoke && change.changed.some((id) => !change.categories[id])) location.reload();
  };
  const off = store.subscribe(listener);
  listener();
  return () => {
    stopped = true;
    off();
    running?.stop();
  };
}
