import { decidePartners, withPartners, type Partners } from './partners.js';
import { diff, readRecord, refusedState, type ConsentRecord } from './record.js';
import { localStorageAdapter, type StorageAdapter } from './storage.js';
import {
  NECESSARY,
  type Categories,
  type ConsentAction,
  type ConsentChange,
  type ConsentState,
  type Warn,
} from './types.js';
import { createWarn } from './warn.js';

/** What the banner tells the store about the site's set-up. */
export interface StoreConfig {
  /** The optional category ids, in display order. */
  ids: string[];
  /**
   * The partners (`<consent-service>`) inside purposes, in display order: partner id → its purpose.
   * A purpose that has partners is granted exactly when every one of them is.
   */
  services: Partners;
  /** Each partner's privacy policy (a safe URL), for the preferences and a `<consent-gate service>`. */
  links?: Record<string, string>;
  /** The site's publisher, the data controller (`controller`): named on the first layer and in the proof of consent. */
  controller?: string;
  revision: number;
  expiresDays: number;
  refusalExpiresDays: number;
  /** The language the visitor sees, kept in the record. */
  lang: string;
  /** Each purpose's and partner's `cookies` rule: cookie names and `/regex/`, deleted when it is refused. */
  cookies: Record<string, string>;
  /** Reload the page after a change that refuses a purpose that was granted. */
  reloadOnRevoke?: boolean;
  /** Ignore the browser's Global Privacy Control signal. */
  ignoreGpc?: boolean;
  /** `cookie`: every decision is mirrored in a host-only first-party cookie named after the key. */
  cookie?: boolean;
  /** `cookie-domain`: the mirror cookie's Domain, shared by the site's sub-domains (checked where it is written). */
  cookieDomain?: string | null;
  /** The site's own texts of a purpose or partner (`label` and text): `[label, description]`, empty to keep the built-in one. */
  texts: Record<string, [label: string, description: string]>;
  /** Purposes that Global Privacy Control keeps off (`<consent-category gpc>`), beside `advertising`. */
  gpcIds?: string[];
  /**
   * Purposes exempt from consent (`<consent-category exempt>`, the CNIL's audience-measurement
   * exemption): granted until the visitor opts out with their switch or refuses all.
   */
  exempt?: string[];
  /** `gcm` of a purpose or partner: the Google Consent Mode types it grants, replacing the default mapping. */
  gcm?: Record<string, string[]>;
}

/** What a banner offers the other elements of its storage key (a `<consent-gate>`'s settings button). */
export interface BannerHooks {
  showPreferences(): unknown;
}

/**
 * When a listener hears a change, whatever the order elements subscribed in (a tag parsed before
 * the module loads subscribes its view at upgrade, before its `connectedCallback`): Google's tags
 * learn it first, then the gating runs what it unblocks and deletes what it refuses, then the
 * proof of consent is sent, then the views render and the page hears `consent-change`.
 */
export const PHASE = { consentMode: 0, gating: 1, log: 2, view: 3 } as const;

/** Receives every change of consent; `undefined` when only the configuration was re-read. */
export type Listener = (change?: ConsentChange) => void;

/** The single owner of the consent state and of the stored record for one storage key. */
export interface ConsentStore {
  readonly key: string;
  readonly config: Readonly<StoreConfig>;
  /** The current state (a fresh copy each read). */
  readonly state: ConsentState;
  readonly warn: Warn;
  /** The record behind the current state: the last one written, read or (for `reset`) forgotten. */
  readonly record: ConsentRecord | undefined;
  /** Applies a new configuration and re-reads the stored record. */
  configure(config: Partial<StoreConfig>): void;
  /**
   * Records a decision: `choice` gives grants for configured ids; the rest keep their value. One
   * that turns off something granted is recorded as `withdraw`; `gpc` says the signal changed it.
   */
  decide(choice: Categories, action: ConsentAction, gpc?: boolean): void;
  /** Adds the proof of consent's fields (version, configHash) to the current record, and stores it again. */
  annotate(fields: Partial<ConsentRecord>): void;
  /** Forgets the stored choice: nothing optional is granted and the visitor is asked again. */
  reset(): void;
  /** The banner of this key in the page (the last to join; undefined while none is), for the gates that share its key. */
  readonly banner: BannerHooks | undefined;
  /** A banner of this key joins the page; the function returned says it left. */
  attach(banner: BannerHooks): () => void;
  /** Whether the browser's Global Privacy Control signal is honoured now (it is on, and `ignoreGpc` is not). */
  readonly gpc: boolean;
  /** Whether any optional purpose is granted now. */
  readonly grantsOptional: boolean;
  /** Whether `id` (a purpose or a partner) is granted now. */
  has(id: string): boolean;
  /**
   * Grants every purpose and records it (`accept-all`) — except `advertising` while Global Privacy
   * Control is honoured (an opt-out of sale and sharing; the visitor can still switch it on).
   */
  acceptAll(): void;
  /** Refuses every optional purpose and records it (`refuse-all`, or `continue` for "continue without accepting"). */
  refuseAll(action?: ConsentAction): void;
  /** Merges `{ id: boolean }` into the choice and records it (`api`); a wrong id or value is said and ignored. */
  setConsent(partial: unknown): void;
  /** Resolves at once if `id` is granted, else as soon as it is; an id no banner configures is said. */
  whenGranted(id: string): Promise<void>;
  /** Listens to every change, in `phase` order (PHASE; by default a view), then in the order subscribed. */
  subscribe(listener: Listener, phase?: number): () => void;
  /**
   * Whether every id in `value` (space-separated, all required) is granted now. A value that is empty or names an id this store does not know is never
   * granted (undefined: no banner configures it, yet), and says so once in the console, naming
   * `attribute`, unless `attribute` is empty (a `<consent-gate>` waiting for its banner).
   */
  allows(value: string | null, attribute: string): boolean | undefined;
  /** The page's stores (this one among them once registered by {@link storeFor}); just this one for a store of its own. */
  readonly peers: Iterable<ConsentStore>;
}

