import type { Categories } from '../core/types.js';

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
type DataLayerWindow = { dataLayer?: unknown[] };

/**
 * Pushes exactly what Google's `gtag()` pushes: its `arguments` object. Google's tag silently
 * ignores an array pushed in its place.
 */
function gtag(..._command: Command): void {
  const w = window as unknown as DataLayerWindow;
  // eslint-disable-next-line prefer-rest-params
  (w.dataLayer ??= []).push(arguments);
}

/** Whether a `consent default` command is already in the data layer (the classic snippet ran). */
const hasDefault = (): boolean =>
  ((window as unknown as DataLayerWindow).dataLayer ?? []).some(
    (entry) => (entry as ArrayLike<unknown>)?.[0] === 'consent' && (entry as ArrayLike<unknown>)[1] === 'default',
  );

/** The default: every type denied but `security_storage`, waiting for the banner's update. */
export function defaultParams(waitForUpdate = 500): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const type of GCM_TYPES) params[type] = type === 'security_storage' ? 'granted' : 'denied';
  return { ...params, wait_for_update: waitForUpdate };
}

/** Pushes the default unless one is already in the data layer. */
export function pushDefault(): void {
  if (!hasDefault()) gtag('consent', 'default', defaultParams());
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
export function pushUpdate(categories: Categories, map: Record<string, string[]>): void {
  const params: Record<string, string> = {};
  for (const type of GCM_TYPES) params[type] = 'denied';
  for (const [id, granted] of Object.entries(categories)) {
    if (granted) for (const type of map[id] ?? []) params[type] = 'granted';
  }
  gtag('consent', 'update', params);
}
