/*
 * Google Consent Mode, as the banner wires it: ./google-consent-mode.ts is a module of its own that
 * only banners with `google-consent-mode` fetch, so that the bytes of every other page view stay
 * out of it (issue 18). The page's gating waits for it: nothing that a grant unblocks runs before
 * Google's tags have been told the default and the state that grants it.
 */
import { once, refetchable } from '../core/import-once.js';
import { PHASE, type ConsentStore } from '../core/store.js';
import type { Warn } from '../core/types.js';
import { holdGating } from '../gating/load.js';

/** The Consent Mode module, imported once (a failed import is tried again by the next banner that needs it). */
export const loadConsentMode = once(() =>
  import.meta.env.STANDALONE
    ? refetchable(import('./google-consent-mode.js'), 'google-consent-mode')
    : import('./google-consent-mode.js'),
);

/**
 * Tells Google's tags the consent of `store` once the module is here (./google-consent-mode.ts,
 * connectConsentMode), holding the page's gating until then. Returns the function that stops it,
 * also before the module has arrived.
 */
export function consentMode(store: ConsentStore, warn: Warn): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  holdGating(
    store,
    loadConsentMode().then(
      ({ connectConsentMode }) => {
        if (!stopped) stop = connectConsentMode(store, warn, PHASE.consentMode);
      },
      () => warn('google-consent-mode: google-consent-mode.js did not load (network?); Google’s tags were not told'),
    ),
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
