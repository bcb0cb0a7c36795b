import type { ReactiveController, ReactiveControllerHost } from './base.js';
import { DEFAULT_KEY, storeFor, type ConsentStore } from '../core/store.js';
import type { ConsentChange } from '../core/types.js';

/**
 * Adapts the page's consent store to an element: subscribes while the element is connected,
 * re-renders it on every change and hands consent changes to `onChange`, and re-renders it when it
 * comes back into the page (a framework moving it), for the changes it did not hear while out.
 */
export class StoreController implements ReactiveController {
  #unsubscribe?: () => void;
  #store?: ConsentStore;

  constructor(
    private readonly host: ReactiveControllerHost & { storageKey: string },
    private readonly onChange?: (change: ConsentChange) => void,
  ) {
    host.addController(this);
  }

  /** The store for the host's current storage key (switches when the key changes). */
  get store(): ConsentStore {
    const key = this.host.storageKey || DEFAULT_KEY;
    if (this.#store?.key !== key) {
      const connected = !!this.#unsubscribe;
      this.hostDisconnected();
      this.#store = storeFor(key);
      if (connected) this.hostConnected();
    }
    return this.#store;
  }

  hostConnected(): void {
    this.host.requestUpdate();
    this.#unsubscribe ??= this.store.subscribe((change) => {
      this.host.requestUpdate();
      if (change) this.onChange?.(change);
    });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
