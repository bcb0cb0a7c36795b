import { describe, expect, it, vi } from 'vitest';
import { createStore } from '../../src/core/store.js';
import type { StorageAdapter } from '../../src/core/storage.js';

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
    expect(store.state).toEqual({ categories: { necessary: true, audience: false, social: false }, decided: false });
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
