import { describe, expect, it, vi } from 'vitest';
import { createStore, DEFAULT_KEY, DEFAULTS, PHASE, type ConsentStore } from '../../src/core/store.js';
import type { StorageAdapter } from '../../src/core/storage.js';
import { allowedOnPage } from '../../src/gating/index.js';

function memory(initial: string | null = null): StorageAdapter & { value: string | null } {
  return {
    value: initial,
    get() {
      return this.value;
    },
    set(v) {
      this.value = v;
    },
    remove() {
      this.value = null;
    },
  };
}

function setUp() {
  const storage = memory();
  const store = createStore('k', storage, vi.fn());
  store.configure({ ids: ['audience', 'social'], lang: 'fr' });
  const changes = vi.fn();
  store.subscribe(changes);
  return { storage, store, changes };
}

describe('consent store', () => {
  it('starts undecided with only necessary granted', () => {
    const { store } = setUp();
    expect(store.state).toEqual({
      categories: { necessary: true, audience: false, social: false },
      decided: false,
    });
  });

  it('stores a decision and reports what changed', () => {
    const { storage, store, changes } = setUp();
    store.decide({ audience: true }, 'save');
    expect(changes).toHaveBeenLastCalledWith({
      categories: { necessary: true, audience: true, social: false },
      decided: true,
      changed: ['audience'],
      action: 'save',
    });
    const record = JSON.parse(storage.value!);
    expect(record).toMatchObject({
      revision: 0,
      categories: { necessary: true, audience: true, social: false },
      action: 'save',
      lang: 'fr',
    });
    expect(new Date(record.date).toISOString()).toBe(record.date);
  });

  it('reports a first-visit refusal with nothing changed', () => {
    const { store, changes } = setUp();
    store.decide({ audience: false, social: false }, 'refuse-all');
    expect(changes).toHaveBeenLastCalledWith(
      expect.objectContaining({ changed: [], action: 'refuse-all', decided: true }),
    );
  });

  it('keeps one random id across decisions', () => {
    const { storage, store } = setUp();
    store.decide({ audience: true }, 'save');
    const first = JSON.parse(storage.value!).id;
    store.decide({ audience: false }, 'save');
    expect(JSON.parse(storage.value!).id).toBe(first);
    expect(first).toMatch(/^[\w-]{8,}$/);
  });

  it('never lets necessary be refused and ignores unknown ids', () => {
    const { store } = setUp();
    store.decide({ necessary: false, video: true, social: true }, 'api');
    expect(store.state.categories).toEqual({ necessary: true, audience: false, social: true });
  });

  it('forgets the choice on reset', () => {
    const { storage, store, changes } = setUp();
    store.decide({ audience: true, social: true }, 'accept-all');
    store.reset();
    expect(storage.value).toBeNull();
    expect(changes).toHaveBeenLastCalledWith(
      expect.objectContaining({ decided: false, changed: ['audience', 'social'], action: 'reset' }),
    );
  });

  it('keeps the choice for the page view when storage fails', () => {
    const failing: StorageAdapter = { get: () => null, set: () => undefined, remove: () => undefined };
    const store = createStore('k', failing, vi.fn());
    store.configure({ ids: ['audience'] });
    store.decide({ audience: true }, 'save');
    expect(store.state).toEqual({ categories: { necessary: true, audience: true }, decided: true });
  });

  it('tells an unknown id from a refused one, warning only when told which attribute names it', () => {
    const warn = vi.fn();
    const store = createStore('k', memory(), warn);
    store.configure({ ids: ['social'] });
    expect(store.allows('social', '')).toBe(false);
    expect(store.allows('social video', '')).toBeUndefined();
    expect(store.allows('', '')).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    expect(store.allows('video', 'data-consent')).toBeFalsy();
    expect(warn).toHaveBeenCalledWith('data-consent="video" names no category; content stays blocked');
  });

  it('keeps notifying when one listener throws', () => {
    const { store, changes } = setUp();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    store.subscribe(() => {
      throw new Error('site bug');
    });
    const late = vi.fn();
    store.subscribe(late);
    store.decide({ social: true }, 'save');
    expect(changes).toHaveBeenCalled();
    expect(late).toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('one order for every change (issue 21)', () => {
  it('runs listeners by phase — Consent Mode, gating, views — whatever the order they subscribed in', () => {
    const { store } = setUp();
    const heard: string[] = [];
    store.subscribe(() => heard.push('view'));
    store.subscribe(() => heard.push('gating'), PHASE.gating);
    store.subscribe(() => heard.push('later view'));
    store.subscribe(() => heard.push('consent mode'), PHASE.consentMode);
    store.decide({ social: true }, 'save');
    expect(heard).toEqual(['consent mode', 'gating', 'view', 'later view']);
  });

  it('stops telling a listener that unsubscribed, even during a change', () => {
    const { store } = setUp();
    const late = vi.fn();
    let off = () => {};
    store.subscribe(() => off(), PHASE.gating);
    off = store.subscribe(late);
    store.decide({ social: true }, 'save');
    store.decide({ social: false }, 'save');
    // The copy taken for the first change still held it; the second change does not reach it.
    expect(late).toHaveBeenCalledTimes(1);
  });
});

describe('gated elements and the page’s stores (issue 21)', () => {
  /** What the gating decides for an element with this data-consent and data-consent-key. */
  const onPage = (store: ConsentStore, value: string, key: string | null) =>
    allowedOnPage({ getAttribute: (name: string) => (name === 'data-consent' ? value : key) } as Element, store);

  function page() {
    const peers = new Map<string, ConsentStore>();
    const warn = vi.fn();
    const make = (key: string, ids: string[]) => {
      const store = createStore(key, memory(), warn, peers);
      peers.set(key, store);
      store.configure({ ids });
      leave.set(key, store.attach({ showPreferences() {} }));
      return store;
    };
    const leave = new Map<string, () => void>();
    return { a: make('a', ['social', 'audience']), b: make('b', ['social']), warn, leave };
  }

  it('needs every banner that lists a purpose to grant it, and says once that the element should name one', () => {
    const { a, b, warn } = page();
    a.decide({ social: true }, 'save');
    expect(onPage(a, 'social', null)).toBe(false);
    b.decide({ social: true }, 'save');
    expect(onPage(a, 'social', null)).toBe(true);
    expect(onPage(b, 'social', null)).toBe(true);
    expect(warn.mock.calls.filter(([m]) => String(m).includes('data-consent-key')).length).toBeGreaterThan(0);
    // A purpose that only one banner lists follows that one.
    a.decide({ audience: true }, 'save');
    expect(onPage(b, 'audience', null)).toBe(true);
  });

  it('follows the store data-consent-key names, and blocks with a warning when none has that key', () => {
    const { a, b, warn } = page();
    b.decide({ social: true }, 'save');
    expect(onPage(a, 'social', 'b')).toBe(true);
    expect(onPage(a, 'social', 'a')).toBe(false);
    expect(onPage(a, 'social', 'nobody')).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(
      'data-consent-key="nobody" names no <consent-banner> storage-key; content stays blocked',
    );
  });

  it('always allows necessary, and lets a store whose banner left decide what it alone listed', () => {
    const { a, b, leave } = page();
    expect(onPage(b, 'necessary', null)).toBe(true);
    a.decide({ audience: true, social: true }, 'save');
    leave.get('a')!();
    expect(a.banner).toBeUndefined();
    expect(onPage(a, 'audience', null)).toBe(true);
    // Social: b's banner is still in the page and lists it; a's left, so b alone decides.
    expect(onPage(a, 'social', null)).toBe(false);
  });
});

describe('consent policy in the store (issue 14)', () => {
  function gpcStore(gpc: boolean, ignoreGpc = false) {
    vi.stubGlobal('navigator', { globalPrivacyControl: gpc });
    const store = createStore('k', memory(), vi.fn());
    store.configure({ ids: ['audience', 'advertising'], ignoreGpc });
    return { store, restore: () => vi.unstubAllGlobals() };
  }

  it('accepts everything but advertising while Global Privacy Control is honoured (GPC-1)', () => {
    const { store, restore } = gpcStore(true);
    try {
      expect(store.gpc).toBe(true);
      store.acceptAll();
      expect(store.state.categories).toEqual({ necessary: true, audience: true, advertising: false });
      expect(store.record?.action).toBe('accept-all');
    } finally {
      restore();
    }
  });

  it('accepts everything when GPC is off or ignored', () => {
    for (const [gpc, ignore] of [
      [false, false],
      [true, true],
    ]) {
      const { store, restore } = gpcStore(gpc, ignore);
      try {
        store.acceptAll();
        expect(store.state.categories.advertising).toBe(true);
      } finally {
        restore();
      }
    }
  });

  it('refuses every optional purpose, and knows whether anything optional is granted', () => {
    const { store } = setUp();
    store.decide({ audience: true }, 'save');
    expect(store.grantsOptional).toBe(true);
    store.refuseAll();
    expect(store.state.categories).toEqual({ necessary: true, audience: false, social: false });
    expect(store.grantsOptional).toBe(false);
    // It turned off what was granted: a withdrawal (issue 16); on a first visit it is refuse-all.
    expect(store.record?.action).toBe('withdraw');
    const first = setUp().store;
    first.refuseAll();
    expect(first.record?.action).toBe('refuse-all');
  });

  it('setConsent takes booleans for configured ids and says why it ignores the rest', () => {
    const warn = vi.fn();
    const store = createStore('k', memory(), warn);
    store.configure({ ids: ['audience', 'social'] });
    store.setConsent({ audience: true, social: 'yes', video: true, necessary: false });
    expect(store.state.categories).toEqual({ necessary: true, audience: true, social: false });
    expect(warn).toHaveBeenCalledWith('setConsent: "social" is not a boolean; ignored');
    expect(warn).toHaveBeenCalledWith('setConsent: "video" is not a category or service; ignored');
    expect(store.record?.action).toBe('api');
    expect(() => store.setConsent(null)).not.toThrow();
  });

  it('whenGranted resolves at once when granted, else at the grant, and says so for an unknown id', async () => {
    const warn = vi.fn();
    const store = createStore('k', memory(), warn);
    store.configure({ ids: ['audience'] });
    let done = false;
    const waiting = store.whenGranted('audience').then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    store.decide({ audience: true }, 'save');
    await waiting;
    await store.whenGranted('audience');
    expect(store.has('audience')).toBe(true);
    void store.whenGranted('video');
    expect(warn).toHaveBeenCalledWith('whenGranted: "video" is not a category or service');
  });

  it('keeps the defaults in one place', () => {
    expect(DEFAULT_KEY).toBe('consent-banner');
    expect([DEFAULTS.expiresDays, DEFAULTS.refusalExpiresDays, DEFAULTS.revision]).toEqual([395, 182, 0]);
  });
});

describe('partners (services) inside purposes (issue 15)', () => {
  const services = { youtube: 'social', x: 'social', matomo: 'audience' };
  function withPartners(initial: string | null = null) {
    const storage = memory(initial);
    const warn = vi.fn();
    const store = createStore('k', storage, warn);
    store.configure({ ids: ['audience', 'social'], services, lang: 'fr' });
    const changes = vi.fn();
    store.subscribe(changes);
    return { storage, store, changes, warn };
  }

  it('starts with every partner refused: nothing pre-ticked', () => {
    const { store } = withPartners();
    expect(store.state).toEqual({
      categories: { necessary: true, audience: false, social: false },
      services: { youtube: false, x: false, matomo: false },
      decided: false,
    });
  });

  it('grants a purpose exactly when every one of its partners is granted, and records both', () => {
    const { store, storage, changes } = withPartners();
    store.setConsent({ youtube: true });
    expect(store.state.categories.social).toBe(false);
    expect(store.has('youtube')).toBe(true);
    expect(store.has('social')).toBe(false);
    expect(changes).toHaveBeenLastCalledWith(
      expect.objectContaining({ changed: ['youtube'], services: { youtube: true, x: false, matomo: false } }),
    );
    store.setConsent({ x: true });
    expect(store.has('social')).toBe(true);
    expect(changes).toHaveBeenLastCalledWith(expect.objectContaining({ changed: ['social', 'x'] }));
    const record = JSON.parse(storage.value!);
    expect(record.categories).toEqual({ necessary: true, audience: false, social: true });
    expect(record.services).toEqual({ youtube: true, x: true, matomo: false });
  });

  it('sets every partner of a purpose with the purpose, and covers them in accept-all and refuse-all', () => {
    const { store } = withPartners();
    store.setConsent({ social: true });
    expect(store.state.services).toEqual({ youtube: true, x: true, matomo: false });
    store.acceptAll();
    expect(store.state.services).toEqual({ youtube: true, x: true, matomo: true });
    expect(store.state.categories).toEqual({ necessary: true, audience: true, social: true });
    store.refuseAll();
    expect(store.state.services).toEqual({ youtube: false, x: false, matomo: false });
    // A partner's own answer wins over its purpose's in the same choice.
    store.setConsent({ social: true, x: false });
    expect(store.state.services).toEqual({ youtube: true, x: false, matomo: false });
    expect(store.state.categories.social).toBe(false);
  });

  it('resolves whenGranted for a partner at its grant, and grants a purpose-gated page only with all of them', async () => {
    const { store } = withPartners();
    let resolved = false;
    void store.whenGranted('youtube').then(() => (resolved = true));
    expect(store.allows('social youtube', 'data-consent')).toBe(false);
    store.setConsent({ youtube: true });
    await Promise.resolve();
    expect(resolved).toBe(true);
    expect(store.allows('youtube', 'data-consent')).toBe(true);
    expect(store.allows('social', 'data-consent')).toBe(false);
  });

  it('reads stored answers back; a partner added since asks again, keeping the answers given', () => {
    const stored = JSON.stringify({
      id: 'seeded-0000-4000',
      revision: 0,
      date: new Date().toISOString(),
      categories: { necessary: true, audience: true, social: true },
      services: { youtube: true, matomo: true },
    });
    const { store } = withPartners(stored);
    expect(store.state.decided).toBe(false);
    expect(store.state.services).toEqual({ youtube: true, x: false, matomo: true });
    // social says true in the record, but x was never answered: social is not granted.
    expect(store.state.categories).toEqual({ necessary: true, audience: true, social: false });
  });

  it('grants nothing for a stored partner value that is not a boolean', () => {
    const stored = JSON.stringify({
      id: 'seeded-0000-4000',
      revision: 0,
      date: new Date().toISOString(),
      categories: { necessary: true, audience: true, social: true },
      services: { youtube: 'true', x: 1, matomo: true },
    });
    const { store } = withPartners(stored);
    expect(store.state.services).toEqual({ youtube: false, x: false, matomo: true });
    expect(store.state.decided).toBe(false);
  });
});
