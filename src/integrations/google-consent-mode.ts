import { PHASE, type ConsentStore } from '../core/store.js';
import type { Categories, Warn } from '../core/types.js';

/** Google Consent Mode v2 types, in Google's order. */
export const GCM_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/** Which consent types each well-known category grants; `<consent-category gcm="…">` overrides. */
export const GCM_DEFAULT_MAP: Record<string, string[]> = {
  necessary: ['security_storage'],
  audience: ['analytics_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  preferences: ['functionality_storage', 'personalization_storage'],
};

type Command = [string, string, Record<string, unknown>];
type DataLayerWindow = { dataLayer?: unknown };

/** Said once when the page's `window.dataLayer` takes no push: Google's tags then hear nothing from us. */
const REFUSED = (error: unknown) => `window.dataLayer took no push (${error}): Consent Mode not told`;

/** Google's own `gtag()`: pushes its `arguments` object (Google's tag ignores an array pushed in its place). */
function gtag(..._command: Command): void {
  // eslint-disable-next-line prefer-rest-params
  ((window as unknown as DataLayerWindow).dataLayer as unknown[]).push(arguments);
}

/**
 * Pushes `command` as `gtag()` would. A page's data layer that is not an array, is frozen, or whose
 * `push` throws (a broken tag-manager wrapper) is said once, never thrown into the page: the
 * banner and the gating go on without it.
 */
function tell(warn: Warn, ...command: Command): void {
  try {
    (window as unknown as DataLayerWindow).dataLayer ??= [];
    gtag(...command);
  } catch (error) {
    warn(REFUSED(error));
  }
}

/** Whether a `consent default` command is already in the data layer (the classic snippet ran). */
const hasDefault = (): boolean => {
  const layer = (window as unknown as DataLayerWindow).dataLayer;
  return (
    Array.isArray(layer) &&
    layer.some(
      (entry) => (entry as ArrayLike<unknown>)?.[0] === 'consent' && (entry as ArrayLike<unknown>)[1] === 'default',
    )
  );
};

/** The default: every type denied but `security_storage`, waiting for the banner's update. */
export function defaultParams(waitForUpdate = 500): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const type of GCM_TYPES) params[type] = type === 'security_storage' ? 'granted' : 'denied';
  return { ...params, wait_for_update: waitForUpdate };
}

/** Pushes the default unless one is already in the data layer. */
export function pushDefault(warn: Warn): void {
  if (!hasDefault()) tell(warn, 'consent', 'default', defaultParams());
}

/**
 * The classic script `dist/consent-default.js` for "advanced" mode: the default pushed before a
 * Google tag that loads ahead of the (deferred) module.
 */
export const defaultSnippet = (): string =>
  `/* consent-banner: Google Consent Mode default; load before the Google tag */\n` +
  `(function(w){var d=w.dataLayer=w.dataLayer||[];function gtag(){d.push(arguments)}` +
  `gtag('consent','default',${JSON.stringify(defaultParams())})})(window);\n`;

/** Every type, granted when a granted category maps to it. */
export function pushUpdate(categories: Categories, map: Record<string, string[]>, warn: Warn): void {
  const params: Record<string, string> = {};
  for (const type of GCM_TYPES) params[type] = 'denied';
  for (const [id, granted] of Object.entries(categories)) {
    if (granted) for (const type of map[id] ?? []) params[type] = 'granted';
  }
  tell(warn, 'consent', 'update', params);
}

/** The mapping in force: the defaults, overridden per purpose by `<consent-category gcm>` (unknown types said and left out). */
function mapping(overrides: Record<string, string[]>, warn: Warn): Record<string, string[]> {
  const map = { ...GCM_DEFAULT_MAP };
  for (const [id, types] of Object.entries(overrides)) {
    const unknown = types.filter((t) => !(GCM_TYPES as readonly string[]).includes(t));
    if (unknown.length) warn(`gcm="${unknown.join(' ')}" on "${id}": not a consent type; ignored`);
    map[id] = types.filter((t) => !unknown.includes(t));
  }
  return map;
}

/**
 * Tells Google's tags the consent of `store`: the default at once, before anything gated can run;
 * then, in the store's first phase (before the gating activates what a change unblocks), the
 * restored choice at each configuration — also when the banner asks again about a new purpose: the
 * answers already given stay in effect, and the scripts they unblock are about to run — and every
 * change. Returns the function that stops it.
 */
export function connectConsentMode(store: ConsentStore, warn: Warn): () => void {
  pushDefault(warn);
  return store.subscribe((change) => {
    if (change || store.state.decided || store.grantsOptional)
      pushUpdate(change?.categories ?? store.state.categories, mapping(store.config.gcm ?? {}, warn), warn);
  }, PHASE.consentMode);
}
