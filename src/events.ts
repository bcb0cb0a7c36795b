import type { Categories, ConsentAction } from './core/types.js';

/** Detail of `consent-ready`: the state read from storage when the banner connects. */
export interface ConsentReadyDetail {
  categories: Categories;
  /** Every declared partner (`<consent-service>`) with its grant; absent when the banner declares none. */
  services?: Categories;
  /** False when the visitor has not chosen yet (or the stored choice no longer counts). */
  decided: boolean;
  /** Present and true while the browser's Global Privacy Control signal is honoured. */
  gpc?: true;
}

/** Detail of `consent-change`: fired after every decision and every other change of consent. */
export interface ConsentChangeDetail {
  categories: Categories;
  /** Every declared partner (`<consent-service>`) with its grant; absent when the banner declares none. */
  services?: Categories;
  /** Ids (purposes and partners) whose grant differs from the previous effective state (`[]` when nothing changed). */
  changed: string[];
  action: ConsentAction;
  /** True after a decision; false after `reset()` (or another tab's). */
  decided: boolean;
  /** Present and true while the browser's Global Privacy Control signal is honoured. */
  gpc?: true;
}

export type ConsentReadyEvent = CustomEvent<ConsentReadyDetail>;
export type ConsentChangeEvent = CustomEvent<ConsentChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-ready': ConsentReadyEvent;
    'consent-change': ConsentChangeEvent;
  }
}
