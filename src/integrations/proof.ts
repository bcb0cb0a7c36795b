/*
 * Proof of consent, as the banner wires it: every decision of a banner with a `log-url` goes to the
 * site's endpoint (./consent-log.ts, a module of its own that only such banners fetch).
 */
import { once, refetchable } from '../core/import-once.js';
import { PHASE, type ConsentStore } from '../core/store.js';
import type { Warn } from '../core/types.js';

/** The proof-of-consent sender, imported at connection by banners with a `log-url`, so that it is there by the first decision. */
export const loadLog = once(() =>
  import.meta.env.STANDALONE ? refetchable(import('./consent-log.js'), 'consent-log') : import('./consent-log.js'),
);

/**
 * Sends every decision of `store` (another tab's `sync` excepted) to `url()`, when it names one:
 * in the store's log phase, after Google Consent Mode and the gating, before the page's
 * `consent-change`. Returns the function that stops it.
 */
export function logDecisions(store: ConsentStore, url: () => string | undefined, warn: Warn): () => void {
  if (url()) loadLog().catch(() => {}); // reported if still missing at a decision
  return store.subscribe((change) => {
    const to = url();
    const record = store.record;
    if (!to || !change || change.action === 'sync' || !record) return;
    loadLog().then(
      ({ sendRecord }) => sendRecord(to, record, warn, store.config.controller),
      () => warn('log-url: the sender did not load (network?); this decision was not logged'),
    );
  }, PHASE.log);
}
