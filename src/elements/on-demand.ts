/*
 * The parts of the banner that most page views never need, each imported on first need (a failed
 * import is tried again at the next need): the preferences dialog (the proof-of-consent sender is
 * ../integrations/proof.ts's) and a `<consent-gate>`'s placeholder.
 */
import { once, refetchable } from '../core/import-once.js';

/**
 * The preferences dialog's template and CSS (./consent-preferences.ts says why they are apart),
 * with the French and English strings only the dialog shows.
 */
export const loadPreferences = once(() =>
  import.meta.env.STANDALONE
    ? refetchable(import('./consent-preferences.js'), 'consent-preferences')
    : import('./consent-preferences.js'),
);

/** The placeholder of `<consent-gate>` (./gate-view.ts), with the French and English strings only it shows. */
export const loadGateView = once(() =>
  import.meta.env.STANDALONE ? refetchable(import('./gate-view.js'), 'gate-view') : import('./gate-view.js'),
);

/** What a banner needs after its first paint: the reopen button and the scroll padding (./after-paint.ts). */
export const loadAfterPaint = once(() =>
  import.meta.env.STANDALONE ? refetchable(import('./after-paint.js'), 'after-paint') : import('./after-paint.js'),
);

/** Runs a task when the browser has nothing else to do (Safari has no requestIdleCallback). */
export const whenIdle = (task: () => void) => (self.requestIdleCallback ?? setTimeout)(task);
