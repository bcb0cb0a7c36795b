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
  revision: number;
  expiresDays: number;
  refusalExpiresDays: number;
  /** The language the visitor sees, kept in the record. */
  lang: string;
  /** Each purpose's `<consent-category cookies>` rule: cookie names and `/regex/`, deleted when it is refused. */
  cookies: Record<string, string>;
  /** Reload the page after a change that refuses a purpose that was granted. */
  reloadOnRevoke: boolean;
}

/**
 * When a listener hears a change, whatever the order elements subscribed in (a tag parsed before
 * the module loads subscribes its view at upgrade, before its `connectedCallback`): Google's tags
 * learn it first, then the gating runs what it unblocks and deletes what it refuses, then the
 * views and the page's `consent-change` (which sends the proof of consent first).
 */
export const PHASE = { consentMode: 0, gating: 1, view: 2 } as const;

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
  /** Records a decision: `choice` gives grants for configured ids; the rest keep their value. */
  decide(choice: Categories, action: ConsentAction): void;
  /** Forgets the stored choice: nothing optional is granted and the visitor is asked again. */
  reset(): void;
  /** Whether a banner with this key is in the page now (see `attach`). */
  readonly attached: boolean;
  /** A banner of this key joins the page; the function returned says it left. */
  attach(banner: object): () => void;
  /** Listens to every change, in `phase` order (PHASE; by default a view), then in the order subscribed. */
  subscribe(listener: Listener, phase?: number): () => void;
  /**
   * Whether every id in `value` (space-separated, all required) is granted in `categories` (by
   * default, now). A value that is empty or names an id this store does not know is never
   * granted (undefined: no banner configures it, yet), and says so once in the console, naming
   * `attribute`, unless `attribute` is empty (a `<consent-gate>` waiting for its banner).
   */
  allows(value: string | null, attribute: string, categories?: Categories): boolean | undefined;
  /** The page's stores (this one among them once registered by {@link storeFor}); just this one for a store of its own. */
  readonly peers: Iterable<ConsentStore>;
}

const DEFAULTS: StoreConfig = {
  ids: [],
  revision: 0,
  expiresDays: 395,
  refusalExpiresDays: 182,
  lang: 'en',
  cookies: {},
  reloadOnRevoke: false,
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
  let categories: Categories = refusedState([]);
  let decided = false;
  let id: string | undefined;
  let record: ConsentRecord | undefined;
  const banners = new Set<object>();

  const stamp = (next: Categories, action: ConsentAction): ConsentRecord => ({
    id: (id ??= uuid()),
    revision: config.revision,
    date: new Date().toISOString(),
    categories: next,
    action,
    lang: config.lang,
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
  const change = (next: Categories, nextDecided: boolean, action: ConsentAction) => {
    const changed = diff(categories, next);
    categories = next;
    decided = nextDecided;
    notify({ categories: { ...next }, decided, changed, action });
  };

  read();
  // Every tab in step: another tab's decision or withdrawal arrives as a storage event.
  globalThis.addEventListener?.('storage', (event) => {
    if (event.key !== key && event.key !== null) return;
    const before = categories;
    read();
    notify({ categories: { ...categories }, decided, changed: diff(before, categories), action: 'sync' });
  });
  const store: ConsentStore = {
    key,
    warn,
    get config() {
      return config;
    },
    get state() {
      return { categories: { ...categories }, decided };
    },
    configure(partial) {
      config = { ...config, ...partial };
      read();
      notify();
    },
    get record() {
      return record;
    },
    get attached() {
      return banners.size > 0;
    },
    attach(banner) {
      banners.add(banner);
      return () => banners.delete(banner);
    },
    decide(choice, action) {
      const next: Categories = { [NECESSARY]: true };
      for (const k of config.ids) next[k] = typeof choice[k] === 'boolean' ? choice[k] : categories[k];
      record = stamp(next, action);
      adapter.set(JSON.stringify(record));
      change(next, true, action);
    },
    reset() {
      adapter.remove();
      const next = refusedState(config.ids);
      record = stamp(next, 'reset');
      change(next, false, 'reset');
    },
    allows(value, attribute, grants = categories) {
      const ids = (value ?? '').trim().split(/\s+/);
      if (ids.every((id) => typeof grants[id] == 'boolean')) return ids.every((id) => grants[id]);
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
