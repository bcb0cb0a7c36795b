import type { ConsentStore } from '../core/store.js';
import type { Categories, ConsentChange, Warn } from '../core/types.js';

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
 * The classic script `dist/consent-default.js` for "advanced" mode, which loads Google's tag ahead of
 * the (deferred) module: it pushes the default, then, for a returning visitor, the stored choice as
 * an `update`, so that Google's `config` never runs on the default alone when a choice counts. A
 * stored choice counts by the banner's rules (src/core/record.ts): a JSON object whose `categories`
 * are all booleans, of the page's revision, dated no later than five minutes ahead, and no older
 * than its lifetime: 395 days (182 for a refusal of everything), 395 at most whatever the page says. The page gives what the snippet cannot know on its
 * script tag: `data-storage-key`, `data-revision`, `data-expires-days`, `data-refusal-expires-days`
 * (the banner's attributes' values; defaults as the banner's). `<consent-category gcm>` overrides
 * apply from the banner's first update. Plain ES5, no dependency; anything unreadable pushes the
 * default alone.
 */
export const defaultSnippet = (): string =>
  `/* consent-banner: Google Consent Mode default, and a returning visitor's stored choice; load before the Google tag */\n` +
  `(function(w,s){var d=w.dataLayer=w.dataLayer||[];function gtag(){d.push(arguments)}` +
  `gtag('consent','default',${JSON.stringify(defaultParams())});` +
  `try{var o=(s&&s.dataset)||{},r=JSON.parse(w.localStorage.getItem(o.storageKey||'consent-banner')),c=r&&r.categories,` +
  `t=Date.parse(r&&r.date),n=Date.now(),D=864e5,a=false,ok=!!c&&typeof c=='object'&&!Array.isArray(c),k,i;` +
  `for(k in c)if(Object.prototype.hasOwnProperty.call(c,k)){if(typeof c[k]!='boolean')ok=false;else if(c[k]&&k!='necessary')a=true}` +
  `if(ok&&r.revision===(+o.revision||0)&&t<=n+3e5&&n-t<=Math.min(a?+o.expiresDays||395:+o.refusalExpiresDays||182,395)*D){` +
  `var m=${JSON.stringify(GCM_DEFAULT_MAP)},p={},T=${JSON.stringify(GCM_TYPES)};` +
  `for(i=0;i<T.length;i++)p[T[i]]='denied';` +
  `for(k in m)if(c[k]===true)for(i=0;i<m[k].length;i++)p[m[k][i]]='granted';` +
  `gtag('consent','update',p)}}catch(e){}})(window,document.currentScript);\n`;

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
 * Tells Google's tags the consent of `store`: the default at once (the banner's gating waits for
 * this module, ./consent-mode.ts, so nothing gated has run yet), and the state in effect when a
 * choice counts or some answers do (the banner asking again about a new purpose: the answers
 * already given stay in effect, and the scripts they unblock are about to run); then, in the
 * store's first phase, `phase` (PHASE.consentMode, passed in so that this chunk imports nothing
 * from the bundle): before the gating activates what a change unblocks, every change and every
 * re-read configuration. Returns the function that stops it.
 */
export function connectConsentMode(store: ConsentStore, warn: Warn, phase: number): () => void {
  pushDefault(warn);
  const told = (change?: ConsentChange) => {
    if (!change && !store.state.decided && !store.grantsOptional) return;
    // A partner's own `gcm` types (google-analytics, google-ads) are granted with it.
    const { categories, services } = change ?? store.state;
    pushUpdate({ ...categories, ...services }, mapping(store.config.gcm ?? {}, warn), warn);
  };
  told();
  return store.subscribe(told, phase);
}
