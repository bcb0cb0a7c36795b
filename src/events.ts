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
  /** The id and date of the record this change reflects (the stored one, or `reset()`'s forgotten one). */
  id?: string;
  date?: string;
  /** Present and true while the browser's Global Privacy Control signal is honoured. */
  gpc?: true;
}

/** Detail of `consent-record`: the proof of consent of one decision, exactly as `log-url` receives it. */
export interface ConsentRecordDetail {
  id: string;
  date: string;
  revision: number;
  categories: Categories;
  services?: Categories;
  action: ConsentAction;
  lang: string;
  /** The banner's `controller`, when it names one. */
  controller?: string;
  /** The library's version. */
  version: string;
  /** SHA-256 (hex, first 32 characters) of what was shown: README, "Proof of consent". */
  configHash: string;
  /** True when Global Privacy Control changed the outcome. */
  gpc?: true;
  /** The page where the decision was made. */
  url: string;
}

export type ConsentReadyEvent = CustomEvent<ConsentReadyDetail>;
export type ConsentRecordEvent = CustomEvent<ConsentRecordDetail>;
export type ConsentChangeEvent = CustomEvent<ConsentChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-ready': ConsentReadyEvent;
    'consent-change': ConsentChangeEvent;
    'consent-record': ConsentRecordEvent;
  }
}
