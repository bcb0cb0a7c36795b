import type { Warn } from './types.js';

/** Where the store keeps the record: one key of `localStorage`, faults turned into warnings. */
export interface StorageAdapter {
  get(): string | null;
  set(value: string): void;
  remove(): void;
}

/**
 * `localStorage` under one key. Reading or writing may throw (privacy modes, sandboxed iframes,
 * a full quota): each fault is warned once and the page view goes on with the choice in memory.
 */
export function localStorageAdapter(key: string, warn: Warn): StorageAdapter {
  const attempt = <T>(what: string, fn: (s: Storage) => T, fallback: T): T => {
    try {
      return fn(window.localStorage);
    } catch (error) {
      warn(`could not ${what} localStorage (${(error as Error)?.name ?? error}); the choice lasts this page only`);
      return fallback;
    }
  };
  return {
    get: () => attempt('read', (s) => s.getItem(key), null),
    set: (value) => attempt('write', (s) => s.setItem(key, value), undefined),
    remove: () => attempt('write', (s) => s.removeItem(key), undefined),
  };
}
