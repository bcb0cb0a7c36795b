export { ConsentBanner } from './elements/consent-banner.js';
export { ConsentCategory } from './elements/consent-category.js';
export { ConsentGate } from './elements/consent-gate.js';
export { createStore, storeFor, type ConsentStore, type StoreConfig } from './core/store.js';
export type { ConsentRecord } from './core/record.js';
export type { Categories, ConsentAction, ConsentChange, ConsentState } from './core/types.js';
export type {
  ConsentChangeDetail,
  ConsentChangeEvent,
  ConsentReadyDetail,
  ConsentReadyEvent,
  ConsentRecordDetail,
  ConsentRecordEvent,
} from './events.js';
export type { Messages } from './i18n/index.js';