/** The storage key of a banner or gate that names none. */
export const DEFAULT_KEY = 'consent-banner';

/**
 * The set-up of a banner that says nothing: no optional purpose, revision 0, a choice that grants
 * anything kept 395 days (13 months, CNIL) and a refusal 182 days (6 months, CNIL).
 */
export const DEFAULTS: Readonly<StoreConfig> = {
  ids: [],
  services: {},
  revision: 0,
  expiresDays: 395,
  refusalExpiresDays: 182,
  lang: 'en',
  cookies: {},
  texts: {},
};

const uuid = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Creates a store over one storage key. Tests build fresh ones; pages share them through
 * {@link storeFor}. `peers` are the page's stores, this one among them once it is registered.
 */
export function createStore(
  key: string,
  storage?: StorageAdapter,
  warn: Warn = createWarn(),
  peers?: Map<string, ConsentStore>,
): ConsentStore {
  const adapter = storage ?? localStorageAdapter(key, warn);
  /** Each listener with its phase, sorted by phase (stable). */
  let listeners: [Listener, number][] = [];
  let config: StoreConfig = { ...DEFAULTS };
  /** The grant of `necessary`, of each purpose and of each partner (their ids never clash). */
  let categories: Categories = refusedState([]);
  let decided = false;
  let id: string | undefined;
  let record: ConsentRecord | undefined;
  /** The banner of this key in the page, if any (the last one to join). */
  let banner: BannerHooks | undefined;

  /** `grants` split as the page sees them: the purposes (`necessary` first) and the partners, if any. */
  const split = (grants: Categories) => {
    const pick = (ids: string[]) => Object.fromEntries(ids.map((k) => [k, grants[k] === true]));
    const partners = Object.keys(config.services);
    // `services` only where partners are declared: the state, events and records of other banners keep their shape.
    return { categories: pick([NECESSARY, ...config.ids]), ...(partners[0] && { services: pick(partners) }) };
  };
  const stamp = (next: Categories, action: ConsentAction, gpc?: boolean): ConsentRecord => ({
    id: (id ??= uuid()),
    revision: config.revision,
    date: new Date().toISOString(),
    ...split(next),
    action,
    lang: config.lang,
    ...(gpc && { gpc }),
  });
  const read = () => {
    const raw = adapter.get();
    const result = readRecord(raw, { ...config, now: Date.now() });
    if (result.problem) warn(result.problem);
    categories = result.categories;
    decided = result.decided;
    id = result.id ?? id;
    record = result.decided ? (JSON.parse(raw!) as ConsentRecord) : undefined;
  };
  const notify = (change?: ConsentChange) => {
    for (const [listener] of listeners) {
      try {
        listener(change);
      } catch (error) {
        // One broken listener must not stop the others, nor the decision itself.
        console.error(error);
      }
    }
  };
  const change = (next: Categories, nextDecided: boolean, action: ConsentAction, changed: string[]) => {
    categories = next;
    decided = nextDecided;
    notify({ ...split(next), decided, changed, action });
  };

  read();
  // Every tab in step: another tab's decision or withdrawal arrives as a storage event.
  globalThis.addEventListener?.('storage', (event) => {
    if (event.key !== key && event.key !== null) return;
    const before = categories;
    const was = decided;
    read();
    const changed = diff(before, categories);
    // Another tab's proof of consent adds fields to the same record: nothing changed here.
    if (changed[0] || was !== decided) notify({ ...split(categories), decided, changed, action: 'sync' });
  });
  const store: ConsentStore = {
    key,
    warn,
    get config() {
      return config;
    },
    get state() {
      return { ...split(categories), decided };
    },
    configure(partial) {
      config = { ...config, ...partial };
      read();
      notify();
    },
    get record() {
      return record;
    },
    get banner() {
      return banner;
    },
    get gpc() {
      return (
        !config.ignoreGpc && (globalThis.navigator as { globalPrivacyControl?: boolean })?.globalPrivacyControl === true
      );
    },
    get grantsOptional() {
      return Object.keys(categories).some((k) => k !== NECESSARY && categories[k]);
    },
    has(k) {
      return categories[k] === true;
    },
    acceptAll() {
      const choice: Categories = {};
      // Global Privacy Control is an opt-out of sale and sharing: not of the other purposes.
      // Those Global Privacy Control keeps off while it is honoured.
      const off = store.gpc ? [...(config.gpcIds ?? []), 'advertising'] : [];
      for (const k of config.ids) choice[k] = !off.includes(k);
      // Whether the signal kept one off: it changed the outcome.
      store.decide(choice, 'accept-all', Object.values(choice).includes(false));
    },
    refuseAll(action = 'refuse-all') {
      store.decide(refusedState(config.ids, config.services), action);
    },
    annotate(fields) {
      // Only a record that counts is stored (reset's is forgotten, not stored).
      if (decided) adapter.set(JSON.stringify(Object.assign(record!, fields)));
    },
    setConsent(partial) {
      const choice: Categories = {};
      for (const [k, value] of Object.entries(partial ?? {})) {
        if (k === NECESSARY) continue;
        if (!config.ids.includes(k) && !Object.hasOwn(config.services, k))
          warn(`setConsent: "${k}" is not a category or service; ignored`);
        else if (typeof value !== 'boolean') warn(`setConsent: "${k}" is not a boolean; ignored`);
        else choice[k] = value;
      }
      store.decide(choice, 'api');
    },
    whenGranted(k) {
      if (store.has(k)) return Promise.resolve();
      if (!Object.hasOwn(categories, k)) warn(`whenGranted: "${k}" is not a category or service`);
      return new Promise((resolve) => {
        const off = store.subscribe(() => {
          if (store.has(k)) {
            off();
            resolve();
          }
        });
      });
    },
    attach(joining) {
      banner = joining;
      return () => {
        if (banner === joining) banner = undefined;
      };
    },
    decide(choice, action, gpc) {
      const purposes: Categories = { [NECESSARY]: true };
      for (const k of config.ids) purposes[k] = typeof choice[k] === 'boolean' ? choice[k] : categories[k];
      // A partner's own answer, else its purpose's; a purpose with partners is granted when all of them are.
      const services = decidePartners(choice, config.services, categories);
      const next = withPartners({ ...purposes, ...services }, services, config.services);
      const changed = diff(categories, next);
      // A decision that turns off something that was granted is a withdrawal, whatever button did it
      // (after a decision: before one, only a purpose exempt from consent is on, by no one's consent).
      if (decided && changed.some((k) => !next[k])) action = 'withdraw';
      record = stamp(next, action, gpc);
      adapter.set(JSON.stringify(record));
      change(next, true, action, changed);
    },
    reset() {
      adapter.remove();
      const next = refusedState(config.ids, config.services, config.exempt);
      record = stamp(next, 'reset');
      change(next, false, 'reset', diff(categories, next));
    },
    allows(value, attribute) {
      const ids = (value ?? '').trim().split(/\s+/);
      if (ids.every((id) => typeof categories[id] === 'boolean')) return ids.every((id) => categories[id]);
      if (attribute) warn(`${attribute}="${value}" names no category; content stays blocked`);
    },
    get peers() {
      return peers?.values() ?? [store];
    },
    subscribe(listener, phase = PHASE.view) {
      const entry: [Listener, number] = [listener, phase];
      listeners = [...listeners, entry].sort((a, b) => a[1] - b[1]);
      return () => {
        listeners = listeners.filter((e) => e !== entry);
      };
    },
  };
  return store;
}

const stores = new Map<string, ConsentStore>();
/** The page's stores warn through one console voice: a fault seen by two of them is said once. */
const pageWarn = createWarn();

/** The page's store for a storage key, shared by every element that uses that key. */
export function storeFor(key: string): ConsentStore {
  let store = stores.get(key);
  if (!store) stores.set(key, (store = createStore(key, undefined, pageWarn, stores)));
  return store;
}
