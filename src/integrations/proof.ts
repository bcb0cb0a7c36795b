/*
 * Proof of consent, as the banner wires it: every decision gets its proof (./consent-log.ts, a
 * module of its own fetched at the first decision, or at connection to read the mirror cookie or honour GPC).
 */
import { once, refetchable } from '../core/import-once.js';
import { PHASE, type ConsentStore } from '../core/store.js';
import type { Warn } from '../core/types.js';
import type { BannerStrings } from '../elements/first-layer.js';

/** The proof of consent, imported at the first decision, or at connection (the mirror cookie, GPC). */
export const loadLog = once(() =>
  import.meta.env.STANDALONE ? refetchable(import('./consent-log.js'), 'consent-log') : import('./consent-log.js'),
);

/**
 * The proof of consent of every decision of `store` (another tab's `sync` excepted), in the store's
 * log phase, after Google Consent Mode and the gating: once ./consent-log.ts is here, the record
 * gets `version` and `configHash` (of what `strings()` shows), `emit` hands its body to the page
 * (`consent-record`), and it is POSTed to `url()` when that names one. Returns the function that stops it.
 */
export function logDecisions(
  store: ConsentStore,
  url: () => string | undefined,
  strings: () => [BannerStrings, string] | undefined,
  emit: (body: object) => void,
  warn: Warn,
): () => void {
  return store.subscribe((change) => {
    const record = store.record;
    if (!change || change.action === 'sync' || !record) return;
    loadLog().then(
      ({ prove }) => prove(store, record, strings(), url(), emit, warn),
      () => warn('consent-log.js did not load (network?)'),
    );
  }, PHASE.log);
}
