/*
 * The parts of the banner that most page views never need, each imported on first need (a failed
 * import is tried again at the next need): the preferences dialog (the proof-of-consent sender is
 * ../integrations/proof.ts's).
 */
import { once, refetchable } from '../core/import-once.js';
import { addDetails } from '../i18n/index.js';
import type { dialog } from './consent-preferences.js';

/** The preferences dialog's maker and its style sheet. */
export type Preferences = [make: typeof dialog, sheet: CSSStyleSheet];

/**
 * The preferences dialog's template and CSS (./consent-preferences.ts says why they are apart),
 * with the French and English strings only the dialog shows.
 */
export const loadPreferences = once(() =>
  (import.meta.env.STANDALONE
    ? refetchable(import('./consent-preferences.js'), 'consent-preferences')
    : import('./consent-preferences.js')
  ).then(({ dialog, styles, details }): Preferences => {
    addDetails(details);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    return [dialog, sheet];
  }),
);

/** Runs a task when the browser has nothing else to do (Safari has no requestIdleCallback). */
export const whenIdle = (task: () => void) => (self.requestIdleCallback ?? setTimeout)(task);
